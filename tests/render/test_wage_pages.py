"""The BLS wage data on the built site, against the raw YAML of data/wages/oews.yml read here on its own:
every row in the downloads, the role's metros on the pay page, and each role's national figures."""
import csv
import io

import pytest
import helpers
from gates import tree
from site_text import page_text

FIGURES = ("employment", "p10", "p25", "median", "p75", "p90", "mean")


@pytest.fixture(scope="module")
def raw():
    return helpers.raw("wages/oews.yml")


def dollars(value):
    return f"${value:,}"


def test_the_download_holds_every_row_with_its_figures(built_site, raw):
    text = (built_site / "account-manager/downloads/bls-wages.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    names = {a["code"]: a["name"] for a in raw["areas"]}
    assert len(rows) == len(raw["by_area"])
    for row, expected in zip(rows, raw["by_area"]):
        assert (row["soc"], row["area_code"], row["area"]) == (expected["soc"], expected["area"], names[expected["area"]])
        for figure in FIGURES:
            assert row[figure] == str(expected.get(figure, "")), (expected, figure)
        assert bool(row["footnotes"]) == bool(expected.get("footnotes"))
    industry = list(csv.DictReader(io.StringIO(
        (built_site / "account-manager/downloads/bls-wages-by-industry.csv").read_text(encoding="utf-8"))))
    assert [(r["soc"], r["industry_code"], r["median"]) for r in industry] == [
        (r["soc"], r["industry"], str(r.get("median", ""))) for r in raw["by_industry"]]


def test_the_pay_page_lists_every_state_and_metro_of_the_role_with_its_median(built_site, raw):
    page = (built_site / "account-manager/compensation/index.html").read_text(encoding="utf-8")
    table = tree(page).find(".//table[@id='bls-metros']")
    shown = {row.get("id"): ["".join(c.itertext()).strip() for c in row] for row in table.find("tbody")}
    names = {a["code"]: a["name"] + (" (state)" if a["kind"] == "state" else "")
             for a in raw["areas"] if a["kind"] in ("state", "metro")}
    expected = [r for r in raw["by_area"] if r["soc"] == "41-3091" and r["area"] in names]
    assert len(shown) == len(expected) > 430
    for row in expected:
        cells = shown[f"bls-area-{row['area']}"]
        assert cells[0] == names[row["area"]]
        assert cells[1] == (dollars(row["median"]) if "median" in row else "not published")
    assert shown["bls-area-0035620"][1:4] == ["$93,750", "$62,290–$134,000", "91,680"]


def test_the_pay_page_states_national_percentiles_for_each_soc_code(built_site):
    text = page_text(built_site / "account-manager/compensation/index.html")
    # 41-3091 nationally, May 2025: 1,256,010 employed; $37,980 / $47,670 / $69,990 / $100,480 / $148,840
    assert "41-3091 Sales Representatives of Services" in text
    for figure in ("1,256,010", "$37,980", "$47,670", "$69,990", "$100,480", "$148,840"):
        assert figure in text


def test_the_comparisons_page_prices_every_role_from_one_source(built_site, raw):
    text = page_text(built_site / "account-manager/comparisons/index.html")
    national = {r["soc"]: r for r in raw["by_area"] if r["area"] == "0000000"}
    profiles = helpers.raw("profiles.yml")["profiles"]
    for profile in profiles:
        first = profile["soc"][0]["code"]
        assert dollars(national[first]["median"]) in text, profile["id"]
        for match in profile["soc"]:
            assert match["why"] in text
