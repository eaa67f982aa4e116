"""data/roles/<role>/industries.yml: what changes by industry."""
from macros.data.models.base import IndustryId, Model, SourceIds, Text
from macros.data.models.levels import TaggedItem


class IndustryGuide(Model):
    industry: IndustryId
    summary: Text
    focus_areas: list[Text] = []
    unique_requirements: list[Text] = []
    # Each duty names the competency it shows: in a posting it takes the place of the level's duty in the same one.
    responsibilities: list[TaggedItem] = []
    sources: SourceIds


class IndustryGuidesFile(Model):
    industries: list[IndustryGuide]
