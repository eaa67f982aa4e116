"""The one visit per page and screen size that the page-wide gates read (tests/sweep.py), on a site broken on purpose
(tests/fixtures/browser/broken-site): each gate's record holds what the gate must report."""
from conftest import serve_folder
from helpers import FIXTURES
from sweep import desktop_sweep, phone_sweep
from test_browser_phone import cut_off_tables, hidden_copy_links
from test_no_foreign_requests import problems_seen

BROKEN = FIXTURES / "browser" / "broken-site"


def test_each_gate_finds_its_problem_on_a_site_broken_on_purpose(browser):
    with serve_folder(BROKEN) as server:
        desktop, phone = desktop_sweep(browser, BROKEN, server), phone_sweep(browser, BROKEN, server)
    assert sorted(desktop) == sorted(phone) == ["/", "/foreign/"]
    broken, foreign = desktop["/"], desktop["/foreign/"]
    assert any(v.startswith("label (critical)") and v.endswith("-> input") for v in broken["axe"]), broken["axe"]
    assert any(v.startswith("script-src-elem blocked inline") for v in broken["csp"]), broken["csp"]
    assert "src /broken.js" in broken["scripts"] and "inline 56" in broken["scripts"], broken["scripts"]
    seen = problems_seen(foreign)
    assert "request to another origin: https://tracker.example.net/pixel.gif" in seen, seen
    assert "request to another origin: https://api.example.org/late" in seen, seen  # after the load event
    assert f"console error: broken on purpose ({server}/broken.js:2)" in seen, seen  # lines count from 0
    assert cut_off_tables(phone) == ["/: the page is wider than the screen",
                                     "/: table [Cut off] reaches past the screen's edge",
                                     "/: table [Scrolls unseen] scrolls with no cue that it does"]
    hidden = hidden_copy_links(phone)
    assert hidden[0] == "/#plain: no copy-link control" and hidden[1].startswith(
        "/#faint: copy-link control not shown without hover: {"), hidden
    assert len(hidden) == 2, hidden
