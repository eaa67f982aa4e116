"""The responsibilities page: core duties, areas of work, duties as a posting words them, and duties by industry."""
from .blocks import anchor, bullets, cite, cite_inline, esc, heading, marker


def responsibilities_core(ctx) -> str:
    """Every core duty as a list item with its own anchor and citation."""
    lines = [f"- {marker(anchor('duty', duty.id))}{esc(duty.text)} {cite_inline(duty.sources, ctx)}"
             for duty in ctx.guide.responsibilities.core]
    return "\n".join(lines) + "\n"


def _area(area) -> list:
    out = [heading(3, area.title, anchor("area", area.id)), esc(area.summary) + "\n"]
    for group in area.groups:
        out.append(heading(4, group.title, f"{anchor('area', area.id)}-{group.id}") + "\n" + bullets(group.items))
    return out


def responsibilities_areas(ctx) -> str:
    """Each area of work: its summary, its groups of duties, its citation."""
    out = []
    for area in ctx.guide.responsibilities.areas:
        out += _area(area)
        out.append(cite(area.sources, ctx))
    return "\n".join(out)


def responsibilities_template_duties(ctx) -> str:
    """The duties in the titled form a job posting uses."""
    data = ctx.guide.responsibilities
    out = [heading(3, duty.title, anchor("template-duty", duty.id)) + "\n" + esc(duty.text) + "\n"
           for duty in data.template_duties]
    return "\n".join(out) + cite(data.template_duties_sources, ctx)


def responsibilities_by_industry(ctx) -> str:
    """A link to each industry section that lists duties of its own; the duties themselves live there."""
    names = {i.id: i.name for i in ctx.site.industries.industries}
    lines = []
    for guide in ctx.guide.industries.industries:
        if not guide.responsibilities:
            continue
        link = ctx.link(f"{ctx.role}/industries.md", anchor("industry", guide.industry))
        count = len(guide.responsibilities)
        lines.append(f"- [{esc(names[guide.industry])}]({link}): {count} industry-specific {'duty' if count == 1 else 'duties'}")
    if not lines:
        return "*No industry lists duties of its own.*\n"
    return "\n".join(lines) + "\n"


BLOCKS = {"responsibilities_core": responsibilities_core, "responsibilities_areas": responsibilities_areas,
          "responsibilities_template_duties": responsibilities_template_duties,
          "responsibilities_by_industry": responsibilities_by_industry}
