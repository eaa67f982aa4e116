"""Hostile data: the real site with every free-text field replaced, as models or as a data folder on disk."""
import itertools
import types
import typing
from pathlib import Path

import yaml
from pydantic import BaseModel

from macros.data.models.base import ID_FORMAT, NameIn
from macros.data.models.base import LINE_PATTERN, Ref
from macros.data.registry import GUIDE, SHARED, Site


def _unwrap(annotation, metadata=()):
    """(bare type, metadata) of an annotation, looking through Annotated and Optional."""
    metadata = list(metadata)
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *more = typing.get_args(annotation)
            metadata += more
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation, metadata
            annotation = args[0]
        else:
            return annotation, metadata


def is_free_text(annotation, metadata=()) -> bool:
    """Text a person wrote (a title is one line of it): not an id, nor another code with a pattern, not a reference
    (Ref, as checks.walk reports it), not a name that must match imported data (NameIn), not a Literal."""
    bare, metadata = _unwrap(annotation, metadata)
    return (bare is str and not any(isinstance(m, (Ref, NameIn)) or m is ID_FORMAT for m in metadata)
            and not any(getattr(m, "pattern", None) not in (None, LINE_PATTERN) for m in metadata))


def is_one_line(annotation, metadata=()) -> bool:
    """A title, name or label: text the schema keeps to one line."""
    _, metadata = _unwrap(annotation, metadata)
    return any(getattr(m, "pattern", None) == LINE_PATTERN for m in metadata)


def poison(value, make, annotation=None, metadata=()):
    """A copy of `value` in which every free-text string is replaced by make(one_line)."""
    if isinstance(value, BaseModel):
        return value.model_copy(update={
            name: poison(getattr(value, name), make, field.annotation, field.metadata)
            for name, field in type(value).model_fields.items()})
    if isinstance(value, list):
        bare, _ = _unwrap(annotation) if annotation is not None else (None, [])
        element = typing.get_args(bare)[0] if typing.get_origin(bare) is list else None
        return [poison(item, make, element) for item in value]
    if isinstance(value, dict):
        return {key: poison(item, make) for key, item in value.items()}
    if isinstance(value, str) and annotation is not None and is_free_text(annotation, metadata):
        return make(is_one_line(annotation, metadata))
    return value


def hostile_site(site, texts):
    """The real site with each free-text field replaced by one of `texts` plus a unique tag; returns (site, values).
    In a title, name or label, line breaks become spaces, as the schema allows no others."""
    counter, values = itertools.count(), []

    def make(one_line=False):
        n = next(counter)
        text = texts[n % len(texts)]
        values.append(f"{' '.join(text.splitlines()) if one_line else text} zq{n}qz")
        return values[-1]

    return poison(site, make), values


def write_data(site: Site, data_dir: Path) -> None:
    """Write `site` over the data folder `data_dir`, keeping each file's two header lines (schema, pages)."""
    files = {data_dir / f.path: getattr(site, f.name) for f in SHARED}
    for role, guide in site.guides.items():
        files |= {data_dir / "roles" / role / f.path: getattr(guide, f.name) for f in GUIDE}
    for path, value in files.items():
        header = "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:2])
        body = yaml.safe_dump(value.model_dump(mode="json", by_alias=True, exclude_none=True),
                              allow_unicode=True, sort_keys=False, width=10_000)
        path.write_text(header + body, encoding="utf-8")
