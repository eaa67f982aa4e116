"""Shared helpers: the project snapshot, timed child builds, sizes and budget rows."""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ["mkdocs.yml", "docs", "overrides", "macros", "data"]


@dataclass
class Section:
    """One table of results.md: a title, a note, rows of cells and the budgets checked."""
    title: str
    columns: list[str]
    rows: list[list] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    budgets: list["Budget"] = field(default_factory=list)


@dataclass
class Budget:
    name: str
    measured: str
    limit: str
    met: bool
    informational: bool = False  # shown for comparison, never fails the run


@dataclass
class BuildRun:
    seconds: float
    peak_mib: float
    cpu_seconds: float = 0.0  # user + system time of the build and the processes it waited for (Pagefind)


def snapshot(target: Path) -> Path:
    """Copy the parts of the project a build reads, so that edits made meanwhile do not change the measurements."""
    target.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part, ignore=ignore)
        else:
            shutil.copy2(source, target / part)
    return target


def temp_dir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"bench-{prefix}-"))


def build(project: Path, out: Path, *, strict: bool = True, extra_env: dict | None = None) -> BuildRun:
    """Run `mkdocs build` of `project` into `out` as a child process; its wall time and its own peak RSS.

    os.wait4 gives the resource usage of this one child (RUSAGE_CHILDREN would be the maximum over all children).
    """
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONDONTWRITEBYTECODE="1", **(extra_env or {}))
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(out)] + (["--strict"] if strict else [])
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            log.seek(0)
            tail = log.read().decode(errors="replace")[-3000:]
            raise RuntimeError(f"mkdocs build of {project} failed ({process.returncode}):\n{tail}")
    # ru_maxrss is in KiB on Linux; the CPU time covers the build's own children too only as far as they were
    # waited for, which is how the build runs Pagefind.
    return BuildRun(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


def median(values) -> float:
    return statistics.median(values)


def drop_macros_plugin(config_text: str) -> str:
    """mkdocs.yml without the `- macros:` plugin entry and its options (the file has !ENV tags, so edit text)."""
    lines, out, skipping = config_text.splitlines(keepends=True), [], None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if skipping is not None:
            if line.strip() and indent <= skipping:
                skipping = None
            else:
                continue
        if re.match(r"\s*- macros\s*:?\s*$", line):
            skipping = indent
            continue
        out.append(line)
    return "".join(out)


def add_theme_feature(config_text: str, feature: str) -> str:
    """mkdocs.yml with one more entry under theme.features."""
    match = re.search(r"^[ \t]+features:[ \t]*\n([ \t]+)- ", config_text, flags=re.M)
    if not match:
        raise ValueError("mkdocs.yml has no theme.features list")
    at = match.start(1)
    return config_text[:at] + f"{match.group(1)}- {feature}\n" + config_text[at:]


def theme_features(config_text: str) -> list[str]:
    match = re.search(r"^[ \t]+features:[ \t]*\n((?:[ \t]+- .*\n)+)", config_text, flags=re.M)
    return [line.strip()[2:].strip() for line in match.group(1).splitlines()] if match else []


def tree_bytes(path: Path, suffix: str = "") -> tuple[int, int]:
    """Total bytes and number of files below `path` (only names ending with `suffix`)."""
    total = count = 0
    for file in path.rglob(f"*{suffix}"):
        if file.is_file():
            total += file.stat().st_size
            count += 1
    return total, count


def kib(n: float) -> str:
    return f"{n / 1024:,.1f} KiB"


def mib(n: float) -> str:
    return f"{n / 1024 / 1024:,.1f} MiB"
