"""The interview questions page and the printable scorecard built from the same questions."""
from macros.render.blocks import (
    anchor, attr, cite_paragraph, former_anchors, heading, html_block, link_html, page_url, table_html,
    text_html,
)
def _by_category(ctx) -> list:
    """(category, its questions) pairs in the order the categories are listed."""
    questions = ctx.guide.interview.questions
    return [(c, [q for q in questions if q.category == c.id]) for c in ctx.guide.interview.categories]


def interview_index(ctx) -> str:
    """Every question in one table, linking to its full entry below."""
    rows = []
    for category, questions in _by_category(ctx):
        for q in questions:
            rows.append([link_html(f"#{anchor('question', q.id)}", text_html(q.question)),
                         link_html(f"#{anchor('category', category.id)}", text_html(category.title)), text_html(q.competency)])
    return html_block(table_html(["Question", "Category", "Competency"], rows))


def _question(q, ctx) -> str:
    return heading(3, q.competency, anchor("question", q.id)) + html_block("\n".join([
        f"<blockquote>\n<p>{former_anchors('question', q)}{text_html(q.question)}</p>\n</blockquote>",
        f"<p><strong>What a strong answer shows</strong>: {text_html(q.strong_answer)}</p>",
        cite_paragraph(ctx, q.sources),
    ]))


def _former_category_anchors(category) -> str:
    """The category's former anchors as a paragraph of their own, if it has any."""
    markers = former_anchors("category", category)
    return html_block(f"<p>{markers}</p>") if markers else ""


def interview_questions(ctx) -> str:
    out = []
    for category, questions in _by_category(ctx):
        out.append(heading(2, category.title, anchor("category", category.id)) + _former_category_anchors(category))
        out += [_question(q, ctx) for q in questions]
    return "\n".join(out)


def scorecard_header(ctx) -> str:
    """Blank fields to fill in by hand."""
    return html_block(table_html(["Field", "Entry"], [[label, ""] for label in ("Candidate", "Interviewer", "Date", "Level")]))


def _sources_of(questions) -> list:
    """The sources of several questions, each once, in first-seen order."""
    return list(dict.fromkeys(s for q in questions for s in q.sources))


def _scorecard_row(q, ctx) -> list:
    target = anchor("question", q.id)
    href = page_url(ctx, f"{ctx.role}/interview.md", target)
    ask = f'<strong><a href="{attr(href)}" id="{attr(target)}">{text_html(q.competency)}</a></strong><br>'
    return [ask + former_anchors("question", q) + text_html(q.question), text_html(q.strong_answer), "", ""]


def scorecard_sections(ctx) -> str:
    """One table per category: the question, what good looks like, and blank score and notes cells."""
    out = []
    for category, questions in _by_category(ctx):
        out.append(heading(2, category.title, anchor("category", category.id)) + _former_category_anchors(category))
        out.append(html_block(table_html(["Question", "What good looks like", "Score 1–5", "Notes"],
                                         [_scorecard_row(q, ctx) for q in questions])
                              + cite_paragraph(ctx, _sources_of(questions))))
    return "\n".join(out)


BLOCKS = {"interview_index": interview_index, "interview_questions": interview_questions,
          "scorecard_header": scorecard_header, "scorecard_sections": scorecard_sections}
