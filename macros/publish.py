"""What the build may read and publish: refuse symbolic links and file types the site does not use.

MkDocs copies every file under `docs/` and the theme's `overrides/` into the site, and follows
symbolic links while doing so, so one stray link or `.env` file would be published to every reader.
"""
import os
from pathlib import Path

from .errors import DataError, Problem

DOCS_TYPES = {".md", ".css", ".js", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff2"}
OVERRIDES_TYPES = {".html"}
DATA_TYPES = {".yml", ".json", ".md"}
# Editor backups and swap files: excluded from the build by `exclude_docs` in mkdocs.yml, so not refused here.
EDITOR_LEFTOVERS = ("~", ".swp", ".swo", ".bak", ".orig", ".tmp")


def _is_leftover(name: str) -> bool:
    return name.startswith((".", "#")) or name.endswith(EDITOR_LEFTOVERS)


def tree_problems(folder: Path, allowed: set[str], root: Path) -> list[Problem]:
    """One problem per symbolic link or unpublishable file below `folder`; links are never followed."""
    problems = []
    if not folder.is_dir():
        return problems
    for current, dirs, files in os.walk(folder, followlinks=False):
        here = Path(current)
        for name in sorted(dirs + files):
            path = here / name
            shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
            if path.is_symlink():
                problems.append(Problem(shown, None, (), f"is a symbolic link (to {os.readlink(path)}); "
                                        "the build never publishes links: copy the file in, or remove the link"))
            elif name in files and not _is_leftover(name) and path.suffix.lower() not in allowed:
                kinds = " ".join(sorted(allowed))
                problems.append(Problem(shown, None, (), f"is not a file the site publishes (only {kinds}); "
                                        "move it out of this folder"))
        dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
    return problems


def check_publishable(docs_dir: Path, overrides_dir: Path, data_dir: Path, root: Path) -> None:
    """Raise `DataError` listing every link and stray file, before anything is read or built."""
    problems = (tree_problems(Path(docs_dir), DOCS_TYPES, root) + tree_problems(Path(overrides_dir), OVERRIDES_TYPES, root)
                + tree_problems(Path(data_dir), DATA_TYPES, root))
    if problems:
        raise DataError(problems, where="in the files to publish")
