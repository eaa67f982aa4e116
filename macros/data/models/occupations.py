"""Validated shape of the occupation data under data/occupations/, which `make import-occupations` writes.

Renderers get it from `load_site()`:

- `site.occupations`: every occupation that gets a guide, a dict keyed by its page id, sorted by id. The page
  id is the SOC code when the O*NET-SOC code ends in `.00` (`41-3091.00` -> `41-3091`), otherwise the O*NET-SOC
  code with the dot as a dash (`29-1141.01` -> `29-1141-01`). One `Occupation` per file
  `data/occupations/<id>.json`.
- `site.occupation_release`: one `OccupationRelease` (`data/occupations/release.json`): the releases the data
  was imported from (files, sha256, license, the attribution text every page with O*NET content carries), the
  reference tables occupations point into (job families, job zones, education categories, rating scales, OEWS
  areas and footnotes) and `left_out`, every O*NET occupation without a guide and why. It is `None` for a data
  folder without occupations (test fixtures).
- `site.occupation_wages`: OEWS wages per SOC code, a dict keyed by the code (`'41-3091'`), one
  `OccupationWages` per file `data/occupations/wages/<soc>.json`. Several occupations share one SOC code
  (`29-1141`, `29-1141-01`, ...), so wages are stored once per code: `occupation.oews_soc` is the key.

What an occupation holds, and where it comes from (O*NET 30.1 unless said otherwise):

- `title`, `description`: Occupation Data.
- `tasks`: Task Statements, Core first, then Supplemental, then tasks O*NET gives no type; in release order within
  each type. `type` is None for those without a type ('n/a' in the release).
- `alternate_titles` (with O*NET's short title where it has one) and `reported_titles` (Sample of Reported
  Titles; `my_next_move` says whether O*NET shows it in My Next Move).
- `skills`, `knowledge`: O*NET's ratings, highest importance first (names and descriptions of the skills
  and knowledge areas in `release.elements`, from the Content Model Reference). `importance` is on O*NET's 1-5 scale (IM),
  `level` on its 0-7 scale (LV). `importance_suppressed` and `level_suppressed` carry O*NET's "Recommend Suppress"
  flag, which it gives each estimate apart (low precision: O*NET advises using it with caution or suppressing it);
  `level_not_relevant` its "Not Relevant" flag for the level. Those whose importance is suppressed come last. None
  where O*NET rates none: `gaps` says why.
- `technology`: Technology Skills by category (UNSPSC commodity code and title), examples with O*NET's Hot
  Technology and In Demand flags.
- `job_zone` (1-5): Job Zones; its name and texts are in `release.job_zones`.
- `education`: Education, Training, and Experience: per scale (RL required level of education, RW related
  work experience, PT on-site or in-plant training, OJ on-the-job training), the percent of respondents in each
  category; labels are in `release.categories`. None where O*NET has no ratings: `gaps` says why.
- `related`: Related Occupations with O*NET's tier and index; `id` is the related occupation's page id, or None
  when it has no guide (it is then in `release.left_out`, with the reason).
- `family`: the SOC major group (`'41-0000'`); its title is in `release.families` (from the summary rows of the
  BLS Projections table 1.2).
- `projections`: BLS Employment Projections 2024-34, Table 1.2, for the National Employment Matrix line of the
  occupation's SOC code (`match: exact`) or, where BLS projects it only as part of a broader line, that line
  (`match: broader`, `matrix_code` and `matrix_title` say which). Employment, change and openings are in
  thousands, as published. A figure the table does not give as a number is None and `unavailable` keeps the
  table's text for it ('—', '>=$239,200'). None where the matrix has no line for the occupation: `gaps` says why.
- `oews_soc`: the key of its wages in `site.occupation_wages`, or None where the OEWS release has no row for
  its SOC code; then `oews_broader` names a broader OEWS code that includes it, when one exists (its wages are
  stored too, but they are not this occupation's: say so where you show them), and `gaps['wages']` says why.
- `gaps`: what the occupation's data lacks, by field name (`skills`, `knowledge`, `education`,
  `reported_titles`, `projections`, `wages`), each with a plain sentence on why.

Wage rows (`OccupationWages.rows`) are compact arrays, `WAGE_ROW` names their items: area code (see
`release.areas`), employment, annual p10, p25, median, p75, p90, mean, each a whole number (US dollars for the
wages) or, where BLS does not publish the figure, the code of the BLS footnote that says why (text such as
'8', 'Estimate not released.', or '5', top-coded: `release.oews.footnotes`). Rows come national first, then
states, then metros, each by area code. `wage_figures(row)` gives a dict with None for an unpublished figure
and its footnote code under `footnotes`. Where BLS publishes only hourly wages for an area (footnote 4, as
for actors), `OccupationWages.hourly` has that area's hourly p10, p25, median, p75, p90 and mean in dollars.
"""
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from macros.data.models.base import Model, Money, Soc, Text
from macros.data.models.wages import AreaCode, Footnote, FootnoteCode, Package, Sha256, SourceFile, WageArea, Workers

OnetCode = Annotated[str, StringConstraints(pattern=r"^\d{2}-\d{4}\.\d{2}$")]
PageId = Annotated[str, StringConstraints(pattern=r"^\d{2}-\d{4}(-\d{2})?$")]
ElementId = Annotated[str, StringConstraints(pattern=r"^\d(\.[0-9A-Za-z]+)+$")]
Percent = Annotated[float, Field(ge=0, le=100)]
Importance = Annotated[float, Field(ge=1, le=5)]
Level = Annotated[float, Field(ge=0, le=7)]
EducationScale = Literal["RL", "RW", "PT", "OJ"]
GapName = Literal["skills", "knowledge", "education", "reported_titles", "projections", "wages"]

WAGE_ROW = ("area", "employment", "p10", "p25", "median", "p75", "p90", "mean")


def page_id(onet_code: str) -> str:
    """'41-3091.00' -> '41-3091'; '29-1141.01' -> '29-1141-01'."""
    return onet_code[:7] if onet_code.endswith(".00") else onet_code.replace(".", "-")


class Task(Model):
    id: Annotated[int, Field(gt=0)]  # O*NET's Task ID
    text: Text
    type: Literal["Core", "Supplemental"] | None


class AlternateTitle(Model):
    title: Text
    short: Text | None = None


class ReportedTitle(Model):
    title: Text
    my_next_move: bool


class Rating(Model):
    id: ElementId  # O*NET's Element ID, such as '2.A.1.a'; its name and description are in `release.elements`
    importance: Importance
    level: Level
    importance_suppressed: bool = False  # O*NET's Recommend Suppress flag on the importance (IM) estimate
    level_suppressed: bool = False  # the same flag on the level (LV) estimate
    level_not_relevant: bool = False


class Technology(Model):
    name: Text
    hot: bool = False  # O*NET's Hot Technology flag
    in_demand: bool = False  # O*NET's In Demand flag


class TechnologyCategory(Model):
    code: Annotated[int, Field(gt=0)]  # UNSPSC commodity code
    title: Text
    examples: Annotated[list[Technology], Field(min_length=1)]


class Distribution(Model):
    """What workers report, for one scale: (category, percent) in category order; labels in `release.categories`."""
    scale: EducationScale
    name: Text
    percents: Annotated[list[tuple[Annotated[int, Field(gt=0)], Percent]], Field(min_length=1)]
    suppressed: list[int] = []  # categories O*NET recommends suppressing (too uncertain to show)


class Related(Model):
    onet_code: OnetCode
    id: PageId | None  # None: no guide; `release.left_out` has its title and says why
    tier: Literal["Primary-Short", "Primary-Long", "Supplemental"]
    index: Annotated[int, Field(gt=0)]


PROJECTED = ("employment_2024", "employment_2034", "change", "percent_change", "self_employed_percent",
             "openings", "median_wage", "education", "experience", "training")


class Projections(Model):
    matrix_code: Soc
    matrix_title: Text
    match: Literal["exact", "broader"]
    employment_2024: float | None  # thousands
    employment_2034: float | None  # thousands
    change: float | None  # thousands, 2024-34
    percent_change: float | None
    self_employed_percent: float | None
    openings: float | None  # annual average 2024-34, thousands
    median_wage: Money | None  # annual, 2024, dollars (OEWS, the table's footnote [1])
    education: Text | None  # typical education needed for entry
    experience: Text | None  # work experience in a related occupation
    training: Text | None  # typical on-the-job training needed to attain competency
    unavailable: dict[str, Text] = {}  # field -> the table's text where it gives no number or label

    @model_validator(mode="after")
    def _absent_explained(self):
        unexplained = [name for name in PROJECTED if getattr(self, name) is None and name not in self.unavailable]
        if unexplained:
            raise ValueError(f"{', '.join(unexplained)} absent without the table's text in `unavailable`")
        return self


class Occupation(Model):
    schema_ref: str = Field(alias="$schema")
    id: PageId
    onet_code: OnetCode
    soc: Soc
    title: Text
    description: Text
    family: Soc
    job_zone: Annotated[int, Field(ge=1, le=5)] | None
    tasks: Annotated[list[Task], Field(min_length=1)]
    alternate_titles: list[AlternateTitle]
    reported_titles: list[ReportedTitle]
    skills: list[Rating] | None
    knowledge: list[Rating] | None
    technology: list[TechnologyCategory]
    education: list[Distribution] | None
    related: list[Related]
    projections: Projections | None
    oews_soc: Soc | None
    oews_broader: Soc | None = None
    gaps: dict[GapName, Text] = {}

    @model_validator(mode="after")
    def _consistent(self):
        if self.id != page_id(self.onet_code) or self.soc != self.onet_code[:7]:
            raise ValueError(f"id {self.id!r} and soc {self.soc!r} must be {page_id(self.onet_code)!r} and "
                             f"{self.onet_code[:7]!r} for O*NET-SOC code {self.onet_code!r}")
        absent = {"skills": self.skills, "knowledge": self.knowledge, "education": self.education,
                  "projections": self.projections, "wages": self.oews_soc}
        unexplained = [name for name, value in absent.items() if value is None and name not in self.gaps]
        if unexplained:
            raise ValueError(f"{', '.join(unexplained)} absent without a reason in `gaps`")
        return self


def wage_figures(row: tuple, names=None) -> dict:
    """A wage row as a dict: {'area': '0000000', 'employment': 1000, 'p10': ..., 'mean': ..., 'footnotes': {}},
    a figure BLS does not publish None and its footnote code in `footnotes` ({'p90': '5'}). An hourly row
    (`names=HOURLY_ROW`) has no employment."""
    figures = dict(zip((names or WAGE_ROW)[1:], row[1:]))
    footnotes = {name: value for name, value in figures.items() if isinstance(value, str)}
    return {"area": row[0]} | {name: None if name in footnotes else value for name, value in figures.items()} | {
        "footnotes": footnotes}


def decreasing_percentiles(row: tuple) -> str | None:
    """Why a wage row's published percentiles are out of order, or None. Checked with the other cross-file rules
    (macros/data/occupations.py): a validator per row would take most of the time the wages take to load."""
    published = [(name, value) for name, value in zip(WAGE_ROW[2:7], row[2:7]) if type(value) is int]
    for (low_name, low), (high_name, high) in zip(published, published[1:]):
        if high < low:
            return f"percentiles must not decrease: {high_name} ({high}) is below {low_name} ({low})"
    return None


HOURLY_ROW = ("area", "p10", "p25", "median", "p75", "p90", "mean")
Hourly = Annotated[float, Field(gt=0)]
HourlyRow = tuple[AreaCode, Hourly | FootnoteCode, Hourly | FootnoteCode, Hourly | FootnoteCode, Hourly | FootnoteCode,
                  Hourly | FootnoteCode, Hourly | FootnoteCode]
# A figure is a whole number, or the code of the BLS footnote that says why BLS does not publish it.
WageRow = tuple[AreaCode, Workers | FootnoteCode, Money | FootnoteCode, Money | FootnoteCode, Money | FootnoteCode,
                Money | FootnoteCode, Money | FootnoteCode, Money | FootnoteCode]


class OccupationWages(Model):
    schema_ref: str = Field(alias="$schema")
    soc: Soc
    title: Text  # the OEWS title of the code
    rows: Annotated[list[WageRow], Field(min_length=1)]
    # Where BLS publishes only hourly wages (its footnote 4, for work that is not year-round and full time, such
    # as actors'): the area's hourly wages in dollars, `HOURLY_ROW` names the items.
    hourly: list[HourlyRow] = []


# --- data/occupations/release.json --------------------------------------------

class ReleaseFile(Model):
    """A release file the importer read, pinned by the sha256 of its unpacked content."""
    name: Text
    sha256: Sha256
    rows: Annotated[int, Field(ge=0)] | None = None  # data rows read (None for a workbook read by sheet)


class OnetRelease(Model):
    name: Text  # 'O*NET 30.1 Database'
    version: Text
    published: Text
    publisher: Text
    url: Annotated[str, StringConstraints(pattern=r"^https://")]
    dictionary_url: Annotated[str, StringConstraints(pattern=r"^https://")]
    license: Text
    license_url: Annotated[str, StringConstraints(pattern=r"^https://")]
    attribution: Text  # the words every page with O*NET content must carry
    changes: Text  # what the site changed in the content
    files: Annotated[list[ReleaseFile], Field(min_length=1)]


class ProjectionsRelease(Model):
    name: Text
    publisher: Text
    url: Annotated[str, StringConstraints(pattern=r"^https://")]
    license: Text
    table: Text  # the table's own title
    footnotes: list[Text]  # the table's footnotes and notes, as released
    files: Annotated[list[ReleaseFile], Field(min_length=1)]


class OewsRelease(Model):
    release: Text
    published: Text
    publisher: Text
    package: Package
    source_files: Annotated[list[SourceFile], Field(min_length=1)]
    footnotes: list[Footnote]


class Family(Model):
    code: Soc  # SOC major group, 'NN-0000'
    title: Text


class JobZone(Model):
    zone: Annotated[int, Field(ge=1, le=5)]
    name: Text
    experience: Text
    education: Text
    training: Text
    examples: Text
    svp_range: Text


class Category(Model):
    scale: EducationScale
    category: Annotated[int, Field(gt=0)]
    label: Text


class Element(Model):
    """A skill or knowledge area as O*NET's Content Model Reference describes it."""
    id: ElementId
    name: Text
    description: Text


class Scale(Model):
    id: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,3}$")]  # O*NET's Scale ID, such as 'IM'
    name: Text
    minimum: float
    maximum: float


class LeftOut(Model):
    onet_code: OnetCode
    title: Text
    reason: Text


class OccupationRelease(Model):
    schema_ref: str = Field(alias="$schema")
    onet: OnetRelease
    projections: ProjectionsRelease
    oews: OewsRelease
    families: Annotated[list[Family], Field(min_length=1)]
    job_zones: Annotated[list[JobZone], Field(min_length=5, max_length=5)]
    categories: Annotated[list[Category], Field(min_length=1)]
    scales: Annotated[list[Scale], Field(min_length=1)]
    elements: Annotated[list[Element], Field(min_length=1)]  # every skill and knowledge area the ratings name
    areas: Annotated[list[WageArea], Field(min_length=1)]
    left_out: list[LeftOut]

    def category_label(self, scale: str, category: int) -> str:
        return next(c.label for c in self.categories if c.scale == scale and c.category == category)
