"""The pay page: national averages, pay by level and by metro, and what moves pay. Charts live elsewhere.

Everything but the headings is written as the HTML Markdown would make of it, in blocks Markdown passes through."""
from macros.render.blocks import (
    anchor, as_of, cite_html, cite_paragraph, former_anchors, heading, html_block, link_html, marker, money,
    money_range, page_url, paragraph_html, range_text, table_html, text_html, ul_html, years,
)


def _unit(ctx) -> str:
    data = ctx.guide.compensation
    return f"{data.currency} per {data.period}"


def percent_range(value) -> str:
    return range_text(value, unit="%")


def midpoint(value) -> float:
    return value.min if value.max is None else (value.min + value.max) / 2


def levels_page_link(ctx, level_id, title) -> str:
    """A link to a level's section on the levels page, from another page of the role."""
    return link_html(page_url(ctx, f"{ctx.role}/levels.md", anchor("level", level_id)), text_html(title))


def pay_summary(ctx) -> str:
    data = ctx.guide.compensation
    return html_block(f"<p>{text_html(data.summary)}</p>\n<p>Every figure on this page is in {text_html(_unit(ctx))} "
                      f"and names its source and year.</p>\n{cite_paragraph(ctx, data.sources)}")


def _average_figure(item) -> str:
    if item.amount is not None:
        return money(item.amount)
    parts = [f"Base {money_range(item.base)}"] + ([f"total {money_range(item.total)}"] if item.total else [])
    return "; ".join(parts)


def pay_national_averages(ctx) -> str:
    """Each published average side by side, since the sources disagree."""
    rows = [[f"{marker(anchor('average', a.id))}{text_html(a.label)}", _average_figure(a), as_of(a.as_of),
             text_html(a.basis), cite_html(ctx, a.sources)] for a in ctx.guide.compensation.national_averages]
    intro = ("<p>The sources give different national figures because they were measured in different years and worked "
             "out in different ways, so each one is shown with its year and method instead of being merged.</p>")
    return html_block(intro + table_html(["Figure", f"Amount ({text_html(_unit(ctx))})", "As of", "Basis", "Source"],
                                         rows))


def _band_label(band, ctx) -> str:
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    links = [levels_page_link(ctx, lv, titles[lv]) for lv in band.levels]
    label = f"{marker(anchor('pay-level', band.id))}<strong>{text_html(band.label)}</strong>"
    return label + (f" ({', '.join(links)})" if links else "")


def pay_by_level_table(ctx) -> str:
    """One row a pay band, linking to the levels it covers."""
    unit = text_html(_unit(ctx))
    rows = [[_band_label(b, ctx), years(b.experience) if b.experience else "not stated", money_range(b.base),
             money_range(b.total), as_of(b.as_of), cite_html(ctx, b.sources)] for b in ctx.guide.compensation.by_level]
    out = table_html(["Level", "Experience", f"Base ({unit})", f"Total ({unit})", "As of", "Source"], rows)
    return html_block(out + "".join(_unpriced(assigned, ctx) for assigned in ctx.guide.compensation.unpriced_levels)
                      + _variable_defaults(ctx))


VARIABLE_WORDS = {"commission": "commission", "bonus": "a bonus", "commission-and-bonus": "commission and a bonus",
                  "variable": "variable pay of an unnamed kind"}


def _variable_defaults(ctx) -> str:
    """The variable pay a composed posting starts with for each band, and what in the guides says so."""
    items = [f"<strong>{text_html(b.label)}</strong>: {VARIABLE_WORDS[b.variable.kind]}. {text_html(b.variable.note)} "
             f"{cite_html(ctx, b.variable.sources)}" for b in ctx.guide.compensation.by_level if b.variable]
    if not items:
        return ""
    return "\n<p>The variable pay a posting from the composer starts with, for each band:</p>\n" + ul_html(items)


def _unpriced(assigned, ctx) -> str:
    """A level the guides price no band for, the band the site uses, and why: the project's reading."""
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    band = next(b for b in ctx.guide.compensation.by_level if b.id == assigned.band)
    return (f"\n<p>{marker(anchor('pay-level', assigned.level))}"
            f"<strong>{text_html(titles.get(assigned.level, assigned.level))}</strong>: the guides give no band. "
            "Our reading: the composer and the suggested pay use the "
            f"{link_html('#' + anchor('pay-level', band.id), text_html(band.label))} band. {text_html(assigned.reason)}</p>")


def pay_by_metro_table(ctx) -> str:
    """One row a metro, highest base midpoint first."""
    metros = {m.id: m for m in ctx.site.metros.metros}
    unit = text_html(_unit(ctx))
    rows = []
    for pay in sorted(ctx.guide.compensation.by_metro, key=lambda p: -midpoint(p.base)):
        metro = metros[pay.metro]
        rows.append([f"{marker(anchor('metro', metro.id))}{text_html(metro.name)}, {text_html(metro.region)}",
                     money_range(pay.base), money_range(pay.total), as_of(pay.as_of), cite_html(ctx, pay.sources)])
    return html_block(table_html(["Metro", f"Base ({unit})", f"Total ({unit})", "As of", "Source"], rows))


def _tier(tier, ctx) -> str:
    return (f"<strong>{text_html(tier.label)}</strong>: {', '.join(text_html(i) for i in tier.items)} "
            f"{cite_html(ctx, tier.sources)}")


def _figure(figure) -> str:
    return (f"{text_html(figure.label)}: {percent_range(figure.percent)}"
            + (f" (how we got it: {text_html(figure.method)})" if figure.derived else ""))


def _factor_body(factor, ctx) -> str:
    """The points, tiers and figures of a factor, and its citation; the factor's former anchors open the first."""
    lead, out = former_anchors("factor", factor), []
    if factor.points:
        points = [text_html(point) for point in factor.points]
        out.append(ul_html([lead + points[0], *points[1:]]))
        lead = ""
    if factor.tiers:
        out += [paragraph_html(lead + "Tiers:"), ul_html(_tier(t, ctx) for t in factor.tiers)]
        lead = ""
    if factor.figures:
        out += [paragraph_html(lead + "Figures:"), ul_html(_figure(f) for f in factor.figures)]
        lead = ""
    return "\n".join(out + [paragraph_html(lead + cite_html(ctx, factor.sources))])


def pay_factors(ctx) -> str:
    """What moves pay up or down, each factor under its own heading."""
    return "\n".join(heading(3, f.title, anchor("factor", f.id)) + html_block(_factor_body(f, ctx))
                     for f in ctx.guide.compensation.factors)


BLOCKS = {"pay_summary": pay_summary, "pay_national_averages": pay_national_averages,
          "pay_by_level_table": pay_by_level_table, "pay_by_metro_table": pay_by_metro_table, "pay_factors": pay_factors}
