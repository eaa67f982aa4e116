"""Government wage data on the pay and comparisons pages: BLS OEWS percentiles for the role's occupation,
every metro area in a filterable table, the top metros as pictures, the guides' metro figures beside
BLS's, and the worked method behind the composer's suggested pay."""
from macros.domain import pay, places
from macros.domain.articles import with_article
from macros.data.models.wages import NATIONAL
from macros.render.blocks import (
    anchor, attr, cite_html, cite_paragraph, file_url, html_block, link_html, marker, money, money_range, page_url,
    table_html, text_html, ul_html,
)
from macros.render.pages.charts import BAR, LABEL_CHARS, LINE, PLOT, WIDTH, axis_words
from macros.render.svg import figure, html_table, money_short, nice_scale, num, source_link, svg, text, wrap

PERCENTILE_LABELS = (("p10", "10th"), ("p25", "25th"), ("median", "Median"), ("p75", "75th"), ("p90", "90th"))


def _wages(ctx):
    return ctx.site.wages


def wage_text(value, fmt=money) -> str:
    return fmt(value) if value is not None else "not published"


def count_text(value) -> str:
    return f"{value:,}" if value is not None else "not published"


def _soc_title(ctx, soc) -> str:
    return next(o.title for o in _wages(ctx).occupations if o.soc == soc)


def short_area_name(name: str) -> str:
    """'New York-Newark-Jersey City, NY-NJ' -> 'New York, NY-NJ': the principal city and the states."""
    place, _, states = name.rpartition(", ")
    return f"{place.split('-')[0]}, {states}" if place else name


def bls_occupations(ctx) -> str:
    """The SOC codes the role is mapped to, why, and each one's national percentiles."""
    profile = next(p for p in ctx.site.profiles.profiles if p.id == ctx.role)
    national = {row.soc: row for row in _wages(ctx).by_area if row.area == NATIONAL}
    rows, notes = [], []
    for match in profile.soc:
        row = national.get(match.code)
        figures = [wage_text(getattr(row, key, None)) for key, _ in PERCENTILE_LABELS]
        rows.append([f"{marker(anchor('soc', match.code))}{_occupation_name(ctx, match)}",
                     count_text(getattr(row, "employment", None)), *figures])
        notes.append(f"<strong>{text_html(match.code)}</strong>: {text_html(match.why)}")
    headers = ["Occupation (SOC)", "Employed", *(f"{label} percentile" if key != "median" else label
                                                  for key, label in PERCENTILE_LABELS)]
    return html_block("<p>The occupations this guide uses, and why. <em>The choice and the reasons are our reading of BLS's occupation definitions: none of the guides names an occupation code.</em></p>\n" + ul_html(notes) + table_html(headers, rows)
                      + cite_paragraph(ctx, [_wages(ctx).source]))


def _occupation_name(ctx, match) -> str:
    """The code and title of a role's occupation, linking to the occupation's guide where the site has one."""
    name = f"{text_html(match.code)} {text_html(match.title)}"
    if match.code not in ctx.site.occupations:
        return name
    return link_html(page_url(ctx, f"occupations/{match.code}/index.md"), name) + " (occupation guide)"


def _suggested_row(ctx, level, factor) -> list:
    band, assigned = pay.band_for_level(ctx.guide.compensation, level.id)
    low, high = pay.suggested_range(band.base, factor)
    note = f" (uses the {text_html(band.label)} band)" if assigned else ""
    stop = " (top stops at the 90th percentile)" if "max" in pay.capped(band.base, factor) else ""
    return [text_html(level.title) + note, money_range(band.base), f"{money(low)}–{money(high)}{stop}"]


def _points(points) -> str:
    return ", ".join(f"{money(p)}" for p in points)


def bls_method(ctx, example_area="0035620", example_level="senior") -> str:
    """How the composer suggests pay for a level in a place, with one example worked through."""
    soc = pay.primary_soc(ctx.site, ctx.role)
    factor = pay.place_factor(_wages(ctx), soc, example_area)
    if factor is None or not factor.by_percentile:
        return ""
    level = next(lv for lv in ctx.guide.levels.levels if lv.id == example_level)
    band, _ = pay.band_for_level(ctx.guide.compensation, level.id)
    low, high = pay.suggested_range(band.base, factor)
    exact = [pay.placed(end, factor.points, factor.national_points) for end in (band.base.min, band.base.max)]
    steps = [
        f"The level's national base band from the guides: {money_range(band.base)} "
        f"({text_html(band.label)}, {band.as_of}). {cite_html(ctx, band.sources)}",
        f"The national 10th, 25th, 50th, 75th and 90th percentiles of {text_html(soc)}: {_points(factor.national_points)}; "
        f"in {text_html(factor.basis.name)}: {_points(factor.points)}. {cite_html(ctx, [_wages(ctx).source])}",
        "Each end of the band is placed between the two national percentiles around it, and the place's wage at the "
        f"same point is read: {money(band.base.min)} → {money(exact[0])}, {money(band.base.max)} → {money(exact[1])}.",
        f"Each end rounded to the nearest $1,000: {money(low)}–{money(high)}.",
    ]
    rows = [_suggested_row(ctx, lv, factor) for lv in ctx.guide.levels.levels]
    place = text_html(short_area_name(factor.area.name))
    return html_block(f"<p>Worked example, {text_html(with_article(level.title))} in {text_html(factor.area.name)} (the project's own "
                      "arithmetic, not a figure from any source):</p>\n<ol>\n" + "\n".join(f"<li>{s}</li>" for s in steps)
                      + f"\n</ol>\n<p>Every level in {place} the same way:</p>"
                      + table_html(["Level", "National base band", f"Suggested in {place}"], rows))


def _outside(low, high, points) -> bool:
    return low < points[0] or high > points[-1]


def _compared(band, factor) -> tuple[str, bool, bool]:
    """A table cell with the earlier and the current suggestion, and whether each leaves the place's 10th–90th."""
    old, new = pay.median_ratio_range(band, factor), pay.suggested_range(band, factor)
    old_out, new_out = _outside(*old, factor.points), _outside(*new, factor.points)
    mark = " <strong>(outside)</strong>"
    cell = (f"before: {money(old[0])}–{money(old[1])}{mark if old_out else ''}<br>"
            f"now: {money(new[0])}–{money(new[1])}{mark if new_out else ''}")
    return cell, old_out, new_out


def bls_method_comparison(ctx, count=10) -> str:
    """The earlier method (band × ratio of medians) beside the current one (percentile matching) for every band in
    the largest and the smallest metro areas by employment: the evidence for the choice."""
    soc = pay.primary_soc(ctx.site, ctx.role)
    factor_for = pay.place_factors(_wages(ctx), soc)
    metros = [(a, r) for a, r in _metro_rows(ctx) if r.employment]
    chosen = metros[:count] + metros[-count:]
    bands = ctx.guide.compensation.by_level
    rows, old_count, new_count = [], 0, 0
    for area, row in chosen:
        factor = factor_for(area.code)
        if factor is None or not factor.by_percentile:
            continue
        cells = []
        for band in bands:
            cell, old_out, new_out = _compared(band.base, factor)
            cells.append(cell)
            old_count, new_count = old_count + old_out, new_count + new_out
        rows.append([text_html(area.name), count_text(row.employment),
                     f"{money(factor.points[0])}–{money(factor.points[-1])}", *cells])
    total = len(rows) * len(bands)
    summary = (f"<p>In these {len(rows)} metro areas, {old_count} of the {total} ranges the earlier method suggested "
               f"leave the place's 10th–90th percentiles; {new_count} of the current method's do. The project's own "
               "arithmetic on the guides' bands and BLS's figures, not a figure from any source.</p>")
    headers = ["Metro area", "Employed", "10th–90th percentile", *(f"{text_html(b.label)} base" for b in bands)]
    return html_block(summary + table_html(headers, rows) + cite_paragraph(ctx, [_wages(ctx).source]))


def _metro_rows(ctx):
    """(area, row) for every metro area BLS publishes for the role's nearest occupation, largest first."""
    soc = pay.primary_soc(ctx.site, ctx.role)
    rows = pay.rows_by_area(_wages(ctx), soc)
    metros = [(a, rows[a.code]) for a in _wages(ctx).areas if a.kind == "metro" and a.code in rows]
    return sorted(metros, key=lambda pair: (-(pair[1].employment or 0), pair[0].name))


def _sort_cell(value, shown) -> str:
    return f'<td data-sort="{"" if value is None else value}">{shown}</td>'


def _area_rows(ctx):
    """(area, row) for every state and metro area BLS publishes for the role's nearest occupation, largest first."""
    soc = pay.primary_soc(ctx.site, ctx.role)
    rows = pay.rows_by_area(_wages(ctx), soc)
    areas = [(a, rows[a.code]) for a in _wages(ctx).areas if a.kind in ("state", "metro") and a.code in rows]
    return sorted(areas, key=lambda pair: (-(pair[1].employment or 0), pair[0].name))


def _area_name(area) -> str:
    return f"{attr(area.name)} (state)" if area.kind == "state" else attr(area.name)


def place_filter(ctx, input_id, table_id) -> str:
    """The search box of a pay table by place, naming the site's place index (docs/assets/places.js fetches it):
    a city, a state's name or code or an area name finds its rows; other words filter the rows' text."""
    index = attr(file_url(ctx, places.INDEX_FILE))
    return (f'<p class="rg-table-tools"><label for="{input_id}">Find a state or metro area</label> '
            f'<input type="search" id="{input_id}" data-filters="{table_id}" data-places="{index}" autocomplete="off" '
            'placeholder="A city, a state or a metro area, e.g. Denver, CO"> <span class="rg-filter-count" role="status">'
            '</span></p>')


def bls_metro_table(ctx) -> str:
    """Every state and metro area: median, middle half and employment, in a table the reader can filter by
    place and sort."""
    soc = pay.primary_soc(ctx.site, ctx.role)
    national = pay.rows_by_area(_wages(ctx), soc)[NATIONAL]
    caption = f"{attr(soc)} {attr(_soc_title(ctx, soc))}, annual wages, {attr(_wages(ctx).release)}"
    return html_block(area_table_html(ctx, _area_rows(ctx), national.median, caption)
                      + f"\n{cite_paragraph(ctx, [_wages(ctx).source])}")


def area_table_html(ctx, pairs, national_median, caption, fmt=money) -> str:
    """`pairs` ((area, figures), states and metro areas) as a table the reader can filter by place and sort:
    median, middle half, employment and the median against the nation's; each row anchored by its BLS code.
    `fmt` writes an amount (yearly dollars unless told)."""
    body = []
    for area, row in pairs:
        middle = f"{fmt(row.p25)}–{fmt(row.p75)}" if row.p25 and row.p75 else "not published"
        ratio = f"{row.median / national_median:.2f}" if row.median and national_median else "—"
        body.append(f'<tr id="{attr(anchor("bls-area", area.code))}" data-area="{attr(area.code)}">'
                    f'<th scope="row">{_area_name(area)}</th>'
                    + _sort_cell(row.median, wage_text(row.median, fmt)) + _sort_cell(row.p25, middle)
                    + _sort_cell(row.employment, count_text(row.employment))
                    + _sort_cell(row.median and national_median and round(row.median / national_median, 4), ratio)
                    + "</tr>")
    headers = ["State or metro area", "Median", "Middle half (25th–75th)", "Employed", "Against the nation"]
    head = "".join(f'<th scope="col"><button type="button" class="rg-sort" data-column="{i}">{attr(h)}</button></th>'
                   for i, h in enumerate(headers))
    tools = place_filter(ctx, "bls-metro-filter", "bls-metros")
    return (f'<div class="rg-sortable">{tools}<div class="rg-scroll" tabindex="0" role="region" '
            f'aria-labelledby="bls-metros-caption"><table id="bls-metros"><caption id="bls-metros-caption">'
            f'{caption}</caption><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div></div>')


def _median_chart(chart_id, title, pairs, ctx) -> str:
    """One row a metro: its middle half as a bar and its median as a tick, on one money axis."""
    values = [v for _, row in pairs for v in (row.p25, row.p75, row.median) if v]
    scale = nice_scale(values, *PLOT)
    body, y = [], 24
    for area, row in pairs:
        label = wrap(short_area_name(area.name), LABEL_CHARS)
        body.append(text(4, y + 10, label, "rg-label", line=LINE))
        if row.p25 and row.p75:
            x0, x1 = scale(row.p25), scale(row.p75)
            body.append(f'<rect class="rg-bar rg-base" x="{num(x0)}" y="{num(y + 1)}" width="{num(x1 - x0)}" '
                        f'height="{BAR}"><title>{attr(area.name)}: middle half {money(row.p25)}–{money(row.p75)}, '
                        f'median {money(row.median)}</title></rect>')
        body.append(f'<line class="rg-median" x1="{num(scale(row.median))}" x2="{num(scale(row.median))}" '
                    f'y1="{num(y - 2)}" y2="{num(y + BAR + 4)}"/>')
        y += max(len(label) * LINE, BAR + 6) + 8
    ticks = "".join(text(scale(t), y + 10, money_short(t), "rg-tick", "middle") for t in scale.ticks())
    grid = "".join(f'<line class="rg-grid" x1="{num(scale(t))}" x2="{num(scale(t))}" y1="20" y2="{num(y - 4)}"/>'
                   for t in scale.ticks())
    key = text(4, 12, "Bar: middle half of wages (25th to 75th percentile). Line: median.", "rg-tick")
    desc = f"{title}, {axis_words(scale)}. The table below gives every figure."
    picture = svg(chart_id, WIDTH, y + 16, title, desc, [key, grid, ticks, *body])
    rows = [[attr(area.name), attr(wage_text(row.p25)), attr(wage_text(row.median)), attr(wage_text(row.p75)),
             attr(count_text(row.employment))] for area, row in pairs]
    equivalent = html_table(["Metro area", "25th percentile", "Median", "75th percentile", "Employed"], rows)
    caption = f"{attr(title)}. Source: {source_link(ctx, _wages(ctx).source)} ({attr(_wages(ctx).release)})."
    return figure(chart_id, picture, caption, equivalent)


def bls_metro_charts(ctx, count=20) -> str:
    """The highest-paying and the largest metro areas for the role's nearest occupation."""
    metros = [(a, r) for a, r in _metro_rows(ctx) if r.median]
    highest = sorted(metros, key=lambda pair: (-pair[1].median, pair[0].name))[:count]
    largest = metros[:count]
    return (_median_chart("chart-bls-highest", f"The {count} highest-paying metro areas", highest, ctx) + "\n"
            + _median_chart("chart-bls-largest", f"The {count} metro areas with the most jobs", largest, ctx))


def bls_vs_guides(ctx) -> str:
    """The guides' eight metro ranges beside BLS's figures for the same metro areas, disagreements shown."""
    soc = pay.primary_soc(ctx.site, ctx.role)
    rows_by = pay.rows_by_area(_wages(ctx), soc)
    metros = {m.id: m for m in ctx.site.metros.metros}
    rows = []
    for guide_pay in ctx.guide.compensation.by_metro:
        metro = metros[guide_pay.metro]
        bls = rows_by.get(metro.bls_area)
        area = next(a for a in _wages(ctx).areas if a.code == metro.bls_area)
        rows.append([f"{text_html(metro.name)}, {text_html(metro.region)}", f"{money_range(guide_pay.base)} ({guide_pay.as_of})",
                     link_html(f"#{anchor('bls-area', area.code)}", text_html(area.name)), wage_text(bls.p25 if bls else None),
                     wage_text(bls.median if bls else None),
                     wage_text(bls.p75 if bls else None)])
    guide_sources = list(dict.fromkeys(s for p in ctx.guide.compensation.by_metro for s in p.sources))
    return html_block(table_html(["Metro", "Guide's base range", "BLS metro area", "BLS 25th percentile", "BLS median",
                                  "BLS 75th percentile"], rows)
                      + f"<p>{cite_html(ctx, guide_sources)}; {cite_html(ctx, [_wages(ctx).source])}</p>")


def bls_industries(ctx) -> str:
    """National wages of the role's nearest occupation in each industry sector, highest median first."""
    soc = pay.primary_soc(ctx.site, ctx.role)
    names = {i.code: i.name for i in _wages(ctx).industries}
    rows = sorted((r for r in _wages(ctx).by_industry if r.soc == soc), key=lambda r: (-(r.median or 0), names[r.industry]))
    body = [[text_html(names[r.industry]), wage_text(r.median), f"{wage_text(r.p25)}–{wage_text(r.p75)}", count_text(r.employment)]
            for r in rows]
    return html_block(table_html(["Industry sector", "Median", "Middle half (25th–75th)", "Employed"], body)
                      + cite_paragraph(ctx, [_wages(ctx).source]))


BLOCKS = {"bls_industries": bls_industries, "bls_occupations": bls_occupations, "bls_method": bls_method,
          "bls_method_comparison": bls_method_comparison, "bls_metro_table": bls_metro_table, "bls_metro_charts": bls_metro_charts, "bls_vs_guides": bls_vs_guides}
