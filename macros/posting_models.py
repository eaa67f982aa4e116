"""Validated shape of data/vocab/posting-text.yml: the parts of a composed posting that no guide supplies."""
from typing import Annotated, Literal

from pydantic import Field

from .models import Items, Model, Text

VARIABLE_PAY = ("commission", "bonus", "commission-and-bonus")


class RemoteArea(Model):
    """Where a remote hire may live: the whole country, named states ({states}) or a time zone ({timezone})."""
    us: Text
    states: Annotated[str, Field(min_length=1, pattern=r"\{states\}")]
    timezone: Annotated[str, Field(min_length=1, pattern=r"\{timezone\}")]


class VariablePay(Model):
    commission: Text
    bonus: Text
    commission_and_bonus: Text = Field(alias="commission-and-bonus")


class PostingTextFile(Model):
    company: Items
    benefits: Items
    apply: Text
    equal_opportunity: Text
    remote_area: RemoteArea
    variable: VariablePay
    variable_only: Annotated[str, Field(min_length=1, pattern=r"\{kind\}")]
    deadline: Annotated[str, Field(min_length=1, pattern=r"\{date\}")]


VariablePayId = Literal["commission", "bonus", "commission-and-bonus"]
