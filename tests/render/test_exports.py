"""Template exports (text, Markdown, HTML), the quality signals and the templates blocks. The data checks that keep
templates free of unknown placeholders and flagged words: tests/data/test_rules_templates.py."""
import json

import pytest

from macros.data.models.base import MoneyRange
from macros.data.models.templates import Pay, Sections, Template
from macros.render import exports, quality
from macros.render.pages import templates
from macros.render.blocks import text_html


def template(site, template_id):
    return next(t for t in site.guides["account-manager"].templates.templates if t.id == template_id)


def hand_made(**changes):
    fields = dict(id="odd", title="Odd *bold* | <script>", summary="A test template.",
                  intro=["[Company Name] says *hi* | <script>alert(1)</script>"], reports_to="[Reports To]",
                  arrangement="remote",
                  sections=Sections(responsibilities=["Do <b>things</b> & more"], must_have=["Be _kind_"]),
                  pay=Pay(base=MoneyRange(min=70000, max=90000), variable="bonus", as_of=2026,
                                 sources=["am-guide-2026"]),
                  sources=["am-guide-2026"])
    return Template(**(fields | changes))


# --- exports -----------------------------------------------------------------

def test_text_is_plain_with_bullets_and_single_blank_lines(site):
    saas = template(site, "saas")
    text = exports.template_text(saas, site)
    assert "#" not in text and "**" not in text
    assert not [line for line in text.splitlines() if line.startswith("- ")]
    assert f"• {saas.sections.responsibilities[0]}" in text.splitlines()
    assert "\n\n\n" not in text
    assert "\nResponsibilities\n• " in text
    assert text.startswith(saas.title + "\n\n")


def test_text_keeps_placeholders_and_writes_pay_without_citations(site):
    text = exports.template_text(template(site, "general-full"), site)
    assert "[Company Name] is a [Industry] company. [Company Overview]" in text
    assert "\nPay\n$55,000–$75,000 base salary a year, plus commission and bonus\n" in text
    assert "source" not in text.lower() and "(2025)" not in text
    saas = exports.template_text(template(site, "saas"), site)
    assert "$70,000–$90,000 base salary a year; $95,000–$125,000 total pay with commission" in saas


def test_text_has_reports_to_and_arrangement_line(site):
    text = exports.template_text(template(site, "general-full"), site)
    assert "Reports to: Account Management Director\nEmployment type: Full-time\nWork arrangement: Hybrid. " in text
    assert site.arrangements.arrangements[1].posting_line in text


def test_markdown_has_title_sections_and_dash_bullets(site):
    saas = template(site, "saas")
    markdown = exports.template_markdown(saas, site)
    assert markdown.startswith(f"# {saas.title}\n")
    assert "\n## Responsibilities\n\n- " in markdown
    assert f"- {saas.sections.must_have[0]}" in markdown
    assert "[Company Name]" in markdown


def test_html_has_headings_and_lists(site):
    saas = template(site, "saas")
    html = exports.template_html(saas, site)
    assert html.startswith(f"<h2>{saas.title}</h2>")
    assert "<h3>Responsibilities</h3>" in html
    assert f"<ul><li>{saas.sections.responsibilities[0]}</li>" in html
    assert "[Company Name]" in html and "<mark" not in html


def test_exports_escape_markup_from_the_data(site):
    odd = hand_made()
    html = exports.template_html(odd, site)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Do &lt;b&gt;things&lt;/b&gt; &amp; more" in html
    markdown = exports.template_markdown(odd, site)
    assert r"# Odd \*bold\* \| \<script\>" in markdown and r"Be \_kind\_" in markdown
    assert "<script>alert(1)</script>" in exports.template_text(odd, site)


def test_display_html_marks_placeholders_and_uses_no_headings(site):
    html = exports.posting_html(exports.posting(hand_made(), site), display=True)
    assert '<mark class="rg-placeholder">[Company Name]</mark> says' in html
    assert '<mark class="rg-placeholder">[Reports To]</mark>' in html
    assert "<h2" not in html and "<h3" not in html


def test_pay_line_without_total_or_variable(site):
    pay = Pay(base=MoneyRange(min=50000, max=60000), as_of="undated", sources=["recruiter-jd-page"])
    assert exports.pay_line(pay) == "$50,000–$60,000 base salary a year"


# --- quality -----------------------------------------------------------------

@pytest.mark.parametrize("word, count", [("cat", 1), ("make", 1), ("happy", 2), ("table", 2), ("relationship", 4),
                                         ("the", 1), ("2026", 1), ("cross-sell", 2), ("client's", 1)])
def test_syllables(word, count):
    assert quality.syllables(word) == count


def test_word_count_and_reading_grade():
    assert quality.word_count("Own 5–10 accounts, and grow them.") == 6
    easy = "We sell tea. You call our shops. You help them buy more."
    hard = "Cultivate comprehensive organizational relationships, demonstrating exceptional interpersonal capabilities."
    assert quality.reading_grade(easy) < 3 < 12 < quality.reading_grade(hard)
    assert quality.reading_grade("") == 0.0


def test_headings_and_bullets_count_as_sentences():
    assert quality.sentence_count("Title\n\nOne sentence. Two sentences.\n• a bullet\n• another") == 5


def test_placeholders_used_in_order_once_each(site):
    used = quality.placeholders_used("[Team Name] and [Company Name], again [Team Name], not [Nope]", site)
    assert [p.token for p in used] == ["Team Name", "Company Name"]
    assert used[0].label == "Team the hire joins"
    assert quality.unknown_placeholders("[Nope] [Company Name]", site) == ["Nope"]


def test_flagged_terms(site):
    hits = quality.flagged_terms("We want a Rockstar and a guru.", site)
    assert [h.term for h in hits] == ["rockstar", "guru"]
    assert quality.flagged_terms("We want rockstars-in-waiting and skilled people.", site) == []


# --- templates page blocks ----------------------------------------------------

def test_index_links_every_template_and_its_level_and_industry(ctx):
    out = templates.templates_index(ctx)
    for t in ctx.guide.templates.templates:
        assert f'<a href="#template-{t.id}">' in out
    assert '<a href="../levels/#level-senior">Senior Account Manager</a>' in out
    assert '<a href="../industries/#industry-saas">' in out
    assert "$70,000–$90,000 base (2026)" in out


def test_all_templates_have_anchor_box_toolbar_exports_and_quality(ctx):
    out = templates.templates_all(ctx)
    for t in ctx.guide.templates.templates:
        assert f"{{#template-{t.id}}}" in out
        assert f'<script type="application/json" id="template-{t.id}-export">' in out
        assert f'data-filename="{t.id}.txt"' in out and f'data-filename="{t.id}.md"' in out
    assert out.count('<div class="rg-posting"') == len(ctx.guide.templates.templates)
    assert out.count("Inclusive language: No flagged words") == len(ctx.guide.templates.templates)
    for label in ("Copy plain text", "Copy Markdown", "Copy formatted", "Download .txt", "Download .md"):
        assert out.count(label) == len(ctx.guide.templates.templates)


def test_template_block_escapes_and_reports_flagged_words(ctx):
    out = templates.template_block(ctx, hand_made(intro=["A rockstar for [Company Name] </script><script>x()"]))
    assert "</script><script>x()" not in out.replace('</script>\n', "")
    assert "&lt;/script&gt;&lt;script&gt;x()" in out
    assert "“rockstar”, try: skilled, high-performing" in out
    assert f'<a href="#placeholder-company-name">{text_html("[Company Name]")}</a> ({text_html("Company name")})' in out


def test_exports_json_cannot_close_its_script():
    data = templates.exports_json("a </script> b", "<!-- <script>", "<\\/p> & more")
    assert not set("<>&") & set(data)
    assert json.loads(data) == {"text": "a </script> b", "markdown": "<!-- <script>", "html": "<\\/p> & more"}


def test_vocabulary_tables_list_every_string(ctx):
    terms, tokens = templates.inclusive_terms_table(ctx), templates.placeholders_table(ctx)
    for term in ctx.site.inclusive_language.terms:
        assert text_html(term.term) in terms and text_html(term.why) in terms
        assert all(text_html(i) in terms for i in term.instead)
    for p in ctx.site.placeholders.placeholders:
        for value in (f"[{p.token}]", p.label, p.hint, p.example):
            assert text_html(value) in tokens
