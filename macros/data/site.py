"""Turn the data folder into one validated `Site`, or raise `DataError` listing every problem."""
import time
from pathlib import Path

from pydantic import BaseModel, ValidationError

from macros.data import checks
from macros.data.errors import DataError, Problem
from macros.data.load import DATA_DIR, Document, data_files, fingerprint, read
from macros.data import registry
from macros.data.registry import Guide, Site
from macros.data.roles import is_draft
from macros.data.validation import validation_problems

# The JSON Schema each model's file names, which a problem's message points to.
SCHEMAS = {f.model: f.schema for f in registry.SHARED + registry.GUIDE}


def validate(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[Problem]]:
    if not isinstance(doc.data, dict):
        found = type(doc.data).__name__ if doc.data is not None else "nothing"
        return None, [Problem(doc.file, doc.line_of(()), (), f"expected a mapping of keys at the top, got {found}")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        return None, validation_problems(error, doc, SCHEMAS[model])


def load_site(root: Path = DATA_DIR) -> Site:
    problems, docs, parts, guides = [], {}, {}, {}
    expected = {root / f.path: (f.path, f, f) for f in registry.SHARED}
    role_dirs = sorted(p for p in (root / "roles").iterdir() if p.is_dir()) if (root / "roles").is_dir() else []
    drafts = [d.name for d in role_dirs if is_draft(root, d.name)]
    for role_dir in role_dirs:  # a draft is only read: it is validated once `draft: true` is gone
        for f in registry.GUIDE:
            expected[role_dir / f.path] = ((role_dir.name, f.name), f, None if role_dir.name in drafts else f)
    found = {p for p in data_files(root) if root / "schema" not in p.parents}
    for path in sorted(found - set(expected)):
        problems.append(Problem(_name(path, root), None, (),
                                "no page renders this file; remove it or declare it in macros/data/registry.py"))
    for path, (key, declared, validated) in expected.items():
        if path not in found:
            problems.append(Problem(_name(path, root), None, (), "file is missing"))
            continue
        doc, parse_problems = read(path, root)
        problems += parse_problems
        if parse_problems or validated is None:
            continue
        value, model_problems = validate(doc, declared.model)
        problems += model_problems
        docs[key] = doc
        if value is not None:
            if isinstance(key, tuple):
                guides.setdefault(key[0], {})[key[1]] = value
            else:
                parts[declared.name] = value
    folder_parts = {}
    for folder in registry.FOLDERS:
        values, folder_problems = folder.load(root, parts, docs)
        folder_parts |= values
        problems += folder_problems
    if problems:  # still check the references among the files that validated, and report everything at once
        partial = Site.model_construct(**parts, guides={d.name: Guide.model_construct(**guides.get(d.name, {}))
                                                        for d in role_dirs if d.name not in drafts}, drafts=drafts)
        raise DataError(problems + checks.check_site(partial, docs))
    site = Site(**parts, guides={role: Guide(**files) for role, files in guides.items()}, drafts=drafts, **folder_parts)
    problems = checks.check_site(site, docs)
    if problems:
        raise DataError(problems)
    return site


_loaded = {}


def load_site_cached(root: Path = DATA_DIR) -> Site:
    """`load_site`, done again only when a data file was added, removed or changed."""
    key = (root, fingerprint_within_a_second(root))
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load_site(root)
    return _loaded[key]


def _name(path: Path, root: Path) -> str:
    return path.relative_to(root.parent).as_posix()


_fingerprints = {}


def fingerprint_within_a_second(root: Path, within: float = 1.0) -> tuple:
    """`fingerprint`, taken again only when the last one is older than `within` seconds: Zensical calls the
    macros module once per page, and stat-ing every data file each time costs as much as the pages."""
    now = time.monotonic()
    taken = _fingerprints.get(root)
    if taken is None or now - taken[0] > within:
        taken = _fingerprints[root] = (now, fingerprint(root))
    return taken[1]


_done = {}


def at_most_once_a_second(key, check) -> None:
    """Run `check` unless it passed for `key` less than a second ago: Zensical calls the macros module for every
    page, and checks that walk every folder would otherwise cost as much as the pages."""
    if time.monotonic() - _done.get(key, float("-inf")) > 1.0:
        check()
        _done[key] = time.monotonic()
