"""The industries page: a matrix of industries, then each industry in full."""
from macros.render.blocks import (
    anchor, body_html, bullets_html, cite_paragraph, heading, html_block, link_html, paragraph_html,
    table_html, text_html,
)
LISTS = (("focus_areas", "Focus areas", "focus"), ("unique_requirements", "Unique requirements", "requirements"),
         ("responsibilities", "Responsibilities", "responsibilities"))


KINDS = {"industry": "Industry", "segment": "Customer segment"}


def _names(ctx) -> dict:
    return {i.id: i.name for i in ctx.site.industries.industries}


def _kinds(ctx) -> dict:
    return {i.id: KINDS[i.kind] for i in ctx.site.industries.industries}


def _joined(items) -> str:
    return "; ".join(text_html(item) for item in items) if items else "—"


def industries_matrix(ctx) -> str:
    """One row an industry: its focus areas and unique requirements, linking to its section."""
    names, kinds = _names(ctx), _kinds(ctx)
    rows = [[link_html(f"#{anchor('industry', g.industry)}", text_html(names[g.industry])), kinds[g.industry],
             _joined(g.focus_areas), _joined(g.unique_requirements)] for g in ctx.guide.industries.industries]
    return html_block(table_html(["Industry or segment", "Kind", "Focus areas", "Unique requirements"], rows))


def _industry(guide, name, ctx) -> str:
    own = anchor("industry", guide.industry)
    out = [heading(2, name, own), body_html(paragraph_html(text_html(guide.summary)))]
    for field, label, suffix in LISTS:
        items = [getattr(item, "text", item) for item in getattr(guide, field)]
        if items:
            out.append(heading(3, label, f"{own}-{suffix}") + body_html(bullets_html(items)))
    out.append(body_html(cite_paragraph(ctx, guide.sources)))
    return "".join(out)


def industries_details(ctx) -> str:
    """Each industry under its own heading with every list the data gives for it."""
    names = _names(ctx)
    return "".join(_industry(g, names[g.industry], ctx) for g in ctx.guide.industries.industries)


BLOCKS = {"industries_matrix": industries_matrix, "industries_details": industries_details}
