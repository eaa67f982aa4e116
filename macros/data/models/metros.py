"""data/vocab/metros.yml: the metros the guides price."""
from typing import Annotated

from pydantic import StringConstraints

from macros.data.models.base import Id, Line, Model, Ref, Text


class Metro(Model):
    id: Id
    name: Line
    region: Text
    bls_area: Annotated[str, StringConstraints(pattern=r"^\d{7}$"), Ref("bls-area")]  # the BLS metropolitan area it is


class MetrosFile(Model):
    metros: list[Metro]
