"""Search finds every occupation by the titles O*NET files under it, in Chromium, and a deep guide comes before
the occupations that share its title. Titles and occupations are from O*NET 30.1's Alternate Titles and Sample of
Reported Titles, one title from each of ten job families."""
import json
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import ROOT
from test_browser_search_ranking import SECTION_TEXT, first_result, result_pages


def more_result_pages(page, server, words, wanted=15) -> list[str]:
    """The result pages once the list is scrolled until it holds `wanted` results or all there are: the search marks
    the list with how many it shows and how many are left, so each scroll waits for its own five."""
    result_pages(page, server, words)
    shown = "() => document.querySelector('.md-search-result').dataset.rgShown.split(' ').map(Number)"
    count, left = page.evaluate(shown)
    while count < wanted and left:
        page.locator(".md-search__scrollwrap").evaluate(
            "box => { box.scrollTop = box.scrollHeight; box.dispatchEvent(new Event('scroll')); }")
        page.wait_for_function(f"n => ({shown})()[0] > n", arg=count)
        count, left = page.evaluate(shown)
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


# A job title with words about pay and place, as people ask: the guide of the job the title names comes first (its
# pay covers the nation, every state and every metro area), not another job's page that has the other words. Where
# the title is a deep guide's, the deep guide comes first; where it is an occupation's O*NET title (Registered Nurses,
# Software Developers, Sales Managers) or one of its other titles (O*NET files "Customer Success Manager" under
# 43-1011 and "Account Executive" under 11-2011), that occupation. "Truck Driver" is a title of five occupations;
# the one of tractor-trailer drivers holds the most of its words.
JOB_QUESTIONS = [
    ("registered nurse salary denver", "occupations/29-1141/"),
    ("how much does a registered nurse make", "occupations/29-1141/"),
    ("software developer salary", "occupations/15-1252/"),
    ("sales manager salary denver", "occupations/11-2022/"),
    ("truck driver pay texas", "occupations/53-3032/"),
    ("customer success manager", "occupations/43-1011/"),
    ("Account Executive", "occupations/11-2011/"),
    ("account manager salary", "account-manager/compensation/"),
    ("account manager salary denver", "account-manager/compensation/"),
]


@pytest.mark.parametrize("words, expected", JOB_QUESTIONS)
def test_the_guide_of_the_job_named_comes_first(search_page, server, words, expected):
    pages = result_pages(search_page, server, words)
    assert pages[:1] == [expected], pages[:5]


def test_enter_opens_the_first_result(page, server):
    """Material's Enter key opens the result with the highest score: the first one, also where a page about the job
    named comes before a page that scores more for the other words."""
    page.goto(server + "/")
    result_pages(page, server, "sales manager salary denver")
    first = page.locator(".md-search-result__item > a").first.get_attribute("href")
    page.locator(".md-search__input").press("Enter")
    page.wait_for_url(urljoin(server + "/", first))
    assert urlsplit(page.url).path.endswith("/occupations/11-2022/"), page.url


@pytest.mark.parametrize("words, occupation", [("registered nurse salary denver", "29-1141"),
                                               ("software developer salary", "15-1252")])
def test_a_question_about_a_job_s_salary_opens_its_pay(search_page, server, words, occupation):
    """The guide says "Pay", not "salary": the first result opens its pay, which shows the national median of the
    committed OEWS rows (area 0000000: employment, then the 10th, 25th and 50th percentiles)."""
    target = first_result(search_page, server, words)
    assert target == f"occupations/{occupation}/#pay", target
    rows = json.loads((ROOT / "data" / "occupations" / "wages" / f"{occupation}.json").read_text(encoding="utf-8"))
    median = next(row for row in rows["rows"] if row[0] == "0000000")[4]
    reader = search_page.context.new_page()
    try:
        reader.goto(f"{server}/{target}")
        shown = reader.evaluate(SECTION_TEXT, "pay")
    finally:
        reader.close()
    assert f"${median:,}" in shown, shown[:500]
