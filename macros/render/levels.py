"""The levels page: a summary row a level, and each level in full with its scope and expectations."""
from .. import requirements
from ..ladder import texts
from .blocks import anchor, bullets, cite, esc, heading, years
from .ladder import level_expectations, other_years

TRACKS = {"ladder": "Career ladder", "specialization": "Specialization reached from senior"}
LISTS = (("responsibilities", "Responsibilities"), ("hard_skills", "Hard skills"), ("soft_skills", "Soft skills"))


def qualification_text(qualification, escape=esc) -> str:
    """'Required: …; preferred: …', or 'None required' when the sources ask for neither."""
    parts = [f"{label}: {escape(text)}" for label, text in (("Required", qualification.required),
                                                          ("Preferred", qualification.preferred)) if text]
    return "; ".join(parts) or "None required"


def _qualifications(level) -> str:
    return (f"- Education: {qualification_text(level.education)}\n"
            f"- Certifications: {qualification_text(level.certifications)}\n")


def level_summary_table(ctx) -> str:
    """One row a level: track, experience and the level it extends."""
    levels = {lv.id: lv for lv in ctx.guide.levels.levels}
    rows = ["| Level | Track | Experience | Builds on |", "|---|---|---|---|"]
    for lv in ctx.guide.levels.levels:
        base = f"[{esc(levels[lv.extends].title)}](#{anchor('level', lv.extends)})" if lv.extends else "—"
        rows.append(f"| [{esc(lv.title)}](#{anchor('level', lv.id)}) | {TRACKS[lv.track]} | {years(lv.experience)}"
                    f"{other_years(ctx, lv)} | {base} |")
    return "\n".join(rows) + "\n"


def level_details(ctx) -> str:
    """Every level with every field, its scope and one expectation per competency."""
    out = []
    for lv in ctx.guide.levels.levels:
        note = f" ({esc(lv.experience.note)})" if lv.experience.note else ""
        if lv.experience.derived:
            note += f" (how we got the years: {esc(lv.experience.method)})"
        out += [
            heading(2, lv.title, anchor("level", lv.id)),
            f"*{TRACKS[lv.track]}* · Experience: {years(lv.experience)}{note}{other_years(ctx, lv)}\n",
            esc(lv.summary) + "\n",
            level_expectations(ctx, lv),
            heading(3, "Responsibilities", f"level-{lv.id}-responsibilities") + "\n" + bullets(texts(lv.responsibilities)),
            heading(3, "Skills", f"level-{lv.id}-skills") + "\n**Hard skills**\n\n" + bullets(texts(lv.hard_skills))
            + "\n**Soft skills**\n\n" + bullets(texts(lv.soft_skills)),
            heading(3, "Education and certifications", f"level-{lv.id}-education") + "\n" + _qualifications(lv),
            heading(3, "Must-have qualifications", f"level-{lv.id}-required")
            + "\nWhat a posting for this level lists as required.\n\n" + bullets(requirements.required(lv)),
            heading(3, "Preferred qualifications", f"level-{lv.id}-preferred")
            + "\nWhat a posting for this level lists as nice to have.\n\n" + bullets(requirements.preferred(lv)),
            cite(lv.sources, ctx),
        ]
    return "\n".join(out)


BLOCKS = {"level_summary_table": level_summary_table, "level_details": level_details}
