"""The role overview page."""
from macros.render.blocks import (
    anchor, body_html, bullets_html, cite_html, cite_paragraph, cite_short_html, esc, heading, link_html,
    list_html, page_url, paragraph_html, paragraphs_html, text_html,
)


def _profile_title(ctx, role_id):
    return next(p.title for p in ctx.site.profiles.profiles if p.id == role_id)


def role_title(ctx) -> str:
    return esc(ctx.guide.role.title)


def role_summary(ctx) -> str:
    return body_html(paragraph_html(f"<em>{text_html(ctx.guide.role.summary)}</em>"))


def _article(word: str) -> str:
    """'a' or 'an' before a role title, by its first sound (vowel letters; no role title starts with a silent h)."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def _contrast(ctx, contrast) -> str:
    title = _profile_title(ctx, contrast.role)
    link = link_html(page_url(ctx, f"{ctx.role}/comparisons.md", anchor("role", contrast.role)), text_html(title))
    return (f"<strong>Not {_article(title)} {link}</strong>: {text_html(contrast.difference)} "
            f"{cite_html(ctx, contrast.sources)}")


def role_definition(ctx) -> str:
    role = ctx.guide.role
    contrasts = [_contrast(ctx, contrast) for contrast in role.not_to_confuse]
    definition = [paragraph_html(" ".join(f"{text_html(s.text)} {cite_short_html(ctx, s.sources)}" for s in paragraph))
                  for paragraph in role.definition]
    return (body_html(*definition)
            + heading(2, "What the role is not", "not-to-confuse")
            + body_html(list_html(contrasts), paragraph_html(text_html(role.hunt_vs_farm)),
                        cite_paragraph(ctx, role.hunt_vs_farm_sources))
            + heading(2, "Across the customer lifecycle", "lifecycle")
            + body_html(paragraph_html(text_html(role.lifecycle)), cite_paragraph(ctx, role.lifecycle_sources)))


def role_highlights(ctx) -> str:
    role = ctx.guide.role
    items = [f"<strong>{text_html(h.label)}</strong>: {text_html(h.text)}" for h in role.highlights]
    return body_html(list_html(items), cite_paragraph(ctx, role.highlights_sources))


def role_why(ctx) -> str:
    role = ctx.guide.role
    return body_html(paragraphs_html(role.why_it_matters), cite_paragraph(ctx, role.why_it_matters_sources))


def role_activities(ctx) -> str:
    role = ctx.guide.role
    return (heading(3, "Day to day", "daily-activities") + body_html(bullets_html(role.daily_activities))
            + heading(3, "Strategic work", "strategic-functions")
            + body_html(bullets_html(role.strategic_functions), cite_paragraph(ctx, role.activities_sources)))


def role_teams(ctx) -> str:
    teams = [f"{text_html(team.name)} {cite_html(ctx, team.sources)}" for team in ctx.guide.role.internal_teams]
    return body_html(list_html(teams), cite_paragraph(ctx, ctx.guide.role.sources))


BLOCKS = {"role_title": role_title, "role_summary": role_summary, "role_definition": role_definition, "role_highlights": role_highlights,
          "role_why": role_why, "role_activities": role_activities, "role_teams": role_teams}
