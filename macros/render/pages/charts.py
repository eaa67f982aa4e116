"""Pay pictures drawn at build time as inline SVG: range bars by level and by metro, national figures by year."""
from dataclasses import dataclass

from macros.render.blocks import as_of, attr, money, money_range, years
from macros.render.pages.compensation import midpoint
from macros.render.svg import (
    Scale, figure, html_table, money_short, nice_scale, num, short_range, source_link, source_note, svg,
    text, wrap,
)

WIDTH = 360
PLOT = (120, 342)   # x of the money axis; the right margin leaves room for open-ended arrows
LABEL_CHARS = 16    # row labels wrap to fit the 116 px left column
LINE = 14
BAR = 10
YEAR_PLOT = (66, 246)   # x of the dated years in the national chart
UNDATED_X = 314


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    base: object
    total: object


def is_open(value) -> bool:
    return value.max is None or value.open_max


def range_scale(rows, extra=()) -> object:
    """The shared money axis of a range chart: every min and max of every row (plus `extra` values)."""
    values = [v for r in rows for part in (r.base, r.total) for v in (part.min, part.max) if v is not None]
    return nice_scale(values + list(extra), *PLOT)


def range_rect(value, kind, key, label, x, y, width, height) -> str:
    """A range's rectangle, carrying its figures as data attributes and as a tooltip."""
    data = f'data-key="{attr(key)}-{kind}" data-min="{value.min:g}" data-max="{"" if value.max is None else f"{value.max:g}"}"'
    return (f'<rect class="rg-bar rg-{kind}" x="{num(x)}" y="{num(y)}" width="{num(width)}" height="{num(height)}" '
            f'{data}><title>{attr(label)}: {kind} {attr(money_range(value))}</title></rect>')


def bar(value, scale, y, kind, key, label) -> str:
    """One range as a horizontal bar from min to max; an open-ended range gets an arrow past its end."""
    start, end = scale(value.min), scale(value.max if value.max is not None else value.min)
    out = range_rect(value, kind, key, label, start, y, end - start, BAR)
    if is_open(value):
        out += f'<path class="rg-open" d="M{num(end + 1)} {num(y - 1)}l7 {num(BAR / 2 + 1)}l-7 {num(BAR / 2 + 1)}z"/>'
    return out


def legend(rows, points=False, y=14) -> str:
    """Swatches for base, total, single figures (points) and open-ended ranges, laid out left to right."""
    keys = [(f'<rect class="rg-bar rg-base" x="{{x}}" y="{y - 9}" width="12" height="{BAR}"/>', "Base"),
            (f'<rect class="rg-bar rg-total" x="{{x}}" y="{y - 9}" width="12" height="{BAR}"/>', "Total pay")]
    if points:
        keys.append((f'<circle class="rg-point" cx="{{cx}}" cy="{y - 4.5}" r="5"/>', "Single figure"))
    if any(is_open(part) for r in rows for part in (r.base, r.total)):
        keys.append((f'<path class="rg-open" d="M{{x}} {y - 10}l7 5.5l-7 5.5z"/>', "No upper limit"))
    out, x = [], 4
    for swatch, label in keys:
        out.append(swatch.format(x=x, cx=x + 6) + text(x + 16, y, label))
        x += 16 + len(label) * 6.5 + 12
    return "".join(out)


def row_height(row) -> float:
    return max(len(wrap(row.label, LABEL_CHARS)) * LINE, 2 * BAR + 3) + 12


def rows_body(rows, scale, top) -> tuple:
    """Each row's label on the left and its base and total bars; returns (svg parts, y below the last row)."""
    out, y = [], top
    for row in rows:
        out.append(text(4, y + 10, wrap(row.label, LABEL_CHARS), "rg-label", line=LINE))
        out.append(bar(row.base, scale, y + 1, "base", row.key, row.label))
        out.append(bar(row.total, scale, y + 1 + BAR + 3, "total", row.key, row.label))
        y += row_height(row)
    return out, y


def x_axis(scale, top, bottom) -> str:
    """Grid lines and money labels at every tick, below the rows."""
    out = []
    for tick in scale.ticks():
        x = num(scale(tick))
        out.append(f'<line class="rg-grid" x1="{x}" x2="{x}" y1="{num(top)}" y2="{num(bottom)}"/>')
        out.append(text(scale(tick), bottom + 14, money_short(tick), "rg-tick", "middle"))
    return "".join(out)


def range_chart(chart_id, title, desc, rows, scale, top=28, overlay=None) -> str:
    """A complete range-bar SVG; `overlay(top, bottom)` draws extra marks behind the bars."""
    body, bottom = rows_body(rows, scale, top)
    behind = overlay(top - 4, bottom - 8) if overlay else ""
    parts = [legend(rows), x_axis(scale, top - 4, bottom - 8), behind] + body
    return svg(chart_id, WIDTH, bottom + 14, title, desc, parts)


def axis_words(scale) -> str:
    return f"on one axis from {money(scale.lo)} to {money(scale.hi)} a year"


def source_cell(ctx, item) -> str:
    return "; ".join(source_link(ctx, sid) for sid in item.sources)


# --- pay by level -----------------------------------------------------------

def level_rows(bands) -> list:
    return [Row(b.id, b.label, b.base, b.total) for b in bands]


def _level_table(ctx, bands) -> str:
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    rows = [[attr(b.label), attr(", ".join(titles[lv] for lv in b.levels)) or "—",
             attr(years(b.experience)) if b.experience else "not stated",
             attr(money_range(b.base)), attr(money_range(b.total)), as_of(b.as_of), source_cell(ctx, b)] for b in bands]
    return html_table(["Band", "Levels", "Experience", "Base", "Total", "As of", "Source"], rows)


def pay_by_level_chart(ctx, chart_id="chart-pay-by-level") -> str:
    """Base and total pay of every experience band as range bars on one shared money axis."""
    data = ctx.guide.compensation
    rows = level_rows(data.by_level)
    scale = range_scale(rows)
    desc = (f"Base and total pay ranges of {len(rows)} experience bands, in {data.currency} per {data.period}, "
            f"{axis_words(scale)}. The table below gives every figure.")
    picture = range_chart(chart_id, "Pay by experience level", desc, rows, scale)
    caption = f"Pay by experience level, {attr(data.currency)} per {attr(data.period)}. {source_note(ctx, data.by_level)}"
    return figure(chart_id, picture, caption, _level_table(ctx, data.by_level))


# --- pay by metro -----------------------------------------------------------

def national_base(data):
    """The national figure given as a base range, drawn across the metro chart (None if no source gives one)."""
    return next((a for a in data.national_averages if a.base is not None), None)


def metro_rows(ctx) -> list:
    metros = {m.id: m for m in ctx.site.metros.metros}
    ordered = sorted(ctx.guide.compensation.by_metro, key=lambda p: (-midpoint(p.base), metros[p.metro].name))
    return [Row(p.metro, f"{metros[p.metro].name}, {metros[p.metro].region}", p.base, p.total) for p in ordered]


def national_band(national, scale):
    """Draws the national base range as a shaded band with dashed edges across every row, labelled on top."""
    def draw(top, bottom):
        lo, hi = scale(national.base.min), scale(national.base.max or scale.hi)
        label = f"National base {short_range(national.base)} ({as_of(national.as_of)})"
        center = min(max((lo + hi) / 2, PLOT[0] + 50), WIDTH - 80)
        edges = "".join(f'<line class="rg-national-edge" x1="{num(x)}" x2="{num(x)}" y1="{num(top)}" y2="{num(bottom)}"/>'
                        for x in (lo, hi))
        return (f'<rect class="rg-national" x="{num(lo)}" y="{num(top)}" width="{num(hi - lo)}" '
                f'height="{num(bottom - top)}"/>{edges}' + text(center, top - 5, label, "rg-national-label", "middle"))
    return draw


def _metro_table(ctx, rows, plays, national) -> str:
    cells = [[attr(r.label), attr(money_range(r.base)), attr(money_range(r.total)), as_of(p.as_of), source_cell(ctx, p)]
             for r, p in zip(rows, plays)]
    if national:
        total = attr(money_range(national.total)) if national.total else "not given"
        cells.append([f"{attr(national.label)} (the band across the chart)", attr(money_range(national.base)), total,
                      as_of(national.as_of), source_cell(ctx, national)])
    return html_table(["Metro", "Base", "Total", "As of", "Source"], cells)


def pay_by_metro_chart(ctx, chart_id="chart-pay-by-metro") -> str:
    """Base and total pay of every metro as range bars, highest base midpoint first, over the national base range."""
    data = ctx.guide.compensation
    rows, national = metro_rows(ctx), national_base(data)
    plays = [next(p for p in data.by_metro if p.metro == r.key) for r in rows]
    extra = [v for v in (national.base.min, national.base.max) if v is not None] if national else []
    scale = range_scale(rows, extra)
    desc = (f"Base and total pay ranges of {len(rows)} metros, highest base midpoint first, {axis_words(scale)}"
            + (f"; a shaded band marks the national base range of {money_range(national.base)}" if national else "")
            + ". The table below gives every figure.")
    overlay = national_band(national, scale) if national else None
    picture = range_chart(chart_id, "Pay by metro", desc, rows, scale, top=44 if national else 28, overlay=overlay)
    items = plays + ([national] if national else [])
    caption = f"Pay by metro, {attr(data.currency)} per {attr(data.period)}. {source_note(ctx, items)}"
    return figure(chart_id, picture, caption, _metro_table(ctx, rows, plays, national))


# --- national figures by year -----------------------------------------------

NATIONAL_TOP, NATIONAL_BOTTOM = 40, 212


def national_values(items) -> list:
    parts = [p for a in items for p in (a.base, a.total) if p is not None]
    return [a.amount for a in items if a.amount is not None] + [v for p in parts for v in (p.min, p.max) if v is not None]


def year_scale(items):
    """x of each dated year; None when every figure is undated."""
    dated = sorted({a.as_of for a in items if a.as_of != "undated"})
    if not dated:
        return None
    return Scale(dated[0] - 1, dated[-1] + 1, *YEAR_PLOT, step=1)


def slot_x(items, years_x) -> dict:
    """x of each figure: its year (or the undated slot), spread apart when several share one."""
    groups = {}
    for a in items:
        groups.setdefault(a.as_of, []).append(a.id)
    xs = {}
    for year, ids in groups.items():
        center = UNDATED_X if year == "undated" else years_x(year)
        xs.update({item_id: center + (i - (len(ids) - 1) / 2) * 34 for i, item_id in enumerate(ids)})
    return xs


def vertical_bar(value, scale, x, kind, key, label) -> str:
    """One range as an upright bar from min (bottom) to max (top); open-ended ranges get an arrow on top."""
    top, bottom = scale(value.max if value.max is not None else value.min), scale(value.min)
    out = range_rect(value, kind, key, label, x, top, BAR + 1, bottom - top)
    if is_open(value):
        out += f'<path class="rg-open" d="M{num(x - 1)} {num(top - 1)}l{num((BAR + 3) / 2)} -7l{num((BAR + 3) / 2)} 7z"/>'
    return out


def national_mark(item, scale, x) -> str:
    """A single amount as a labelled point; base and total ranges as bars either side of x."""
    out = []
    if item.base is not None:
        out.append(vertical_bar(item.base, scale, x - BAR - 2, "base", item.id, item.label))
    if item.total is not None:
        out.append(vertical_bar(item.total, scale, x + 1, "total", item.id, item.label))
    if item.amount is not None:
        y = scale(item.amount)
        out.append(f'<circle class="rg-point" cx="{num(x)}" cy="{num(y)}" r="5" data-key="{attr(item.id)}" '
                   f'data-value="{item.amount:g}"><title>{attr(item.label)}: {money(item.amount)}</title></circle>')
        out.append(text(x, y - 9, money(item.amount), "rg-value", "middle"))
    return "".join(out)


def y_axis(scale) -> str:
    out = []
    for tick in scale.ticks():
        y = num(scale(tick))
        out.append(f'<line class="rg-grid" x1="{YEAR_PLOT[0] - 16}" x2="{WIDTH - 4}" y1="{y}" y2="{y}"/>')
        out.append(text(YEAR_PLOT[0] - 20, scale(tick) + 4, money_short(tick), "rg-tick", "end"))
    return "".join(out)


def year_axis(items, years_x) -> str:
    """Labels under each dated year and under the undated slot, which a dashed line sets apart."""
    y = NATIONAL_BOTTOM + 16
    dated = sorted({a.as_of for a in items if a.as_of != "undated"})
    out = [text(years_x(year), y, str(year), "rg-tick", "middle") for year in dated]
    if any(a.as_of == "undated" for a in items):
        divider = (YEAR_PLOT[1] + UNDATED_X) / 2
        out.append(f'<line class="rg-divider" x1="{num(divider)}" x2="{num(divider)}" y1="{NATIONAL_TOP - 8}" '
                   f'y2="{NATIONAL_BOTTOM + 20}"/>')
        out.append(text(UNDATED_X, y, "undated", "rg-tick", "middle"))
    return "".join(out)


def national_svg(chart_id, items, desc) -> str:
    scale = nice_scale(national_values(items), NATIONAL_BOTTOM, NATIONAL_TOP, max_intervals=5)
    years_x = year_scale(items) or (lambda year: UNDATED_X)
    xs = slot_x(items, years_x)
    rows = [Row(a.id, a.label, a.base or a.total, a.total or a.base) for a in items if a.base or a.total]
    body = [legend(rows, points=True), y_axis(scale), year_axis(items, years_x)] + [national_mark(a, scale, xs[a.id]) for a in items]
    return svg(chart_id, WIDTH, NATIONAL_BOTTOM + 26, "National pay figures by year", desc, body)


def _national_caption(ctx, data) -> str:
    items = "".join(f"<li><strong>{attr(a.label)}</strong> ({as_of(a.as_of)}; "
                    f"{'; '.join(source_link(ctx, s) for s in a.sources)}): {attr(a.basis)}</li>" for a in data.national_averages)
    return (f"National pay figures, {attr(data.currency)} per {attr(data.period)}, placed by the year each one is "
            f"dated. They differ because each was measured in a different year and worked out in a different way:"
            f"<ul>{items}</ul>")


def _national_table(ctx, items) -> str:
    def cell(value):
        return attr(money_range(value)) if value is not None else "—"
    rows = [[attr(a.label), as_of(a.as_of), money(a.amount) if a.amount is not None else "—", cell(a.base),
             cell(a.total), source_cell(ctx, a)] for a in items]
    return html_table(["Figure", "As of", "Amount", "Base", "Total", "Source"], rows)


def pay_national_chart(ctx, chart_id="chart-pay-national") -> str:
    """Each source's national figure by year: single amounts as points, ranges as bars, undated set apart."""
    data = ctx.guide.compensation
    items = data.national_averages
    dated = sorted({a.as_of for a in items if a.as_of != "undated"})
    desc = (f"{len(items)} national pay figures from different sources, placed by year"
            + (f" ({', '.join(map(str, dated))})" if dated else "")
            + ("; an undated figure stands apart on the right" if "undated" in [a.as_of for a in items] else "")
            + ". Single amounts are points, ranges are bars. The table below gives every figure.")
    return figure(chart_id, national_svg(chart_id, items, desc), _national_caption(ctx, data), _national_table(ctx, items))


BLOCKS = {"pay_by_level_chart": pay_by_level_chart, "pay_by_metro_chart": pay_by_metro_chart,
          "pay_national_chart": pay_national_chart}
