"""What a visitor's first search downloads, measured in Chromium on a served site.

The site is served as serve.py serves it (text files gzipped at level 6, Pagefind's own compressed index files as
they are). A page is loaded until the network is idle, then a query is typed into the header's search box. Every
response from then until the results show and the network is idle again is counted: pagefind.js and its worker, the
WebAssembly, pagefind-entry.json, the meta file, the filter and index chunks the words need and the fragments of the
results shown. The bytes sent are computed from the files, as the server compresses them, since Chromium does not
report the size of a worker's script.
"""
import gzip
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .common import Budget, Section, kib

BUDGET_BYTES = 300_000
QUERIES = ["account manager salary", "registered nurse"]
START_PAGE = "account-manager/"


def first_search(browser, base: str, site: Path, query: str, start: str = START_PAGE) -> dict:
    """{stored, sent, files, results}: the bytes the first search for `query` fetched (as stored and as sent)."""
    page = browser.new_page()
    try:
        page.goto(f"{base}{start}", wait_until="networkidle")
        finished = []
        page.on("requestfinished", lambda request: finished.append(request))
        box = page.locator(".md-search__input")
        box.focus()
        box.press_sequentially(query, delay=50)
        page.locator(".md-search-result__item").first.wait_for(timeout=120_000)
        count = -1
        while count != len(finished):
            count = len(finished)
            page.wait_for_timeout(1_000)
        sizes = [_sizes(site, request) for request in finished]
        first = page.locator(".md-search-result__item").first.inner_text().splitlines()[0].strip()
    finally:
        page.close()
    return {"stored": sum(s for s, _ in sizes), "sent": sum(s for _, s in sizes),
            "files": sum(1 for s, _ in sizes if s), "first": first}


def _sizes(site: Path, request) -> tuple[int, int]:
    """A response's file as stored, and as sent: gzipped at level 6 as serve.py sends it when it says so."""
    path = site / unquote(urlsplit(request.url).path).lstrip("/")
    if not path.is_file():
        return 0, 0
    body = path.read_bytes()
    gzipped = request.response().headers.get("content-encoding") == "gzip"
    return len(body), len(gzip.compress(body, compresslevel=6)) if gzipped else len(body)


def run(browser, base: str, site: Path, log=print) -> Section:
    section = Section(
        title="2. First search on the real site",
        columns=["Query", "Files fetched", "Downloaded (stored)", "Downloaded (sent, gzip)", "First result"],
        notes=[f"The real site with every occupation guide, served on 127.0.0.1 with text files gzipped at level 6 "
               f"as a static host serves them. In Chromium, /{START_PAGE} is loaded until the network is idle, then "
               "the query is typed into the header's search box in a fresh page (nothing cached from an earlier "
               "query). Counted: every response from the first keystroke until the results show and the network "
               "is idle (Pagefind's script, worker and WebAssembly, its entry and meta files, the index and filter "
               "chunks the words need, the fragments of the results shown), as stored and as sent."],
    )
    for query in QUERIES:
        log(f"search: {query!r} ...")
        found = first_search(browser, base, site, query)
        section.rows.append([f"“{query}”", found["files"], kib(found["stored"]), kib(found["sent"]), found["first"]])
        section.budgets.append(Budget(f"First search download, real site, “{query}” (gzip)",
                                      f"{found['sent'] / 1000:,.0f} KB", f"≤ {BUDGET_BYTES // 1000} KB",
                                      found["sent"] <= BUDGET_BYTES))
    return section
