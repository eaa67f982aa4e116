"""Section 1: wall time and peak memory of `mkdocs build --strict` of the real site."""
from pathlib import Path

from .common import Section, build, median, temp_dir, tree_bytes, mib


def run(project: Path, runs: int) -> Section:
    out = temp_dir("build") / "site"
    build(project, out)  # warm-up: file cache, .pyc files of the libraries
    results = [build(project, out) for _ in range(runs)]
    seconds = [r.seconds for r in results]
    peaks = [r.peak_mib for r in results]
    size, files = tree_bytes(out)
    _, pages = tree_bytes(out, ".html")
    section = Section(
        title="1. Build of the real site",
        columns=["Measure", "Median", "Min", "Max"],
        rows=[
            ["Wall time (s)", f"{median(seconds):.2f}", f"{min(seconds):.2f}", f"{max(seconds):.2f}"],
            ["Peak memory of the build process (MiB)", f"{median(peaks):.0f}", f"{min(peaks):.0f}", f"{max(peaks):.0f}"],
        ],
        notes=[f"`mkdocs build --strict` of a snapshot of the project, {runs} runs after one warm-up; "
               f"peak memory is the child's own `ru_maxrss` (os.wait4). Output: {pages} HTML pages, "
               f"{files} files, {mib(size)}."],
    )
    return section
