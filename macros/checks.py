"""Rules that span files: unique ids, references that resolve, vocabularies in use, placeholders."""
import re
import types
import typing
from collections import Counter

from pydantic import BaseModel

from . import ladder, requirements
from .errors import Problem
from .models import GUIDE_FILES, SHARED_FILES, Ref
from .wage_models import NATIONAL

PLACEHOLDER = re.compile(r"\[([^\[\]]*)\]")


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


def _element(annotation):
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is list else None


def walk(value, path=(), annotation=None, metadata=()):
    """Yield (path, value, ref_kind) for every value inside a model, depth first."""
    kind = _ref_kind(annotation, metadata) if annotation is not None else None
    yield path, value, kind
    if isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            yield from walk(getattr(value, name), path + (field.alias or name,), field.annotation, field.metadata)
    elif isinstance(value, list):
        element = _element(annotation) if annotation is not None else None
        for i, item in enumerate(value):
            yield from walk(item, path + (i,), element)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, path + (key,))


def _models(site):
    """(document key, model) for every file of the site."""
    names = {"sources.yml": site.sources, "profiles.yml": site.profiles,
             "vocab/industries.yml": site.industries, "vocab/metros.yml": site.metros,
             "vocab/arrangements.yml": site.arrangements, "vocab/placeholders.yml": site.placeholders,
             "vocab/inclusive-language.yml": site.inclusive_language, "wages/oews.yml": site.wages,
             "pay-transparency.yml": site.pay_transparency, "vocab/pay-requirements.yml": site.pay_requirements,
             "vocab/law-sources.yml": site.law_sources, "vocab/posting-text.yml": site.posting_text}
    assert set(names) == set(SHARED_FILES)
    yield from names.items()
    for role, guide in site.guides.items():
        for stem in GUIDE_FILES:
            yield (role, stem), getattr(guide, stem)


def known_ids(site, role=None) -> dict:
    known = {
        "source": [s.id for s in site.sources.sources],
        "industry": [i.id for i in site.industries.industries],
        "metro": [m.id for m in site.metros.metros],
        "arrangement": [a.id for a in site.arrangements.arrangements],
        "role": [p.id for p in site.profiles.profiles],
        "requirement": [r.id for r in site.pay_requirements.requirements],
        "law-source": [s.id for s in site.law_sources.sources],
        "bls-area": [a.code for a in site.wages.areas],
    }
    if role:
        guide = site.guides[role]
        known |= {"level": [lv.id for lv in guide.levels.levels],
                  "stage": [s.id for s in guide.career.stages],
                  "category": [c.id for c in guide.interview.categories],
                  "competency": [c.id for c in guide.levels.competencies],
                  "pay-level": [b.id for b in guide.compensation.by_level]}
    return known


def check_site(site, docs) -> list[Problem]:
    problems, used = [], Counter()

    def problem(key, path, message):
        doc = docs[key]
        problems.append(Problem(doc.file, doc.line_of(path), path, message))

    for key, model in _models(site):
        known = known_ids(site, key[0] if isinstance(key, tuple) else None)
        for path, value, kind in walk(model):
            if kind and value is not None:
                used[kind, value] += 1
                if value not in known.get(kind, ()):
                    where = "data/sources.yml" if kind == "source" else f"the {kind} list"
                    problem(key, path, f"unknown {kind} '{value}'; known {kind}s ({where}): {', '.join(known[kind])}")
            if isinstance(value, list) and value and all(hasattr(v, "id") for v in value):
                for dup, count in Counter(v.id for v in value).items():
                    if count > 1:
                        index = max(i for i, v in enumerate(value) if v.id == dup)
                        problem(key, path + (index, "id"), f"duplicate id '{dup}' in this list")
    _check_guides(site, problem)
    _check_wages(site, problem)
    _check_vocab_used(site, used, problem)
    return problems


def _check_guides(site, problem):
    profiles = {p.id for p in site.profiles.profiles}
    for role, guide in site.guides.items():
        if guide.role.id != role:
            problem((role, "role"), ("id",), f"expected '{role}', the name of the role's folder")
        if role not in profiles:
            problem((role, "role"), ("id",), f"no profile for '{role}' in data/profiles.yml: add one (id, title, focus, "
                    "goal, key_activities, soc, sources); the home page and the comparisons list roles from there")
        _check_base_within_total(guide.compensation, lambda path, message: problem((role, "compensation"), path, message))
        cycles = _extends_cycles(guide.levels)
        for path, message in cycles or ladder.problems(guide.levels):  # the ladder's rules follow extends
            problem((role, "levels"), path, message)
        for i, level in enumerate(guide.levels.levels):
            count = len(requirements.required(level))
            if count > requirements.MAX_REQUIRED:
                problem((role, "levels"), ("levels", i, "soft_skills"),
                        f"{count} must-haves (required education and certification, hard and soft skills); a posting lists "
                        f"at most {requirements.MAX_REQUIRED}: merge or move some to preferred_qualifications")
        for i, industry in enumerate(guide.industries.industries):
            if [g.industry for g in guide.industries.industries].index(industry.industry) != i:
                problem((role, "industries"), ("industries", i, "industry"), f"industry '{industry.industry}' is described twice")
        for path, text in _strings(guide.templates):
            for token in _placeholder_problems(text, {p.token for p in site.placeholders.placeholders}):
                problem((role, "templates"), path, token)
            for term in inclusive_hits(site.inclusive_language.terms, text):
                problem((role, "templates"), path, f"'{term.term}' is {term.why.rstrip('.')}; try: {'; '.join(term.instead)}")
    for path, text in _strings(site.posting_text):
        for token in _placeholder_problems(text, {p.token for p in site.placeholders.placeholders}):
            problem("vocab/posting-text.yml", path, token)


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
    depth = 0
    for char in text:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if depth not in (0, 1):
            return [f"unbalanced square brackets in {text!r}; a placeholder looks like [Company Name]"]
    if depth:
        return [f"unbalanced square brackets in {text!r}; a placeholder looks like [Company Name]"]
    return [f"unknown placeholder [{token}]; add it to data/vocab/placeholders.yml or use one of its tokens"
            for token in PLACEHOLDER.findall(text) if token not in tokens]


def inclusive_hits(terms, text):
    """The inclusive-language terms found in `text`, as whole words, ignoring case."""
    return [t for t in terms if re.search(rf"(?<![\w-]){re.escape(t.term)}(?![\w-])", text, re.IGNORECASE)]


def _check_vocab_used(site, used, problem):
    vocab = [("source", "sources.yml", "sources", site.sources.sources),
             ("industry", "vocab/industries.yml", "industries", site.industries.industries),
             ("metro", "vocab/metros.yml", "metros", site.metros.metros),
             ("arrangement", "vocab/arrangements.yml", "arrangements", site.arrangements.arrangements),
             ("role", "profiles.yml", "profiles", site.profiles.profiles),
             ("requirement", "vocab/pay-requirements.yml", "requirements", site.pay_requirements.requirements),
             ("law-source", "vocab/law-sources.yml", "sources", site.law_sources.sources)]
    for kind, key, field, entries in vocab:
        for i, entry in enumerate(entries):
            if not used[kind, entry.id] and not (kind == "role" and entry.id in site.guides):
                problem(key, (field, i, "id"), f"{kind} '{entry.id}' is not used anywhere; use it or remove it")
