"""The same sources built by Zensical, the successor of Material for MkDocs, and finished by the same post-build
steps, publish the same site: pages, search index, downloads and Content Security Policy; in Chromium, the header's
search box answers from the site's Pagefind index as in the MkDocs build, and no page breaks its policy."""
import functools
import gzip
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, _guarded_page, once_per_run, serve_folder, shared_folder
from gates import is_occupation_page, select, site_pages, tree, visible_text
from macros.build import csp
from helpers import WATCH, data_values, shown
from test_browser_search import search


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    """`make zensical-build` in a copy of the project, once per test run (conftest.once_per_run), as the MkDocs build
    is (conftest.strict_build)."""
    shared = shared_folder(tmp_path_factory)
    project = shared / "zensical"

    def build():
        for name in ("docs", "data", "macros", "overrides"):
            shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        for name in ("mkdocs.yml", "Makefile", "requirements.txt"):
            shutil.copy2(ROOT / name, project / name)
        result = subprocess.run(["make", "--no-print-directory", "zensical-build", f"VENV={ROOT / '.venv'}"],
                                cwd=project, capture_output=True, text=True)
        return [result.returncode, result.stdout + result.stderr]

    returncode, printed = once_per_run(shared, "zensical", build)
    assert returncode == 0, printed
    return project / "site"


def published(site: Path) -> list[tuple[str, Path]]:
    """(URL, file) of every page (not the 404 page, not redirect stubs, which only MkDocs writes)."""
    return [(url, path) for url, path in site_pages(site) if path.name == "index.html"]


@functools.cache
def page_texts(site: Path) -> dict[str, str]:
    """URL -> visible text of every published page, each page parsed once a run."""
    return {url: visible_text(tree(path.read_text(encoding="utf-8"))) for url, path in published(site)}


def headings(path: Path) -> list[str]:
    """The h1-h3 headings of a page's article (of the whole page if it has none there), as a reader sees them."""
    html = path.read_text(encoding="utf-8")
    found = select(html, "article h1, article h2, article h3") or select(html, "h1, h2, h3")
    return [visible_text(h).replace("¶", "").strip() for h in found]


def test_both_builds_publish_the_same_pages(built_site, zensical_site):
    assert {url for url, _ in published(built_site)} == {url for url, _ in published(zensical_site)}


def test_every_heading_is_in_both_builds(built_site, zensical_site):
    pages, zensical_texts = published(built_site), page_texts(zensical_site)
    assert len(pages) > 900
    missing = [(url, h) for url, path in pages for h in headings(path) if h and h not in zensical_texts.get(url, "")]
    assert not missing, missing[:10]


def test_every_data_string_is_in_the_zensical_build(site, zensical_site):
    # The occupations' pages are compared heading by heading above, and the reference tables are shown in part (see
    # tests/build/test_build.py): every other value of the data must be on the other pages.
    text = " ".join(text for url, text in page_texts(zensical_site).items() if not is_occupation_page(url))
    site = site.model_copy(update={"wages": None, "occupations": {}, "occupation_release": None,
                                   "occupation_wages": {}})
    missing = [(p, v) for p, v in data_values(site) if not shown(v, text)]
    assert not missing, missing[:10]


def indexed(site: Path) -> dict[str, str]:
    """URL -> text of every page in Pagefind's index, read back from its compressed fragments."""
    pages = {}
    for fragment in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        record = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        pages[record["url"]] = record["content"]
    return pages


def test_both_builds_index_the_same_pages_for_search(built_site, zensical_site):
    mkdocs_index, zensical_index = indexed(built_site), indexed(zensical_site)
    assert len(mkdocs_index) > 10
    assert set(zensical_index) == set(mkdocs_index)
    entry = json.loads((zensical_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == len(mkdocs_index)
    assert "Account Manager" in zensical_index["/account-manager/"]


def test_both_builds_publish_the_same_downloads(built_site, zensical_site):
    downloads = sorted(p.relative_to(built_site) for p in built_site.glob("*/downloads/*"))
    assert downloads, "the MkDocs build has no downloads"
    assert sorted(p.relative_to(zensical_site) for p in zensical_site.glob("*/downloads/*")) == downloads
    different = [str(p) for p in downloads if (zensical_site / p).read_bytes() != (built_site / p).read_bytes()]
    assert not different


def test_every_zensical_page_carries_exactly_its_policy(zensical_site):
    pages = sorted(zensical_site.rglob("*.html"))
    assert pages
    for path in pages:
        assert path.read_text(encoding="utf-8").count('http-equiv="Content-Security-Policy"') == 1, path
    assert csp.site_problems(zensical_site, (ROOT / "overrides",)) == []


def test_zensical_publishes_no_search_index_of_its_own(zensical_site):
    """Zensical's search is off (mkdocs.yml): its index would be a second copy of every page's text, never read."""
    assert json.loads((zensical_site / "search.json").read_text(encoding="utf-8"))["items"] == []


@pytest.fixture(scope="module")
def zensical_server(zensical_site):
    with serve_folder(zensical_site) as url:
        yield url


@pytest.fixture
def zensical_page(browser, zensical_server):
    """A fresh page of the Zensical build that records policy violations and console errors."""
    with _guarded_page(browser, zensical_server) as page:
        page.context.add_init_script(WATCH)
        page.errors = []
        page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
        page.on("pageerror", lambda error: page.errors.append(str(error)))
        yield page


def shown_results(page, words) -> list[tuple[str, str]]:
    """The results listed for `words` once the search has answered them: (link, title) of each page's result."""
    page.locator(f'.md-search-result[data-rg-query="{words}"]').wait_for(state="attached", timeout=30_000)
    return [tuple(result) for result in page.locator(".md-search-result__item > a:first-child").evaluate_all(
        "links => links.map(link => [link.getAttribute('href'), link.querySelector('h1').textContent])")]


def zensical_search(page, words) -> list[tuple[str, str]]:
    """Open the header's search as a person does (its button), type `words`, read the results."""
    page.locator(".md-header .md-search__button").click()
    page.keyboard.type(words, delay=20)
    return shown_results(page, words)


@pytest.mark.parametrize("words, link, title", [
    ("registered nurse", "/occupations/29-1141/", "Registered Nurses"),
    ("account manager salary", "/account-manager/compensation/", "Pay"),
])
def test_the_header_search_box_answers_from_pagefind_as_in_the_mkdocs_build(zensical_page, page, server, words,
                                                                           link, title):
    zensical_page.goto("/")
    found = zensical_search(zensical_page, words)
    assert (link, title) in found, found
    search(page, server, words)
    assert found == shown_results(page, words)
    assert zensical_page.evaluate("window.__violations") == [] and zensical_page.errors == []


def test_the_search_opens_on_narrow_screens_and_enter_opens_the_first_result(browser, zensical_server):
    with _guarded_page(browser, zensical_server, viewport={"width": 390, "height": 844}, has_touch=True,
                       is_mobile=True) as page:
        page.goto("/account-manager/")
        page.locator(".md-header__button[for='__search']").tap()
        page.keyboard.type("quota", delay=20)
        first = shown_results(page, "quota")[0][0]
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{first}")


@pytest.mark.parametrize("path", ["/", "/account-manager/", "/account-manager/compensation/", "/occupations/29-1141/"])
def test_zensical_pages_run_under_their_policy_without_errors(zensical_page, path):
    zensical_page.goto(path, wait_until="load")
    assert zensical_page.evaluate("window.__violations") == [] and zensical_page.errors == []
    assert zensical_page.locator(".md-header .md-search__button").is_visible()
