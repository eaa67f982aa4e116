"""The career page: stages, the moves between them, and the growth paths each source describes."""
from .blocks import anchor, bullets, cite, cite_inline, esc, heading, marker, table, years

TRACKS = {"entry": "Entry point", "ladder": "Career ladder", "specialization": "Specialization",
          "leadership": "Leadership", "alternative": "Alternative path"}


def career_summary(ctx) -> str:
    data = ctx.guide.career
    return esc(data.summary) + "\n" + cite(data.sources, ctx)


def _level_links(stage, ctx) -> str:
    titles = {lv.id: lv.title for lv in ctx.guide.levels.levels}
    links = [f"[{esc(titles[lv])}]({ctx.link(f'{ctx.role}/levels.md', anchor('level', lv))})" for lv in stage.levels]
    return f"Levels in detail: {', '.join(links)}\n"


def _stage(stage, ctx) -> str:
    out = [heading(2, stage.title, anchor("stage", stage.id)), f"*Track: {TRACKS[stage.track]}*\n",
           "**Typical titles**\n\n" + bullets(stage.titles)]
    if stage.duties:
        out.append("**Duties**\n\n" + bullets(stage.duties))
    if stage.levels:
        out.append(_level_links(stage, ctx))
    if stage.note:
        out.append(f"*Note: {esc(stage.note)}*\n")
    out.append(cite(stage.sources, ctx))
    return "\n".join(out)


def career_stages(ctx) -> str:
    """Each stage under its own heading, with its titles, duties and the levels it spans."""
    return "\n".join(_stage(s, ctx) for s in ctx.guide.career.stages)


def career_transitions(ctx) -> str:
    """One row a move between stages: how long it usually takes and what it depends on."""
    titles = {s.id: s.title for s in ctx.guide.career.stages}

    def link(stage_id):
        return f"[{esc(titles[stage_id])}](#{anchor('stage', stage_id)})"

    rows = [[f"{marker(anchor('transition', t.id))}{link(t.from_)}", link(t.to), years(t.years), esc(t.condition),
             cite_inline(t.sources, ctx)] for t in ctx.guide.career.transitions]
    return table(["From", "To", "Typical time", "Condition", "Source"], rows)


def career_growth_paths(ctx) -> str:
    """The path each source describes: a sequence of titles, or a summary where it gives no titles."""
    sources = {s.id: s for s in ctx.site.sources.sources}
    out = []
    for path in ctx.guide.career.growth_paths:
        out.append(heading(3, sources[path.source].title, anchor("growth-path", path.id)))
        if path.titles:
            out.append("Roles named as the way up:\n\n" + bullets(path.titles))
        if path.summary:
            out.append(esc(path.summary) + "\n")
        out.append(cite([path.source], ctx))
    return "\n".join(out)


BLOCKS = {"career_summary": career_summary, "career_stages": career_stages, "career_transitions": career_transitions,
          "career_growth_paths": career_growth_paths}
