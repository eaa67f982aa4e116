"""Every page on a phone (390 × 844, touch): no table cut off at the edge without a cue that it scrolls, and the
copy-link control of every h2 shown without hover; a tap on one copies the section's URL."""
import os
from pathlib import Path

import pytest

from conftest import becomes
from sweep import TABLES_FITTED, axe_violations, unread

SHOTS = ["/account-manager/levels/", "/account-manager/compensation/", "/account-manager/comparisons/"]
# The copy-link control is one script (links.js) on every page, reading only the page's address and the heading's
# id: it is tapped on a page of each page set, the deep guide's and the occupation guides'.
TAPPED = ["/account-manager/levels/", "/occupations/29-1141/"]


def open_page(page, url):
    page.goto(url, wait_until="load")
    page.wait_for_function(TABLES_FITTED)


def cut_off_tables(pages) -> list[str]:
    """Each page of a phone sweep wider than the screen, each table reaching past its edge or scrolling with no cue."""
    problems = unread(pages)
    for name, found in pages.items():
        if "error" in found:
            continue
        if found["page"] > found["screen"]:
            problems.append(f"{name}: the page is wider than the screen")
        for table in found["tables"]:
            if table["left"] < -1 or table["right"] > found["screen"] + 1:
                problems.append(f"{name}: table [{table['head']}] reaches past the screen's edge")
            elif table["scrolls"] and not table["cue"]:
                problems.append(f"{name}: table [{table['head']}] scrolls with no cue that it does")
    return problems


def test_no_table_is_cut_off_at_the_edge(phone_pages):
    problems = cut_off_tables(phone_pages)
    assert not problems, "\n".join(problems)


def test_wide_tables_become_labelled_cards(phone_page):
    open_page(phone_page, "/account-manager/levels/")
    matrix = phone_page.locator(".rg-matrix table")
    assert matrix.get_attribute("data-rg-stack") is not None
    cell = matrix.locator("tbody tr").first.locator("td").nth(1)
    header = matrix.locator("thead th").nth(1).inner_text().strip()
    assert cell.get_attribute("data-label") == header
    shown = cell.evaluate("c => [getComputedStyle(c, '::before').content, getComputedStyle(c, '::before').display]")
    assert header in shown[0] and shown[1] == "block", shown  # the label is shown above the cell's text
    phone_page.set_viewport_size({"width": 1280, "height": 844})
    assert becomes(phone_page, "document.querySelector('.rg-matrix table').dataset.rgStack === undefined", True)


def hidden_copy_links(pages) -> list[str]:
    """Each h2 of a phone sweep without a copy-link control, or with one not shown without hover or past the edge."""
    problems = unread(pages)
    for name, found in pages.items():
        for control in found.get("copy_links", []):
            if control.get("missing"):
                problems.append(f"{name}#{control['id']}: no copy-link control")
            elif control["opacity"] <= 0.3 or control["visibility"] != "visible" or control["width"] < 20:
                problems.append(f"{name}#{control['id']}: copy-link control not shown without hover: {control}")
            elif control["right"] > found["screen"]:
                problems.append(f"{name}#{control['id']}: copy-link control past the screen's edge")
    return problems


def test_copy_link_is_shown_on_every_h2(phone_pages):
    problems = hidden_copy_links(phone_pages)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("url", TAPPED)
def test_a_tap_on_copy_link_copies_the_section_s_url(phone_page, url):
    """The first and the last h2 of the page are tapped."""
    open_page(phone_page, url)
    here = phone_page.evaluate("location.origin + location.pathname")
    headings = phone_page.evaluate("[...document.querySelectorAll('.md-content h2[id]')].map(h => h.id)")
    assert len(headings) > 1, headings
    for heading in (headings[0], headings[-1]):
        where = f"{url}#{heading}"
        phone_page.evaluate("document.getElementById('rg-link-status').textContent = ''")
        phone_page.locator(f"[id='{heading}'] .rg-copy-link").tap()
        assert becomes(phone_page, "navigator.clipboard.readText()", f"{here}#{heading}"), f"{where}: not copied"
        assert becomes(phone_page, "document.getElementById('rg-link-status').textContent", "Link copied"), where


def test_stacked_tables_have_no_serious_violations(phone_page):
    violations = []
    for url in SHOTS:
        open_page(phone_page, url)
        violations += [f"{url}: {v}" for v in axe_violations(phone_page)]
    assert not violations, "\n".join(violations)


@pytest.mark.skipif(not os.environ.get("PHONE_SHOTS"), reason="set PHONE_SHOTS=<folder> to save screenshots")
def test_screenshots_for_review(phone_page):
    folder = Path(os.environ["PHONE_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    for url in SHOTS:
        open_page(phone_page, url)
        phone_page.screenshot(path=folder / f"{url.strip('/').split('/')[-1]}.png", full_page=True)
