"""data/roles/<role>/hiring.yml: what to look for, sourcing, red flags."""
from macros.data.models.base import FormerIds, Id, Items, Line, Model, SourceIds, Text


class LookFor(Model):
    id: Id
    title: Line
    signals: Items
    sources: SourceIds


class Channel(Model):
    id: Id
    name: Line
    use: Text


class RedFlag(Model):
    id: Id
    former_ids: FormerIds
    title: Line
    text: Text
    sources: SourceIds


class HiringFile(Model):
    look_for: list[LookFor]
    platforms: list[Channel]
    communities: list[Channel]
    sourcing_sources: SourceIds
    posting_tips: Items
    posting_tips_sources: SourceIds
    red_flags: list[RedFlag]
    evaluation_tips: Items
    evaluation_sources: SourceIds
    employer_advice: Items
    employer_advice_sources: SourceIds
