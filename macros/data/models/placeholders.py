"""data/vocab/placeholders.yml: every [Placeholder] templates may use."""
from typing import Annotated

from pydantic import StringConstraints

from macros.data.models.base import Id, Line, Model, Text


class Placeholder(Model):
    id: Id
    token: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9$][A-Za-z0-9$/&,.' -]*$")]
    label: Line
    hint: Text
    example: Text


class PlaceholdersFile(Model):
    placeholders: list[Placeholder]
