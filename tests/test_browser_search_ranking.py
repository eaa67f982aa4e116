"""The site's search, in Chromium, puts the right page first for what people ask, and the reference pages
(sources, About the data) and the composer's form do not crowd the results."""
import gzip
import json
import time
from urllib.parse import urlsplit

import pytest

from gates import tree
from test_browser_search import type_query

# What people type, and the page that should come first.
QUERIES = [
    ("quota", "account-manager/responsibilities/"),
    ("what does an account manager do", "account-manager/"),
    ("what is an account manager", "account-manager/"),
    ("senior account manager new york salary", "account-manager/compensation/"),
    ("account manager salary", "account-manager/compensation/"),
    ("average salary in chicago", "account-manager/compensation/"),
    ("interview questions for senior", "account-manager/interview/"),
    ("questions to ask an account manager candidate", "account-manager/interview/"),
    ("account manager vs account executive", "account-manager/comparisons/"),
    ("job description template", "account-manager/templates/"),
    ("red flags", "account-manager/hiring/"),
    ("where to find candidates", "account-manager/hiring/"),
    ("career path", "account-manager/career/"),
    ("entry level", "account-manager/levels/"),
    ("remote", "account-manager/environments/"),
    ("hybrid", "account-manager/environments/"),
    ("healthcare", "account-manager/industries/"),
    ("common mistakes", "account-manager/success/"),
    ("scorecard", "account-manager/scorecard/"),
    ("download json", "account-manager/data/"),
]
REFERENCE_PAGES = ("sources/", "account-manager/data/")


@pytest.fixture(scope="module")
def search_page(browser, server):
    """One open page for every query, as a person searches again without reloading."""
    context = browser.new_context()
    foreign = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
                  else (foreign.append(route.request.url), route.abort()))
    page = context.new_page()
    page.goto(server + "/")
    yield page
    context.close()
    assert not foreign, f"requests to other origins: {foreign}"


def result_pages(page, server, words) -> list[str]:
    """The pages of the results, best first, once the list has stopped changing."""
    links, previous = type_query(page, words), None
    for _ in range(20):
        if links == previous:
            break
        time.sleep(0.2)
        previous, links = links, page.locator(".md-search-result__item a").evaluate_all(
            "links => links.map(link => link.getAttribute('href'))")
    paths = [urlsplit(link).path.removeprefix(urlsplit(server).path).lstrip("/") for link in links]
    return list(dict.fromkeys(paths))


@pytest.mark.parametrize("words, expected", QUERIES)
def test_the_right_page_comes_first(search_page, server, words, expected):
    pages = result_pages(search_page, server, words)
    assert pages[:1] == [expected], pages[:5]
    crowding = [p for p in pages[:3] if p in REFERENCE_PAGES and p != expected]
    assert not crowding, pages[:5]


def test_the_composer_form_is_not_indexed(built_site):
    html = (built_site / "account-manager" / "composer" / "index.html").read_text(encoding="utf-8")
    form = next(e for e in tree(html).iter("form") if e.get("id") == "composer-form")
    assert form.get("data-search-exclude") is not None
    labels = "".join(form.itertext()).strip()[:40]
    composer = " ".join(fragment["content"] for fragment in pagefind_fragments(built_site)
                        if fragment["url"].endswith("account-manager/composer/"))
    assert composer and labels and labels not in composer


def pagefind_fragments(site) -> list[dict]:
    """The text Pagefind indexed for each page: gzipped JSON after a `pagefind_dcd` signature."""
    fragments = []
    for path in sorted((site / "pagefind" / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        fragments.append(json.loads(data.removeprefix(b"pagefind_dcd")))
    return fragments
