"""Every figure in the data is found in a source it cites.

The test reads the raw YAML (with line numbers) and the source documents in ../shared/sources/, finds the
figures in each item's strings and numbers (money, ranges, percentages, years of experience, counts such as
500+), and checks that each one appears in at least one source the item cites: the item's own `sources`,
else `<key>_sources` beside it, else the nearest enclosing `sources` (or a single `source: <id>`). Items
marked `derived: true` (or a list marked `<key>_derived: true`) are the project's own reading or arithmetic:
they show their method on the page and are exempt from the figure check, but they must still cite what they
were worked out from. A figure citing a source whose text is not stored here (government wage data, the
pay-transparency laws) cannot be checked and is left out. How figures are found and compared is in
tests/provenance.py.
"""

import pytest

from conftest import ROOT
from helpers import FIXTURES
from provenance import check, figures, source_keys, statements, uncited_cells

SOURCES_DIR = ROOT.parent / "shared" / "sources"
# Which stored document each source id is (data/sources.yml gives titles; the files are named by number).
SOURCE_FILES = {
    "jd-guide-2019": "000_",
    "template-guide-2025": "001_",
    "recruiter-jd-page": "002_",
    "am-guide-2026": "003_",
}
FIXTURE = FIXTURES / "provenance" / "mis-cited.yml"
LADDER_FIXTURE = FIXTURES / "provenance" / "uncited-ladder.yml"


@pytest.fixture(scope="module")
def texts():
    if not SOURCES_DIR.is_dir():
        pytest.skip(f"the source documents are not here ({SOURCES_DIR})")
    out = {}
    for source_id, prefix in SOURCE_FILES.items():
        (path,) = SOURCES_DIR.glob(f"{prefix}*.txt")
        out[source_id] = path.read_text(encoding="utf-8")
    return out


def data_files():
    """Every data file that states facts: all of data/ but the source list, the vocabularies and the schemas."""
    skip = {"sources.yml"}
    for path in sorted((ROOT / "data").rglob("*.yml")):
        rel = path.relative_to(ROOT).as_posix()
        if path.name in skip or rel.startswith(("data/vocab/", "data/schema/")):
            continue
        yield path, rel


def test_the_sources_are_the_documents_named_in_sources_yml(texts):
    starts = {"jd-guide-2019": "Everything You Need to Write an Account Manager Job Description",
              "template-guide-2025": "Account Manager Job Description Template - 2025 Guide",
              "recruiter-jd-page": "What Does an Account Manager Do?",
              "am-guide-2026": "In today's customer-centric business environment"}
    for source_id, start in starts.items():
        assert texts[source_id].startswith(start), f"{source_id} is not the document it should be"


def test_every_figure_is_in_a_cited_source(texts):
    items = [s for path, rel in data_files() for s in statements(path, rel)]
    problems, checked = check(items, texts)
    assert checked > 150, f"only {checked} figures were checked: is the data being read?"
    assert not problems, f"{len(problems)} figure(s) not in their cited sources:\n" + "\n".join(problems)


def test_a_mis_cited_figure_fails_naming_file_and_line(texts):
    problems, checked = check(statements(FIXTURE, "fixture.yml"), texts)
    assert checked == 4  # the right and wrong texts, and both nested bands
    assert any(p.startswith("fixture.yml:7 postings[1].text: '10-30%' is in none of its cited sources")
               for p in problems), problems
    assert any(p.startswith("fixture.yml:13 postings[2].bands[1].base:") for p in problems), problems
    assert not any(":4 " in p or ":12 " in p for p in problems), problems


def test_a_derived_item_is_exempt_but_must_cite(texts):
    problems, _ = check(statements(FIXTURE, "fixture.yml"), texts)
    assert not any(":16 " in p for p in problems), problems
    assert any(p.startswith("fixture.yml:21 postings[4].text: 'more than 500' cites no source") for p in problems), problems


def test_every_ladder_cell_cites_a_source_or_says_it_has_none():
    files = sorted((ROOT / "data" / "roles").glob("*/levels.yml"))
    assert files, "no levels.yml under data/roles"
    problems = [p for path in files for p in uncited_cells(path, path.relative_to(ROOT).as_posix())]
    assert not problems, f"{len(problems)} ladder cell(s) with no source and no mark:\n" + "\n".join(problems)


def test_an_uncited_ladder_cell_fails_naming_file_line_and_cell():
    problems = uncited_cells(LADDER_FIXTURE, "levels.yml")
    assert sorted(problems) == sorted([
        "levels.yml:6 levels[0].scope.autonomy: cites no source: give text with sources, or silent: true where no "
        "source says anything",
        "levels.yml:13 levels[0].expectations[1]: cites no source: give sources, or derived: true with a method and "
        "the sources it reads",
        "levels.yml:17 levels[1].scope.accounts: cites no source: give sources, or derived: true with a method and "
        "the sources it reads",
        "levels.yml:20 levels[1].scope.measured_on: marked derived with no method: say in one line how it was read",
    ])


@pytest.mark.parametrize("data, source", [
    ("$55,000–$75,000", "Base salary range of $55,000 - $75,000 plus"),
    ("55K to 75K", "$55,000-$75,000"),
    ("$5M or more", "accounts worth $5M+ annually"),
    ("at least 7 years", "7+ years of enterprise"),
    ("six to twelve months", "Internship or 6–12 months of experience"),
    ("less than 18 months", "roles lasting less than 18 months"),
    ("500+ employees", "Enterprise Companies (500+ employees)"),
    ("$64,780", "Average Salary for an Account Manager: $64,780"),
])
def test_the_same_figure_written_differently_matches(data, source):
    (figure,) = figures(data)
    assert figure.key in source_keys(source)


@pytest.mark.parametrize("data, source", [
    ("more than 500 employees", "Enterprise Companies (500+ employees)"),
    ("2–4 years", "2-5 years in sales"),
    ("$65,000", "$64,780"),
    ("10–30%", "50%+ over base"),
])
def test_a_different_figure_does_not_match(data, source):
    (figure,) = figures(data)
    assert figure.key not in source_keys(source)


@pytest.mark.parametrize("text", ["The 2026 guide", "one person handles all three", "a 401(k) plan",
                                  "SOC 41-3091", "three postings"])
def test_not_figures(text):
    assert figures(text) == []
