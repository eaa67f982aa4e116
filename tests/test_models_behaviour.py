"""Each kind of model constraint, fed broken data: the exact problem (file, line, key path), and the value
at the limit accepted."""
import pytest
from conftest import edit

from macros.data.site import load_site
from macros.data.errors import DataError

SKILLS = "roles/account-manager/skills.yml"
ROLE = "roles/account-manager/role.yml"
PAY = "roles/account-manager/compensation.yml"
CAREER = "roles/account-manager/career.yml"
LEVELS = "roles/account-manager/levels.yml"

HARD_SKILLS = ("hard_skills:\n  - CRM software, such as Salesforce or HubSpot\n  - Strong analysis and reporting\n"
               "  - Account lifecycle management\n  - Project coordination and task tracking\n"
               "  - Basic finance and budget management\n")
SUMMARY = ("summary: Account Managers own a company's relationships with existing clients after the sale. "
           "They keep clients happy, renew their contracts and grow what they buy.\n")


def problems(data):
    try:
        load_site(data)
    except DataError as error:
        return [str(p) for p in error.problems]
    return []


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
    line = edit(data_copy, relpath, old, new) + offset
    expected = f"data/{relpath}:{line} {path}: {message}"
    found = problems(data_copy)
    assert any(p.startswith(expected) for p in found), "\n".join([expected, "--- got:"] + found)


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
    assert problems(data_copy) == []
