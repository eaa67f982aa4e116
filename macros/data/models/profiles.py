"""data/profiles.yml: short profiles of roles, with their nearest BLS occupations."""
from typing import Annotated

from pydantic import Field

from macros.data.models.base import Id, Items, Line, Model, Soc, SourceIds, Text


class SocMatch(Model):
    """A BLS occupation (SOC code and BLS's title for it) near a role, and why it is near."""
    code: Soc
    title: Line
    why: Text


class Profile(Model):
    id: Id
    title: Line
    focus: Text
    goal: Text
    key_activities: Items
    soc: Annotated[list[SocMatch], Field(min_length=1)]
    sources: SourceIds


class ProfilesFile(Model):
    profiles: list[Profile]
