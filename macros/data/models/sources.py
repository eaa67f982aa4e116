"""data/sources.yml: every source document."""
from typing import Annotated

from pydantic import Field, StringConstraints

from macros.data.models.base import Id, Line, Model, Text, Year


class Source(Model):
    id: Id
    title: Line
    author: Text | None = None
    publisher: Text | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://[^\s()<>\"'\\`{}|]+$")] | None = None
    published: Text | None = None
    updated: Text | None = None
    year: Year | None = None
    covers: Text
    note: Text | None = None
    short: Text | None = None  # a short name for crowded places such as the cells of a table ("2026 guide")


class SourcesFile(Model):
    sources: Annotated[list[Source], Field(min_length=1)]
