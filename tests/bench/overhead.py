"""Section 8: what mkdocs-macros costs, as the ratio of the real build to a build of its rendered Markdown.

A capture build runs the real macros with one extra hook that saves every page's final Markdown (and the
front matter the macros module fills in). Those files make a plain project with the same mkdocs.yml minus
the macros plugin. Both are then built alternately, so that machine noise hits them alike.
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from .common import Budget, Section, build, drop_macros_plugin, median, temp_dir

BUDGET = 1.15

CAPTURE_MODULE = '''"""Benchmark shim: the real macros module, plus saving each page's rendered Markdown."""
from pathlib import Path

import yaml

from macros.adapter import define_env, on_post_build  # noqa: F401
from macros.adapter import on_post_page_macros as _real_post_page_macros

CAPTURE = Path({capture!r})


def on_post_page_macros(env):
    _real_post_page_macros(env)
    target = CAPTURE / env.page.file.src_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    meta = dict(env.page.meta)
    front = ("---\\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\\n") if meta else ""
    target.write_text(front + env.markdown, encoding="utf-8")
'''


# Run in a fresh interpreter in the project: where the macros' share of a build goes, phase by phase.
BREAKDOWN = r"""
import json, sys, time
from pathlib import Path
from types import SimpleNamespace
t = time.perf_counter
marks = {}
start = t()
import mkdocs.plugins, jinja2
marks["baseline"] = t() - start
s = t(); import mkdocs_macros.plugin; marks["import mkdocs-macros"] = t() - s
s = t(); import macros.adapter; marks["import macros (pydantic models, renderers)"] = t() - s
from macros.data.site import DATA_DIR, load_site
from macros.data.load import data_files, read
files = [p for p in data_files(DATA_DIR) if DATA_DIR / "schema" not in p.parents]
s = t(); [read(p, DATA_DIR) for p in files]; parse = t() - s
import macros.data.load; macros.data.load._parse.cache_clear()  # the reader keeps what it parsed: parse again
s = t(); site = load_site(); total = t() - s
marks["load data: read and parse YAML"] = parse
marks["load data: validate (pydantic) and cross-checks"] = max(total - parse, 0.0)
env = SimpleNamespace(variables={}, macros={}, conf={"docs_dir": "docs", "theme": {"custom_dir": "overrides"}})
env.macro = lambda fn, name: env.macros.__setitem__(name, fn)
macros.adapter.define_env(env)
jinja = jinja2.Environment()
s = t()
for page in sorted(Path("docs").rglob("*.md")):
    uri = page.relative_to("docs").as_posix()
    ctx = SimpleNamespace(file=SimpleNamespace(src_uri=uri), meta={})
    jinja.from_string(page.read_text(encoding="utf-8")).render(page=ctx, **env.macros)
marks["render the pages' macros (Jinja)"] = t() - s
from macros.render.pages.downloads import download_files
s = t(); [download_files(site, role) for role in site.guides]; marks["downloads (on_post_build)"] = t() - s
print(json.dumps(marks))
"""


def breakdown(project: Path, runs: int) -> dict[str, float]:
    """Median seconds of each phase of the macros' work, each run in a new interpreter."""
    samples = []
    for _ in range(runs):
        result = subprocess.run([sys.executable, "-c", BREAKDOWN], cwd=project, capture_output=True, text=True,
                                check=True)
        samples.append(json.loads(result.stdout))
    return {name: median(s[name] for s in samples) for name in samples[0] if name != "baseline"}


def plain_project(project: Path, work: Path) -> Path:
    """A copy of `project` whose pages are the Markdown the macros produced, built without the macros plugin."""
    capture_project = work / "capture"
    shutil.copytree(project, capture_project)
    captured = work / "captured"
    (capture_project / "bench_capture.py").write_text(CAPTURE_MODULE.format(capture=str(captured)))
    config = (capture_project / "mkdocs.yml").read_text()
    (capture_project / "mkdocs.yml").write_text(config.replace("module_name: macros/adapter", "module_name: bench_capture"))
    build(capture_project, work / "capture-site")

    plain = work / "plain"
    shutil.copytree(project / "docs", plain / "docs", ignore=shutil.ignore_patterns("*.md"))
    shutil.copytree(captured, plain / "docs", dirs_exist_ok=True)
    for part in ("overrides", "data", "macros"):  # overrides are used; data and macros only for `watch:` paths
        if (project / part).is_dir():
            shutil.copytree(project / part, plain / part)
    (plain / "mkdocs.yml").write_text(drop_macros_plugin((project / "mkdocs.yml").read_text()))
    missing = {p.relative_to(project / "docs") for p in (project / "docs").rglob("*.md")} - \
              {p.relative_to(plain / "docs") for p in (plain / "docs").rglob("*.md")}
    if missing:
        raise RuntimeError(f"pages not captured: {sorted(map(str, missing))}")
    return plain


def alternate(project: Path, plain: Path, work: Path, runs: int):
    """Builds of `project` and `plain`, alternately, after one warm-up each."""
    build(project, work / "site-a")
    build(plain, work / "site-b")
    macros, plain_runs = [], []
    for _ in range(runs):
        macros.append(build(project, work / "site-a"))
        plain_runs.append(build(plain, work / "site-b"))
    return macros, plain_runs


def run(project: Path, runs: int, scaled_roles: int = 10, log=print) -> Section:
    work = temp_dir("overhead")
    plain = plain_project(project, work)
    macros, plain_runs = alternate(project, plain, work, runs)
    t_macros, t_plain = median(r.seconds for r in macros), median(r.seconds for r in plain_runs)
    ratio = t_macros / t_plain
    phases = breakdown(project, runs)
    scaled_rows, scaled_budget = [], []
    if scaled_roles > 1:
        from .scale import make_project
        log(f"overhead: {scaled_roles} roles ...")
        scaled = make_project(project, work / "scaled" / "project", scaled_roles)
        scaled_runs = max(2, runs // 2)
        a, b = alternate(scaled, plain_project(scaled, work / "scaled"), work / "scaled", scaled_runs)
        ta, tb = median(r.seconds for r in a), median(r.seconds for r in b)
        scaled_rows = [
            [f"{scaled_roles} roles: with mkdocs-macros", f"{ta:.2f}", f"{min(r.seconds for r in a):.2f}",
             f"{max(r.seconds for r in a):.2f}", f"{median(r.peak_mib for r in a):.0f}"],
            [f"{scaled_roles} roles: plain", f"{tb:.2f}", f"{min(r.seconds for r in b):.2f}",
             f"{max(r.seconds for r in b):.2f}", f"{median(r.peak_mib for r in b):.0f}"],
            [f"{scaled_roles} roles: ratio macros / plain (of medians)", f"{ta / tb:.3f}", "", "", ""],
            [f"{scaled_roles} roles: macros' cost per added role (s)",
             f"{((ta - tb) - (t_macros - t_plain)) / (scaled_roles - 1):.3f}", "", "", ""],
        ]
        scaled_budget = [Budget(f"Macro overhead at {scaled_roles} roles (information)", f"{ta / tb:.3f}",
                                f"≤ {BUDGET}", ta / tb <= BUDGET, informational=True)]
    pair_ratio = median(a.seconds / b.seconds for a, b in zip(macros, plain_runs))
    m_macros, m_plain = median(r.peak_mib for r in macros), median(r.peak_mib for r in plain_runs)
    section = Section(
        title="8. Macro overhead",
        columns=["Build", "Median wall time (s)", "Min (s)", "Max (s)", "Median peak memory (MiB)"],
        rows=[
            ["With mkdocs-macros (real project)", f"{t_macros:.2f}", f"{min(r.seconds for r in macros):.2f}",
             f"{max(r.seconds for r in macros):.2f}", f"{m_macros:.0f}"],
            ["Plain (pre-rendered Markdown, no macros plugin)", f"{t_plain:.2f}",
             f"{min(r.seconds for r in plain_runs):.2f}", f"{max(r.seconds for r in plain_runs):.2f}", f"{m_plain:.0f}"],
            ["Ratio macros / plain (of medians)", f"{ratio:.3f}", "", "", f"{m_macros / m_plain:.2f}"],
            ["Ratio macros / plain (median of A/B pairs)", f"{pair_ratio:.3f}", "", "", ""],
            ["Difference macros − plain (s)", f"{t_macros - t_plain:.2f}", "", "", ""],
        ] + [[f"… {name}", f"{seconds:.3f}", "", "", ""] for name, seconds in phases.items()]
          + [["… sum of the phases above", f"{sum(phases.values()):.2f}", "", "", ""]] + scaled_rows,
        notes=[f"Builds alternate A B A B ... ({runs} each, after one warm-up each), all `--strict`. "
               "The plain project has the same theme, extensions, nav, CSS/JS and overrides; its pages are the "
               "Markdown the macros rendered, with the front matter the macros module set.",
               "The rows starting with … time the macros' phases one by one in a fresh interpreter (median of "
               f"{runs}), outside MkDocs; what they do not cover is mkdocs-macros' own per-page work.",
               f"The {scaled_roles}-role rows repeat the comparison on the synthetic project of section 7, "
               "alternately, to separate the fixed cost of the macros (imports, data loading) from the cost per role."],
        budgets=[Budget("Macro overhead (macros / plain build time)", f"{ratio:.3f}", f"≤ {BUDGET}", ratio <= BUDGET)]
        + scaled_budget,
    )
    return section
