"""The site's search (Pagefind's index in Material's search box), in Chromium: templates and interview questions
are found by their words."""
import pytest


def search(page, server, words):
    """Open the home page and type `words` into the search box as a person would; the links of the results (see
    `type_query`)."""
    page.goto(server + "/")
    return type_query(page, words)


def type_query(page, words):
    """Replace what the search box of the open page holds with `words`, typed; the links of the results once those of
    these very words are on screen. The search runs the words once its index has loaded, however long that takes, and
    marks the list with the query it shows (an empty box, no query), so a list left from a shorter query typed on the
    way, or from the same words typed before, is not read."""
    box = page.locator(".md-search__input")
    box.focus()
    box.press("Control+a")
    box.press("Backspace")
    page.wait_for_function("() => !document.querySelector('.md-search-result').hasAttribute('data-rg-query')")
    box.press_sequentially(words)
    assert box.input_value() == words
    page.wait_for_function("q => document.querySelector('.md-search-result').dataset.rgQuery === q", arg=words)
    # One read of every link at once: the list may be redrawn between a count and a read of each item.
    links = page.locator(".md-search-result__item a")
    return links.evaluate_all("links => links.map(link => link.getAttribute('href'))")


@pytest.mark.parametrize("words, page_path", [
    ("ChurnZero", "account-manager/templates/"),
    ("Gainsight", "account-manager/templates/"),
    ("renewals pricing", "account-manager/interview/"),
    ("job hopping", "account-manager/hiring/"),
    ("Seattle", "account-manager/compensation/"),
])
def test_search_finds_data_words_on_their_page(search_page, words, page_path):
    links = type_query(search_page, words)
    assert any(page_path in link for link in links), links[:10]


def test_search_result_leads_to_the_section(page, server):
    links = search(page, server, "ChurnZero")
    target = next(link for link in links if "templates/" in link and "#" in link)
    page.goto(target if target.startswith("http") else f"{server}/{target.lstrip('./')}")
    fragment = target.split("#", 1)[1]
    assert page.locator(f"[id='{fragment}']").count() == 1
