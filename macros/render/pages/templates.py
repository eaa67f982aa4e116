"""The templates page: an index, every template as a copy-ready posting with a quality check,
and the two vocabularies postings are checked against (placeholders, inclusive language)."""
import json

from macros.render import quality
from macros.render.blocks import (
    anchor, as_of, attr, cite_html, cite_paragraph, heading, html_block, link_html, marker, money_range,
    page_url, table_html, text_html, ul_html,
)
from macros.render.pages.compensation import levels_page_link
from macros.render.exports import posting, posting_html, posting_markdown, posting_text

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
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    return levels_page_link(ctx, level_id, titles[level_id])


def _industry_link(ctx, industry_id) -> str:
    names = {i.id: i.name for i in ctx.site.industries.industries}
    return link_html(page_url(ctx, f"{ctx.role}/industries.md", anchor("industry", industry_id)),
                     text_html(names[industry_id]))


def _arrangement(ctx, arrangement_id) -> str:
    return text_html({a.id: a.label for a in ctx.site.arrangements.arrangements}[arrangement_id])


def _pay_cell(template) -> str:
    if not template.pay:
        return "Left to you"
    return f"{text_html(money_range(template.pay.base))} base ({as_of(template.pay.as_of)})"


def templates_index(ctx) -> str:
    """One row a template: what it is for and what pay it states."""
    rows = []
    for t in ctx.guide.templates.templates:
        rows.append([link_html(f"#{anchor('template', t.id)}", text_html(t.title)),
                     _level_link(ctx, t.level) if t.level else "Any level",
                     _industry_link(ctx, t.industry) if t.industry else "Any industry",
                     _arrangement(ctx, t.arrangement) if t.arrangement else "Not stated",
                     _pay_cell(t)])
    return html_block(table_html(["Template", "Level", "Industry", "Work arrangement", "Base pay"], rows))


def quality_panel(text, ctx) -> str:
    """A note (the HTML of Markdown's admonition) with words, reading grade, placeholders and inclusive-language result."""
    used = quality.placeholders_used(text, ctx.site)
    tokens = ", ".join(f"{link_html('#' + anchor('placeholder', p.id), text_html(f'[{p.token}]'))} ({text_html(p.label)})"
                       for p in used) or "None"
    hits = quality.flagged_terms(text, ctx.site)
    wording = "No flagged words" if not hits else "; ".join(
        f"“{text_html(h.term)}”, try: {text_html(', '.join(h.instead))}" for h in hits)
    missing = quality.missing_parts(text)
    lines = [f"Words: {quality.word_count(text)}",
             "Pay range, equal opportunity statement and how to apply: "
             + (f"<strong>missing {text_html(', '.join(missing))}</strong>" if missing else "all present"),
             f"Reading grade (Flesch–Kincaid): {quality.reading_grade(text):.1f}",
             f"Placeholders used: {tokens}",
             f"Inclusive language: {wording}",
             f"Gender-coded words (Gaucher, Friesen and Kay, 2011): {text_html(quality.gender_coding(text))}"]
    return f'<div class="admonition note">\n<p class="admonition-title">Quality check</p>\n{ul_html(lines)}\n</div>'


def _facts(ctx, t) -> str:
    facts = []
    if t.level:
        facts.append(f"Level: {_level_link(ctx, t.level)}")
    if t.industry:
        facts.append(f"Industry: {_industry_link(ctx, t.industry)}")
    if t.arrangement:
        facts.append(f"Work arrangement: {_arrangement(ctx, t.arrangement)}")
    return f"<p>{' · '.join(facts)}</p>\n" if facts else ""


def template_block(ctx, t) -> str:
    post = posting(t, ctx.site, ctx.guide.levels.levels)
    text, export_id = posting_text(post), f"template-{t.id}-export"
    data = exports_json(text, posting_markdown(post), posting_html(post))
    box = (f'<div class="rg-posting" role="region" aria-label="{attr(t.title)}">\n'
           f"{posting_html(post, display=True)}</div>\n")
    pay = f"<p>Pay figures: {cite_html(ctx, t.pay.sources)}</p>\n" if t.pay else ""
    script = f'<script type="application/json" id="{export_id}">{data}</script>\n'
    return heading(2, t.title, anchor("template", t.id)) + html_block(
        f"<p>{text_html(t.summary)}</p>\n{_facts(ctx, t)}{box}{toolbar(export_id, t.id, f'Copy or download: {t.title}')}\n"
        f"{script}{pay}{quality_panel(text, ctx)}\n{cite_paragraph(ctx, t.sources)}")


def templates_all(ctx) -> str:
    """Every template in full, each with its exports, toolbar and quality check."""
    return "\n".join(template_block(ctx, t) for t in ctx.guide.templates.templates)


def inclusive_terms_table(ctx) -> str:
    """Every word the inclusive-language check flags, why, and what to write instead."""
    rows = [[text_html(t.term), text_html(t.why), "; ".join(text_html(i) for i in t.instead)]
            for t in ctx.site.inclusive_language.terms]
    return html_block(table_html(["Word or phrase", "Why it is flagged", "Write instead"], rows))


def placeholders_table(ctx) -> str:
    """Every placeholder a template may use, with what to put in it."""
    rows = [[marker(anchor("placeholder", p.id)) + text_html(f"[{p.token}]"), text_html(p.label), text_html(p.hint),
             text_html(p.example)] for p in ctx.site.placeholders.placeholders]
    return html_block(table_html(["Placeholder", "What it stands for", "What to write", "Example"], rows))


BLOCKS = {"templates_index": templates_index, "templates_all": templates_all,
          "inclusive_terms_table": inclusive_terms_table, "placeholders_table": placeholders_table}
