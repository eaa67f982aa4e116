"""The pay-transparency checklist of a posting form: the laws as data for docs/assets/paylaws.js, and the
fields it reads (the posting date, the job's state where a place spans several, the local laws to ask
about). Any posting form can embed these; the posting composer does."""
from macros.render.blocks import attr


def laws_data(site) -> list:
    """The US posting laws, with what the browser needs to apply them on a date to a place."""
    labels = {r.id: r.label for r in site.pay_requirements.requirements}
    out = []
    for law in site.pay_transparency.jurisdictions:
        if law.country != "US" or law.duty != "posting":
            continue
        every = list(dict.fromkeys(law.requires + [r for c in law.changes for r in c.requires]))
        rules = law.range.model_dump(include={"both_ends", "max_spread_percent", "max_spread_amount", "currency",
                                              "periods", "binding"})
        rules["has_rules"] = bool(law.range.both_ends or law.range.max_spread_percent or law.range.max_spread_amount
                                  or law.range.periods != ["annual", "hourly"])
        out.append({"id": law.id, "name": law.name, "states": list(law.states),
                    "locality": law.locality.model_dump() if law.locality else None, "remote": law.remote.covered,
                    "starts": law.starts, "enforced": law.enforced is not None, "requires": list(law.requires),
                    "labels": {r: labels[r] for r in every},
                    "changes": [{"date": c.date, "requires": list(c.requires), "binding": c.binding} for c in law.changes],
                    "range": rules, "unconfirmed": list(law.unconfirmed)})
    return out


def checklist_fields(prefix: str) -> str:
    """The fields the checklist reads beyond the place: the job's state (shown when the place spans several),
    the local laws to ask about (shown where one exists), and the posting date (today by default)."""
    return (f'<div class="rg-field" data-field="place_state" hidden><label for="{prefix}-place_state">State the job is in'
            f'</label><select id="{prefix}-place_state" name="place_state" aria-describedby="{prefix}-place_state-help">'
            f'</select><span class="rg-help" id="{prefix}-place_state-help">Until you pick one, the checklist applies '
            "each state's law.</span></div>"
            f'<fieldset class="rg-field" data-field="localities" hidden><legend>Is the job in one of these places? '
            f'A local law applies there.</legend><div id="{prefix}-localities"></div></fieldset>'
            f'<div class="rg-field" data-field="posting_date"><label for="{prefix}-posting_date">Posting date</label>'
            f'<input type="date" id="{prefix}-posting_date" name="posting_date" aria-describedby="{prefix}-posting_date-help">'
            f'<span class="rg-help" id="{prefix}-posting_date-help">The checklist gives the laws in force on this date, '
            "and those coming into force within twelve months of it. Today unless you change it.</span></div>")


def checklist_section(prefix: str, law_page: str) -> str:
    """Where the checklist appears; `law_page` is the address of the pay-transparency page from here."""
    return (f'<section class="rg-checklist" id="{prefix}-checklist" aria-labelledby="{prefix}-checklist-title" '
            f'data-search-exclude data-law-page="{attr(law_page)}"><h3 id="{prefix}-checklist-title">'
            f'Pay-transparency checklist</h3><div id="{prefix}-checklist-body"></div></section>')
