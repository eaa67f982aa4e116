"""What every posting the site gives out needs: the same closing sections in every template (and a quality check
that says when one is missing), the comparison of pay methods on the pay page, and "an Account Manager" wherever
a sentence puts an article before a title."""
import html
import json
import re

import pytest
import yaml

from conftest import ROOT
from macros.domain import articles
from macros.build.pageset import PAGES_DIR, page_text
from macros.render import quality
from macros.render.pages import templates

TEMPLATES_FILE = ROOT / "data/roles/account-manager/templates.yml"
FACTS = ["Reports to: "]  # the block of facts (reports to, employment type, work arrangement) starts with it
SECTIONS = ["Responsibilities", "Must-have qualifications", "Nice-to-have qualifications", "Skills", "What we offer"]
CLOSING = ["Pay", "Work authorization", "How to apply", "Equal opportunity"]


def exports_of(page):
    """{template id: its plain-text copy}, as the page's copy buttons read it."""
    found = re.findall(r'<script type="application/json" id="template-([a-z0-9-]+)-export">(.*?)</script>', page, re.S)
    return {tid: json.loads(body)["text"] for tid, body in found}


def headings(text):
    """The section headings of a plain-text posting: lines alone in their block that the next lines belong to."""
    blocks = [block.splitlines() for block in text.split("\n\n")[1:]]
    return [("Reports to: " if lines[0].startswith("Reports to: ") else lines[0]) for lines in blocks
            if len(lines) > 1]


def test_every_template_ends_with_the_same_sections_and_passes_the_check(built_site):
    page = (built_site / "account-manager/templates/index.html").read_text(encoding="utf-8")
    copies = exports_of(page)
    ids = [t["id"] for t in yaml.safe_load(TEMPLATES_FILE.read_text(encoding="utf-8"))["templates"]]
    assert sorted(copies) == sorted(ids)
    first = None
    for tid, text in copies.items():
        found = headings(text)
        first = first or found
        assert found == first == FACTS + SECTIONS + CLOSING, (tid, found)
        assert "Employment type: Full-time" in text and "genetic information" in text and "[Application Link]" in text
        assert re.search(r"\$\d[\d,]*–\$\d|\[Base Salary Range\]", text.split("\nPay\n")[1]), tid
    assert page.count("Pay range, equal opportunity statement and how to apply: all present") == len(ids)
    assert "missing a pay range" not in page


@pytest.mark.parametrize("cut, missing", [
    ("\n\nPay\n", ["a pay range"]), ("\n\nEqual opportunity\n", ["an equal opportunity statement"]),
    ("\n\nHow to apply\n", ["how to apply"])])
def test_the_quality_check_names_what_a_posting_lacks(site, ctx, cut, missing):
    template = next(t for t in site.guides["account-manager"].templates.templates if t.id == "general-short")
    from macros.render.exports import template_text
    text = template_text(template, site)
    assert quality.missing_parts(text) == []
    head, _, tail = text.partition(cut)
    cut_text = head + "\n\n" + tail.split("\n\n", 1)[1] if "\n\n" in tail else head
    assert quality.missing_parts(cut_text) == missing
    assert f"<strong>missing {missing[0]}</strong>" in templates.quality_panel(cut_text, ctx)


def test_the_pay_page_compares_the_two_methods_in_the_largest_and_smallest_metros(built_site):
    page = (built_site / "account-manager/compensation/index.html").read_text(encoding="utf-8")
    section = page.split('id="suggested-pay-method"', 1)[1]
    table = section.split("<table", 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)[1:]
    wages = yaml.safe_load((ROOT / "data/wages/oews.yml").read_text(encoding="utf-8"))
    metros = {a["code"]: a["name"] for a in wages["areas"] if a["kind"] == "metro"}
    sized = sorted(((r["employment"], metros[r["area"]]) for r in wages["by_area"]
                    if r["soc"] == "41-3091" and r["area"] in metros and r.get("employment")), key=lambda p: (-p[0], p[1]))
    expected = [name for _, name in sized[:10] + sized[-10:]]
    shown = [html.unescape(re.search(r"<td>(.*?)</td>", row).group(1)) for row in rows]
    assert shown == expected
    san_francisco = rows[shown.index("San Francisco-Oakland-Fremont, CA")]
    # before: 120,000 and 180,000 × 96,960 / 69,990 -> $166,000–$249,000, above the metro's 90th ($191,380)
    assert "before: $166,000–$249,000 <strong>(outside)</strong><br>now: $160,000–$191,000</td>" in san_francisco
    summary = html.unescape(re.sub(r"<[^>]+>", "", section.split("<table", 1)[0]))
    assert re.search(r"In these 20 metro areas, \d+ of the 80 ranges the earlier method suggested leave the place's "
                     r"10th–90th percentiles; 0 of the current method's do\.", summary)


TITLES = {"Account Manager": "an", "Enterprise Account Manager": "an", "Senior Account Manager": "a",
          "Junior Account Manager": "a", "Global Account Manager": "a", "Strategic Account Manager": "a",
          "Key Account Manager": "a", "Office Manager": "an", "Underwriter": "an", "Unit Lead": "a", "User Researcher": "a",
          "European Sales Lead": "a", "Hourly Associate": "an", "Honors Advisor": "an", "Insurance Agent": "an"}


@pytest.mark.parametrize("title, expected", sorted(TITLES.items()))
def test_the_article_before_a_title(title, expected):
    assert articles.with_article(title) == f"{expected} {title}"


def test_every_page_sentence_that_puts_an_article_before_the_role_uses_the_right_one():
    """No page of the set writes 'a {role}' or 'an {role}' by hand: each goes through {a role}, and for the
    Account Manager every description reads 'an Account Manager'."""
    for path in sorted(PAGES_DIR.glob("*.md")):
        front = path.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        assert not re.search(r"\b[Aa]n? \{role\}", front), path.name
        if "{a role}" in front:
            assert "an Account Manager" in page_text(path.name, "Account Manager"), path.name
            assert "a Sales Engineer" in page_text(path.name, "Sales Engineer"), path.name


def test_no_a_before_a_vowel_title_anywhere_in_the_built_site(built_site):
    """'a Account Manager', 'a Enterprise …' and the like, in any built file (pages, previews, downloads)."""
    wrong = re.compile(r"\b[Aa] (?:Account|Enterprise|Account Manager|Executive|Operations|Inside)\b")
    found = []
    for path in built_site.rglob("*"):
        if path.is_file() and path.suffix in {".html", ".json", ".xml", ".txt", ".md", ".csv"}:
            found += [f"{path.relative_to(built_site)}: {m.group(0)}" for m in wrong.finditer(path.read_text(encoding="utf-8", errors="replace"))]
    assert not found
