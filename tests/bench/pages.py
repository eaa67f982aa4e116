"""Sections 3 and 6: the HTML of every occupation guide; what a first visit to the home page, every page of the
Account Manager guide and two occupation guides transfers (gzipped), and their Lighthouse scores."""
import gzip
import json
import os
import subprocess
import tempfile
from pathlib import Path

from .common import ROOT, Budget, Section, median
from .serve import CHROMIUM

GUIDE = "account-manager"
# The home page, every page of the Account Manager guide (its nav, from docs/) and two occupation guides: the one
# with the most places in its pay table, and the deep guide's occupation.
OCCUPATION_PAGES = {
    "Occupation (Software Developers)": "occupations/15-1252/",
    "Occupation (Sales Representatives of Services)": "occupations/41-3091/",
}


def guide_pages() -> dict:
    """{name: path} of the home page, every page of the Account Manager guide and OCCUPATION_PAGES."""
    pages = {"Home": ""}
    for doc in sorted((ROOT / "docs" / GUIDE).glob("*.md"), key=lambda p: (p.stem != "index", p.stem)):
        pages[f"{GUIDE}/{doc.stem}" if doc.stem != "index" else GUIDE] = \
            f"{GUIDE}/" + ("" if doc.stem == "index" else f"{doc.stem}/")
    return pages | OCCUPATION_PAGES


HTML_GZIP_BUDGET = 50 * 1024
SCORE_BUDGET = 95
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
LIGHTHOUSE = ROOT / "tests" / "bench" / "node_modules" / ".bin" / "lighthouse"
# Chromium flags for Lighthouse: the brief's set, and no name resolution for any host but the local server.
LIGHTHOUSE_CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                           "--disable-component-update --no-first-run --disable-sync "
                           '--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"')


def gz(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6))


def first_load(browser, url: str, base: str) -> dict:
    """Every response of a cold first visit (page, its CSS/JS/images and what its scripts fetch: search files
    only if a script loads them before the search box is used), raw and gzipped, with other origins listed."""
    context = browser.new_context()
    responses, foreign = [], []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base)
                  else (foreign.append(route.request.url), route.abort()))
    context.on("response", lambda response: responses.append(response))
    page = context.new_page()
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    files = []
    for response in responses:
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            continue
        files.append({"url": response.url, "raw": len(body), "gzip": gz(body), "status": response.status})
    context.close()
    document = next((f for f in files if f["url"] == url), None)
    if document is None:
        raise RuntimeError(f"no response for {url}")
    return {"files": files, "foreign": foreign, "html_raw": document["raw"], "html_gzip": document["gzip"],
            "raw": sum(f["raw"] for f in files), "gzip": sum(f["gzip"] for f in files),
            "index_gzip": sum(f["gzip"] for f in files if "/pagefind/" in f["url"])}


def lighthouse_version() -> str:
    package = ROOT / "tests" / "bench" / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text())["version"] if package.exists() else "not installed"


def lighthouse(url: str, base: str) -> dict:
    """One Lighthouse run (default mobile settings, simulated throttling): category scores 0-100 and any
    request to another origin."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError(f"{LIGHTHOUSE} is missing: run `make bench`, which installs it from tests/bench/package.json")
    with tempfile.TemporaryDirectory(prefix="bench-lh-") as tmp:
        report = Path(tmp) / "report.json"
        result = subprocess.run(
            [str(LIGHTHOUSE), url, "--output=json", f"--output-path={report}", "--quiet",
             f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={LIGHTHOUSE_CHROME_FLAGS}"],
            env=dict(os.environ, CHROME_PATH=CHROMIUM, TMPDIR=tmp), capture_output=True, text=True, timeout=300)
        if result.returncode or not report.exists():
            raise RuntimeError(f"lighthouse {url} failed ({result.returncode}): {result.stderr[-2000:]}")
        data = json.loads(report.read_text())
    requests = data["audits"].get("network-requests", {}).get("details", {}).get("items", [])
    scores = {c: round(100 * (data["categories"][c]["score"] or 0)) for c in CATEGORIES}
    failing = sorted({f"{c}: {ref['id']}" for c in CATEGORIES for ref in data["categories"][c]["auditRefs"]
                      if ref.get("weight") and (data["audits"][ref["id"]].get("score") is not None)
                      and data["audits"][ref["id"]]["score"] < 0.9})
    return {"scores": scores, "failing": failing,
            "foreign": [r["url"] for r in requests if not r["url"].startswith((base, "data:", "blob:"))],
            "runtime_error": data.get("runtimeError", {}).get("message")}


def run(base: str, browser, lighthouse_runs: int, plain_base: str | None = None, log=print) -> Section:
    """`plain_base`, when given, serves the same site uncompressed: one more Lighthouse run per page there,
    for information."""
    pages = guide_pages()
    section = Section(
        title="6. Pages: first-load weight and Lighthouse",
        columns=["Page", "Requests", "Transferred (raw)", "Transferred (gzip)", "… of it search files (gzip)",
                 "HTML (gzip)", "Performance", "Accessibility", "Best practices", "SEO"]
                + (["Performance, uncompressed server (1 run, info)"] if plain_base else []),
        notes=[f"Cold first visit in Chromium (fresh context, no cache): every response's body, gzipped here with "
               f"Python's gzip (level 6), summed. The site is served on 127.0.0.1 by a threaded static server that "
               f"gzips text responses, as GitHub Pages does. Lighthouse {lighthouse_version()} with its default (mobile, simulated throttling) "
               f"settings, median of {lighthouse_runs} runs per page; Chromium cannot resolve any host but "
               f"127.0.0.1 during the runs."],
    )
    html_ok, scores_ok, problems, foreign = True, True, [], []
    for name, path in pages.items():
        url = base + path
        log(f"pages: {name} ...")
        load = first_load(browser, url, base)
        foreign += load["foreign"]
        runs = []
        for _ in range(lighthouse_runs):
            runs.append(lighthouse(url, base))
        scores = {c: median(r["scores"][c] for r in runs) for c in CATEGORIES}
        for r in runs:
            foreign += r["foreign"]
            if r["runtime_error"]:
                problems.append(f"{name}: Lighthouse runtime error: {r['runtime_error']}")
        low = [c for c in CATEGORIES if scores[c] < SCORE_BUDGET]
        if low:
            scores_ok = False
            audits = sorted({a for r in runs for a in r["failing"] if a.split(":")[0] in low})
            problems.append(f"{name}: {', '.join(low)} below {SCORE_BUDGET}; audits scoring below 0.9: "
                            f"{', '.join(audits) or 'none'}")
        html_ok &= load["html_gzip"] <= HTML_GZIP_BUDGET
        section.rows.append([name, len(load["files"]), f"{load['raw'] / 1024:,.1f} KiB",
                             f"{load['gzip'] / 1024:,.1f} KiB", f"{load['index_gzip'] / 1024:,.1f} KiB",
                             f"{load['html_gzip'] / 1024:,.1f} KiB"]
                            + [f"{scores[c]:g}" for c in CATEGORIES]
                            + ([f"{lighthouse(plain_base + path, plain_base)['scores']['performance']}"]
                               if plain_base else []))
        log(f"pages: {name}: {load['gzip'] / 1024:.0f} KiB gzip, scores {scores}")
    worst_html = max(float(r[5].split()[0].replace(",", "")) for r in section.rows)
    worst_score = min(float(x) for r in section.rows for x in r[6:10])
    section.budgets = [
        Budget("Page HTML, gzipped", f"largest {worst_html:.1f} KiB", f"≤ {HTML_GZIP_BUDGET // 1024} KiB", html_ok),
        Budget(f"Lighthouse scores (4 categories, {len(pages)} pages)", f"lowest {worst_score:g}", f"≥ {SCORE_BUDGET}", scores_ok),
        Budget("Requests to other origins (browser and Lighthouse)", str(len(set(foreign))), "0", not foreign),
    ]
    section.notes += problems
    if foreign:
        section.notes.append("Requests to other origins: " + ", ".join(sorted(set(foreign))[:10]))
    return section


OCCUPATION_HTML_BUDGET = 50_000


def occupation_weight(site: Path) -> Section:
    """Section 3: the HTML of every occupation guide, gzipped (level 6) as a static host sends it."""
    sizes = sorted((gz((folder / "index.html").read_bytes()), folder.name)
                   for folder in (site / "occupations").iterdir()
                   if folder.name[:2].isdigit() and (folder / "index.html").is_file())
    if not sizes:
        raise RuntimeError(f"no occupation guide in {site / 'occupations'}")
    over = [(size, code) for size, code in sizes if size > OCCUPATION_HTML_BUDGET]
    largest, middle = sizes[-1], median(size for size, _ in sizes)
    section = Section(
        title="3. Occupation guides: HTML of every page",
        columns=["Measure", "Gzipped", "Page"],
        rows=[["Largest", f"{largest[0] / 1000:,.1f} KB", f"/occupations/{largest[1]}/"],
              ["Median", f"{middle / 1000:,.1f} KB", ""],
              ["Smallest", f"{sizes[0][0] / 1000:,.1f} KB", f"/occupations/{sizes[0][1]}/"]]
             + [[f"Over {OCCUPATION_HTML_BUDGET // 1000} KB", f"{size / 1000:,.1f} KB", f"/occupations/{code}/"]
                for size, code in reversed(over)],
        notes=[f"Every occupation guide's index.html of the real site ({len(sizes)} pages), gzipped with Python's gzip "
               "at level 6; KB are 1,000 bytes. Only the page itself: the scripts, styles and the files its tools "
               "fetch are shared by every page and cached."],
        budgets=[Budget("Occupation guide HTML, gzipped: largest", f"{largest[0] / 1000:,.1f} KB "
                        f"(/occupations/{largest[1]}/; {len(over)} over)", f"≤ {OCCUPATION_HTML_BUDGET // 1000} KB",
                        not over),
                 Budget("Occupation guide HTML, gzipped: median", f"{middle / 1000:,.1f} KB",
                        f"≤ {OCCUPATION_HTML_BUDGET // 1000} KB", middle <= OCCUPATION_HTML_BUDGET)],
    )
    return section
