"""A guide's levels.yml, each rule broken once, in the tiny ladder of tests/fixtures/ladder (the ladder's own
rules) and in the fixture data (the rules `load_site` adds): the problem names the file, the line, the key path and
what to do."""
from helpers import LADDER, LADDER_FILE, edit, ladder_fixture, problems

from macros.data.errors import Problem
from macros.domain import ladder

LEVELS = "roles/account-manager/levels.yml"


def ladder_problems(text) -> list[str]:
    model, doc = ladder_fixture(text)
    return [str(Problem(LADDER_FILE, doc.line_of(path), path, message)) for path, message in ladder.problems(model)]


def line_of(text, needle, nth=1) -> int:
    at = -1
    for _ in range(nth):
        at = text.index(needle, at + 1)
    return text[:at].count("\n") + 1


def test_an_expectation_copied_from_the_level_below_is_refused_with_file_and_line():
    text = LADDER.read_text(encoding="utf-8").replace("text: Runs the meetings.", "text: Answers the phone.")
    line = line_of(text, "text: Answers the phone.", nth=2)
    assert ladder_problems(text) == [
        f"{LADDER_FILE}:{line} levels[1].expectations[0].text: the same as 'first' expects for 'talk': say what changes, "
        "or write unchanged: true if nothing does"]


def test_a_copy_marked_unchanged_is_accepted():
    text = LADDER.read_text(encoding="utf-8").replace(
        "      - competency: talk\n        text: Speaks for the company.", "      - competency: talk\n        unchanged: true")
    assert ladder_problems(text) == []


def test_a_level_missing_a_competency_is_refused_with_file_and_line():
    text = LADDER.read_text(encoding="utf-8").replace(
        "      - competency: lead\n        text: Shows newcomers around.\n        sources: [recruiter-jd-page]\n", "")
    line = line_of(text, "expectations:", nth=2) + 1  # the list itself, which starts under its key
    assert ladder_problems(text) == [
        f"{LADDER_FILE}:{line} levels[1].expectations: no expectation for the competency 'lead'; every level needs one "
        "for each competency at the top of the file"]


def test_a_second_expectation_for_a_competency_is_refused():
    text = LADDER.read_text(encoding="utf-8").replace("        text: Not yet.\n",
                                                       "        text: Not yet.\n      - competency: lead\n        text: Again.\n")
    assert ladder_problems(text) == [f"{LADDER_FILE}:{line_of(text, 'competency: lead', nth=2)} levels[0].expectations[2]"
                                     ".competency: a second expectation for 'lead'"]


def test_unchanged_on_the_first_rung_is_refused():
    text = LADDER.read_text(encoding="utf-8").replace("      - competency: lead\n        text: Not yet.",
                                                       "      - competency: lead\n        unchanged: true")
    assert ladder_problems(text) == [f"{LADDER_FILE}:{line_of(text, 'unchanged: true')} levels[0].expectations[1].unchanged: "
                                     "nothing to keep: this level builds on no other"]


def test_a_specialization_must_branch_from_a_level_and_the_ladder_from_the_ladder():
    text = LADDER.read_text(encoding="utf-8")
    rootless = text.replace("    track: specialization\n    extends: second\n", "    track: specialization\n")
    assert ladder_problems(rootless)[0].startswith(f"{LADDER_FILE}:{line_of(rootless, 'track: specialization')} levels[2].track: "
                                                   "a specialization branches from a level")
    moved = text.replace("  - id: second\n    title: Second\n    track: ladder\n    extends: first\n",
                         "  - id: second\n    title: Second\n    track: specialization\n    extends: first\n")
    moved = moved.replace("    track: specialization\n    extends: second\n", "    track: ladder\n    extends: second\n")
    assert ladder_problems(moved) == [f"{LADDER_FILE}:{line_of(moved, 'track: ladder', nth=2)} levels[2].track: "
                                      "a ladder level cannot build on the specialization 'second'"]


def test_a_level_listed_before_the_one_it_extends_is_refused():
    text = LADDER.read_text(encoding="utf-8").replace("    extends: first\n", "    extends: branch\n")
    found = ladder_problems(text)
    assert found[0] == f"{LADDER_FILE}:{line_of(text, 'extends: branch')} levels[1].extends: 'branch' must come before 'second' in " \
                       "the file: levels go up", found


def test_the_build_refuses_a_copied_expectation_naming_the_data_file(data_copy):
    mid = "        text: Writes project plans tied to each client's objectives.\n"
    line = edit(data_copy, LEVELS, mid, "        text: Does research for account plans and helps develop the strategy.\n")
    assert problems(data_copy) == [
        f"data/{LEVELS}:{line} levels[1].expectations[2].text: the same as 'junior' expects for 'planning-and-strategy':"
        " say what changes, or write unchanged: true if nothing does"]


def test_the_build_refuses_a_missing_competency_and_an_unknown_one(data_copy):
    line = edit(data_copy, LEVELS, "      - competency: leading-others\n        text: Coaches junior account managers and reviews"
                " their work.\n        sources: [recruiter-jd-page, am-guide-2026]\n", "")
    found = problems(data_copy)
    assert any(p.startswith(f"data/{LEVELS}:") and "levels[2].expectations: no expectation for the competency "
               "'leading-others'" in p for p in found), found
    assert line > 1
    text = (data_copy / LEVELS).read_text(encoding="utf-8")
    (data_copy / LEVELS).write_text(text.replace("competency: self-management", "competency: self-care", 1), encoding="utf-8")
    assert any("unknown competency 'self-care'" in p and f"data/{LEVELS}:" in p for p in problems(data_copy))


def level_problems(data):
    return [p for p in problems(data) if p.startswith(f"data/{LEVELS}:")]


def test_an_extends_chain_that_comes_back_is_reported_at_each_level_in_it(data_copy):
    line = edit(data_copy, LEVELS, "    track: ladder\n", "    track: ladder\n    extends: senior\n") + 1
    text = (data_copy / LEVELS).read_text(encoding="utf-8")
    mid, senior = (text[: text.index(f"    extends: {below}\n")].count("\n") + 1 for below in ("junior", "mid"))
    rule = "each level extends the one below it, and the lowest extends none"
    assert level_problems(data_copy) == [
        f"data/{LEVELS}:{line} levels[0].extends: extends goes round in a circle (junior → senior → mid → junior); {rule}",
        f"data/{LEVELS}:{mid} levels[1].extends: extends goes round in a circle (mid → junior → senior → mid); {rule}",
        f"data/{LEVELS}:{senior} levels[2].extends: extends goes round in a circle (senior → mid → junior → senior); {rule}"]


def test_a_ladder_rule_broken(data_copy):
    line = edit(data_copy, LEVELS, "    track: ladder\n", "    track: specialization\n")
    text = (data_copy / LEVELS).read_text(encoding="utf-8")
    mid = text[: text.index("    track: ladder\n")].count("\n") + 1
    assert level_problems(data_copy) == [
        f"data/{LEVELS}:{line} levels[0].track: a specialization branches from a level: name it under extends",
        f"data/{LEVELS}:{mid} levels[1].track: a ladder level cannot build on the specialization 'junior'"]


def test_a_level_with_more_must_haves_than_a_posting_lists(data_copy):
    line = edit(data_copy, LEVELS, "    must_have:\n",
                "    must_have:\n      - text: Calm under pressure\n        sources: [recruiter-jd-page]\n") + 1
    assert level_problems(data_copy) == [
        f"data/{LEVELS}:{line} levels[0].must_have: 8 must-haves (required education and certification, "
        "then must_have); a posting lists at most 7: merge or move some to preferred_qualifications"]
