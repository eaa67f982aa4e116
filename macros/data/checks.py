"""Rules that span files: unique ids, references that resolve, vocabularies in use, placeholders."""
import functools
import types
import typing
from collections import Counter

from pydantic import BaseModel

from macros.domain import ladder, places, requirements
from macros.data.errors import Problem
from macros.data import registry
from macros.data.models.base import Ref
from macros.data.models.wages import NATIONAL
from macros.domain.wording import PLACEHOLDER, inclusive_hits


def _ref_kind(annotation, metadata=()):
    for item in metadata:
        if isinstance(item, Ref):
            return item.kind
    if typing.get_origin(annotation) is typing.Annotated:
        base, *meta = typing.get_args(annotation)
        return _ref_kind(base, meta)
    union = typing.get_origin(annotation) in (typing.Union, types.UnionType)
    for arg in typing.get_args(annotation) if union else ():
        kind = _ref_kind(arg)
        if kind:
            return kind
    return None


@functools.lru_cache(maxsize=None)
def _kind_of(annotation):
    return _ref_kind(annotation)


@functools.lru_cache(maxsize=None)
def _fields(cls):
    """(attribute, key in the file, ref kind, element annotation of a list) for each field of a model class."""
    return [(name, field.alias or name, _ref_kind(field.annotation, field.metadata), _element(field.annotation))
            for name, field in cls.model_fields.items()]


def _element(annotation):
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is list else None


def walk(value, path=()):
    """Yield (path, value, ref_kind) for every value inside a model, depth first."""
    yield from _walk(value, path, None, None)


def _walk(value, path, kind, element):
    yield path, value, kind
    if isinstance(value, BaseModel):
        for name, key, field_kind, field_element in _fields(type(value)):
            yield from _walk(getattr(value, name), path + (key,), field_kind, field_element)
    elif isinstance(value, list):
        item_kind = _kind_of(element) if element is not None else None
        item_element = _element(element) if element is not None else None
        for i, item in enumerate(value):
            yield from _walk(item, path + (i,), item_kind, item_element)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, path + (key,), None, None)


def part(model, name):
    """A file's model, or None when the file did not validate (a site or guide made of the valid files only)."""
    return getattr(model, name, None)


def _models(site):
    """(document key, model) for every file of the site that validated: a shared file by its path, a guide's
    file by (role, its field in Guide)."""
    for f in registry.SHARED:
        if part(site, f.name) is not None:
            yield f.path, part(site, f.name)
    for role, guide in site.guides.items():
        for f in registry.GUIDE:
            if part(guide, f.name) is not None:
                yield (role, f.name), part(guide, f.name)


def is_complete(site) -> bool:
    """Every file validated: only then can a vocabulary entry be said to be used nowhere."""
    return all(part(site, f.name) is not None for f in registry.SHARED) and \
        all(part(guide, f.name) is not None for guide in site.guides.values() for f in registry.GUIDE)


def _offered(model, files):
    """kind -> the ids the lists of `files` offer to references, for the files of `model` that validated."""
    return {offer.kind: _Ids(getattr(item, offer.id) for item in getattr(part(model, f.name), offer.list))
            for f in files if part(model, f.name) is not None for offer in f.offers}


def known_ids(site, role=None) -> dict:
    """kind -> the ids a reference of that kind may name, for the kinds whose list validated."""
    known = _offered(site, registry.SHARED)
    if role:
        known |= _offered(site.guides[role], registry.GUIDE)
    return known


class _Ids(list):
    """Ids in their file's order, looked up as a set."""

    def __init__(self, ids):
        super().__init__(ids)
        self.set = set(self)

    def __contains__(self, value):
        return value in self.set


def check_site(site, docs) -> list[Problem]:
    problems, used = [], Counter()

    def problem(key, path, message):
        doc = docs[key]
        problems.append(Problem(doc.file, doc.line_of(path), path, message))

    by_role = {None: known_ids(site)}  # the known ids of each role, found once per role
    for key, model in _models(site):
        role = key[0] if isinstance(key, tuple) else None
        if role not in by_role:
            by_role[role] = known_ids(site, role)
        known = by_role[role]
        for path, value, kind in walk(model):
            if kind and value is not None:
                used[kind, value] += 1
                if kind in known and value not in known[kind]:
                    where = "data/sources.yml" if kind == "source" else f"the {kind} list"
                    problem(key, path, f"unknown {kind} '{value}'; known {kind}s ({where}): {', '.join(known[kind])}")
            if isinstance(value, list) and value and all(hasattr(v, "id") for v in value):
                for dup, count in Counter(v.id for v in value).items():
                    if count > 1:
                        index = max(i for i, v in enumerate(value) if v.id == dup)
                        problem(key, path + (index, "id"), f"duplicate id '{dup}' in this list")
    _check_guides(site, problem)
    if part(site, "wages") is not None and part(site, "profiles") is not None:
        _check_wages(site, problem)
    if part(site, "wages") is not None and part(site, "place_aliases") is not None:
        index = places.site_place_index(site)
        for i, why in places.alias_problems(index):
            problem("vocab/place-aliases.yml", ("aliases", i, "city"), why)
    if is_complete(site):
        _check_vocab_used(site, used, problem)
    return problems


def _check_guides(site, problem):
    profiles = {p.id for p in site.profiles.profiles} if part(site, "profiles") is not None else None
    tokens = {p.token for p in site.placeholders.placeholders} if part(site, "placeholders") is not None else None
    terms = site.inclusive_language.terms if part(site, "inclusive_language") is not None else []
    for role, guide in site.guides.items():
        if part(guide, "role") is not None:
            if guide.role.id != role:
                problem((role, "role"), ("id",), f"expected '{role}', the name of the role's folder")
            if profiles is not None and role not in profiles:
                problem((role, "role"), ("id",), f"no profile for '{role}' in data/profiles.yml: add one (id, title, "
                        "focus, goal, key_activities, soc, sources); the home page and the comparisons list roles from there")
        if part(guide, "compensation") is not None:
            _check_base_within_total(guide.compensation,
                                     lambda path, message: problem((role, "compensation"), path, message))
        if part(guide, "levels") is not None:
            _check_levels(guide.levels, lambda path, message: problem((role, "levels"), path, message))
        if part(guide, "industries") is not None:
            seen = set()
            for i, industry in enumerate(guide.industries.industries):
                if industry.industry in seen:
                    problem((role, "industries"), ("industries", i, "industry"),
                            f"industry '{industry.industry}' is described twice")
                seen.add(industry.industry)
        if part(guide, "templates") is not None:
            _check_text(guide.templates, tokens, terms, lambda path, message: problem((role, "templates"), path, message))
    if part(site, "posting_text") is not None:
        _check_text(site.posting_text, tokens, [], lambda path, message: problem("vocab/posting-text.yml", path, message))


def _check_levels(levels, problem):
    for path, message in _extends_cycles(levels) or ladder.problems(levels):  # the ladder's rules follow extends
        problem(path, message)
    for i, level in enumerate(levels.levels):
        count = len(requirements.required(level))
        if count > requirements.MAX_REQUIRED:
            problem(("levels", i, "must_have"),
                    f"{count} must-haves (required education and certification, then must_have); a posting lists "
                    f"at most {requirements.MAX_REQUIRED}: merge or move some to preferred_qualifications")


def _check_text(model, tokens, terms, problem):
    """Placeholders known (when the placeholder list validated) and brackets balanced; inclusive language."""
    for path, text in _strings(model):
        for message in _placeholder_problems(text, tokens):
            problem(path, message)
        for term in inclusive_hits(terms, text):
            problem(path, f"'{term.term}' is {term.why.rstrip('.')}; try: {'; '.join(term.instead)}")


def _extends_cycles(levels_file) -> list:
    """(key path, message) for each level whose `extends` chain comes back to it."""
    by_id = {lv.id: lv for lv in levels_file.levels}
    found = []
    for i, level in enumerate(levels_file.levels):
        chain, current = [level.id], by_id.get(level.extends)
        while current is not None and current.id != level.id and len(chain) <= len(by_id):
            chain.append(current.id)
            current = by_id.get(current.extends)
        if current is not None and current.id == level.id:
            found.append((("levels", i, "extends"), f"extends goes round in a circle ({' → '.join(chain + [level.id])}); "
                          "each level extends the one below it, and the lowest extends none"))
    return found


def _check_base_within_total(pay, problem):
    """Base pay is part of total pay: a base bound above the matching total bound is a slip."""
    rows = [("national_averages", pay.national_averages), ("by_level", pay.by_level), ("by_metro", pay.by_metro)]
    for field, items in rows:
        for i, item in enumerate(items):
            base, total = item.base, item.total
            if base is None or total is None:
                continue
            for bound in ("min", "max"):
                b, t = getattr(base, bound), getattr(total, bound)
                if b is not None and t is not None and b > t:
                    problem((field, i, "base", bound), f"base {bound} ({b:,.0f}) is above total {bound} ({t:,.0f}); "
                            "total pay includes base pay: swap or correct the figures")


def _check_wages(site, problem):
    wages, key = site.wages, "wages/oews.yml"
    titles = {o.soc: o.title for o in wages.occupations}
    national = {row.soc for row in wages.by_area if row.area == NATIONAL}
    for i, profile in enumerate(site.profiles.profiles):
        for j, match in enumerate(profile.soc):
            if match.code not in national:
                problem("profiles.yml", ("profiles", i, "soc", j, "code"),
                        f"no national wage figures for SOC {match.code} in data/wages/oews.yml; run `make import-wages`")
            elif match.title != titles[match.code]:
                problem("profiles.yml", ("profiles", i, "soc", j, "title"),
                        f"expected BLS's title for {match.code}, '{titles[match.code]}', got {match.title!r}")
    named = {match.code for profile in site.profiles.profiles for match in profile.soc}
    for i, occupation in enumerate(wages.occupations):
        if occupation.soc not in named:
            problem(key, ("occupations", i, "soc"), f"SOC {occupation.soc} is named by no profile; run `make import-wages`")
    known = {"soc": ("occupations", set(titles)), "area": ("areas", {a.code for a in wages.areas}),
             "industry": ("industries", {i.code for i in wages.industries}), "footnote": ("footnotes", {f.code for f in wages.footnotes})}
    for field, rows, place in (("by_area", wages.by_area, "area"), ("by_industry", wages.by_industry, "industry")):
        seen = set()
        for i, row in enumerate(rows):
            refs = [((name,), name, getattr(row, name)) for name in ("soc", place)]
            refs += [(("footnotes", figure), "footnote", code) for figure, code in row.footnotes.items()]
            for path, kind, value in refs:
                if value not in known[kind][1]:
                    problem(key, (field, i) + path, f"unknown {kind} '{value}'; the {known[kind][0]} list of this file has the known ones")
            if (row.soc, getattr(row, place)) in seen:
                problem(key, (field, i), f"a second row for SOC {row.soc} and {place} {getattr(row, place)}")
            seen.add((row.soc, getattr(row, place)))
    for field, attr in (("occupations", "soc"), ("areas", "code"), ("industries", "code"), ("footnotes", "code")):
        seen = set()
        for i, entry in enumerate(getattr(wages, field)):
            if getattr(entry, attr) in seen:
                problem(key, (field, i, attr), f"duplicate {attr} '{getattr(entry, attr)}' in this list")
            seen.add(getattr(entry, attr))


def _strings(model):
    for path, value, _ in walk(model):
        if isinstance(value, str):
            yield path, value


def _placeholder_problems(text, tokens):
    if "[" not in text and "]" not in text:
        return []
    depth = 0
    for char in text:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth not in (0, 1):
            return [f"unbalanced square brackets in {text!r}; a placeholder looks like [Company Name]"]
    if depth:
        return [f"unbalanced square brackets in {text!r}; a placeholder looks like [Company Name]"]
    return [f"unknown placeholder [{token}]; add it to data/vocab/placeholders.yml or use one of its tokens"
            for token in PLACEHOLDER.findall(text) if tokens is not None and token not in tokens]


def _check_vocab_used(site, used, problem):
    for f in registry.SHARED:
        for offer in (o for o in f.offers if o.must_be_used):
            for i, entry in enumerate(getattr(part(site, f.name), offer.list)):
                value = getattr(entry, offer.id)
                if not used[offer.kind, value] and not (offer.kind == "role" and value in site.guides):
                    problem(f.path, (offer.list, i, offer.id),
                            f"{offer.kind} '{value}' is not used anywhere; use it or remove it")
