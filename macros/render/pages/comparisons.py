"""The role comparisons page: the role beside the roles it is confused with, by company size and at handoffs."""
from macros.data.models.wages import NATIONAL
from macros.render.blocks import (
    anchor, attr, bullets_html, cite_html, cite_paragraph, heading, html_block, label_html, link_html,
    number, paragraph_html, table_html, text_html, ul_html,
)
from macros.render.pages.wages import count_text, wage_text


def _profiles(ctx) -> list:
    """This role first, then the roles it is compared with, in the data's order."""
    by_id = {p.id: p for p in ctx.site.profiles.profiles}
    return [by_id[role_id] for role_id in [ctx.role, *ctx.guide.comparisons.compare_with]]


def _other_profiles(ctx) -> list:
    """Profiles outside the comparison that links point to here: short profiles (roles without a guide of their
    own, which the home page links to here) and the roles this guide's overview contrasts it with. A role with a
    guide of its own is described there, so a page does not grow with the number of guides."""
    shown = {p.id for p in _profiles(ctx)}
    contrasted = {c.role for c in ctx.guide.role.not_to_confuse}
    return [p for p in ctx.site.profiles.profiles
            if p.id not in shown and (p.id not in ctx.site.guides or p.id in contrasted)]


def _employees(size) -> str:
    if size.employees.max is None:
        return f"{number(size.employees.min)}+"
    return f"{number(size.employees.min)}–{number(size.employees.max)}"


def comparison_summary(ctx) -> str:
    data = ctx.guide.comparisons
    return html_block(paragraph_html(text_html(data.summary)) + "\n" + cite_paragraph(ctx, data.summary_sources))


def comparison_matrix(ctx) -> str:
    """Roles as columns, one row per aspect; column heads link to each role's section below."""
    profiles = _profiles(ctx)
    headers = [""] + [link_html(f"#{anchor('role', p.id)}", text_html(p.title)) for p in profiles]
    rows = [
        ["<strong>Focus</strong>"] + [text_html(p.focus) for p in profiles],
        ["<strong>Primary goal</strong>"] + [text_html(p.goal) for p in profiles],
        ["<strong>Key activities</strong>"] + ["<br>".join(text_html(a) for a in p.key_activities) for p in profiles],
    ]
    return html_block(table_html(headers, rows))


def comparison_profiles(ctx) -> str:
    """Each role in full, anchored by its id so other pages can link to it."""
    out = []
    for profile in _profiles(ctx) + _other_profiles(ctx):
        out += [heading(2, profile.title, anchor("role", profile.id)), html_block("\n".join([
            ul_html([f"<strong>Focus</strong>: {text_html(profile.focus)}",
                     f"<strong>Primary goal</strong>: {text_html(profile.goal)}"]),
            label_html("Key activities"), bullets_html(profile.key_activities), cite_paragraph(ctx, profile.sources),
        ]))]
    return "\n".join(out)


def comparison_company_sizes(ctx) -> str:
    data = ctx.guide.comparisons
    rows = [[f'<strong id="{attr(anchor("company-size", s.id))}">{text_html(s.label)}</strong>', _employees(s),
             text_html(s.split)] for s in data.company_sizes]
    return html_block(table_html(["Company size", "Employees", "How the roles are split"], rows)
                      + cite_paragraph(ctx, data.company_sizes_sources))


def comparison_handoffs(ctx) -> str:
    return html_block(ul_html([f"{text_html(h.text)} {cite_html(ctx, h.sources)}" for h in ctx.guide.comparisons.handoffs]))


def bls_by_role(ctx) -> str:
    """Each compared role's nearest occupation and its national wages, all from the same BLS release."""
    national = {row.soc: row for row in ctx.site.wages.by_area if row.area == NATIONAL}
    rows = []
    profiles = _profiles(ctx) + _other_profiles(ctx)
    for profile in profiles:
        match = profile.soc[0]
        row = national.get(match.code)
        rows.append([text_html(profile.title), f"{text_html(match.code)} {text_html(match.title)}", wage_text(row and row.p25),
                     wage_text(row and row.median), wage_text(row and row.p75), count_text(row and row.employment)])
    matches = [f"<strong>{text_html(profile.title)}</strong>: "
               + " ".join(f"{text_html(m.code)} {text_html(m.title)}: {text_html(m.why)}" for m in profile.soc)
               for profile in profiles]
    headers = ["Role", "Nearest BLS occupation", "25th percentile", "Median", "75th percentile", "Employed"]
    return html_block("\n".join([table_html(headers, rows), cite_paragraph(ctx, [ctx.site.wages.source]),
                                 "<p>Why these occupations. <em>Our reading of BLS's occupation definitions: none of the guides names an occupation code.</em></p>", ul_html(matches)]))


BLOCKS = {"comparison_summary": comparison_summary, "comparison_matrix": comparison_matrix,
          "comparison_profiles": comparison_profiles, "comparison_company_sizes": comparison_company_sizes,
          "comparison_handoffs": comparison_handoffs, "bls_by_role": bls_by_role}
