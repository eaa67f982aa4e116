"""The hiring page: what to look for, where to find people, how to post, and warning signs."""
from macros.render.blocks import (
    anchor, attr, body_html, bullets_html, cite_paragraph, cited_entries_html, heading, html_block,
    table_html, text_html,
)
def hiring_look_for(ctx) -> str:
    return "".join(heading(3, item.title, anchor("look-for", item.id))
                   + body_html(bullets_html(item.signals), cite_paragraph(ctx, item.sources))
                   for item in ctx.guide.hiring.look_for)


def _channels(channels, kind, header) -> str:
    rows = [[f'<strong id="{attr(anchor(kind, c.id))}">{text_html(c.name)}</strong>', text_html(c.use)]
            for c in channels]
    return table_html([header, "What it is good for"], rows)


def hiring_sourcing(ctx) -> str:
    """Job platforms and professional communities, each row anchored by its id."""
    data = ctx.guide.hiring
    return (heading(3, "Job platforms", "platforms") + html_block(_channels(data.platforms, "platform", "Platform"))
            + heading(3, "Professional communities", "communities")
            + body_html(_channels(data.communities, "community", "Community"),
                        cite_paragraph(ctx, data.sourcing_sources)))


def hiring_posting_tips(ctx) -> str:
    data = ctx.guide.hiring
    return body_html(bullets_html(data.posting_tips), cite_paragraph(ctx, data.posting_tips_sources))


def hiring_red_flags(ctx) -> str:
    return cited_entries_html(ctx, ctx.guide.hiring.red_flags, "red-flag")


def hiring_evaluation_tips(ctx) -> str:
    data = ctx.guide.hiring
    return body_html(bullets_html(data.evaluation_tips), cite_paragraph(ctx, data.evaluation_sources))


def hiring_employer_advice(ctx) -> str:
    data = ctx.guide.hiring
    return body_html(bullets_html(data.employer_advice), cite_paragraph(ctx, data.employer_advice_sources))


BLOCKS = {"hiring_look_for": hiring_look_for, "hiring_sourcing": hiring_sourcing,
          "hiring_posting_tips": hiring_posting_tips, "hiring_red_flags": hiring_red_flags,
          "hiring_evaluation_tips": hiring_evaluation_tips, "hiring_employer_advice": hiring_employer_advice}
