"""Reading data/occupations/: one JSON file per occupation and per SOC code's wages, and release.json.

The files are validated by pydantic straight from their JSON text (`model_validate_json`), which is fast
enough for a thousand files. Lines are worked out only for a file that has a problem: then the text is read
again, keeping the line of every key path, so a problem names file, line, key path and what was expected.
"""
import bisect
import hashlib
import json
import re
from json.decoder import scanstring
from pathlib import Path

from pydantic import ValidationError

from macros.data.errors import Problem
from macros.data.load import Document
from macros.data.models.occupations import (
    Occupation, OccupationRelease, OccupationWages, decreasing_percentiles, page_id,
)
from macros.data.validation import validation_problems

FOLDER = "occupations"
RELEASE = "release.json"
WAGES = "wages"
OCCUPATION_FILE = re.compile(r"^\d{2}-\d{4}(-\d{2})?\.json$")
WAGES_FILE = re.compile(r"^\d{2}-\d{4}\.json$")
# The schema each kind of file names in its "$schema" key, relative to the file (see macros/data/schema.py).
SCHEMAS = {Occupation: "occupation.schema.json", OccupationRelease: "occupation-release.schema.json",
           OccupationWages: "occupation-wages.schema.json"}
_SPACE = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def json_lines(text: str) -> dict[tuple, int]:
    """The line of every key path in a JSON text that `json.loads` accepts: ('rows', 3, 2) -> 812."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines = {}

    def line(pos):
        return bisect.bisect_right(starts, pos)

    def value(pos, path):
        pos = _SPACE.match(text, pos).end()
        lines.setdefault(path, line(pos))
        if text[pos] == "{":
            pos = _SPACE.match(text, pos + 1).end()
            while text[pos] != "}":
                key, end = scanstring(text, pos + 1)
                lines[path + (key,)] = line(pos)
                pos = value(_SPACE.match(text, end).end() + 1, path + (key,))
                pos = _SPACE.match(text, pos).end()
                pos = _SPACE.match(text, pos + 1).end() if text[pos] == "," else pos
            return pos + 1
        if text[pos] == "[":
            pos, index = _SPACE.match(text, pos + 1).end(), 0
            while text[pos] != "]":
                pos = _SPACE.match(text, value(pos, path + (index,))).end()
                pos = _SPACE.match(text, pos + 1).end() if text[pos] == "," else pos
                index += 1
            return pos + 1
        return _DECODER.raw_decode(text, pos)[1]

    value(0, ())
    return lines


_validated = {}


def read_json(path: Path, root: Path, model):
    """(the model, []) or (None, problems) for one JSON data file.

    Content validated before is not validated again: `make serve` reloads all data after an edit to one file,
    and tests load copies of the data folder."""
    name = path.relative_to(root.parent).as_posix()
    raw = path.read_bytes()
    key = (model, hashlib.blake2b(raw, digest_size=16).digest())
    if key in _validated:
        return _validated[key], []
    try:
        value = _validated[key] = model.model_validate_json(raw)
        return value, []
    except ValidationError as error:
        try:
            text = raw.decode("utf-8")
            data = json.loads(text)
        except UnicodeDecodeError as bad:
            return None, [Problem(name, raw[: bad.start].count(b"\n") + 1, (), "not UTF-8 text; save the file as UTF-8")]
        except json.JSONDecodeError as bad:
            return None, [Problem(name, bad.lineno, (), f"not valid JSON: {bad.msg} (column {bad.colno})")]
        return None, validation_problems(error, Document(name, data, json_lines(text)), SCHEMAS[model])


def load_occupations(root: Path):
    """(release, occupations by page id, wages by SOC code, problems) of `root`/occupations/.

    A data folder without it has no occupations: (None, {}, {}, [])."""
    folder = root / FOLDER
    if not folder.is_dir():
        return None, {}, {}, []
    problems, occupations, wages, release = [], {}, {}, None
    for path in sorted(folder.rglob("*")):
        if path.is_dir():
            continue
        name = path.relative_to(root.parent).as_posix()
        relative = path.relative_to(folder)
        if relative.as_posix() == RELEASE:
            release, found = read_json(path, root, OccupationRelease)
        elif len(relative.parts) == 1 and OCCUPATION_FILE.match(path.name):
            occupation, found = read_json(path, root, Occupation)
            if occupation is not None:
                occupations[occupation.id] = occupation
                if occupation.id != path.stem:
                    found = [Problem(name, 3, ("id",), f"expected '{path.stem}', the name of the file")]
        elif relative.parts[0] == WAGES and len(relative.parts) == 2 and WAGES_FILE.match(path.name):
            soc_wages, found = read_json(path, root, OccupationWages)
            if soc_wages is not None:
                wages[soc_wages.soc] = soc_wages
                if soc_wages.soc != path.stem:
                    found = [Problem(name, 3, ("soc",), f"expected '{path.stem}', the name of the file")]
        else:
            found = [Problem(name, None, (), "no page renders this file; occupation files are named <page id>.json, "
                                             f"wages files {WAGES}/<SOC code>.json, and {RELEASE} holds the rest")]
        problems += found
    if release is None and not any(p.file.endswith(RELEASE) for p in problems):
        problems.append(Problem(f"{folder.relative_to(root.parent).as_posix()}/{RELEASE}", None, (), "file is missing"))
    return release, dict(sorted(occupations.items())), dict(sorted(wages.items())), problems


def load_folder(root: Path, valid: dict, docs: dict) -> tuple[dict, list[Problem]]:
    """The site's fields from `root`/occupations/ and their problems; `valid` holds the shared files that validated (by
    their field in Site) and `docs` what was read of them, for the references from data/profiles.yml."""
    release, occupations, wages, problems = load_occupations(root)
    if release is not None and not problems:
        profiles_doc = docs["profiles.yml"] if "profiles" in valid else None  # only a valid list is looked at
        problems += check_occupations(release, occupations, wages, profiles_doc, root)
    return {"occupations": occupations, "occupation_release": release, "occupation_wages": wages}, problems


def check_occupations(release, occupations, wages, profiles_doc, root: Path) -> list[Problem]:
    """What a schema cannot hold: references between the occupation files, and from data/profiles.yml to them."""
    problems = []
    lines = {}

    def problem(file, path, message):
        if file not in lines:
            text = (root.parent / file).read_text(encoding="utf-8")
            lines[file] = json_lines(text)
        problems.append(Problem(file, Document(file, None, lines[file]).line_of(path), path, message))

    folder = f"{root.name}/{FOLDER}"
    left_out = {item.onet_code for item in release.left_out}
    families = {family.code for family in release.families}
    categories = {(c.scale, c.category) for c in release.categories}
    areas = {area.code for area in release.areas}
    footnotes = {note.code for note in release.oews.footnotes}
    elements = {element.id for element in release.elements}
    by_code = {occupation.onet_code: occupation.id for occupation in occupations.values()}
    for item in release.left_out:
        if item.onet_code in by_code:
            problem(f"{folder}/{RELEASE}", ("left_out",), f"{item.onet_code} is left out, but has a guide: "
                                                          f"{folder}/{page_id(item.onet_code)}.json")
    used_wages = set()
    for occupation in occupations.values():
        file = f"{folder}/{occupation.id}.json"
        if occupation.family not in families:
            problem(file, ("family",), f"job family {occupation.family} is not in {folder}/{RELEASE} families")
        for i, related in enumerate(occupation.related):
            expected = by_code.get(related.onet_code)
            if related.id != expected:
                problem(file, ("related", i, "id"), f"expected {expected!r}: "
                        + (f"the page id of {related.onet_code}" if expected else f"{related.onet_code} has no guide"))
            if expected is None and related.onet_code not in left_out:
                problem(file, ("related", i, "onet_code"), f"{related.onet_code} has no guide and is not in the "
                        f"left_out list of {folder}/{RELEASE}, which must say why")
        for field in ("skills", "knowledge"):
            for i, rating in enumerate(getattr(occupation, field) or []):
                if rating.id not in elements:
                    problem(file, (field, i, "id"), f"{rating.id} is not in {folder}/{RELEASE} elements")
        for i, distribution in enumerate(occupation.education or []):
            for j, (category, _) in enumerate(distribution.percents):
                if (distribution.scale, category) not in categories:
                    problem(file, ("education", i, "percents", j), f"category {category} of scale "
                            f"{distribution.scale} is not in {folder}/{RELEASE} categories")
        for key, soc in (("oews_soc", occupation.oews_soc), ("oews_broader", occupation.oews_broader)):
            if soc is not None:
                used_wages.add(soc)
                if soc not in wages:
                    problem(file, (key,), f"no wages file {folder}/{WAGES}/{soc}.json")
    for soc, soc_wages in wages.items():
        file = f"{folder}/{WAGES}/{soc}.json"
        if soc not in used_wages:
            problem(file, ("soc",), "no occupation names this SOC code in oews_soc or oews_broader")
        for i, row in enumerate(soc_wages.rows):
            if row[0] not in areas:
                problem(file, ("rows", i, 0), f"area {row[0]} is not in {folder}/{RELEASE} areas")
            disorder = decreasing_percentiles(row)
            if disorder:
                problem(file, ("rows", i), disorder)
        for i, row in enumerate(soc_wages.hourly):
            for j, note in enumerate(row[1:], 1):
                if isinstance(note, str) and note not in footnotes:
                    problem(file, ("hourly", i, j), f"footnote {note} is not in {folder}/{RELEASE} oews.footnotes")
            for j, note in enumerate(row[1:], 1):
                if isinstance(note, str) and note not in footnotes:
                    problem(file, ("rows", i, j), f"footnote {note} is not in {folder}/{RELEASE} oews.footnotes")
    if profiles_doc is not None:  # the deep guides link to the occupations of their profile's SOC codes
        left_out_soc = {code[:7] for code in left_out if code.endswith(".00")}
        for i, profile in enumerate(profiles_doc.data["profiles"]):
            for j, match in enumerate(profile["soc"]):
                if match["code"] not in occupations and match["code"] not in left_out_soc:
                    path = ("profiles", i, "soc", j, "code")
                    problems.append(Problem(profiles_doc.file, profiles_doc.line_of(path), path,
                                            f"SOC {match['code']} has no occupation guide and is not in the "
                                            f"left_out list of {folder}/{RELEASE}"))
    return problems
