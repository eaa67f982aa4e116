"""data/roles/<role>/comparisons.yml: which roles to compare with."""
from macros.data.models.base import Id, Line, Model, Range, RoleId, SourceIds, Text


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
