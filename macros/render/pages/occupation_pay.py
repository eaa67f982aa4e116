"""An occupation's pay from BLS OEWS (the nation, every state, every metro area) and its ten-year outlook from the
BLS Employment Projections, each with its release and footnotes."""
from types import SimpleNamespace

from macros.render.blocks import attr, html_block, money, paragraph_html, table_html, text_html, ul_html
from macros.render.pages.occupation import occupation, oews_name, release
from macros.data.models.occupations import HOURLY_ROW, wage_figures
from macros.data.models.wages import NATIONAL
from macros.render.pages.wages import PERCENTILE_LABELS, area_table_html, count_text, wage_text

def _wages(ctx):
    """(the OEWS code whose figures are shown, its wages, whether they are a broader occupation's), or None."""
    occ = occupation(ctx)
    for code, broader in ((occ.oews_soc, False), (occ.oews_broader, True)):
        if code and code in ctx.site.occupation_wages:
            return code, ctx.site.occupation_wages[code], broader
    return None


def _rows(wages) -> list:
    """The wage rows with their figures by name, as the shared wage tables read them."""
    return [SimpleNamespace(**wage_figures(row)) for row in wages.rows]


def _hourly_rows(wages) -> list:
    """Where BLS publishes only hourly wages (its footnote 4): each such area's hourly figures, with the area's
    employment from its yearly row."""
    employment = {row.area: row.employment for row in _rows(wages)}
    return [SimpleNamespace(**wage_figures(row, HOURLY_ROW), employment=employment.get(row[0])) for row in wages.hourly]


def hourly_money(amount) -> str:
    return f"${amount:,.2f}"


def _hourly_note(ctx, wages) -> str:
    """Why the figures are hourly: the BLS footnote on the yearly figures of the areas it gives by the hour, as
    released."""
    hourly = {row[0] for row in wages.hourly}
    used = {v for row in wages.rows if row[0] in hourly for v in row[2:] if isinstance(v, str)}
    notes = [f"BLS footnote {text_html(f.code)}, as released: “{text_html(f.text)}”" for f in release(ctx).oews.footnotes
             if f.code in used]
    return paragraph_html(" ".join(["BLS publishes this occupation's wages by the hour, not by the year.", *notes]))


def _source(ctx) -> str:
    return (f'<span class="rg-cite">Source: <a href="#about-this-data">{oews_name(ctx)}</a>, '
            f"{text_html(release(ctx).oews.publisher)}</span>")


def _footnotes(ctx, rows) -> str:
    """The BLS footnotes that explain the figures these rows leave out."""
    used = {code for row in rows for code in row.footnotes.values()}
    notes = [f"<strong>{text_html(f.code)}</strong>: {text_html(f.text)}" for f in release(ctx).oews.footnotes
             if f.code in used]
    return paragraph_html("Where a figure says “not published”, BLS explains why:") + ul_html(notes) if notes else ""


def _broader_note(ctx, code, wages) -> str:
    occ = occupation(ctx)
    return paragraph_html(f"{text_html(occ.gaps.get('wages', ''))} The figures below are those of the broader BLS "
                          f"occupation {text_html(code)} {text_html(wages.title)}, which includes this one: they are "
                          "not this occupation's own.")


def occupation_pay(ctx) -> str:
    """National employment and percentiles, the release, and the footnote of every figure BLS does not publish."""
    found = _wages(ctx)
    if found is None:
        return html_block(paragraph_html("BLS publishes no wages for this occupation: "
                                         + text_html(occupation(ctx).gaps.get("wages", ""))))
    code, wages, broader = found
    national = next((r for r in _rows(wages) if r.area == NATIONAL), None)
    hourly = next((r for r in _hourly_rows(wages) if r.area == NATIONAL), None)
    parts = [_broader_note(ctx, code, wages)] if broader else []
    if national is None:
        parts.append(paragraph_html("BLS publishes no national figures for this occupation."))
    elif hourly is not None:
        figures = [count_text(national.employment),
                   *(wage_text(getattr(hourly, k), hourly_money) for k, _ in PERCENTILE_LABELS),
                   wage_text(hourly.mean, hourly_money)]
        headers = ["Employed", *(f"{label} percentile" if key != "median" else label for key, label in PERCENTILE_LABELS),
                   "Mean"]
        parts.append(paragraph_html(f"Hourly wages in the United States, {text_html(code)} "
                                    f"{text_html(wages.title)}, {oews_name(ctx)}:")
                     + table_html(headers, [figures]) + _hourly_note(ctx, wages) + _footnotes(ctx, [hourly]))
    else:
        figures = [count_text(national.employment), *(wage_text(getattr(national, k)) for k, _ in PERCENTILE_LABELS),
                   wage_text(national.mean)]
        headers = ["Employed", *(f"{label} percentile" if key != "median" else label for key, label in PERCENTILE_LABELS),
                   "Mean"]
        parts.append(paragraph_html(f"Annual wages in the United States, {text_html(code)} "
                                    f"{text_html(wages.title)}, {oews_name(ctx)}:")
                     + table_html(headers, [figures]) + _footnotes(ctx, [national]))
    parts.append(paragraph_html(_source(ctx)))
    return html_block("\n".join(parts))


def occupation_pay_places(ctx) -> str:
    """Every state and metro area BLS publishes for the occupation, most jobs first, in a table the reader can
    filter by place (a city, a state's name or code, an area's name) and sort."""
    found = _wages(ctx)
    if found is None:
        return ""
    code, wages, _ = found
    hourly = {r.area: r for r in _hourly_rows(wages)}
    # Where BLS gives an area's wages by the hour only, the table shows them by the hour, and says so.
    rows = [hourly.get(r.area, r) for r in _rows(wages)]
    areas = {a.code: a for a in release(ctx).areas if a.kind in ("state", "metro")}
    pairs = sorted(((areas[r.area], r) for r in rows if r.area in areas),
                   key=lambda pair: (-(pair[1].employment or 0), pair[0].name))
    if not pairs:
        return html_block(paragraph_html("BLS publishes no state or metro figures for this occupation."))
    national = next((r.median for r in rows if r.area == NATIONAL), None)
    by_hour = any(area.code in hourly for area, _ in pairs)
    caption = (f"{attr(code)} {attr(wages.title)}, {'hourly' if by_hour else 'annual'} wages, "
               f"{attr(release(ctx).oews.release)}")
    states = sum(1 for area, _ in pairs if area.kind == "state")
    note = paragraph_html(f"{states} states and territories and {len(pairs) - states} metro areas, the most jobs "
                          "first; sort by any column. “Against the nation” is our arithmetic: the area's median "
                          "divided by the national median."
                          + (" BLS publishes this occupation's wages by the hour: the figures are hourly." if by_hour else ""))
    table = area_table_html(ctx, pairs, national, caption, hourly_money if by_hour else money)
    # Left out of the search index: every occupation's page names the same places.
    return html_block(f'<div data-pagefind-ignore>\n{note}\n{table}\n{_footnotes(ctx, [r for _, r in pairs])}\n'
                      f"{paragraph_html(_source(ctx))}\n</div>")


def _thousands(value) -> str:
    return f"{value * 1000:,.0f}"


def occupation_outlook(ctx) -> str:
    """Employment 2024 and 2034, the change, annual openings and the 2024 median wage, as BLS projects them."""
    occ = occupation(ctx)
    proj = occ.projections
    if proj is None:
        return html_block(paragraph_html("BLS projects no outlook for this occupation: "
                                         + text_html(occ.gaps.get("projections", ""))))

    def shown(key, fmt):
        value = getattr(proj, key)
        return fmt(value) if value is not None else text_html(proj.unavailable.get(key, "not published"))

    rows = [["Employment, 2024", shown("employment_2024", _thousands)],
            ["Employment, 2034 (projected)", shown("employment_2034", _thousands)],
            ["Change, 2024–34", f"{shown('change', _thousands)} ({shown('percent_change', lambda v: f'{v:+.1f}%')})"],
            ["Openings each year, on average, 2024–34", shown("openings", _thousands)],
            ["Self-employed, 2024", shown("self_employed_percent", lambda v: f"{v:.1f}%")],
            ["Median annual wage, 2024", shown("median_wage", money)]]
    line = (f"{text_html(proj.matrix_code)} {text_html(proj.matrix_title)}"
            + ("" if proj.match == "exact" else ": BLS projects this occupation only as part of this broader line"))
    notes = release(ctx).projections.footnotes
    return html_block(paragraph_html(f"BLS's projection for {line}. BLS publishes employment, change and openings "
                                     "in thousands; they are shown here as whole numbers.")
                      + table_html(["Measure", "Figure"], rows)
                      # The notes are the same on every occupation's page: left out of the search index.
                      + ("<div data-pagefind-ignore>" + paragraph_html("The table's notes, as BLS publishes them:")
                         + ul_html(text_html(n) for n in notes) + "</div>" if notes else "")
                      + paragraph_html('<span class="rg-cite">Source: <a href="#about-this-data">'
                                       f"{text_html(release(ctx).projections.name)}</a></span>"))


BLOCKS = {"occupation_pay": occupation_pay, "occupation_pay_places": occupation_pay_places,
          "occupation_outlook": occupation_outlook}
