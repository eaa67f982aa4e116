"""Browser gate: every built page, opened in Chromium, asks nothing of other origins and logs no errors."""

from gates import browser_urls, visit
from helpers import FIXTURES

FIXTURES = FIXTURES / "browser"


def page_problems(page, url, origin) -> list[str]:
    seen = visit(page, url, origin)
    return ([f"request to another origin: {u}" for u in seen["foreign"]]
            + [f"console error: {message}" for message in seen["console"]])


def test_pages_load_nothing_from_elsewhere_and_log_no_errors(built_site, server, page):
    problems = [f"{name}: {p}" for name, url in browser_urls(page, built_site, server)
                for p in page_problems(page, url, server)]
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_checker_catches_foreign_requests_and_console_errors(browser, server):
    """The gate itself, on a page that loads a stylesheet and an image from elsewhere and logs an error."""
    context = browser.new_context(base_url=server)
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server) else route.abort())
    context.route(f"{server}/__fixture__/foreign.html",
                  lambda route: route.fulfill(path=FIXTURES / "foreign.html", content_type="text/html"))
    try:
        problems = page_problems(context.new_page(), f"{server}/__fixture__/foreign.html", server)
    finally:
        context.close()
    assert "request to another origin: https://cdn.example.com/style.css" in problems, problems
    assert "request to another origin: https://tracker.example.net/pixel.gif" in problems, problems
    assert any("console error: broken on purpose" in p for p in problems), problems
