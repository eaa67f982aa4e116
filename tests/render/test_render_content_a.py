"""Renderers of the responsibilities, skills, industries, environments, pay and career pages."""
import re

import markdown
import pytest
import yaml

from macros.data.models.arrangements import Arrangement, ArrangementsFile
from macros.data.models.base import MoneyRange, Range
from macros.data.models.career import GrowthPath, Stage, Transition
from macros.data.models.compensation import Factor, Figure, LevelPay, MetroPay, NationalAverage
from macros.data.models.environments import Setting
from macros.data.models.industries import IndustriesFile, Industry
from macros.data.models.industry_guides import IndustryGuide, IndustryGuidesFile
from macros.data.models.responsibilities import Area, Duty
from macros.data.models.skills import Requirement, ToolGroup
from macros.render.pages import (
    career, compensation, environments, industries, responsibilities, skills, wages,
)
from macros.render.blocks import PageContext, text_html
from tests.conftest import ROOT
from tests.gates import EXTENSIONS

ROLE = "account-manager"
NASTY = "*bold* | <script>"
NASTY_SHOWN = r"\*bold\* \| &lt;script&gt;"
NASTY_HTML = "*bold* | &lt;script&gt;"  # the same text in a finished HTML block
PAGES = {"responsibilities": [responsibilities], "skills": [skills], "industries": [industries],
         "environments": [environments], "compensation": [compensation, wages], "career": [career]}


def blocks_of(page) -> dict:
    return {name: block for module in PAGES[page] for name, block in module.BLOCKS.items()}


def render_all(page, ctx) -> str:
    return "\n".join(block(ctx) for block in blocks_of(page).values())


def make_ctx(site, shared=None, **guide_parts) -> PageContext:
    """The real site with some guide files (and shared files) swapped for hand-made ones."""
    guide = site.guides[ROLE].model_copy(update=guide_parts)
    new_site = site.model_copy(update={**(shared or {}), "guides": {ROLE: guide}})
    return PageContext(site=new_site, role=ROLE, root="../")


def anchors(markdown) -> list:
    return re.findall(r"\{#([a-z0-9-]+)\}", markdown) + re.findall(r'id="([^"]+)"', markdown)


# --- the real data -------------------------------------------------------------

@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_calls_every_block_of_its_module(page):
    text = (ROOT / "docs" / ROLE / f"{page}.md").read_text(encoding="utf-8")
    called = set(re.findall(r"\{\{\s*(\w+)\(\)\s*\}\}", text))
    assert set(blocks_of(page)) <= called


@pytest.mark.parametrize("page", sorted(PAGES))
def test_page_front_matter_gives_a_short_description(page):
    text = (ROOT / "docs" / ROLE / f"{page}.md").read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert isinstance(front, dict) and 0 < len(front["description"]) <= 160


@pytest.mark.parametrize("page", sorted(PAGES))
def test_anchors_are_unique_on_each_page(ctx, page):
    found = anchors(render_all(page, ctx))
    assert found and len(found) == len(set(found))


def test_industry_duties_are_linked_from_responsibilities_and_shown_on_industries(ctx):
    linked = responsibilities.responsibilities_by_industry(ctx)
    shown = industries.industries_details(ctx)
    for guide in ctx.guide.industries.industries:
        link = f'href="../industries/#industry-{guide.industry}"'
        assert (link in linked) == bool(guide.responsibilities)
        for duty in guide.responsibilities:
            assert text_html(duty.text) in shown and text_html(duty.text) not in linked


def test_pay_level_bands_link_to_levels_page(ctx):
    out = compensation.pay_by_level_table(ctx)
    for band in ctx.guide.compensation.by_level:
        for level in band.levels:
            assert f'href="../levels/#level-{level}"' in out


def test_every_figure_names_currency_period_source_and_year(ctx):
    for block in (compensation.pay_national_averages, compensation.pay_by_level_table, compensation.pay_by_metro_table):
        out = block(ctx)
        assert "USD per year" in re.search(r"<thead>(.*?)</thead>", out, re.S).group(1)
        rows = re.findall(r"<tr>(.*?)</tr>", out.split("<tbody>")[1], re.S)
        assert rows
        for row in [r for r in rows if "$" in r]:
            assert 'href="../../sources/#source-' in row and re.search(r"<td>(\d{4}|undated)</td>", row)


@pytest.mark.parametrize("page, expected", [
    ("responsibilities", ["duty-main-contact", "area-growth-retention", "area-growth-retention-churn-prevention",
                          "template-duty-renewal-management"]),
    ("skills", ["skill-group-soft", "skill-soft-negotiation", "certification-cam", "requirement-experience", "tools-crm"]),
    ("industries", ["industry-saas", "industry-saas-focus", "industry-b2b-sales-responsibilities"]),
    ("environments", ["context-startup", "setting-hybrid", "arrangement-remote"]),
    ("compensation", ["factor-bonuses", "average-recruiter-jd-page-national", "pay-level-senior", "metro-austin"]),
    ("career", ["stage-entry", "transition-entry-to-mid", "growth-path-am-guide-2026-path"]),
])
def test_built_pages_have_their_anchors(built_site, page, expected):
    html = (built_site / ROLE / page / "index.html").read_text(encoding="utf-8")
    for anchor_id in expected:
        assert f'id="{anchor_id}"' in html


# --- hand-made data ------------------------------------------------------------

def test_core_duties_are_escaped_anchored_and_in_order(site):
    data = site.guides[ROLE].responsibilities.model_copy(update={"core": [
        Duty(id="second", text=NASTY, sources=["am-guide-2026"]),
        Duty(id="first", text="Plain duty", sources=["jd-guide-2019"])]})
    out = responsibilities.responsibilities_core(make_ctx(site, responsibilities=data))
    assert NASTY_HTML in out and "<script>" not in out
    assert out.index('id="duty-second"') < out.index('id="duty-first"')
    assert 'href="../../sources/#source-jd-guide-2019"' in out


def test_area_without_groups_has_no_group_headings(site):
    area = Area(id="solo", title="Solo area", summary=NASTY, groups=[], sources=["am-guide-2026"])
    data = site.guides[ROLE].responsibilities.model_copy(update={"areas": [area]})
    out = responsibilities.responsibilities_areas(make_ctx(site, responsibilities=data))
    assert out.startswith("### Solo area {#area-solo}") and NASTY_HTML in out and "####" not in out


def test_by_industry_says_so_when_no_industry_adds_duties(site):
    guides = IndustryGuidesFile(industries=[IndustryGuide(industry="saas", summary="s", sources=["am-guide-2026"])])
    out = responsibilities.responsibilities_by_industry(make_ctx(site, industries=guides))
    assert "industries.md" not in out and "No industry" in out


def test_requirement_without_years_shows_a_dash_and_escapes(site):
    reqs = [Requirement(id="a", label=NASTY, text="t", sources=["am-guide-2026"]),
            Requirement(id="b", label="B", text="u", years=Range(min=4), sources=["recruiter-jd-page"])]
    data = site.guides[ROLE].skills.model_copy(update={"requirements": reqs})
    out = skills.skills_requirements(make_ctx(site, skills=data))
    rows = out.split("<tr>")[2:4]
    assert "<td>—</td>" in rows[0] and NASTY_HTML in rows[0] and "<script>" not in out
    assert "<td>4+ years</td>" in rows[1] and "#source-recruiter-jd-page" in rows[1]


def test_tools_table_one_row_a_category(site):
    tools = [ToolGroup(id="x", category="Cat", tools=["A|B", "C"], sources=["am-guide-2026"])]
    out = skills.skills_tools(make_ctx(site, skills=site.guides[ROLE].skills.model_copy(update={"tools": tools})))
    assert "<th>Category</th>\n<th>Tools</th>\n<th>Sources</th>" in out
    assert '<td><span id="tools-x"></span>Cat</td>\n<td>A|B, C</td>' in out


def test_industry_without_lists_has_dashes_in_matrix_and_no_subheadings(site):
    shared = {"industries": IndustriesFile(industries=[Industry(id="saas", name=NASTY, kind="industry")])}
    guides = IndustryGuidesFile(industries=[IndustryGuide(industry="saas", summary="Sum", sources=["am-guide-2026"])])
    ctx = make_ctx(site, shared, industries=guides)
    row = f'<td><a href="#industry-saas">{NASTY_HTML}</a></td>\n<td>Industry</td>\n<td>—</td>\n<td>—</td>'
    assert row in industries.industries_matrix(ctx)
    details = industries.industries_details(ctx)
    assert details.startswith(f"## {NASTY_SHOWN} {{#industry-saas}}") and "###" not in details


def test_setting_shows_its_arrangement_label_only_when_it_has_one(site):
    settings = [Setting(id="a", title="A", text="x", sources=["am-guide-2026"], arrangement="hybrid"),
                Setting(id="b", title="B", text=NASTY, sources=["am-guide-2026"])]
    data = site.guides[ROLE].environments.model_copy(update={"settings": settings})
    out = environments.environments_settings(make_ctx(site, environments=data))
    assert out.count("Work arrangement") == 1 and '<a href="#arrangement-hybrid">Hybrid</a>' in out and NASTY_HTML in out


def test_posting_lines_table_escapes(site):
    shared = {"arrangements": ArrangementsFile(arrangements=[Arrangement(id="office", label="Office", posting_line=NASTY)])}
    out = environments.environments_posting_lines(make_ctx(site, shared))
    assert f'<tr>\n<td><span id="arrangement-office"></span>Office</td>\n<td>{NASTY_HTML}</td>\n</tr>' in out


def test_percent_ranges():
    assert compensation.percent_range(Range(min=10, max=30)) == "10–30%"
    assert compensation.percent_range(Range(min=50)) == "50%+"
    assert compensation.percent_range(Range(min=2.5, max=7.5)) == "2.5–7.5%"


def _metro_pay(metro, low, high):
    return MetroPay(metro=metro, base=MoneyRange(min=low, max=high), total=MoneyRange(min=high),
                           as_of=2024, sources=["template-guide-2025"])


def test_metros_sorted_by_base_midpoint_descending(site):
    pays = [_metro_pay("austin", 50000, 60000), _metro_pay("boston", 40000, 90000), _metro_pay("denver", 58000, 62000)]
    data = site.guides[ROLE].compensation.model_copy(update={"by_metro": pays})
    out = compensation.pay_by_metro_table(make_ctx(site, compensation=data))
    order = [out.index(f'id="metro-{m}"') for m in ("boston", "denver", "austin")]
    assert order == sorted(order) and "Boston, MA" in out and "<td>$90,000+</td>" in out


def test_national_average_with_base_only_and_undated(site):
    avg = NationalAverage(id="x", label=NASTY, base=MoneyRange(min=50000, max=60000, open_max=True),
                                 as_of="undated", basis="b", sources=["recruiter-jd-page"])
    data = site.guides[ROLE].compensation.model_copy(update={"national_averages": [avg]})
    out = compensation.pay_national_averages(make_ctx(site, compensation=data))
    intro, figures = out.split("</p>", 1)
    assert "<td>Base $50,000–$60,000+</td>\n<td>undated</td>" in figures and "total" not in figures
    assert text_html(NASTY) in figures
    assert "year" in intro and "method" in intro


def test_pay_band_without_levels_or_experience(site):
    band = LevelPay(id="odd", label="Odd band", levels=[], base=MoneyRange(min=1000, max=2000),
                           total=MoneyRange(min=3000), as_of=2020, sources=["am-guide-2026"])
    data = site.guides[ROLE].compensation.model_copy(update={"by_level": [band], "unpriced_levels": []})
    out = compensation.pay_by_level_table(make_ctx(site, compensation=data))
    row = re.search(r"<tbody>\n<tr>\n(.*?)\n</tr>", out, re.S).group(1)
    assert row.startswith('<td><span id="pay-level-odd"></span><strong>Odd band</strong></td>\n<td>not stated</td>\n'
                          '<td>$1,000–$2,000</td>\n<td>$3,000+</td>\n<td>2020</td>')
    assert "levels/" not in row


def test_factor_shows_only_the_parts_it_has(site):
    factor = Factor(id="f", title=NASTY, figures=[Figure(label="Share", percent=Range(min=5))],
                           sources=["am-guide-2026"])
    data = site.guides[ROLE].compensation.model_copy(update={"factors": [factor]})
    out = compensation.pay_factors(make_ctx(site, compensation=data))
    assert out.startswith(f"### {NASTY_SHOWN} {{#factor-f}}") and "<li>Share: 5%+</li>" in out and "Tiers" not in out


def test_a_renamed_factor_keeps_its_points_as_a_list_and_its_old_anchor(site):
    factor = Factor(id="f", former_ids=["old"], title="F", points=["One", "Two"], sources=["am-guide-2026"])
    data = site.guides[ROLE].compensation.model_copy(update={"factors": [factor]})
    page = markdown.markdown(compensation.pay_factors(make_ctx(site, compensation=data)), extensions=EXTENSIONS)
    assert '<ul>\n<li><span id="factor-old"></span>One</li>\n<li>Two</li>\n</ul>' in page
    assert "- One" not in page


def test_stage_without_optional_parts_and_transition_links(site):
    stages = [Stage(id="a", title=NASTY, track="leadership", titles=["Lead"], sources=["am-guide-2026"]),
              Stage(id="b", title="B stage", track="entry", levels=["junior"], titles=["J"], duties=["Do"],
                           note="Careful", sources=["am-guide-2026"])]
    move = Transition.model_validate({"id": "a-to-b", "from": "a", "to": "b", "years": {"min": 1, "max": 2},
                                             "condition": "When ready", "sources": ["am-guide-2026"]})
    data = site.guides[ROLE].career.model_copy(update={"stages": stages, "transitions": [move]})
    ctx = make_ctx(site, career=data)
    out = career.career_stages(ctx)
    first, second = out.split("## B stage")
    assert "Duties" not in first and "levels/" not in first and "Note" not in first and NASTY_SHOWN in first
    assert 'href="../levels/#level-junior"' in second and "<em>Note: Careful</em>" in second
    row = (f'<a href="#stage-a">{NASTY_HTML}</a></td>\n<td><a href="#stage-b">B stage</a></td>\n<td>1–2 years</td>\n'
           "<td>When ready</td>")
    assert row in career.career_transitions(ctx)


def test_growth_path_with_summary_only(site):
    paths = [GrowthPath(id="p", source="jd-guide-2019", summary=NASTY)]
    out = career.career_growth_paths(make_ctx(site, career=site.guides[ROLE].career.model_copy(update={"growth_paths": paths})))
    assert "{#growth-path-p}" in out and NASTY_HTML in out and "way up" not in out
    assert 'href="../../sources/#source-jd-guide-2019"' in out
