"""data/roles/<role>/career.yml: career stages, the time between them, growth paths."""
from typing import Annotated, Literal

from pydantic import Field

from macros.data.models.base import Id, Items, LevelId, Line, Model, Range, Ref, SourceIds, StageId, Text


class Stage(Model):
    id: Id
    title: Line
    track: Literal["entry", "ladder", "specialization", "leadership", "alternative"]
    levels: list[LevelId] = []
    titles: Items
    duties: list[Text] = []
    note: Text | None = None
    sources: SourceIds


class Transition(Model):
    id: Id
    from_: StageId = Field(alias="from")
    to: StageId
    years: Range
    condition: Text
    sources: SourceIds


class GrowthPath(Model):
    id: Id
    source: Annotated[Id, Ref("source")]
    titles: list[Text] = []
    summary: Text | None = None


class CareerFile(Model):
    summary: Text
    stages: list[Stage]
    transitions: list[Transition]
    growth_paths: list[GrowthPath]
    sources: SourceIds
