"""Validated shape of data/vocab/posting-text.yml: the parts of a composed posting that no guide supplies."""
from typing import Annotated, Literal

from pydantic import Field

from macros.data.models.base import Items, Model, SourceIds, Text

VARIABLE_PAY = ("commission", "bonus", "commission-and-bonus", "variable")


class RemoteArea(Model):
    """Where a remote hire may live: the whole country, named states ({states}) or a time zone ({timezone})."""
    us: Text
    states: Annotated[str, Field(min_length=1, pattern=r"\{states\}")]
    timezone: Annotated[str, Field(min_length=1, pattern=r"\{timezone\}")]


class VariablePay(Model):
    commission: Text
    bonus: Text
    commission_and_bonus: Text = Field(alias="commission-and-bonus")
    variable: Text  # variable pay whose kind the guides do not name


class Choices(Model):
    """A form choice's wording in the posting, one line per option."""
    label: Text
    options: Annotated[dict[Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")], Text], Field(min_length=1)]


class TemplateFallbacks(Model):
    """What a template's posting lists where its source gives no list of that kind, so that every template has
    the same sections; benefits fall back to the composer's."""
    nice_to_have: Items
    skills: Items


class PostingTextFile(Model):
    company: Items
    benefits: Items
    employment: Choices  # the employment type, stated in the text as well as in the structured data
    travel: Choices
    office_days: Annotated[str, Field(min_length=1, pattern=r"\{days\}")]
    work_authorization: Choices
    apply: Text
    accommodation: Text
    equal_opportunity: Text
    equal_opportunity_note: Text  # for the person writing the posting, shown beside the statement
    equal_opportunity_sources: SourceIds
    template_fallbacks: TemplateFallbacks
    remote_area: RemoteArea
    variable: VariablePay
    variable_only: Annotated[str, Field(min_length=1, pattern=r"\{kind\}")]
    deadline: Annotated[str, Field(min_length=1, pattern=r"\{date\}")]


VariablePayId = Literal["commission", "bonus", "commission-and-bonus", "variable"]
