"""Validated shapes of the pay-transparency rules for job postings.

data/pay-transparency.yml lists one entry per jurisdiction (a city, state, district or the EU); what a posting
must show is a list of ids from data/vocab/pay-requirements.yml, and the pages each entry was read from are ids
from data/vocab/law-sources.yml. A fact that could not be confirmed is a key under `unconfirmed`, with why.
"""
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from .models import Id, Line, Model, Ref, Text

Date = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
# No space, quote, bracket, backslash, backtick, brace or bar: the address goes into Markdown as it is.
Url = Annotated[str, StringConstraints(pattern=r"^https://[^\s()<>\"'\\`{}|]+$")]
StateCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
RequirementId = Annotated[Id, Ref("requirement")]
LawSourceIds = Annotated[list[Annotated[Id, Ref("law-source")]], Field(min_length=1)]

# The facts of an entry that can be marked unconfirmed; a requirement id marks that one requirement.
FACTS = ("law", "citation", "effective", "employers", "remote")


class Requirement(Model):
    """Something a posting can be asked to show, with a one-line plain explanation."""
    id: Id
    label: Line
    explanation: Text


class RequirementsFile(Model):
    requirements: Annotated[list[Requirement], Field(min_length=1)]


class LawSource(Model):
    """A page a rule was read from: its title, publisher where the page names one, address and dates."""
    id: Id
    title: Line
    publisher: Text | None = None
    url: Url
    published: Date | None = None
    read: Date


class LawSourcesFile(Model):
    sources: Annotated[list[LawSource], Field(min_length=1)]


class Employers(Model):
    """Who must comply: the smallest headcount the law covers, and where those employees must be."""
    min_employees: Annotated[int, Field(ge=1)]
    who: Text


class Remote(Model):
    """Whether a remote role open to people living in the jurisdiction is covered."""
    covered: bool | Literal["unconfirmed"]
    note: Text


class Change(Model):
    date: Date
    text: Text


class Jurisdiction(Model):
    id: Id
    name: Line
    kind: Literal["city", "state", "district", "union"]
    states: list[StateCode] = []
    localities: list[Text] = []
    law: Text
    citation: Text
    effective: Date
    employers: Employers
    requires: Annotated[list[RequirementId], Field(min_length=1)]
    remote: Remote
    changes: list[Change] = []
    notes: list[Text] = []
    unconfirmed: dict[Id, Text] = {}  # fact (one of FACTS, or a requirement id) -> why it is unconfirmed
    sources: LawSourceIds

    @model_validator(mode="after")
    def _consistent(self):
        if self.kind == "union" and (self.states or self.localities):
            raise ValueError("a union applies to no US state or locality: leave out states and localities")
        if self.kind != "union" and not self.states:
            raise ValueError(f"a {self.kind} needs its two-letter state code under states")
        if self.kind == "city" and not self.localities:
            raise ValueError("a city needs its name under localities")
        if len(set(self.requires)) != len(self.requires):
            raise ValueError("a requirement is listed twice under requires")
        for fact in self.unconfirmed:
            if fact not in FACTS and fact not in self.requires:
                raise ValueError(f"unconfirmed fact '{fact}' is neither one of {', '.join(FACTS)} "
                                 "nor a requirement this entry lists")
        if (self.remote.covered == "unconfirmed") != ("remote" in self.unconfirmed):
            raise ValueError("remote.covered is 'unconfirmed' exactly when `remote` is listed under unconfirmed")
        return self

    def is_unconfirmed(self, fact: str) -> bool:
        return fact in self.unconfirmed

    def applies_to(self, state: str, locality: str | None = None) -> bool:
        """Whether the rule covers a place in `state` (a two-letter code), optionally in a named locality."""
        return state in self.states and (not self.localities or locality in self.localities)


class PayTransparencyFile(Model):
    as_of: Date
    jurisdictions: Annotated[list[Jurisdiction], Field(min_length=1)]

    def applicable(self, state: str, locality: str | None = None) -> list[Jurisdiction]:
        """The rules for a place: a state code such as 'NY', and 'New York City' when the place is the city."""
        return [law for law in self.jurisdictions if law.applies_to(state, locality)]
