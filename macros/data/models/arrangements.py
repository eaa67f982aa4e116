"""data/vocab/arrangements.yml: office, hybrid and remote."""
from macros.data.models.base import Id, Line, Model, Text


class Arrangement(Model):
    id: Id
    label: Line
    posting_line: Text


class ArrangementsFile(Model):
    arrangements: list[Arrangement]
