"""Renderers against an independent reading of the raw YAML (PyYAML here, not the models)."""
import html
import re

from helpers import raw_role as raw
from macros.render.pages import diagrams, levels


def test_the_level_table_has_one_row_per_level_in_data_order(ctx):
    table = levels.level_summary_table(ctx)
    titles = [html.unescape(t) for t in re.findall(r'<tr>\n<td><a href="#level-[^"]*">(.+?)</a></td>', table)]
    assert titles == [lv["title"] for lv in raw("levels.yml")["levels"]]
    assert titles[0] == "Junior Account Manager"


def _rects(svg, kind):
    found = {}
    for tag in re.findall(r"<rect [^>]*>", svg):
        attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', tag))
        if f"data-{kind}" in attrs and "rg-branch" not in attrs["class"]:
            found[attrs[f"data-{kind}"]] = tuple(float(attrs[k]) for k in ("x", "y", "width", "height"))
    return found


def test_each_level_chip_sits_inside_its_stage_box_below_the_title(ctx):
    svg = diagrams.career_map(ctx)
    stages, chips = _rects(svg, "stage"), _rects(svg, "level")
    specialisations = {lv["id"] for lv in raw("levels.yml")["levels"] if lv["track"] == "specialization"}
    placed = 0
    for stage in raw("career.yml")["stages"]:
        sx, sy, sw, sh = stages[stage["id"]]
        for index, level in enumerate(lv for lv in stage.get("levels", []) if lv in chips):
            x, y, w, h = chips[level]
            assert sx < x and x + w < sx + sw, level
            assert sy + 20 < y and y + h <= sy + sh - 4, (level, (sy, sh), (y, h))
            placed += 1
    assert placed == len(chips) and set(chips).isdisjoint(specialisations - set(chips))
