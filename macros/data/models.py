"""Validated shapes of every data file. Renderers see these, never raw YAML."""
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from macros.data.model_base import (  # noqa: F401  (the shared types are imported from here too)
    ID_PATTERN, LINE_PATTERN, ArrangementId, CategoryId, FormerIds, Id, IndustryId, Items, LevelId, Line,
    MetroId, Model, Money, NameIn, Ref, RoleId, Soc, SourceIds, StageId, Text, Year,
)


class Range(Model):
    min: Annotated[float, Field(ge=0)]
    max: Annotated[float, Field(ge=0)] | None = None

    @model_validator(mode="after")
    def _ordered(self):
        if self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        return self


class MoneyRange(Range):
    min: Money
    max: Money | None = None
    open_max: bool = False


class Derived(Model):
    """An item that is the project's own reading or arithmetic, not a source's figure: `method` says how."""
    derived: bool = False
    method: Text | None = None

    @model_validator(mode="after")
    def _method_given(self):
        if self.derived and self.method is None:
            raise ValueError("a derived item needs a method: one line on how it was worked out")
        return self


class Years(Range, Derived):
    note: Text | None = None


# --- shared files -----------------------------------------------------------

class Source(Model):
    id: Id
    title: Line
    author: Text | None = None
    publisher: Text | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https://[^\s()<>\"'\\`{}|]+$")] | None = None
    published: Text | None = None
    updated: Text | None = None
    year: Year | None = None
    covers: Text
    note: Text | None = None
    short: Text | None = None  # a short name for crowded places such as the cells of a table ("2026 guide")


class SourcesFile(Model):
    sources: Annotated[list[Source], Field(min_length=1)]


class Industry(Model):
    id: Id
    name: Line
    kind: Literal["industry", "segment"]  # a segment (enterprise, channel) is a kind of customer, not an industry
    in_posting: Text | None = None  # the industry as a posting says it before the word company


class IndustriesFile(Model):
    industries: list[Industry]


class Metro(Model):
    id: Id
    name: Line
    region: Text
    bls_area: Annotated[str, StringConstraints(pattern=r"^\d{7}$"), Ref("bls-area")]  # the BLS metropolitan area it is


class MetrosFile(Model):
    metros: list[Metro]


class PlaceAlias(Model):
    """A spelling people type for a city ("NYC", "Philly"), or a city whose state a BLS area name leaves open
    ("Jersey City" in "New York-Newark-Jersey City, NY-NJ"): the city as BLS names it, and its state."""
    alias: Line
    city: Annotated[Line, NameIn("BLS metro area names")]
    state: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class PlaceAliasesFile(Model):
    aliases: list[PlaceAlias]


class Arrangement(Model):
    id: Id
    label: Line
    posting_line: Text


class ArrangementsFile(Model):
    arrangements: list[Arrangement]


class Placeholder(Model):
    id: Id
    token: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9$][A-Za-z0-9$/&,.' -]*$")]
    label: Line
    hint: Text
    example: Text


class PlaceholdersFile(Model):
    placeholders: list[Placeholder]


class InclusiveTerm(Model):
    term: Text
    why: Text
    instead: Items


class InclusiveLanguageFile(Model):
    terms: list[InclusiveTerm]


class SocMatch(Model):
    """A BLS occupation (SOC code and BLS's title for it) near a role, and why it is near."""
    code: Soc
    title: Line
    why: Text


class Profile(Model):
    id: Id
    title: Line
    focus: Text
    goal: Text
    key_activities: Items
    soc: Annotated[list[SocMatch], Field(min_length=1)]
    sources: SourceIds


class ProfilesFile(Model):
    profiles: list[Profile]


# --- one role's guide -------------------------------------------------------

class Contrast(Model):
    role: RoleId
    difference: Text
    sources: SourceIds


class Highlight(Model):
    id: Id
    label: Line
    text: Text


class Team(Model):
    name: Line
    sources: SourceIds


class CitedSentence(Model):
    """One sentence with the sources that state it."""
    text: Text
    sources: SourceIds


class RoleFile(Model):
    id: Id
    title: Line
    summary: Annotated[str, StringConstraints(min_length=20, max_length=200)]
    definition: list[Annotated[list[CitedSentence], Field(min_length=1)]]  # paragraphs of sentences, each cited
    not_to_confuse: list[Contrast]
    hunt_vs_farm: Text
    hunt_vs_farm_sources: SourceIds
    highlights: list[Highlight]
    highlights_sources: SourceIds
    why_it_matters: Items
    why_it_matters_sources: SourceIds
    daily_activities: Items
    strategic_functions: Items
    activities_sources: SourceIds
    internal_teams: list[Team]
    lifecycle: Text
    lifecycle_sources: SourceIds
    sources: SourceIds


class Qualification(Model):
    """What a level asks for in one kind of qualification, split as the sources split it."""
    required: Text | None = None
    preferred: Text | None = None
    sources: list[Annotated[Id, Ref("source")]] = []  # the level's sources when empty
    note: Text | None = None  # how the sources differ, where they do


class MustHave(Model):
    """One thing a posting requires, as a candidate can check it against themselves ("3+ years managing client
    accounts"); `years` is the experience it asks for, which the posting's structured data states too."""
    text: Text
    years: Annotated[float, Field(ge=0)] | None = None
    note: Text | None = None  # how the sources differ, where they do
    sources: SourceIds


CompetencyId = Annotated[Id, Ref("competency")]


class Competency(Model):
    """One thing a ladder measures at every level, such as client relationships."""
    id: Id
    name: Line
    covers: Text  # one line on what it takes in


class TaggedItem(Model):
    """A sourced responsibility or skill, with the competency it shows."""
    text: Text
    competency: CompetencyId


TaggedItems = Annotated[list[TaggedItem], Field(min_length=1)]


class Cell(Derived):
    """One statement of the ladder (an expectation, a part of a level's scope): the sources that state it, or
    `derived: true` with the `method` of our reading and the sources it was read from; `silent: true` when no
    source says anything, which the page says instead of a sentence."""
    text: Text | None = None
    sources: list[Annotated[Id, Ref("source")]] = []
    silent: bool = False

    @model_validator(mode="after")
    def _text_or_silent(self):
        if self.silent and self.text is not None:
            raise ValueError("a silent cell has no text: the page says that the sources give nothing here")
        if not self.silent and self.text is None and not getattr(self, "unchanged", False):
            raise ValueError("give text with its sources, or silent: true where no source says anything")
        return self


class Expectation(Cell):
    """What a level expects in one competency, in the project's words; `unchanged: true` keeps the expectation
    of the level it extends on purpose."""
    competency: CompetencyId
    unchanged: bool = False

    @model_validator(mode="after")
    def _one_kind(self):
        if self.unchanged and (self.text is not None or self.silent):
            raise ValueError("give text, silent: true, or unchanged: true to keep the expectation of the level "
                             "it extends: only one of them")
        return self


class Scope(Model):
    """How big and how free a level's job is, and what it is judged by: each part a cell with its own sources."""
    accounts: Cell
    autonomy: Cell
    works_with: Cell
    measured_on: Cell


class OtherYears(Years):
    """Years of experience another source gives for the same level."""
    sources: SourceIds


class Level(Model):
    id: Id
    title: Line
    posting_title: Line | None = None  # the title a posting uses, as candidates search for it; `title` when absent
    track: Literal["ladder", "specialization"]
    extends: LevelId | None = None
    experience: Years
    summary: Text
    experience_elsewhere: list[OtherYears] = []
    scope: Scope
    expectations: Annotated[list[Expectation], Field(min_length=1)]
    responsibilities: TaggedItems
    hard_skills: TaggedItems
    soft_skills: TaggedItems
    education: Qualification
    certifications: Qualification
    must_have: Annotated[list[MustHave], Field(min_length=1)]
    preferred_qualifications: Items
    sources: SourceIds


class LevelsFile(Model):
    competencies: Annotated[list[Competency], Field(min_length=1)]
    levels: Annotated[list[Level], Field(min_length=1)]


class Duty(Model):
    id: Id
    text: Text
    sources: SourceIds


class DutyGroup(Model):
    id: Id
    title: Line
    items: Items


class Area(Model):
    id: Id
    title: Line
    summary: Text
    groups: list[DutyGroup]
    sources: SourceIds


class TitledText(Model):
    id: Id
    title: Line
    text: Text


class ResponsibilitiesFile(Model):
    core: list[Duty]
    areas: list[Area]
    template_duties: list[TitledText]
    template_duties_sources: SourceIds


class SkillGroup(Model):
    id: Id
    title: Line
    skills: list[TitledText]
    sources: SourceIds


class Requirement(Model):
    id: Id
    label: Line
    text: Text
    years: Range | None = None
    sources: SourceIds


class EducationField(Model):
    field: Text
    sources: SourceIds


class Certification(Model):
    id: Id
    name: Line
    note: Text
    sources: SourceIds


class ToolGroup(Model):
    id: Id
    category: Text
    tools: Items
    sources: SourceIds


class SkillsFile(Model):
    skill_groups: list[SkillGroup]
    hard_skills: Items
    soft_skills: Items
    hard_soft_sources: SourceIds
    requirements: list[Requirement]
    requirements_sources: SourceIds
    education_note: Text
    education_note_sources: SourceIds
    education_fields: list[EducationField]
    certifications: list[Certification]
    tools: list[ToolGroup]


class IndustryGuide(Model):
    industry: IndustryId
    summary: Text
    focus_areas: list[Text] = []
    unique_requirements: list[Text] = []
    # Each duty names the competency it shows: in a posting it takes the place of the level's duty in the same one.
    responsibilities: list[TaggedItem] = []
    sources: SourceIds


class IndustryGuidesFile(Model):
    industries: list[IndustryGuide]


class Context(Model):
    id: Id
    title: Line
    text: Text
    sources: SourceIds


class Setting(Context):
    arrangement: ArrangementId | None = None
    levels: list[LevelId] = []  # the levels the setting's text speaks of, where it names some (travel)


class EnvironmentsFile(Model):
    summary: Text
    contexts: list[Context]
    settings: list[Setting]
    trends: Items
    trends_sources: SourceIds


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


class Stage(Model):
    id: Id
    title: Line
    track: Literal["entry", "ladder", "specialization", "leadership", "alternative"]
    levels: list[LevelId] = []
    titles: Items
    duties: list[Text] = []
    note: Text | None = None
    sources: SourceIds


class Transition(Model):
    id: Id
    from_: StageId = Field(alias="from")
    to: StageId
    years: Range
    condition: Text
    sources: SourceIds


class GrowthPath(Model):
    id: Id
    source: Annotated[Id, Ref("source")]
    titles: list[Text] = []
    summary: Text | None = None


class CareerFile(Model):
    summary: Text
    stages: list[Stage]
    transitions: list[Transition]
    growth_paths: list[GrowthPath]
    sources: SourceIds


class LookFor(Model):
    id: Id
    title: Line
    signals: Items
    sources: SourceIds


class Channel(Model):
    id: Id
    name: Line
    use: Text


class RedFlag(Model):
    id: Id
    former_ids: FormerIds
    title: Line
    text: Text
    sources: SourceIds


class HiringFile(Model):
    look_for: list[LookFor]
    platforms: list[Channel]
    communities: list[Channel]
    sourcing_sources: SourceIds
    posting_tips: Items
    posting_tips_sources: SourceIds
    red_flags: list[RedFlag]
    evaluation_tips: Items
    evaluation_sources: SourceIds
    employer_advice: Items
    employer_advice_sources: SourceIds


class Category(Model):
    id: Id
    former_ids: FormerIds
    title: Line


class Question(Model):
    id: Id
    former_ids: FormerIds
    category: CategoryId
    competency: Text
    question: Text
    strong_answer: Text
    sources: SourceIds


class InterviewFile(Model):
    categories: list[Category]
    questions: list[Question]


class Posting(Model):
    id: Id
    label: Line
    industry: IndustryId | None = None
    experience: Range | None = None
    degree: Text
    reports_to: Text | None = None
    tools: list[Text] = []
    duties: Items
    qualifications: list[Text] = []
    sources: SourceIds


class PostingsFile(Model):
    about: Text
    about_sources: SourceIds
    postings: list[Posting]
    common: Items
    common_sources: SourceIds
    common_derived: bool = False
    common_method: Text | None = None


class Priority(Model):
    id: Id
    title: Line
    points: Items


class Challenge(Model):
    id: Id
    title: Line
    challenge: Text
    solutions: Items


class Fit(Model):
    summary: Text
    for_employers: Items
    for_job_seekers: Items
    sources: SourceIds


class SuccessFile(Model):
    intro: Text
    intro_sources: SourceIds
    priorities: list[Priority]
    priorities_sources: SourceIds
    learning: Items
    learning_sources: SourceIds
    mistakes: list[TitledText]
    mistakes_sources: SourceIds
    challenges: list[Challenge]
    challenges_sources: SourceIds
    mindset: Text
    mindset_sources: SourceIds
    fit: Fit


class Faq(Derived):
    id: Id
    former_ids: FormerIds
    audience: Literal["employers", "job-seekers"]
    question: Text
    answer: Text
    sources: SourceIds
    education_by_level: bool = False  # the answer ends with what each level's data says about education


class FaqFile(Model):
    faqs: list[Faq]


class CompanySize(Model):
    id: Id
    label: Line
    employees: Range
    split: Text


class Handoff(Model):
    text: Text
    sources: SourceIds


class ComparisonsFile(Model):
    summary: Text
    summary_sources: SourceIds
    compare_with: list[RoleId]
    company_sizes: list[CompanySize]
    company_sizes_sources: SourceIds
    handoffs: list[Handoff]


class Sections(Model):
    responsibilities: list[Text] = []
    must_have: list[Text] = []
    nice_to_have: list[Text] = []
    skills: list[Text] = []
    benefits: list[Text] = []


class Pay(Model):
    base: MoneyRange
    total: MoneyRange | None = None
    variable: Literal["commission", "bonus", "commission-and-bonus", "incentive"] | None = None
    as_of: AsOf
    sources: SourceIds


class Template(Model):
    id: Id
    title: Line
    level: LevelId | None = None
    # A level template takes its responsibilities and qualifications from its level, as the composer does,
    # so the two can never disagree; it gives only its introduction and benefits.
    from_level: bool = False
    industry: IndustryId | None = None
    arrangement: ArrangementId | None = None
    summary: Text
    intro: Items
    reports_to: Text | None = None
    sections: Sections
    pay: Pay | None = None
    sources: SourceIds

    @model_validator(mode="after")
    def _lists_from_one_place(self):
        own = [name for name in ("responsibilities", "must_have", "nice_to_have", "skills") if getattr(self.sections, name)]
        if self.from_level and not self.level:
            raise ValueError("from_level needs the level whose lists the template takes")
        if self.from_level and own:
            raise ValueError(f"a from_level template takes {', '.join(own)} from its level; remove them here")
        if not self.from_level and not (self.sections.responsibilities and self.sections.must_have):
            raise ValueError("sections needs responsibilities and must_have (or from_level: true with a level)")
        return self


class TemplatesFile(Model):
    templates: list[Template]

