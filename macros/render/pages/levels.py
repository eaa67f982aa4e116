"""The levels page: a summary row a level, and each level in full with its scope and expectations."""
from macros.domain import requirements
from macros.domain.ladder import texts
from macros.render.blocks import (
    anchor, body_html, bullets_html, cite_html, cite_paragraph, heading, html_block, paragraph_html,
    table_html, text_html, ul_html, years,
)
from macros.render.pages.ladder import level_expectations, level_link, other_years

TRACKS = {"ladder": "Career ladder", "specialization": "Specialization reached from senior"}
LISTS = (("responsibilities", "Responsibilities"), ("hard_skills", "Hard skills"), ("soft_skills", "Soft skills"))


def qualification_text(qualification) -> str:
    """'Required: …; preferred: …' in HTML, or 'None required' when the sources ask for neither."""
    parts = [f"{label}: {text_html(text)}" for label, text in (("Required", qualification.required),
                                                             ("Preferred", qualification.preferred)) if text]
    return "; ".join(parts) or "None required"


def _qualifications(ctx, level) -> str:
    education = level.education
    note = f" ({text_html(education.note)})" if education.note else ""
    cited = f" {cite_html(ctx, education.sources)}" if education.sources else ""
    return ul_html([f"Education: {qualification_text(education)}{note}{cited}",
                    f"Certifications: {qualification_text(level.certifications)}"])


def _must_haves(ctx, level) -> str:
    """Each must-have with its sources, and how they differ where they do."""
    return ul_html(text_html(item.text) + (f" ({text_html(item.note)})" if item.note else "") + " "
                   + cite_html(ctx, item.sources) for item in level.must_have)


def level_summary_table(ctx) -> str:
    """One row a level: track, experience and the level it extends."""
    levels = {lv.id: lv for lv in ctx.guide.levels.levels}
    rows = [[level_link(lv.id, lv.title), TRACKS[lv.track], years(lv.experience) + other_years(ctx, lv),
             level_link(lv.extends, levels[lv.extends].title) if lv.extends else "—"]
            for lv in ctx.guide.levels.levels]
    return html_block(table_html(["Level", "Track", "Experience", "Builds on"], rows))


def _experience(ctx, level) -> str:
    """'Career ladder · Experience: 2–4 years (note)…' as a paragraph, the track in italics."""
    note = f" ({text_html(level.experience.note)})" if level.experience.note else ""
    if level.experience.derived:
        note += f" (how we got the years: {text_html(level.experience.method)})"
    return paragraph_html(f"<em>{TRACKS[level.track]}</em> · Experience: {years(level.experience)}{note}"
                          f"{other_years(ctx, level)}")


def _section(level, name, title, *parts) -> str:
    """A level's section: its heading in Markdown, its body as one HTML block (none when the body is empty)."""
    return heading(3, title, f"level-{level.id}-{name}") + body_html(*parts)


def level_details(ctx) -> str:
    """Every level with every field, its scope and one expectation per competency."""
    out = []
    for lv in ctx.guide.levels.levels:
        out += [
            heading(2, lv.title, anchor("level", lv.id)),
            html_block(_experience(ctx, lv) + "\n" + paragraph_html(text_html(lv.summary))),
            level_expectations(ctx, lv),
            _section(lv, "responsibilities", "Responsibilities", bullets_html(texts(lv.responsibilities))),
            _section(lv, "skills", "Skills",
                     paragraph_html("<strong>Hard skills</strong>"), bullets_html(texts(lv.hard_skills)),
                     paragraph_html("<strong>Soft skills</strong>"), bullets_html(texts(lv.soft_skills))),
            _section(lv, "education", "Education and certifications", _qualifications(ctx, lv)),
            _section(lv, "required", "Must-have qualifications",
                     paragraph_html("What a posting for this level lists as required."),
                     bullets_html(requirements.required(lv))),
            _section(lv, "required-sources", "Where the must-haves come from", _must_haves(ctx, lv)),
            _section(lv, "preferred", "Preferred qualifications",
                     paragraph_html("What a posting for this level lists as nice to have."),
                     bullets_html(requirements.preferred(lv)), cite_paragraph(ctx, lv.sources)),
        ]
    return "\n".join(out)


BLOCKS = {"level_summary_table": level_summary_table, "level_details": level_details}
