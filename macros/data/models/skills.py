"""data/roles/<role>/skills.yml: skills, requirements, education, certifications, tools."""
from macros.data.models.base import Id, Items, Line, Model, Range, SourceIds, Text
from macros.data.models.responsibilities import TitledText


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
