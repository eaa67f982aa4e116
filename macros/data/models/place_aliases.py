"""data/vocab/place-aliases.yml: what people type for a city that BLS area names spell otherwise."""
from typing import Annotated

from pydantic import StringConstraints

from macros.data.models.base import Line, Model, NameIn


class PlaceAlias(Model):
    """A spelling people type for a city ("NYC", "Philly"), or a city whose state a BLS area name leaves open
    ("Jersey City" in "New York-Newark-Jersey City, NY-NJ"): the city as BLS names it, and its state."""
    alias: Line
    city: Annotated[Line, NameIn("BLS metro area names")]
    state: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class PlaceAliasesFile(Model):
    aliases: list[PlaceAlias]
