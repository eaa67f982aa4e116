"""The home page's catalogue of roles and the sources page."""
from macros.render.blocks import anchor, attr, esc, heading, html_block, link_html, list_html, text_html
from macros.render.pages.laws import source_line


# The pages every guide has that people come for most; all of a guide's pages are in the navigation.
START_PAGES = (("levels.md", "Levels"), ("compensation.md", "Pay"), ("career.md", "Career path"),
               ("interview.md", "Interview questions"), ("templates.md", "Posting templates"),
               ("composer.md", "Posting composer"))


def role_catalogue(ctx) -> str:
    """Every role profile: a full guide links to its main pages, a short profile to the comparisons.

    Written as HTML, which Markdown passes through as it stands (the home page lists every role), with the links
    the home page's own: a guide's pages are folders below it.
    """
    out = []
    for profile in ctx.site.profiles.profiles:
        if profile.id in ctx.site.guides:
            guide = ctx.site.guides[profile.id]
            pages = " · ".join(f'<a href="{attr(profile.id)}/{page.removesuffix(".md")}/">{label}</a>'
                               for page, label in START_PAGES)
            out.append(f'<li><strong><a href="{attr(profile.id)}/">{text_html(profile.title)}</a></strong>: '
                       f"{text_html(guide.role.summary)}<br />\nFull guide: {pages}</li>")
        else:
            link = f"{attr(_first_guide(ctx))}/comparisons/#{attr(anchor('role', profile.id))}"
            out.append(f"<li><strong>{text_html(profile.title)}</strong>: {text_html(profile.focus)} "
                       f'(short profile, see <a href="{link}">role comparisons</a>)</li>')
    return html_block(FILTER + '\n<div class="rg-roles">\n<ul>\n' + "\n".join(out) + "\n</ul>\n</div>")


# Shown by docs/assets/role-filter.js: without JavaScript the box could do nothing, so it stays hidden.
FILTER = ('<p class="rg-role-filter" hidden><label for="rg-role-filter">Filter roles</label> '
          '<input type="search" id="rg-role-filter" autocomplete="off" spellcheck="false"> '
          '<span id="rg-role-filter-status" role="status"></span></p>\n')


def _first_guide(ctx) -> str:
    return sorted(ctx.site.guides)[0]


def source_list(ctx) -> str:
    """Each source document with what it covers; anchors are the source ids."""
    out = []
    for source in ctx.site.sources.sources:
        out.append(heading(2, source.title, anchor("source", source.id)))
        facts = [
            ("Author", source.author or "not stated"),
            ("Publisher", source.publisher or "not stated"),
            ("Published", source.published or (str(source.year) if source.year else "undated")),
        ]
        if source.updated:
            facts.append(("Updated", source.updated))
        facts.append(("Link", f"<{source.url}>" if source.url else "none recorded"))
        facts.append(("Covers", source.covers))
        if source.note:
            facts.append(("Note", source.note))
        out.append("\n".join(f"- {label}: {value if label == 'Link' and source.url else esc(value)}" for label, value in facts) + "\n")
    return "\n".join(out) + "\n" + law_source_list(ctx)


def law_source_list(ctx) -> str:
    """Every page a pay-transparency rule was read from, with the places it is cited for."""
    cited = {}
    for law in ctx.site.pay_transparency.jurisdictions:
        for source in dict.fromkeys(law.sources + [s for m in law.member_states for s in m.sources]):
            cited.setdefault(source, []).append(law)
    items = []
    for source in ctx.site.law_sources.sources:
        laws = cited.get(source.id, [])
        places = ", ".join(link_html(f"../pay-transparency/#{anchor('law', law.id)}", text_html(law.name)) for law in laws)
        items.append(f"{source_line(source)}. Cited for: {places}.")
    return (heading(2, "Pay-transparency law sources", "law-sources")
            + html_block(f"<p>The statutes, rules, agency pages and write-ups each law on the "
                         f'<a href="../pay-transparency/">pay-transparency page</a> was read from.</p>\n'
                         + list_html(items)))


BLOCKS = {"role_catalogue": role_catalogue, "source_list": source_list}
