"""data/roles/<role>/postings.yml: real postings analysed as data."""
from macros.data.models.base import Id, IndustryId, Items, Line, Model, Range, SourceIds, Text


class Posting(Model):
    id: Id
    label: Line
    industry: IndustryId | None = None
    experience: Range | None = None
    degree: Text
    reports_to: Text | None = None
    tools: list[Text] = []
    duties: Items
    qualifications: list[Text] = []
    sources: SourceIds


class PostingsFile(Model):
    about: Text
    about_sources: SourceIds
    postings: list[Posting]
    common: Items
    common_sources: SourceIds
    common_derived: bool = False
    common_method: Text | None = None
