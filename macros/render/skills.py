"""The skills page: skill groups, hard and soft skills, typical requirements, education, certifications, tools."""
from .blocks import anchor, bullets, cite, cite_inline, cited_entries, esc, heading, marker, table, years


def skills_groups(ctx) -> str:
    """Each group of skills with what every skill involves."""
    out = []
    for group in ctx.guide.skills.skill_groups:
        out.append(heading(3, group.title, anchor("skill-group", group.id)))
        for skill in group.skills:
            out.append(heading(4, skill.title, anchor("skill", f"{group.id}-{skill.id}")) + "\n" + esc(skill.text) + "\n")
        out.append(cite(group.sources, ctx))
    return "\n".join(out)


def skills_hard_soft(ctx) -> str:
    """The short lists of hard and soft skills employers ask for."""
    data = ctx.guide.skills
    return ("**Hard skills**\n\n" + bullets(data.hard_skills) + "\n**Soft skills**\n\n" + bullets(data.soft_skills)
            + cite(data.hard_soft_sources, ctx))


def skills_requirements(ctx) -> str:
    """Typical requirements as a table; the years column is filled where the data gives years."""
    data = ctx.guide.skills
    rows = [[f"{marker(anchor('requirement', req.id))}**{esc(req.label)}**", esc(req.text),
             years(req.years) if req.years else "—", cite_inline(req.sources, ctx)] for req in data.requirements]
    return table(["Requirement", "What employers ask for", "Years", "Source"], rows) + cite(data.requirements_sources, ctx)


def skills_education(ctx) -> str:
    """The note on education, then each field of study with the sources that name it."""
    data = ctx.guide.skills
    fields = [f"- {esc(item.field)} {cite_inline(item.sources, ctx)}" for item in data.education_fields]
    return esc(data.education_note) + "\n\n**Fields of study named**\n\n" + "\n".join(fields) + "\n"


def skills_certifications(ctx) -> str:
    """Each certification under its own heading, with its note and citation."""
    return cited_entries(ctx, ctx.guide.skills.certifications, "certification", title="name", text="note")


def skills_tools(ctx) -> str:
    """The tool stack: one row a category."""
    rows = [[f"{marker(anchor('tools', group.id))}{esc(group.category)}", ", ".join(esc(t) for t in group.tools),
             cite_inline(group.sources, ctx)] for group in ctx.guide.skills.tools]
    return table(["Category", "Tools", "Sources"], rows)


BLOCKS = {"skills_groups": skills_groups, "skills_hard_soft": skills_hard_soft, "skills_requirements": skills_requirements,
          "skills_education": skills_education, "skills_certifications": skills_certifications, "skills_tools": skills_tools}
