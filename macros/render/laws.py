"""The pay-transparency page: what each law asks a job posting to show, where it was read, and what is unconfirmed."""
from .blocks import (anchor, body_html, heading, html_block, link_html, list_html, marker, paragraph_html,
                     table_html, text_html)
UNCONFIRMED = " <em>(unconfirmed)</em>"
REMOTE = {True: "Covered", False: "Not covered", "unconfirmed": "Unconfirmed"}
FACT_NAMES = {"law": "Law", "citation": "Citation", "effective": "In force since", "employers": "Who is covered",
              "remote": "Remote roles"}


def _here(fragment) -> str:
    """A link to an anchor of this page, as MkDocs writes one."""
    return f"./#{fragment}"


def _mark(law, fact) -> str:
    return UNCONFIRMED if law.is_unconfirmed(fact) else ""


def _requirement_links(ctx, law) -> str:
    labels = {r.id: r.label for r in ctx.site.pay_requirements.requirements}
    return "; ".join(f"{link_html(_here(anchor('requirement', r)), text_html(labels[r]))}{_mark(law, r)}"
                     for r in law.requires)


def _source_links(ctx, law) -> str:
    sources = {s.id: s for s in ctx.site.law_sources.sources}
    return "; ".join(f"{link_html(sources[s].url, text_html(sources[s].publisher or sources[s].title))}, "
                     f"read {text_html(sources[s].read)}" for s in law.sources)


def _where(law) -> str:
    """'state, CO', 'city, NY; New York City' or 'union'."""
    places = text_html(", ".join([law.kind, *law.states]))
    return places + (f"; {text_html(', '.join(law.localities))}" if law.localities else "")


def _law_row(ctx, law) -> list:
    name = link_html(_here(anchor("law", law.id + "-details")), text_html(law.name))
    return [f"{marker(anchor('law', law.id))}{name} ({_where(law)})",
            f"{text_html(law.law)}{_mark(law, 'law')}; {text_html(law.citation)}{_mark(law, 'citation')}",
            f"{text_html(law.effective)}{_mark(law, 'effective')}",
            f"{text_html(law.employers.who)} Minimum headcount: {law.employers.min_employees}."
            f"{_mark(law, 'employers')}",
            _requirement_links(ctx, law),
            f"{REMOTE[law.remote.covered]}: {text_html(law.remote.note)}",
            _source_links(ctx, law)]


def pay_law_table(ctx) -> str:
    """One row per jurisdiction, anchored `law-<id>`: the law, its date, who it covers and what a posting must show."""
    headers = ["Jurisdiction", "Law and citation", "In force since", "Who is covered", "A posting must show",
               "Remote roles", "Sources"]
    rows = [_law_row(ctx, law) for law in ctx.site.pay_transparency.jurisdictions]
    return html_block(paragraph_html(f"Rules as read on {text_html(ctx.site.pay_transparency.as_of)}.") + "\n"
                      + table_html(headers, rows))


def pay_law_requirements(ctx) -> str:
    """Each thing a posting may be asked to show, in plain words, with the places that ask for it."""
    items = []
    for req in ctx.site.pay_requirements.requirements:
        places = [link_html(_here(anchor("law", law.id)), text_html(law.name))
                  for law in ctx.site.pay_transparency.jurisdictions if req.id in law.requires]
        items.append(f"{marker(anchor('requirement', req.id))}<strong>{text_html(req.label)}</strong>: "
                     f"{text_html(req.explanation)} Asked for by: {', '.join(places)}.")
    return body_html(list_html(items))


def _source_line(source) -> str:
    facts = [source.publisher, f"published {source.published}" if source.published else None, f"read {source.read}"]
    return (f"{text_html(source.title)} ({text_html(', '.join(f for f in facts if f))}): "
            + link_html(source.url, f"<code>{text_html(source.url)}</code>"))


def pay_law_details(ctx) -> str:
    """Per jurisdiction: notes, later changes, why a fact is marked unconfirmed, and the full list of sources."""
    sources = {s.id: s for s in ctx.site.law_sources.sources}
    out = []
    for law in ctx.site.pay_transparency.jurisdictions:
        lines = [text_html(note) for note in law.notes]
        lines += [f"{text_html(change.date)}: {text_html(change.text)}" for change in law.changes]
        lines += [f"Unconfirmed, {text_html(FACT_NAMES.get(fact) or _label(ctx, fact))}: {text_html(why)}"
                  for fact, why in law.unconfirmed.items()]
        out.append(heading(3, law.name, anchor("law", law.id + "-details"))
                   + body_html(list_html(lines), paragraph_html("Sources:"),
                               list_html([_source_line(sources[s]) for s in law.sources])))
    return "".join(out)


def _label(ctx, requirement_id) -> str:
    return next(r.label for r in ctx.site.pay_requirements.requirements if r.id == requirement_id)


BLOCKS = {"pay_law_table": pay_law_table, "pay_law_requirements": pay_law_requirements,
          "pay_law_details": pay_law_details}
