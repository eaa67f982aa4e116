"""data/wages/oews.yml and the SOC codes of data/profiles.yml that it serves, each rule broken once in the fixture
data: the problem names the file, the line, the key path and what was expected."""
import pytest
from helpers import edit, problems, read_yaml

WAGES = "wages/oews.yml"
SALES_TITLE = "Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel"


def test_a_profile_naming_a_soc_code_without_national_figures(data_copy):
    line = edit(data_copy, "profiles.yml", "      - code: 41-3091\n", "      - code: 41-9999\n")
    assert f"data/profiles.yml:{line} profiles[0].soc[0].code: no national wage figures for SOC 41-9999 in " \
           "data/wages/oews.yml; run `make import-wages`" in problems(data_copy)


def test_a_profile_naming_a_soc_code_by_another_title(data_copy):
    line = edit(data_copy, "profiles.yml", f"        title: {SALES_TITLE}\n", "        title: Sales\n")
    assert [p for p in problems(data_copy) if "title" in p] == [
        f"data/profiles.yml:{line} profiles[0].soc[0].title: expected BLS's title for 41-3091, '{SALES_TITLE}', got 'Sales'"]


def test_an_occupation_no_profile_names(data_copy):
    line = edit(data_copy, WAGES, "occupations:\n", 'occupations:\n  - {soc: "99-9999", title: "Astronauts"}\n') + 1
    assert problems(data_copy) == [
        f"data/{WAGES}:{line} occupations[0].soc: SOC 99-9999 is named by no profile; run `make import-wages`"]


@pytest.mark.parametrize("old, new, path, message", [
    ('soc: "11-2022", area: "0100000"', 'soc: "11-2099", area: "0100000"', "by_area[1].soc",
     "unknown soc '11-2099'; the occupations list of this file has the known ones"),
    ('soc: "11-2022", area: "0100000"', 'soc: "11-2022", area: "0100009"', "by_area[1].area",
     "unknown area '0100009'; the areas list of this file has the known ones"),
    ('soc: "11-2022", area: "0100000"', 'soc: "11-2022", area: "0000000"', "by_area[1]",
     "a second row for SOC 11-2022 and area 0000000"),
    ('soc: "11-2022", industry: "11--12"', 'soc: "11-2022", industry: "99--99"', "by_industry[0].industry",
     "unknown industry '99--99'; the industries list of this file has the known ones"),
    ('soc: "11-2022", industry: "21--22"', 'soc: "11-2022", industry: "11--12"', "by_industry[1]",
     "a second row for SOC 11-2022 and industry 11--12"),
])
def test_a_broken_row_of_wages(data_copy, old, new, path, message):
    line = edit(data_copy, WAGES, old, new)
    assert [p for p in problems(data_copy) if p.startswith(f"data/{WAGES}:")] == [f"data/{WAGES}:{line} {path}: {message}"]


def test_a_row_with_an_unknown_footnote(data_copy):
    text = (data_copy / WAGES).read_text(encoding="utf-8")
    rows = read_yaml(text)["by_area"]
    index = next(i for i, row in enumerate(rows) if row.get("footnotes") == {"employment": "8"})
    line = edit(data_copy, WAGES, 'footnotes: {employment: "8"}', 'footnotes: {employment: "9"}')
    assert problems(data_copy) == [f"data/{WAGES}:{line} by_area[{index}].footnotes.employment: unknown footnote '9'; "
                                   "the footnotes list of this file has the known ones"]


@pytest.mark.parametrize("field, attr, first", [("occupations", "soc", '  - {soc: "11-2022", title: "Sales Managers"}\n'),
                                                ("areas", "code", '  - {code: "0000000", kind: national,'),
                                                ("industries", "code", '  - {code: "11--12", name:'),
                                                ("footnotes", "code", '  - {code: "8", text:')])
def test_a_code_listed_twice_in_the_wage_data(data_copy, field, attr, first):
    text = (data_copy / WAGES).read_text(encoding="utf-8")
    start = text.index(first)
    entry = text[start: text.index("\n", start) + 1]
    line = edit(data_copy, WAGES, entry, entry + entry) + 1
    code = read_yaml(entry.strip()[2:])[attr]
    assert [p for p in problems(data_copy) if "duplicate" in p] == [
        f"data/{WAGES}:{line} {field}[1].{attr}: duplicate {attr} '{code}' in this list"]


def test_a_soc_code_with_state_figures_but_no_national_ones(data_copy):
    text = (data_copy / WAGES).read_text(encoding="utf-8")
    start = text.index('  - {soc: "41-3091", area: "0000000"')
    edit(data_copy, WAGES, text[start: text.index("\n", start) + 1], "")
    line = edit(data_copy, "profiles.yml", "      - code: 41-3091\n", "      - code: 41-3091\n")
    assert f"data/profiles.yml:{line} profiles[0].soc[0].code: no national wage figures for SOC 41-3091 in " \
           "data/wages/oews.yml; run `make import-wages`" in problems(data_copy)


NATIONAL_ROW = '  - {soc: "41-3091", area: "0000000", employment: 1256010, p10: 37980, p25: 47670, median: 69990, ' \
               'p75: 100480, p90: 148840, mean: 82430}\n'


CASES = [
    # (name, new row text, key path, message start)
    ("money as text", NATIONAL_ROW.replace("median: 69990", 'median: "69,990"'),
     "median", "expected a whole number, got '69,990'"),
    ("absent without footnote", NATIONAL_ROW.replace(" p90: 148840,", ""),
     "", "p90 absent without a footnote"),
    ("decreasing percentiles", NATIONAL_ROW.replace("p25: 47670", "p25: 97670"),
     "", "percentiles must not decrease: median (69990) is below p25 (97670)"),
    ("unknown area", NATIONAL_ROW.replace('area: "0000000"', 'area: "9999999"'),
     "area", "unknown area '9999999'"),
    ("unknown footnote", NATIONAL_ROW.replace(" p90: 148840,", "").replace("}\n", ', footnotes: {p90: "7"}}\n'),
     "footnotes.p90", "unknown footnote '7'"),
    ("unknown key", NATIONAL_ROW.replace("mean: 82430", "average: 82430"), "average", "unknown key"),
]


@pytest.mark.parametrize("name, new, path, message", CASES, ids=[c[0] for c in CASES])
def test_malformed_wage_rows_are_reported_with_file_line_and_key_path(data_copy, name, new, path, message):
    line = edit(data_copy, WAGES, NATIONAL_ROW, new)
    index = next(i for i, r in enumerate(_rows(data_copy)) if r == new.strip())
    expected = f"data/{WAGES}:{line} by_area[{index}]{'.' + path if path else ''}: {message}"
    found = problems(data_copy)
    assert any(p.startswith(expected) for p in found), "\n".join([expected, "--- got:"] + found)


def _rows(data):
    text = (data / WAGES).read_text(encoding="utf-8")
    return [line.strip() for line in text.split("by_area:\n", 1)[1].split("by_industry:", 1)[0].splitlines()]


