"""What many test files need, written once: paths, raw readings of the data, copies of the project, and the
problems `load_site` reports for a broken data folder."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = ROOT / "tests" / "fixtures"
ROLE = "account-manager"
# One tiny, complete and valid data folder for the tests that break data on purpose: one role, a few laws of each
# kind, the wage rows its profiles need and only the vocabulary it uses (tests/data/test_fixture_data.py holds it
# valid and small). Its occupations/ are six cut from the real data (each one's related occupations reduced to
# those of the set), with their wages and the release file: every profile's SOC code and every occupation page the
# site checks always sample (tests/gates.py ALWAYS_SAMPLED), loaded and built in a fraction of the time of all 923.
FIXTURE_DATA = FIXTURES / "data"
FIXTURE_OCCUPATIONS = FIXTURE_DATA / "occupations"
# A tiny ladder of levels: two rungs and one specialization branching from the top rung.
LADDER = FIXTURES / "ladder" / "levels.yml"
LADDER_FILE = "tests/fixtures/ladder/levels.yml"
OCCUPATION_PAGE = re.compile(r"\d\d-\d{4}(-\d\d)?")  # docs/occupations/<page id>/

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def read_yaml(text: str):
    """Raw YAML, read by PyYAML's C loader: the types of yaml.safe_load, many times faster on the wage file."""
    return yaml.load(text, Loader=yaml.CSafeLoader)


def raw(relpath: str, data: Path = DATA):
    """A data file as PyYAML reads it (not through the models under test): `raw("profiles.yml")`."""
    return read_yaml((data / relpath).read_text(encoding="utf-8"))


def raw_role(name: str, role: str = ROLE):
    """One file of a role's data as PyYAML reads it: `raw_role("levels.yml")`."""
    return raw(f"roles/{role}/{name}")


def edit(data: Path, name: str, old: str, new: str, count: int = 1) -> int:
    """Replace the first `count` of `old` in data/<name> by `new`; returns the line the first `old` started on."""
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def ladder_fixture(text: str | None = None):
    """The tiny ladder (or `text` in its place) validated, with its document (for line numbers)."""
    from macros.data.load import parse
    from macros.data.models.levels import LevelsFile
    from macros.data.site import validate

    doc, found = parse(text or LADDER.read_text(encoding="utf-8"), LADDER_FILE)
    model, invalid = validate(doc, LevelsFile)
    assert not found + invalid, found + invalid
    return model, doc


def problems(data: Path) -> list[str]:
    """Every problem `load_site` reports for the data folder, as printed; fails the test when there is none."""
    from macros.data.errors import DataError
    from macros.data.site import load_site

    with pytest.raises(DataError) as raised:
        load_site(data)
    return [str(p) for p in raised.value.problems]


def assert_reported(data: Path, relpath: str, old: str, new: str, path: str, message: str, shift: int = 0) -> None:
    """Break data/<relpath> by replacing `old` with `new`: `load_site` must report a problem that starts with
    `data/<relpath>:<line> <path>: <message>`, the line being the one `old` started on, moved by `shift`."""
    line = edit(data, relpath, old, new) + shift
    expected = f"data/{relpath}:{line} {path}: {message}"
    found = problems(data)
    assert any(p.startswith(expected) for p in found), "\n".join([expected, "--- got:"] + found)


def problems_or_none(data: Path) -> list[str]:
    """`problems`, or [] when the data folder loads."""
    from macros.data.errors import DataError
    from macros.data.site import load_site

    try:
        load_site(data)
    except DataError as error:
        return [str(p) for p in error.problems]
    return []


def copy_data(target: Path) -> Path:
    """A writable copy of the fixture data folder at `target`, to break on purpose."""
    shutil.copytree(FIXTURE_DATA, target)
    return target


def copy_real_data(target: Path, occupations: Path = FIXTURE_OCCUPATIONS) -> Path:
    """A copy of the real YAML data at `target`, with a copy of `occupations` as its occupations/: what a build of
    the real site reads."""
    shutil.copytree(DATA, target, ignore=lambda folder, names: ["occupations"] if Path(folder) == DATA else [])
    shutil.copytree(occupations, target / "occupations")
    return target


def copy_project(tmp_path: Path, target: str = "project", occupations: Path = FIXTURE_OCCUPATIONS,
                 fixture_data: bool = False) -> Path:
    """A writable copy of what a build reads (docs, data, macros, the theme's overrides, mkdocs.yml) at
    tmp_path/`target`, with `occupations` as its data's occupations/ and the pages of those occupations only: the
    fixture's few by default, which build in seconds; `occupations=DATA / "occupations"` for all of them. With
    `fixture_data`, its data/ is the fixture data folder (and its occupations), for tests that break data and run
    `make check` or `make pages` rather than a build of the real site."""
    if fixture_data:
        occupations = FIXTURE_OCCUPATIONS
    project = tmp_path / target if target else tmp_path
    kept = {path.stem for path in occupations.glob("*.json")}

    def ignore(folder, names):
        if Path(folder) == ROOT / "docs/occupations":
            return [name for name in names if OCCUPATION_PAGE.fullmatch(name) and name not in kept]
        return [name for name in names if name == "__pycache__"]

    for name in ("docs", "macros", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=ignore, dirs_exist_ok=True)
    if fixture_data:
        copy_data(project / "data")
    else:
        copy_real_data(project / "data", occupations)
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


# A page script that records every Content Security Policy violation in window.__violations, for the test to read.
WATCH = """window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`));"""


def mkdocs_build(project: Path, out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                          cwd=project, env=env, capture_output=True, text=True)


# Keys whose values are ids or fixed words rendered as labels, not text to find verbatim.
NOT_TEXT = {"id", "track", "audience", "currency", "period", "variable", "as_of", "category"}


def data_values(model):
    """Every text and number in a model that a reader must find on the site."""
    from macros.data.checks import walk

    for path, value, kind in walk(model):
        if kind or not path or path[-1] in NOT_TEXT or "former_ids" in path or isinstance(value, bool):
            continue
        if isinstance(value, str) or isinstance(value, (int, float)):
            yield path, value


def shown(value, text) -> bool:
    """Whether a page's text shows the value: text as written (spaces normalised), a number in any of its forms."""
    from site_text import normalise

    if isinstance(value, str):
        return normalise(value) in text
    forms = {f"{value:g}", f"{value:,.0f}", f"{value:,}"}
    return any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d,]|\.\d)", text) for form in forms)
