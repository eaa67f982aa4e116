"""Section 7: how the build grows with the number of role guides, in the layout the README describes.

Synthetic roles are added as an author adds a filled role: the account-manager's data folder under a new id
(role-002, role-003, ...) with a profile entry, then `make pages` (`python -m macros.cli.new_role --pages`) writes
every role's pages from the page set and the nav's one "Roles" section. One build per size.
"""
import functools
import http.server
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from .common import (Budget, Section, add_theme_feature, build, temp_dir, tree_bytes, kib, mib)
from .search import QUERIES, first_search

TEMPLATE_ROLE = "account-manager"
TIME_BUDGET_S = 60
BYTES_PER_PAGE_FACTOR = 1.2
PER_ROLE_FACTOR = 1.1
SEARCH_BUDGET_BYTES = 300_000
PRUNE = "navigation.prune"


def role_id(n: int) -> str:
    return f"role-{n:03d}" if n < 1000 else f"role-{n}"


def _profile_block(text: str) -> str:
    """The account-manager entry of profiles.yml, from its `- id:` line to the next entry."""
    match = re.search(rf"^(\s*)- id: {TEMPLATE_ROLE}\n(?:(?!\1- ).*\n)*", text, flags=re.M)
    if not match:
        raise RuntimeError(f"no '{TEMPLATE_ROLE}' entry in data/profiles.yml")
    return match.group(0)


def make_project(snapshot: Path, target: Path, roles: int, features: tuple[str, ...] = ()) -> Path:
    """A copy of `snapshot` with `roles` full guides: account-manager plus roles - 1 copies of its data."""
    shutil.copytree(snapshot, target)
    data = target / "data"
    profiles = (data / "profiles.yml").read_text()
    profile = _profile_block(profiles)
    title = re.search(r"^\s*title: (.*)$", profile, flags=re.M).group(1)
    new_profiles = []
    for n in range(2, roles + 1):
        rid, rtitle = role_id(n), f"Synthetic Role {n:03d}"
        shutil.copytree(data / "roles" / TEMPLATE_ROLE, data / "roles" / rid)
        for copy in (data / "roles" / rid).glob("*.yml"):
            # A different text in every file, as real roles have: the reader parses each distinct text once.
            copy.write_text(copy.read_text() + f"# {rid}\n")
        role_file = data / "roles" / rid / "role.yml"
        role_text = role_file.read_text()
        role_text = re.sub(rf"^id: {TEMPLATE_ROLE}$", f"id: {rid}", role_text, count=1, flags=re.M)
        role_text = re.sub(rf"^title: {re.escape(title)}$", f"title: {rtitle}", role_text, count=1, flags=re.M)
        role_file.write_text(role_text)
        new_profiles.append(profile.replace(f"id: {TEMPLATE_ROLE}", f"id: {rid}", 1)
                            .replace(f"title: {title}", f"title: {rtitle}", 1))
    (data / "profiles.yml").write_text(profiles.replace(profile, profile + "".join(new_profiles), 1))
    config = (target / "mkdocs.yml").read_text()
    for feature in features:
        config = add_theme_feature(config, feature)
    (target / "mkdocs.yml").write_text(config)
    subprocess.run([sys.executable, "-m", "macros.cli.new_role", "--pages"], cwd=target, check=True, capture_output=True)
    return target


def collapsed_size(html: str) -> int:
    """Bytes of the page with runs of whitespace around line breaks collapsed: roughly what an HTML minifier saves
    (the theme's templates leave most of a page's navigation as indentation and blank lines)."""
    return len(_WHITESPACE_RUN.sub("\n", html).encode())


_WHITESPACE_RUN = re.compile(r"[ \t]*\n\s*")


FIRST_QUERY = QUERIES[0]
# The occupation guides are left out of the synthetic sites (the adapter's ROLE_GUIDES_OCCUPATIONS, as under
# `make serve`), so that the sizes measure what a role guide adds; section 1 builds the real site with all of them.
WITHOUT_OCCUPATIONS = {"ROLE_GUIDES_OCCUPATIONS": ""}


def first_search_bytes(site: Path) -> tuple[int, int]:
    """(stored, sent) bytes of the first search for FIRST_QUERY on the built `site` (search.first_search)."""
    from .serve import _GzipHandler, chromium

    handler = functools.partial(_GzipHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    try:
        with chromium() as browser:
            found = first_search(browser, base, site, FIRST_QUERY, f"{TEMPLATE_ROLE}/")
    finally:
        httpd.shutdown()
        httpd.server_close()
    return found["stored"], found["sent"]


def measure(snapshot: Path, roles: int) -> dict:
    work = temp_dir(f"scale-{roles}")
    try:
        project = make_project(snapshot, work / "project", roles)
        out = work / "site"
        run = build(project, out, extra_env=WITHOUT_OCCUPATIONS)
        total, files = tree_bytes(out)
        html, pages = tree_bytes(out, ".html")
        same = [f for f in (out / TEMPLATE_ROLE).rglob("*.html")]  # the same pages at every size
        same_raw = sum(f.stat().st_size for f in same) / len(same)
        same_collapsed = sum(collapsed_size(f.read_text(encoding="utf-8")) for f in same) / len(same)
        index_raw, index_gzip = first_search_bytes(out)
        return {"roles": roles, "seconds": run.seconds, "peak_mib": run.peak_mib, "bytes": total, "files": files,
                "pages": pages, "html_per_page": html / pages, "same_per_page": same_raw,
                "same_collapsed_per_page": same_collapsed, "search_index": index_raw, "search_gzip": index_gzip}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _rows(results: list[dict], base: dict | None) -> list[list]:
    rows = []
    for r in results:
        marginal = ((r["seconds"] - base["seconds"]) / (r["roles"] - base["roles"])
                    if base and r["roles"] > base["roles"] else None)
        rows.append([r["roles"], f"{r['seconds']:.1f}", f"{r['seconds'] / r['roles']:.2f}",
                     f"{marginal:.2f}" if marginal is not None else "", f"{r['peak_mib']:.0f}", mib(r["bytes"]),
                     r["pages"], kib(r["html_per_page"]), kib(r["same_per_page"]), kib(r["same_collapsed_per_page"]),
                     kib(r["search_index"]), kib(r["search_gzip"])])
    return rows


def _budgets(results: list[dict]) -> list[Budget]:
    by_size = {r["roles"]: r for r in results}
    budgets = []
    if 100 in by_size:
        t = by_size[100]["seconds"]
        budgets.append(Budget("Build of 100 roles", f"{t:.1f} s", f"≤ {TIME_BUDGET_S} s", t <= TIME_BUDGET_S))
        gz = by_size[100]["search_gzip"]
        budgets.append(Budget("First search download at 100 roles (gzip)", f"{gz / 1000:,.0f} KB",
                              f"≤ {SEARCH_BUDGET_BYTES // 1000} KB", gz <= SEARCH_BUDGET_BYTES))
    if 1 in by_size and 100 in by_size:
        ratio = by_size[100]["html_per_page"] / by_size[1]["html_per_page"]
        budgets.append(Budget("HTML bytes per page, 100 roles / 1 role", f"{ratio:.2f}×",
                              f"≤ {BYTES_PER_PAGE_FACTOR}×", ratio <= BYTES_PER_PAGE_FACTOR))
    if {1, 10, 100} <= by_size.keys():
        one = by_size[1]["seconds"]
        m10 = (by_size[10]["seconds"] - one) / 9
        m100 = (by_size[100]["seconds"] - one) / 99
        ratio = m100 / m10
        budgets.append(Budget("Seconds per added role, 100 roles / 10 roles",
                              f"{m100:.2f} / {m10:.2f} = {ratio:.2f}×", f"≤ {PER_ROLE_FACTOR}×", ratio <= PER_ROLE_FACTOR))
    big = [r for r in results if r["roles"] >= 1000]
    for r in big:
        budgets.append(Budget(f"Build of {r['roles']} roles without running out of memory",
                              f"{r['seconds']:.0f} s, peak {r['peak_mib']:,.0f} MiB", "completes", True))
    return budgets


def run(snapshot: Path, sizes: list[int], log=print) -> Section:
    section = Section(
        title="7. Scale (synthetic roles)",
        columns=["Roles", "Wall time (s)", "s / role", "s per added role", "Peak memory (MiB)", "Output size",
                 "HTML pages", "HTML bytes / page", f"{TEMPLATE_ROLE}/ pages: bytes / page", "… whitespace collapsed",
                 "First search download (stored)", "First search download (sent, gzip)"],
        notes=["Each size is a copy of the project with the account-manager data copied to role-002, role-003, ... "
               "(data folder and profile entry; each copied file ends with a comment naming its role, so no two roles' files "
               "have the same text, as with real roles), then `make pages` writes every role's pages from the page set and "
               "the nav's one \"Roles\" section, as for a real role; built once with `mkdocs build --strict`, without the "
               "occupation guides (left out as `make serve` leaves them out; the occupations' JSON files are still "
               "written), so that the sizes measure what role guides add: section 1 is the real site with all of them. "
               "\"s per added role\" is (t(n) − t(1)) / (n − 1). "
               f"The {TEMPLATE_ROLE}/ columns average the same pages at every size, so the mix of small "
               "(home, sources, 404, redirect) and large pages does not move them; the budget uses all pages. "
               "\"Whitespace collapsed\" counts those pages with runs of blank lines and indentation removed. "
               "\"First search download\" is what a visitor's first search fetches that loading the page did not, "
               f"measured in Chromium: the query \"{FIRST_QUERY}\" typed on the {TEMPLATE_ROLE}/ page of the site "
               "served with text files gzipped at level 6 as a static host serves them; every response until the "
               "results show (Pagefind's script, worker and WebAssembly, its entry and meta files, the index and "
               "filter chunks the words need, the fragments of the results shown), as stored and as sent."],
    )
    results = []
    for n in sizes:
        log(f"scale: {n} roles ...")
        results.append(measure(snapshot, n))
        log(f"scale: {n} roles: {results[-1]['seconds']:.1f} s, peak {results[-1]['peak_mib']:.0f} MiB")
    base = next((r for r in results if r["roles"] == 1), None)
    section.rows += _rows(results, base)
    section.budgets += _budgets(results)
    return section
