"""The site's search on Pagefind's index, in Chromium: excerpts show the words found as marked text, what is
typed is never run as markup, nothing is asked of other origins, the keys Material users know still work, the
site works under a sub-path, and a copy of the site without an index says that search is unavailable."""
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from test_browser_search import search, type_query

META = ".md-search-result__meta"


def test_excerpts_show_the_words_found_as_marked_text(page, server):
    assert search(page, server, "ChurnZero")
    marks = page.locator(".md-search-result__article mark").all_inner_texts()
    assert marks and all("churnzero" in mark.lower() for mark in marks), marks
    inside = page.locator(".md-search-result__article p").evaluate_all(
        "paragraphs => paragraphs.flatMap(p => [...p.querySelectorAll('*')].map(e => e.tagName))")
    assert set(inside) == {"MARK"}, set(inside)


@pytest.mark.parametrize("hostile", ["<img/src=qqzx/onerror=alert(7)>", "<script>alert(7)</script>"])
def test_a_hostile_query_is_shown_literally(page, server, hostile):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/")
    title = page.title()
    box = page.locator(".md-search__input")
    box.focus()
    box.press_sequentially(hostile, delay=10)
    meta = page.locator(META)
    meta.filter(has_text=hostile).wait_for(timeout=10_000)
    assert page.locator(".md-search img, .md-search script").count() == 0
    assert page.title() == title and not dialogs, dialogs


def test_search_asks_nothing_of_other_origins(page, server):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    assert search(page, server, "renewals pricing")
    foreign = [url for url in requests if not url.startswith(server)]
    assert not foreign, foreign
    fetched = " ".join(requests)
    for part in ("/pagefind/pagefind.js", "/pagefind/pagefind-entry.json", ".pf_meta", ".pf_index", ".pf_fragment"):
        assert part in fetched, part
    assert "search_index.json" not in fetched


def test_the_keys_material_users_know(page, server):
    page.goto(server + "/account-manager/")
    toggle, box = page.locator("#__search"), page.locator(".md-search__input")
    page.keyboard.press("/")
    expect(box).to_be_focused()
    expect(toggle).to_be_checked()
    page.keyboard.type("scorecard", delay=20)
    page.locator(".md-search-result__item a").first.wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    expect(page.locator(".md-search-result__link").first).to_be_focused()
    page.keyboard.press("Escape")
    expect(toggle).not_to_be_checked()
    page.keyboard.press("s")
    expect(box).to_be_focused()
    expect(toggle).to_be_checked()
    page.keyboard.press("Enter")
    page.wait_for_url("**/account-manager/scorecard/**")


def test_search_works_when_the_site_lives_under_a_sub_path(page, server, built_site):
    def serve(route):
        path = unquote(urlsplit(route.request.url).path).removeprefix("/sub/")
        file = built_site / path
        if path == "" or path.endswith("/"):
            file = file / "index.html"
        route.fulfill(path=file) if file.is_file() else route.fulfill(status=404, body="not found")

    page.route(f"{server}/sub/**", serve)
    page.goto(f"{server}/sub/account-manager/")
    links = type_query(page, "ChurnZero")
    paths = [urlsplit(urljoin(page.url, link)).path for link in links]
    assert paths and all(path.startswith("/sub/account-manager/") for path in paths), paths


def test_a_copy_without_the_index_says_search_is_unavailable(page, server):
    page.route(f"{server}/pagefind/**", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(server + "/")
    box = page.locator(".md-search__input")
    box.focus()
    box.press_sequentially("quota", delay=20)
    page.locator(META).filter(has_text="Search is unavailable").wait_for(timeout=10_000)
    assert page.locator(".md-search-result__item").count() == 0
