"""An occupation guide in Chromium: the pay tables' filters find a place by what people type, and the A to Z
filter narrows the list, each reading back what the user sees."""
import json

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
        box.press_sequentially(typed, delay=20)
        assert becomes(page, f"!!document.querySelector('#bls-area-{wanted}:not([hidden])')", True), typed
        shown = visible_rows(page, "bls-metros")
        assert f"bls-area-{wanted}" in shown and len(shown) < 60, (typed, shown[:5])


def test_the_a_to_z_filter_narrows_the_list(page, server):
    page.goto(f"{server}/occupations/a-z/")
    count = len([p for p in DATA.glob("*.json") if p.stem != "release"])
    page.locator("#rg-role-filter").press_sequentially("software developers", delay=20)
    assert becomes(page, "document.getElementById('rg-role-filter-status').textContent",
                   f"1 of {count} occupations shown")
    shown = page.eval_on_selector_all(".rg-roles li", "items => items.filter(i => !i.hidden).map(i => i.innerText)")
    assert shown == ["Software Developers (15-1252.00)"], shown
