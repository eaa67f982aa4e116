"""Validated shapes of the pay-transparency rules for job postings.

data/pay-transparency.yml lists one entry per jurisdiction (a state, district, county or city, a Canadian
province, the EU and its member states), with its dates, who it covers, what a posting must show and the
rules a pay range must meet. What a posting must show is a list of ids from data/vocab/pay-requirements.yml,
and the pages each entry was read from are ids from data/vocab/law-sources.yml. A fact that could not be confirmed is a key under `unconfirmed`, with why.
"""
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from macros.data.models.base import Id, Line, Model, Ref, Text

Date = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
# No space, quote, bracket, backslash, backtick, brace or bar: the address goes into Markdown as it is.
Url = Annotated[str, StringConstraints(pattern=r"^https://[^\s()<>\"'\\`{}|]+$")]
StateCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
RequirementId = Annotated[Id, Ref("requirement")]
LawSourceIds = Annotated[list[Annotated[Id, Ref("law-source")]], Field(min_length=1)]

# The facts of an entry that can be marked unconfirmed; a requirement id marks that one requirement.
FACTS = ("law", "citation", "effective", "enforced", "employers", "remote", "range", "cure", "exceptions")


class LawRequirement(Model):
    """Something a posting can be asked to show, with a one-line plain explanation."""
    id: Id
    label: Line
    explanation: Text


class RequirementsFile(Model):
    requirements: Annotated[list[LawRequirement], Field(min_length=1)]


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
    """Who must comply: the smallest headcount the law covers (none: any size), and where those employees count."""
    min_employees: Annotated[int, Field(ge=1)] | None = None
    who: Text


class Remote(Model):
    """Whether a remote role open to people living in the jurisdiction is covered."""
    covered: bool | Literal["unconfirmed"]
    note: Text


class LawChange(Model):
    """A dated amendment, rule or ruling; `requires` lists what a posting must show from that date on."""
    date: Date
    text: Text
    requires: list[RequirementId] = []
    binding: bool = True  # False for a proposal that guidance asks employers to follow but no rule yet makes law


class RangeRules(Model):
    """What a pay range must look like: both ends, the largest spread (a percent of the minimum, or an amount
    above which the top may not go), and the pay periods a range may be written in."""
    both_ends: bool = False
    max_spread_percent: Annotated[int, Field(gt=0)] | None = None
    max_spread_amount: Annotated[int, Field(gt=0)] | None = None
    currency: Literal["USD", "CAD", "EUR"] = "USD"
    periods: list[Literal["annual", "hourly"]] = ["annual", "hourly"]
    binding: bool = True  # False when the rules come from a proposal that is not law yet
    note: Text | None = None


class Locality(Model):
    """A county or city: its name, the city as BLS area names spell it, and the BLS metro areas it lies in."""
    name: Line
    city: Line | None = None
    metros: Annotated[list[Annotated[str, StringConstraints(pattern=r"^\d{7}$"), Ref("bls-area")]], Field(min_length=1)]


class MemberState(Model):
    """One EU member state's transposition of the directive."""
    country: Line
    status: Literal["in-force", "partial", "draft", "announced", "none", "unconfirmed"]
    date: Date | None = None
    note: Text
    sources: list[Annotated[Id, Ref("law-source")]] = []


KINDS = ("state", "district", "county", "city", "province", "union", "member-state")
# What a law asks of employers; only `posting` laws enter the posting composer's checklist.
DUTIES = {"posting": "Pay in the posting", "on-request": "Pay on request only, not in postings",
          "proposed": "A bill, not law", "not-in-force": "Enacted; the posting duty has no start date yet",
          "unclear": "Status unclear"}


class Jurisdiction(Model):
    id: Id
    name: Line
    kind: Literal["state", "district", "county", "city", "province", "union", "member-state"]
    duty: Literal["posting", "on-request", "proposed", "not-in-force", "unclear"] = "posting"
    country: Literal["US", "CA", "EU"] = "US"
    states: list[StateCode] = []
    locality: Locality | None = None
    law: Text
    citation: Text
    effective: Date  # in force from this date
    enforced: Date | None = None  # the posting duty is enforced from this later date
    employers: Employers
    requires: list[RequirementId] = []
    range: RangeRules = RangeRules()
    remote: Remote
    exceptions: list[Text] = []
    cure: Text | None = None
    changes: list[LawChange] = []
    notes: list[Text] = []
    member_states: list[MemberState] = []
    reviewed: Date
    unconfirmed: dict[Id, Text] = {}  # fact (one of FACTS, or a requirement id) -> why it is unconfirmed
    sources: LawSourceIds

    @model_validator(mode="after")
    def _consistent(self):
        us = self.country == "US"
        if us != bool(self.states):
            raise ValueError("a US entry needs its two-letter state codes under states; others have none")
        if (self.kind in ("county", "city")) != (self.locality is not None):
            raise ValueError("a county or city, and only they, needs its locality")
        if self.duty == "posting" and not self.requires:
            raise ValueError("a posting law needs what a posting must show under requires")
        if len(set(self.requires)) != len(self.requires):
            raise ValueError("a requirement is listed twice under requires")
        if self.enforced and self.enforced < self.effective:
            raise ValueError("enforced comes before effective")
        later = [r for change in self.changes for r in change.requires]
        for fact in self.unconfirmed:
            if fact not in FACTS and fact not in self.requires and fact not in later:
                raise ValueError(f"unconfirmed fact '{fact}' is neither one of {', '.join(FACTS)} "
                                 "nor a requirement this entry lists")
        if self.remote.covered == "unconfirmed" and "remote" not in self.unconfirmed:
            raise ValueError("remote.covered is 'unconfirmed': say why under unconfirmed.remote")
        return self

    @property
    def starts(self) -> str:
        """The first date a posting must comply."""
        return self.enforced or self.effective

    def is_unconfirmed(self, fact: str) -> bool:
        return fact in self.unconfirmed

    def applies_to(self, state: str, locality: str | None = None) -> bool:
        """Whether the rule covers a place in `state` (a two-letter code), optionally in a named locality."""
        return state in self.states and (self.locality is None or locality == self.locality.name)


class PayTransparencyFile(Model):
    as_of: Date
    jurisdictions: Annotated[list[Jurisdiction], Field(min_length=1)]

    def applicable(self, state: str, locality: str | None = None, on: str | None = None) -> list[Jurisdiction]:
        """The posting rules for a place on a date (default: any date): a state code such as 'NY', and 'New York
        City' when the place is the city."""
        return [law for law in self.jurisdictions if law.duty == "posting" and law.applies_to(state, locality)
                and (on is None or law.starts <= on)]
