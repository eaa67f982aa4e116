"""Occupation guides on the built site, read back as a reader sees them and checked against the committed data read
here as plain JSON, and against O*NET's own release rows where the release folder is at hand; never against the
renderers. Occupations from different job families, one of them a deep guide's."""
import csv
import functools
import gzip
import io
import json
import os
import re
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT
from gates import is_occupation_page, site_pages, tree, visible_text

DATA = ROOT / "data" / "occupations"
RELEASES = Path(os.environ.get("RELEASES", ROOT.parent / "shared" / "data"))
ONET = RELEASES / "onet-30.1"
# The words O*NET's license asks every page with its content to carry (../shared/data/README.md), literally.
ATTRIBUTION = ("This site incorporates information from O*NET Web site/Database by the U.S. Department of Labor, "
               "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a "
               "trademark of USDOL/ETA.")
# Sales, health care, computers, construction, management, and one O*NET-SOC code below a SOC code (.01).
OCCUPATIONS = ["41-3091", "29-1141", "15-1252", "47-2061", "11-2022", "29-1141-01"]
DENVER, COLORADO, NATIONAL = "0019740", "0800000", "0000000"


def raw(occupation_id):
    return json.loads((DATA / f"{occupation_id}.json").read_text(encoding="utf-8"))


def raw_wages(soc):
    rows = json.loads((DATA / "wages" / f"{soc}.json").read_text(encoding="utf-8"))["rows"]
    return {row[0]: row for row in rows}  # [area, employment, p10, p25, median, p75, p90, mean, footnotes]


def built(site, occupation_id):
    return tree((site / "occupations" / occupation_id / "index.html").read_text(encoding="utf-8"))


def article(root):
    return next(e for e in root.iter("article"))


def section(root, heading_id) -> list:
    """The elements of the article from the heading `heading_id` up to the next heading of its level or above."""
    body = list(article(root))
    start = next(i for i, e in enumerate(body) if e.get("id") == heading_id)
    level = body[start].tag
    end = next((i for i in range(start + 1, len(body)) if body[i].tag in ("h1", "h2", "h3")[: int(level[1])]),
               len(body))
    return body[start + 1:end]


def section_text(root, heading_id) -> str:
    return " ".join(visible_text(e) for e in section(root, heading_id))


def dollars(value) -> str:
    return f"${value:,}"


def onet_rows(name, code):
    """The rows of an O*NET text file (tab-separated, as released) for one O*NET-SOC code, in release order."""
    path = ONET / f"{name}.txt.gz"
    if not path.is_file():
        pytest.skip(f"{path} is not here: set RELEASES to the folder holding onet-30.1/ to check against it")
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [row for row in csv.DictReader(io.StringIO(text), delimiter="\t") if row["O*NET-SOC Code"] == code]


def onet_code(occupation_id):
    return occupation_id + ".00" if len(occupation_id) == 7 else occupation_id[:7] + "." + occupation_id[8:]


# --- against the release rows --------------------------------------------------------------------------------

@pytest.mark.parametrize("occupation_id", OCCUPATIONS)
def test_tasks_core_first_then_supplemental_in_release_order(built_site, occupation_id):
    rows = onet_rows("Task Statements", onet_code(occupation_id))
    expected = ([r["Task"] for r in rows if r["Task Type"] == "Core"]
                + [r["Task"] for r in rows if r["Task Type"] == "Supplemental"]
                + [r["Task"] for r in rows if r["Task Type"] not in ("Core", "Supplemental")])
    items = [visible_text(li) for e in section(built(built_site, occupation_id), "what-they-do")
             for li in e.iter("li") if "rg-tasks" in (e.get("class") or "")]
    assert items == [" ".join(t.split()) for t in expected]


@functools.cache
def onet_ratings(name) -> dict:
    """{(O*NET-SOC code, element name): {scale: (data value, recommend suppress, not relevant)}} from Skills.xlsx or
    Knowledge.xlsx as released, one entry per row."""
    path = ONET / f"{name}.xlsx"
    if not path.is_file():
        pytest.skip(f"{path} is not here: set RELEASES to the folder holding onet-30.1/ to check against it")
    rows = openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True)
    header = next(rows)
    ratings = {}
    for values in rows:
        row = dict(zip(header, values))
        ratings.setdefault((row["O*NET-SOC Code"], row["Element Name"]), {})[row["Scale ID"]] = (
            row["Data Value"], row["Recommend Suppress"], row["Not Relevant"])
    return ratings


# Occupations with an estimate O*NET recommends suppressing on one scale only: a skill's level (Software
# Developers) and a knowledge area's importance (Writers and Authors: Communications and Media).
@pytest.mark.parametrize("occupation_id, name, heading", [
    ("15-1252", "Skills", "skills"), ("29-1141", "Knowledge", "knowledge"), ("27-3043", "Knowledge", "knowledge")])
def test_each_scale_is_withheld_only_where_o_net_recommends_suppressing_that_estimate(built_site, occupation_id,
                                                                                        name, heading):
    code = onet_code(occupation_id)
    expected = {element: scales for (row_code, element), scales in onet_ratings(name).items() if row_code == code}
    rows = [[visible_text(td) for td in tr.iter("td")] for e in section(built(built_site, occupation_id), heading)
            for tr in e.iter("tr")]
    shown = {cells[0]: cells[1:] for cells in rows if cells}
    assert sorted(shown) == sorted(expected)

    def cell(value, suppress, not_relevant=None):
        if not_relevant == "Y":
            return "not relevant (O*NET)"
        return "withheld: low precision (O*NET)" if suppress == "Y" else f"{value:.2f}"

    wanted = {element: [cell(*scales["IM"]), cell(*scales["LV"])] for element, scales in expected.items()}
    assert shown == wanted
    assert any("withheld" in " ".join(cells) for cells in shown.values()), "the sample should show a withheld estimate"
    flagged = {scale for scales in expected.values() for scale, (_, suppress, relevant) in scales.items()
               if suppress == "Y" and relevant != "Y"}
    # one scale suppressed, the other shown: O*NET flags each estimate, never the pair
    assert any(shown[e][0] != shown[e][1] and "withheld" in " ".join(shown[e]) and
               not all("withheld" in c for c in shown[e]) for e in shown), flagged


@pytest.mark.parametrize("occupation_id", OCCUPATIONS)
def test_every_title_o_net_gives_is_on_the_page_and_in_its_search_keywords(built_site, occupation_id):
    code = onet_code(occupation_id)
    titles = ([r["Alternate Title"] for r in onet_rows("Alternate Titles", code)]
              + [r["Reported Job Title"] for r in onet_rows("Sample of Reported Titles", code)])
    assert titles
    root = built(built_site, occupation_id)
    text = section_text(root, "also-called")
    assert [t for t in titles if " ".join(t.split()) not in text] == []
    keywords = next(e.get("data-pagefind-meta") for e in root.iter() if (e.get("data-pagefind-meta") or "")
                    .startswith("keywords:"))
    assert [t for t in titles if " ".join(t.replace(",", " ").split()) not in keywords] == []


# --- against the committed data, read as plain JSON --------------------------------------------------------

@pytest.mark.parametrize("occupation_id", OCCUPATIONS)
def test_heading_description_and_codes(built_site, occupation_id):
    data = raw(occupation_id)
    root = built(built_site, occupation_id)
    assert visible_text(next(article(root).iter("h1"))).rstrip("¶ ") == data["title"]
    intro = visible_text(article(root))
    assert data["description"] in intro and data["onet_code"] in intro


@pytest.mark.parametrize("occupation_id", OCCUPATIONS)
def test_the_most_important_skill_or_a_plain_statement(built_site, occupation_id):
    data = raw(occupation_id)
    text = section_text(built(built_site, occupation_id), "skills")
    if data["skills"] is None:
        assert "O*NET rates no skills for this occupation" in text and data["gaps"]["skills"] in text
        return
    top = max(data["skills"], key=lambda s: s["importance"])
    names = {e["id"]: e["name"] for e in json.loads((DATA / "release.json").read_text(encoding="utf-8"))["elements"]}
    rows = [visible_text(tr) for e in section(built(built_site, occupation_id), "skills") for tr in e.iter("tr")]
    assert rows[1].startswith(names[top["id"]]) and f" {top['importance']:.2f} " in rows[1], rows[:3]


@pytest.mark.parametrize("occupation_id", OCCUPATIONS)
def test_national_state_and_metro_pay(built_site, occupation_id):
    data = raw(occupation_id)
    root = built(built_site, occupation_id)
    if data["oews_soc"] is None:
        assert data["gaps"]["wages"] in section_text(root, "pay")
        return
    rows = raw_wages(data["oews_soc"])
    national = rows[NATIONAL]
    assert dollars(national[4]) in section_text(root, "pay")
    for area in (COLORADO, DENVER):
        if area not in rows:
            continue
        row = next(e for e in root.iter("tr") if e.get("id") == f"bls-area-{area}")
        cells = [visible_text(c) for c in row]
        median, p25, p75, employment = rows[area][4], rows[area][3], rows[area][5], rows[area][1]
        assert cells[1] == (dollars(median) if median else "not published"), cells
        if p25 and p75:
            assert cells[2] == f"{dollars(p25)}–{dollars(p75)}", cells
        assert cells[3] == (f"{employment:,}" if employment else "not published"), cells


@pytest.mark.parametrize("occupation_id", OCCUPATIONS)
def test_outlook_figures(built_site, occupation_id):
    projections = raw(occupation_id)["projections"]
    text = section_text(built(built_site, occupation_id), "outlook")
    for key in ("employment_2024", "employment_2034", "change", "openings"):
        value = projections[key]
        assert (f"{round(value * 1000):,}" if value is not None else projections["unavailable"][key]) in text, key
    assert projections["matrix_code"] in text


def test_every_occupation_has_a_page_and_every_page_an_occupation(built_site):
    ids = {p.stem for p in DATA.glob("*.json") if p.stem != "release"}
    pages = {url.split("/")[1] for url, _ in site_pages(built_site) if is_occupation_page(url)}
    assert pages == ids and len(ids) > 900


def test_every_page_with_o_net_content_carries_the_attribution(built_site):
    """Every occupation guide and the pages listing occupations, in the license's words."""
    pages = [p for url, p in site_pages(built_site) if is_occupation_page(url)]
    pages += [built_site / "occupations/index.html", built_site / "occupations/a-z/index.html"]
    lacking = [p for p in pages if ATTRIBUTION not in re.sub(r"\s+", " ", p.read_text(encoding="utf-8"))]
    assert not lacking, lacking[:5]


def test_deep_guide_and_its_occupation_link_both_ways(built_site):
    occupation = (built_site / "occupations/41-3091/index.html").read_text(encoding="utf-8")
    assert 'href="../../account-manager/"' in occupation
    pay = (built_site / "account-manager/compensation/index.html").read_text(encoding="utf-8")
    assert 'href="../../occupations/41-3091/"' in pay


# Keys whose values are codes or fixed words the page shows as labels (or not at all), not text to find verbatim.
NOT_TEXT = {"$schema", "id", "type", "scale", "family", "match", "oews_broader"}


def texts(value, key=None):
    """Every text of an occupation file, as read from its JSON."""
    if isinstance(value, dict):
        for k, item in value.items():
            yield from texts(item, k)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item, key)
    elif isinstance(value, str) and key not in NOT_TEXT:
        yield key, value


def test_nothing_in_a_sampled_occupation_is_dropped(built_site):
    """Every text of the occupation's data file is on its page, for the guides the slow gates sample."""
    from gates import sampled_occupations
    pages = sampled_occupations([(url, p) for url, p in site_pages(built_site) if is_occupation_page(url)])
    assert len(pages) > 20
    missing = []
    for url, path in pages:
        shown = visible_text(tree(path.read_text(encoding="utf-8")))
        missing += [(url, k, v) for k, v in texts(raw(url.split("/")[1])) if " ".join(v.split()) not in shown]
    assert not missing, missing[:10]


def test_the_place_index_is_one_file_every_page_names_by_a_relative_address(built_site):
    """No page carries the place index: every place filter and composer names the one file, by an address relative
    to the page (so the site works from any folder), and that file reads the states and metro areas of the wage
    data, with the aliases people type."""
    index_file = built_site / "assets" / "place-index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    areas = json.loads((DATA / "release.json").read_text(encoding="utf-8"))["areas"]
    assert {s["area"] for s in index["states"]} <= {a["code"] for a in areas if a["kind"] == "state"}
    assert {m["id"] for m in index["metros"]} == {a["code"] for a in areas if a["kind"] == "metro"}
    assert {"alias": "NYC", "city": "New York", "state": "NY"} in index["aliases"]
    address = re.compile(r'data-places="([^"]+)"|"place_index_url": "([^"]+)"')
    naming, tables = {}, set()
    for url, path in site_pages(built_site):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r'"cities": ?\[', text), f"{url} carries a place index"
        if 'id="bls-metros"' in text:
            tables.add(url)
        for found in address.finditer(text):
            naming[url] = (path.parent / (found.group(1) or found.group(2))).resolve()
    wanted = {"account-manager/compensation/", "account-manager/composer/", "occupations/composer/",
              "occupations/compare/", "occupations/41-3091/", "occupations/51-9061/"}
    assert wanted | tables <= set(naming), sorted((wanted | tables) - set(naming))[:5]
    assert set(naming.values()) == {index_file.resolve()}
