"""The real postings page: a summary table, each posting in full, and what they share."""
from .blocks import anchor, bullets, cite, esc, heading, table, years


def _industry(ctx, industry_id) -> str:
    if industry_id is None:
        return "not stated (withheld in the source)"
    name = next(i.name for i in ctx.site.industries.industries if i.id == industry_id)
    return f"[{esc(name)}]({ctx.link(f'{ctx.role}/industries.md', anchor('industry', industry_id))})"


def _experience(posting) -> str:
    return years(posting.experience) if posting.experience else "none stated"


def _tools(posting) -> str:
    return ", ".join(esc(t) for t in posting.tools) if posting.tools else "none named"


def postings_about(ctx) -> str:
    data = ctx.guide.postings
    return esc(data.about) + "\n" + cite(data.about_sources, ctx)


def postings_summary_table(ctx) -> str:
    rows = [[f"[{esc(p.label)}](#{anchor('posting', p.id)})", _industry(ctx, p.industry), _experience(p),
             esc(p.degree), _tools(p)] for p in ctx.guide.postings.postings]
    return table(["Posting", "Industry", "Experience", "Degree", "Tools"], rows)


def _facts(posting, ctx) -> str:
    facts = [("Industry", _industry(ctx, posting.industry)), ("Experience", _experience(posting)),
             ("Degree", esc(posting.degree))]
    if posting.reports_to:
        facts.append(("Reports to", esc(posting.reports_to)))
    facts.append(("Tools", _tools(posting)))
    return "\n".join(f"- **{label}**: {value}" for label, value in facts) + "\n"


def postings_details(ctx) -> str:
    out = []
    for posting in ctx.guide.postings.postings:
        out += [heading(2, posting.label, anchor("posting", posting.id)), _facts(posting, ctx),
                "**Duties**\n\n" + bullets(posting.duties)]
        if posting.qualifications:
            out.append("**Qualifications**\n\n" + bullets(posting.qualifications))
        out.append(cite(posting.sources, ctx))
    return "\n".join(out)


def postings_common(ctx) -> str:
    data = ctx.guide.postings
    method = f"\nHow we got these: {esc(data.common_method)}\n" if data.common_derived else ""
    return bullets(data.common) + method + cite(data.common_sources, ctx)


BLOCKS = {"postings_about": postings_about, "postings_summary_table": postings_summary_table,
          "postings_details": postings_details, "postings_common": postings_common}
