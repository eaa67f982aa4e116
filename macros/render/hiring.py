"""The hiring page: what to look for, where to find people, how to post, and warning signs."""
from .blocks import anchor, bullets, cite, cited_entries, esc, heading, table


def hiring_look_for(ctx) -> str:
    out = []
    for item in ctx.guide.hiring.look_for:
        out += [heading(3, item.title, anchor("look-for", item.id)), bullets(item.signals), cite(item.sources, ctx)]
    return "\n".join(out)


def _channels(channels, kind, header) -> str:
    rows = [[f"**{esc(c.name)}**{{#{anchor(kind, c.id)}}}", esc(c.use)] for c in channels]
    return table([header, "What it is good for"], rows)


def hiring_sourcing(ctx) -> str:
    """Job platforms and professional communities, each row anchored by its id."""
    data = ctx.guide.hiring
    return (heading(3, "Job platforms", "platforms") + "\n" + _channels(data.platforms, "platform", "Platform")
            + "\n" + heading(3, "Professional communities", "communities") + "\n"
            + _channels(data.communities, "community", "Community") + cite(data.sourcing_sources, ctx))


def hiring_posting_tips(ctx) -> str:
    data = ctx.guide.hiring
    return bullets(data.posting_tips) + cite(data.posting_tips_sources, ctx)


def hiring_red_flags(ctx) -> str:
    return cited_entries(ctx, ctx.guide.hiring.red_flags, "red-flag")


def hiring_evaluation_tips(ctx) -> str:
    data = ctx.guide.hiring
    return bullets(data.evaluation_tips) + cite(data.evaluation_sources, ctx)


def hiring_employer_advice(ctx) -> str:
    data = ctx.guide.hiring
    return bullets(data.employer_advice) + cite(data.employer_advice_sources, ctx)


BLOCKS = {"hiring_look_for": hiring_look_for, "hiring_sourcing": hiring_sourcing,
          "hiring_posting_tips": hiring_posting_tips, "hiring_red_flags": hiring_red_flags,
          "hiring_evaluation_tips": hiring_evaluation_tips, "hiring_employer_advice": hiring_employer_advice}
