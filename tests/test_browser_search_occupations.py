"""Search finds every occupation by the titles O*NET files under it, in Chromium, and a deep guide comes before
the occupations that share its title. Titles and occupations are from O*NET 30.1's Alternate Titles and Sample of
Reported Titles, one title from each of ten job families."""
import time
from urllib.parse import urlsplit

import pytest

from test_browser_search_ranking import result_pages, search_page  # noqa: F401 (the fixture)


def more_result_pages(page, server, words, wanted=15) -> list[str]:
    """The result pages once the list is scrolled until it holds `wanted` results or stops growing."""
    pages = result_pages(page, server, words)
    items = page.locator(".md-search-result__item")
    for _ in range(wanted // 5 + 2):
        count = items.count()
        if count >= wanted:
            break
        page.locator(".md-search__scrollwrap").evaluate(
            "box => { box.scrollTop = box.scrollHeight; box.dispatchEvent(new Event('scroll')); }")
        time.sleep(0.5)
        if items.count() == count:
            break
    links = page.locator(".md-search-result__item > a").evaluate_all("links => links.map(l => l.getAttribute('href'))")
    return list(dict.fromkeys(urlsplit(link).path.removeprefix(urlsplit(server).path).lstrip("/") for link in links))

TITLES = [
    ("Account Executive", ["11-2011"]),
    ("Forensic Accountant", ["13-2011", "13-2099-04"]),
    ("Java Developer", ["15-1251"]),
    ("Paralegal", ["23-2011"]),
    ("Staff Nurse", ["29-1141", "29-1141-01", "29-1141-03"]),
    ("Barista", ["35-3023", "35-3023-01"]),
    ("Customer Success Manager", ["43-1011"]),
    ("Drywall Hanger", ["47-2081"]),
    ("Welder", ["51-4121"]),
    ("Forklift Operator", ["53-7051", "47-2073", "47-5041"]),
]


@pytest.mark.parametrize("title, occupations", TITLES)
def test_an_alternate_title_finds_its_occupations(search_page, server, title, occupations):
    """The occupation O*NET files the title under first is among the first results shown, every other one among
    the first ten occupations listed."""
    shown = result_pages(search_page, server, title)
    assert f"occupations/{occupations[0]}/" in shown, shown
    found = [p for p in more_result_pages(search_page, server, title) if p.startswith("occupations/")]
    assert not [o for o in occupations if f"occupations/{o}/" not in found[:10]], found[:12]


def test_a_deep_guide_comes_before_the_occupations_that_share_its_title(search_page, server):
    """O*NET files "Account Manager" under five occupations; the deep guide of that title comes first."""
    pages = result_pages(search_page, server, "Account Manager")
    assert pages[0] == "account-manager/", pages[:8]
