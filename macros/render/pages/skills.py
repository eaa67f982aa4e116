"""The skills page: skill groups, hard and soft skills, typical requirements, education, certifications, tools."""
from macros.render.blocks import (
    anchor, bullets_html, cite_html, cite_paragraph, cited_entries_html, heading, html_block, label_html,
    marker, paragraph_html, table_html, text_html, ul_html, years,
)


def skills_groups(ctx) -> str:
    """Each group of skills with what every skill involves."""
    out = []
    for group in ctx.guide.skills.skill_groups:
        out.append(heading(3, group.title, anchor("skill-group", group.id)))
        for skill in group.skills:
            out += [heading(4, skill.title, anchor("skill", f"{group.id}-{skill.id}")), html_block(paragraph_html(text_html(skill.text)))]
        out.append(html_block(cite_paragraph(ctx, group.sources)))
    return "\n".join(out)


def skills_hard_soft(ctx) -> str:
    """The short lists of hard and soft skills employers ask for."""
    data = ctx.guide.skills
    return html_block("\n".join([label_html("Hard skills"), bullets_html(data.hard_skills), label_html("Soft skills"),
                                 bullets_html(data.soft_skills), cite_paragraph(ctx, data.hard_soft_sources)]))


def skills_requirements(ctx) -> str:
    """Typical requirements as a table; the years column is filled where the data gives years."""
    data = ctx.guide.skills
    rows = [[f"{marker(anchor('requirement', req.id))}<strong>{text_html(req.label)}</strong>", text_html(req.text),
             years(req.years) if req.years else "—", cite_html(ctx, req.sources)] for req in data.requirements]
    return html_block(table_html(["Requirement", "What employers ask for", "Years", "Source"], rows)
                      + cite_paragraph(ctx, data.requirements_sources))


def skills_education(ctx) -> str:
    """The note on education, then each field of study with the sources that name it."""
    data = ctx.guide.skills
    fields = [f"{text_html(item.field)} {cite_html(ctx, item.sources)}" for item in data.education_fields]
    return html_block("\n".join([paragraph_html(f"{text_html(data.education_note)} {cite_html(ctx, data.education_note_sources)}"), label_html("Fields of study named"), ul_html(fields)]))


def skills_certifications(ctx) -> str:
    """Each certification under its own heading, with its note and citation."""
    return cited_entries_html(ctx, ctx.guide.skills.certifications, "certification", title="name", text="note")


def skills_tools(ctx) -> str:
    """The tool stack: one row a category."""
    rows = [[f"{marker(anchor('tools', group.id))}{text_html(group.category)}", ", ".join(text_html(t) for t in group.tools),
             cite_html(ctx, group.sources)] for group in ctx.guide.skills.tools]
    return html_block(table_html(["Category", "Tools", "Sources"], rows))


BLOCKS = {"skills_groups": skills_groups, "skills_hard_soft": skills_hard_soft, "skills_requirements": skills_requirements,
          "skills_education": skills_education, "skills_certifications": skills_certifications, "skills_tools": skills_tools}
