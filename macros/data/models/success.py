"""data/roles/<role>/success.yml: priorities, mistakes, challenges, fit."""
from macros.data.models.base import Id, Items, Line, Model, SourceIds, Text
from macros.data.models.responsibilities import TitledText


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
