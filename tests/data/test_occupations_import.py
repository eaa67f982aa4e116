"""The occupation import (macros/cli/import_occupations.py) on a tiny release made here, and the committed files."""
import csv
import gzip
import hashlib
import io
import json
import os
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT
from macros.cli import import_occupations as occupations_import, import_wages as wages_import
from macros.cli.import_wages import ImportFailure
from test_wages_import import FOOTNOTES, FULL, cell, make_wheel

ONET = "onet-30.1"
SALES_MANAGERS = "Sales Managers"
SERVICES = "Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel"
OTHER = "Business Operations Specialists, All Other"
C = occupations_import.COLUMNS

# The text release's rows, as O*NET writes them: tab-delimited, Windows line endings.
TEXT_FILES = {
    "Occupation Data": [["11-2022.00", SALES_MANAGERS, "Plan and direct sales."],
                        ["13-1199.00", OTHER, "All business operations specialists not listed separately."],
                        ["41-3091.00", SERVICES, "Sell services to individuals or businesses."]],
    "Content Model Reference": [["2.A.1.a", "Reading Comprehension", "Understanding written sentences."],
                                ["2.A.1.b", "Active Listening", "Giving full attention to what people say."],
                                ["2.C.1.a", "Administration and Management", "Business and management principles."],
                                ["2.C.1.b", "Clerical", "Procedures and systems such as filing."]],
    "Task Statements": [["11-2022.00", "1", "Visit customers.", "Supplemental", "80", "08/2023", "Incumbent"],
                        ["11-2022.00", "2", "Direct sales staff.", "Core", "95", "08/2023", "Incumbent"],
                        ["41-3091.00", "3", "Answer customers' questions.", "n/a", "n/a", "08/2025", "Analyst"]],
    "Alternate Titles": [["11-2022.00", "Sales Director", "n/a", "08"],
                         ["13-1199.00", "Business Analyst", "n/a", "08"],
                         ["41-3091.00", "Account Executive", "AE", "04,06"]],
    "Sample of Reported Titles": [["11-2022.00", "Regional Sales Manager", "Y"]],
    "Technology Skills": [["11-2022.00", "Salesforce CRM", "43232306", "Customer relationship management software", "Y", "N"],
                          ["11-2022.00", "HubSpot CRM", "43232306", "Customer relationship management software", "N", "Y"],
                          ["41-3091.00", "Microsoft Excel", "43232110", "Spreadsheet software", "Y", "N"]],
    "Job Zones": [["11-2022.00", "4", "08/2023", "Analyst"], ["41-3091.00", "2", "08/2025", "Analyst"]],
    "Job Zone Reference": [[str(zone), f"Job Zone {zone}", "Experience.", "Education.", "Training.", "Examples.",
                            f"({zone}.0)"] for zone in range(1, 6)],
    "Related Occupations": [["11-2022.00", "13-1199.00", "Supplemental", "2"],
                            ["11-2022.00", "41-3091.00", "Primary-Short", "1"],
                            ["41-3091.00", "11-2022.00", "Primary-Short", "1"]],
    "Education, Training, and Experience": [
        ["11-2022.00", "2.D.1", "Required Level of Education", "RL", "1", "20.00", "20", "1.0", "n/a", "n/a", "N",
         "08/2023", "Incumbent"],
        ["11-2022.00", "2.D.1", "Required Level of Education", "RL", "2", "80.00", "20", "1.0", "n/a", "n/a", "Y",
         "08/2023", "Incumbent"],
        ["11-2022.00", "2.D.4.a", "Job-Related Professional Certification", "IM", "n/a", "2.00", "20", "1.0",
         "n/a", "n/a", "N", "08/2023", "Incumbent"]],
    "Education, Training, and Experience Categories": [
        ["2.D.1", "Required Level of Education", "RL", "1", "Less than a High School Diploma"],
        ["2.D.1", "Required Level of Education", "RL", "2", "High School Diploma - or the equivalent"],
        ["3.A.1", "Related Work Experience", "RW", "1", "None"]],
    "Scales Reference": [["IM", "Importance", "1", "5"], ["LV", "Level", "0", "7"], ["CX", "Context", "1", "5"],
                         ["RL", "Required Level Of Education (Categories 1-12)", "0", "100"]],
}
# Skills.xlsx and Knowledge.xlsx rows: code, element, scale, value, recommend suppress, not relevant.
RATINGS = {
    "Skills": [("11-2022.00", "2.A.1.a", "Reading Comprehension", "IM", 3.5, "N", None),
               ("11-2022.00", "2.A.1.a", "Reading Comprehension", "LV", 4.0, "N", "N"),
               ("11-2022.00", "2.A.1.b", "Active Listening", "IM", 4.25, "N", None),
               ("11-2022.00", "2.A.1.b", "Active Listening", "LV", 1.5, "Y", "Y")],
    "Knowledge": [("11-2022.00", "2.C.1.a", "Administration and Management", "IM", 4.6, "Y", None),
                  ("11-2022.00", "2.C.1.a", "Administration and Management", "LV", 5.1, None, "N"),
                  ("11-2022.00", "2.C.1.b", "Clerical", "IM", 2.1, "N", None),
                  ("11-2022.00", "2.C.1.b", "Clerical", "LV", 1.8, "N", "N")],
}
TABLE_TITLE = "Table 1.2 Occupational projections, 2024–2034, and worker characteristics, 2024 (Employment in thousands)"
NA = "—"
PROJECTION_ROWS = [
    ("Total, all occupations", "00-0000", "Summary", 169956.1, 175167.9, 100, 100, 5211.8, 3.1, 5.8, 18863.3, 49500,
     NA, NA, NA, NA),
    ("  Management occupations", "11-0000", "Summary", 13607.6, 14441, 8, 8.2, 833.4, 6.1, 14.1, 1147.9, 122090,
     NA, NA, NA, NA),
    ("      Sales managers", "11-2022", "Line item", 600.5, 630.1, 0.4, 0.4, 29.6, 4.9, 3.2, 45.1, ">=$239,200",
     "Bachelor's degree", "Less than 5 years", "None", "OOH Content"),
    ("  Business and financial operations occupations", "13-0000", "Summary", 11262, 11848.9, 6.6, 6.8, 586.9, 5.2,
     3.5, 1040.2, 80920, NA, NA, NA, NA),
    ("  Sales and related occupations", "41-0000", "Summary", 13000.5, 12900.2, 7.6, 7.4, -100.3, -0.8, 6.9, 1500.1,
     37460, NA, NA, NA, NA),
    ("      Sales representatives of services, except advertising, insurance, financial services, and travel",
     "41-3091", "Line item", 1200.4, 1250.9, 0.7, 0.7, 50.5, 4.2, NA, 130.6, 67890,
     "High school diploma or equivalent", "None", "Moderate-term on-the-job training", NA),
    ("Footnotes:",) + (None,) * 15,
    ("[1] Data are from the Occupational Employment and Wage Statistics program.",) + (None,) * 15,
]


def text_file(stem, rows):
    lines = ["\t".join(C[stem])] + ["\t".join(row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def workbook(sheets):
    """An .xlsx holding {sheet name: rows}."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def rating_rows(stem):
    titles = {row[0]: row[1] for row in TEXT_FILES["Occupation Data"]}
    return [C[stem]] + [[code, titles[code], element, name, scale, "Importance" if scale == "IM" else "Level", value,
                         20, 0.1, value - 0.2, value + 0.2, suppress, relevant, "08/2023", "Analyst"]
                        for code, element, name, scale, value, suppress, relevant in RATINGS[stem]]


def release_files(text_files=TEXT_FILES, projection_rows=PROJECTION_ROWS, ratings=RATINGS):
    """Relative path -> the bytes of each release file (unpacked, for the .gz ones)."""
    files = {f"{ONET}/{stem}.txt.gz": text_file(stem, rows) for stem, rows in text_files.items()}
    for stem in ratings:
        files[f"{ONET}/{stem}.xlsx"] = workbook({stem: rating_rows(stem)})
    files["bls-projections-2024-34/occupation.xlsx"] = workbook({
        "Index": [("Occupation.xlsx contents",)],
        "Table 1.2": [(TABLE_TITLE,) + (None,) * 15, C["Table 1.2"], *projection_rows]})
    return files


def write_release(folder: Path, files: dict) -> dict:
    """Write the files as released (the text files gzipped); returns the pins of their unpacked content."""
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}


HOURLY_ONLY = "Wages for some occupations that do not generally work year-round, full time, are reported either as hourly wages or annual salaries depending on how they are typically paid."
ANNUAL = ("04", "11", "12", "13", "14", "15")
CELLS = [
    cell("N", "0000000", "000000", "413091"),
    # only hourly wages published (footnote 4), as for actors
    cell("S", "3600000", "000000", "413091",
         FULL | {code: "-" for code in ANNUAL} | {"03": "38.46", "06": "20.50", "07": "25", "08": "33.65", "09": "48.08", "10": "-"},
         {code: "4" for code in ANNUAL} | {"10": "5"}),
    # employment not released, 90th percentile top-coded
    cell("M", "0035620", "000000", "413091", FULL | {"01": "-", "15": "-"}, {"01": "8", "15": "5"}),
    cell("M", "3600004", "000000", "413091"),  # nonmetropolitan: left out
    cell("N", "0000000", "54--55", "413091"),  # an industry sector: left out
]


@pytest.fixture
def wheel(tmp_path):
    return make_wheel(tmp_path, CELLS, footnotes=FOOTNOTES + [("4", HOURLY_ONLY)])


def run(tmp_path, wheel, files=None, pins=None):
    folder = tmp_path / "releases"
    written = write_release(folder, files or release_files())
    path, wheel_sha256 = wheel
    return occupations_import.import_occupations(folder, path, pins or written, wheel_sha256)


def test_a_small_release_becomes_one_file_per_occupation_with_its_wages_once_per_soc_code(tmp_path, wheel):
    texts = run(tmp_path, wheel)
    assert sorted(texts) == ["11-2022.json", "41-3091.json", "release.json", "wages/41-3091.json"]
    managers, services = json.loads(texts["11-2022.json"]), json.loads(texts["41-3091.json"])
    assert [(task["id"], task["type"]) for task in managers["tasks"]] == [(2, "Core"), (1, "Supplemental")]
    assert managers["alternate_titles"] == [{"title": "Sales Director"}]
    assert services["alternate_titles"] == [{"title": "Account Executive", "short": "AE"}]
    assert managers["reported_titles"] == [{"title": "Regional Sales Manager", "my_next_move": True}]
    assert managers["skills"] == [
        {"id": "2.A.1.b", "importance": 4.25, "level": 1.5, "level_suppressed": True, "level_not_relevant": True},
        {"id": "2.A.1.a", "importance": 3.5, "level": 4.0}]
    # O*NET's flag is per estimate: a suppressed importance, its level kept, comes after the importance shown
    assert managers["knowledge"] == [{"id": "2.C.1.b", "importance": 2.1, "level": 1.8},
                                     {"id": "2.C.1.a", "importance": 4.6, "level": 5.1, "importance_suppressed": True}]
    assert managers["technology"] == [{"code": 43232306, "title": "Customer relationship management software",
                                       "examples": [{"name": "Salesforce CRM", "hot": True},
                                                    {"name": "HubSpot CRM", "in_demand": True}]}]
    assert managers["job_zone"] == 4 and services["job_zone"] == 2
    assert managers["education"] == [{"scale": "RL", "name": "Required Level of Education",
                                      "percents": [[1, 20.0], [2, 80.0]], "suppressed": [2]}]
    assert managers["related"] == [
        {"onet_code": "41-3091.00", "id": "41-3091", "tier": "Primary-Short", "index": 1},
        {"onet_code": "13-1199.00", "id": None, "tier": "Supplemental", "index": 2}]
    assert managers["family"] == "11-0000"
    assert managers["projections"] == {
        "matrix_code": "11-2022", "matrix_title": "Sales managers", "match": "exact", "employment_2024": 600.5,
        "employment_2034": 630.1, "change": 29.6, "percent_change": 4.9, "self_employed_percent": 3.2,
        "openings": 45.1, "median_wage": None, "education": "Bachelor's degree", "experience": "Less than 5 years",
        "training": "None", "unavailable": {"median_wage": ">=$239,200"}}
    assert services["projections"]["self_employed_percent"] is None
    assert services["projections"]["unavailable"] == {"self_employed_percent": "—"}
    assert services["projections"]["median_wage"] == 67890
    assert managers["oews_soc"] is None and "oews_broader" not in managers
    assert managers["gaps"] == {"wages": "The OEWS May 2025 release has no row for SOC 11-2022, nor for a broader "
                                         "code that includes it."}
    assert services["oews_soc"] == "41-3091"
    assert services["tasks"] == [{"id": 3, "text": "Answer customers' questions.", "type": None}]
    assert services["skills"] is None and services["knowledge"] is None and services["education"] is None
    assert services["gaps"] == {
        "education": "O*NET 30.1 has no education, training and experience ratings for this occupation.",
        "knowledge": "O*NET 30.1 has no knowledge ratings for this occupation.",
        "reported_titles": "O*NET 30.1 has no sample of reported titles for this occupation.",
        "skills": "O*NET 30.1 has no skills ratings for this occupation."}
    # the nonmetropolitan area and the industry rows of the wheel are left out; unpublished figures keep their footnote
    wages = json.loads(texts["wages/41-3091.json"])
    assert wages["rows"] == [["0000000", 1000, 40000, 50000, 70000, 100000, 150000, 80000],
                             ["3600000", 1000, "4", "4", "4", "4", "4", "4"],
                             ["0035620", "8", 40000, 50000, 70000, 100000, "5", 80000]]
    assert wages["hourly"] == [["3600000", 20.5, 25.0, 33.65, 48.08, "5", 38.46]]


def test_the_release_file_names_what_was_read_and_every_occupation_left_out(tmp_path, wheel):
    texts = run(tmp_path, wheel)
    release = json.loads(texts["release.json"])
    assert release["left_out"] == [{"onet_code": "13-1199.00", "title": OTHER, "reason": "O*NET 30.1 has no task "
                                    "statements for this occupation, only its title and alternate titles."}]
    assert release["families"] == [{"code": "11-0000", "title": "Management occupations"},
                                   {"code": "13-0000", "title": "Business and financial operations occupations"},
                                   {"code": "41-0000", "title": "Sales and related occupations"}]
    assert release["elements"] == [
        {"id": "2.A.1.a", "name": "Reading Comprehension", "description": "Understanding written sentences."},
        {"id": "2.A.1.b", "name": "Active Listening", "description": "Giving full attention to what people say."},
        {"id": "2.C.1.a", "name": "Administration and Management", "description": "Business and management principles."},
        {"id": "2.C.1.b", "name": "Clerical", "description": "Procedures and systems such as filing."}]
    assert [area["code"] for area in release["areas"]] == ["0000000", "3600000", "0035620"]
    assert release["oews"]["footnotes"] == [
        {"code": "4", "text": HOURLY_ONLY},
        {"code": "5", "text": "This wage is equal to or greater than $115.00 per hour or $239,200 per year.",
         "annual_at_least": 239200}, {"code": "8", "text": "Estimate not released."}]
    assert release["projections"]["table"] == TABLE_TITLE
    assert release["projections"]["footnotes"] == ["[1] Data are from the Occupational Employment and Wage Statistics program."]
    assert release["onet"]["attribution"] == (
        "This site incorporates information from O*NET Web site/Database by the U.S. Department of Labor, Employment "
        "and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.")
    tasks = next(item for item in release["onet"]["files"] if item["name"] == f"{ONET}/Task Statements.txt.gz")
    assert tasks["rows"] == 3
    assert [category["label"] for category in release["categories"]] == [
        "Less than a High School Diploma", "High School Diploma - or the equivalent", "None"]
    assert [scale["id"] for scale in release["scales"]] == ["IM", "LV", "RL"]


def test_the_reason_an_occupation_is_left_out_lists_what_o_net_has_for_it(tmp_path, wheel):
    zones = TEXT_FILES["Job Zones"] + [["13-1199.00", "3", "08/2023", "Analyst"]]
    texts = run(tmp_path, wheel, release_files(TEXT_FILES | {"Job Zones": zones}))
    assert json.loads(texts["release.json"])["left_out"][0]["reason"] == (
        "O*NET 30.1 has no task statements for this occupation, only its title, alternate titles and a job zone.")


def test_a_broader_projection_line_is_used_and_named_as_such(tmp_path, wheel):
    rows = [row if row[1] != "41-3091" else (row[0], "41-3090", *row[2:]) for row in PROJECTION_ROWS]
    services = json.loads(run(tmp_path, wheel, release_files(projection_rows=rows))["41-3091.json"])
    assert (services["projections"]["matrix_code"], services["projections"]["match"]) == ("41-3090", "broader")


def test_without_a_matrix_line_the_occupation_says_why_it_has_no_projections(tmp_path, wheel):
    rows = [row for row in PROJECTION_ROWS if row[1] != "41-3091"]
    services = json.loads(run(tmp_path, wheel, release_files(projection_rows=rows))["41-3091.json"])
    assert services["projections"] is None
    assert services["gaps"]["projections"] == ("The 2024 National Employment Matrix (BLS Projections 2024–34, "
                                               "Table 1.2) has no line for SOC 41-3091.")


def test_a_malformed_text_row_is_named_by_file_and_line(tmp_path, wheel):
    tasks = TEXT_FILES["Task Statements"]
    files = release_files(TEXT_FILES | {"Task Statements": [tasks[0], tasks[1][:6], tasks[2]]})
    with pytest.raises(ImportFailure, match=r"^onet-30\.1/Task Statements\.txt\.gz:3: expected 7 tab-separated "
                                            r"fields, got 6$"):
        run(tmp_path, wheel, files)


def test_a_bad_value_in_a_text_row_is_named_by_file_and_line(tmp_path, wheel):
    zones = [["11-2022.00", "four", "08/2023", "Analyst"], TEXT_FILES["Job Zones"][1]]
    with pytest.raises(ImportFailure, match=r"^onet-30\.1/Job Zones\.txt\.gz:2: Job Zone is 'four', expected a number$"):
        run(tmp_path, wheel, release_files(TEXT_FILES | {"Job Zones": zones}))


def test_a_malformed_spreadsheet_row_is_named_by_file_and_row(tmp_path, wheel):
    files = release_files()
    rows = rating_rows("Skills")
    rows[3] = rows[3][:6] + ["high"] + rows[3][7:]  # the sheet's row 4: the header is row 1
    files[f"{ONET}/Skills.xlsx"] = workbook({"Skills": rows})
    with pytest.raises(ImportFailure, match=r"^onet-30\.1/Skills\.xlsx:4: Data Value is 'high', expected a number$"):
        run(tmp_path, wheel, files)


def test_a_projection_figure_that_is_neither_a_number_nor_the_table_s_mark_is_refused(tmp_path, wheel):
    rows = [row if row[1] != "41-3091" else row[:11] + ("lots",) + row[12:] for row in PROJECTION_ROWS]
    with pytest.raises(ImportFailure, match=r"^bls-projections-2024-34/occupation\.xlsx:8: Median annual wage, "
                                            r"dollars, 2024\[1\] is 'lots', expected a number or '—'$"):
        run(tmp_path, wheel, release_files(projection_rows=rows))


def test_a_missing_release_file_is_named(tmp_path, wheel):
    folder = tmp_path / "releases"
    pins = write_release(folder, release_files())
    (folder / ONET / "Job Zones.txt.gz").unlink()
    with pytest.raises(ImportFailure, match=r"missing release file\(s\) in .*: onet-30\.1/Job Zones\.txt\.gz;"):
        occupations_import.import_occupations(folder, wheel[0], pins, wheel[1])


def test_a_file_whose_hash_differs_from_its_pin_is_refused(tmp_path, wheel):
    folder = tmp_path / "releases"
    pins = write_release(folder, release_files())
    changed = dict(pins, **{f"{ONET}/Related Occupations.txt.gz": "0" * 64})
    with pytest.raises(ImportFailure, match=r"Related Occupations\.txt\.gz has sha256 [0-9a-f]{64}, but "
                                            r"macros/cli/import_occupations\.py pins 0{64}"):
        occupations_import.import_occupations(folder, wheel[0], changed, wheel[1])


def test_the_real_pins_are_those_of_the_release_readme():
    text = (releases_folder() / "README.md").read_text(encoding="utf-8")
    for name, pin in occupations_import.PINS.items():
        assert f"| {name} |" in text and f"`{pin}`" in text.split(f"| {name} |")[1].split("\n")[0], name


# --- the committed files ------------------------------------------------------------------------------------

def test_the_site_has_every_occupation_with_tasks_by_page_id(site):
    assert len(site.occupations) == 923 and list(site.occupations) == sorted(site.occupations)
    services = site.occupations["41-3091"]
    assert (services.onet_code, services.title) == ("41-3091.00", SERVICES)
    assert site.occupations["29-1141-01"].onet_code == "29-1141.01"
    assert site.occupation_wages["29-1141"].title == "Registered Nurses"
    assert site.occupations["29-1141-01"].oews_soc == site.occupations["29-1141"].oews_soc == "29-1141"
    assert "13-1199.00" in {item.onet_code for item in site.occupation_release.left_out}


# --- the committed files against the release ------------------------------------------------------------------

def releases_folder() -> Path:
    folder = Path(os.environ.get("RELEASES", ROOT.parent / "shared" / "data"))
    if not (folder / ONET).is_dir():
        pytest.skip(f"the release files are not at {folder} (set RELEASES to the folder holding {ONET}/)")
    return folder


@pytest.mark.slow
def test_the_committed_occupation_files_are_a_fresh_import_of_the_release(tmp_path):
    folder = releases_folder()
    try:
        wheel = wages_import.download_wheel(tmp_path)
    except ImportFailure as failure:
        pytest.skip(f"the OEWS wheel could not be downloaded: {failure}")
    texts = occupations_import.import_occupations(folder, wheel)
    committed = ROOT / "data" / "occupations"
    assert sorted(p.relative_to(committed).as_posix() for p in committed.rglob("*.json")) == sorted(texts)
    stale = [name for name, text in texts.items() if (committed / name).read_text(encoding="utf-8") != text]
    assert not stale, f"run `make import-occupations`: {len(stale)} file(s) differ, such as {stale[:3]}"


@pytest.mark.slow
def test_the_committed_tasks_and_titles_are_the_release_rows(site):
    folder = releases_folder()
    with gzip.open(folder / ONET / "Task Statements.txt.gz", "rt", encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row["O*NET-SOC Code"] == "29-1141.01"]
    nurses = site.occupations["29-1141-01"]
    core = [row["Task"] for row in rows if row["Task Type"] == "Core"]
    supplemental = [row["Task"] for row in rows if row["Task Type"] == "Supplemental"]
    assert [task.text for task in nurses.tasks] == core + supplemental
    assert nurses.title == "Acute Care Nurses"
    book = openpyxl.load_workbook(folder / "bls-projections-2024-34" / "occupation.xlsx", read_only=True)
    line = next(row for row in book["Table 1.2"].iter_rows(values_only=True) if row[1] == "29-1141")
    assert (nurses.projections.employment_2024, nurses.projections.employment_2034, nurses.projections.openings,
            nurses.projections.median_wage) == (line[3], line[4], line[10], line[11])


@pytest.mark.slow
@pytest.mark.parametrize("name, field", [("Skills", "skills"), ("Knowledge", "knowledge")])
def test_the_committed_ratings_keep_o_net_s_suppress_flag_per_scale(site, name, field):
    """O*NET gives "Recommend Suppress" on each row, that is for the importance (IM) and the level (LV) apart: each
    committed rating carries the flag of its own row, for every occupation."""
    folder = releases_folder()
    rows = openpyxl.load_workbook(folder / ONET / f"{name}.xlsx", read_only=True).active.iter_rows(values_only=True)
    header = next(rows)
    flags = {}
    for values in rows:
        row = dict(zip(header, values))
        code = row["O*NET-SOC Code"]
        page = code[:7] if code.endswith(".00") else code.replace(".", "-")
        flags[(page, row["Element ID"], row["Scale ID"])] = row["Recommend Suppress"] == "Y"
    committed = {}
    for occupation in site.occupations.values():
        for rating in getattr(occupation, field) or []:
            committed[(occupation.id, rating.id, "IM")] = rating.importance_suppressed
            committed[(occupation.id, rating.id, "LV")] = rating.level_suppressed
    assert {key for key, flag in flags.items() if flag} == {key for key, flag in committed.items() if flag}
    assert set(committed) <= set(flags)


def test_writing_replaces_the_occupation_files_and_removes_stale_ones(tmp_path):
    target = tmp_path / "occupations"
    (target / "wages").mkdir(parents=True)
    (target / "99-9999.json").write_text("{}", encoding="utf-8")
    (target / "wages" / "99-9999.json").write_text("{}", encoding="utf-8")
    occupations_import.write({"release.json": "{}\n", "wages/41-3091.json": "[]\n"}, target)
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*.json")) == ["release.json",
                                                                                        "wages/41-3091.json"]
    assert (target / "wages" / "41-3091.json").read_text(encoding="utf-8") == "[]\n"
