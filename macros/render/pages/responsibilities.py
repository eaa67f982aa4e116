"""The responsibilities page: core duties, areas of work, duties as a posting words them, and duties by industry."""
from macros.render.blocks import (
    anchor, bullets_html, cite_html, cite_paragraph, heading, html_block, link_html, marker, page_url,
    paragraph_html, text_html, ul_html,
)
def responsibilities_core(ctx) -> str:
    """Every core duty as a list item with its own anchor and citation."""
    return html_block(ul_html([f"{marker(anchor('duty', duty.id))}{text_html(duty.text)} {cite_html(ctx, duty.sources)}"
                               for duty in ctx.guide.responsibilities.core]))


def _area(area, ctx) -> list:
    out = [heading(3, area.title, anchor("area", area.id)), html_block(paragraph_html(text_html(area.summary)))]
    for group in area.groups:
        out += [heading(4, group.title, f"{anchor('area', area.id)}-{group.id}"), html_block(bullets_html(group.items))]
    return out + [html_block(cite_paragraph(ctx, area.sources))]


def responsibilities_areas(ctx) -> str:
    """Each area of work: its summary, its groups of duties, its citation."""
    return "\n".join(part for area in ctx.guide.responsibilities.areas for part in _area(area, ctx))


def responsibilities_template_duties(ctx) -> str:
    """The duties in the titled form a job posting uses."""
    data = ctx.guide.responsibilities
    out = [heading(3, duty.title, anchor("template-duty", duty.id)) + html_block(paragraph_html(text_html(duty.text)))
           for duty in data.template_duties]
    return "\n".join(out) + html_block(cite_paragraph(ctx, data.template_duties_sources))


def responsibilities_by_industry(ctx) -> str:
    """A link to each industry section that lists duties of its own; the duties themselves live there."""
    names = {i.id: i.name for i in ctx.site.industries.industries}
    items = []
    for guide in ctx.guide.industries.industries:
        if not guide.responsibilities:
            continue
        link = link_html(page_url(ctx, f"{ctx.role}/industries.md", anchor("industry", guide.industry)),
                         text_html(names[guide.industry]))
        count = len(guide.responsibilities)
        items.append(f"{link}: {count} industry-specific {'duty' if count == 1 else 'duties'}")
    if not items:
        return html_block("<p><em>No industry lists duties of its own.</em></p>")
    return html_block(ul_html(items))


BLOCKS = {"responsibilities_core": responsibilities_core, "responsibilities_areas": responsibilities_areas,
          "responsibilities_template_duties": responsibilities_template_duties,
          "responsibilities_by_industry": responsibilities_by_industry}
