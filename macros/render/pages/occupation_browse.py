"""Ways to every occupation's guide: by job family, A to Z, and from the home page."""
from macros.render.blocks import attr, heading, html_block, link_html, page_url, paragraph_html, text_html
from macros.render.pages.catalogue import FILTER
from macros.render.pages.occupation import occupation_page


def _entry(ctx, occ) -> str:
    return f"{link_html(page_url(ctx, occupation_page(occ.id)), text_html(occ.title))} ({text_html(occ.onet_code)})"


def occupation_families(ctx) -> str:
    """Every job family (SOC major group) with its occupations, in code order."""
    out = []
    for family in ctx.site.occupation_release.families:
        members = [o for o in ctx.site.occupations.values() if o.family == family.code]
        if not members:
            continue
        out.append(heading(2, family.title, f"family-{family.code[:2]}"))
        out.append(html_block(paragraph_html(f"SOC major group {text_html(family.code)}, {len(members)} "
                                             f"occupation{'s' if len(members) != 1 else ''}:")
                              + "\n<ul>\n" + "\n".join(f"<li>{_entry(ctx, o)}</li>" for o in members) + "\n</ul>"))
    return "\n".join(out)


def occupation_family_index(ctx) -> str:
    """The job families as a list of links to their sections, with how many occupations each has."""
    items = []
    for family in ctx.site.occupation_release.families:
        count = sum(1 for o in ctx.site.occupations.values() if o.family == family.code)
        if count:
            items.append(f'<li><a href="#family-{attr(family.code[:2])}">{text_html(family.title)}</a> ({count})</li>')
    return html_block('<ul class="rg-columns">\n' + "\n".join(items) + "\n</ul>")


def _initial(title: str) -> str:
    return title[:1].upper() if title[:1].isalpha() else "#"


def occupation_a_to_z(ctx) -> str:
    """Every occupation by title, with a filter box and a link to each letter."""
    ordered = sorted(ctx.site.occupations.values(), key=lambda o: (o.title.casefold(), o.id))
    letters, items = [], []
    for occ in ordered:
        letter = _initial(occ.title)
        marker = ""
        if letter not in letters:
            letters.append(letter)
            marker = f' id="letter-{attr(letter.lower() if letter != "#" else "other")}"'
        items.append(f"<li{marker}>{_entry(ctx, occ)}</li>")
    jumps = " · ".join(f'<a href="#letter-{attr(x.lower() if x != "#" else "other")}">{text_html(x)}</a>'
                       for x in letters)
    return html_block(f'<p class="rg-letters">{jumps}</p>\n'
                      + FILTER.replace("Filter roles", "Filter occupations").replace(
                          '<p class="rg-role-filter"', '<p class="rg-role-filter" data-noun="occupations"')
                      + '<div class="rg-roles">\n<ul>\n' + "\n".join(items) + "\n</ul>\n</div>")


def occupation_home(ctx) -> str:
    """The home page's way into every occupation."""
    count = len(ctx.site.occupations)
    families = link_html(page_url(ctx, "occupations/index.md"), "by job family")
    a_to_z = link_html(page_url(ctx, "occupations/a-z.md"), "A to Z")
    return html_block(paragraph_html(
        f"A guide to each of the {count:,} occupations O*NET describes with tasks: what the work is, every title it "
        "goes by, what it takes, what it pays in every state and metro area, and how employment is projected to "
        f"change. Browse them {families} or {a_to_z}, or search for any job title."))


BLOCKS = {"occupation_families": occupation_families, "occupation_family_index": occupation_family_index,
          "occupation_a_to_z": occupation_a_to_z, "occupation_home": occupation_home}
