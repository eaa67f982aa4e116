"""The career page: stages, the moves between them, and the growth paths each source describes."""
from macros.data.models.base import Range
from macros.render.blocks import (
    anchor, body_html, bullets_html, cite_html, cite_paragraph, heading, html_block, link_html, marker,
    page_url, paragraph_html, table_html, text_html, years,
)
TRACKS = {"entry": "Entry point", "ladder": "Career ladder", "specialization": "Specialization",
          "leadership": "Leadership", "alternative": "Alternative path"}


def career_summary(ctx) -> str:
    data = ctx.guide.career
    return body_html(paragraph_html(text_html(data.summary)), cite_paragraph(ctx, data.sources))


def _level_links(stage, ctx) -> str:
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    links = [link_html(page_url(ctx, f"{ctx.role}/levels.md", anchor("level", lv)), text_html(titles[lv]))
             for lv in stage.levels]
    return paragraph_html(f"Levels in detail: {', '.join(links)}")


def _stage(stage, ctx) -> str:
    parts = [paragraph_html(f"<em>Track: {TRACKS[stage.track]}</em>"),
             paragraph_html("<strong>Typical titles</strong>"), bullets_html(stage.titles)]
    if stage.duties:
        parts += [paragraph_html("<strong>Duties</strong>"), bullets_html(stage.duties)]
    if stage.levels:
        parts.append(_level_links(stage, ctx))
    if stage.note:
        parts.append(paragraph_html(f"<em>Note: {text_html(stage.note)}</em>"))
    parts.append(cite_paragraph(ctx, stage.sources))
    return heading(2, stage.title, anchor("stage", stage.id)) + body_html(*parts)


def career_stages(ctx) -> str:
    """Each stage under its own heading, with its titles, duties and the levels it spans."""
    return "".join(_stage(s, ctx) for s in ctx.guide.career.stages)


def time_from_start(career) -> dict:
    """Stage id -> (fewest, most) years from the first stage, adding up the moves along the way: our arithmetic on
    the sources' figures, for stages reached by a chain of moves with a range of years each."""
    moves = {t.from_: t for t in career.transitions}
    totals, stage, low, high = {}, career.stages[0].id if career.stages else None, 0, 0
    while stage in moves and moves[stage].to not in totals and moves[stage].years.max is not None:
        move = moves[stage]
        low, high, stage = low + move.years.min, high + move.years.max, move.to
        totals[stage] = (low, high)
    return totals


def _added_up(ctx) -> str:
    career, titles = ctx.guide.career, {s.id: s.title for s in ctx.guide.career.stages}
    totals = list(time_from_start(career).items())[1:]  # the first move is already in the table
    if not totals:
        return ""
    start = titles[career.stages[0].id]
    sums = "; ".join(f"to {text_html(titles[stage].lower()[:1] + titles[stage][1:])}, "
                     f"{years(Range(min=low, max=high))}" for stage, (low, high) in totals)
    return paragraph_html(f"<em>Added up (our arithmetic, not a source's figure):</em> from {text_html(start.lower())} "
                          f"{sums}. Each total adds the fewest and the most years of the moves on the way.")


def career_transitions(ctx) -> str:
    """One row a move between stages: how long it usually takes and what it depends on."""
    titles = {s.id: s.title for s in ctx.guide.career.stages}

    def link(stage_id):
        return link_html(f"#{anchor('stage', stage_id)}", text_html(titles[stage_id]))

    rows = [[f"{marker(anchor('transition', t.id))}{link(t.from_)}", link(t.to), years(t.years), text_html(t.condition),
             cite_html(ctx, t.sources)] for t in ctx.guide.career.transitions]
    return html_block(table_html(["From", "To", "Typical time", "Condition", "Source"], rows) + _added_up(ctx))


def career_growth_paths(ctx) -> str:
    """The path each source describes: a sequence of titles, or a summary where it gives no titles."""
    sources = {s.id: s for s in ctx.site.sources.sources}
    out = []
    for path in ctx.guide.career.growth_paths:
        parts = [paragraph_html("Roles named as the way up:"), bullets_html(path.titles)] if path.titles else []
        if path.summary:
            parts.append(paragraph_html(text_html(path.summary)))
        out.append(heading(3, sources[path.source].title, anchor("growth-path", path.id))
                   + body_html(*parts, cite_paragraph(ctx, [path.source])))
    return "".join(out)


BLOCKS = {"career_summary": career_summary, "career_stages": career_stages, "career_transitions": career_transitions,
          "career_growth_paths": career_growth_paths}
