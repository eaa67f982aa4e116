"""Validation and cross-file checks: one broken copy of the real data per rule."""
import pytest

from macros.data.site import load_site
from macros.data.errors import DataError

LEVELS = "roles/account-manager/levels.yml"
PAY = "roles/account-manager/compensation.yml"
TEMPLATES = "roles/account-manager/templates.yml"


def mutate(data, relpath, old, new, count=1):
    """Replace `old` by `new` in one data file; return the line where `new` starts."""
    path = data / relpath
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relpath}"
    at = text.index(old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text[:at].count("\n") + 1 + new[: len(new) - len(new.lstrip("\n"))].count("\n")


def problems(data):
    with pytest.raises(DataError) as raised:
        load_site(data)
    return [str(p) for p in raised.value.problems]


CASES = [
    # (name, file, old, new, key path, message start)
    ("word for a number", LEVELS, "      min: 0.5\n", "      min: half a year\n",
     "levels[0].experience.min", "expected a number, got 'half a year'"),
    ("text expected, number given", LEVELS, "    title: Junior Account Manager\n", "    title: 42\n",
     "levels[0].title", "expected text, got 42"),
    ("missing required field", LEVELS, "    track: ladder\n    experience:", "    experience:",
     "levels[0].track", "required key is missing"),
    ("unknown key", LEVELS, "    track: ladder\n", "    track: ladder\n    titel: Junior\n",
     "levels[0].titel", "unknown key"),
    ("min greater than max", LEVELS, "      min: 0.5\n      max: 1\n", "      min: 5\n      max: 1\n",
     "levels[0].experience", "min (5) is greater than max (1)"),
    ("bad literal", LEVELS, "    track: ladder\n", "    track: ladderish\n",
     "levels[0].track", "expected one of 'ladder' or 'specialization', got 'ladderish'"),
    ("id not a slug", LEVELS, "  - id: junior\n", "  - id: Junior Level\n",
     "levels[0].id", "expected an id"),
    ("duplicate id", LEVELS, "  - id: mid\n", "  - id: junior\n",
     "levels[1].id", "duplicate id 'junior' in this list"),
    ("dangling level", LEVELS, "    extends: junior\n", "    extends: trainee\n",
     "levels[1].extends", "unknown level 'trainee'"),
    ("dangling source", LEVELS, "\n    sources: [recruiter-jd-page]\n", "\n    sources: [nowhere]\n",
     "levels[0].sources[0]", "unknown source 'nowhere'; known sources (data/sources.yml)"),
    ("dangling metro", PAY, "  - metro: new-york\n", "  - metro: gotham\n",
     "by_metro[0].metro", "unknown metro 'gotham'"),
    ("zero salary", PAY, "    amount: 64780\n", "    amount: 0\n",
     "national_averages[0].amount", "expected a number greater than 0, got 0"),
    ("negative salary", PAY, "    amount: 64780\n", "    amount: -64780\n",
     "national_averages[0].amount", "expected a number greater than 0, got -64780"),
    ("money as text", PAY, "    amount: 64780\n", "    amount: \"$64,780\"\n",
     "national_averages[0].amount", "expected a whole number, got '$64,780'"),
]


# A missing key is reported at the mapping that lacks it; an added key on the line after `track`.
LINE_SHIFT = {"missing required field": -2, "unknown key": 1}


@pytest.mark.parametrize("name, relpath, old, new, path, message", CASES, ids=[c[0] for c in CASES])
def test_each_rule_reports_file_line_and_key_path(data_copy, name, relpath, old, new, path, message):
    line = mutate(data_copy, relpath, old, new) + LINE_SHIFT.get(name, 0)
    expected = f"data/{relpath}:{line} {path}: {message}"
    found = problems(data_copy)
    assert any(p.startswith(expected) for p in found), "\n".join([expected, "--- got:"] + found)


def test_unknown_industry_arrangement_and_role(data_copy):
    mutate(data_copy, "roles/account-manager/industries.yml", "  - industry: saas\n", "  - industry: biotech\n")
    mutate(data_copy, "roles/account-manager/role.yml", "  - role: account-executive\n", "  - role: closer\n")
    found = "\n".join(problems(data_copy))
    assert "industries.yml:" in found and "industries[0].industry: unknown industry 'biotech'" in found
    assert "not_to_confuse[0].role: unknown role 'closer'" in found


def test_top_level_list_is_refused(data_copy):
    (data_copy / LEVELS).write_text("- id: junior\n", encoding="utf-8")
    assert "data/roles/account-manager/levels.yml:1: expected a mapping of keys at the top, got list" in problems(data_copy)


def test_orphan_and_missing_files(data_copy):
    (data_copy / "roles/account-manager/notes.yml").write_text("a: 1\n", encoding="utf-8")
    (data_copy / "roles/account-manager/faq.yml").unlink()
    found = problems(data_copy)
    assert "data/roles/account-manager/notes.yml: no page renders this file; remove it or add it to macros/data/models.py" in found
    assert "data/roles/account-manager/faq.yml: file is missing" in found


def test_unused_vocabulary_entry(data_copy):
    mutate(data_copy, "vocab/metros.yml", "metros:\n", "metros:\n  - id: gotham\n    name: Gotham\n    region: NJ\n    bls_area: \"0035620\"\n")
    assert any("data/vocab/metros.yml:4 metros[0].id: metro 'gotham' is not used anywhere" in p for p in problems(data_copy))


def test_all_problems_are_reported_together(data_copy):
    mutate(data_copy, LEVELS, "      min: 0.5\n", "      min: soon\n")
    mutate(data_copy, PAY, "    amount: 64780\n", "    amount: lots\n")
    found = problems(data_copy)
    assert any("levels.yml" in p for p in found) and any("compensation.yml" in p for p in found)


def test_real_data_is_valid(site):
    assert "account-manager" in site.guides
    assert [lv.id for lv in site.guides["account-manager"].levels.levels] == \
        ["junior", "mid", "senior", "enterprise", "global", "strategic"]
