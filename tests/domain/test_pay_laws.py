"""The pay-transparency rules: the data loads and is complete, the page shows every rule. Bad entries are refused:
tests/data/test_rules_laws.py."""
import re

import html5lib
import markdown
import pytest

from conftest import ROOT
from gates import read_anchors
from site_text import page_text
from helpers import data_values, shown

from macros.build.prebuilt import END, START
from macros.render.pages import laws

JURISDICTIONS = {  # id: (kind, duty, country, states), as of the review of 2026-12-07
    "nyc": ("city", "posting", "US", ["NY"]), "new-york-state": ("state", "posting", "US", ["NY"]),
    "california": ("state", "posting", "US", ["CA"]), "washington": ("state", "posting", "US", ["WA"]),
    "colorado": ("state", "posting", "US", ["CO"]), "illinois": ("state", "posting", "US", ["IL"]),
    "massachusetts": ("state", "posting", "US", ["MA"]), "maryland": ("state", "posting", "US", ["MD"]),
    "hawaii": ("state", "posting", "US", ["HI"]), "minnesota": ("state", "posting", "US", ["MN"]),
    "vermont": ("state", "posting", "US", ["VT"]), "new-jersey": ("state", "posting", "US", ["NJ"]),
    "washington-dc": ("district", "posting", "US", ["DC"]), "virginia": ("state", "posting", "US", ["VA"]),
    "maine": ("state", "posting", "US", ["ME"]), "cleveland": ("city", "posting", "US", ["OH"]),
    "columbus": ("city", "posting", "US", ["OH"]), "delaware": ("state", "posting", "US", ["DE"]),
    "jersey-city": ("city", "posting", "US", ["NJ"]), "ithaca": ("city", "posting", "US", ["NY"]),
    "westchester": ("county", "unclear", "US", ["NY"]),
    "ontario": ("province", "posting", "CA", []), "british-columbia": ("province", "posting", "CA", []),
    "prince-edward-island": ("province", "posting", "CA", []),
    "newfoundland-and-labrador": ("province", "not-in-force", "CA", []), "nova-scotia": ("province", "proposed", "CA", []),
    "eu": ("union", "posting", "EU", []),
}


@pytest.fixture(scope="module")
def rules(site):
    return {law.id: law for law in site.pay_transparency.jurisdictions}


@pytest.fixture(scope="module")
def page(built_site):
    return built_site / "pay-transparency/index.html"


def test_every_jurisdiction_is_listed(rules):
    found = {i: (law.kind, law.duty, law.country, law.states) for i, law in rules.items()}
    assert {i: v for i, v in found.items() if v[1] != "on-request"} == JURISDICTIONS
    assert {i: v for i, v in found.items() if v[1] == "on-request"} == {
        "connecticut": ("state", "on-request", "US", ["CT"]), "nevada": ("state", "on-request", "US", ["NV"]),
        "rhode-island": ("state", "on-request", "US", ["RI"]), "cincinnati": ("city", "on-request", "US", ["OH"]),
        "toledo": ("city", "on-request", "US", ["OH"])}


def test_a_place_maps_to_its_rules_on_a_date(site):
    def applicable(state, locality=None, on=None):
        return [law.id for law in site.pay_transparency.applicable(state, locality, on)]
    assert applicable("NY", "New York City") == ["nyc", "new-york-state"]
    assert applicable("NY") == ["new-york-state"]
    assert applicable("CO") == ["colorado"]
    assert applicable("TX") == []
    assert applicable("OH", "Columbus", "2026-12-31") == [] and applicable("OH", "Columbus", "2027-01-01") == ["columbus"]
    assert applicable("DE", on="2027-09-25") == [] and applicable("DE", on="2027-09-26") == ["delaware"]


def test_the_facts_the_composer_checks(rules):
    assert {"pay-range", "not-open-ended"} <= set(rules["nyc"].requires)
    assert {"pay-range", "not-open-ended"} <= set(rules["new-york-state"].requires)
    assert {"application-deadline", "how-to-apply"} <= set(rules["colorado"].requires)
    assert [law for law, rule in rules.items() if "application-deadline" in rule.requires] == ["colorado"]
    assert rules["california"].effective == "2023-01-01" and rules["massachusetts"].effective == "2025-10-29"
    assert rules["minnesota"].employers.min_employees == 30 and rules["hawaii"].employers.min_employees == 50
    assert rules["virginia"].effective == "2026-07-01" and rules["virginia"].employers.min_employees is None
    assert rules["columbus"].effective == "2025-12-03" and rules["columbus"].enforced == "2027-01-01"
    assert [law for law, rule in rules.items() if rule.range.both_ends] == [
        "nyc", "new-york-state", "colorado", "massachusetts", "maryland", "minnesota", "new-jersey", "washington-dc",
        "delaware", "jersey-city", "ithaca", "westchester", "british-columbia"]
    assert (rules["new-jersey"].range.max_spread_percent, rules["new-jersey"].range.binding) == (60, False)
    assert (rules["ontario"].range.max_spread_amount, rules["ontario"].range.currency) == (50000, "CAD")
    assert rules["eu"].effective == "2023-06-06" and len(rules["eu"].member_states) == 27


def test_every_source_was_read_and_is_https(site):
    for source in site.law_sources.sources:
        assert source.url.startswith("https://") and source.read in ("2026-12-01", "2026-12-07"), source.id


def test_the_page_shows_each_rule_at_its_anchor(page, rules):
    html = read_anchors(page)
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
    columbus = text[text.index("Columbus (city, OH; Columbus)"):text.index("Delaware (state, DE)")]
    assert "In force since 2025-12-03; postings enforced starting 2027-01-01" in columbus
    assert "Comes into force on 2027-09-26" in text[text.index("Delaware (state, DE)"):]
    nj = text[text.index("New Jersey (state, NJ)"):text.index("Washington, DC (district, DC)")]
    assert "Proposed, not binding yet: a minimum and a maximum (no open-ended range); the maximum at most 60% above the minimum" in nj
    assert "Pay on request only, not in postings; in force since 2021-10-01" in text[text.index("Connecticut (state, CT)"):]
    assert "Status as of 2026-12-07" in text and "2026-12-07: " in columbus


@pytest.mark.parametrize("part", ["pay_transparency", "pay_requirements", "law_sources"])
def test_nothing_in_the_rules_is_dropped(page, site, part):
    text = page_text(page)
    # Vocabulary values (a law's duty, a member state's status, the country, currency and pay periods) are shown in words.
    values = [(p, v) for p, v in data_values(getattr(site, part))
              if p[-1] not in ("duty", "status", "country", "currency") and "periods" not in p]
    assert values
    missing = [(p, v) for p, v in values if not shown(v, text)]
    assert not missing, missing[:8]


def test_every_source_is_linked(page, site):
    links = read_anchors(page).links
    assert all(source.url in links for source in site.law_sources.sources)


def test_data_is_escaped(site):
    from macros.render.blocks import PageContext
    law = site.pay_transparency.jurisdictions[0]
    hostile = law.model_copy(update={"name": "<script>x</script> | *bold* {{ evil }}", "notes": ["{{ evil }} [a](b)"],
                                     "unconfirmed": {}})
    file = site.pay_transparency.model_copy(update={"jurisdictions": [hostile]})
    ctx = PageContext(site=site.model_copy(update={"pay_transparency": file}))
    out = laws.pay_law_table(ctx) + laws.pay_law_details(ctx)
    assert "<script>" not in out and "&lt;script&gt;" in out
    # A second macro pass would run it. Finished HTML blocks, which show it as it is, are never read again.
    assert "{{" not in re.sub(rf"^{re.escape(START)}\n.*?\n{re.escape(END)}$", "", out, flags=re.M | re.S)
    html = markdown.markdown(out, extensions=["tables", "attr_list"])
    text = html5lib.parse(html, namespaceHTMLElements=False)
    shown_text = "".join(text.itertext())
    assert "<script>x</script> | *bold*" in shown_text and "{{ evil }} [a](b)" in shown_text
    assert not text.findall(".//em") and not [a for a in text.iter("a") if a.get("href") == "b"]


def test_make_check_warns_of_a_review_older_than_180_days(site, capsys):
    """With a fixed date: 180 days after the review is still fresh, 181 is stale, with file:line for each law."""
    import datetime
    from macros.cli import check
    nyc = next(i for i, law in enumerate(site.pay_transparency.jurisdictions) if law.id == "nyc")
    line = (ROOT / "data/pay-transparency.yml").read_text(encoding="utf-8").splitlines().index('    reviewed: "2026-12-07"') + 1
    assert check.stale_reviews(site, datetime.date(2027, 6, 5)) == []  # 2026-12-07 + 180 days
    warnings = check.stale_reviews(site, datetime.date(2027, 6, 6))
    assert warnings[nyc] == (f"data/pay-transparency.yml:{line} jurisdictions[{nyc}].reviewed: New York City was last "
                             "reviewed on 2026-12-07, 181 days ago (more than 180); read its sources again and update the entry")
    assert len(warnings) == len(site.pay_transparency.jurisdictions)
    assert check.main(datetime.date(2027, 6, 6)) == 0
    assert f"warning: data/pay-transparency.yml:{line} jurisdictions[{nyc}].reviewed" in capsys.readouterr().err
