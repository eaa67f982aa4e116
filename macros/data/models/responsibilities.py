"""data/roles/<role>/responsibilities.yml: core duties and responsibility areas."""
from macros.data.models.base import Id, Items, Line, Model, SourceIds, Text


class Duty(Model):
    id: Id
    text: Text
    sources: SourceIds


class DutyGroup(Model):
    id: Id
    title: Line
    items: Items


class Area(Model):
    id: Id
    title: Line
    summary: Text
    groups: list[DutyGroup]
    sources: SourceIds


class TitledText(Model):
    id: Id
    title: Line
    text: Text


class ResponsibilitiesFile(Model):
    core: list[Duty]
    areas: list[Area]
    template_duties: list[TitledText]
    template_duties_sources: SourceIds
