"""The home page's catalogue of roles and the sources page."""
from .blocks import anchor, esc, heading


def role_catalogue(ctx) -> str:
    """Every role profile; roles with a full guide link to it."""
    out = []
    for profile in ctx.site.profiles.profiles:
        title = esc(profile.title)
        if profile.id in ctx.site.guides:
            title = f"[{title}]({ctx.link(profile.id + '/index.md')})"
            status = "Full guide"
        else:
            status = f"Short profile, see [role comparisons]({ctx.link(_first_guide(ctx) + '/comparisons.md', anchor('role', profile.id))})"
        out.append(f"- **{title}**: {esc(ctx.site.guides[profile.id].role.summary) if profile.id in ctx.site.guides else esc(profile.focus)} ({status})")
    return "\n".join(out) + "\n"


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
