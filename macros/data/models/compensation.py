"""data/roles/<role>/compensation.yml: national figures, pay by level and metro, pay factors."""
from typing import Annotated, Literal

from pydantic import model_validator

from macros.data.models.base import (
    Derived, FormerIds, Id, Items, LevelId, Line, MetroId, Model, Money, MoneyRange, Range, Ref, SourceIds, Text, Year,
)


AsOf = Year | Literal["undated"]


class NationalAverage(Model):
    id: Id
    label: Line
    amount: Money | None = None
    base: MoneyRange | None = None
    total: MoneyRange | None = None
    as_of: AsOf
    basis: Text
    sources: SourceIds

    @model_validator(mode="after")
    def _has_figure(self):
        if self.amount is None and self.base is None:
            raise ValueError("give either amount or base")
        return self


class VariableDefault(Model):
    """The variable pay a posting for the band starts with, and what in the guides says so."""
    kind: Literal["commission", "bonus", "commission-and-bonus", "variable"]
    note: Text
    sources: SourceIds


class LevelPay(Model):
    id: Id
    label: Line
    levels: list[LevelId]
    experience: Range | None = None
    base: MoneyRange
    total: MoneyRange
    variable: VariableDefault | None = None
    as_of: AsOf
    sources: SourceIds


class MetroPay(Model):
    metro: MetroId
    base: MoneyRange
    total: MoneyRange
    as_of: AsOf
    sources: SourceIds


class Tier(Model):
    label: Line
    items: Items
    sources: SourceIds


class Figure(Derived):
    label: Line
    percent: Range


class Factor(Model):
    id: Id
    former_ids: FormerIds
    title: Line
    points: list[Text] = []
    tiers: list[Tier] = []
    figures: list[Figure] = []
    sources: SourceIds


class UnpricedLevel(Model):
    """A level the guides give no pay band: which of their bands the site uses for it, and why."""
    level: LevelId
    band: Annotated[Id, Ref("pay-level")]
    reason: Text


class CompensationFile(Model):
    currency: Literal["USD"]
    period: Literal["year"]
    summary: Text
    national_averages: list[NationalAverage]
    by_level: list[LevelPay]
    unpriced_levels: list[UnpricedLevel] = []
    by_metro: list[MetroPay]
    factors: list[Factor]
    sources: SourceIds

    @model_validator(mode="after")
    def _unpriced_levels_have_no_band(self):
        priced = {level for band in self.by_level for level in band.levels}
        for assigned in self.unpriced_levels:
            if assigned.level in priced:
                raise ValueError(f"unpriced_levels: level {assigned.level!r} already has a band in by_level")
        return self
