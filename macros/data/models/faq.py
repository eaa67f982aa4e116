"""data/roles/<role>/faq.yml: questions employers and job seekers ask."""
from typing import Literal

from macros.data.models.base import Derived, FormerIds, Id, Model, SourceIds, Text


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
