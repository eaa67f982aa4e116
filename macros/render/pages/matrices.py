"""The levels side by side: one column a level, one row a field."""
from macros.domain.ladder import texts
from macros.render.blocks import (
    as_of, cite_html, cite_paragraph, html_block, money_range, table_html, text_html, years,
)
from macros.render.pages.ladder import level_link
from macros.render.pages.levels import LISTS, TRACKS, qualification_text


def _items(items) -> str:
    return "<br>".join(f"• {text_html(item)}" for item in items)


def _pay(level, ctx) -> str:
    """Every pay band that covers the level, with its year and source; 'not given' when none does."""
    bands = [b for b in ctx.guide.compensation.by_level if level.id in b.levels]
    if not bands:
        return "not given"
    return "<br>".join(f"{text_html(b.label)} ({as_of(b.as_of)}): base {money_range(b.base)}, total "
                       f"{money_range(b.total)} {cite_html(ctx, b.sources)}" for b in bands)


def _builds_on(level, titles) -> str:
    return level_link(level.extends, titles[level.extends]) if level.extends else "—"


def matrix_rows(ctx) -> list:
    """(row label, function of a level giving its cell) in the order the rows appear."""
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    return [("Experience", lambda lv: years(lv.experience)),
            ("Track", lambda lv: TRACKS[lv.track]),
            ("Builds on", lambda lv: _builds_on(lv, titles))] + [
            (label, lambda lv, field=field: _items(texts(getattr(lv, field)))) for field, label in LISTS] + [
            ("Education", lambda lv: qualification_text(lv.education)),
            ("Certifications", lambda lv: qualification_text(lv.certifications)),
            ("Pay", lambda lv: _pay(lv, ctx))]


def level_matrix(ctx) -> str:
    """Every level as a column, so each field can be compared across levels at a glance. Written as HTML, which
    Markdown passes through as it stands."""
    levels = ctx.guide.levels.levels
    headers = [""] + [level_link(lv.id, lv.title) for lv in levels]
    rows = [[f"<strong>{label}</strong>"] + [cell(lv) for lv in levels] for label, cell in matrix_rows(ctx)]
    sources = list(dict.fromkeys(s for lv in levels for s in lv.sources))
    return html_block(f'<div class="rg-matrix">{table_html(headers, rows)}</div>\n{cite_paragraph(ctx, sources)}')


BLOCKS = {"level_matrix": level_matrix}
