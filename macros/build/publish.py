"""What the build may read and publish, by allow-list: refuse symbolic links, hidden names, file types the site
does not use, and SVG files that could run script or load from elsewhere.

MkDocs copies every file under `docs/` and the theme's `overrides/` into the site, and follows
symbolic links while doing so, so one stray link or `.env` file would be published to every reader.
An SVG file opened on its own runs its scripts on the site's origin, where no page's policy applies.
"""
import os
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from macros.data.errors import DataError, Problem

DOCS_TYPES = {".md", ".css", ".js", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff2"}
OVERRIDES_TYPES = {".html"}
DATA_TYPES = {".yml", ".json", ".md"}
# Editor backups and swap files: `exclude_docs` in mkdocs.yml keeps them out of the site, and the data folder is
# never published, so there they are let be. The theme's folder has no such exclusion: there they are refused.
EDITOR_LEFTOVERS = re.compile(r"(~|\.swp|\.swo|\.bak|\.orig|\.tmp)$|^#.*#$")
# In an SVG file: elements that run script or embed another document, and attributes that load from elsewhere.
SVG_ACTIVE = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"}
SVG_ANIMATION = {"set", "animate", "animatemotion", "animatetransform"}
SVG_EXTERNAL = re.compile(r"url\(\s*+['\"]?+\s*+(?!#)|@import", re.I)


def _svg_problem(path: Path) -> str | None:
    """Why an SVG file may not be published, or None: it must be plain drawing, with references only inside itself."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if re.search(r"<!(DOCTYPE|ENTITY)", text, re.I):
        return "is an SVG with a DOCTYPE or entities; save it without them"
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        return f"is an SVG that is not well-formed XML ({error}); the build publishes only SVG files it can check"
    for element in root.iter():
        tag = str(element.tag).rsplit("}", 1)[-1].lower()
        if tag in SVG_ACTIVE:
            return f"is an SVG with a <{tag}> element; the site publishes only SVG without script or embedded documents"
        for name, value in element.attrib.items():
            local = name.rsplit("}", 1)[-1].lower()
            if local.startswith("on"):
                return f"is an SVG with an event handler ({local}); the site publishes only SVG without script"
            if local in ("href", "src") and not value.strip().startswith("#"):
                return f"is an SVG with an external reference ({local}={value[:60]!r}); keep every reference inside the file"
            if tag in SVG_ANIMATION and local == "attributename" and value.strip().lower() in ("href", "xlink:href"):
                return "is an SVG that animates a link; the site publishes only SVG without script"
            if SVG_EXTERNAL.search(value):
                return f"is an SVG with an external reference in {local}; keep every reference inside the file"
        if tag == "style" and SVG_EXTERNAL.search(element.text or ""):
            return "is an SVG whose style loads from elsewhere; keep every reference inside the file"
    return None


def _name_problem(name: str, is_dir: bool, allowed: set[str], backups_excluded: bool) -> str | None:
    if backups_excluded and EDITOR_LEFTOVERS.search(name):
        return None
    if name.startswith((".", "#")):
        kind = "folder" if is_dir else "file"
        return (f"is a hidden or backup {kind} (its name starts with {name[0]!r}); the site publishes no such name: "
                "move it out of this folder")
    if not is_dir and Path(name).suffix.lower() not in allowed:
        return f"is not a file the site publishes (only {' '.join(sorted(allowed))}); move it out of this folder"
    return None


def tree_problems(folder: Path, allowed: set[str], root: Path, backups_excluded: bool = True) -> list[Problem]:
    """One problem per symbolic link, hidden name, unpublishable file or unsafe SVG below `folder`, each named;
    links are never followed."""
    problems = []
    if not folder.is_dir():
        return problems
    for current, dirs, files in os.walk(folder, followlinks=False):
        here = Path(current)
        for name in sorted(dirs + files):
            path = here / name
            shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
            if path.is_symlink():
                problem = (f"is a symbolic link (to {os.readlink(path)}); "
                           "the build never publishes links: copy the file in, or remove the link")
            else:
                problem = _name_problem(name, name in dirs, allowed, backups_excluded)
                if problem is None and name in files and path.suffix.lower() == ".svg":
                    problem = _svg_problem(path)
            if problem:
                problems.append(Problem(shown, None, (), problem))
        dirs[:] = [d for d in dirs if not (here / d).is_symlink() and not d.startswith((".", "#"))]
    return problems


def check_publishable(docs_dir: Path, overrides_dir: Path, data_dir: Path, root: Path) -> None:
    """Raise `DataError` listing every link and stray file, before anything is read or built."""
    problems = (tree_problems(Path(docs_dir), DOCS_TYPES, root)
                + tree_problems(Path(overrides_dir), OVERRIDES_TYPES, root, backups_excluded=False)
                + tree_problems(Path(data_dir), DATA_TYPES, root))
    if problems:
        raise DataError(problems, where="in the files to publish")
