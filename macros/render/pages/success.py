"""The success page: what to work on, common mistakes, usual challenges and who the role suits."""
from macros.render.blocks import (
    anchor, body_html, bullets_html, cite_paragraph, heading, paragraph_html, text_html,
)
def success_intro(ctx) -> str:
    data = ctx.guide.success
    return body_html(paragraph_html(text_html(data.intro)), cite_paragraph(ctx, data.intro_sources))


def success_priorities(ctx) -> str:
    data = ctx.guide.success
    out = [heading(3, p.title, anchor("priority", p.id)) + body_html(bullets_html(p.points)) for p in data.priorities]
    return "".join(out) + body_html(cite_paragraph(ctx, data.priorities_sources))


def success_learning(ctx) -> str:
    data = ctx.guide.success
    return body_html(bullets_html(data.learning), cite_paragraph(ctx, data.learning_sources))


def success_mistakes(ctx) -> str:
    data = ctx.guide.success
    out = [heading(3, m.title, anchor("mistake", m.id)) + body_html(paragraph_html(text_html(m.text)))
           for m in data.mistakes]
    return "".join(out) + body_html(cite_paragraph(ctx, data.mistakes_sources))


def success_challenges(ctx) -> str:
    data = ctx.guide.success
    out = [heading(3, c.title, anchor("challenge", c.id))
           + body_html(paragraph_html(text_html(c.challenge)), paragraph_html("<strong>What helps</strong>"),
                       bullets_html(c.solutions))
           for c in data.challenges]
    return "".join(out) + body_html(cite_paragraph(ctx, data.challenges_sources))


def success_mindset(ctx) -> str:
    # The data gives this passage no sources, so it carries no citation.
    success = ctx.guide.success
    return body_html(paragraph_html(text_html(success.mindset)), cite_paragraph(ctx, success.mindset_sources))


def success_fit(ctx) -> str:
    fit = ctx.guide.success.fit
    return (body_html(paragraph_html(text_html(fit.summary)))
            + heading(3, "For employers", "fit-employers") + body_html(bullets_html(fit.for_employers))
            + heading(3, "For job seekers", "fit-job-seekers")
            + body_html(bullets_html(fit.for_job_seekers), cite_paragraph(ctx, fit.sources)))


BLOCKS = {"success_intro": success_intro, "success_priorities": success_priorities, "success_learning": success_learning,
          "success_mistakes": success_mistakes, "success_challenges": success_challenges,
          "success_mindset": success_mindset, "success_fit": success_fit}
