"""Material's built-in search, in Chromium: templates and interview questions are found by their words."""
import pytest


def search(page, server, words):
    page.goto(server + "/")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").fill(words)
    results = page.locator(".md-search-result__item a")
    results.first.wait_for(state="attached", timeout=10_000)
    return [results.nth(i).get_attribute("href") for i in range(results.count())]


@pytest.mark.parametrize("words, page_path", [
    ("ChurnZero", "account-manager/templates/"),
    ("Gainsight", "account-manager/templates/"),
    ("renewals pricing", "account-manager/interview/"),
    ("job hopping", "account-manager/hiring/"),
    ("Seattle", "account-manager/compensation/"),
])
def test_search_finds_data_words_on_their_page(page, server, words, page_path):
    links = search(page, server, words)
    assert any(page_path in link for link in links), links[:10]


def test_search_result_leads_to_the_section(page, server):
    links = search(page, server, "ChurnZero")
    target = next(link for link in links if "templates/" in link and "#" in link)
    page.goto(target if target.startswith("http") else f"{server}/{target.lstrip('./')}")
    fragment = target.split("#", 1)[1]
    assert page.locator(f"[id='{fragment}']").count() == 1
