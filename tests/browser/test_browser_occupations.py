"""An occupation guide in Chromium: the pay tables' filters find a place by what people type, and the A to Z
filter narrows the list, each reading back what the user sees."""
import json
import re

from conftest import ROOT, becomes

DATA = ROOT / "data" / "occupations"
DENVER, COLORADO, NEW_YORK = "0019740", "0800000", "0035620"


def visible_rows(page, table):
    return page.eval_on_selector_all(f"#{table} tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.id)")


def test_the_place_filter_finds_denver_colorado_co_and_nyc(page, server):
    """What people type for a place shows its rows: the metro area of a city, a state and its metro areas."""
    areas = {row[0] for row in json.loads((DATA / "wages" / "41-3091.json").read_text(encoding="utf-8"))["rows"]}
    assert {DENVER, COLORADO, NEW_YORK} <= areas
    page.goto(f"{server}/occupations/41-3091/")
    box = page.locator("#bls-metro-filter")
    for typed, wanted in (("Denver", DENVER), ("Colorado", COLORADO), ("CO", COLORADO), ("NYC", NEW_YORK)):
        box.fill("")
        box.press_sequentially(typed)
        status = page.locator("#bls-metro-filter ~ .rg-filter-count")
        status.filter(has_text="Understood").wait_for()
        shown = visible_rows(page, "bls-metros")
        assert f"bls-area-{wanted}" in shown and len(shown) < 60, (typed, shown[:5])


def test_a_place_filter_without_its_place_index_says_so_and_still_filters_by_words(page, server):
    """The place index is a file of its own: when it cannot be loaded, the box says so and finds rows by their words."""
    page.route("**/assets/place-index.json", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(f"{server}/occupations/41-3091/")
    box = page.locator("#bls-metro-filter")
    box.press_sequentially("Denver")
    status = page.locator("#bls-metro-filter ~ .rg-filter-count")
    status.filter(has_text=re.compile(r"shown\..*could not be loaded")).wait_for()
    assert "places are not recognized" in status.inner_text() and "by their words" in status.inner_text()
    shown = visible_rows(page, "bls-metros")
    assert shown == [f"bls-area-{DENVER}"], shown


def test_the_a_to_z_filter_narrows_the_list(page, server):
    page.goto(f"{server}/occupations/a-z/")
    count = len([p for p in DATA.glob("*.json") if p.stem != "release"])
    page.locator("#rg-role-filter").press_sequentially("software developers")
    assert becomes(page, "document.getElementById('rg-role-filter-status').textContent",
                   f"1 of {count} occupations shown")
    shown = page.eval_on_selector_all(".rg-roles li", "items => items.filter(i => !i.hidden).map(i => i.innerText)")
    assert shown == ["Software Developers (15-1252.00)"], shown


def test_an_hourly_only_occupation_shows_its_hourly_wages_with_the_bls_footnote(page, server):
    """Actors: BLS publishes only hourly wages (footnote 4 on every yearly figure); the page shows the hourly
    percentiles, labeled hourly, with the footnote's text as released."""
    raw = json.loads((DATA / "wages" / "27-2011.json").read_text(encoding="utf-8"))
    yearly = {row[0]: row for row in raw["rows"]}
    hourly = {row[0]: row for row in raw["hourly"]}
    footnote = next(f["text"] for f in json.loads((DATA / "release.json").read_text(encoding="utf-8"))["oews"]["footnotes"]
                    if f["code"] == "4")
    assert set(yearly["0000000"][2:]) == {"4"}
    page.goto(f"{server}/occupations/27-2011/")
    text = page.evaluate("""() => { let out = [], node = document.getElementById('pay').nextElementSibling;
        while (node && node.tagName !== 'H2') { out.push(node.innerText); node = node.nextElementSibling; } return out.join('\\n'); }""")
    national = hourly["0000000"]
    assert "Hourly wages in the United States, 27-2011 Actors" in text
    assert "\t".join([f"{yearly['0000000'][1]:,}", *(f"${v:.2f}" for v in national[1:])]) in text, text[:600]
    assert footnote in text
    # The long table is laid out when it comes near the screen: the reader finds the row with the place filter.
    page.locator("#bls-metro-filter").press_sequentially("NYC")
    page.locator("#bls-metro-filter ~ .rg-filter-count").filter(has_text="Understood").wait_for()
    page.locator(f"#bls-area-{NEW_YORK}").scroll_into_view_if_needed()
    assert becomes(page, f"document.querySelector('#bls-area-{NEW_YORK} td').innerText", f"${hourly[NEW_YORK][3]:.2f}")
    row = page.locator(f"#bls-area-{NEW_YORK} td").all_inner_texts()
    assert row[:2] == [f"${hourly[NEW_YORK][3]:.2f}", f"${hourly[NEW_YORK][2]:.2f}–${hourly[NEW_YORK][4]:.2f}"], row
    assert "hourly wages" in page.inner_text("#bls-metros caption")
