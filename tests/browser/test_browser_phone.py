"""Every page on a phone (390 × 844, touch): no table cut off at the edge without a cue that it scrolls, and the
copy-link control of every h2 shown without hover and copying the section's URL when tapped (the first and
last h2 of each page are tapped)."""
import os
from pathlib import Path

import pytest

from conftest import becomes
from gates import browser_urls
from test_accessibility import AXE, axe_violations

SHOTS = ["/account-manager/levels/", "/account-manager/compensation/", "/account-manager/comparisons/"]

# Each visible table of the content, with every <details> opened: how far it reaches, whether it scrolls
# inside itself and whether it shows the scroll cue (tables.css: shadows in a scroll-fixed background).
TABLES = """() => [...document.querySelectorAll('.md-content table')].filter(t => t.checkVisibility()).map(t => {
  const box = t.getBoundingClientRect(), style = getComputedStyle(t);
  return {head: [...t.rows[0].cells].map(c => c.textContent.trim()).join(' | ').slice(0, 60),
          left: box.left, right: box.right, scrolls: t.scrollWidth > t.clientWidth + 1,
          cue: style.backgroundImage.includes('gradient') && style.backgroundAttachment.includes('local')};
})"""
CONTROLS = """() => [...document.querySelectorAll('.md-content h2')].map(h => {
  const control = h.querySelector('.rg-copy-link');
  if (!control) return {id: h.id, missing: true};
  const box = control.getBoundingClientRect(), style = getComputedStyle(control);
  return {id: h.id, opacity: Number(style.opacity), visibility: style.visibility,
          width: box.width, height: box.height, right: box.right};
})"""


def open_page(page, url):
    page.goto(url, wait_until="load")
    assert becomes(page, "document.documentElement.dataset.rgTablesFitted !== undefined", True), url


def test_no_table_is_cut_off_at_the_edge(built_site, server, phone_page):
    problems = []
    for name, url in browser_urls(phone_page, built_site, server):
        open_page(phone_page, url)
        phone_page.evaluate("document.querySelectorAll('.md-content details').forEach(d => { d.open = true; })")
        phone_page.wait_for_timeout(100)
        width = phone_page.evaluate("innerWidth")
        if phone_page.evaluate("document.documentElement.scrollWidth") > width:
            problems.append(f"{name}: the page is wider than the screen")
        for table in phone_page.evaluate(TABLES):
            if table["left"] < -1 or table["right"] > width + 1:
                problems.append(f"{name}: table [{table['head']}] reaches past the screen's edge")
            elif table["scrolls"] and not table["cue"]:
                problems.append(f"{name}: table [{table['head']}] scrolls with no cue that it does")
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


def test_copy_link_is_shown_on_every_h2_and_a_tap_copies_its_url(built_site, server, phone_page):
    problems = []
    for name, url in browser_urls(phone_page, built_site, server):
        open_page(phone_page, url)
        here = phone_page.evaluate("location.origin + location.pathname")
        controls = phone_page.evaluate(CONTROLS)
        for control in controls:
            if control.get("missing"):
                problems.append(f"{name}#{control['id']}: no copy-link control")
            elif control["opacity"] <= 0.3 or control["visibility"] != "visible" or control["width"] < 20:
                problems.append(f"{name}#{control['id']}: copy-link control not shown without hover: {control}")
            elif control["right"] > phone_page.evaluate("innerWidth"):
                problems.append(f"{name}#{control['id']}: copy-link control past the screen's edge")
        for heading in {c["id"] for c in controls[:1] + controls[-1:] if not c.get("missing")}:
            where = f"{name}#{heading}"
            phone_page.evaluate("document.getElementById('rg-link-status').textContent = ''")
            phone_page.locator(f"[id='{heading}'] .rg-copy-link").tap()
            assert becomes(phone_page, "navigator.clipboard.readText()", f"{here}#{heading}"), f"{where}: not copied"
            assert becomes(phone_page, "document.getElementById('rg-link-status').textContent", "Link copied"), where
    assert not problems, "\n".join(problems)


def test_stacked_tables_have_no_serious_violations(phone_page):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: `make test` installs it with npm ci (package.json pins axe-core)")
    violations = []
    for url in SHOTS:
        open_page(phone_page, url)
        violations += [f"{url}: {v}" for v in axe_violations(phone_page, str(AXE))]
    assert not violations, "\n".join(violations)


@pytest.mark.skipif(not os.environ.get("PHONE_SHOTS"), reason="set PHONE_SHOTS=<folder> to save screenshots")
def test_screenshots_for_review(phone_page):
    folder = Path(os.environ["PHONE_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    for url in SHOTS:
        open_page(phone_page, url)
        phone_page.screenshot(path=folder / f"{url.strip('/').split('/')[-1]}.png", full_page=True)
