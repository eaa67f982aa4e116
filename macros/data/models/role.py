"""data/roles/<role>/role.yml: the overview of a role."""
from typing import Annotated

from pydantic import Field, StringConstraints

from macros.data.models.base import Id, Items, Line, Model, RoleId, SourceIds, Text


class Contrast(Model):
    role: RoleId
    difference: Text
    sources: SourceIds


class Highlight(Model):
    id: Id
    label: Line
    text: Text


class Team(Model):
    name: Line
    sources: SourceIds


class CitedSentence(Model):
    """One sentence with the sources that state it."""
    text: Text
    sources: SourceIds


class RoleFile(Model):
    id: Id
    title: Line
    summary: Annotated[str, StringConstraints(min_length=20, max_length=200)]
    definition: list[Annotated[list[CitedSentence], Field(min_length=1)]]  # paragraphs of sentences, each cited
    not_to_confuse: list[Contrast]
    hunt_vs_farm: Text
    hunt_vs_farm_sources: SourceIds
    highlights: list[Highlight]
    highlights_sources: SourceIds
    why_it_matters: Items
    why_it_matters_sources: SourceIds
    daily_activities: Items
    strategic_functions: Items
    activities_sources: SourceIds
    internal_teams: list[Team]
    lifecycle: Text
    lifecycle_sources: SourceIds
    sources: SourceIds
