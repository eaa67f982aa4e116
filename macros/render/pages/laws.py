"""The pay-transparency page: what each law asks a job posting to show, from when, the rules a pay range must
meet, where each fact was read and when it was last reviewed, and what is unconfirmed."""
from macros.data.models.pay_transparency import DUTIES
from macros.render.blocks import (
    anchor, body_html, heading, html_block, link_html, list_html, marker, paragraph_html, table_html,
    text_html,
)
UNCONFIRMED = " <em>(unconfirmed)</em>"
REMOTE = {True: "Covered", False: "Not covered", "unconfirmed": "Unconfirmed"}
FACT_NAMES = {"law": "Law", "citation": "Citation", "effective": "In force since", "enforced": "Enforced from",
              "employers": "Who is covered", "remote": "Remote roles", "range": "Range rules",
              "cure": "Time to fix a posting", "exceptions": "Exceptions"}
KIND_NAMES = {"member-state": "EU member state", "union": "EU"}
MEMBER_STATUS = {"in-force": "In force", "partial": "Partly in force", "draft": "Draft law", "announced": "Date announced",
                 "none": "No law yet", "unconfirmed": "Unconfirmed"}


def _here(fragment) -> str:
    """A link to an anchor of this page, as MkDocs writes one."""
    return f"./#{fragment}"


def _mark(law, fact) -> str:
    return UNCONFIRMED if law.is_unconfirmed(fact) else ""


def _requirement_links(ctx, law) -> str:
    labels = {r.id: r.label for r in ctx.site.pay_requirements.requirements}
    return "; ".join(f"{link_html(_here(anchor('requirement', r)), text_html(labels[r]))}{_mark(law, r)}"
                     for r in law.requires) or "Nothing in the posting"


def _source_links(ctx, law) -> str:
    sources = {s.id: s for s in ctx.site.law_sources.sources}
    return "; ".join(f"{link_html(sources[s].url, text_html(sources[s].publisher or sources[s].title))}"
                     for s in law.sources)


def _where(law) -> str:
    """'state, CO', 'city, NY; New York City', 'province, Canada' or 'EU'."""
    kind = KIND_NAMES.get(law.kind, law.kind)
    parts = [kind, *law.states] if law.states else [kind] if law.kind in KIND_NAMES else [kind, "Canada"]
    return text_html(", ".join(parts) + (f"; {law.locality.name}" if law.locality else ""))


def status_html(law, as_of) -> str:
    """The law's duty and dates as they stand on `as_of`: in force since, comes into force, enforced from."""
    if law.duty in ("proposed", "not-in-force"):
        return f"{DUTIES[law.duty]}{_mark(law, 'effective')}"
    if law.duty != "posting":
        return f"{DUTIES[law.duty]}; in force since {text_html(law.effective)}{_mark(law, 'effective')}"
    if law.effective > as_of:
        words = f"Comes into force on {text_html(law.effective)}{_mark(law, 'effective')}"
    else:
        words = f"In force since {text_html(law.effective)}{_mark(law, 'effective')}"
    if law.enforced:
        tense = "enforced starting" if law.enforced > as_of else "enforced since"
        words += f"; postings {tense} {text_html(law.enforced)}{_mark(law, 'enforced')}"
    return words


def range_rules_html(law) -> str:
    """The range rules in plain words, or that the law sets none beyond a range."""
    rules = law.range
    parts = []
    if rules.both_ends:
        parts.append("a minimum and a maximum (no open-ended range)")
    if rules.max_spread_percent:
        parts.append(f"the maximum at most {rules.max_spread_percent}% above the minimum")
    if rules.max_spread_amount:
        parts.append(f"the maximum at most {rules.max_spread_amount:,} {rules.currency} above the minimum")
    if rules.periods != ["annual", "hourly"]:
        parts.append(f"{' or '.join(rules.periods)} pay")
    words = "; ".join(parts) if parts else "No rule found beyond giving a range"
    if parts and not rules.binding:
        words = "Proposed, not binding yet: " + words
    return text_html(words[0].upper() + words[1:]) + (f". {text_html(rules.note)}" if rules.note else "") + _mark(law, "range")


def _who(law) -> str:
    count = (f" Minimum headcount: {law.employers.min_employees}." if law.employers.min_employees
             else " Any size.")
    return f"{text_html(law.employers.who)}{count}{_mark(law, 'employers')}"


def _law_row(ctx, law, as_of) -> list:
    name = link_html(_here(anchor("law", law.id + "-details")), text_html(law.name))
    return [f"{marker(anchor('law', law.id))}{name} ({_where(law)})",
            f"{text_html(law.law)}{_mark(law, 'law')}; {text_html(law.citation)}{_mark(law, 'citation')}",
            status_html(law, as_of), _who(law), _requirement_links(ctx, law), range_rules_html(law),
            f"{REMOTE[law.remote.covered]}: {text_html(law.remote.note)}",
            f"{text_html(law.reviewed)}: {_source_links(ctx, law)}"]


HEADERS = ["Jurisdiction", "Law and citation", "Status and dates", "Who is covered", "A posting must show",
           "Range rules", "Remote roles", "Reviewed on, sources"]


def pay_law_table(ctx, country=None, duties=None) -> str:
    """One row per jurisdiction of `country` (default: all) whose duty is one of `duties` (space-separated;
    default: any), anchored `law-<id>`: the law, its dates, who it covers, what a posting must show and the rules
    its range must meet."""
    file = ctx.site.pay_transparency
    rows = [_law_row(ctx, law, file.as_of) for law in file.jurisdictions
            if (country is None or law.country == country) and (duties is None or law.duty in duties.split())]
    if not rows:
        return html_block(paragraph_html("None listed."))
    return html_block(paragraph_html(f"Status as of {text_html(file.as_of)}; each row gives the date its "
                                     "sources were last read.") + "\n" + table_html(HEADERS, rows))


def pay_law_requirements(ctx) -> str:
    """Each thing a posting may be asked to show, in plain words, with the places that ask for it."""
    items = []
    for req in ctx.site.pay_requirements.requirements:
        places = [link_html(_here(anchor("law", law.id)), text_html(law.name))
                  for law in ctx.site.pay_transparency.jurisdictions if req.id in law.requires
                  or any(req.id in change.requires for change in law.changes)]
        items.append(f"{marker(anchor('requirement', req.id))}<strong>{text_html(req.label)}</strong>: "
                     f"{text_html(req.explanation)} Asked for by: {', '.join(places) or 'none of the laws listed'}.")
    return body_html(list_html(items))


def source_line(source) -> str:
    facts = [source.publisher, f"published {source.published}" if source.published else "publication date not stated",
             f"read {source.read}"]
    return (f"{text_html(source.title)} ({text_html(', '.join(f for f in facts if f))}): "
            + link_html(source.url, f"<code>{text_html(source.url)}</code>"))


def _change_line(ctx, change) -> str:
    labels = {r.id: r.label for r in ctx.site.pay_requirements.requirements}
    adds = f" From this date a posting also shows: {text_html(', '.join(labels[r] for r in change.requires))}." \
        if change.requires else ""
    proposal = " (a proposal, not binding yet)" if not change.binding else ""
    return f"{text_html(change.date)}{proposal}: {text_html(change.text)}{adds}"


def _member_states(ctx, law) -> str:
    if not law.member_states:
        return ""
    sources = {s.id: s for s in ctx.site.law_sources.sources}
    rows = [[text_html(m.country), text_html(MEMBER_STATUS[m.status]), text_html(m.date or "none given"),
             text_html(m.note), "; ".join(link_html(sources[s].url, text_html(sources[s].publisher or sources[s].title))
                                          for s in m.sources) or "no source recorded"]
            for m in law.member_states]
    return table_html(["Member state", "Status", "Date", "What was found", "Sources"], rows)


def pay_law_details(ctx, country=None) -> str:
    """Per jurisdiction: dates, notes, amendments, exceptions, the time to fix a posting, why a fact is
    marked unconfirmed, member states, and the full list of sources."""
    sources = {s.id: s for s in ctx.site.law_sources.sources}
    file = ctx.site.pay_transparency
    out = []
    for law in file.jurisdictions:
        if country is not None and law.country != country:
            continue
        lines = [f"Status: {status_html(law, file.as_of)}. Sources last reviewed on {text_html(law.reviewed)}."]
        if law.locality:
            lines.append(_locality_line(law.locality))
        lines += [text_html(note) for note in law.notes]
        lines += [_change_line(ctx, change) for change in law.changes]
        lines += [f"Exception: {text_html(e)}{_mark(law, 'exceptions')}" for e in law.exceptions]
        if law.cure:
            lines.append(f"Time to fix a posting: {text_html(law.cure)}{_mark(law, 'cure')}")
        lines += [f"Unconfirmed, {text_html(FACT_NAMES.get(fact) or _label(ctx, fact))}: {text_html(why)}"
                  for fact, why in law.unconfirmed.items()]
        out.append(heading(3, law.name, anchor("law", law.id + "-details"))
                   + body_html(list_html(lines), _member_states(ctx, law), paragraph_html("Sources:"),
                               list_html([source_line(sources[s]) for s in _all_sources(law)])))
    return "".join(out)


def _locality_line(locality) -> str:
    """Where a local law applies, and how the posting composer finds the place in BLS metro area names."""
    spelled = (f"; the posting composer finds it as the principal city “{text_html(locality.city)}” of its BLS "
               "metro area" if locality.city else "; the posting composer asks about it for its BLS metro area")
    return f"Applies to jobs in {text_html(locality.name)}{spelled}."


def _all_sources(law) -> list:
    """The entry's sources, then its member states' (each once)."""
    return list(dict.fromkeys(law.sources + [s for m in law.member_states for s in m.sources]))


def _label(ctx, requirement_id) -> str:
    return next(r.label for r in ctx.site.pay_requirements.requirements if r.id == requirement_id)


BLOCKS = {"pay_law_table": pay_law_table, "pay_law_requirements": pay_law_requirements,
          "pay_law_details": pay_law_details}
