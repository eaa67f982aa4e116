"""The posting composer: a form whose choices assemble a posting in the browser (docs/assets/composer.js).

Everything the browser needs is embedded here at build time, so the composer works offline.
"""
from ..checks import PLACEHOLDER
from .blocks import attr, cite_inline, esc, money_range
from .exports import SECTIONS
from .templates import exports_json, script_json, toolbar

# Placeholders the form fills through its own controls rather than a free-text field.
FILLED_BY_CONTROLS = {"Base Salary Range", "Work Arrangement"}
FACTS = (("Reports to", "{reports_to}"), ("Portfolio", "[Account Count] client accounts"))
LABELS = dict(SECTIONS) | {"pay": "Pay", "pay_line": "base salary a year", "location": "Location",
                           "arrangement": "Work arrangement"}


def _starter(guide, level_id):
    """The template whose introduction the composer borrows: the level's own, else a general one."""
    templates = guide.templates.templates
    general = [t for t in templates if not t.level and not t.industry]
    own = [t for t in templates if t.level == level_id and not t.industry]
    return (own or general or templates)[0]


def _pay(base, note, as_of_year, sources, titles) -> dict:
    return {"range": money_range(base), "note": note, "year": str(as_of_year),
            "source": "; ".join(titles[s] for s in sources)}


def _level_pay(comp, level, titles) -> dict:
    for band in comp.by_level:
        if level.id in band.levels:
            return _pay(band.base, f"{band.label} base salary band", band.as_of, band.sources, titles)
    national = next(a for a in comp.national_averages if a.base)
    return _pay(national.base, f"{national.label} (no band for this level)", national.as_of, national.sources, titles)


def _level(guide, level, titles) -> dict:
    starter = _starter(guide, level.id)
    return {"id": level.id, "title": level.title, "intro": list(starter.intro),
            "reports_to": starter.reports_to or "[Reports To]",
            "responsibilities": list(level.responsibilities),
            "must_have": [*level.preferred_qualifications, level.education],
            "skills": [*level.hard_skills, *level.soft_skills],
            "pay": _level_pay(guide.compensation, level, titles)}


def composer_data(ctx) -> dict:
    guide, site = ctx.guide, ctx.site
    titles = {s.id: s.title for s in site.sources.sources}
    names = {i.id: i.name for i in site.industries.industries}
    metros = {m.id: m for m in site.metros.metros}
    return {
        "levels": [_level(guide, lv, titles) for lv in guide.levels.levels],
        "industries": [{"id": g.industry, "name": names[g.industry], "responsibilities": list(g.responsibilities)}
                       for g in guide.industries.industries if g.responsibilities],
        "arrangements": [a.model_dump() for a in site.arrangements.arrangements],
        "metros": [{"id": p.metro, "name": f"{metros[p.metro].name}, {metros[p.metro].region}",
                    "pay": _pay(p.base, f"{metros[p.metro].name} base salary range", p.as_of, p.sources, titles)}
                   for p in guide.compensation.by_metro],
        "facts": [list(f) for f in FACTS],
        "labels": LABELS,
        "placeholders": [{"id": p.id, "token": p.token} for p in site.placeholders.placeholders],
    }


def fields_used(data, site) -> list:
    """The placeholders any composition can contain, minus those the form's own controls fill."""
    texts = [value for lv in data["levels"] for value in (*lv["intro"], lv["reports_to"])]
    texts += [value for _, value in FACTS]
    tokens = {t for text in texts for t in PLACEHOLDER.findall(text)} - FILLED_BY_CONTROLS
    return [p for p in site.placeholders.placeholders if p.token in tokens]


# The form is raw HTML, where Markdown escapes would show: text goes through attr() (HTML escaping) only.
def _select(name, label, options, first=None) -> str:
    opts = ([f'<option value="">{attr(first)}</option>'] if first else [])
    opts += [f'<option value="{attr(value)}">{attr(text)}</option>' for value, text in options]
    return (f'<div class="rg-field"><label for="composer-{name}">{label}</label>'
            f'<select id="composer-{name}" name="{name}">{"".join(opts)}</select></div>')


def _text_field(p) -> str:
    return (f'<div class="rg-field" data-token="{attr(p.token)}"><label for="composer-fill-{p.id}">{attr(p.label)}</label>'
            f'<input type="text" id="composer-fill-{p.id}" name="fill-{p.id}" placeholder="{attr(p.example)}" '
            f'aria-describedby="composer-fill-{p.id}-hint" autocomplete="off">'
            f'<span class="rg-help" id="composer-fill-{p.id}-hint">{attr(p.hint)}</span></div>')


def _form(data, site) -> str:
    choices = "".join([
        _select("level", "Level", [(lv["id"], lv["title"]) for lv in data["levels"]]),
        _select("industry", "Industry", [(i["id"], i["name"]) for i in data["industries"]], "No particular industry"),
        _select("arrangement", "Work arrangement", [(a["id"], a["label"]) for a in data["arrangements"]]),
        _select("metro", "Metro area", [(m["id"], m["name"]) for m in data["metros"]], "National"),
    ])
    pay = ('<div class="rg-field"><label for="composer-pay">Base salary range</label>'
           '<input type="text" id="composer-pay" name="pay" aria-describedby="composer-pay-note" autocomplete="off">'
           '<span class="rg-help" id="composer-pay-note"></span></div>')
    details = "".join(_text_field(p) for p in fields_used(data, site))
    return ('<form class="rg-composer-form" id="composer-form" data-search-exclude>'
            f"<fieldset><legend>The role</legend>{choices}</fieldset>"
            f"<fieldset><legend>Pay</legend>{pay}</fieldset>"
            f"<fieldset><legend>Your details</legend>{details}</fieldset></form>")


def composer_form(ctx) -> str:
    """The form, the live preview with its toolbar, and the data the browser composes from."""
    data = composer_data(ctx)
    empty = exports_json("", "", "")
    return "\n".join([
        '<div class="rg-composer" id="composer">',
        _form(data, ctx.site),
        '<div class="rg-composer-output">',
        '<p class="rg-preview-label" id="composer-preview-label"><strong>Your posting</strong></p>',
        '<div class="rg-posting" id="composer-preview" role="region" aria-labelledby="composer-preview-label">'
        "<p>The posting appears here once the page's script has loaded.</p></div>",
        toolbar("composer-export", "job-posting", "Copy or download your posting"),
        f'<script type="application/json" id="composer-export">{empty}</script>',
        "</div>",
        f'<script type="application/json" id="composer-data">{script_json(data)}</script>',
        "</div>",
    ]) + "\n"


def composer_sources(ctx) -> str:
    """Where each part of a composed posting comes from, with citations."""
    guide = ctx.guide
    comp = guide.compensation
    lines = [
        ("Responsibilities, must-have qualifications and skills for each level",
         [s for lv in guide.levels.levels for s in lv.sources]),
        ("Industry responsibilities", [s for g in guide.industries.industries if g.responsibilities for s in g.sources]),
        ("Introductions", [s for lv in guide.levels.levels for s in _starter(guide, lv.id).sources]),
        ("Pay bands by level", [s for band in comp.by_level for s in band.sources]),
        ("Pay ranges by metro area", [s for p in comp.by_metro for s in p.sources]),
        ("National pay range, used when neither a metro nor a level band applies",
         next(a for a in comp.national_averages if a.base).sources),
    ]
    return "".join(f"- {esc(label)}: {cite_inline(list(dict.fromkeys(src)), ctx)}\n" for label, src in lines)


BLOCKS = {"composer_form": composer_form, "composer_sources": composer_sources}
