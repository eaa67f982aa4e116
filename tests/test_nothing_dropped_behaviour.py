"""Nothing in the data is dropped from the built pages: each expectation is a literal string, and the raw YAML
is read here with PyYAML (not through the models or the render helpers under test)."""
import html
import re

import pytest
from helpers import raw_role as raw

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
