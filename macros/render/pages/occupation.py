"""An occupation's guide from government data (docs/occupations/<id>/, one page set for every occupation): what
the work is, every title it goes by, the deep guides that use it, related occupations and the attribution O*NET's
license asks for. What it takes, pay and outlook are in occupation_needs.py and occupation_pay.py."""
from macros.render.blocks import (
    attr, esc, html_block, link_html, page_url, paragraph_html, text_html, ul_html,
)

TIERS = (("Primary-Short", "Most closely related"), ("Primary-Long", "Also closely related"),
         ("Supplemental", "Further related"))
COMPARE_PAGE = "occupations/compare.md"
COMPOSER_PAGE = "occupations/composer.md"


def occupation(ctx):
    return ctx.site.occupations[ctx.occupation]


def release(ctx):
    return ctx.site.occupation_release


def occupation_page(occupation_id: str) -> str:
    """The docs page of an occupation's guide."""
    return f"occupations/{occupation_id}/index.md"


def occupation_link(ctx, occupation_id, content_html) -> str:
    return link_html(page_url(ctx, occupation_page(occupation_id)), content_html)


def oews_name(ctx) -> str:
    return f"Occupational Employment and Wage Statistics, {text_html(release(ctx).oews.release)}"


def family_title(ctx, code) -> str:
    return next(f.title for f in release(ctx).families if f.code == code)


def deep_guides(ctx, soc: str) -> list:
    """(profile, why) for every full guide whose role names this SOC code among its nearest occupations."""
    return [(p, m.why) for p in ctx.site.profiles.profiles if p.id in ctx.site.guides for m in p.soc if m.code == soc]


def occupation_title(ctx) -> str:
    """The O*NET title, for the page's Markdown heading."""
    return esc(occupation(ctx).title)


def occupation_summary(ctx) -> str:
    """O*NET's description, the codes and job family, the deep guides built on the occupation, and the tools."""
    occ = occupation(ctx)
    family = link_html(page_url(ctx, "occupations/index.md", f"family-{occ.family[:2]}"),
                       text_html(family_title(ctx, occ.family)))
    parts = [paragraph_html(text_html(occ.description) + " " + _onet_credit(ctx)),
             paragraph_html(f"O*NET-SOC code {text_html(occ.onet_code)} · SOC code {text_html(occ.soc)} · "
                            f"Job family: {family}")]
    guides = [f"{link_html(page_url(ctx, f'{p.id}/index.md'), text_html(p.title))}: {text_html(why)}"
              for p, why in deep_guides(ctx, occ.soc)]
    if guides:
        parts.append(paragraph_html("<strong>Deep guide</strong> (levels, pay by level, interview questions and "
                                    "posting templates), and why it uses this occupation:") + ul_html(guides))
    compare = page_url(ctx, COMPARE_PAGE) + f"?a={attr(occ.id)}"
    composer = page_url(ctx, COMPOSER_PAGE) + f"?occ={attr(occ.id)}"
    parts.append(paragraph_html(f'<a href="{composer}">Write a job posting for this occupation</a> · '
                                f'<a href="{compare}">Compare it with another occupation</a>'))
    return html_block("\n".join(parts))


def _onet_credit(ctx) -> str:
    onet = release(ctx).onet
    return f'<span class="rg-cite">Source: <a href="#about-this-data">{text_html(onet.name)}</a></span>'


def occupation_tasks(ctx) -> str:
    """Every task O*NET lists: core tasks first, then supplemental ones, then those it gives no type, in its order."""
    tasks = occupation(ctx).tasks
    groups = (("Core", "Core tasks:"), ("Supplemental", "Supplemental tasks:"), (None, "Tasks O*NET gives no type:"))
    parts = []
    for kind, label in groups:
        items = [text_html(t.text) for t in tasks if t.type == kind]
        if items:
            parts.append(paragraph_html(f"<strong>{label}</strong>") + f'\n<ol class="rg-tasks">\n'
                         + "\n".join(f"<li>{item}</li>" for item in items) + "\n</ol>")
    return html_block("\n".join(parts) + "\n" + paragraph_html(_onet_credit(ctx)))


def search_keywords(occ) -> str:
    """Every title, for search's keywords: Pagefind reads commas in the attribute as separators between fields, and
    the search box looks for a title typed as a phrase between the middle dots."""
    titles = dict.fromkeys([occ.title, *(t.title for t in occ.alternate_titles), *(t.title for t in occ.reported_titles)])
    return " · ".join(" ".join(t.replace(",", " ").split()) for t in titles)


def occupation_titles(ctx) -> str:
    """The titles workers reported and O*NET's alternate titles; search finds the page by any of them."""
    occ = occupation(ctx)
    reported = [text_html(t.title) + (" (shown in My Next Move)" if t.my_next_move else "") for t in occ.reported_titles]
    alternates = [text_html(t.title) + (f" (short: {text_html(t.short)})" if t.short and t.short not in t.title else "")
                  for t in occ.alternate_titles]
    # Search reads the O*NET title as a filter (commas would separate filters) to find it when typed.
    title = " ".join(occ.title.replace(",", " ").split())
    parts = [f'<div class="rg-titles" data-pagefind-meta="keywords:{attr(search_keywords(occ))}" '
             f'data-pagefind-filter="kind:occupation">\n<span data-pagefind-filter="title:{attr(title)}" hidden></span>']
    if reported:
        parts += [paragraph_html("<strong>Titles workers reported</strong> (O*NET's sample of reported job titles):"),
                  ul_html(reported)]
    else:
        parts.append(paragraph_html(text_html(occ.gaps.get("reported_titles", "O*NET lists no reported titles."))))
    if alternates:
        parts += [paragraph_html(f"<strong>Alternate titles</strong> ({len(alternates)}, O*NET):"),
                  f'<ul class="rg-columns">\n' + "\n".join(f"<li>{a}</li>" for a in alternates) + "\n</ul>"]
    else:
        parts.append(paragraph_html("O*NET lists no alternate titles for this occupation."))
    return html_block("\n".join(parts) + "\n</div>\n" + paragraph_html(_onet_credit(ctx)))


def _related_item(ctx, related, left_out) -> str:
    if related.id is not None and related.id in ctx.site.occupations:
        name = occupation_link(ctx, related.id, text_html(ctx.site.occupations[related.id].title))
        compare = page_url(ctx, COMPARE_PAGE) + f"?a={attr(occupation(ctx).id)}&amp;b={attr(related.id)}"
        return f'{name} ({text_html(related.onet_code)}) · <a href="{compare}">compare</a>'
    title, why = left_out[related.onet_code]
    return f"{text_html(title)} ({text_html(related.onet_code)}): no guide on this site; {text_html(why)}"


def occupation_related(ctx) -> str:
    """O*NET's related occupations as career moves, closest first, each linking to its guide and to a comparison."""
    related = sorted(occupation(ctx).related, key=lambda r: r.index)
    left_out = {o.onet_code: (o.title, o.reason) for o in release(ctx).left_out}
    parts = []
    for tier, label in TIERS:
        items = [_related_item(ctx, r, left_out) for r in related if r.tier == tier]
        if items:
            parts.append(paragraph_html(f"<strong>{label}</strong> (O*NET tier {text_html(tier)}):") + ul_html(items))
    if not parts:
        parts.append(paragraph_html("O*NET lists no related occupations for this one."))
    return html_block("\n".join(parts) + "\n" + paragraph_html(_onet_credit(ctx)))


def occupation_attribution(ctx) -> str:
    """The attribution O*NET's license asks for, the release, what the site changed, and the BLS releases."""
    rel = release(ctx)
    onet, projections, oews = rel.onet, rel.projections, rel.oews
    items = [
        f"{link_html(onet.url, text_html(onet.name))}, {text_html(onet.published)}, {text_html(onet.publisher)}. "
        f"License: {link_html(onet.license_url, text_html(onet.license))}. Tasks, titles, skills, knowledge, "
        "technology, job zone, education and experience, and related occupations come from it.",
        f"{link_html(projections.url, text_html(projections.name))}, {text_html(projections.publisher)} "
        f"({text_html(projections.license)}): {text_html(projections.table)}. The outlook and the typical entry "
        "education, experience and training come from it.",
        f"{oews_name(ctx)}, {text_html(oews.publisher)}, published {text_html(oews.published)}: the pay figures.",
    ]
    # The same on every page: left out of the search index, where it would answer every query about a license.
    return html_block(f'<div class="rg-attribution" data-pagefind-ignore>\n{paragraph_html(text_html(onet.attribution))}\n'
                      f"{paragraph_html(text_html(onet.changes))}\n{ul_html(items)}\n</div>")


BLOCKS = {"occupation_title": occupation_title, "occupation_summary": occupation_summary,
          "occupation_tasks": occupation_tasks, "occupation_titles": occupation_titles,
          "occupation_related": occupation_related, "occupation_attribution": occupation_attribution}
