"""Each kind of model constraint, fed broken data: the exact problem (file, line, key path), and the value
at the limit accepted."""
import pytest
from helpers import assert_reported, edit, problems, problems_or_none

SKILLS = "roles/account-manager/skills.yml"
ROLE = "roles/account-manager/role.yml"
TEMPLATES = "roles/account-manager/templates.yml"
PAY = "roles/account-manager/compensation.yml"
CAREER = "roles/account-manager/career.yml"
LEVELS = "roles/account-manager/levels.yml"

HARD_SKILLS = ("hard_skills:\n  - CRM software, such as Salesforce or HubSpot\n  - Strong analysis and reporting\n"
               "  - Account lifecycle management\n  - Project coordination and task tracking\n"
               "  - Basic finance and budget management\n")
SUMMARY = ("summary: Account Managers own a company's relationships with existing clients after the sale. "
           "They keep clients happy, renew their contracts and grow what they buy.\n")


REFUSED = [
    # (name, file, old, new, line offset from the edit, key path, message)
    ("an item citing no source", SKILLS, "hard_soft_sources: [recruiter-jd-page]", "hard_soft_sources: []", 0,
     "hard_soft_sources", "expected at least 1 item(s)"),
    ("a stage citing no source", CAREER, "    sources: [am-guide-2026]\n", "    sources: []\n", 0,
     "stages[0].sources", "expected at least 1 item(s)"),
    ("a required list left empty", SKILLS, HARD_SKILLS, "hard_skills: []\n", 0,
     "hard_skills", "expected at least 1 item(s)"),
    ("a list item left empty", SKILLS, "  - Strong analysis and reporting\n", '  - ""\n', 0,
     "hard_skills[1]", "expected non-empty text, got ''"),
    ("a job-title list left empty", CAREER, "    titles: [Account Coordinator, Junior Account Manager, Associate Account Manager, "
     "Customer Success Associate]\n", "    titles: []\n", 0, "stages[0].titles", "expected at least 1 item(s)"),
    ("a summary one character too long", ROLE, SUMMARY, "summary: " + "a" * 201 + "\n", 0,
     "summary", "string should have at most 200 characters, got '" + "a" * 201 + "'"),
    ("a summary one character too short", ROLE, SUMMARY, "summary: " + "a" * 19 + "\n", 0,
     "summary", "expected text of at least 20 characters, got '" + "a" * 19 + "'"),
    ("a year before 1900", PAY, "    as_of: 2026\n", "    as_of: 1899\n", 0,
     "by_level[0].as_of", "expected a number greater than or equal to 1900, got 1899"),
    ("a year after 2100", PAY, "    as_of: 2026\n", "    as_of: 2101\n", 0,
     "by_level[0].as_of", "expected a number less than or equal to 2100, got 2101"),
    ("negative years of experience", LEVELS, "      min: 0.5\n", "      min: -0.5\n", 0,
     "levels[0].experience.min", "expected a number greater than or equal to 0, got -0.5"),
]


@pytest.mark.parametrize("name, relpath, old, new, offset, path, message", REFUSED, ids=[c[0] for c in REFUSED])
def test_a_broken_constraint_is_reported(data_copy, name, relpath, old, new, offset, path, message):
    assert_reported(data_copy, relpath, old, new, path, message, offset)


ACCEPTED = [
    ("a summary of exactly 200 characters", ROLE, SUMMARY, "summary: " + "a" * 200 + "\n"),
    ("a summary of exactly 20 characters", ROLE, SUMMARY, "summary: " + "a" * 20 + "\n"),
    ("the year 1900", PAY, "    as_of: 2026\n", "    as_of: 1900\n"),
    ("the year 2100", PAY, "    as_of: 2026\n", "    as_of: 2100\n"),
    ("one hard skill", SKILLS, HARD_SKILLS, "hard_skills: [CRM]\n"),
]


@pytest.mark.parametrize("name, relpath, old, new", ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_a_value_at_the_limit_is_accepted(data_copy, name, relpath, old, new):
    edit(data_copy, relpath, old, new)
    assert problems_or_none(data_copy) == []


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


# A missing key is reported at the mapping that lacks it; an added key on the line after `track`; a
# replacement that starts with a line break on the line after the edit.
LINE_SHIFT = {"missing required field": -2, "unknown key": 1, "dangling source": 1}


@pytest.mark.parametrize("name, relpath, old, new, path, message", CASES, ids=[c[0] for c in CASES])
def test_each_rule_reports_file_line_and_key_path(data_copy, name, relpath, old, new, path, message):
    assert_reported(data_copy, relpath, old, new, path, message, LINE_SHIFT.get(name, 0))


def test_top_level_list_is_refused(data_copy):
    (data_copy / LEVELS).write_text("- id: junior\n", encoding="utf-8")
    assert "data/roles/account-manager/levels.yml:1: expected a mapping of keys at the top, got list" in problems(data_copy)


def test_orphan_and_missing_files(data_copy):
    (data_copy / "roles/account-manager/notes.yml").write_text("a: 1\n", encoding="utf-8")
    (data_copy / "roles/account-manager/faq.yml").unlink()
    found = problems(data_copy)
    assert "data/roles/account-manager/notes.yml: no page renders this file; remove it or declare it in macros/data/registry.py" in found
    assert "data/roles/account-manager/faq.yml: file is missing" in found


def test_all_problems_are_reported_together(data_copy):
    edit(data_copy, LEVELS, "      min: 0.5\n", "      min: soon\n")
    edit(data_copy, PAY, "    amount: 64780\n", "    amount: lots\n")
    found = problems(data_copy)
    assert any("levels.yml" in p for p in found) and any("compensation.yml" in p for p in found)


def test_real_data_is_valid(site):
    assert "account-manager" in site.guides
    assert [lv.id for lv in site.guides["account-manager"].levels.levels] == \
        ["junior", "mid", "senior", "enterprise", "global", "strategic"]
