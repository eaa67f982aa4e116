"""Browser gate: every built page, opened in Chromium, asks nothing of other origins and logs no errors."""

from gates import visit
from helpers import FIXTURES
from sweep import unread

FIXTURES = FIXTURES / "browser"


def problems_seen(seen) -> list[str]:
    """The requests to other origins and console errors of one visit (`gates.visit`)."""
    return ([f"request to another origin: {u}" for u in seen["foreign"]]
            + [f"console error: {message}" for message in seen["console"]])


def test_pages_load_nothing_from_elsewhere_and_log_no_errors(desktop_pages):
    problems = unread(desktop_pages) + [f"{name}: {p}" for name, found in desktop_pages.items() if "error" not in found
                                        for p in problems_seen(found)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_checker_catches_foreign_requests_and_console_errors(browser, server):
    """The gate itself, on a page that loads a stylesheet and an image from elsewhere and logs an error."""
    context = browser.new_context(base_url=server)
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server) else route.abort())
    context.route(f"{server}/__fixture__/foreign.html",
                  lambda route: route.fulfill(path=FIXTURES / "foreign.html", content_type="text/html"))
    try:
        problems = problems_seen(visit(context.new_page(), f"{server}/__fixture__/foreign.html", server))
    finally:
        context.close()
    assert "request to another origin: https://cdn.example.com/style.css" in problems, problems
    assert "request to another origin: https://tracker.example.net/pixel.gif" in problems, problems
    assert any("console error: broken on purpose" in p for p in problems), problems
