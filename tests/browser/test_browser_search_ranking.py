"""The site's search, in Chromium, puts the right page first for what people ask, and the reference pages
(sources, About the data) and the composer's form do not crowd the results."""
import gzip
import json
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

# Questions as people ask them, the page and section the first result should open (None: the top of the page;
# a pair: either of two sections that both answer), and words the reader then sees in that section: the answer,
# read from the data by hand.
QUESTIONS = [
    ("how much does an account manager make", "account-manager/compensation/", None, "base salary"),
    ("how much do senior account managers make", "account-manager/compensation/", "pay-by-experience-level",
     "$85,000–$120,000"),
    ("what salary can I expect", "account-manager/compensation/", None, "base salary"),
    ("how long to become senior", "account-manager/levels/", "step-mid-to-senior", "3–5 years"),
    ("how many years to become senior", "account-manager/levels/", "step-mid-to-senior", "5–8 years"),
    ("how long does it take to become a senior account manager", "account-manager/levels/",
     ("level-senior", "step-mid-to-senior"), "5"),
    ("how long until I get promoted", "account-manager/career/", None, "5 to 7"),
    ("will I have to travel", "account-manager/environments/", "setting-travel", "quarterly"),
    ("how often will I travel", "account-manager/environments/", "setting-travel", "monthly"),
    ("can I work from home", "account-manager/environments/", ("context-remote-hybrid", "setting-remote"), "remote"),
    ("is it a remote job", "account-manager/environments/", ("context-remote-hybrid", "setting-remote"), "remote"),
    ("what questions will they ask me in the interview", "account-manager/interview/", None, "questions"),
    ("what should I ask in an interview", "account-manager/interview/", None, "questions"),
]


def result_pages(page, server, words) -> list[str]:
    """The pages of the results, best first, once the results of these very words are on screen (the search
    marks the list with the query it shows, so a list left from a shorter query typed on the way is not read)."""
    links = type_query(page, words)
    paths = [urlsplit(link).path.removeprefix(urlsplit(server).path).lstrip("/") for link in links]
    return list(dict.fromkeys(paths))


@pytest.mark.parametrize("words, expected", QUERIES)
def test_the_right_page_comes_first(search_page, server, words, expected):
    pages = result_pages(search_page, server, words)
    assert pages[:1] == [expected], pages[:5]
    crowding = [p for p in pages[:3] if p in REFERENCE_PAGES and p != expected]
    assert not crowding, pages[:5]


def first_result(page, server, words) -> str:
    """The address the first result opens (its main link, which Enter follows), once the list has settled."""
    result_pages(page, server, words)
    href = page.locator(".md-search-result__item").first.locator("a").first.get_attribute("href")
    return urlsplit(href).path.removeprefix(urlsplit(server).path).lstrip("/") + (
        "#" + urlsplit(href).fragment if urlsplit(href).fragment else "")


SECTION_TEXT = """fragment => {
  const start = document.getElementById(fragment);
  const heading = start.closest('h1, h2, h3, h4') || start;
  const level = /^H[1-4]$/.test(heading.tagName) ? Number(heading.tagName[1]) : 6;
  let text = heading.innerText, node = heading.nextElementSibling;
  while (node && !(/^H[1-4]$/.test(node.tagName) && Number(node.tagName[1]) <= level)) {
    text += '\\n' + node.innerText;
    node = node.nextElementSibling;
  }
  return text;
}"""


@pytest.mark.parametrize("words, expected_page, expected_section, answer", QUESTIONS)
def test_a_plain_question_opens_the_section_that_answers_it(search_page, server, words, expected_page,
                                                             expected_section, answer):
    target = first_result(search_page, server, words)
    path, _, fragment = target.partition("#")
    sections = expected_section if isinstance(expected_section, tuple) else (expected_section,)
    assert path == expected_page and (fragment or None) in sections, target
    reader = search_page.context.new_page()
    try:
        reader.goto(f"{server}/{target}")
        shown = reader.evaluate(SECTION_TEXT, fragment) if fragment else reader.locator("article").inner_text()
    finally:
        reader.close()
    assert answer.casefold() in shown.casefold(), shown[:500]


def test_the_first_search_on_a_page_answers_as_the_same_words_searched_again(page, server):
    """The first search on a freshly opened page (its index and each page's data still loading) lists the same
    results, opening the same sections, as the same words typed again."""
    page.goto(server + "/")
    first = type_query(page, "can I work from home")
    assert type_query(page, "can I work from home") == first
    assert urlsplit(first[0]).fragment in ("context-remote-hybrid", "setting-remote"), first[:3]


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
