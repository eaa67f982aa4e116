"""The pay-transparency rules: the data loads and is complete, the page shows every rule, bad entries are refused."""
import re

import html5lib
import markdown
import pytest

from site_text import page_text, read_page
from test_build import data_values, shown
from test_validate import mutate, problems

from macros.prebuilt import END, START
from macros.render import laws

LAWS = "pay-transparency.yml"
ISSUE_JURISDICTIONS = {  # id: (kind, states)
    "nyc": ("city", ["NY"]), "new-york-state": ("state", ["NY"]), "california": ("state", ["CA"]),
    "washington": ("state", ["WA"]), "colorado": ("state", ["CO"]), "illinois": ("state", ["IL"]),
    "massachusetts": ("state", ["MA"]), "maryland": ("state", ["MD"]), "hawaii": ("state", ["HI"]),
    "minnesota": ("state", ["MN"]), "vermont": ("state", ["VT"]), "new-jersey": ("state", ["NJ"]),
    "washington-dc": ("district", ["DC"]), "eu": ("union", []),
}


@pytest.fixture(scope="module")
def rules(site):
    return {law.id: law for law in site.pay_transparency.jurisdictions}


@pytest.fixture(scope="module")
def page(built_site):
    return built_site / "pay-transparency/index.html"


def test_every_jurisdiction_of_the_issue_is_listed(rules):
    assert {i: (law.kind, law.states) for i, law in rules.items()} == ISSUE_JURISDICTIONS


def test_a_place_maps_to_its_rules(site):
    def applicable(state, locality=None):
        return [law.id for law in site.pay_transparency.applicable(state, locality)]
    assert applicable("NY", "New York City") == ["nyc", "new-york-state"]
    assert applicable("NY") == ["new-york-state"]
    assert applicable("CO") == ["colorado"]
    assert applicable("TX") == []


def test_the_facts_the_composer_checks(rules):
    assert {"pay-range", "not-open-ended"} <= set(rules["nyc"].requires)
    assert {"pay-range", "not-open-ended"} <= set(rules["new-york-state"].requires)
    assert "application-deadline" in rules["colorado"].requires
    assert [law for law, rule in rules.items() if "application-deadline" in rule.requires] == ["colorado"]
    assert rules["california"].effective == "2023-01-01" and rules["massachusetts"].effective == "2025-10-29"
    assert rules["minnesota"].employers.min_employees == 30 and rules["hawaii"].employers.min_employees == 50


def test_every_source_was_read_and_is_https(site):
    for source in site.law_sources.sources:
        assert source.url.startswith("https://") and source.read == "2026-12-01", source.id


def test_the_page_shows_each_rule_at_its_anchor(page, rules):
    html = read_page(page)
    for law_id in rules:
        assert f"law-{law_id}" in html.ids and f"law-{law_id}-details" in html.ids, law_id
    text = page_text(page)
    assert "not legal advice" in text.lower()
    assert "Colorado (state, CO)" in text and "Application deadline" in text
    row = text[text.index("New York City (city, NY; New York City)"):text.index("New York State (state, NY)")]
    assert "Pay or pay range" in row and "Range with both ends" in row and "unconfirmed" not in row
    hawaii = text[text.index("Hawaii (state, HI)"):text.index("Minnesota (state, MN)")]
    assert "Unconfirmed: The law does not say how it treats remote roles." in hawaii
    assert "Minimum headcount: 50. (unconfirmed)" in hawaii


@pytest.mark.parametrize("part", ["pay_transparency", "pay_requirements", "law_sources"])
def test_nothing_in_the_rules_is_dropped(page, site, part):
    text = page_text(page)
    values = list(data_values(getattr(site, part)))
    assert values
    missing = [(p, v) for p, v in values if not shown(v, text)]
    assert not missing, missing[:8]


def test_every_source_is_linked(page, site):
    links = read_page(page).links
    assert all(source.url in links for source in site.law_sources.sources)


def test_data_is_escaped(site):
    from macros.render.blocks import Context
    law = site.pay_transparency.jurisdictions[0]
    hostile = law.model_copy(update={"name": "<script>x</script> | *bold* {{ evil }}", "notes": ["{{ evil }} [a](b)"]})
    file = site.pay_transparency.model_copy(update={"jurisdictions": [hostile]})
    ctx = Context(site=site.model_copy(update={"pay_transparency": file}))
    out = laws.pay_law_table(ctx) + laws.pay_law_details(ctx)
    assert "<script>" not in out and "&lt;script&gt;" in out
    # A second macro pass would run it. Finished HTML blocks, which show it as it is, are never read again.
    assert "{{" not in re.sub(rf"^{re.escape(START)}\n.*?\n{re.escape(END)}$", "", out, flags=re.M | re.S)
    html = markdown.markdown(out, extensions=["tables", "attr_list"])
    text = html5lib.parse(html, namespaceHTMLElements=False)
    shown_text = "".join(text.itertext())
    assert "<script>x</script> | *bold*" in shown_text and "{{ evil }} [a](b)" in shown_text
    assert not text.findall(".//em") and not [a for a in text.iter("a") if a.get("href") == "b"]


CASES = [
    # (name, file, old, new, key path, message start)
    ("unknown requirement", LAWS, "    requires: [pay-range, not-open-ended]\n", "    requires: [pay-range, salary-history]\n",
     "jurisdictions[0].requires[1]", "unknown requirement 'salary-history'"),
    ("date not ISO", LAWS, '    effective: "2022-11-01"\n', '    effective: "Nov 1, 2022"\n',
     "jurisdictions[0].effective", "string should match pattern"),
    ("remote neither yes, no nor unconfirmed", LAWS, "      covered: true\n", "      covered: maybe\n",
     "jurisdictions[0].remote.covered", "expected true or false, got 'maybe' or expected one of 'unconfirmed'"),
    ("headcount of zero", LAWS, "      min_employees: 4\n", "      min_employees: 0\n",
     "jurisdictions[0].employers.min_employees", "expected a number greater than or equal to 1, got 0"),
    ("city without locality", LAWS, "    localities: [New York City]\n", "",
     "jurisdictions[0]", "a city needs its name under localities"),
    ("unconfirmed fact unknown", LAWS, "      not-open-ended: The pages read", "      salary: The pages read",
     "jurisdictions[1]", "unconfirmed fact 'salary' is neither"),
    ("unknown source", LAWS, "    sources: [ebg-nyc-2022,", "    sources: [somewhere,",
     "jurisdictions[0].sources[0]", "unknown law-source 'somewhere'"),
    ("source over http", "vocab/law-sources.yml", "    url: https://ebglaw.com/", "    url: http://ebglaw.com/",
     "sources[0].url", "string should match pattern"),
]
LINE_SHIFT = {"city without locality": -4, "unconfirmed fact unknown": -21}


@pytest.mark.parametrize("name, relpath, old, new, path, message", CASES, ids=[c[0] for c in CASES])
def test_a_bad_rule_is_refused_with_file_line_and_path(data_copy, name, relpath, old, new, path, message):
    line = mutate(data_copy, relpath, old, new) + LINE_SHIFT.get(name, 0)
    expected = f"data/{relpath}:{line} {path}: {message}"
    found = problems(data_copy)
    assert any(p.startswith(expected) for p in found), "\n".join([expected, "--- got:"] + found)


def test_an_unused_requirement_is_reported(data_copy):
    path = data_copy / "vocab/pay-requirements.yml"
    path.write_text(path.read_text(encoding="utf-8") + "  - id: unused\n    label: Unused\n    explanation: Never asked for.\n",
                    encoding="utf-8")
    found = "\n".join(problems(data_copy))
    assert "data/vocab/pay-requirements.yml:25 requirements[7].id: requirement 'unused' is not used anywhere" in found
