"""Renderers of the comparisons, hiring, interview, scorecard, postings, success and FAQ pages."""
import re

import pytest

from macros.data.models.base import Range
from macros.data.models.comparisons import CompanySize, Handoff
from macros.data.models.faq import Faq, FaqFile
from macros.data.models.hiring import Channel, RedFlag
from macros.data.models.interview import Category, InterviewFile, Question
from macros.data.models.postings import Posting
from macros.data.models.profiles import Profile, ProfilesFile
from macros.data.models.success import Challenge
from macros.render.pages import comparisons, faq, hiring, interview, postings, success
from macros.build.prebuilt import END, START
from macros.render.blocks import PageContext, text_html

NASTY = "*bold* | <script>"
SRC = ["am-guide-2026"]
# A finished HTML block of a renderer's output, which Markdown passes through unread.
PREBUILT = re.compile(rf"^{re.escape(START)}\n(.*?)\n{re.escape(END)}$", re.M | re.S)


def anchors(markdown: str) -> list:
    """Ids given by heading/attr_list syntax `{#id}` (escaped data braces never match) and by finished HTML blocks."""
    html = "".join(PREBUILT.findall(markdown))
    return re.findall(r"(?<!\\)\{#([a-z0-9-]+)\}", markdown) + re.findall(r'\sid="([^"]+)"', html)


def guide_with(site, **files):
    """The real guide with some of its files replaced by hand-made ones."""
    guide = site.guides["account-manager"].model_copy(update=files)
    return PageContext(site=site.model_copy(update={"guides": {"account-manager": guide}}), role="account-manager", root="../")


# --- real data: anchors present and unique (nothing dropped: tests/render/test_nothing_dropped.py) ---

PAGES = {
    "comparisons": lambda c: "".join(f(c) for f in comparisons.BLOCKS.values()),
    "hiring": lambda c: "".join(f(c) for f in hiring.BLOCKS.values()),
    "interview": lambda c: interview.interview_index(c) + interview.interview_questions(c),
    "scorecard": lambda c: interview.scorecard_header(c) + interview.scorecard_sections(c),
    "postings": lambda c: "".join(f(c) for f in postings.BLOCKS.values()),
    "success": lambda c: "".join(f(c) for f in success.BLOCKS.values()),
    "faq": faq.faq_sections,
}


@pytest.mark.parametrize("page", sorted(PAGES))
def test_anchors_unique_within_page(ctx, page):
    ids = anchors(PAGES[page](ctx))
    assert ids and len(ids) == len(set(ids))


def test_every_question_anchored_on_interview_and_scorecard(ctx):
    ids = {f"question-{q.id}" for q in ctx.guide.interview.questions}
    assert ids <= set(anchors(PAGES["interview"](ctx)))
    assert ids <= set(anchors(PAGES["scorecard"](ctx)))


def test_every_cited_item_has_its_anchor(ctx):
    g = ctx.guide
    expected = {
        "comparisons": [f"role-{p.id}" for p in ctx.site.profiles.profiles]
        + [f"company-size-{s.id}" for s in g.comparisons.company_sizes],
        "hiring": [f"look-for-{i.id}" for i in g.hiring.look_for] + [f"platform-{c.id}" for c in g.hiring.platforms]
        + [f"community-{c.id}" for c in g.hiring.communities] + [f"red-flag-{r.id}" for r in g.hiring.red_flags],
        "interview": [f"category-{c.id}" for c in g.interview.categories],
        "postings": [f"posting-{p.id}" for p in g.postings.postings],
        "success": [f"priority-{p.id}" for p in g.success.priorities] + [f"mistake-{m.id}" for m in g.success.mistakes]
        + [f"challenge-{c.id}" for c in g.success.challenges],
        "faq": ["faq-employers", "faq-job-seekers"] + [f"faq-{f.id}" for f in g.faq.faqs],
    }
    for page, ids in expected.items():
        assert set(ids) <= set(anchors(PAGES[page](ctx))), page


# --- comparisons -------------------------------------------------------------

def test_matrix_puts_this_role_first_then_compare_with(ctx):
    header, body = comparisons.comparison_matrix(ctx).split("</thead>")
    order = [ctx.role, *ctx.guide.comparisons.compare_with]
    positions = [header.index(f'<a href="#role-{r}">') for r in order]
    assert positions == sorted(positions)
    first_cells = re.findall(r"<tr>\n<td>(.*?)</td>", body)
    assert first_cells == ["<strong>Focus</strong>", "<strong>Primary goal</strong>", "<strong>Key activities</strong>"]


def test_company_sizes_show_employee_ranges(ctx):
    out = comparisons.comparison_company_sizes(ctx)
    assert "<td>1–50</td>" in out and "<td>500+</td>" in out
    assert "am-guide-2026" in out


def test_handoffs_each_cited(ctx):
    items = re.findall(r"<li>.*?</li>", comparisons.comparison_handoffs(ctx))
    assert len(items) == len(ctx.guide.comparisons.handoffs)
    assert all('class="rg-cite"' in item for item in items)


# --- interview and scorecard -------------------------------------------------

def test_questions_grouped_under_their_category_in_order(ctx):
    out = interview.interview_questions(ctx)
    for q in ctx.guide.interview.questions:
        after = out.index(f"{{#category-{q.category}}}")
        assert out.index(f"{{#question-{q.id}}}") > after
        later = [out.index(f"{{#category-{c.id}}}") for c in ctx.guide.interview.categories]
        assert all(out.index(f"{{#question-{q.id}}}") < pos for pos in later if pos > after)


def test_index_links_every_question(ctx):
    out = interview.interview_index(ctx)
    assert all(f'<a href="#question-{q.id}">' in out for q in ctx.guide.interview.questions)


def test_scorecard_links_back_and_leaves_cells_blank(ctx):
    out = interview.scorecard_sections(ctx)
    for q in ctx.guide.interview.questions:
        row = next(r for r in out.split("<tr>") if f'id="question-{q.id}"' in r).split("</tr>")[0]
        assert f'href="../interview/#question-{q.id}"' in row
        assert text_html(q.strong_answer) in row
        assert row.endswith("<td></td>\n<td></td>\n")
    assert out.count("<table>") == len(ctx.guide.interview.categories)  # former anchors do not swallow a table
    header = interview.scorecard_header(ctx)
    assert all(f"<td>{field}</td>\n<td></td>" in header for field in ("Candidate", "Interviewer", "Date", "Level"))


# --- postings ----------------------------------------------------------------

def test_postings_summary_uses_industry_names_and_fallbacks(ctx):
    posting = Posting(id="p", label="L", industry="saas", degree="none stated", duties=["d"], sources=SRC)
    out = postings.postings_summary_table(guide_with(ctx.site, postings=ctx.guide.postings.model_copy(
        update={"postings": [posting]})))
    row = out.split("<tr>")[2]
    assert "Technology / SaaS" in row and 'href="../industries/#industry-saas"' in row
    assert "none stated" in row and "none named" in row
    assert "3+ years" in postings.postings_summary_table(ctx)


def test_reports_to_only_when_given(ctx):
    out = postings.postings_details(ctx)
    assert out.count("<strong>Reports to</strong>") == sum(1 for p in ctx.guide.postings.postings if p.reports_to)


# --- faq ---------------------------------------------------------------------

def test_faq_sorted_by_audience(ctx):
    out = faq.faq_sections(ctx)
    split = out.index("{#faq-job-seekers}")
    for item in ctx.guide.faq.faqs:
        position = out.index(f"{{#faq-{item.id}}}")
        assert (position < split) == (item.audience == "employers")


# --- escaping ----------------------------------------------------------------

def assert_escaped(out: str):
    markdown = PREBUILT.sub("", out)
    assert "<script>" not in out and "*bold*" not in markdown
    assert r"\*bold\* \| &lt;script&gt;" in markdown or text_html(NASTY) in "".join(PREBUILT.findall(out))


def test_escaping_everywhere(ctx):
    site = ctx.site
    questions = InterviewFile(
        categories=[Category(id="c", title=NASTY)],
        questions=[Question(id="q", category="c", competency=NASTY, question=NASTY, strong_answer=NASTY, sources=SRC)])
    hiring_file = ctx.guide.hiring.model_copy(update={
        "platforms": [Channel(id="p", name=NASTY, use=NASTY)],
        "red_flags": [RedFlag(id="r", title=NASTY, text=NASTY, sources=SRC)]})
    faqs = FaqFile(faqs=[Faq(id="f", audience="employers", question=NASTY, answer=NASTY, sources=SRC)])
    posting = Posting(id="p", label=NASTY, industry="saas", degree=NASTY, reports_to=NASTY, tools=[NASTY],
                             duties=[NASTY], qualifications=[NASTY], sources=SRC)
    success_file = ctx.guide.success.model_copy(update={
        "challenges": [Challenge(id="c", title=NASTY, challenge=NASTY, solutions=[NASTY])], "mindset": NASTY})
    comparison = ctx.guide.comparisons.model_copy(update={
        "company_sizes": [CompanySize(id="s", label=NASTY, employees=Range(min=1), split=NASTY)],
        "handoffs": [Handoff(text=NASTY, sources=SRC)], "summary": NASTY})
    c = guide_with(site, interview=questions, hiring=hiring_file, faq=faqs, success=success_file, comparisons=comparison,
                   postings=ctx.guide.postings.model_copy(update={"postings": [posting]}))
    for render in (PAGES["interview"], PAGES["scorecard"], hiring.hiring_sourcing, hiring.hiring_red_flags, faq.faq_sections,
                   postings.postings_summary_table, postings.postings_details, success.success_challenges,
                   success.success_mindset, comparisons.comparison_company_sizes, comparisons.comparison_handoffs,
                   comparisons.comparison_summary):
        assert_escaped(render(c))


def test_profile_text_escaped(ctx):
    soc = ctx.site.profiles.profiles[0].soc
    profile = Profile(id="x", title=NASTY, focus=NASTY, goal=NASTY, key_activities=[NASTY], soc=soc, sources=SRC)
    site = ctx.site.model_copy(update={"profiles": ProfilesFile(profiles=[*ctx.site.profiles.profiles, profile])})
    c = PageContext(site=site, role="account-manager", root="../")
    assert_escaped(comparisons.comparison_profiles(c))
    assert "{#role-x}" in comparisons.comparison_profiles(c)
