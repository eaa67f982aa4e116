"""`make role ID=<id> TITLE="<title>"`: a new role as a draft (its data files, pages and nav entry);
`make pages`: write every role's pages and the nav again from the page set."""
import re
import sys
import typing
from pathlib import Path

from pydantic import BaseModel

from macros.data.site import DATA_DIR, load_site
from macros.data.errors import DataError
from macros.data.load import INVISIBLE
from macros.data.models.base import ID_PATTERN, LINE_PATTERN
from macros.data.registry import GUIDE, DataFile
from macros.build.pageset import write_pages
from macros.data.roles import occupation_ids, role_titles

ROOT = DATA_DIR.parent
DRAFT_NOTE = """\
# DRAFT: this role is not published while role.yml says `draft: true`. Fill in every file of this folder
# (data/roles/account-manager/ has each file filled in, data/README.md explains every field), add the role
# to data/profiles.yml, then delete the `draft: true` line from role.yml and run `make check`.
"""


def _empty(annotation) -> str:
    """The YAML for an empty value of a field: [] for a list, {} for a mapping, "" for text."""
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    origin = typing.get_origin(annotation)
    if origin is list:
        return "[]"
    if origin is dict or (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
        return "{}"
    return '""'


def skeleton(role: str, title: str, file: DataFile) -> str:
    """A new guide's file: its schema and page lines, the draft note, the fields the registry starts it with, then
    every other required field, empty."""
    lines = [f"# yaml-language-server: $schema=../../schema/{file.schema}",
             f"# Rendered by: docs/{role}/{file.page or Path(file.path).stem}.md", DRAFT_NOTE.rstrip()]
    start = file.starts_with(role, title) if file.starts_with else {}
    lines += [f"{key}: {_scalar(value)}" for key, value in start.items()]
    for name, field in file.model.model_fields.items():
        if field.is_required() and (field.alias or name) not in start:
            lines.append(f"{field.alias or name}: {_empty(field.annotation)}")
    return "\n".join(lines) + "\n"


def _scalar(value) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else _quoted(str(value))


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def new_role(role: str, title: str, root: Path = ROOT) -> list[Path]:
    if not re.match(ID_PATTERN, role or ""):
        raise SystemExit(f"ID={role!r}: expected an id such as customer-success-manager "
                         "(lowercase letters and digits, words joined by single hyphens)")
    if not title or not title.strip():
        raise SystemExit('TITLE is empty: give the role\'s title, e.g. TITLE="Customer Success Manager"')
    if INVISIBLE.search(title) or not re.fullmatch(LINE_PATTERN, title):
        raise SystemExit(f"TITLE={title!r}: expected one line of visible text, without control characters")
    folder = root / "data" / "roles" / role
    if folder.exists() or (root / "docs" / role).exists():
        raise SystemExit(f"{role}: data/roles/{role}/ or docs/{role}/ exists already; choose another ID")
    folder.mkdir(parents=True)
    written = []
    for file in GUIDE:
        path = folder / file.path
        path.write_text(skeleton(role, title.strip(), file), encoding="utf-8")
        written.append(path)
    titles = role_titles(root / "data")
    return written + write_pages(root / "docs", root / "mkdocs.yml", titles, [role])


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--pages"]:
        try:
            load_site(DATA_DIR)  # the pages and the nav carry the roles' titles: write nothing from invalid data
        except DataError as error:
            print(f"{error}\nNothing was written: fix the data, then run `make pages` again.", file=sys.stderr)
            return 1
        written = write_pages(ROOT / "docs", ROOT / "mkdocs.yml", role_titles(DATA_DIR),
                              occupations=occupation_ids(DATA_DIR))
        print(f"{len(written)} file(s) rewritten from the page set" if written else "every role's pages are up to date")
        return 0
    if len(args) != 2:
        print('usage: make role ID=customer-success-manager TITLE="Customer Success Manager"', file=sys.stderr)
        return 2
    written = new_role(args[0], args[1])
    print(f"created {len(written)} files for the draft role {args[0]}:")
    print("\n".join(f"  {p.relative_to(ROOT)}" for p in written))
    print(DRAFT_NOTE.replace("# ", "").rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
