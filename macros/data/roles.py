"""What the data folder says of its guides before anything is validated: each role's title, which roles are
drafts, and which occupations have data. The page sets and the loader both ask here."""
import re
from pathlib import Path

from macros.data.load import read

OCCUPATIONS_DIR = "occupations"
OCCUPATION_FOLDER = re.compile(r"^\d{2}-\d{4}(-\d{2})?$")


def _role_file(data_dir: Path, role: str) -> dict | None:
    """The mapping at the top of a role's role.yml, or None where it cannot be read (the data's check says why)."""
    try:
        doc, problems = read(data_dir / "roles" / role / "role.yml", data_dir)
    except OSError:
        return None
    return doc.data if not problems and isinstance(doc.data, dict) else None


def role_titles(data_dir: Path) -> dict:
    """{role id: title} of every folder in data/roles/, read from its role.yml (drafts included)."""
    titles = {}
    for folder in sorted(p for p in (data_dir / "roles").glob("*") if p.is_dir()):
        title = (_role_file(data_dir, folder.name) or {}).get("title")
        one_line = isinstance(title, str) and title.strip() and len(title.splitlines()) == 1
        titles[folder.name] = title if one_line else folder.name  # the data's own check names what is wrong
    return titles


def is_draft(data_dir: Path, role: str) -> bool:
    """Whether the role's role.yml says `draft: true`: its files are then read but not validated or published."""
    return (_role_file(data_dir, role) or {}).get("draft") is True


def occupation_ids(data_dir: Path) -> list[str]:
    """The page id of every occupation with a guide: the names of data/occupations/<id>.json."""
    folder = data_dir / OCCUPATIONS_DIR
    return sorted(p.stem for p in folder.glob("*.json") if OCCUPATION_FOLDER.match(p.stem)) if folder.is_dir() else []
