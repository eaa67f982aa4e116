"""data/roles/<role>/environments.yml: contexts, work settings and trends."""
from macros.data.models.base import ArrangementId, Id, Items, LevelId, Line, Model, SourceIds, Text


class Context(Model):
    id: Id
    title: Line
    text: Text
    sources: SourceIds


class Setting(Context):
    arrangement: ArrangementId | None = None
    levels: list[LevelId] = []  # the levels the setting's text speaks of, where it names some (travel)


class EnvironmentsFile(Model):
    summary: Text
    contexts: list[Context]
    settings: list[Setting]
    trends: Items
    trends_sources: SourceIds
