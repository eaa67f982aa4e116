"""data/roles/<role>/templates.yml: copy-ready job posting templates."""
from typing import Literal

from pydantic import model_validator

from macros.data.models.base import (
    ArrangementId, Id, IndustryId, Items, LevelId, Line, Model, MoneyRange, SourceIds, Text,
)
from macros.data.models.compensation import AsOf


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
