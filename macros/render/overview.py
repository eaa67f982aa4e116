"""The role overview page."""
from .blocks import anchor, bullets, cite, cite_inline, esc, heading, paragraphs


def _profile_title(ctx, role_id):
    return next(p.title for p in ctx.site.profiles.profiles if p.id == role_id)


def role_title(ctx) -> str:
    return esc(ctx.guide.role.title)


def role_summary(ctx) -> str:
    return f"*{esc(ctx.guide.role.summary)}*\n"


def _article(word: str) -> str:
    """'a' or 'an' before a role title, by its first sound (vowel letters; no role title starts with a silent h)."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def role_definition(ctx) -> str:
    role = ctx.guide.role
    out = [paragraphs(role.definition), cite(role.sources, ctx), heading(2, "What the role is not", "not-to-confuse")]
    for contrast in role.not_to_confuse:
        title = _profile_title(ctx, contrast.role)
        link = ctx.link(f"{ctx.role}/comparisons.md", anchor("role", contrast.role))
        out.append(f"- **Not {_article(title)} [{esc(title)}]({link})**: {esc(contrast.difference)} "
                   f"{cite_inline(contrast.sources, ctx)}")
    out.append("\n" + esc(role.hunt_vs_farm) + "\n")
    out.append(cite(role.hunt_vs_farm_sources, ctx))
    out.append(heading(2, "Across the customer lifecycle", "lifecycle") + "\n" + esc(role.lifecycle) + "\n")
    out.append(cite(role.lifecycle_sources, ctx))
    return "\n".join(out)


def role_highlights(ctx) -> str:
    role = ctx.guide.role
    rows = "\n".join(f"- **{esc(h.label)}**: {esc(h.text)}" for h in role.highlights)
    return rows + "\n" + cite(role.highlights_sources, ctx)


def role_why(ctx) -> str:
    role = ctx.guide.role
    return paragraphs(role.why_it_matters) + cite(role.why_it_matters_sources, ctx)


def role_activities(ctx) -> str:
    role = ctx.guide.role
    return (heading(3, "Day to day", "daily-activities") + "\n" + bullets(role.daily_activities)
            + "\n" + heading(3, "Strategic work", "strategic-functions") + "\n" + bullets(role.strategic_functions)
            + cite(role.activities_sources, ctx))


def role_teams(ctx) -> str:
    out = []
    for team in ctx.guide.role.internal_teams:
        out.append(f"- {esc(team.name)} {cite_inline(team.sources, ctx)}")
    return "\n".join(out) + "\n" + cite(ctx.guide.role.sources, ctx)


BLOCKS = {"role_title": role_title, "role_summary": role_summary, "role_definition": role_definition, "role_highlights": role_highlights,
          "role_why": role_why, "role_activities": role_activities, "role_teams": role_teams}
