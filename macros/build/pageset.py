"""The page sets: macros/pages/ holds the one of every role guide, which `make pages` writes into docs/<role>/
with the role's title, and macros/pages/occupation/ the one of every occupation, written unchanged into
docs/occupations/<code>/ (each page finds its occupation from its folder). `check_pages` reports any page or nav
entry that differs from what `make pages` would write."""
import html
import json
import re
from pathlib import Path

from macros.domain.articles import with_article
from macros.data.errors import Problem
from macros.data.errors import DataError
from macros.data.roles import OCCUPATION_FOLDER, OCCUPATIONS_DIR, occupation_ids, role_titles
from macros.data.site import DATA_DIR, fingerprint_within_a_second

PAGES_DIR = Path(__file__).resolve().parents[1] / "pages"
ROLES_SECTION = "Roles"
# Folders of docs/ that hold no role guide: the site's scripts and styles, and the pages about every occupation.
NOT_GUIDES = {"assets", "occupations"}
# Occupation guides: docs/occupations/<code>/index.md for every occupation of the data, none in the nav
# (mkdocs.yml's not_in_nav); the browse pages of docs/occupations/ lead to them.
OCCUPATION_PAGE = PAGES_DIR / "occupation" / "index.md"

# The pages of a guide in nav order, with their nav titles (the overview takes the role's title).
NAV = (("index.md", None), ("responsibilities.md", "Responsibilities"), ("skills.md", "Skills and qualifications"),
       ("levels.md", "Levels"), ("industries.md", "Industries"), ("environments.md", "Work environments"),
       ("compensation.md", "Pay"), ("career.md", "Career path"), ("comparisons.md", "Compared with other roles"),
       ("hiring.md", "Hiring"), ("interview.md", "Interview questions"), ("scorecard.md", "Interview scorecard"),
       ("postings.md", "Real postings, analyzed"), ("templates.md", "Posting templates"),
       ("composer.md", "Posting composer"), ("success.md", "Success and challenges"), ("faq.md", "FAQ"),
       ("data.md", "About the data"))


def page_text(name: str, title: str) -> str:
    """A page of the set for one role: `{role}` in its front matter becomes the role's title, and `{a role}` the
    title after its article ("an Account Manager")."""
    text = (PAGES_DIR / name).read_text(encoding="utf-8")
    front, sep, body = text.partition("\n---\n")
    for token, value in (("{a role}", with_article(title)), ("{role}", title)):
        front = front.replace(token, json.dumps(value, ensure_ascii=False)[1:-1])
    return front + sep + body


def nav_block(titles: dict, indent: str = "  ") -> str:
    """The `Roles` section of mkdocs.yml for these roles, as `make pages` writes it."""
    lines = [f"{indent}- {ROLES_SECTION}:"]
    for role, title in titles.items():
        shown = html.escape(title, quote=False)  # the theme prints nav titles as HTML
        plain = re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 ,.()/'-]*", title) and not title.endswith(" ")
        lines.append(f"{indent}  - {shown if plain else json.dumps(shown, ensure_ascii=False)}:")
        for name, label in NAV:
            lines.append(f"{indent}      - {label + ': ' if label else ''}{role}/{name}")
    return "\n".join(lines) + "\n"


def _section(config: str):
    """(start, end, indent) of the `Roles` section of mkdocs.yml's text, or None."""
    match = re.search(rf"^( *)- {ROLES_SECTION}:\n(?:\1 +\S.*\n)*", config, flags=re.M)
    return (match.start(), match.end(), match.group(1)) if match else None


def write_pages(docs_dir: Path, config_file: Path, titles: dict, roles=None, occupations=()) -> list[Path]:
    """Write the page set into docs/<role>/ for `roles` (all by default) and the nav section for all roles, and the
    occupation page set into docs/occupations/<code>/ for every code of `occupations`, removing the pages of codes
    the data no longer has."""
    written = write_occupation_pages(docs_dir, occupations) if occupations else []
    for role in roles or titles:
        folder = docs_dir / role
        folder.mkdir(parents=True, exist_ok=True)
        for name, _ in NAV:
            text = page_text(name, titles[role])
            path = folder / name
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                written.append(path)
    config = config_file.read_text(encoding="utf-8")
    section = _section(config)
    if section is None:
        raise SystemExit(f"{config_file.name}: no '- {ROLES_SECTION}:' section in nav to write the roles into")
    start, end, indent = section
    block = nav_block(titles, indent)
    if config[start:end] != block:
        config_file.write_text(config[:start] + block + config[end:], encoding="utf-8")
        written.append(config_file)
    return written


def check_pages(docs_dir: Path, config_file: Path, titles: dict, occupations=None) -> list[Problem]:
    """Every role's pages and nav entry, and every occupation's page (when `occupations` gives their ids), as
    `make pages` would write them; no pages without a role's or an occupation's data."""
    problems = check_occupation_pages(docs_dir, occupations) if occupations is not None else []
    fix = "run `make pages` to rewrite it from the page set (edit macros/pages/, not the copies)"
    docs_name = docs_dir.name
    for folder in sorted(p for p in docs_dir.iterdir() if p.is_dir() and p.name not in NOT_GUIDES):
        if folder.name not in titles and any(folder.glob("*.md")):
            problems.append(Problem(f"{docs_name}/{folder.name}", None, (), (
                f"pages without data: there is no data/roles/{folder.name}/; create it with "
                f"`make role ID={folder.name} TITLE=\"...\"` or delete this folder")))
    names = {name for name, _ in NAV}
    for role, title in titles.items():
        folder = docs_dir / role
        for page in sorted(folder.glob("*.md")):
            if page.name not in names:
                problems.append(Problem(f"{docs_name}/{role}/{page.name}", None, (), (
                    "not in the page set: every guide has the same pages; add it to macros/pages/ and "
                    "macros/build/pageset.py NAV, or delete it")))
        for name, _ in NAV:
            where = f"{docs_name}/{role}/{name}"
            if not (folder / name).is_file():
                problems.append(Problem(where, None, (), f"page is missing; {fix}"))
                continue
            line = _first_difference((folder / name).read_text(encoding="utf-8"), page_text(name, title))
            if line:
                problems.append(Problem(where, line, (), f"differs from macros/pages/{name}; {fix}"))
    config = config_file.read_text(encoding="utf-8")
    section = _section(config)
    if section is None:
        problems.append(Problem(config_file.name, None, ("nav",), f"no '- {ROLES_SECTION}:' section; add one"))
        return problems
    start, end, indent = section
    line = _first_difference(config[start:end], nav_block(titles, indent))
    if line:
        expected = nav_block(titles, indent).splitlines()
        want = expected[line - 1].strip() if line <= len(expected) else "(nothing)"
        problems.append(Problem(config_file.name, config[:start].count("\n") + line, ("nav",), (
            f"the {ROLES_SECTION} section differs from the roles' data and the page set (expected: {want}); "
            "run `make pages` to rewrite it")))
    return problems


def _first_difference(found: str, expected: str) -> int | None:
    a, b = found.splitlines(), expected.splitlines()
    for i, (x, y) in enumerate(zip(a, b), start=1):
        if x != y:
            return i
    return min(len(a), len(b)) + 1 if len(a) != len(b) or found != expected else None


def _occupation_folders(docs_dir: Path) -> list[Path]:
    """The folders of docs/occupations/ named like an occupation code (the browse pages and tools beside them are not)."""
    parent = docs_dir / OCCUPATIONS_DIR
    return sorted(p for p in parent.iterdir() if p.is_dir() and OCCUPATION_FOLDER.match(p.name)) if parent.is_dir() else []


def write_occupation_pages(docs_dir: Path, codes) -> list[Path]:
    """docs/occupations/<code>/index.md for every code, from the occupation page set; the folders of codes not given
    are deleted (their pages only ever held the page set)."""
    text, written, wanted = OCCUPATION_PAGE.read_text(encoding="utf-8"), [], set(codes)
    for folder in _occupation_folders(docs_dir):
        if folder.name not in wanted:
            for page in folder.glob("*.md"):
                page.unlink()
                written.append(page)
            if not any(folder.iterdir()):
                folder.rmdir()
    for code in sorted(wanted):
        path = docs_dir / OCCUPATIONS_DIR / code / "index.md"
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def check_occupation_pages(docs_dir: Path, codes) -> list[Problem]:
    """Every occupation's page is the occupation page set; no occupation folder without the occupation's data."""
    problems, docs_name, wanted = [], docs_dir.name, set(codes)
    fix = "run `make pages` to rewrite it from the page set (edit macros/pages/occupation/, not the copies)"
    expected = OCCUPATION_PAGE.read_text(encoding="utf-8")
    for folder in _occupation_folders(docs_dir):
        where = f"{docs_name}/{OCCUPATIONS_DIR}/{folder.name}"
        if folder.name not in wanted and any(folder.glob("*.md")):
            problems.append(Problem(where, None, (), "pages without data: no occupation has this code; run "
                                    "`make pages`, which removes them"))
        for page in sorted(folder.glob("*.md")):
            if page.name != "index.md":
                problems.append(Problem(f"{where}/{page.name}", None, (), (
                    "not in the occupation page set: every occupation has one page, index.md; delete it")))
    for code in sorted(wanted):
        path = docs_dir / OCCUPATIONS_DIR / code / "index.md"
        where = f"{docs_name}/{OCCUPATIONS_DIR}/{code}/index.md"
        if not path.is_file():
            problems.append(Problem(where, None, (), f"page is missing; {fix}"))
            continue
        line = _first_difference(path.read_text(encoding="utf-8"), expected)
        if line:
            problems.append(Problem(where, line, (), f"differs from macros/pages/occupation/index.md; {fix}"))
    return problems


_pages_checked = {}


def pages_checked(docs_dir: Path, config_file: Path, root: Path = DATA_DIR) -> None:
    """`check_pages` once per change of the data (Zensical calls the macros module for every page)."""
    key = (docs_dir, config_file, fingerprint_within_a_second(root))
    if key not in _pages_checked:
        problems = check_pages(docs_dir, config_file, role_titles(root), occupation_ids(root))
        if problems:
            raise DataError(problems, "in the pages")
        _pages_checked.clear()
        _pages_checked[key] = True
