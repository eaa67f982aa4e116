"""The build-time pictures: pay range bars, national figures by year, the career map and the level matrix."""
import html
import re
import xml.etree.ElementTree as ET

import pytest

from macros.data.models.base import MoneyRange
from macros.data.models.compensation import LevelPay
from macros.data.models.levels import Qualification, TaggedItem
from macros.render.pages import charts, diagrams, matrices
from macros.render.blocks import PageContext, money, money_range
from macros.render.pages.compensation import midpoint
from macros.render.blocks import context_for, page_url
from macros.render.svg import nice_scale, num, wrap

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "*bold* | <script>alert(1)</script> & {{ x }}"
PICTURES = [charts.pay_by_level_chart, charts.pay_by_metro_chart, charts.pay_national_chart, diagrams.career_map]


def svg_root(html):
    """The picture's <svg> parsed as XML (so it must be well formed)."""
    return ET.fromstring(re.search(r"<svg .*?</svg>", html, re.S).group(0))


def bars(root):
    return {r.get("data-key"): r for r in root.iter(f"{SVG}rect") if r.get("data-key")}


def with_compensation(site, **update):
    guide = site.guides["account-manager"]
    compensation = guide.compensation.model_copy(update=update)
    guides = dict(site.guides, **{"account-manager": guide.model_copy(update={"compensation": compensation})})
    return site.model_copy(update={"guides": guides})


def with_guide(site, **update):
    guide = site.guides["account-manager"].model_copy(update=update)
    return site.model_copy(update={"guides": dict(site.guides, **{"account-manager": guide})})


def ctx_for(site):
    return PageContext(site=site, role="account-manager", root="../")


def band(band_id, base, total, label="Band", levels=("senior",), as_of=2026):
    return LevelPay(id=band_id, label=label, levels=list(levels), base=MoneyRange(**base),
                           total=MoneyRange(**total), as_of=as_of, sources=["am-guide-2026"])


# --- every picture ------------------------------------------------------------

@pytest.mark.parametrize("render", PICTURES, ids=lambda r: r.__name__)
def test_svg_is_named_and_described_by_its_title_and_desc(render, ctx):
    html = render(ctx)
    root = svg_root(html)
    links = root.findall(f".//{SVG}a")
    assert root.get("role") == ("group" if links else "img"), "a picture made of links is a group; others are images"
    assert all(a.get("tabindex") is None and a.get("aria-label") is None for a in links)
    title_id, desc_id = root.get("aria-labelledby").split()
    assert root.find(f"{SVG}title").get("id") == title_id
    assert root.find(f"{SVG}desc").get("id") == desc_id and root.find(f"{SVG}desc").text


@pytest.mark.parametrize("render", PICTURES, ids=lambda r: r.__name__)
def test_svg_scales_to_its_container_and_has_a_text_equivalent(render, ctx):
    html = render(ctx)
    root = svg_root(html)
    assert root.get("width") == "100%" and re.fullmatch(r"0 0 \d+(\.\d+)? \d+(\.\d+)?", root.get("viewBox"))
    assert root.get("height") is None
    assert "<figcaption>" in html and re.search(r"<details class=\"rg-figures\"><summary>.+</summary>\n<(table|ol)>", html)
    assert "\n\n" not in html.strip("\n"), "a blank line would end the raw HTML block in Markdown"


def test_ids_are_unique_with_every_picture_on_one_page(ctx):
    page = "".join(render(ctx) for render in PICTURES)
    ids = re.findall(r' id="([^"]+)"', page)
    assert ids and len(ids) == len(set(ids))


def test_a_picture_can_be_given_its_own_id(ctx):
    html = charts.pay_by_level_chart(ctx, chart_id="second")
    assert svg_root(html).get("aria-labelledby") == "second-title second-desc" and 'id="second"' in html


# --- scale ------------------------------------------------------------------

def test_scale_ends_on_whole_ticks():
    scale = nice_scale([45000, 250000], 0, 100)
    assert (scale.lo, scale.hi, scale.step) == (0, 250000, 50000)
    assert scale.ticks() == [0, 50000, 100000, 150000, 200000, 250000]
    assert nice_scale([52000, 125000], 0, 100).ticks() == [50000, 75000, 100000, 125000]
    assert scale(125000) == 50


def test_a_flipped_scale_runs_upward():
    scale = nice_scale([50000, 100000], 200, 0, max_intervals=5)
    assert scale(scale.lo) == 200 and scale(scale.hi) == 0


def test_wrap_keeps_words_whole():
    assert wrap("Strategic and enterprise", 16) == ["Strategic and", "enterprise"]


# --- pay by level -----------------------------------------------------------

def test_level_bars_sit_where_the_shared_scale_puts_their_values(ctx):
    data = ctx.guide.compensation
    scale = charts.range_scale(charts.level_rows(data.by_level))
    found = bars(svg_root(charts.pay_by_level_chart(ctx)))
    assert len(found) == 2 * len(data.by_level)
    for b in data.by_level:
        for kind in ("base", "total"):
            rect, value = found[f"{b.id}-{kind}"], getattr(b, kind)
            assert float(rect.get("x")) == pytest.approx(scale(value.min), abs=0.01)
            assert float(rect.get("width")) == pytest.approx(scale(value.max) - scale(value.min), abs=0.01)


def test_hand_made_bands_land_on_known_pixels(site):
    # Values 50,000..150,000 give an axis of $50k..$150k in steps of $25k over x 120..342 (222 px).
    site = with_compensation(site, by_level=[band("only", {"min": 50000, "max": 100000}, {"min": 50000, "max": 150000})])
    root = svg_root(charts.pay_by_level_chart(ctx_for(site)))
    found = bars(root)
    assert (found["only-base"].get("x"), found["only-base"].get("width")) == ("120", "111")
    assert (found["only-total"].get("x"), found["only-total"].get("width")) == ("120", "222")
    ticks = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "rg-tick"]
    assert ticks == ["$50k", "$75k", "$100k", "$125k", "$150k"]


def test_open_ended_ranges_get_an_arrow_and_a_legend_entry(site):
    open_band = band("open", {"min": 50000, "max": 60000}, {"min": 70000, "max": 90000, "open_max": True})
    closed = band("closed", {"min": 50000, "max": 60000}, {"min": 70000, "max": 90000})
    arrows = {}
    for item in (open_band, closed):
        root = svg_root(charts.pay_by_level_chart(ctx_for(with_compensation(site, by_level=[item]))))
        arrows[item.id] = [p for p in root.iter(f"{SVG}path") if p.get("class") == "rg-open"]
    assert len(arrows["open"]) == 2 and arrows["closed"] == []  # legend swatch + the arrow at $90k
    assert arrows["open"][1].get("d").startswith("M343 ")


def test_every_level_figure_is_in_the_table_with_its_year_and_source(ctx):
    html = charts.pay_by_level_chart(ctx)
    table = html.split("<table>")[1]
    for b in ctx.guide.compensation.by_level:
        assert money_range(b.base) in table and money_range(b.total) in table and b.label in table
    assert "$150,000–$250,000+" in table
    assert "Account manager job description guide (2026)" in html and "(figures as of 2026)" in html
    assert 'href="../../sources/#source-am-guide-2026"' in html


def test_data_text_is_escaped_in_the_svg_and_the_table(site):
    site = with_compensation(site, by_level=[band("x", {"min": 1000, "max": 2000}, {"min": 1000, "max": 3000},
                                                  label=HOSTILE)])
    html = charts.pay_by_level_chart(ctx_for(site))
    root = svg_root(html)
    assert "<script" not in html and "&lt;script&gt;" in html
    assert HOSTILE in "".join(root.itertext())


# --- pay by metro -----------------------------------------------------------

def test_metros_are_sorted_by_base_midpoint_highest_first(ctx):
    root = svg_root(charts.pay_by_metro_chart(ctx))
    keys = [r.get("data-key").removesuffix("-base") for r in root.iter(f"{SVG}rect")
            if (r.get("data-key") or "").endswith("-base")]
    pays = {p.metro: p for p in ctx.guide.compensation.by_metro}
    assert len(keys) == 8 and keys[0] == "san-francisco" and keys[-1] == "atlanta"
    assert [midpoint(pays[k].base) for k in keys] == sorted((midpoint(p.base) for p in pays.values()), reverse=True)


def test_metro_bars_and_national_band_follow_the_shared_scale(ctx):
    data = ctx.guide.compensation
    national = charts.national_base(data)
    scale = charts.range_scale(charts.metro_rows(ctx), [national.base.min, national.base.max])
    root = svg_root(charts.pay_by_metro_chart(ctx))
    found = bars(root)
    for pay in data.by_metro:
        rect = found[f"{pay.metro}-total"]
        assert float(rect.get("x")) == pytest.approx(scale(pay.total.min), abs=0.01)
        assert float(rect.get("width")) == pytest.approx(scale(pay.total.max) - scale(pay.total.min), abs=0.01)
    band_rect = next(r for r in root.iter(f"{SVG}rect") if r.get("class") == "rg-national")
    assert float(band_rect.get("x")) == pytest.approx(scale(55000), abs=0.01)
    assert float(band_rect.get("width")) == pytest.approx(scale(75000) - scale(55000), abs=0.01)
    assert "National base $55k–$75k (2025)" in "".join(root.itertext())


def test_metro_table_has_every_metro_figure_and_the_national_range(ctx):
    html = charts.pay_by_metro_chart(ctx)
    table = html.split("<table>")[1]
    for pay in ctx.guide.compensation.by_metro:
        assert money_range(pay.base) in table and money_range(pay.total) in table
    assert "New York, NY" in table and "$55,000–$75,000" in table and "$70,000–$95,000" in table


def test_metro_names_are_escaped(site):
    metros = [m.model_copy(update={"name": HOSTILE}) if m.id == "boston" else m for m in site.metros.metros]
    site = site.model_copy(update={"metros": site.metros.model_copy(update={"metros": metros})})
    html = charts.pay_by_metro_chart(ctx_for(site))
    assert "<script" not in html and HOSTILE in "".join(svg_root(html).itertext())


def test_without_a_national_base_range_no_band_is_drawn(site):
    averages = [a for a in site.guides["account-manager"].compensation.national_averages if a.base is None]
    root = svg_root(charts.pay_by_metro_chart(ctx_for(with_compensation(site, national_averages=averages))))
    assert not [r for r in root.iter(f"{SVG}rect") if r.get("class") == "rg-national"]


# --- national figures -------------------------------------------------------

def test_national_points_and_bars_follow_the_money_scale(ctx):
    items = ctx.guide.compensation.national_averages
    scale = nice_scale(charts.national_values(items), charts.NATIONAL_BOTTOM, charts.NATIONAL_TOP, max_intervals=5)
    root = svg_root(charts.pay_national_chart(ctx))
    points = {c.get("data-key"): c for c in root.iter(f"{SVG}circle") if c.get("data-key")}
    assert float(points["jd-guide-2019-cross-market"].get("cy")) == pytest.approx(scale(64780), abs=0.01)
    assert float(points["recruiter-jd-page-national"].get("cy")) == pytest.approx(scale(61255), abs=0.01)
    base = bars(root)["template-guide-2025-national-base"]
    assert float(base.get("y")) == pytest.approx(scale(75000), abs=0.01)
    assert float(base.get("height")) == pytest.approx(scale(55000) - scale(75000), abs=0.01)


def test_national_figures_are_placed_by_year_with_undated_set_apart(ctx):
    root = svg_root(charts.pay_national_chart(ctx))
    points = {c.get("data-key"): float(c.get("cx")) for c in root.iter(f"{SVG}circle") if c.get("data-key")}
    base_x = float(bars(root)["template-guide-2025-national-base"].get("x"))
    assert points["jd-guide-2019-cross-market"] < base_x < points["recruiter-jd-page-national"]
    assert points["recruiter-jd-page-national"] == charts.UNDATED_X
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "rg-tick"]
    assert {"2019", "2025", "undated"} <= set(labels)


def test_national_caption_explains_each_figure_with_its_basis(ctx):
    html = charts.pay_national_chart(ctx)
    caption = html.split("<figcaption>")[1].split("</figcaption>")[0]
    assert "different year" in caption and "different way" in caption
    for item in ctx.guide.compensation.national_averages:
        assert item.basis.replace("'", "&#x27;") in caption
    table = html.split("<table>")[1]
    assert money(64780) in table and money(61255) in table and "$55,000–$75,000" in table


def test_two_figures_of_one_year_are_spread_apart(site):
    items = site.guides["account-manager"].compensation.national_averages
    twin = items[0].model_copy(update={"id": "twin", "amount": 70000})
    root = svg_root(charts.pay_national_chart(ctx_for(with_compensation(site, national_averages=[items[0], twin]))))
    xs = [float(c.get("cx")) for c in root.iter(f"{SVG}circle") if c.get("data-key")]
    assert len(xs) == 2 and xs[1] - xs[0] == 34


# --- career map ---------------------------------------------------------------

def test_every_stage_and_level_is_a_link_to_its_section(ctx):
    root = svg_root(diagrams.career_map(ctx))
    hrefs = [a.get("href") for a in root.iter(f"{SVG}a")]
    career = ctx.guide.career
    assert [h for h in hrefs if h.startswith("#")] == [f"#stage-{s.id}" for s in
                                                      [s for s in career.stages if s.track != "alternative"]
                                                      + [s for s in career.stages if s.track == "alternative"]]
    levels = {lv for s in career.stages for lv in s.levels}
    assert {h for h in hrefs if not h.startswith("#")} == {f"../levels/#level-{lv}" for lv in levels}


def test_stages_run_top_to_bottom_in_order(ctx):
    root = svg_root(diagrams.career_map(ctx))
    ys = {r.get("data-stage"): float(r.get("y")) for r in root.iter(f"{SVG}rect") if r.get("data-stage")}
    assert ys["entry"] < ys["mid"] < ys["senior-specialist"] < ys["leadership"] < ys["alternative"]


def test_transitions_are_labelled_with_their_years(ctx):
    root = svg_root(diagrams.career_map(ctx))
    groups = {(g.get("data-from"), g.get("data-to")): g for g in root.iter(f"{SVG}g") if g.get("class") == "rg-transition"}
    assert "".join(groups[("entry", "mid")].itertext()).endswith("2–3 yrs")
    assert "5–7 yrs" in "".join(groups[("senior-specialist", "leadership")].itertext())
    assert groups[("entry", "mid")].find(f"{SVG}title").text == "With strong performance"


def test_specialisations_branch_from_senior(ctx):
    root = svg_root(diagrams.career_map(ctx))
    branches = [(p.get("data-from"), p.get("data-to")) for p in root.iter(f"{SVG}path") if p.get("data-to")]
    assert branches == [("senior", "enterprise"), ("senior", "global"), ("senior", "strategic")]


def test_the_list_gives_every_stage_move_and_level(ctx):
    html = diagrams.career_map(ctx)
    listing = html.split("<details")[1]
    assert "after 2–3 years (With strong performance)" in listing
    assert listing.index('href="#stage-entry"') < listing.index('href="#stage-leadership"') < listing.index("Off the ladder")
    assert 'href="../levels/#level-global"' in listing


def test_stage_titles_are_escaped(site):
    career = site.guides["account-manager"].career
    stages = [s.model_copy(update={"title": HOSTILE}) if s.id == "mid" else s for s in career.stages]
    html = diagrams.career_map(ctx_for(with_guide(site, career=career.model_copy(update={"stages": stages}))))
    assert "<script" not in html and HOSTILE in " ".join(svg_root(html).itertext())  # wrapped over tspans


def test_page_url_points_at_built_directory_urls(ctx):
    assert page_url(ctx, "account-manager/levels.md", "level-senior") == "../levels/#level-senior"
    assert page_url(ctx, "sources.md", "source-x") == "../../sources/#source-x"
    assert page_url(ctx, "index.md") == "../../"


@pytest.mark.parametrize("here, there, url", [
    ("account-manager/index.md", "account-manager/comparisons.md", "comparisons/"),  # a role's index is one folder up
    ("account-manager/index.md", "sources.md", "../sources/"),
    ("pay-transparency.md", "sources.md", "../sources/"),
    ("index.md", "account-manager/index.md", "account-manager/"),
    ("account-manager/levels.md", "account-manager/levels.md", "./"),
])
def test_page_url_starts_from_the_folder_the_page_is_built_in(site, here, there, url):
    assert page_url(context_for(site, here), there) == url


# --- level matrix -------------------------------------------------------------

def _matrix_rows(ctx):
    """The level matrix's table as rows of cells (header row first), each cell's HTML as written."""
    return [re.findall(r"<t[hd]>(.*?)</t[hd]>", row) for row in re.findall(r"<tr>(.*?)</tr>", matrices.level_matrix(ctx), re.S)]


def test_matrix_has_a_column_per_level_and_the_rows_in_order(ctx):
    rows = _matrix_rows(ctx)
    assert rows[0][1:] == [f'<a href="#level-{lv.id}">{lv.title}</a>' for lv in ctx.guide.levels.levels]
    assert len(rows[0]) == 7
    assert [row[0] for row in rows[1:]] == [f"<strong>{label}</strong>" for label in (
        "Experience", "Track", "Builds on", "Responsibilities", "Hard skills", "Soft skills", "Education",
        "Certifications", "Pay")]


def test_matrix_pay_comes_from_the_bands_that_cover_each_level(ctx):
    pay_row = next(row for row in _matrix_rows(ctx) if row[0] == "<strong>Pay</strong>")
    by_id = dict(zip([lv.id for lv in ctx.guide.levels.levels], pay_row[1:]))
    assert by_id["global"] == "not given"
    assert by_id["junior"].startswith("Entry level (2026): base $45,000–$60,000, total $50,000–$70,000")
    assert "$150,000–$250,000+" in by_id["enterprise"] and "$150,000–$250,000+" in by_id["strategic"]
    assert '<a href="../../sources/#source-am-guide-2026">' in by_id["junior"]


def test_matrix_shows_every_list_item(ctx):
    text = html.unescape(matrices.level_matrix(ctx))
    for lv in ctx.guide.levels.levels:
        qualifications = [q for kind in (lv.education, lv.certifications) for q in (kind.required, kind.preferred) if q]
        for item in [i.text for i in lv.responsibilities + lv.hard_skills + lv.soft_skills] + qualifications:
            assert item in text


def test_matrix_escapes_data_text(site):
    levels = site.guides["account-manager"].levels
    changed = [lv.model_copy(update={"education": Qualification(required=HOSTILE), "hard_skills": [TaggedItem(text=HOSTILE, competency="client-relationships")]})
               for lv in levels.levels]
    out = matrices.level_matrix(ctx_for(with_guide(site, levels=levels.model_copy(update={"levels": changed}))))
    assert "<script" not in out and "*bold* | &lt;script&gt;" in out


def test_levels_page_shows_the_matrix_and_its_anchor_targets_exist(built_site):
    page = (built_site / "account-manager" / "levels" / "index.html").read_text()
    assert 'id="levels-matrix"' in page and "Levels side by side" in page
    for level in ("junior", "mid", "senior", "enterprise", "global", "strategic"):
        assert f'id="level-{level}"' in page and f'id="level-{level}-changes"' in page


def test_coordinates_are_rounded_for_stable_output():
    assert num(1 / 3) == "0.33" and num(120.0) == "120" and num(2.5) == "2.5"
