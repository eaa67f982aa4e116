"""The posting composer: a form whose choices assemble a posting in the browser (docs/assets/posting.js
composes, docs/assets/composer.js runs the page). Everything the browser needs is embedded here at
build time, so the composer works offline."""
from macros.domain import pay, places, requirements
from macros.domain.wording import PLACEHOLDER
from macros.domain.ladder import texts
from macros.data.models.wages import NATIONAL
from macros.render import law_checklist
from macros.render.blocks import (
    attr, cite_html, file_url, html_block, link_html, page_url, paragraph_html, table_html, text_html, ul_html,
)
from macros.render.pages.templates import script_json

LABELS = {"company": "About the company", "role": "About the role", "responsibilities": "What you'll do",
          "requirements": "What you'll need", "nice_to_have": "Nice to have", "pay": "Pay and benefits",
          "location_heading": "Location and work arrangement", "apply": "How to apply", "eeo": "Equal opportunity",
          "reports_to": "Reports to", "base_pay": "Base salary", "hourly_pay": "Base pay", "ote": "On-target earnings",
          "per_year": "a year",
          "arrangement": "Work arrangement", "location": "Location", "authorization": "Work authorization",
          "employment": "Employment type", "travel": "Travel"}
# Placeholders the form fills through controls of their own rather than a free-text field.
FILLED_BY_CONTROLS = {"Base Salary Range", "Work Arrangement"}
BUTTONS = (("data-copy", "text", "Copy plain text"), ("data-copy", "markdown", "Copy Markdown"),
           ("data-copy", "html", "Copy formatted"), ("data-copy", "jsonld", "Copy JSON-LD"),
           ("data-download", "txt", "Download .txt"), ("data-download", "md", "Download .md"))


def _starter(guide, level_id):
    """The template whose wording the composer borrows: the level's own, else a general one."""
    templates = guide.templates.templates
    general = [t for t in templates if not t.level and not t.industry]
    own = [t for t in templates if t.level == level_id and not t.industry]
    return (own or general or templates)[0]


def _about_role(starter) -> list:
    """The starter's introduction without its company paragraph, which the posting has as a section of its own."""
    return [p for p in starter.intro if "[Company Name]" not in p and "[Company Overview]" not in p] or list(starter.intro)


def _band(ctx, level, titles) -> dict:
    band, assigned = pay.band_for_level(ctx.guide.compensation, level.id)
    return {"label": band.label, "base": band.base.model_dump(include={"min", "max"}),
            "total": band.total.model_dump(include={"min", "max"}), "total_open": band.total.open_max,
            "as_of": band.as_of, "source": "; ".join(titles[s] for s in band.sources),
            "variable": band.variable.kind if band.variable else "none",
            "variable_note": (band.variable.note + " (" + "; ".join(titles[s] for s in band.variable.sources) + ")")
            if band.variable else "",
            "assigned": assigned.reason if assigned else None}


def _travel(ctx, level, titles) -> dict:
    """The travel a posting for the level starts with: what the guide's travel setting says of the level, with its
    source; where the guides say nothing of the level, occasional trips, which the user changes as needed."""
    setting = next((s for s in ctx.guide.environments.settings if level.id in s.levels), None)
    if setting is None:
        return {"default": "occasional", "note": "The guides say nothing about travel at this level: choose what the job needs."}
    return {"default": "regular", "note": f"{setting.text} ({'; '.join(titles[s] for s in setting.sources)})"}


def _level(ctx, level, titles) -> dict:
    starter = _starter(ctx.guide, level.id)
    return {"id": level.id, "title": level.title, "posting_title": requirements.posting_title(level),
            "about": _about_role(starter), "reports_to": starter.reports_to or "[Reports To]",
            "responsibilities": [d.model_dump() for d in level.responsibilities], "required": requirements.required(level),
            "preferred": requirements.preferred(level), "experience_months": round(requirements.required_years(level) * 12),
            "education": "bachelor degree" if "bachelor" in (level.education.required or "").lower() else None,
            "band": _band(ctx, level, titles), "travel": _travel(ctx, level, titles)}


def _industries(ctx) -> list:
    vocab = {i.id: i for i in ctx.site.industries.industries}
    return [{"id": g.industry, "name": vocab[g.industry].name, "kind": vocab[g.industry].kind,
             "in_posting": vocab[g.industry].in_posting,
             "responsibilities": [d.model_dump() for d in g.responsibilities], "preferred": list(g.unique_requirements)}
            for g in ctx.guide.industries.industries]


def posting_basics(ctx) -> dict:
    """What every composer embeds whatever the job: arrangements, the laws, the site's own wording, labels and
    placeholders, and the address of the site's place index (docs/assets/places.js fetches it)."""
    site = ctx.site
    text = site.posting_text
    return {
        "arrangements": [a.model_dump() for a in site.arrangements.arrangements],
        "laws": law_checklist.laws_data(site),
        "place_index_url": file_url(ctx, places.INDEX_FILE),
        "text": {"company": list(text.company), "remote_area": text.remote_area.model_dump(),
                 "employment": dict(text.employment.options), "travel": dict(text.travel.options),
                 "office_days": text.office_days, "work_authorization": dict(text.work_authorization.options),
                 "accommodation": text.accommodation,
                 "variable": text.variable.model_dump(by_alias=True), "variable_only": text.variable_only,
                 "deadline": text.deadline},
        "labels": LABELS,
        "placeholders": [{"id": p.id, "token": p.token} for p in site.placeholders.placeholders],
    }


def composer_data(ctx) -> dict:
    site, wages = ctx.site, ctx.site.wages
    titles = {s.id: s.title for s in site.sources.sources}
    soc = pay.primary_soc(site, ctx.role)
    national = pay.rows_by_area(wages, soc)[NATIONAL]
    return {
        "role": ctx.guide.role.title,
        "levels": [_level(ctx, lv, titles) for lv in ctx.guide.levels.levels],
        "industries": _industries(ctx),
        "places": {"soc": soc, "soc_title": next(o.title for o in wages.occupations if o.soc == soc),
                   "release": wages.release, "source": titles[wages.source], "national_median": national.median,
                   "national_percentiles": list(pay.percentile_points(national) or []) or None,
                   "areas": places.place_list(wages, soc)},
        **posting_basics(ctx),
    }


def fields_used(data, site) -> list:
    """The placeholders any composition can contain, minus those the form's own controls fill."""
    texts = [value for lv in data["levels"] for value in (*lv["about"], lv["reports_to"])]
    texts += data["text"]["company"] + list(site.posting_text.benefits) + [
        site.posting_text.equal_opportunity, site.posting_text.apply, site.posting_text.accommodation]
    tokens = {t for text in texts for t in PLACEHOLDER.findall(text)} - FILLED_BY_CONTROLS
    return [p for p in site.placeholders.placeholders if p.token in tokens]


# The form is raw HTML, where Markdown escapes would show: text goes through attr() (HTML escaping) only.
def _field(name, label, control, help_text="") -> str:
    help_html = f'<span class="rg-help" id="composer-{name}-help">{help_text}</span>' if help_text else ""
    return f'<div class="rg-field" data-field="{name}"><label for="composer-{name}">{label}</label>{control}{help_html}</div>'


def select_field(name, label, groups, help_text="") -> str:
    """A select; `groups` is [(group label or None, [(value, text), ...]), ...]."""
    options = []
    for group, choices in groups:
        items = "".join(f'<option value="{attr(value)}">{attr(text)}</option>' for value, text in choices)
        options.append(f'<optgroup label="{attr(group)}">{items}</optgroup>' if group else items)
    described = f' aria-describedby="composer-{name}-help"' if help_text else ""
    return _field(name, label, f'<select id="composer-{name}" name="{name}"{described}>{"".join(options)}</select>', help_text)


def input_field(name, label, help_text="", kind="text", extra="") -> str:
    described = f' aria-describedby="composer-{name}-help"' if help_text else ""
    return _field(name, label, f'<input type="{kind}" id="composer-{name}" name="{name}" autocomplete="off"'
                  f'{described}{extra}>', help_text)


def textarea_field(name, label, value, help_text="") -> str:
    described = f' aria-describedby="composer-{name}-help"' if help_text else ""
    return _field(name, label, f'<textarea id="composer-{name}" name="{name}" rows="4"{described}>{attr(value)}'
                  "</textarea>", help_text)


def _text_field(p) -> str:
    return (f'<div class="rg-field" data-token="{attr(p.token)}"><label for="composer-fill-{p.id}">{attr(p.label)}</label>'
            f'<input type="text" id="composer-fill-{p.id}" name="fill-{p.id}" placeholder="{attr(p.example)}" '
            f'aria-describedby="composer-fill-{p.id}-hint" autocomplete="off">'
            f'<span class="rg-help" id="composer-fill-{p.id}-hint">{attr(p.hint)}</span></div>')


OFFICE_DAYS = ("For a hybrid role. The 2026 guide's agency posting asks for 3 days in the office and the 2025 template "
               "for 2–3.")


def _role_fields(data, text) -> str:
    kinds = {"industry": "Industries", "segment": "Customer segments"}
    industries = [(None, [("", "No particular industry")])] + [
        (label, [(i["id"], i["name"]) for i in data["industries"] if i["kind"] == kind]) for kind, label in kinds.items()]
    return "".join([
        select_field("level", "Level", [(None, [(lv["id"], lv["title"]) for lv in data["levels"]])]),
        select_field("industry", "Industry or segment", industries),
        job_fields(data, text, OFFICE_DAYS),
        select_field("travel", attr(text.travel.label), [(None, [(k, v.rstrip(".")) for k, v in text.travel.options.items()])],
                     '<span id="composer-travel-note"></span>'),
    ])


def job_fields(data, text, office_days="For a hybrid role.") -> str:
    """Employment type, arrangement, office days and sponsorship: what a posting asks whatever the job."""
    return "".join([
        select_field("employment", attr(text.employment.label), [(None, [(k, v) for k, v in text.employment.options.items()])]),
        select_field("arrangement", "Work arrangement", [(None, [(a["id"], a["label"]) for a in data["arrangements"]])]),
        input_field("office_days", "Days a week in the office", office_days, kind="number", extra=' min="1" max="5" value="3"'),
        select_field("sponsorship", attr(text.work_authorization.label),
                     [(None, [(k, v.split(". ")[-1].rstrip(".")) for k, v in text.work_authorization.options.items()])]),
    ])


def place_fields(unplaced="the national band") -> str:
    """The place and, for a remote role, where the hire may live; `unplaced` is what pay follows without a place.
    Then what the pay-transparency checklist asks beyond it: the job's state, local laws and the posting date."""
    place = input_field("place", "Location", "A city, a state (its name or code) or a metro area as BLS names it. "
                        f"For a remote role, the place whose pay the range follows; leave it empty for {unplaced}.",
                        extra=' list="composer-places" placeholder="e.g. Denver, CO"')
    remote = select_field("remote_area", "Where the hire may live", [(None, [
        ("us", "Anywhere in the United States"), ("states", "In the states I name"), ("timezone", "In or near a time zone")])])
    note = '<p class="rg-note" id="composer-place-note" role="status"></p>'
    return (place + note + '<datalist id="composer-places"></datalist>' + remote
            + input_field("remote_states", "States", "Names or two-letter codes, separated by commas, e.g. Colorado, NY, NJ")
            + '<p class="rg-note" id="composer-remote_states-note" role="status"></p>'
            + select_field("remote_timezone", "Time zone", [(None, [(z, z) for z in ("Eastern", "Central", "Mountain", "Pacific")])])
            + law_checklist.checklist_fields("composer"))


def pay_fields(text) -> str:
    variable = [(None, [("none", "No variable pay"), ("commission", "Commission"), ("bonus", "Bonus"),
                        ("commission-and-bonus", "Commission and bonus"), ("variable", "Variable pay of another kind")])]
    return "".join([
        input_field("pay", "Base salary range", '<span id="composer-pay-note"></span>'),
        '<div class="rg-suggestion" id="composer-pay-suggestion" hidden><span></span> '
        '<button type="button" class="md-button rg-button" id="composer-pay-use">Use this range</button></div>',
        select_field("variable", "Variable pay", variable, '<span id="composer-variable-note"></span>'),
        input_field("ote", "On-target earnings (optional)", '<span id="composer-ote-note"></span>'),
        textarea_field("benefits", "Benefits, one a line", "\n".join(text.benefits)),
    ])


def applying_fields(text, apply=None) -> str:
    """How to apply (`apply`, else the site's starting text), the deadline and the equal opportunity statement."""
    return (textarea_field("apply", "How to apply", text.apply if apply is None else apply)
            + input_field("deadline", "Application deadline (optional)", kind="date")
            + textarea_field("eeo", "Equal opportunity statement", text.equal_opportunity,
                             "A default in our words; edit it to match your company's own statement. "
                             + attr(text.equal_opportunity_note)))


def placeholder_fields(data, site) -> str:
    return "".join(_text_field(p) for p in fields_used(data, site))


def _form(data, site) -> str:
    text = site.posting_text
    return ('<form class="rg-composer-form" id="composer-form" data-search-exclude>'
            '<p class="rg-note" id="composer-link-note" role="status" hidden></p>'
            '<p class="rg-jump"><a href="#composer-output">Jump to your posting</a></p>'
            f"<fieldset><legend>The role</legend>{_role_fields(data, text)}</fieldset>"
            f"<fieldset><legend>Location</legend>{place_fields()}</fieldset>"
            f"<fieldset><legend>Pay</legend>{pay_fields(text)}</fieldset>"
            f"<fieldset><legend>Applying</legend>{applying_fields(text)}</fieldset>"
            f"<fieldset><legend>Your details</legend>{placeholder_fields(data, site)}</fieldset></form>")


def _toolbar() -> str:
    buttons = "".join(
        f'<button type="button" class="md-button rg-button" {kind}="{value}" data-export="composer-export"'
        + (f' data-filename="job-posting.{value}"' if kind == "data-download" else "") + f">{label}</button>"
        for kind, value, label in BUTTONS)
    return (f'<div class="rg-toolbar" role="group" aria-label="Copy or download your posting">{buttons}'
            '<span class="rg-status" role="status" aria-live="polite"></span></div>')


def posting_output() -> str:
    """The live preview with its toolbar, what is left in brackets and the checklist: the same in every composer."""
    return "\n".join([
        '<div class="rg-composer-output" id="composer-output">',
        '<p class="rg-preview-label" id="composer-preview-label"><strong>Your posting</strong> '
        '<a class="rg-skip" href="#composer-form">Back to the form</a></p>',
        '<div class="rg-posting" id="composer-preview" role="region" aria-labelledby="composer-preview-label">'
        "<p>The posting appears here once the page's script has loaded.</p></div>",
        _toolbar(),
        '<p class="rg-unfilled" id="composer-unfilled" role="status"></p>',
        law_checklist.checklist_section("composer", "../../pay-transparency/"),
        '<script type="application/json" id="composer-export">{}</script>',
        "</div>",
    ])


def any_job_link(ctx) -> str:
    """A pointer to the composer for any job, opened on the role's nearest occupation, where the site has its data."""
    soc = pay.primary_soc(ctx.site, ctx.role)
    if soc not in (getattr(ctx.site, "occupations", None) or {}):
        return ""
    href = page_url(ctx, "occupations/composer.md") + f"?occ={soc}"
    return paragraph_html(f"Hiring for a job this guide does not cover, or want the government data for its nearest "
                          f"occupation ({text_html(soc)})? The {link_html(href, 'posting composer for any job')} starts "
                          "from O*NET's tasks and BLS pay for any occupation.")


def composer_form(ctx) -> str:
    """The form, the live preview with its toolbar and checklist, and the data the browser composes from."""
    data = composer_data(ctx)
    return html_block("\n".join([
        any_job_link(ctx),
        '<div class="rg-composer" id="composer">',
        _form(data, ctx.site),
        posting_output(),
        f'<script type="application/json" id="composer-data">{script_json(data)}</script>',
        "</div>",
    ]))


def composer_sources(ctx) -> str:
    """Where each part of a composed posting comes from, with citations."""
    guide, site = ctx.guide, ctx.site
    comp = guide.compensation
    lines = [
        ("Responsibilities and qualifications for each level",
         [s for lv in guide.levels.levels for s in lv.sources]),
        ("Industry responsibilities and nice-to-haves", [s for g in guide.industries.industries for s in g.sources]),
        ("Introductions", [s for lv in guide.levels.levels for s in _starter(guide, lv.id).sources]),
        ("National pay bands by level", [s for band in comp.by_level for s in band.sources]),
        ("Wages by place, which the bands are moved along", [site.wages.source]),
        ("Variable pay each level starts with", [s for band in comp.by_level if band.variable for s in band.variable.sources]),
        ("Travel", [s for setting in guide.environments.settings if setting.levels for s in setting.sources]),
        ("The groups the equal opportunity statement names", site.posting_text.equal_opportunity_sources),
    ]
    items = [f"{text_html(label)}: {cite_html(ctx, list(dict.fromkeys(src)))}" for label, src in lines]
    return html_block(ul_html(items))


def composer_wording(ctx) -> str:
    """The sentences the composer adds that no guide supplies (data/vocab/posting-text.yml), as written, and the
    other names its place field accepts for a city (data/vocab/place-aliases.yml)."""
    text = ctx.site.posting_text
    rows = [("About the company", p) for p in text.company]
    rows += [("Benefits, to start from", b) for b in text.benefits]
    rows += [(f"{text.employment.label}: {key}", value) for key, value in text.employment.options.items()]
    rows += [(f"{text.travel.label}: {key}", value) for key, value in text.travel.options.items()]
    rows += [("Hybrid, days in the office", text.office_days)]
    rows += [(f"{text.work_authorization.label}: {key}", value) for key, value in text.work_authorization.options.items()]
    rows += [("How to apply", text.apply), ("Accommodation", text.accommodation), ("Equal opportunity", text.equal_opportunity),
             ("Remote, anywhere in the US", text.remote_area.us), ("Remote, named states", text.remote_area.states),
             ("Remote, a time zone", text.remote_area.timezone), ("Commission", text.variable.commission),
             ("Bonus", text.variable.bonus), ("Commission and bonus", text.variable.commission_and_bonus),
             ("Variable pay of another kind", text.variable.variable),
             ("Variable pay without on-target earnings", text.variable_only), ("Deadline", text.deadline)]
    vocab = {i.id: i for i in ctx.site.industries.industries}
    rows += [(f"[Industry] once {vocab[g.industry].name} is chosen", vocab[g.industry].in_posting)
             for g in ctx.guide.industries.industries if vocab[g.industry].in_posting]
    rows += [("Place typed as " + a.alias, f"{a.city}, {a.state}") for a in ctx.site.place_aliases.aliases]
    cells = [[text_html(label), text_html(value)] for label, value in rows]
    return html_block(table_html(["Part of the posting", "Wording"], cells))


BLOCKS = {"composer_form": composer_form, "composer_sources": composer_sources, "composer_wording": composer_wording}
