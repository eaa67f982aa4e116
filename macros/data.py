"""Turn the data folder into one validated `Site`, or raise `DataError` listing every problem."""
import time
from pathlib import Path

from pydantic import BaseModel, ValidationError

from . import checks
from .errors import DataError, Problem
from .load import Document, data_files, fingerprint, read
from .occupation_load import check_occupations, load_occupations
from .schema import schema_name
from .models import GUIDE_FILES, LINE_PATTERN, SHARED_FILES, Guide, Site
from .pageset import check_pages, is_draft, role_titles

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

PLAIN_MESSAGES = {
    "missing": "required key is missing",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "string_type": "expected text",
    "list_type": "expected a list",
    "dict_type": "expected a mapping of keys to values",
    "model_type": "expected a mapping of keys to values",
    "model_attributes_type": "expected a mapping of keys to values",
    "bool_type": "expected true or false",
    "string_too_short": "expected non-empty text",
}


def _message(error: dict, schema_name: str) -> str:
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "extra_forbidden":
        return f"unknown key; the keys this place allows are listed in data/schema/{schema_name}"
    if kind == "literal_error":
        text = f"expected one of {ctx['expected']}"
    elif kind == "string_pattern_mismatch" and ctx.get("pattern") == ID_PATTERN:
        text = "expected an id: lowercase letters and digits, words joined by single hyphens"
    elif kind == "string_pattern_mismatch" and ctx.get("pattern") == LINE_PATTERN:
        text = "expected one line of text: a title, name or label has no line breaks"
    elif kind == "too_short":
        text = f"expected at least {ctx.get('min_length')} item(s)"
    elif kind == "string_too_short" and ctx.get("min_length", 1) > 1:
        text = f"expected text of at least {ctx['min_length']} characters"
    elif kind in ("greater_than", "greater_than_equal", "less_than_equal"):
        text = error["msg"].replace("Input should be", "expected a number")
    elif kind == "value_error":
        text = error["msg"].removeprefix("Value error, ")
    else:
        text = PLAIN_MESSAGES.get(kind, error["msg"][:1].lower() + error["msg"][1:])
    found = error.get("input")
    if kind != "missing" and not isinstance(found, (dict, list)):
        text += f", got {found!r}"
    return text


def _data_path(loc: tuple, data) -> tuple:
    """pydantic adds type names for union members to `loc`; keep only real keys and indexes."""
    path, node = [], data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            continue
        path.append(part)
    return tuple(path)


def validate(doc: Document, model: type[BaseModel]) -> tuple[BaseModel | None, list[Problem]]:
    if not isinstance(doc.data, dict):
        found = type(doc.data).__name__ if doc.data is not None else "nothing"
        return None, [Problem(doc.file, doc.line_of(()), (), f"expected a mapping of keys at the top, got {found}")]
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        return None, validation_problems(error, doc, schema_name(doc.file.removeprefix("data/")))


def validation_problems(error: ValidationError, doc: Document, schema: str) -> list[Problem]:
    """One problem per key path that pydantic refused, with the line `doc` knows for it."""
    merged = {}
    for item in error.errors():
        path = _data_path(item["loc"], doc.data)
        if item["type"] in ("missing", "extra_forbidden"):
            path = tuple(item["loc"][: len(path) + 1])
        merged.setdefault(path, []).append(_message(item, schema))
    return [Problem(doc.file, doc.line_of(path), path, " or ".join(dict.fromkeys(msgs)))
            for path, msgs in merged.items()]


def load_site(root: Path = DATA_DIR) -> Site:
    problems, docs, parts, guides = [], {}, {}, {}
    expected = {root / name: (name, model) for name, model in SHARED_FILES.items()}
    role_dirs = sorted(p for p in (root / "roles").iterdir() if p.is_dir()) if (root / "roles").is_dir() else []
    drafts = [d.name for d in role_dirs if is_draft(root, d.name)]
    for role_dir in role_dirs:
        for stem, model in GUIDE_FILES.items():
            expected[role_dir / f"{stem}.yml"] = ((role_dir.name, stem), None if role_dir.name in drafts else model)
    found = {p for p in data_files(root) if root / "schema" not in p.parents}
    for path in sorted(found - set(expected)):
        problems.append(Problem(_name(path, root), None, (), "no page renders this file; remove it or add it to macros/models.py"))
    for path, (key, model) in expected.items():
        if path not in found:
            problems.append(Problem(_name(path, root), None, (), "file is missing"))
            continue
        doc, parse_problems = read(path, root)
        problems += parse_problems
        if parse_problems or model is None:  # a draft is only read: it is validated once `draft: true` is gone
            continue
        value, model_problems = validate(doc, model)
        problems += model_problems
        docs[key] = doc
        if value is not None:
            if isinstance(key, tuple):
                guides.setdefault(key[0], {})[key[1]] = value
            else:
                parts[key] = value
    release, occupations, occupation_wages, occupation_problems = load_occupations(root)
    problems += occupation_problems
    if release is not None and not occupation_problems:
        profiles_doc = docs["profiles.yml"] if "profiles.yml" in parts else None  # only a valid list is looked at
        problems += check_occupations(release, occupations, occupation_wages, profiles_doc, root)
    occupation_parts = {"occupations": occupations, "occupation_release": release,
                        "occupation_wages": occupation_wages}
    if problems:  # still check the references among the files that validated, and report everything at once
        partial = Site.model_construct(**{checks.SITE_FIELDS[name]: value for name, value in parts.items()},
                                       guides={d.name: Guide.model_construct(**guides.get(d.name, {}))
                                               for d in role_dirs if d.name not in drafts}, drafts=drafts)
        raise DataError(problems + checks.check_site(partial, docs))
    site = Site(**{checks.SITE_FIELDS[name]: value for name, value in parts.items()},
                guides={role: Guide(**files) for role, files in guides.items()}, drafts=drafts, **occupation_parts)
    problems = checks.check_site(site, docs)
    if problems:
        raise DataError(problems)
    return site


_loaded = {}


def load_site_cached(root: Path = DATA_DIR) -> Site:
    """`load_site`, done again only when a data file was added, removed or changed."""
    key = (root, _fingerprint(root))
    if key not in _loaded:
        _loaded.clear()
        _loaded[key] = load_site(root)
    return _loaded[key]


def _name(path: Path, root: Path) -> str:
    return path.relative_to(root.parent).as_posix()


_pages_checked = {}


def pages_checked(docs_dir: Path, config_file: Path, root: Path = DATA_DIR) -> None:
    """`check_pages` once per change of the data (Zensical calls the macros module for every page)."""
    key = (docs_dir, config_file, _fingerprint(root))
    if key not in _pages_checked:
        problems = check_pages(docs_dir, config_file, role_titles(root))
        if problems:
            raise DataError(problems, "in the pages")
        _pages_checked.clear()
        _pages_checked[key] = True


_fingerprints = {}


def _fingerprint(root: Path, within: float = 1.0) -> tuple:
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
