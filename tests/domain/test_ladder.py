"""The levels as a competency ladder: transitions computed along `extends` on a tiny fixture ladder with a
branch, and the levels page that shows the matrix and one section per step. The ladder's data rules are tested in
tests/data/test_rules_levels.py."""
import csv
import io
import json
import re
import shutil

import jsonschema
import pytest
import yaml

from helpers import ladder_fixture
from gates import tree
from macros.domain import ladder
from macros.data.site import load_site
from macros.render.pages import ladder as ladder_pages
from macros.render.pages import levels as level_pages
from macros.render.blocks import PageContext


# --- transitions ---------------------------------------------------------------------------------------

def test_transitions_follow_extends_up_the_ladder_and_into_the_branch():
    model, _ = ladder_fixture()
    steps = [(t.below.id, t.level.id) for t in ladder.transitions(model)]
    assert steps == [("first", "second"), ("second", "branch")]
    assert [t.anchor for t in ladder.transitions(model)] == ["step-first-to-second", "step-second-to-branch"]


def test_a_step_gives_each_competency_before_after_and_the_items_new_at_this_level():
    model, _ = ladder_fixture()
    first, second = ladder.transitions(model)
    talk, lead = first.changes
    assert (talk.competency.id, talk.before, talk.after) == ("talk", "Answers the phone.", "Runs the meetings.")
    assert talk.new_items == ["Run meetings", "Agendas"]  # "Answer calls" was already asked below
    assert (lead.before, lead.after, lead.new_items) == ("Not yet.", "Shows newcomers around.", ["Kindness"])
    assert not talk.unchanged and not lead.unchanged


def test_an_unchanged_expectation_is_read_from_the_level_it_extends():
    model, _ = ladder_fixture()
    lead = ladder.transitions(model)[1].changes[1]
    assert lead.unchanged and lead.before == lead.after == "Shows newcomers around."
    assert lead.new_items == []  # Kindness is asked at the second rung already


def test_the_real_ladder_steps_are_junior_mid_senior_then_each_specialization(site):
    steps = [(t.below.id, t.level.id) for t in ladder.transitions(site.guides["account-manager"].levels)]
    assert steps == [("junior", "mid"), ("mid", "senior"), ("senior", "enterprise"), ("senior", "global"),
                     ("senior", "strategic")]


# --- data checks ---------------------------------------------------------------------------------------


# --- the levels page -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def levels_page(built_site):
    return (built_site / "account-manager/levels/index.html").read_text(encoding="utf-8")


def section(page, anchor_id) -> str:
    """The text of the section under the heading with `anchor_id`, up to the next heading of the same level."""
    start = page.index(f'id="{anchor_id}"')
    end = re.compile(r"<h[23][ >]").search(page, page.index("</h", start) + 4)
    return page[start:end.start() if end else len(page)]


def test_mid_to_senior_lists_a_change_for_every_competency_and_copies_none_from_below(site, levels_page):
    guide = site.guides["account-manager"]
    step = next(t for t in ladder.transitions(guide.levels) if t.level.id == "senior")
    html = section(levels_page, "step-mid-to-senior")
    assert "Mid-Level to Senior" in levels_page[levels_page.index('id="step-mid-to-senior"') - 200:][:400]
    for change in step.changes:
        assert f'id="step-mid-to-senior-{change.competency.id}"' in html
        assert change.after != change.before and not change.unchanged, change.competency.id
        assert change.after.replace("'", "&#x27;") in html or change.after in html
    root = tree(levels_page)
    items = [el for el in root.iter("li") if any(c.get("id", "").startswith("step-mid-to-senior-") for c in el)]
    assert len(items) == len(guide.levels.competencies)
    for item in items:
        lines = ["".join(li.itertext()).strip() for li in item.iter("li") if li is not item]
        before = next(x for x in lines if x.startswith("Before: ")).removeprefix("Before: ")
        now = next(x for x in lines if x.startswith("Now: ")).removeprefix("Now: ")
        assert now and now != before


def test_no_added_or_dropped_lists_remain(levels_page):
    text = "".join(tree(levels_page).itertext())
    assert not re.search(r"\badded\b|\bdropped\b|no longer listed", text)


def test_every_old_changes_anchor_lands_on_its_step(levels_page):
    for level, target in (("junior", "level-steps"), ("mid", "step-junior-to-mid"), ("senior", "step-mid-to-senior"),
                          ("enterprise", "step-senior-to-enterprise"), ("global", "step-senior-to-global"),
                          ("strategic", "step-senior-to-strategic")):
        assert f'id="level-{level}-changes"' in section(levels_page, target), level


def test_the_matrix_has_a_cell_anchor_for_every_level_and_competency(site, levels_page):
    guide = site.guides["account-manager"]
    matrix = section(levels_page, "competency-matrix")
    for level in guide.levels.levels:
        for competency in guide.levels.competencies:
            assert f'id="{ladder_pages.cell_anchor(level.id, competency.id)}"' in matrix


def test_sources_that_disagree_on_years_are_both_shown(levels_page):
    junior = section(levels_page, "level-junior")
    assert "0.5–1 years" in junior and "0–2 years in another source" in junior
    picture = section(levels_page, "ladder-picture-section")
    assert "0.5–1 or 0–2 yrs" in picture and "6+ or 7+ yrs" in picture


def test_the_picture_has_a_box_per_level_with_its_branches_to_the_right(ctx):
    placed = ladder_pages.boxes(ctx)
    assert placed["junior"][0] == placed["mid"][0] == placed["senior"][0]
    assert placed["junior"][1] < placed["mid"][1] < placed["senior"][1]
    for branch in ("enterprise", "global", "strategic"):
        assert placed[branch][0] > placed["senior"][0] + placed["senior"][2]
    assert placed["enterprise"][1] == placed["senior"][1] < placed["global"][1] < placed["strategic"][1]


def test_matrix_downloads_match_the_page_data_and_the_schema(built_site, site):
    folder = built_site / "account-manager/downloads"
    data = json.loads((folder / "ladder.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads((folder / "ladder.schema.json").read_text(encoding="utf-8")))
    guide = site.guides["account-manager"]
    assert len(data["cells"]) == len(guide.levels.levels) * len(guide.levels.competencies)
    cell = next(c for c in data["cells"] if c["level"] == "global" and c["competency"] == "growth-and-retention")
    senior = next(c for c in data["cells"] if c["level"] == "senior" and c["competency"] == "growth-and-retention")
    assert cell["unchanged"] and cell["expectation"] == senior["expectation"]
    rows = list(csv.reader(io.StringIO((folder / "ladder.csv").read_text(encoding="utf-8"))))
    assert rows[0] == ["competency", "name"] + [lv.id for lv in guide.levels.levels]
    assert [r[0] for r in rows[1:]] == [c.id for c in guide.levels.competencies]


# --- a second role with its own, smaller competency set --------------------------------------------------

NEW = "key-account-manager"
MINIMAL = [{"id": "client-work", "name": "Client work", "covers": "Everything done with and for clients."},
           {"id": "own-work", "name": "Own work", "covers": "Planning, reporting and working with colleagues."}]
CLIENT_FACING = {"client-relationships", "growth-and-retention"}


def second_role(data):
    """The Account Manager's data copied as a second role whose ladder has two competencies."""
    shutil.copytree(data / "roles/account-manager", data / f"roles/{NEW}")
    role = data / f"roles/{NEW}/role.yml"
    role.write_text(role.read_text(encoding="utf-8").replace("id: account-manager", f"id: {NEW}", 1), encoding="utf-8")
    profiles = data / "profiles.yml"
    profiles.write_text(profiles.read_text(encoding="utf-8").replace("profiles:\n", (
        f"profiles:\n  - id: {NEW}\n    title: Key Account Manager\n    focus: The largest accounts.\n"
        "    goal: Keep and grow them.\n    key_activities: [Account planning]\n"
        "    soc:\n      - code: 41-3091\n        title: Sales Representatives of Services, Except Advertising, Insurance,"
        " Financial Services, and Travel\n        why: As for the Account Manager.\n"
        "    sources: [template-guide-2025]\n"), 1), encoding="utf-8")
    path = data / f"roles/{NEW}/levels.yml"
    header = "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:2])
    levels = yaml.safe_load(path.read_text(encoding="utf-8"))
    levels["competencies"] = MINIMAL
    for level in levels["levels"]:
        for field in ladder.FIELDS:
            for item in level[field]:
                item["competency"] = "client-work" if item["competency"] in CLIENT_FACING else "own-work"
        level["expectations"] = [{"competency": c["id"], "text": f"{c['name']} as a {level['title']} does it."}
                                 for c in MINIMAL]
    path.write_text(header + yaml.safe_dump(levels, sort_keys=False, allow_unicode=True), encoding="utf-8")
    path = data / f"roles/{NEW}/industries.yml"  # industry duties name a competency of the ladder too
    header = "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:2])
    industries = yaml.safe_load(path.read_text(encoding="utf-8"))
    for guide in industries["industries"]:
        for item in guide.get("responsibilities", []):
            item["competency"] = "client-work" if item["competency"] in CLIENT_FACING else "own-work"
    path.write_text(header + yaml.safe_dump(industries, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_a_second_role_with_a_minimal_competency_set_loads_and_renders(data_copy):
    second_role(data_copy)
    site = load_site(data_copy)
    ctx = PageContext(site=site, role=NEW, root="../")
    steps = ladder.transitions(site.guides[NEW].levels)
    assert [len(step.changes) for step in steps] == [2] * 4
    page = "".join(block(ctx) for block in ladder_pages.BLOCKS.values()) + level_pages.level_details(ctx)
    assert 'id="step-mid-to-senior-own-work"' in page and 'id="expects-global-client-work"' in page
    assert "Client relationships" not in page and "Own work as a Senior Account Manager does it" in page
