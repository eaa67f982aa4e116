"""The pay page: national averages, pay by level and by metro, and what moves pay. Charts live elsewhere."""
from .blocks import (anchor, as_of, bullets, cite, cite_inline, esc, former_anchors, heading, marker, money, money_range,
                     range_text, table, years)


def _unit(ctx) -> str:
    data = ctx.guide.compensation
    return f"{data.currency} per {data.period}"


def percent_range(value) -> str:
    return range_text(value, unit="%")


def midpoint(value) -> float:
    return value.min if value.max is None else (value.min + value.max) / 2


def pay_summary(ctx) -> str:
    data = ctx.guide.compensation
    return (esc(data.summary) + f"\n\nEvery figure on this page is in {esc(_unit(ctx))} and names its source and year.\n"
            + cite(data.sources, ctx))


def _average_figure(item) -> str:
    if item.amount is not None:
        return money(item.amount)
    parts = [f"Base {money_range(item.base)}"] + ([f"total {money_range(item.total)}"] if item.total else [])
    return "; ".join(parts)


def pay_national_averages(ctx) -> str:
    """Each published average side by side, since the sources disagree."""
    rows = [[f"{marker(anchor('average', a.id))}{esc(a.label)}", _average_figure(a), as_of(a.as_of), esc(a.basis),
             cite_inline(a.sources, ctx)] for a in ctx.guide.compensation.national_averages]
    intro = ("The sources give different national figures because they were measured in different years and worked "
             "out in different ways, so each one is shown with its year and method instead of being merged.\n\n")
    return intro + table(["Figure", f"Amount ({esc(_unit(ctx))})", "As of", "Basis", "Source"], rows)


def _band_label(band, ctx) -> str:
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    links = [f"[{esc(titles[lv])}]({ctx.link(f'{ctx.role}/levels.md', anchor('level', lv))})" for lv in band.levels]
    label = f"{marker(anchor('pay-level', band.id))}**{esc(band.label)}**"
    return label + (f" ({', '.join(links)})" if links else "")


def pay_by_level_table(ctx) -> str:
    """One row a pay band, linking to the levels it covers."""
    unit = esc(_unit(ctx))
    rows = [[_band_label(b, ctx), years(b.experience) if b.experience else "not stated", money_range(b.base),
             money_range(b.total), as_of(b.as_of), cite_inline(b.sources, ctx)] for b in ctx.guide.compensation.by_level]
    out = table(["Level", "Experience", f"Base ({unit})", f"Total ({unit})", "As of", "Source"], rows)
    return out + "".join(_unpriced(assigned, ctx) for assigned in ctx.guide.compensation.unpriced_levels)


def _unpriced(assigned, ctx) -> str:
    """A level the guides price no band for, the band the site uses, and why: the project's reading."""
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    band = next(b for b in ctx.guide.compensation.by_level if b.id == assigned.band)
    return (f"\n{marker(anchor('pay-level', assigned.level))}**{esc(titles.get(assigned.level, assigned.level))}**: "
            "the guides give no band. "
            f"Our reading: the composer and the suggested pay use the [{esc(band.label)}](#{anchor('pay-level', band.id)}) "
            f"band. {esc(assigned.reason)}\n")


def pay_by_metro_table(ctx) -> str:
    """One row a metro, highest base midpoint first."""
    metros = {m.id: m for m in ctx.site.metros.metros}
    unit = esc(_unit(ctx))
    rows = []
    for pay in sorted(ctx.guide.compensation.by_metro, key=lambda p: -midpoint(p.base)):
        metro = metros[pay.metro]
        rows.append([f"{marker(anchor('metro', metro.id))}{esc(metro.name)}, {esc(metro.region)}", money_range(pay.base),
                     money_range(pay.total), as_of(pay.as_of), cite_inline(pay.sources, ctx)])
    return table(["Metro", f"Base ({unit})", f"Total ({unit})", "As of", "Source"], rows)


def _factor(factor, ctx) -> str:
    out = [heading(3, factor.title, anchor("factor", factor.id)), former_anchors("factor", factor)]
    if factor.points:
        out.append(bullets(factor.points))
    if factor.tiers:
        out.append("Tiers:\n\n" + "\n".join(f"- **{esc(t.label)}**: {', '.join(esc(i) for i in t.items)}"
                                            + f" {cite_inline(t.sources, ctx)}"
                                            for t in factor.tiers) + "\n")
    if factor.figures:
        out.append("Figures:\n\n" + "\n".join(f"- {esc(f.label)}: {percent_range(f.percent)}"
                                              + (f" (how we got it: {esc(f.method)})" if f.derived else "")
                                              for f in factor.figures) + "\n")
    out.append(cite(factor.sources, ctx))
    return "\n".join(out)


def pay_factors(ctx) -> str:
    """What moves pay up or down, each factor under its own heading."""
    return "\n".join(_factor(f, ctx) for f in ctx.guide.compensation.factors)


BLOCKS = {"pay_summary": pay_summary, "pay_national_averages": pay_national_averages,
          "pay_by_level_table": pay_by_level_table, "pay_by_metro_table": pay_by_metro_table, "pay_factors": pay_factors}
