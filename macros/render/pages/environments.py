"""The work environments page: company contexts, work settings, the arrangement sentences for postings, trends."""
from macros.render.blocks import (
    anchor, body_html, bullets_html, cite_paragraph, cited_entries_html, heading, html_block, link_html,
    marker, paragraph_html, table_html, text_html,
)
def environments_summary(ctx) -> str:
    return body_html(paragraph_html(text_html(ctx.guide.environments.summary)))


def environments_contexts(ctx) -> str:
    """Each kind of company or way of working the role meets."""
    return cited_entries_html(ctx, ctx.guide.environments.contexts, "context")


def environments_settings(ctx) -> str:
    """Each work setting, naming the work arrangement it matches where it has one."""
    labels = {a.id: a.label for a in ctx.site.arrangements.arrangements}
    out = []
    for item in ctx.guide.environments.settings:
        parts = []
        if item.arrangement:
            link = link_html(f"#{anchor('arrangement', item.arrangement)}", text_html(labels[item.arrangement]))
            parts.append(paragraph_html(f"<em>Work arrangement: {link}</em>"))
        parts += [paragraph_html(text_html(item.text)), cite_paragraph(ctx, item.sources)]
        out.append(heading(3, item.title, anchor("setting", item.id)) + body_html(*parts))
    return "".join(out)


def environments_posting_lines(ctx) -> str:
    """The sentence a job posting uses for each work arrangement."""
    rows = [[f"{marker(anchor('arrangement', a.id))}{text_html(a.label)}", text_html(a.posting_line)]
            for a in ctx.site.arrangements.arrangements]
    return html_block(table_html(["Arrangement", "Sentence for a posting"], rows))


def environments_trends(ctx) -> str:
    data = ctx.guide.environments
    return body_html(bullets_html(data.trends), cite_paragraph(ctx, data.trends_sources))


BLOCKS = {"environments_summary": environments_summary, "environments_contexts": environments_contexts,
          "environments_settings": environments_settings, "environments_posting_lines": environments_posting_lines,
          "environments_trends": environments_trends}
