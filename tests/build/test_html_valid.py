"""HTML gate: every built page is well-formed HTML5 (html5lib, strict) with unique ids; of the occupation guides,
the sample of gates.sampled_occupations (one page set, one set of renderers)."""
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import html5lib

from gates import site_pages
from helpers import FIXTURES

INVALID = FIXTURES / "invalid-html"


def html_problems(path: Path) -> list[str]:
    """Parse errors of a page (strict html5lib; every error listed with its line), and ids used twice."""
    text = path.read_text(encoding="utf-8")
    problems = []
    try:
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
    except html5lib.html5parser.ParseError:
        parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
        parser.parse(text)
        problems += [f"line {line}, column {col}: {code} {data or ''}".rstrip()
                     for (line, col), code, data in parser.errors]
        problems = problems or ["html5lib strict mode refused the page"]
    ids = Counter()
    _IdCounter(ids).feed(text)
    problems += [f"id '{name}' is used {count} times" for name, count in ids.items() if count > 1]
    return problems


class _IdCounter(HTMLParser):
    def __init__(self, counter):
        super().__init__(convert_charrefs=True)
        self.counter = counter

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value is not None:
                self.counter[value] += 1


def test_every_page_is_valid_html(built_site):
    problems = {url or "/": found for url, path in site_pages(built_site, sample=True) if (found := html_problems(path))}
    assert not problems, "\n".join(f"{url}: {'; '.join(found[:5])}" for url, found in problems.items())


def test_checker_rejects_invalid_html():
    problems = html_problems(INVALID / "index.html")
    assert any("expected-doctype-but-got-start-tag" in p for p in problems), problems
    assert any("unexpected-end-tag" in p and "line 5" in p for p in problems), problems
    assert any("id 'top' is used 2 times" in p for p in problems), problems


def test_checker_accepts_valid_html(tmp_path):
    page = tmp_path / "index.html"
    page.write_text('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>'
                    '<body><h1 id="a">A</h1><p>b</p></body></html>', encoding="utf-8")
    assert html_problems(page) == []
