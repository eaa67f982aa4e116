"""Validated shape of the government wage data, data/wages/oews.yml, which `make import-wages` writes.

The file holds BLS Occupational Employment and Wage Statistics (OEWS) for the SOC codes the profiles name:
annual wages in whole US dollars, for the nation, every state and every metropolitan area, and nationally
for every industry sector. A figure BLS does not publish is absent, and the row names the
BLS footnote that says why; the file never holds a number BLS did not publish.
"""
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from macros.data.models.base import Id, Line, Model, Money, NameIn, Ref, Soc, Text

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Date = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
AreaCode = Annotated[str, StringConstraints(pattern=r"^\d{7}$")]
IndustryCode = Annotated[str, StringConstraints(pattern=r"^[0-9-]{6}$")]
FootnoteCode = Annotated[str, StringConstraints(pattern=r"^[0-9A-Za-z]{1,3}$")]
Workers = Annotated[int, Field(gt=0)]

NATIONAL = "0000000"  # BLS's area code for the whole country
PERCENTILES = ("p10", "p25", "median", "p75", "p90")
FIGURES = ("employment", *PERCENTILES, "mean")
FigureName = Literal["employment", "p10", "p25", "median", "p75", "p90", "mean"]


class Package(Model):
    """The Python wheel the release was read from, pinned by version and hash."""
    name: Line
    version: Text
    wheel: Text
    wheel_sha256: Sha256
    database: Text
    database_sha256: Sha256


class SourceFile(Model):
    """A BLS file the database was built from, as the wheel's manifest lists it."""
    name: Line
    url: Annotated[str, StringConstraints(pattern=r"^https://")]
    last_modified: Date
    bytes: Annotated[int, Field(gt=0)]
    sha256: Sha256


class Footnote(Model):
    code: FootnoteCode
    text: Text
    annual_at_least: Money | None = None


class Occupation(Model):
    soc: Soc
    title: Line


class WageArea(Model):
    code: AreaCode
    kind: Literal["national", "state", "metro"]
    name: Annotated[Line, NameIn("BLS area names, whose principal cities the place aliases name")]
    state: Annotated[str, StringConstraints(pattern=r"^\d{2}$")]


class WageIndustry(Model):
    code: IndustryCode
    name: Line


class Figures(Model):
    """One published row: employment, annual percentiles and mean; `footnotes` maps a figure to its BLS footnote."""
    employment: Workers | None = None
    p10: Money | None = None
    p25: Money | None = None
    median: Money | None = None
    p75: Money | None = None
    p90: Money | None = None
    mean: Money | None = None
    footnotes: dict[FigureName, FootnoteCode] = {}

    @model_validator(mode="after")
    def _consistent(self):
        unexplained = [name for name in FIGURES if getattr(self, name) is None and name not in self.footnotes]
        if unexplained:
            raise ValueError(f"{', '.join(unexplained)} absent without a footnote; "
                             "an absent figure must name the BLS footnote that says why")
        published = [(name, getattr(self, name)) for name in PERCENTILES if getattr(self, name) is not None]
        for (low_name, low), (high_name, high) in zip(published, published[1:]):
            if high < low:
                raise ValueError(f"percentiles must not decrease: {high_name} ({high}) is below {low_name} ({low})")
        return self


class AreaWages(Figures):
    soc: Soc
    area: AreaCode


class IndustryWages(Figures):
    soc: Soc
    industry: IndustryCode


class WagesFile(Model):
    release: Text
    published: Date
    publisher: Text
    source: Annotated[Id, Ref("source")]
    currency: Literal["USD"]
    period: Literal["year"]
    package: Package
    source_files: Annotated[list[SourceFile], Field(min_length=1)]
    footnotes: list[Footnote]
    occupations: Annotated[list[Occupation], Field(min_length=1)]
    areas: Annotated[list[WageArea], Field(min_length=1)]
    industries: list[WageIndustry]
    by_area: Annotated[list[AreaWages], Field(min_length=1)]
    by_industry: list[IndustryWages]
