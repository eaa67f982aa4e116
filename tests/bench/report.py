"""results.md: the machine, the versions, a budget summary and one table per section."""
import datetime
import os
import platform
import subprocess
from importlib import metadata

from .common import Section
from .pages import lighthouse_version
from .serve import CHROMIUM


def _command_output(*command) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "not available"


def _cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in open("/proc/meminfo", encoding="utf-8"):
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def environment() -> list[tuple[str, str]]:
    def version(dist):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("Date", datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("Machine", f"{cores} cores ({_cpu_model()}), {_memory()} memory, {platform.system()} {platform.release()}"),
        ("Load average at start (1/5/15 min)", " / ".join(f"{x:.2f}" for x in os.getloadavg())),
        ("Python", platform.python_version()),
        ("MkDocs", version("mkdocs")),
        ("Material for MkDocs", version("mkdocs-material")),
        ("mkdocs-macros-plugin", version("mkdocs-macros-plugin")),
        ("pydantic", version("pydantic")),
        ("PyYAML", version("PyYAML")),
        ("Playwright", version("playwright")),
        ("Chromium", _command_output(CHROMIUM, "--version")),
        ("Node.js", _command_output("node", "--version")),
        ("Lighthouse", lighthouse_version()),
    ]


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(columns, rows) -> list[str]:
    lines = ["| " + " | ".join(_cell(c) for c in columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines


def render(env: list[tuple[str, str]], sections: list[Section], errors: list[str], load_end: str,
           command: str, not_run: list[str] = ()) -> str:
    budgets = [b for s in sections for b in s.budgets]
    missed = [b for b in budgets if not b.met and not b.informational]
    lines = ["# Benchmark results", "",
             f"Written by `{command}` (tests/bench/). Timings on a shared machine are noisy: figures are medians "
             "of several runs, and ratios come from builds run alternately in the same run.", ""]
    lines += _table(["", ""], env + [("Load average at end (1/5/15 min)", load_end)]
                    + ([("Sections not run", ", ".join(not_run))] if not_run else []))
    lines += ["", "## Budgets", ""]
    verdict = lambda b: "info" if b.informational else ("met" if b.met else "**MISSED**")  # noqa: E731
    lines += _table(["Budget", "Measured", "Limit", "Result"], [[b.name, b.measured, b.limit, verdict(b)] for b in budgets])
    lines += ["", f"{len(budgets) - len(missed) - sum(b.informational for b in budgets)} met, {len(missed)} missed"
              + (f", {len(errors)} section(s) failed to run" if errors else "") + "."]
    for section in sections:
        lines += ["", f"## {section.title}", ""] + _table(section.columns, section.rows)
        if section.notes:
            lines += [""] + [f"- {note}" for note in section.notes]
    if errors:
        lines += ["", "## Sections that failed to run", ""] + [f"- {e}" for e in errors]
    return "\n".join(lines) + "\n"
