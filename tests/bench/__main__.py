"""`python -m tests.bench`: run every section, write tests/bench/results.md, exit 1 when a budget is missed."""
import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

from . import build, composer, overhead, pages, reload, report, scale, search, serve
from .common import ROOT, snapshot
from .common import build as build_site

SECTIONS = ["build", "search", "occupations", "serve", "composer", "pages", "scale", "overhead"]
RESULTS = Path(__file__).resolve().parent / "results.md"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def stable_snapshot(work: Path, attempts: int = 5) -> Path:
    """A copy of the project that builds. Others may be editing it: on a failed build, wait and copy again."""
    for attempt in range(1, attempts + 1):
        target = work / f"project-{attempt}"
        snapshot(target)
        try:
            build_site(target, work / "check-site")
            return target
        except RuntimeError as error:
            log(f"snapshot {attempt} does not build, retrying in 20 s: {str(error).splitlines()[-1]}")
            time.sleep(20)
    raise RuntimeError(f"the project did not build in {attempts} attempts")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--sections", default=",".join(SECTIONS), help=f"comma-separated, from {SECTIONS}")
    parser.add_argument("--runs", type=int, default=5, help="timed builds per measurement (default 5)")
    parser.add_argument("--sizes", default="1,10,100,1000", help="role counts for the scale section")
    parser.add_argument("--lighthouse-runs", type=int, default=3, help="Lighthouse runs per page (default 3)")
    parser.add_argument("--uncompressed", action="store_true",
                        help="one more Lighthouse run per page on a server that does not gzip (information)")
    parser.add_argument("--serve-edits", type=int, default=3, help="timed edits under `make serve` (default 3)")
    parser.add_argument("--no-serve-all", action="store_true",
                        help="skip the edit under `make serve OCCUPATIONS=all` (a full build to start, one to reload)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {sorted(unknown)}")

    env = report.environment()
    command = "make bench" if argv is None and len(sys.argv) == 1 else "python -m tests.bench " + " ".join(sys.argv[1:])

    def write(sections, errors):
        load_now = " / ".join(f"{x:.2f}" for x in os.getloadavg())
        not_run = [name for name in SECTIONS if name not in chosen]
        args.output.write_text(report.render(env, sections, errors, load_now, command, not_run), encoding="utf-8")

    work = Path(tempfile.mkdtemp(prefix="bench-run-"))
    tempfile.tempdir = str(work)  # every temporary directory of the run lives here and goes at the end
    sections, errors = [], []
    try:
        log(f"snapshot of {ROOT} ...")
        project = stable_snapshot(work)

        def section(name, fn):
            if name not in chosen:
                return
            log(f"{name} ...")
            started = time.perf_counter()
            try:
                sections.append(fn())
            except Exception as error:  # one broken section must not hide the others' results
                traceback.print_exc()
                errors.append(f"{name}: {type(error).__name__}: {str(error)[:1500]}")
            log(f"{name} done in {time.perf_counter() - started:.0f} s")
            write(sections, errors)  # what is measured so far, should the run be stopped

        section("build", lambda: build.run(project, args.runs))
        if {"search", "occupations", "pages", "composer", "serve"} & set(chosen):
            with contextlib.ExitStack() as stack:
                served = work / "served"
                base = stack.enter_context(serve.served_site(project, served))
                plain_base = (stack.enter_context(serve.served_site(project, work / "served-plain", compress=False))
                              if args.uncompressed and "pages" in chosen else None)
                browser = stack.enter_context(serve.chromium())
                section("search", lambda: search.run(browser, base, served, log=log))
                section("occupations", lambda: pages.occupation_weight(served))
                section("serve", lambda: reload.run(browser, project, args.serve_edits, not args.no_serve_all, log=log))
                section("composer", lambda: composer.run(base, browser))
                section("pages", lambda: pages.run(base, browser, args.lighthouse_runs, plain_base, log=log))
        section("scale", lambda: scale.run(project, [int(n) for n in args.sizes.split(",")], log=log))
        section("overhead", lambda: overhead.run(project, args.runs, log=log))
    except Exception as error:
        traceback.print_exc()
        errors.append(f"setup: {type(error).__name__}: {error}")
    finally:
        tempfile.tempdir = None
        shutil.rmtree(work, ignore_errors=True)

    write(sections, errors)
    missed = [b for s in sections for b in s.budgets if not b.met and not b.informational]
    for budget in missed:
        log(f"MISSED {budget.name}: {budget.measured} (limit {budget.limit})")
    for error in errors:
        log(f"FAILED {error.splitlines()[0]}")
    log(f"results in {args.output}")
    return 1 if missed or errors else 0


if __name__ == "__main__":
    sys.exit(main())
