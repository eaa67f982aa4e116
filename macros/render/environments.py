"""The work environments page: company contexts, work settings, the arrangement sentences for postings, trends."""
from .blocks import anchor, bullets, cite, cited_entries, esc, heading, marker, table


def environments_summary(ctx) -> str:
    return esc(ctx.guide.environments.summary) + "\n"


def environments_contexts(ctx) -> str:
    """Each kind of company or way of working the role meets."""
    return cited_entries(ctx, ctx.guide.environments.contexts, "context")


def environments_settings(ctx) -> str:
    """Each work setting, naming the work arrangement it matches where it has one."""
    labels = {a.id: a.label for a in ctx.site.arrangements.arrangements}
    out = []
    for item in ctx.guide.environments.settings:
        out.append(heading(3, item.title, anchor("setting", item.id)))
        if item.arrangement:
            out.append(f"*Work arrangement: [{esc(labels[item.arrangement])}](#{anchor('arrangement', item.arrangement)})*\n")
        out += [esc(item.text) + "\n", cite(item.sources, ctx)]
    return "\n".join(out)


def environments_posting_lines(ctx) -> str:
    """The sentence a job posting uses for each work arrangement."""
    rows = [[f"{marker(anchor('arrangement', a.id))}{esc(a.label)}", esc(a.posting_line)]
            for a in ctx.site.arrangements.arrangements]
    return table(["Arrangement", "Sentence for a posting"], rows)


def environments_trends(ctx) -> str:
    data = ctx.guide.environments
    return bullets(data.trends) + cite(data.trends_sources, ctx)


BLOCKS = {"environments_summary": environments_summary, "environments_contexts": environments_contexts,
          "environments_settings": environments_settings, "environments_posting_lines": environments_posting_lines,
          "environments_trends": environments_trends}
