"""Accessibility gate: axe-core finds nothing serious or critical on any built page or on the composer in use,
and the keyboard reaches every control of the composer."""
import pytest

from conftest import ROOT
from helpers import FIXTURES
from sweep import axe_violations, unread

FIXTURES = FIXTURES / "browser"
COMPOSER = ROOT / "docs" / "account-manager" / "composer.md"
COMPOSER_URL = "/account-manager/composer/"
CONTROLS = "select, input:not([type=hidden]), button, textarea"


def unreachable_controls(page, container) -> list[str]:
    """Controls inside `container` that pressing Tab from the top of the page never focuses."""
    wanted = page.eval_on_selector_all(f"{container} :is({CONTROLS})", """els => els
        .filter(e => !e.disabled && e.checkVisibility())
        .map((e, i) => { e.dataset.keyboardWalk = i;
                         return e.id || e.name || `${e.tagName.toLowerCase()} "${e.textContent.trim()}"`; })""")
    stops = page.evaluate("document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length")
    page.evaluate("""() => { document.activeElement && document.activeElement.blur(); window.__reached = [];
        document.addEventListener('focusin', e => window.__reached.push(e.target.dataset.keyboardWalk), true); }""")
    for _ in range(stops + 5):
        page.keyboard.press("Tab")
    reached = set(page.evaluate("window.__reached"))
    return [name for i, name in enumerate(wanted) if str(i) not in reached]


def test_every_page_has_no_serious_violations(desktop_pages):
    by_rule = {}
    for name, found in desktop_pages.items():
        for violation in found.get("axe", []):
            rule, targets = violation.split(" -> ", 1)
            by_rule.setdefault(rule, []).append(f"{name} -> {targets}")
    problems = unread(desktop_pages) + [f"{rule}\n    " + "\n    ".join(where) for rule, where in by_rule.items()]
    assert not problems, f"{sum(map(len, by_rule.values()))} serious or critical violations:\n" + "\n".join(problems)


def _use_composer(page):
    """Pick the last option of every choice and fill every text field, as a person would."""
    page.fill("#composer-place", "New York-Newark-Jersey City, NY-NJ")  # a place that asks for its state and city
    for select in page.query_selector_all("#composer select"):
        values = select.eval_on_selector_all("option", "options => options.map(o => o.value)")
        if select.is_visible():
            select.select_option(values[-1])
    for box in page.query_selector_all("#composer input[type=checkbox]"):
        if box.is_visible():
            box.check()
    for field in page.query_selector_all("#composer input[type=text], #composer textarea"):
        if field.is_visible():
            field.fill("Example & <Co>")


def test_composer_in_use_has_no_serious_violations(built_site, server, page):
    if not COMPOSER.exists():
        pytest.skip("docs/account-manager/composer.md is not written yet; re-run once it exists")
    page.goto(f"{server}{COMPOSER_URL}", wait_until="load")
    _use_composer(page)
    violations = axe_violations(page)
    assert not violations, "\n".join(violations)


def test_keyboard_reaches_every_composer_control(built_site, server, page):
    if not COMPOSER.exists():
        pytest.skip("docs/account-manager/composer.md is not written yet; re-run once it exists")
    page.goto(f"{server}{COMPOSER_URL}", wait_until="load")
    assert page.query_selector_all(f"#composer-form :is({CONTROLS})"), "the composer form has no controls"
    missed = unreachable_controls(page, "#composer")
    assert not missed, f"Tab never reaches: {missed}"


# --- the gate itself, on broken input ----------------------------------------

def _open_fixture(page, server, name):
    page.route(f"{server}/__fixture__/{name}",
               lambda route: route.fulfill(path=FIXTURES / name, content_type="text/html"))
    page.goto(f"{server}/__fixture__/{name}", wait_until="load")


def test_axe_reports_unlabelled_input_and_low_contrast(server, page):
    _open_fixture(page, server, "inaccessible.html")
    violations = axe_violations(page)
    assert any(v.startswith("label (critical)") and "input" in v for v in violations), violations
    assert any(v.startswith("color-contrast (serious)") and v.endswith("-> p") for v in violations), violations


def test_keyboard_walk_reports_unreachable_controls(server, page):
    _open_fixture(page, server, "keyboard-trap.html")
    assert unreachable_controls(page, "#composer") == ["b", "d"]
