"""The career map drawn at build time as an inline SVG: stages in order, the years each move takes,
specializations branching from the level they build on, and the paths that leave the ladder."""
from dataclasses import dataclass

from macros.render.blocks import anchor, attr, number
from macros.render.blocks import page_url
from macros.render.svg import figure, num, source_list, svg, text, wrap

WIDTH = 360
RAIL_X = 8
BOX_X, BOX_W = 20, 192
SIDE_X, SIDE_W = 228, 128
TITLE_CHARS, SIDE_CHARS = 24, 17
CHIP_H, PAD, GAP = 22, 10, 46


@dataclass(frozen=True)
class Node:
    """A stage box placed on the map, with the level chips inside it and the specializations beside it."""
    stage: object
    y: float
    height: float
    chips: tuple
    branches: tuple


def year_label(value) -> str:
    if value.max is None:
        return f"{number(value.min)}+ yrs"
    return f"{number(value.min)}–{number(value.max)} yrs"


def split_levels(stage, levels) -> tuple:
    """Chips: the stage's levels that are not specializations of another level of it; branches: those that are."""
    branch = [lv for lv in levels.values() if lv.track == "specialization" and lv.extends in stage.levels]
    chips = [levels[i] for i in stage.levels if levels[i] not in branch]
    return tuple(chips), tuple(branch)


def side_height(branches) -> float:
    return 18 + sum(len(wrap(lv.title, SIDE_CHARS)) * 14 + 16 for lv in branches) if branches else 0


def box_height(stage, chips) -> float:
    return 2 * PAD + len(wrap(stage.title, TITLE_CHARS)) * 16 + len(chips) * (CHIP_H + 6) + (4 if chips else 0)


def layout(ctx) -> tuple:
    """Stage boxes top to bottom: the ladder in data order, then (after a gap) the stages off the ladder."""
    levels = {lv.id: lv for lv in ctx.guide.levels.levels}
    stages = ctx.guide.career.stages
    ordered = [s for s in stages if s.track != "alternative"] + [s for s in stages if s.track == "alternative"]
    nodes, y = [], 8
    for stage in ordered:
        if stage.track == "alternative" and (not nodes or nodes[-1].stage.track != "alternative"):
            y += 22
        chips, branches = split_levels(stage, levels)
        height = box_height(stage, chips)
        nodes.append(Node(stage, y, height, chips, branches))
        y += max(height, side_height(branches)) + GAP
    return nodes, y - GAP + 8


def link(href, body) -> str:
    """A node as a link; its accessible name is the text it shows, like any other link."""
    return f'<a href="{attr(href)}">{body}</a>'


def stage_box(node) -> str:
    stage, lines = node.stage, wrap(node.stage.title, TITLE_CHARS)
    rect = (f'<rect class="rg-node rg-stage rg-track-{stage.track}" x="{BOX_X}" y="{num(node.y)}" width="{BOX_W}" '
            f'height="{num(node.height)}" rx="6" data-stage="{attr(stage.id)}"/>')
    title = text(BOX_X + PAD, node.y + PAD + 12, lines, "rg-node-title", line=16)
    return link(f"#{anchor('stage', stage.id)}", rect + title)


def chip_y(node, index) -> float:
    return node.y + PAD + 4 + len(wrap(node.stage.title, TITLE_CHARS)) * 16 + index * (CHIP_H + 6)


def level_chip(ctx, node, index, level) -> str:
    y = chip_y(node, index)
    body = (f'<rect class="rg-node rg-level" x="{BOX_X + 8}" y="{num(y)}" width="{BOX_W - 16}" height="{CHIP_H}" '
            f'rx="11" data-level="{attr(level.id)}"/>' + text(BOX_X + 18, y + 15, level.title, "rg-chip-label"))
    return link(page_url(ctx, f"{ctx.role}/levels.md", anchor("level", level.id)), body)


def branch_nodes(ctx, node) -> str:
    """The specializations beside a stage, each joined by an elbow line to the level chip it builds on."""
    if not node.branches:
        return ""
    out, y = [text(SIDE_X, node.y + 12, "Specializations", "rg-side-title")], node.y + 20
    trunk = (BOX_X + BOX_W + SIDE_X) / 2
    for level in node.branches:
        lines = wrap(level.title, SIDE_CHARS)
        height = len(lines) * 14 + 10
        parent = next(i for i, chip in enumerate(node.chips) if chip.id == level.extends)
        start_y = chip_y(node, parent) + CHIP_H / 2
        out.append(f'<path class="rg-edge" d="M{BOX_X + BOX_W - 8} {num(start_y)}H{num(trunk)}V{num(y + height / 2)}'
                   f'H{SIDE_X}" fill="none" data-from="{attr(level.extends)}" data-to="{attr(level.id)}"/>')
        body = (f'<rect class="rg-node rg-level rg-branch" x="{SIDE_X}" y="{num(y)}" width="{SIDE_W}" '
                f'height="{height}" rx="6" data-level="{attr(level.id)}"/>' + text(SIDE_X + 8, y + 16, lines, "rg-chip-label", line=14))
        out.append(link(page_url(ctx, f"{ctx.role}/levels.md", anchor("level", level.id)), body))
        y += height + 6
    return "".join(out)


def transition_edge(transition, nodes) -> str:
    """A downward arrow from one stage to the next, labelled with the years the move takes."""
    by_id = {n.stage.id: n for n in nodes}
    source, target = by_id[transition.from_], by_id[transition.to]
    x, y1, y2 = BOX_X + BOX_W / 2, source.y + source.height + 2, target.y - 2
    return (f'<g class="rg-transition" data-from="{attr(transition.from_)}" data-to="{attr(transition.to)}">'
            f'<title>{attr(transition.condition)}</title>'
            f'<line class="rg-edge" x1="{num(x)}" x2="{num(x)}" y1="{num(y1)}" y2="{num(y2 - 6)}"/>'
            f'<path class="rg-arrow" d="M{num(x - 5)} {num(y2 - 7)}h10l-5 7z"/>'
            + text(x + 10, (y1 + y2) / 2 + 4, year_label(transition.years), "rg-edge-label") + "</g>")


def side_rail(nodes) -> str:
    """A dashed rail down the left joining the ladder to the stages off it, with the words 'Or move sideways'."""
    ladder = [n for n in nodes if n.stage.track != "alternative"]
    away = [n for n in nodes if n.stage.track == "alternative"]
    if not ladder or not away:
        return ""
    mid = [n.y + n.height / 2 for n in nodes]
    out = [f'<path class="rg-rail" d="M{RAIL_X} {num(mid[0])}V{num(mid[-1])}" fill="none"/>']
    out += [f'<path class="rg-rail" d="M{RAIL_X} {num(n.y + n.height / 2)}H{BOX_X}" fill="none"/>' for n in ladder]
    out += [f'<path class="rg-arrow" d="M{BOX_X - 7} {num(n.y + n.height / 2 - 5)}v10l7 -5z"/>' for n in away]
    out.append(text(BOX_X, away[0].y - 12, "Or move sideways", "rg-edge-label"))
    return "".join(out)


def _level_links(ctx, levels) -> str:
    return ", ".join(f'<a href="{attr(page_url(ctx, f"{ctx.role}/levels.md", anchor("level", lv.id)))}">{attr(lv.title)}</a>'
                     for lv in levels)


def _stage_item(ctx, node, transitions, titles) -> str:
    """One stage of the list: its link, its levels, its specializations and the moves out of it."""
    parts = [f'<a href="#{anchor("stage", node.stage.id)}">{attr(node.stage.title)}</a>']
    if node.chips:
        parts.append(f"Levels: {_level_links(ctx, node.chips)}.")
    if node.branches:
        parts.append(f"Specializations: {_level_links(ctx, node.branches)}.")
    for t in (t for t in transitions if t.from_ == node.stage.id):
        parts.append(f"Next: {attr(titles[t.to])}, after {attr(year_label(t.years).replace('yrs', 'years'))} "
                     f"({attr(t.condition)}).")
    return "<li>" + parts[0] + (": " + " ".join(parts[1:]) if parts[1:] else "") + "</li>"


def career_list(ctx, nodes) -> str:
    """The text equivalent: the ladder as an ordered list, then the stages off it."""
    career = ctx.guide.career
    titles = {s.id: s.title for s in career.stages}
    ladder = [_stage_item(ctx, n, career.transitions, titles) for n in nodes if n.stage.track != "alternative"]
    away = [_stage_item(ctx, n, career.transitions, titles) for n in nodes if n.stage.track == "alternative"]
    out = f"<ol>{''.join(ladder)}</ol>"
    return out + (f"<p>Off the ladder:</p><ul>{''.join(away)}</ul>" if away else "")


def career_map(ctx, chart_id="career-map-diagram") -> str:
    """The career path as a diagram: every stage and level is a link to its section."""
    career = ctx.guide.career
    nodes, height = layout(ctx)
    body = ([side_rail(nodes)] + [transition_edge(t, nodes) for t in career.transitions]
            + [stage_box(n) for n in nodes] + [level_chip(ctx, n, i, lv) for n in nodes for i, lv in enumerate(n.chips)]
            + [branch_nodes(ctx, n) for n in nodes])
    ladder = [n.stage.title for n in nodes if n.stage.track != "alternative"]
    desc = (f"Career map from {ladder[0]} to {ladder[-1]}, with the years each move takes"
            f"{'; specializations branch off beside the level they build on' if any(n.branches for n in nodes) else ''}"
            f"{'; a dashed line leads off the ladder to other paths' if len(ladder) < len(nodes) else ''}."
            " The list below gives the same map.") if ladder else "Career map."
    picture = svg(chart_id, WIDTH, height, "Career map", desc, body, role="group")
    sources = [s for stage in career.stages for s in stage.sources] + [s for t in career.transitions for s in t.sources]
    caption = f"Career map: select a stage or a level to read about it. {source_list(ctx, sources)}"
    return figure(chart_id, picture, caption, career_list(ctx, nodes), summary="The career map as a list")


BLOCKS = {"career_map": career_map}
