"""Accessibility gate: axe-core finds nothing serious or critical on any built page or on the composer in use,
and the keyboard reaches every control of the composer."""
from pathlib import Path

import pytest

from conftest import ROOT
from helpers import FIXTURES
from gates import browser_urls

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
FIXTURES = FIXTURES / "browser"
COMPOSER = ROOT / "docs" / "account-manager" / "composer.md"
COMPOSER_URL = "/account-manager/composer/"
CONTROLS = "select, input:not([type=hidden]), button, textarea"

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(" "))}));
}"""


@pytest.fixture(scope="module")
def axe_path():
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: `make test` installs it with npm ci (package.json pins axe-core)")
    return str(AXE)


def axe_violations(page, axe_path) -> list[str]:
    """Serious and critical axe-core violations of the open page: 'id (impact): help -> targets'."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(Path(axe_path).read_text(encoding="utf-8"))  # an injected <script> would break the page's policy
    return [f"{v['id']} ({v['impact']}): {v['help']} -> {', '.join(v['targets'][:5])}"
            for v in page.evaluate(RUN_AXE)]


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


def test_every_page_has_no_serious_violations(built_site, server, page, axe_path):
    by_rule = {}
    for name, url in browser_urls(page, built_site, server):
        page.goto(url, wait_until="load")
        for violation in axe_violations(page, axe_path):
            rule, targets = violation.split(" -> ", 1)
            by_rule.setdefault(rule, []).append(f"{name} -> {targets}")
    assert not by_rule, f"{sum(map(len, by_rule.values()))} serious or critical violations:\n" + "\n".join(
        f"{rule}\n    " + "\n    ".join(where) for rule, where in by_rule.items())


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


def test_composer_in_use_has_no_serious_violations(built_site, server, page, axe_path):
    if not COMPOSER.exists():
        pytest.skip("docs/account-manager/composer.md is not written yet; re-run once it exists")
    page.goto(f"{server}{COMPOSER_URL}", wait_until="load")
    _use_composer(page)
    violations = axe_violations(page, axe_path)
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


def test_axe_reports_unlabelled_input_and_low_contrast(server, page, axe_path):
    _open_fixture(page, server, "inaccessible.html")
    violations = axe_violations(page, axe_path)
    assert any(v.startswith("label (critical)") and "input" in v for v in violations), violations
    assert any(v.startswith("color-contrast (serious)") and v.endswith("-> p") for v in violations), violations


def test_keyboard_walk_reports_unreachable_controls(server, page):
    _open_fixture(page, server, "keyboard-trap.html")
    assert unreachable_controls(page, "#composer") == ["b", "d"]
