"""The role's downloads, column by column against the raw YAML (read here with PyYAML, not through the models)."""
import csv
import io
import json

import jsonschema
import pytest

from helpers import raw
from macros.render.pages.downloads import download_files

ROLE = "account-manager"


@pytest.fixture(scope="module")
def files(site):
    return download_files(site, ROLE)


def rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_the_download_files(files):
    assert {"account-manager.json", "account-manager.schema.json", "bls-wages-by-industry.csv", "bls-wages.csv",
            "pay-by-level.csv", "pay-by-metro.csv"} <= set(files)


def test_pay_by_level_csv_column_by_column(files):
    pay = raw(f"roles/{ROLE}/compensation.yml")
    found = rows(files["pay-by-level.csv"])
    assert list(found[0]) == ["band", "levels", "experience_min_years", "experience_max_years", "base_min", "base_max",
                              "total_min", "total_max", "total_max_open", "currency", "period", "as_of", "sources"]
    assert len(found) == len(pay["by_level"])
    for row, band in zip(found, pay["by_level"]):
        experience = band.get("experience") or {}
        assert row == {
            "band": band["label"], "levels": " ".join(band["levels"]),
            "experience_min_years": "" if experience.get("min") is None else str(experience["min"]),
            "experience_max_years": "" if experience.get("max") is None else str(experience["max"]),
            "base_min": str(band["base"]["min"]), "base_max": str(band["base"]["max"]),
            "total_min": str(band["total"]["min"]), "total_max": str(band["total"]["max"]),
            "total_max_open": "true" if band["total"].get("open_max") else "false",
            "currency": pay["currency"], "period": pay["period"], "as_of": str(band["as_of"]),
            "sources": " ".join(band["sources"])}


def test_pay_by_level_csv_first_row(files):
    assert files["pay-by-level.csv"].splitlines()[1] == "Entry level,junior,0,2,45000,60000,50000,70000,false,USD,year,2026,am-guide-2026"


def test_pay_by_metro_csv_column_by_column(files):
    pay = raw(f"roles/{ROLE}/compensation.yml")
    metros = {m["id"]: m for m in raw("vocab/metros.yml")["metros"]}
    found = rows(files["pay-by-metro.csv"])
    assert list(found[0]) == ["metro", "region", "base_min", "base_max", "total_min", "total_max", "currency", "period",
                              "as_of", "sources"]
    assert len(found) == len(pay["by_metro"])
    for row, entry in zip(found, pay["by_metro"]):
        metro = metros[entry["metro"]]
        assert row == {
            "metro": metro["name"], "region": metro["region"],
            "base_min": str(entry["base"]["min"]), "base_max": str(entry["base"]["max"]),
            "total_min": str(entry["total"]["min"]), "total_max": str(entry["total"]["max"]),
            "currency": pay["currency"], "period": pay["period"], "as_of": str(entry["as_of"]),
            "sources": " ".join(entry["sources"])}


def test_pay_by_metro_csv_first_row(files):
    assert files["pay-by-metro.csv"].splitlines()[1] == "New York,NY,65000,85000,85000,115000,USD,year,2025,template-guide-2025"


def test_bls_csvs_hold_every_row_of_the_wage_file(files):
    wages = raw("wages/oews.yml")
    by_area = rows(files["bls-wages.csv"])
    by_industry = rows(files["bls-wages-by-industry.csv"])
    assert [(r["soc"], r["area_code"]) for r in by_area] == [(r["soc"], r["area"]) for r in wages["by_area"]]
    assert [(r["soc"], r["industry_code"]) for r in by_industry] == [(r["soc"], r["industry"]) for r in wages["by_industry"]]
    titles = {o["soc"]: o["title"] for o in wages["occupations"]}
    areas = {a["code"]: a for a in wages["areas"]}
    industries = {i["code"]: i["name"] for i in wages["industries"]}
    notes = {f["code"]: f["text"] for f in wages["footnotes"]}
    for found, row in [*zip(by_area, wages["by_area"]), *zip(by_industry, wages["by_industry"])]:
        assert found["occupation"] == titles[row["soc"]]
        if "area" in row:
            assert (found["area"], found["area_kind"]) == (areas[row["area"]]["name"], areas[row["area"]]["kind"])
        else:
            assert found["industry"] == industries[row["industry"]]
        for figure in ("employment", "p10", "p25", "median", "p75", "p90", "mean"):
            assert found[figure] == ("" if row.get(figure) is None else str(row[figure])), figure
        footnotes = row.get("footnotes") or {}
        assert found["footnotes"] == "; ".join(f"{name}: {notes[code]}" for name, code in footnotes.items())
        assert (found["release"], found["source"]) == (wages["release"], wages["source"])


def test_role_json_holds_the_raw_data_and_follows_its_schema(files):
    bundle = json.loads(files["account-manager.json"])
    schema = json.loads(files["account-manager.schema.json"])
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.validate(bundle, schema)
    assert bundle["role"] == ROLE
    assert [s["id"] for s in bundle["sources"]] == [s["id"] for s in raw("sources.yml")["sources"]]
    assert [m["id"] for m in bundle["metros"]] == [m["id"] for m in raw("vocab/metros.yml")["metros"]]
    assert [i["id"] for i in bundle["industries"]] == [i["id"] for i in raw("vocab/industries.yml")["industries"]]
    assert [a["id"] for a in bundle["arrangements"]] == [a["id"] for a in raw("vocab/arrangements.yml")["arrangements"]]
    assert [p["id"] for p in bundle["profiles"]] == [p["id"] for p in raw("profiles.yml")["profiles"]]
    pay = raw(f"roles/{ROLE}/compensation.yml")
    assert [(m["metro"], m["total"]["min"], m["total"]["max"]) for m in bundle["guide"]["compensation"]["by_metro"]] == \
        [(m["metro"], m["total"]["min"], m["total"]["max"]) for m in pay["by_metro"]]
    assert bundle["guide"]["skills"]["hard_skills"] == raw(f"roles/{ROLE}/skills.yml")["hard_skills"]
    assert [s["title"] for s in bundle["guide"]["career"]["stages"]] == [s["title"] for s in raw(f"roles/{ROLE}/career.yml")["stages"]]


@pytest.mark.parametrize("cell, shown", [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"),
                                         ("\tx", "'\tx"), ("\rx", "'\rx"), ("a=b", "a=b"), (5, 5), ("", "")])
def test_a_cell_a_spreadsheet_would_run_is_shown_as_text(cell, shown):
    from macros.render.pages.downloads import spreadsheet_safe
    assert spreadsheet_safe(cell) == shown
