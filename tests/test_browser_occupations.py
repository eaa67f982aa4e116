"""An occupation guide in Chromium: the pay tables' filters find a place by what people type, and the A to Z
filter narrows the list, each reading back what the user sees."""
import json

from conftest import ROOT, becomes

DATA = ROOT / "data" / "occupations"
DENVER, COLORADO = "0019740", "0800000"


def visible_rows(page, table):
    return page.eval_on_selector_all(f"#{table} tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.id)")


def test_the_metro_filter_finds_denver_and_the_state_filter_colorado(page, server):
    areas = {row[0] for row in json.loads((DATA / "wages" / "41-3091.json").read_text(encoding="utf-8"))["rows"]}
    assert {DENVER, COLORADO} <= areas
    page.goto(f"{server}/occupations/41-3091/")
    page.locator("#bls-metros-filter").press_sequentially("Denver", delay=20)
    assert becomes(page, "[...document.querySelectorAll('#bls-metros tbody tr')].filter(r => !r.hidden).length", 1)
    assert visible_rows(page, "bls-metros") == [f"bls-area-{DENVER}"]
    page.locator("#bls-states-filter").press_sequentially("Colorado", delay=20)
    assert becomes(page, "[...document.querySelectorAll('#bls-states tbody tr')].filter(r => !r.hidden).length", 1)
    assert visible_rows(page, "bls-states") == [f"bls-area-{COLORADO}"]


def test_the_a_to_z_filter_narrows_the_list(page, server):
    page.goto(f"{server}/occupations/a-z/")
    count = len([p for p in DATA.glob("*.json") if p.stem != "release"])
    page.locator("#rg-role-filter").press_sequentially("software developers", delay=20)
    assert becomes(page, "document.getElementById('rg-role-filter-status').textContent",
                   f"1 of {count} occupations shown")
    shown = page.eval_on_selector_all(".rg-roles li", "items => items.filter(i => !i.hidden).map(i => i.innerText)")
    assert shown == ["Software Developers (15-1252.00)"], shown
