"""data/vocab/industries.yml: the closed list of industries and customer segments."""
from typing import Literal

from macros.data.models.base import Id, Line, Model, Text


class Industry(Model):
    id: Id
    name: Line
    kind: Literal["industry", "segment"]  # a segment (enterprise, channel) is a kind of customer, not an industry
    in_posting: Text | None = None  # the industry as a posting says it before the word company


class IndustriesFile(Model):
    industries: list[Industry]
