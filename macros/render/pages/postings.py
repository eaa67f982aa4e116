"""The real postings page: a summary table, each posting in full, and what they share."""
from macros.render.blocks import (
    anchor, bullets_html, cite_paragraph, heading, html_block, label_html, link_html, page_url,
    paragraph_html, table_html, text_html, ul_html, years,
)
def _industry(ctx, industry_id) -> str:
    if industry_id is None:
        return "not stated (withheld in the source)"
    name = next(i.name for i in ctx.site.industries.industries if i.id == industry_id)
    return link_html(page_url(ctx, f"{ctx.role}/industries.md", anchor("industry", industry_id)), text_html(name))


def _experience(posting) -> str:
    return years(posting.experience) if posting.experience else "none stated"


def _tools(posting) -> str:
    return ", ".join(text_html(t) for t in posting.tools) if posting.tools else "none named"


def postings_about(ctx) -> str:
    data = ctx.guide.postings
    return html_block(paragraph_html(text_html(data.about)) + "\n" + cite_paragraph(ctx, data.about_sources))


def postings_summary_table(ctx) -> str:
    rows = [[link_html(f"#{anchor('posting', p.id)}", text_html(p.label)), _industry(ctx, p.industry), _experience(p),
             text_html(p.degree), _tools(p)] for p in ctx.guide.postings.postings]
    return html_block(table_html(["Posting", "Industry", "Experience", "Degree", "Tools"], rows))


def _facts(posting, ctx) -> str:
    facts = [("Industry", _industry(ctx, posting.industry)), ("Experience", _experience(posting)),
             ("Degree", text_html(posting.degree))]
    if posting.reports_to:
        facts.append(("Reports to", text_html(posting.reports_to)))
    facts.append(("Tools", _tools(posting)))
    return ul_html([f"<strong>{label}</strong>: {value}" for label, value in facts])


def _details(posting, ctx) -> str:
    out = [_facts(posting, ctx), label_html("Duties"), bullets_html(posting.duties)]
    if posting.qualifications:
        out += [label_html("Qualifications"), bullets_html(posting.qualifications)]
    out.append(cite_paragraph(ctx, posting.sources))
    return "\n".join(out)


def postings_details(ctx) -> str:
    return "\n".join(heading(2, posting.label, anchor("posting", posting.id)) + html_block(_details(posting, ctx))
                     for posting in ctx.guide.postings.postings)


def postings_common(ctx) -> str:
    data = ctx.guide.postings
    method = [paragraph_html(f"How we got these: {text_html(data.common_method)}")] if data.common_derived else []
    return html_block("\n".join([bullets_html(data.common), *method, cite_paragraph(ctx, data.common_sources)]))


BLOCKS = {"postings_about": postings_about, "postings_summary_table": postings_summary_table,
          "postings_details": postings_details, "postings_common": postings_common}
