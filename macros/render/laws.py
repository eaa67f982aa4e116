"""The pay-transparency page: what each law asks a job posting to show, where it was read, and what is unconfirmed."""
from .blocks import anchor, esc, heading, marker, table

PAGE = "pay-transparency.md"
UNCONFIRMED = " *(unconfirmed)*"
REMOTE = {True: "Covered", False: "Not covered", "unconfirmed": "Unconfirmed"}
FACT_NAMES = {"law": "Law", "citation": "Citation", "effective": "In force since", "employers": "Who is covered",
              "remote": "Remote roles"}


def _mark(law, fact) -> str:
    return UNCONFIRMED if law.is_unconfirmed(fact) else ""


def _requirement_links(ctx, law) -> str:
    labels = {r.id: r.label for r in ctx.site.pay_requirements.requirements}
    return "; ".join(f"[{esc(labels[r])}]({ctx.link(PAGE, anchor('requirement', r))}){_mark(law, r)}"
                     for r in law.requires)


def _source_links(ctx, law) -> str:
    sources = {s.id: s for s in ctx.site.law_sources.sources}
    return "; ".join(f"[{esc(sources[s].publisher or sources[s].title)}]({sources[s].url}), read {sources[s].read}"
                     for s in law.sources)


def _where(law) -> str:
    """'state, CO', 'city, NY; New York City' or 'union'."""
    places = ", ".join([law.kind, *law.states])
    return places + (f"; {esc(', '.join(law.localities))}" if law.localities else "")


def pay_law_table(ctx) -> str:
    """One row per jurisdiction, anchored `law-<id>`: the law, its date, who it covers and what a posting must show."""
    rows = []
    for law in ctx.site.pay_transparency.jurisdictions:
        name = f"{marker(anchor('law', law.id))}[{esc(law.name)}]({ctx.link(PAGE, anchor('law', law.id + '-details'))}) ({_where(law)})"
        rows.append([name, f"{esc(law.law)}{_mark(law, 'law')}; {esc(law.citation)}{_mark(law, 'citation')}",
                     f"{law.effective}{_mark(law, 'effective')}",
                     f"{esc(law.employers.who)} Minimum headcount: {law.employers.min_employees}.{_mark(law, 'employers')}",
                     _requirement_links(ctx, law),
                     f"{REMOTE[law.remote.covered]}: {esc(law.remote.note)}",
                     _source_links(ctx, law)])
    headers = ["Jurisdiction", "Law and citation", "In force since", "Who is covered", "A posting must show",
               "Remote roles", "Sources"]
    return f"Rules as read on {ctx.site.pay_transparency.as_of}.\n\n" + table(headers, rows)


def pay_law_requirements(ctx) -> str:
    """Each thing a posting may be asked to show, in plain words, with the places that ask for it."""
    out = []
    for req in ctx.site.pay_requirements.requirements:
        places = [f"[{esc(law.name)}]({ctx.link(PAGE, anchor('law', law.id))})"
                  for law in ctx.site.pay_transparency.jurisdictions if req.id in law.requires]
        out.append(f"- {marker(anchor('requirement', req.id))}**{esc(req.label)}**: {esc(req.explanation)} "
                   f"Asked for by: {', '.join(places)}.")
    return "\n".join(out) + "\n"


def _source_line(source) -> str:
    facts = [source.publisher, f"published {source.published}" if source.published else None, f"read {source.read}"]
    return f"- {esc(source.title)} ({esc(', '.join(f for f in facts if f))}): [`{source.url}`]({source.url})"


def pay_law_details(ctx) -> str:
    """Per jurisdiction: notes, later changes, why a fact is marked unconfirmed, and the full list of sources."""
    sources = {s.id: s for s in ctx.site.law_sources.sources}
    out = []
    for law in ctx.site.pay_transparency.jurisdictions:
        lines = [f"- {esc(note)}" for note in law.notes]
        lines += [f"- {change.date}: {esc(change.text)}" for change in law.changes]
        lines += [f"- Unconfirmed, {esc(FACT_NAMES.get(fact) or _label(ctx, fact))}: {esc(why)}"
                  for fact, why in law.unconfirmed.items()]
        out += [heading(3, law.name, anchor("law", law.id + "-details")), "\n".join(lines) + "\n" if lines else "",
                "Sources:\n", "\n".join(_source_line(sources[s]) for s in law.sources) + "\n"]
    return "\n".join(part for part in out if part)


def _label(ctx, requirement_id) -> str:
    return next(r.label for r in ctx.site.pay_requirements.requirements if r.id == requirement_id)


BLOCKS = {"pay_law_table": pay_law_table, "pay_law_requirements": pay_law_requirements,
          "pay_law_details": pay_law_details}
