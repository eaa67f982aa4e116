"""data/vocab/inclusive-language.yml: words templates must not use."""
from macros.data.models.base import Items, Model, Text


class InclusiveTerm(Model):
    term: Text
    why: Text
    instead: Items


class InclusiveLanguageFile(Model):
    terms: list[InclusiveTerm]
