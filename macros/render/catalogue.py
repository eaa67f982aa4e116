"""The home page's catalogue of roles and the sources page."""
from .blocks import anchor, esc, heading


# The pages every guide has that people come for most; all of a guide's pages are in the navigation.
START_PAGES = (("levels.md", "Levels"), ("compensation.md", "Pay"), ("career.md", "Career path"),
               ("interview.md", "Interview questions"), ("templates.md", "Posting templates"),
               ("composer.md", "Posting composer"))


def role_catalogue(ctx) -> str:
    """Every role profile: a full guide links to its main pages, a short profile to the comparisons."""
    out = []
    for profile in ctx.site.profiles.profiles:
        if profile.id in ctx.site.guides:
            guide = ctx.site.guides[profile.id]
            pages = " · ".join(f"[{label}]({ctx.link(f'{profile.id}/{page}')})" for page, label in START_PAGES)
            out.append(f"- **[{esc(profile.title)}]({ctx.link(profile.id + '/index.md')})**: "
                       f"{esc(guide.role.summary)}  \n  Full guide: {pages}")
        else:
            link = ctx.link(_first_guide(ctx) + "/comparisons.md", anchor("role", profile.id))
            out.append(f"- **{esc(profile.title)}**: {esc(profile.focus)} (short profile, see [role comparisons]({link}))")
    return FILTER + '\n<div class="rg-roles" markdown>\n\n' + "\n".join(out) + "\n\n</div>\n"


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
        facts.append(("Covers", source.covers))
        if source.note:
            facts.append(("Note", source.note))
        out.append("\n".join(f"- {label}: {esc(value)}" for label, value in facts) + "\n")
    return "\n".join(out)


BLOCKS = {"role_catalogue": role_catalogue, "source_list": source_list}
