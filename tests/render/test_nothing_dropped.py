"""Nothing in the data is dropped: every text and number of the data somewhere on the built site; each of a role's
data files on its own page, as the renderers write it; and a few lists, given here as literal text and read from the
raw YAML with PyYAML (not through the models or the render helpers under test), in their place on the built pages."""
import html
import re

import pytest

from helpers import ROLE, data_values, shown
from helpers import raw_role as raw
from macros.data.checks import walk
from macros.render.pages import (career, comparisons, compensation, environments, faq, hiring, industries,
                                 interview, postings, responsibilities, skills, success, wages)
from macros.render.blocks import esc, money, number, text_html
from site_text import visible_text


# --- every value, somewhere on the built site ------------------------------------------------------------------

@pytest.fixture(scope="module")
def site_words(built_site) -> str:
    """The visible text of the built site, read once for all parts of the data."""
    return visible_text(built_site)


# The BLS wage data (site.wages) is a reference table: the pages show the rows the role uses, and every row
# is in the role's BLS downloads, which tests/render/test_wage_pages.py checks against the raw file.
@pytest.mark.parametrize("part", ["sources", "profiles", "industries", "metros", "arrangements", "placeholders",
                                  "inclusive_language", "posting_text", "pay_transparency", "pay_requirements",
                                  "law_sources", "guides"])
def test_nothing_in_the_data_is_dropped_from_the_site(site_words, site, part):
    text = site_words
    missing = [(p, v) for p, v in data_values(getattr(site, part)) if not shown(v, text)]
    assert not missing, f"{len(missing)} values not shown, e.g. {missing[:8]}"


# --- each data file on its own page, as rendered ---------------------------------------------------------------

def not_text(path) -> bool:
    """Codes a page shows in words (a level's track, a kind of variable pay), references that only steer the
    composer (the level duty an industry duty replaces, the levels a work setting's travel applies to), and an
    industry's posting wording, which the composer page's wording table shows (the built-site check covers it)."""
    return (path[-1:] in (("track",), ("kind",), ("in_posting",))
            or (path[0] == "industries" and path[-1] == "competency")
            or (path[0] == "settings" and path[-2:-1] == ("levels",)))


def missing_from(model, markdown) -> list:
    """Every string and number of the model that the Markdown (or the HTML blocks in it) does not show."""
    missing = []
    for path, value, kind in walk(model):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not_text(path):
            continue
        if kind:
            found = f"{kind}-{value}" in markdown
        elif isinstance(value, str):
            found = esc(value) in markdown or text_html(value) in markdown or (path[-1] == "id" and value in markdown)
        else:
            found = money(value) in markdown or number(value) in markdown
        if not found:
            missing.append((path, value))
    return missing


# page: (the modules whose blocks it calls, the data it shows)
PAGES = {
    "responsibilities": ([responsibilities], lambda s, g: [g.responsibilities]),
    "skills": ([skills], lambda s, g: [g.skills]),
    "industries": ([industries], lambda s, g: [g.industries, s.industries]),
    "environments": ([environments], lambda s, g: [g.environments, s.arrangements]),
    "compensation": ([compensation, wages], lambda s, g: [g.compensation, s.metros]),  # the wage file: above
    "career": ([career], lambda s, g: [g.career]),
    "comparisons": ([comparisons], lambda s, g: [g.comparisons, s.profiles]),
    "hiring": ([hiring], lambda s, g: [g.hiring]),
    "interview": ([interview], lambda s, g: [g.interview]),
    "postings": ([postings], lambda s, g: [g.postings]),
    "success": ([success], lambda s, g: [g.success]),
    "faq": ([faq], lambda s, g: [g.faq]),
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_nothing_in_a_data_file_is_dropped_from_its_page(site, ctx, page):
    modules, parts = PAGES[page]
    markdown = "\n".join(block(ctx) for module in modules for block in module.BLOCKS.values())
    for model in parts(site, site.guides[ROLE]):
        assert missing_from(model, markdown) == []


def test_the_checker_notices_a_dropped_string(site):
    assert missing_from(site.guides[ROLE].career, "nothing here")


# --- literal lists in their place ------------------------------------------------------------------------------

HARD_SKILLS = ["CRM software, such as Salesforce or HubSpot", "Strong analysis and reporting", "Account lifecycle management",
               "Project coordination and task tracking", "Basic finance and budget management"]
SOFT_SKILLS = ["Excellent written and verbal communication", "High emotional intelligence and empathy for clients",
               "Strong problem-solving and negotiation",
               "Good time management and the ability to juggle competing priorities",
               "A team player who coordinates well with others"]
STAGES = {
    "Entry-level roles": ["Account Coordinator", "Junior Account Manager", "Associate Account Manager",
                          "Customer Success Associate"],
    "Mid-level roles": ["Account Manager", "Mid-Level Account Manager"],
    "Senior and strategic account management": ["Senior Account Manager", "Strategic Account Manager",
                                                "Enterprise Account Manager", "Global Account Manager"],
    "Leadership and director roles": ["Account Management Team Lead", "Director of Account Management",
                                      "VP of Customer Success", "Chief Customer Officer (CCO)"],
    "Alternative paths": ["Sales leadership", "Product management", "Consulting or advisory work",
                          "Entrepreneurship and owning a business"],
}
ALL_THREE = ["template-guide-2025", "am-guide-2026", "recruiter-jd-page"]
FACTOR_SOURCES = {"Industry": ALL_THREE, "Location": ALL_THREE, "Company size and stage": ALL_THREE,
                  "Book of business": ["template-guide-2025"], "Experience and track record": ALL_THREE,
                  "Bonuses, commission and OTE": ["am-guide-2026"]}


def page(built_site, name):
    return html.unescape((built_site / f"account-manager/{name}/index.html").read_text(encoding="utf-8"))


def section(text, title, level):
    """The HTML from the heading whose text is `title` to the next heading of the same or a higher level."""
    match = re.search(rf"<h{level} id=\"[^\"]+\">{re.escape(title)}<a class=\"headerlink\"", text)
    assert match, f"no <h{level}> {title!r}"
    end = re.compile(rf"<h[1-{level}][ >]").search(text, match.end())
    return text[match.end(): end.start() if end else len(text)]


def items(text):
    return [re.sub(r"<[^>]+>", "", li).strip() for li in re.findall(r"<li>(.*?)</li>", text, re.S)]


def test_the_data_holds_the_expected_skills_stages_and_factor_sources():
    skills, career, pay = raw("skills.yml"), raw("career.yml"), raw("compensation.yml")
    assert skills["hard_skills"] == HARD_SKILLS
    assert skills["soft_skills"] == SOFT_SKILLS
    assert {s["title"]: s["titles"] for s in career["stages"]} == STAGES
    assert {f["title"]: f["sources"] for f in pay["factors"]} == FACTOR_SOURCES


def test_every_hard_and_soft_skill_is_on_the_skills_page(built_site):
    text = page(built_site, "skills")
    shown = items(text)
    for skill in HARD_SKILLS + SOFT_SKILLS:
        assert skill in shown, skill


def test_every_career_stage_is_on_the_career_page_with_its_job_titles(built_site):
    text = page(built_site, "career")
    for title, jobs in STAGES.items():
        body = section(text, title, 2)
        for job in jobs:
            assert job in body, (title, job)


@pytest.mark.parametrize("title", sorted(FACTOR_SOURCES))
def test_each_pay_factor_cites_each_of_its_sources(built_site, title):
    body = section(page(built_site, "compensation"), title, 3)
    last_citation = body[body.rindex('<span class="rg-cite">'):]
    assert re.findall(r'href="\.\./\.\./sources/#source-([a-z0-9-]+)"', last_citation) == FACTOR_SOURCES[title]
