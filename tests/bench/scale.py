"""Section 3: how the build grows with the number of role guides.

Synthetic roles are copies of the account-manager guide under new ids (role-002, role-003, ...): its data
folder, its page folder, a profile entry and a nav section each. One build per size.
"""
import re
import shutil
from pathlib import Path

from .common import (Budget, Section, add_theme_feature, build, temp_dir, theme_features, tree_bytes, kib, mib)

TEMPLATE_ROLE = "account-manager"
TIME_BUDGET_S = 60
BYTES_PER_PAGE_FACTOR = 1.5
PER_ROLE_FACTOR = 1.5
PRUNE = "navigation.prune"


def role_id(n: int) -> str:
    return f"role-{n:03d}"


def _profile_block(text: str) -> str:
    """The account-manager entry of profiles.yml, from its `- id:` line to the next entry."""
    match = re.search(rf"^(\s*)- id: {TEMPLATE_ROLE}\n(?:(?!\1- ).*\n)*", text, flags=re.M)
    if not match:
        raise RuntimeError(f"no '{TEMPLATE_ROLE}' entry in data/profiles.yml")
    return match.group(0)


def _nav_block(text: str) -> str:
    """The nav section whose pages live in account-manager/ (its title line and the more indented lines)."""
    match = re.search(rf"^(\s*)- [^\n]+:\n(?:\1\s+.*\n)*?\1\s+- (?:[^\n]*: )?{TEMPLATE_ROLE}/index\.md\n(?:\1\s+.*\n)*",
                      text, flags=re.M)
    if not match:
        raise RuntimeError(f"no nav section for {TEMPLATE_ROLE}/ in mkdocs.yml")
    return match.group(0)


def make_project(snapshot: Path, target: Path, roles: int, features: tuple[str, ...] = (),
                 nest: bool = False) -> Path:
    """A copy of `snapshot` with `roles` full guides: account-manager plus roles - 1 copies.

    `nest` puts every role's nav section under one top-level "Roles" section."""
    shutil.copytree(snapshot, target)
    data, docs = target / "data", target / "docs"
    profiles = (data / "profiles.yml").read_text()
    config = (target / "mkdocs.yml").read_text()
    profile, nav = _profile_block(profiles), _nav_block(config)
    title = re.search(r"^\s*title: (.*)$", profile, flags=re.M).group(1)
    new_profiles, new_nav = [], []
    for n in range(2, roles + 1):
        rid, rtitle = role_id(n), f"Synthetic Role {n:03d}"
        shutil.copytree(data / "roles" / TEMPLATE_ROLE, data / "roles" / rid)
        role_file = data / "roles" / rid / "role.yml"
        role_text = role_file.read_text()
        role_text = re.sub(rf"^id: {TEMPLATE_ROLE}$", f"id: {rid}", role_text, count=1, flags=re.M)
        role_text = re.sub(rf"^title: {re.escape(title)}$", f"title: {rtitle}", role_text, count=1, flags=re.M)
        role_file.write_text(role_text)
        shutil.copytree(docs / TEMPLATE_ROLE, docs / rid)
        new_profiles.append(profile.replace(f"id: {TEMPLATE_ROLE}", f"id: {rid}", 1)
                            .replace(f"title: {title}", f"title: {rtitle}", 1))
        new_nav.append(nav.replace(f"{TEMPLATE_ROLE}/", f"{rid}/").replace(title, rtitle, 1))
    (data / "profiles.yml").write_text(profiles.replace(profile, profile + "".join(new_profiles), 1))
    sections = nav + "".join(new_nav)
    if nest:
        indent = re.match(r"\s*", nav).group(0)
        sections = f"{indent}- Roles:\n" + "".join(f"    {line}\n" for line in sections.splitlines())
    config = config.replace(nav, sections, 1)
    for feature in features:
        config = add_theme_feature(config, feature)
    (target / "mkdocs.yml").write_text(config)
    return target


def collapsed_size(html: str) -> int:
    """Bytes of the page with runs of whitespace around line breaks collapsed: roughly what an HTML minifier saves
    (the theme's templates leave most of a page's navigation as indentation and blank lines)."""
    return len(_WHITESPACE_RUN.sub("\n", html).encode())


_WHITESPACE_RUN = re.compile(r"[ \t]*\n\s*")


def measure(snapshot: Path, roles: int, features: tuple[str, ...] = (), nest: bool = False) -> dict:
    work = temp_dir(f"scale-{roles}")
    try:
        project = make_project(snapshot, work / "project", roles, features, nest)
        out = work / "site"
        run = build(project, out)
        total, files = tree_bytes(out)
        html, pages = tree_bytes(out, ".html")
        collapsed = sum(collapsed_size(f.read_text(encoding="utf-8")) for f in out.rglob("*.html"))
        same = [f for f in (out / TEMPLATE_ROLE).rglob("*.html")]  # the same pages at every size
        same_raw = sum(f.stat().st_size for f in same) / len(same)
        same_collapsed = sum(collapsed_size(f.read_text(encoding="utf-8")) for f in same) / len(same)
        index = out / "search" / "search_index.json"
        return {"roles": roles, "seconds": run.seconds, "peak_mib": run.peak_mib, "bytes": total, "files": files,
                "pages": pages, "html_per_page": html / pages, "collapsed_per_page": collapsed / pages,
                "same_per_page": same_raw, "same_collapsed_per_page": same_collapsed,
                "search_index": index.stat().st_size}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _rows(results: list[dict], base: dict | None) -> list[list]:
    rows = []
    for r in results:
        marginal = ((r["seconds"] - base["seconds"]) / (r["roles"] - base["roles"])
                    if base and r["roles"] > base["roles"] else None)
        rows.append([r["roles"], f"{r['seconds']:.1f}", f"{r['seconds'] / r['roles']:.2f}",
                     f"{marginal:.2f}" if marginal is not None else "", f"{r['peak_mib']:.0f}", mib(r["bytes"]),
                     r["pages"], kib(r["html_per_page"]), kib(r["collapsed_per_page"]), kib(r["same_per_page"]),
                     kib(r["same_collapsed_per_page"]), mib(r["search_index"])])
    return rows


def _budgets(results: list[dict], label: str) -> list[Budget]:
    by_size = {r["roles"]: r for r in results}
    budgets = []
    if 100 in by_size:
        t = by_size[100]["seconds"]
        budgets.append(Budget(f"Build of 100 roles{label}", f"{t:.1f} s", f"< {TIME_BUDGET_S} s", t < TIME_BUDGET_S))
    if 1 in by_size and 100 in by_size:
        ratio = by_size[100]["html_per_page"] / by_size[1]["html_per_page"]
        budgets.append(Budget(f"HTML bytes per page, 100 roles / 1 role{label}", f"{ratio:.2f}×",
                              f"≤ {BYTES_PER_PAGE_FACTOR}×", ratio <= BYTES_PER_PAGE_FACTOR))
    if {1, 10, 100} <= by_size.keys():
        one = by_size[1]["seconds"]
        m10 = (by_size[10]["seconds"] - one) / 9
        m100 = (by_size[100]["seconds"] - one) / 99
        ratio = m100 / m10
        budgets.append(Budget(f"Seconds per added role, 100 roles / 10 roles{label}",
                              f"{m100:.2f} / {m10:.2f} = {ratio:.2f}×", f"≤ {PER_ROLE_FACTOR}× (roughly constant)",
                              ratio <= PER_ROLE_FACTOR))
    return budgets


def run(snapshot: Path, sizes: list[int], log=print) -> Section:
    configured = theme_features((snapshot / "mkdocs.yml").read_text())
    variants = [("", (), False)]
    if PRUNE not in configured:
        variants.append((f" (+ {PRUNE}, role sections nested under one \"Roles\" section)", (PRUNE,), True))
    section = Section(
        title="3. Scale (synthetic roles)",
        columns=["Roles", "Wall time (s)", "s / role", "s per added role", "Peak memory (MiB)", "Output size",
                 "HTML pages", "HTML bytes / page", "… whitespace collapsed", f"{TEMPLATE_ROLE}/ pages: bytes / page",
                 "… whitespace collapsed", "Search index"],
        notes=["Each size is a copy of the project with account-manager copied to role-002, role-003, ... (data "
               "folder, pages, profile entry and nav section), built once with `mkdocs build --strict`. "
               "\"s per added role\" is (t(n) − t(1)) / (n − 1). \"Whitespace collapsed\" counts each page with the runs of "
               "blank lines and indentation the theme's templates leave removed: about what an HTML minifier would "
               f"give. The {TEMPLATE_ROLE}/ columns average the same pages at every size, so the mix of small "
               "(home, sources, 404, redirect) and large pages does not move them; the budget uses all pages."],
    )
    for label, features, nest in variants:
        results = []
        for n in sizes:
            log(f"scale: {n} roles{label} ...")
            results.append(measure(snapshot, n, features, nest))
            log(f"scale: {n} roles{label}: {results[-1]['seconds']:.1f} s")
        base = next((r for r in results if r["roles"] == 1), None)
        if label:
            section.rows.append([f"**mkdocs.yml{label}**"] + [""] * (len(section.columns) - 1))
        section.rows += _rows(results, base)
        section.budgets += _budgets(results, label)
    if len(variants) > 1:
        section.notes.append(
            f"The real mkdocs.yml has no `{PRUNE}`, so every size is also built with it and with the role sections "
            "moved under one top-level \"Roles\" section (with `navigation.sections`, top-level sections are never "
            "pruned), to show what that changes; budgets fail the run only for the real configuration.")
        for budget in section.budgets:
            budget.informational = PRUNE in budget.name
    return section
