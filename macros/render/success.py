"""The success page: what to work on, common mistakes, usual challenges and who the role suits."""
from .blocks import anchor, bullets, cite, esc, heading


def success_intro(ctx) -> str:
    data = ctx.guide.success
    return esc(data.intro) + "\n" + cite(data.intro_sources, ctx)


def success_priorities(ctx) -> str:
    data = ctx.guide.success
    out = [heading(3, p.title, anchor("priority", p.id)) + "\n" + bullets(p.points) for p in data.priorities]
    return "\n".join(out) + cite(data.priorities_sources, ctx)


def success_learning(ctx) -> str:
    data = ctx.guide.success
    return bullets(data.learning) + cite(data.learning_sources, ctx)


def success_mistakes(ctx) -> str:
    data = ctx.guide.success
    out = [heading(3, m.title, anchor("mistake", m.id)) + "\n" + esc(m.text) + "\n" for m in data.mistakes]
    return "\n".join(out) + cite(data.mistakes_sources, ctx)


def success_challenges(ctx) -> str:
    data = ctx.guide.success
    out = [heading(3, c.title, anchor("challenge", c.id)) + "\n" + esc(c.challenge) + "\n\n**What helps**\n\n"
           + bullets(c.solutions) for c in data.challenges]
    return "\n".join(out) + cite(data.challenges_sources, ctx)


def success_mindset(ctx) -> str:
    # The data gives this passage no sources, so it carries no citation.
    return esc(ctx.guide.success.mindset) + "\n"


def success_fit(ctx) -> str:
    fit = ctx.guide.success.fit
    return (esc(fit.summary) + "\n\n" + heading(3, "For employers", "fit-employers") + "\n" + bullets(fit.for_employers)
            + "\n" + heading(3, "For job seekers", "fit-job-seekers") + "\n" + bullets(fit.for_job_seekers)
            + cite(fit.sources, ctx))


BLOCKS = {"success_intro": success_intro, "success_priorities": success_priorities, "success_learning": success_learning,
          "success_mistakes": success_mistakes, "success_challenges": success_challenges,
          "success_mindset": success_mindset, "success_fit": success_fit}
