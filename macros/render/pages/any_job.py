"""The posting composer for any occupation and the side-by-side comparison of two occupations.

Both pages fetch the occupation files the build writes (macros/render/occupation_files.py) when the user picks an
occupation; the page itself embeds only what every posting shares (arrangements, laws, wording, places).
The composer is the level composer's page (docs/assets/composer.js) with the occupation kind of
docs/assets/any-job.js; docs/assets/compare.js runs the comparison; docs/assets/occupations.js holds what they share.
"""
from macros.domain import pay, places
from macros.render.blocks import file_url, html_block, link_html, page_url, paragraph_html, text_html, ul_html
from macros.render.pages.composer import (
    applying_fields, input_field, job_fields, pay_fields, place_fields, placeholder_fields, posting_basics,
    posting_output, textarea_field,
)
from macros.render.occupation_files import FOLDER
from macros.render.pages.templates import script_json

NO_DATA = "This site was built without the occupation data, so there is nothing to pick from yet."


def _release(site):
    return getattr(site, "occupation_release", None)


def _wage_source(release) -> str:
    return f"{release.oews.publisher}, Occupational Employment and Wage Statistics, {release.oews.release}"


def _places(release) -> dict:
    areas = [{"id": a.code, "name": a.name, "kind": a.kind, "state": places.postal(a)}
             for a in sorted(release.areas, key=lambda a: (a.kind != "state", a.name)) if a.kind in ("state", "metro")]
    return {"areas": areas, "source": _wage_source(release), "footnotes": {f.code: f.text for f in release.oews.footnotes}}


def _folders(ctx) -> dict:
    return {"folder": page_url(ctx, f"{FOLDER}/index.md"), "pages": page_url(ctx, "occupations/index.md")}


def _offer(name, label) -> str:
    return (f'<div class="rg-suggestion" id="composer-{name}-offer" hidden><span></span> '
            f'<button type="button" class="md-button rg-button">{label}</button></div>')


def _occupation_fields(data, text) -> str:
    picker = input_field("occupation", "Occupation or job title", "Any title: O*NET's, or one that workers and employers "
                         "use, such as RN, staff nurse or truck driver. Type a few letters and pick one.",
                         extra=' list="composer-occupations" placeholder="e.g. Registered Nurse"')
    return "".join([
        picker, '<p class="rg-note" id="composer-occupation-note" role="status"></p>',
        '<datalist id="composer-occupations"></datalist>',
        '<p class="rg-note" hidden><a id="composer-occupation-guide" href="./">The guide to this occupation</a></p>',
        '<p class="rg-note" id="composer-deep-guide" hidden></p>',
        input_field("job_title", "Job title in the posting", "Starts as the title you picked, or O*NET's title for one "
                    "person in the job; type your own at any time."),
        textarea_field("about", "About the role", "", "Starts as O*NET's description of the occupation; "
                       "edit it to describe your job."),
        job_fields(data, text),
    ])


def _list_fieldset(name, legend, help_text, offer) -> str:
    return (f'<fieldset><legend>{legend}</legend><p class="rg-help">{help_text}</p>'
            f'<div class="rg-edit-lists" id="composer-{name}"></div>{_offer(name, offer)}</fieldset>')


def _form(data, site) -> str:
    text = site.posting_text
    return ('<form class="rg-composer-form" id="composer-form" data-search-exclude>'
            '<p class="rg-note" id="composer-link-note" role="status" hidden></p>'
            '<p class="rg-jump"><a href="#composer-output">Jump to your posting</a></p>'
            f"<fieldset><legend>The job</legend>{_occupation_fields(data, text)}</fieldset>"
            + _list_fieldset("duties", "Duties", "The occupation's core tasks from O*NET. Tick the ones to keep (the "
                             "first eight, in O*NET's order, to start with), move them up or down, and edit the words.",
                             "Use these tasks")
            + _list_fieldset("requirements", "Requirements", "Education, experience and skills read from BLS and O*NET, "
                             "each with where it comes from. Keep, move or edit them as for the duties.",
                             "Use these requirements")
            + f"<fieldset><legend>Location</legend>{place_fields('the national figures')}</fieldset>"
            f"<fieldset><legend>Pay</legend>{pay_fields(text)}</fieldset>"
            f"<fieldset><legend>Applying</legend>{applying_fields(text, apply='')}</fieldset>"
            f"<fieldset><legend>Your details</legend>{placeholder_fields(data, site)}</fieldset></form>")


def _deep_guides(ctx) -> dict:
    """{occupation id: [{title, composer}]}: the guides whose nearest occupation it is, with their level composers."""
    guides = {}
    for role, guide in ctx.site.guides.items():
        guides.setdefault(pay.primary_soc(ctx.site, role), []).append(
            {"title": guide.role.title, "composer": page_url(ctx, f"{role}/composer.md")})
    return guides


def any_job_data(ctx) -> dict:
    release = _release(ctx.site)
    return {**posting_basics(ctx), "levels": [{"about": [], "reports_to": "[Reports To]"}], "industries": [],
            "places": _places(release), "occupations": _folders(ctx), "guides": _deep_guides(ctx)}


def any_job_composer(ctx) -> str:
    """The form, the live preview with its toolbar and checklist, and what every posting shares."""
    if _release(ctx.site) is None:
        return html_block(paragraph_html(NO_DATA))
    data = any_job_data(ctx)
    return html_block("\n".join([
        '<div class="rg-composer" id="composer" data-kind="occupation">', _form(data, ctx.site), posting_output(),
        f'<script type="application/json" id="composer-data">{script_json(data)}</script>', "</div>"]))


def _picker(side, label) -> str:
    return (f'<div class="rg-field"><label for="compare-{side}">{label}</label>'
            f'<input type="text" id="compare-{side}" name="{side}" list="compare-titles-{side}" autocomplete="off" '
            f'aria-describedby="compare-{side}-note" placeholder="e.g. Registered Nurse">'
            f'<datalist id="compare-titles-{side}"></datalist>'
            f'<p class="rg-note" id="compare-{side}-note" role="status"></p></div>')


def _place_picker() -> str:
    return ('<div class="rg-field"><label for="compare-place">Place (optional)</label>'
            '<p class="rg-help" id="compare-place-help">A city, a state or a metro area, such as Denver, Colorado, CO or '
            'NYC: both occupations\' pay there, the state\'s where BLS withholds a metro area\'s, the nation\'s where it '
            'withholds the state\'s.</p>'
            '<input type="text" id="compare-place" name="place" autocomplete="off" '
            'aria-describedby="compare-place-help compare-place-note" placeholder="e.g. Denver, CO">'
            '<p class="rg-note" id="compare-place-note" role="status"></p></div>')


def occupation_compare(ctx) -> str:
    """Two title pickers, a place, and the table the page's script fills with the two occupations side by side."""
    release = _release(ctx.site)
    if release is None:
        return html_block(paragraph_html(NO_DATA))
    data = {**_folders(ctx), "composer": page_url(ctx, "occupations/composer.md"),
            "place_index_url": file_url(ctx, places.INDEX_FILE), **_places(release)}
    return html_block("\n".join([
        '<div class="rg-compare" id="compare">',
        '<form class="rg-composer-form rg-compare-form" id="compare-form" data-search-exclude>'
        f'{_picker("a", "First occupation")}{_picker("b", "Second occupation")}{_place_picker()}</form>',
        '<div class="rg-compare-table" id="compare-table" role="region" aria-label="The two occupations side by side" '
        'aria-live="polite"><p>Pick two occupations to see them side by side.</p></div>',
        f'<script type="application/json" id="compare-data">{script_json(data)}</script>', "</div>"]))


def occupation_data_sources(ctx) -> str:
    """Where each part comes from, with the attribution O*NET's license asks for."""
    release = _release(ctx.site)
    if release is None:
        return ""
    onet, bls = release.onet, release.projections
    onet_link = link_html(onet.url, text_html(f"{onet.name} ({onet.published})"))
    items = [
        f"Tasks, titles, skills, knowledge, technology, job zones and what workers report about education and experience: "
        f"{onet_link}, {text_html(onet.publisher)}.",
        f"Typical entry education, experience and training, employment 2024–2034 and openings: "
        f"{link_html(bls.url, text_html(bls.name))}, {text_html(bls.publisher)}.",
        f"Pay by place: {text_html(_wage_source(release))}, the 25th and 75th percentiles of yearly wages for the place; "
        "where BLS withholds a metro area's figures, its state's, and where it withholds the state's, the nation's. "
        "The page says which it used.",
        f"Pay-transparency checklist: the laws on the {link_html(page_url(ctx, 'pay-transparency.md'), 'pay transparency page')}.",
    ]
    attribution = f"{text_html(onet.attribution)} {text_html(onet.changes)}"
    return html_block(ul_html(items) + "\n" + paragraph_html(attribution))


BLOCKS = {"any_job_composer": any_job_composer, "occupation_compare": occupation_compare,
          "occupation_data_sources": occupation_data_sources}
