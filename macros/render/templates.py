"""The templates page: an index, every template as a copy-ready posting with a quality check,
and the two vocabularies postings are checked against (placeholders, inclusive language)."""
import json

from . import quality
from .blocks import anchor, as_of, attr, cite, cite_inline, esc, heading, html_block, money_range, table
from .exports import posting, posting_html, posting_markdown, posting_text

BUTTONS = (("data-copy", "text", "Copy plain text"), ("data-copy", "markdown", "Copy Markdown"),
           ("data-copy", "html", "Copy formatted"), ("data-download", "txt", "Download .txt"),
           ("data-download", "md", "Download .md"))


def script_json(data) -> str:
    """JSON that is safe inside a <script> element: no <, > or & can open or close anything in it."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def exports_json(text, markdown, html_text) -> str:
    return script_json({"text": text, "markdown": markdown, "html": html_text})


def toolbar(export_id, filename, label) -> str:
    """Copy and download buttons; docs/assets/templates.js reads the JSON element named by `export_id`."""
    buttons = []
    for kind, value, text in BUTTONS:
        name = f' data-filename="{attr(filename)}.{value}"' if kind == "data-download" else ""
        buttons.append(f'<button type="button" class="md-button rg-button" {kind}="{value}" '
                       f'data-export="{attr(export_id)}"{name}>{text}</button>')
    return (f'<div class="rg-toolbar" role="group" aria-label="{attr(label)}">' + "".join(buttons)
            + '<span class="rg-status" role="status" aria-live="polite"></span></div>')


def _level_link(ctx, level_id) -> str:
    levels = {lv.id: lv for lv in ctx.guide.levels.levels}
    return f"[{esc(levels[level_id].title)}]({ctx.link(f'{ctx.role}/levels.md', anchor('level', level_id))})"


def _industry_link(ctx, industry_id) -> str:
    names = {i.id: i.name for i in ctx.site.industries.industries}
    return f"[{esc(names[industry_id])}]({ctx.link(f'{ctx.role}/industries.md', anchor('industry', industry_id))})"


def _arrangement(ctx, arrangement_id) -> str:
    return esc({a.id: a.label for a in ctx.site.arrangements.arrangements}[arrangement_id])


def _pay_cell(template) -> str:
    if not template.pay:
        return "Left to you"
    return f"{esc(money_range(template.pay.base))} base ({as_of(template.pay.as_of)})"


def templates_index(ctx) -> str:
    """One row a template: what it is for and what pay it states."""
    rows = []
    for t in ctx.guide.templates.templates:
        rows.append([f"[{esc(t.title)}](#{anchor('template', t.id)})",
                     _level_link(ctx, t.level) if t.level else "Any level",
                     _industry_link(ctx, t.industry) if t.industry else "Any industry",
                     _arrangement(ctx, t.arrangement) if t.arrangement else "Not stated",
                     _pay_cell(t)])
    return table(["Template", "Level", "Industry", "Work arrangement", "Base pay"], rows)


def quality_panel(text, ctx) -> str:
    """An admonition with words, reading grade, placeholders and inclusive-language result."""
    used = quality.placeholders_used(text, ctx.site)
    tokens = ", ".join(f"[{esc(f'[{p.token}]')}](#{anchor('placeholder', p.id)}) ({esc(p.label)})" for p in used) or "None"
    hits = quality.flagged_terms(text, ctx.site)
    wording = "No flagged words" if not hits else "; ".join(
        f"“{esc(h.term)}”, try: {esc(', '.join(h.instead))}" for h in hits)
    lines = [f"Words: {quality.word_count(text)}",
             f"Reading grade (Flesch–Kincaid): {quality.reading_grade(text):.1f}",
             f"Placeholders used: {tokens}",
             f"Inclusive language: {wording}",
             f"Gender-coded words (Gaucher, Friesen and Kay, 2011): {esc(quality.gender_coding(text))}"]
    return '!!! note "Quality check"\n\n' + "".join(f"    - {line}\n" for line in lines)


def _facts(ctx, t) -> str:
    facts = []
    if t.level:
        facts.append(f"Level: {_level_link(ctx, t.level)}")
    if t.industry:
        facts.append(f"Industry: {_industry_link(ctx, t.industry)}")
    if t.arrangement:
        facts.append(f"Work arrangement: {_arrangement(ctx, t.arrangement)}")
    return " · ".join(facts) + "\n" if facts else ""


def template_block(ctx, t) -> str:
    post = posting(t, ctx.site, ctx.guide.levels.levels)
    text, export_id = posting_text(post), f"template-{t.id}-export"
    data = exports_json(text, posting_markdown(post), posting_html(post))
    box = (f'<div class="rg-posting" role="region" aria-label="{attr(t.title)}">\n'
           f"{posting_html(post, display=True)}</div>\n")
    pay = f"Pay figures: {cite_inline(t.pay.sources, ctx)}\n" if t.pay else ""
    script = f'<script type="application/json" id="{export_id}">{data}</script>\n'
    return "\n".join([heading(2, t.title, anchor("template", t.id)), esc(t.summary) + "\n", _facts(ctx, t),
                      html_block(box + toolbar(export_id, t.id, f"Copy or download: {t.title}") + "\n" + script),
                      pay, quality_panel(text, ctx), cite(t.sources, ctx)])


def templates_all(ctx) -> str:
    """Every template in full, each with its exports, toolbar and quality check."""
    return "\n".join(template_block(ctx, t) for t in ctx.guide.templates.templates)


def inclusive_terms_table(ctx) -> str:
    """Every word the inclusive-language check flags, why, and what to write instead."""
    rows = [[esc(t.term), esc(t.why), "; ".join(esc(i) for i in t.instead)] for t in ctx.site.inclusive_language.terms]
    return table(["Word or phrase", "Why it is flagged", "Write instead"], rows)


def placeholders_table(ctx) -> str:
    """Every placeholder a template may use, with what to put in it."""
    rows = [[f'<span id="{anchor("placeholder", p.id)}"></span>{esc(f"[{p.token}]")}', esc(p.label), esc(p.hint),
             esc(p.example)] for p in ctx.site.placeholders.placeholders]
    return table(["Placeholder", "What it stands for", "What to write", "Example"], rows)


BLOCKS = {"templates_index": templates_index, "templates_all": templates_all,
          "inclusive_terms_table": inclusive_terms_table, "placeholders_table": placeholders_table}
