"""data/pay-transparency.yml and its vocabularies (vocab/pay-requirements.yml, vocab/law-sources.yml), each rule
broken once in the fixture data: the problem names the file, the line, the key path and what was expected."""
import pytest
from helpers import assert_reported, problems

LAWS = "pay-transparency.yml"


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
    ("city without locality", LAWS, "    locality:\n      name: New York City\n      city: New York\n      metros: [\"0035620\"]\n",
     "", "jurisdictions[0]", "a county or city, and only they, needs its locality"),
    ("unconfirmed fact unknown", LAWS, "      not-open-ended: The law's definition", "      salary: The law's definition",
     "jurisdictions[1]", "unconfirmed fact 'salary' is neither"),
    ("locality in no BLS area", LAWS, '      metros: ["0035620"]\n', '      metros: ["0000001"]\n',
     "jurisdictions[0].locality.metros[0]", "unknown bls-area '0000001'"),
    ("spread of zero", LAWS, "      max_spread_percent: 60\n", "      max_spread_percent: 0\n",
     "jurisdictions[3].range.max_spread_percent", "expected a number greater than 0, got 0"),
    ("reviewed date missing", LAWS, '    reviewed: "2026-12-07"\n    sources: [nyc-legistar', "    sources: [nyc-legistar",
     "jurisdictions[0].reviewed", "required key is missing"),
    ("unknown source", LAWS, "    sources: [nyc-legistar-int134-2022,", "    sources: [somewhere,",
     "jurisdictions[0].sources[0]", "unknown law-source 'somewhere'"),
    ("source over http", "vocab/law-sources.yml", "    url: https://ebglaw.com/", "    url: http://ebglaw.com/",
     "sources[0].url", "string should match pattern"),
]


LINE_SHIFT = {"city without locality": -4, "unconfirmed fact unknown": -27, "reviewed date missing": -28}


@pytest.mark.parametrize("name, relpath, old, new, path, message", CASES, ids=[c[0] for c in CASES])
def test_a_bad_rule_is_refused_with_file_line_and_path(data_copy, name, relpath, old, new, path, message):
    assert_reported(data_copy, relpath, old, new, path, message, LINE_SHIFT.get(name, 0))


def test_an_unused_requirement_is_reported(data_copy):
    path = data_copy / "vocab/pay-requirements.yml"
    path.write_text(path.read_text(encoding="utf-8") + "  - id: unused\n    label: Unused\n    explanation: Never asked for.\n",
                    encoding="utf-8")
    found = "\n".join(problems(data_copy))
    assert "data/vocab/pay-requirements.yml:25 requirements[7].id: requirement 'unused' is not used anywhere" in found
