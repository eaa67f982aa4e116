"""data/roles/<role>/levels.yml: the ladder of competencies by levels."""
from typing import Annotated, Literal

from pydantic import Field, model_validator

from macros.data.models.base import Derived, Id, Items, LevelId, Line, Model, Ref, SourceIds, Text, Years


class Qualification(Model):
    """What a level asks for in one kind of qualification, split as the sources split it."""
    required: Text | None = None
    preferred: Text | None = None
    sources: list[Annotated[Id, Ref("source")]] = []  # the level's sources when empty
    note: Text | None = None  # how the sources differ, where they do


class MustHave(Model):
    """One thing a posting requires, as a candidate can check it against themselves ("3+ years managing client
    accounts"); `years` is the experience it asks for, which the posting's structured data states too."""
    text: Text
    years: Annotated[float, Field(ge=0)] | None = None
    note: Text | None = None  # how the sources differ, where they do
    sources: SourceIds


CompetencyId = Annotated[Id, Ref("competency")]


class Competency(Model):
    """One thing a ladder measures at every level, such as client relationships."""
    id: Id
    name: Line
    covers: Text  # one line on what it takes in


class TaggedItem(Model):
    """A sourced responsibility or skill, with the competency it shows."""
    text: Text
    competency: CompetencyId


TaggedItems = Annotated[list[TaggedItem], Field(min_length=1)]


class Cell(Derived):
    """One statement of the ladder (an expectation, a part of a level's scope): the sources that state it, or
    `derived: true` with the `method` of our reading and the sources it was read from; `silent: true` when no
    source says anything, which the page says instead of a sentence."""
    text: Text | None = None
    sources: list[Annotated[Id, Ref("source")]] = []
    silent: bool = False

    @model_validator(mode="after")
    def _text_or_silent(self):
        if self.silent and self.text is not None:
            raise ValueError("a silent cell has no text: the page says that the sources give nothing here")
        if not self.silent and self.text is None and not getattr(self, "unchanged", False):
            raise ValueError("give text with its sources, or silent: true where no source says anything")
        return self


class Expectation(Cell):
    """What a level expects in one competency, in the project's words; `unchanged: true` keeps the expectation
    of the level it extends on purpose."""
    competency: CompetencyId
    unchanged: bool = False

    @model_validator(mode="after")
    def _one_kind(self):
        if self.unchanged and (self.text is not None or self.silent):
            raise ValueError("give text, silent: true, or unchanged: true to keep the expectation of the level "
                             "it extends: only one of them")
        return self


class Scope(Model):
    """How big and how free a level's job is, and what it is judged by: each part a cell with its own sources."""
    accounts: Cell
    autonomy: Cell
    works_with: Cell
    measured_on: Cell


class OtherYears(Years):
    """Years of experience another source gives for the same level."""
    sources: SourceIds


class Level(Model):
    id: Id
    title: Line
    posting_title: Line | None = None  # the title a posting uses, as candidates search for it; `title` when absent
    track: Literal["ladder", "specialization"]
    extends: LevelId | None = None
    experience: Years
    summary: Text
    experience_elsewhere: list[OtherYears] = []
    scope: Scope
    expectations: Annotated[list[Expectation], Field(min_length=1)]
    responsibilities: TaggedItems
    hard_skills: TaggedItems
    soft_skills: TaggedItems
    education: Qualification
    certifications: Qualification
    must_have: Annotated[list[MustHave], Field(min_length=1)]
    preferred_qualifications: Items
    sources: SourceIds


class LevelsFile(Model):
    competencies: Annotated[list[Competency], Field(min_length=1)]
    levels: Annotated[list[Level], Field(min_length=1)]
