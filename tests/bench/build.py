"""Section 1: wall time and peak memory of `mkdocs build --strict` of the real site, every occupation guide
included, and the size of the committed occupation data."""
import subprocess
from pathlib import Path

from .common import Budget, Section, build, median, temp_dir, tree_bytes, mib

TIME_BUDGET_S = 90
MEMORY_BUDGET_MIB = 1.5 * 1024
DATA_BUDGET_BYTES = 25_000_000
OCCUPATION_DATA = Path("data/occupations")


def data_size(project: Path) -> tuple[int, int, str]:
    """(bytes of the files, how many files, what `du -sh` says) of the committed occupation data."""
    size, files = tree_bytes(project / OCCUPATION_DATA)
    du = subprocess.run(["du", "-sh", str(OCCUPATION_DATA)], cwd=project, capture_output=True, text=True)
    return size, files, du.stdout.split()[0] if du.returncode == 0 and du.stdout else "unknown"


def run(project: Path, runs: int) -> Section:
    out = temp_dir("build") / "site"
    results = [build(project, out) for _ in range(runs)]
    seconds = [r.seconds for r in results]
    peaks = [r.peak_mib for r in results]
    size, files = tree_bytes(out)
    _, pages = tree_bytes(out, ".html")
    guides = sum(1 for p in (out / "occupations").glob("*/index.html") if p.parent.name[:2].isdigit())
    data_bytes, data_files, du = data_size(project)
    section = Section(
        title="1. Build of the real site, every occupation guide included",
        columns=["Measure", "Median", "Min", "Max"],
        rows=[
            ["Wall time (s)", f"{median(seconds):.2f}", f"{min(seconds):.2f}", f"{max(seconds):.2f}"],
            ["CPU time of the build process (s)", f"{median(r.cpu_seconds for r in results):.2f}",
             f"{min(r.cpu_seconds for r in results):.2f}", f"{max(r.cpu_seconds for r in results):.2f}"],
            ["Peak memory of the build process (MiB)", f"{median(peaks):.0f}", f"{min(peaks):.0f}", f"{max(peaks):.0f}"],
            [f"Committed occupation data ({OCCUPATION_DATA}/, {data_files} files)",
             f"{data_bytes / 1e6:,.2f} MB", "", ""],
        ],
        notes=[f"`mkdocs build --strict` of a snapshot of the project, {runs} run(s), right after the snapshot's own check "
               "build (which warms the file cache); "
               "peak memory is the child's own `ru_maxrss`, its CPU time the user and system time of it and of the "
               "processes it waited for, Pagefind included (os.wait4): a figure the machine's load inflates far less "
               f"than the wall time. Output: {pages} HTML pages "
               f"({guides} occupation guides), {files} files, {mib(size)}.",
               f"Committed data: the bytes of the files under {OCCUPATION_DATA}/ (MB = 1,000,000 bytes), what git "
               f"stores and a clone gets; `du -sh`, which counts the file system's blocks, says {du}."],
        budgets=[
            Budget("Build of the real site (every occupation): wall time, median", f"{median(seconds):.1f} s",
                   f"≤ {TIME_BUDGET_S} s", median(seconds) <= TIME_BUDGET_S),
            Budget("Build of the real site (every occupation): peak memory, median", f"{median(peaks):,.0f} MiB",
                   "≤ 1.5 GiB", median(peaks) <= MEMORY_BUDGET_MIB),
            Budget("Committed data for all occupations", f"{data_bytes / 1e6:,.2f} MB",
                   f"≤ {DATA_BUDGET_BYTES / 1e6:g} MB", data_bytes <= DATA_BUDGET_BYTES),
        ],
    )
    return section
