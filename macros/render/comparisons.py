"""The role comparisons page: the role beside the roles it is confused with, by company size and at handoffs."""
from ..wage_models import NATIONAL
from .blocks import anchor, bullets, cite, cite_inline, esc, heading, number, table
from .wages import count_text, wage_text


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
    return esc(data.summary) + "\n" + cite(data.summary_sources, ctx)


def comparison_matrix(ctx) -> str:
    """Roles as columns, one row per aspect; column heads link to each role's section below."""
    profiles = _profiles(ctx)
    headers = [""] + [f"[{esc(p.title)}](#{anchor('role', p.id)})" for p in profiles]
    rows = [
        ["**Focus**"] + [esc(p.focus) for p in profiles],
        ["**Primary goal**"] + [esc(p.goal) for p in profiles],
        ["**Key activities**"] + ["<br>".join(esc(a) for a in p.key_activities) for p in profiles],
    ]
    return table(headers, rows)


def comparison_profiles(ctx) -> str:
    """Each role in full, anchored by its id so other pages can link to it."""
    out = []
    for profile in _profiles(ctx) + _other_profiles(ctx):
        out += [
            heading(2, profile.title, anchor("role", profile.id)),
            f"- **Focus**: {esc(profile.focus)}\n- **Primary goal**: {esc(profile.goal)}\n",
            "**Key activities**\n\n" + bullets(profile.key_activities),
            cite(profile.sources, ctx),
        ]
    return "\n".join(out)


def comparison_company_sizes(ctx) -> str:
    data = ctx.guide.comparisons
    rows = [[f"**{esc(s.label)}**{{#{anchor('company-size', s.id)}}}", _employees(s), esc(s.split)]
            for s in data.company_sizes]
    return table(["Company size", "Employees", "How the roles are split"], rows) + cite(data.company_sizes_sources, ctx)


def comparison_handoffs(ctx) -> str:
    return "\n".join(f"- {esc(h.text)} {cite_inline(h.sources, ctx)}" for h in ctx.guide.comparisons.handoffs) + "\n"


def bls_by_role(ctx) -> str:
    """Each compared role's nearest occupation and its national wages, all from the same BLS release."""
    national = {row.soc: row for row in ctx.site.wages.by_area if row.area == NATIONAL}
    rows = []
    profiles = _profiles(ctx) + _other_profiles(ctx)
    for profile in profiles:
        match = profile.soc[0]
        row = national.get(match.code)
        rows.append([esc(profile.title), f"{esc(match.code)} {esc(match.title)}", wage_text(row and row.p25),
                     wage_text(row and row.median), wage_text(row and row.p75), count_text(row and row.employment)])
    matches = [f"- **{esc(profile.title)}**: " + " ".join(f"{esc(m.code)} {esc(m.title)}: {esc(m.why)}"
                                                          for m in profile.soc) for profile in profiles]
    return (table(["Role", "Nearest BLS occupation", "25th percentile", "Median", "75th percentile", "Employed"], rows)
            + cite([ctx.site.wages.source], ctx) + "\nWhy these occupations:\n\n" + "\n".join(matches) + "\n")


BLOCKS = {"comparison_summary": comparison_summary, "comparison_matrix": comparison_matrix,
          "comparison_profiles": comparison_profiles, "comparison_company_sizes": comparison_company_sizes,
          "comparison_handoffs": comparison_handoffs, "bls_by_role": bls_by_role}
