"""A role's ladder as competencies × levels: what each level expects in each competency, and what changes
from one level to the level built on it. The levels page, its downloads and the data checks read these."""
from dataclasses import dataclass

FIELDS = ("responsibilities", "hard_skills", "soft_skills")


def texts(items) -> list[str]:
    """The text of tagged items, in order: what postings and the level pages list."""
    return [item.text for item in items]


def items(level) -> list:
    """Every tagged responsibility and skill of a level."""
    return [item for field in FIELDS for item in getattr(level, field)]


SILENT = "Not stated in the sources"


def cell_text(cell) -> str | None:
    """What a cell says: its text, or that the sources are silent."""
    return SILENT if cell is not None and cell.silent else getattr(cell, "text", None)


def expectations(level, levels: dict) -> dict:
    """Competency id -> the expectation (with its sources) of the level; one kept unchanged is the one of the level
    it extends."""
    below = levels.get(level.extends)
    inherited = expectations(below, levels) if below else {}
    return {e.competency: inherited.get(e.competency) if e.unchanged else e for e in level.expectations}


@dataclass(frozen=True)
class StepChange:
    """One competency across one step: the expectation before and after, and the items new at this level."""
    competency: object
    before: str | None
    after: str | None
    unchanged: bool
    new_items: list[str]
    cell: object = None  # the expectation after the step, with its sources


@dataclass(frozen=True)
class LadderStep:
    below: object
    level: object
    changes: list[StepChange]

    @property
    def anchor(self) -> str:
        return f"step-{self.below.id}-to-{self.level.id}"


def transition(below, level, levels_file) -> LadderStep:
    levels = {lv.id: lv for lv in levels_file.levels}
    before, after = expectations(below, levels), expectations(level, levels)
    kept = {e.competency for e in level.expectations if e.unchanged}
    known = set(texts(items(below)))
    changes = [StepChange(c, cell_text(before.get(c.id)), cell_text(after.get(c.id)), c.id in kept,
                      [i.text for i in items(level) if i.competency == c.id and i.text not in known], after.get(c.id))
               for c in levels_file.competencies]
    return LadderStep(below, level, changes)


def transitions(levels_file) -> list[LadderStep]:
    """Every step along `extends`, in the order of the levels: junior to mid, mid to senior, senior to each branch."""
    levels = {lv.id: lv for lv in levels_file.levels}
    return [transition(levels[lv.extends], lv, levels_file) for lv in levels_file.levels if lv.extends in levels]


def problems(levels_file) -> list[tuple[tuple, str]]:
    """(key path, message) for each level that breaks the ladder's rules."""
    found, seen = [], {}  # the levels above this one in the file: the only ones it may build on
    competencies, ids = [c.id for c in levels_file.competencies], {lv.id for lv in levels_file.levels}
    for i, level in enumerate(levels_file.levels):
        found += _order_problems(i, level, seen, ids) + _expectation_problems(i, level, seen, competencies)
        seen[level.id] = level
    return found


def _order_problems(i, level, seen, ids) -> list:
    below = seen.get(level.extends)
    if level.extends in ids and below is None:  # an unknown level is reported with the other references
        return [(("levels", i, "extends"), f"'{level.extends}' must come before '{level.id}' in the file: levels go up")]
    if level.track == "specialization" and not level.extends:
        return [(("levels", i, "track"), "a specialization branches from a level: name it under extends")]
    if level.track == "ladder" and below is not None and below.track != "ladder":
        return [(("levels", i, "track"), f"a ladder level cannot build on the specialization '{below.id}'")]
    return []


def _expectation_problems(i, level, seen, competencies) -> list:
    found, given = [], [e.competency for e in level.expectations]
    for missing in (c for c in competencies if c not in given):
        found.append((("levels", i, "expectations"), f"no expectation for the competency '{missing}'; "
                                                      "every level needs one for each competency at the top of the file"))
    below = seen.get(level.extends)
    before = expectations(below, seen) if below else {}
    for j, e in enumerate(level.expectations):
        if given.index(e.competency) != j:
            found.append((("levels", i, "expectations", j, "competency"), f"a second expectation for '{e.competency}'"))
        elif e.unchanged and below is None:
            found.append((("levels", i, "expectations", j, "unchanged"), "nothing to keep: this level builds on no other"))
        elif e.text is not None and e.text == getattr(before.get(e.competency), "text", None):
            found.append((("levels", i, "expectations", j, "text"),
                          f"the same as '{below.id}' expects for '{e.competency}': say what changes, "
                          "or write unchanged: true if nothing does"))
    return found
