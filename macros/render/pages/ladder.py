"""The levels as a competency ladder: the competencies, the matrix of expectations, what each step along
`extends` changes, a picture of the ladder and its branches, and each level's expectations ready to copy."""
import html

from macros.domain import ladder
from macros.data.models.base import Model, Range, Years
from macros.data.models.levels import Competency, OtherYears, Scope
from macros.render.blocks import (
    anchor, attr, body_html, cite_html, cite_short_html, heading, html_block, link_html, marker, money_range,
    paragraph_html, table_html, text_html, ul_html, years,
)
from macros.render.pages.career import time_from_start
from macros.render.exports import md_escape
from macros.render.svg import figure, num, source_link, svg, text, wrap
from macros.render.pages.templates import exports_json, toolbar

SCOPE = (("accounts", "Accounts"), ("autonomy", "Autonomy"), ("works_with", "Works with"),
         ("measured_on", "Measured on"))


def short(ctx, level) -> str:
    """'Senior' for 'Senior Account Manager': the level's title without the role's, when it ends with it."""
    return level.title.removesuffix(" " + ctx.guide.role.title).strip() or level.title


def cell_anchor(level_id, competency_id) -> str:
    return f"expects-{level_id}-{competency_id}"


def _expected(ctx) -> dict:
    levels = {lv.id: lv for lv in ctx.guide.levels.levels}
    return {lv.id: ladder.expectations(lv, levels) for lv in ctx.guide.levels.levels}


def cell_html(ctx, cell, cite=cite_short_html) -> str:
    """A cell's text, our reading's method when it is one, and the sources it rests on."""
    if cell is None:
        return ""
    text = f"<em>{text_html(ladder.SILENT)}</em>" if cell.silent else text_html(cell.text)
    reading = f" <em>(our reading: {text_html(cell.method)})</em>" if cell.derived else ""
    return text + reading + (f" {cite(ctx, cell.sources)}" if cell.sources else "")


def _kept(level) -> set:
    return {e.competency for e in level.expectations if e.unchanged}


def level_link(level_id, title) -> str:
    """A link to a level's section on the levels page, from that page."""
    return link_html(f"#{anchor('level', level_id)}", text_html(title))


def ladder_competencies(ctx) -> str:
    """Each competency of the role with what it takes in."""
    return html_block(ul_html(f"{marker(anchor('competency', c.id))}<strong>{text_html(c.name)}</strong>: "
                              f"{text_html(c.covers)}" for c in ctx.guide.levels.competencies))


def ladder_matrix(ctx) -> str:
    """Competencies down, levels across; every cell one short expectation with its own anchor."""
    levels, expected = ctx.guide.levels.levels, _expected(ctx)
    headers = ["Competency"] + [level_link(lv.id, short(ctx, lv)) for lv in levels]
    rows = []
    for c in ctx.guide.levels.competencies:
        cells = [marker(cell_anchor(lv.id, c.id)) + cell_html(ctx, expected[lv.id][c.id])
                 + (" <em>(unchanged)</em>" if c.id in _kept(lv) else "") for lv in levels]
        rows.append([link_html(f"#{anchor('competency', c.id)}", f"<strong>{text_html(c.name)}</strong>")] + cells)
    note = paragraph_html("Each cell names the source that states it. A cell marked <em>our reading</em> is our "
                          "summary of what a source lists for the level, with how we read it; where no source says "
                          "anything, the cell says so.")
    return html_block(table_html(headers, rows) + note)


def _change(ctx, step, change) -> str:
    name = marker(f"{step.anchor}-{change.competency.id}") + f"<strong>{text_html(change.competency.name)}</strong>"
    if change.unchanged:
        lines = [f"<em>Unchanged on purpose:</em> {cell_html(ctx, change.cell)}"]
    else:
        new = "; ".join(text_html(item) for item in change.new_items) or "none listed"
        lines = [f"<em>Before:</em> {text_html(change.before)}", f"<em>Now:</em> {cell_html(ctx, change.cell)}",
                 f"<em>New at this level:</em> {new}"]
    return name + ul_html(lines) + "\n"


def ladder_steps(ctx) -> str:
    """One section a step along `extends`: per competency, what was asked before, what is asked now, what is new."""
    starts = [paragraph_html(marker(f"level-{lv.id}-changes")
                             + f"{text_html(lv.title)} is where the ladder starts: it builds on no other level.")
              for lv in ctx.guide.levels.levels if not lv.extends]
    out = [body_html(*starts)]
    for step in ladder.transitions(ctx.guide.levels):
        intro = paragraph_html(marker(f"level-{step.level.id}-changes")
                               + f"What {level_link(step.level.id, step.level.title)} asks beyond "
                                 f"{level_link(step.below.id, step.below.title)}, competency by competency.")
        changes = ul_html(_change(ctx, step, change) for change in step.changes) if step.changes else ""
        out += [heading(3, f"{short(ctx, step.below)} to {short(ctx, step.level)}", step.anchor),
                html_block(intro + "\n" + step_facts(ctx, step) + "\n" + changes)]
    return "\n".join(out)


def _career_move(ctx, step):
    """The career map's move into the stage of the step's level from the stage of the level below, if there is one."""
    career = ctx.guide.career
    stage_of = {lv: st.id for st in career.stages for lv in st.levels}
    return next((t for t in career.transitions
                 if t.from_ == stage_of.get(step.below.id) and t.to == stage_of.get(step.level.id)
                 and t.from_ != t.to), None)


def _band(ctx, level_id):
    return next((b for b in ctx.guide.compensation.by_level if level_id in b.levels), None)


def step_facts(ctx, step) -> str:
    """What the sources give for a step: how long it takes and on what condition, the base band of the level reached,
    and the size of its book of business, each with its source; a missing figure is said to be missing."""
    move, band = _career_move(ctx, step), _band(ctx, step.level.id)
    time = (f"{text_html(years(move.years))} {cite_short_html(ctx, move.sources)}" if move
            else "<em>the sources give no time for this step</em>")
    total = time_from_start(ctx.guide.career).get(move.to) if move else None
    if total and move.from_ != ctx.guide.career.stages[0].id:
        start = ctx.guide.career.stages[0].title
        time += (f"; {text_html(years(Range(min=total[0], max=total[1])))} in all, counted from the first stage "
                 f"({text_html(start)}) <em>(our arithmetic: the years of the moves on the way, summed)</em>")
    condition = (f"{text_html(move.condition)} {cite_short_html(ctx, move.sources)}" if move
                 else "<em>the sources give no condition for this step</em>")
    pay = (f"{text_html(money_range(band.base))} a year ({text_html(band.label)} band, {band.as_of}) "
           f"{cite_short_html(ctx, band.sources)}" if band else "<em>the sources give no band for this level</em>")
    facts = [f"<strong>Time:</strong> {time}", f"<strong>Condition:</strong> {condition}", f"<strong>Base pay at {text_html(short(ctx, step.level))}:"
             f"</strong> {pay}", f"<strong>Book of business:</strong> {cell_html(ctx, step.level.scope.accounts)}"]
    return paragraph_html("<strong>What the sources give for this step</strong>") + "\n" + ul_html(facts)


def _lines(ctx, level, expected) -> tuple:
    """(label, text) pairs of a level's scope and of its expectations, in the order they are copied."""
    scope = [(label, ladder.cell_text(getattr(level.scope, field))) for field, label in SCOPE]
    return scope, [(c.name, ladder.cell_text(expected[c.id])) for c in ctx.guide.levels.competencies]


def expectation_exports(ctx, level) -> dict:
    """A level's scope and expectations as plain text, Markdown and HTML, for a wiki or a promotion document."""
    scope, expects = _lines(ctx, level, _expected(ctx)[level.id])
    parts = (("Scope", scope), ("Expectations", expects))
    markdown = f"## {md_escape(level.title)}\n\n" + "\n".join(
        f"### {title}\n\n" + "".join(f"- **{md_escape(label)}:** {md_escape(value)}\n" for label, value in pairs)
        for title, pairs in parts)
    plain = f"{level.title}\n\n" + "\n".join(
        f"{title}\n" + "".join(f"• {label}: {value}\n" for label, value in pairs) for title, pairs in parts)
    rich = f"<h2>{html.escape(level.title)}</h2>" + "".join(
        f"<h3>{title}</h3><ul>" + "".join(f"<li><strong>{html.escape(label)}:</strong> {html.escape(value)}</li>"
                                         for label, value in pairs) + "</ul>" for title, pairs in parts)
    return {"text": plain, "markdown": markdown, "html": rich}


def level_expectations(ctx, level) -> str:
    """A level's scope and one expectation per competency, with buttons to copy them."""
    data, export_id = expectation_exports(ctx, level), f"level-{level.id}-expectations-export"
    expected = _expected(ctx)[level.id]
    listing = [paragraph_html("<strong>Scope</strong>"),
               ul_html(f"<strong>{text_html(label)}:</strong> {cell_html(ctx, getattr(level.scope, field))}"
                       for field, label in SCOPE),
               paragraph_html("<strong>Expectations</strong>"),
               ul_html(link_html(f"#{cell_anchor(level.id, c.id)}", f"<strong>{text_html(c.name)}</strong>")
                       + f": {cell_html(ctx, expected[c.id])}" for c in ctx.guide.levels.competencies),
               toolbar(export_id, f"{level.id}-expectations", f"Copy the expectations of {level.title}"),
               f'<script type="application/json" id="{export_id}">'
               f'{exports_json(data["text"], data["markdown"], data["html"])}</script>']
    return heading(3, "Scope and expectations", f"level-{level.id}-expectations") + html_block("\n".join(listing))


def other_years(ctx, level) -> str:
    """'; 0–2 years in another source (note, Source: …)', as HTML, for every figure another source gives for the
    level."""
    return "".join(f"; {years(o)} in another source ({text_html(o.note) + ', ' if o.note else ''}"
                   f"{cite_html(ctx, o.sources)})" for o in level.experience_elsewhere)


class MatrixLevel(Model):
    id: str
    title: str
    track: str
    extends: str | None
    experience: Years
    experience_elsewhere: list[OtherYears]
    scope: Scope
    sources: list[str]


class MatrixCell(Model):
    level: str
    competency: str
    expectation: str
    sources: list[str]  # the sources that state it, or that our reading rests on
    derived: bool  # our reading, not a source's statement: `method` says how
    method: str | None
    unchanged: bool  # the level keeps the expectation of the level it extends, on purpose
    anchor: str  # the cell's anchor on the levels page


class LadderMatrix(Model):
    """A role's ladder as a download: the competencies, the levels with their scope, and one cell per pair."""
    role: str
    competencies: list[Competency]
    levels: list[MatrixLevel]
    cells: list[MatrixCell]


def matrix_download(ctx) -> LadderMatrix:
    expected, lf = _expected(ctx), ctx.guide.levels
    levels = [MatrixLevel(**{name: getattr(lv, name) for name in MatrixLevel.model_fields}) for lv in lf.levels]
    cells = [MatrixCell(level=lv.id, competency=c.id, expectation=ladder.cell_text(expected[lv.id][c.id]),
                        sources=expected[lv.id][c.id].sources, derived=expected[lv.id][c.id].derived,
                        method=expected[lv.id][c.id].method, unchanged=c.id in _kept(lv),
                        anchor=cell_anchor(lv.id, c.id)) for c in lf.competencies for lv in lf.levels]
    return LadderMatrix(role=ctx.role, competencies=list(lf.competencies), levels=levels, cells=cells)


def matrix_csv_rows(ctx) -> list[list[str]]:
    """The matrix as a table: a header of level ids, then one row a competency."""
    expected, lf = _expected(ctx), ctx.guide.levels
    return [["competency", "name", *(lv.id for lv in lf.levels)]] + [
        [c.id, c.name, *(ladder.cell_text(expected[lv.id][c.id]) for lv in lf.levels)] for c in lf.competencies]


LADDER_X, LADDER_W, BRANCH_X, BRANCH_W, GAP, WIDTH = 12, 188, 232, 124, 26, 360


def year_text(level) -> str:
    """'0.5–1 or 0–2 yrs': the level's years, then the other figures sources give for it."""
    ranges = [level.experience, *level.experience_elsewhere]
    return " or ".join(dict.fromkeys(years(r).removesuffix(" years") for r in ranges)) + " yrs"


def boxes(ctx) -> dict:
    """Level id -> (x, y, width, height, lines): the ladder down the left, each specialization beside its level."""
    placed, y, beside = {}, 8, {}
    for lv in ctx.guide.levels.levels:
        branch = lv.track == "specialization" and lv.extends in placed
        x, width, chars = (BRANCH_X, BRANCH_W, 17) if branch else (LADDER_X, LADDER_W, 26)
        top = beside.get(lv.extends, placed[lv.extends][1]) if branch else y
        lines = wrap(lv.title, chars) + [year_text(lv)]
        placed[lv.id] = (x, top, width, len(lines) * 15 + 10, lines)
        if branch:
            beside[lv.extends] = top + placed[lv.id][3] + 8
        else:
            y = top + placed[lv.id][3] + GAP
    return placed


def _edge(below, level) -> str:
    (px, py, pw, ph, _), (x, y, w, h, _) = below, level
    if x == px:
        return (f'<line class="rg-edge" x1="{num(px + pw / 2)}" x2="{num(px + pw / 2)}" y1="{num(py + ph)}" y2="{num(y - 7)}"/>'
                f'<path class="rg-arrow" d="M{num(px + pw / 2 - 5)} {num(y - 7)}h10l-5 7z"/>')
    trunk = (px + pw + x) / 2
    return f'<path class="rg-edge" d="M{num(px + pw)} {num(py + ph / 2)}H{num(trunk)}V{num(y + h / 2)}H{num(x)}"/>'


def _equivalent(ctx) -> str:
    """The picture as nested lists: the ladder in order, each level's specializations under it, years with sources."""
    def item(lv):
        cited = [(lv.experience, lv.sources)] + [(r, r.sources) for r in lv.experience_elsewhere]
        figures = [f"{years(r)} ({'; '.join(source_link(ctx, s) for s in sources)})" for r, sources in cited]
        branches = [b for b in ctx.guide.levels.levels if b.extends == lv.id and b.track == "specialization"]
        under = f"<ul>{''.join(item(b) for b in branches)}</ul>" if branches else ""
        return f'<li><a href="#{anchor("level", lv.id)}">{attr(lv.title)}</a>: {"; ".join(figures)}{under}</li>'
    return "<ol>" + "".join(item(lv) for lv in ctx.guide.levels.levels if lv.track == "ladder") + "</ol>"


def ladder_picture(ctx, chart_id="ladder-picture") -> str:
    """The ladder and its branches with years of experience, as an inline SVG with the same facts as a list."""
    placed, levels = boxes(ctx), ctx.guide.levels.levels
    body = [_edge(placed[lv.extends], placed[lv.id]) for lv in levels if lv.extends in placed]
    for lv in levels:
        x, y, w, h, lines = placed[lv.id]
        body.append(f'<a href="#{anchor("level", lv.id)}"><rect class="rg-node rg-level" x="{x}" y="{num(y)}" width="{w}" '
                    f'height="{h}" rx="6" data-level="{attr(lv.id)}"/>' + text(x + 8, y + 17, lines, "rg-chip-label", line=15)
                    + "</a>")
    height = max(y + h for x, y, w, h, _ in placed.values()) + 8
    desc = ("The career ladder from top to bottom with the years of experience each level asks for; "
            "specializations branch off to the right of the level they build on. The list below gives the same facts.")
    picture = svg(chart_id, WIDTH, height, "Ladder and specializations", desc, body, role="group")
    caption = "Ladder and specializations: select a level to read about it. Where sources disagree on the years, both are given."
    return figure(chart_id, picture, caption, _equivalent(ctx), summary="The ladder as a list, with sources")


BLOCKS = {"ladder_competencies": ladder_competencies, "ladder_matrix": ladder_matrix, "ladder_steps": ladder_steps,
          "ladder_picture": ladder_picture}
