"""One visit of every page of the built site (`gates.browser_urls`) per screen size, for the page-wide browser gates.

Opening a page costs far more than reading it, so each page is opened once on a desktop screen and once on a phone,
and everything the page-wide gates read is collected on that visit: requests to other origins, console errors and
uncaught exceptions, Content Security Policy violations, the scripts the page runs and axe-core's serious and
critical violations (desktop); the width of the page and of each table, and the copy-link control of each h2
(phone). Each gate then asserts on its own part of the record. A page that cannot be opened is recorded with why,
and every gate reports it."""
from pathlib import Path

from conftest import PHONE, guarded_context
from gates import browser_urls, visit
from helpers import ROOT, WATCH

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

RUN_AXE = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations.filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(" "))}));
}"""

SCRIPTS = """() => [...document.scripts].map(s =>
    s.src ? 'src ' + new URL(s.src).pathname.replace(/^.*?\\/assets\\//, 'assets/')
          : (s.type && s.type !== 'text/javascript') ? `data ${s.type} #${s.id}` : 'inline ' + s.text.length)"""

# Each visible table of the content: how far it reaches, whether it scrolls inside itself and whether it shows the
# scroll cue (tables.css: shadows in a scroll-fixed background).
TABLES = """() => [...document.querySelectorAll('.md-content table')].filter(t => t.checkVisibility()).map(t => {
  const box = t.getBoundingClientRect(), style = getComputedStyle(t);
  return {head: [...t.rows[0].cells].map(c => c.textContent.trim()).join(' | ').slice(0, 60),
          left: box.left, right: box.right, scrolls: t.scrollWidth > t.clientWidth + 1,
          cue: style.backgroundImage.includes('gradient') && style.backgroundAttachment.includes('local')};
})"""

# The copy-link control of each h2 of the content, as the reader sees it without hovering.
COPY_LINKS = """() => [...document.querySelectorAll('.md-content h2')].map(h => {
  const control = h.querySelector('.rg-copy-link');
  if (!control) return {id: h.id, missing: true};
  const box = control.getBoundingClientRect(), style = getComputedStyle(control);
  return {id: h.id, opacity: Number(style.opacity), visibility: style.visibility,
          width: box.width, height: box.height, right: box.right};
})"""

# Opens every closed <details> of the content; tables.js fits the tables again on the next frame and marks the root
# element once done, so the mark is taken away first and its return is the sign that the fitting is over.
OPEN_DETAILS = """() => {
  const closed = [...document.querySelectorAll('.md-content details')].filter(d => !d.open);
  if (closed.length) delete document.documentElement.dataset.rgTablesFitted;
  closed.forEach(d => { d.open = true; });
  return closed.length;
}"""
TABLES_FITTED = "() => document.documentElement.dataset.rgTablesFitted !== undefined"
# The composers and the comparison start once the site's place index is fetched, which may be after the load event.
STARTED = "() => [...document.querySelectorAll('#composer, #compare')].every(e => e.hasAttribute('data-ready'))"


def axe_source() -> str:
    if not AXE.is_file():
        raise AssertionError(f"{AXE} is missing: `make test` installs it with npm ci (package.json pins axe-core)")
    return AXE.read_text(encoding="utf-8")


def axe_violations(page, source: str | None = None) -> list[str]:
    """Serious and critical axe-core violations of the open page: 'id (impact): help -> targets'."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(source or axe_source())  # an injected <script> would break the page's policy
    return [f"{v['id']} ({v['impact']}): {v['help']} -> {', '.join(v['targets'][:5])}"
            for v in page.evaluate(RUN_AXE)]


def script_signatures(page) -> list[str]:
    """Each script element of the live page: its address, or its type and id, or the length of its text."""
    return page.evaluate(SCRIPTS)


def _sweep(browser, site: Path, server: str, read, **options) -> dict:
    """{page: what `read(page, seen)` returns once it is loaded (`seen`: its console errors and requests to other
    origins, see `gates.visit`), or {'error': why it could not be opened and read}}."""
    from playwright.sync_api import Error as PlaywrightError

    context = guarded_context(browser, server, **options)
    context.add_init_script(WATCH)  # window.__violations: the page's policy violations
    cached, routed = context.new_page(), context.new_page()
    found = {}
    try:
        # The 404 page is served through a route of `routed` (see `browser_urls`); a route turns off a page's cache,
        # so every other page is opened in `cached`.
        for name, url in browser_urls(routed, site, server):
            page = cached if url == server + name else routed
            context.foreign.clear()
            try:
                seen = visit(page, url, server)
                page.wait_for_function(STARTED)
                # The context also sees what the page asked for after its load event (a composer's place index).
                seen["foreign"] += [u for u in context.foreign if u not in seen["foreign"]]
                found[name] = read(page, seen)
            except PlaywrightError as error:
                found[name] = {"error": f"could not be opened and read: {str(error).splitlines()[0]}"}
    finally:
        context.close()
    return found


def unread(pages: dict) -> list[str]:
    """'page: why' for each page of a sweep that could not be opened and read."""
    return [f"{name}: {found['error']}" for name, found in pages.items() if "error" in found]


def desktop_sweep(browser, site: Path, server: str) -> dict:
    """Each page on a desktop screen: console errors up to its load event, requests to other origins and policy
    violations once its composer or comparison has started, the scripts it runs, then axe-core's serious and critical
    violations."""
    source = axe_source()

    def read(page, seen):
        found = {"console": seen["console"], "foreign": seen["foreign"], "csp": page.evaluate("window.__violations"),
                 "scripts": sorted(set(script_signatures(page)))}
        return found | {"axe": axe_violations(page, source)}

    return _sweep(browser, site, server, read)


def phone_sweep(browser, site: Path, server: str) -> dict:
    """Each page on a phone (390 × 844, touch), once its tables are fitted: the copy-link control of each h2, then,
    with every <details> opened and the tables fitted again, the widths of the screen, the page and each table."""
    def read(page, seen):
        page.wait_for_function(TABLES_FITTED)
        found = {"copy_links": page.evaluate(COPY_LINKS)}
        if page.evaluate(OPEN_DETAILS):
            page.wait_for_function(TABLES_FITTED)
        # The phone's screen, not the window: a phone zooms out a page wider than its screen, and the window widens.
        return found | {"screen": page.evaluate("screen.width"),
                        "page": page.evaluate("document.documentElement.scrollWidth"), "tables": page.evaluate(TABLES)}

    return _sweep(browser, site, server, read, viewport=PHONE, has_touch=True, is_mobile=True)
