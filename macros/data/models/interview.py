"""data/roles/<role>/interview.yml: interview questions by category."""
from macros.data.models.base import CategoryId, FormerIds, Id, Line, Model, SourceIds, Text


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
