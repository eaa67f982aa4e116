"""What an occupation takes, from O*NET (skills, knowledge, technology, job zone, what workers report of their
education and experience) and from BLS's Employment Projections (the typical entry education, experience and
training), each labeled with its source."""
from macros.render.blocks import html_block, link_html, paragraph_html, table_html, text_html, ul_html
from macros.render.pages.occupation import _onet_credit, occupation, release


def _scale(ctx, scale_id) -> str:
    scale = next(s for s in release(ctx).scales if s.id == scale_id)
    return f"{text_html(scale.name)} ({scale.minimum:g}–{scale.maximum:g})"


# Words said on hundreds of pages alike are left out of the search index, where they would crowd other questions.
WITHHELD = '<span data-pagefind-ignore>withheld: low precision (O*NET)</span>'


def _rating_rows(ctx, ratings) -> list:
    """Each estimate as O*NET gives it, or withheld where O*NET recommends suppressing that very estimate."""
    names = {e.id: e.name for e in release(ctx).elements}
    rows = []
    for r in ratings:
        importance = WITHHELD if r.importance_suppressed else f"{r.importance:.2f}"
        level = ("not relevant (O*NET)" if r.level_not_relevant else WITHHELD if r.level_suppressed
                 else f"{r.level:.2f}")
        rows.append([text_html(names[r.id]), importance, level])
    return rows


def _withheld_note(ctx, ratings) -> str:
    if not any(r.importance_suppressed or (r.level_suppressed and not r.level_not_relevant) for r in ratings):
        return ""
    dictionary = link_html(release(ctx).onet.dictionary_url, "data dictionary")
    return ("<div data-pagefind-ignore>"
            + paragraph_html("“Withheld”: O*NET marks that estimate as too imprecise to rely on and, in its "
                             f"{dictionary}, advises suppressing such estimates; the other scale of the same row is "
                             "shown. Rows whose importance is withheld come last.") + "</div>")


def _ratings(ctx, kind, ratings, gap) -> str:
    if ratings is None:
        return html_block(paragraph_html(f"O*NET rates no {kind} for this occupation: {text_html(gap)}"))
    headers = [kind.capitalize(), _scale(ctx, "IM"), _scale(ctx, "LV")]
    intro = paragraph_html("Every one O*NET rates, most important first, on its importance and level scales.")
    return html_block(intro + table_html(headers, _rating_rows(ctx, ratings)) + _withheld_note(ctx, ratings)
                      + paragraph_html(_onet_credit(ctx)))


def occupation_skills(ctx) -> str:
    occ = occupation(ctx)
    return _ratings(ctx, "skills", occ.skills, occ.gaps.get("skills", ""))


def occupation_knowledge(ctx) -> str:
    occ = occupation(ctx)
    return _ratings(ctx, "knowledge areas", occ.knowledge, occ.gaps.get("knowledge", ""))


def _technology_example(example) -> str:
    marks = [label for flag, label in ((example.hot, "Hot Technology"), (example.in_demand, "In Demand")) if flag]
    return text_html(example.name) + "".join(f' <span class="rg-badge">{label}</span>' for label in marks)


def occupation_technology(ctx) -> str:
    """Technology by kind; O*NET's Hot Technology (often asked for in postings) and In Demand flags marked."""
    categories = occupation(ctx).technology
    if not categories:
        return html_block(paragraph_html("O*NET lists no technology skills for this occupation."))
    items = [f"<strong>{text_html(c.title)}</strong>: " + ", ".join(_technology_example(e) for e in c.examples)
             for c in categories]
    note = paragraph_html("Examples by kind of technology. O*NET marks some of them <em>Hot Technology</em> or "
                          f"<em>In Demand</em>; its {link_html(release(ctx).onet.dictionary_url, 'data dictionary')} "
                          "says what each mark means.")
    return html_block(note + ul_html(items) + paragraph_html(_onet_credit(ctx)))


def occupation_job_zone(ctx) -> str:
    occ = occupation(ctx)
    if occ.job_zone is None:
        return html_block(paragraph_html("O*NET assigns this occupation no job zone."))
    zone = next(z for z in release(ctx).job_zones if z.zone == occ.job_zone)
    facts = [f"<strong>Experience</strong>: {text_html(zone.experience)}",
             f"<strong>Education</strong>: {text_html(zone.education)}",
             f"<strong>Training</strong>: {text_html(zone.training)}"]
    return html_block(paragraph_html(f"<strong>{text_html(zone.name)}</strong> (of five; O*NET's job zones group "
                                     "occupations by how much preparation they need)") + ul_html(facts)
                      + paragraph_html(_onet_credit(ctx)))


def _distribution_table(ctx, dist) -> str:
    rows = []
    for category, percent in dist.percents:
        shown = "withheld: too uncertain (O*NET)" if category in dist.suppressed else f"{percent:g}%"
        rows.append([text_html(release(ctx).category_label(dist.scale, category)), shown])
    return paragraph_html(f"<strong>{text_html(dist.name)}</strong>") + table_html(["Category", "Workers"], rows)


def occupation_education(ctx) -> str:
    """BLS's typical entry requirements, then what workers in the occupation told O*NET, each with its source."""
    occ = occupation(ctx)
    parts = [_bls_entry(ctx, occ)]
    if occ.education is None:
        parts.append(paragraph_html("O*NET has no education or experience ratings for this occupation: "
                                    + text_html(occ.gaps.get("education", ""))))
    else:
        parts.append(paragraph_html("What workers in the occupation told O*NET, as the share giving each answer:"))
        parts += [_distribution_table(ctx, d) for d in occ.education]
        parts.append(paragraph_html(_onet_credit(ctx)))
    return html_block("\n".join(parts))


def _bls_entry(ctx, occ) -> str:
    proj = occ.projections
    if proj is None:
        return paragraph_html("BLS publishes no entry requirements for this occupation: "
                              + text_html(occ.gaps.get("projections", "")))
    facts = [(label, getattr(proj, key) or proj.unavailable.get(key, "not published"))
             for key, label in (("education", "Typical education needed for entry"),
                                ("experience", "Work experience in a related occupation"),
                                ("training", "Typical on-the-job training"))]
    return (paragraph_html("How BLS classifies the way into the occupation" + _broader_note(proj) + ":")
            + ul_html(f"<strong>{label}</strong>: {text_html(value)}" for label, value in facts)
            + paragraph_html('<span class="rg-cite">Source: <a href="#about-this-data">'
                             f"{text_html(release(ctx).projections.name)}</a></span>"))


def _broader_note(proj) -> str:
    if proj.match == "exact":
        return ""
    return (f" (BLS projects this occupation only as part of {text_html(proj.matrix_code)} "
            f"{text_html(proj.matrix_title)}, so these figures are that line's)")


BLOCKS = {"occupation_skills": occupation_skills, "occupation_knowledge": occupation_knowledge,
          "occupation_technology": occupation_technology, "occupation_job_zone": occupation_job_zone,
          "occupation_education": occupation_education}
