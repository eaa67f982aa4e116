"""Section 4: `make serve`: from saving a data file to the browser showing the change.

`make serve` runs `mkdocs serve`, which watches docs/, mkdocs.yml and mkdocs.yml's `watch:` folders (data/, macros/,
overrides/). A saved file starts a build of the whole served site into a temporary folder (MkDocs has no partial
build that knows which pages read which data file); the script MkDocs injects into every served page long-polls the
server and reloads the page once that build is done. So the time is the build's: `make serve` leaves the ~950
occupation guides out unless OCCUPATIONS names them, which keeps that build to the guides and tools.
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from .common import ROOT, Budget, Section, median, temp_dir

BUDGET_S = 5.0
PAGE = "account-manager/"
DATA_FILE = Path("data/roles/account-manager/role.yml")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _project(snapshot: Path, target: Path) -> Path:
    """The snapshot with what `make serve` itself needs: the Makefile, the lock it checks and the project's .venv."""
    shutil.copytree(snapshot, target)
    for name in ("Makefile", "requirements.txt"):
        shutil.copy2(ROOT / name, target / name)
    (target / ".venv").symlink_to((ROOT / ".venv").resolve())
    return target


def _wait_until_served(url: str, process, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"make serve stopped ({process.returncode}) before serving {url}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} not served in {timeout:.0f} s")


def _cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of a process, its threads and every descendant still running or waited for, from
    /proc: what a rebuild costs whatever else the machine is doing."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += sum(int(x) for x in fields[11:15]) / tick  # utime, stime, cutime, cstime
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += _cpu_seconds(int(child))
    except (OSError, ValueError):
        pass
    return total


def _shows(page, marker: str) -> bool:
    try:
        return marker in page.content()
    except Exception:  # the page is reloading: its document is being replaced
        return False


def _until(page, wanted, timeout: float) -> float:
    started = time.perf_counter()
    while not wanted():
        if time.perf_counter() - started > timeout:
            raise RuntimeError(f"{page.url}: the change did not show in {timeout:.0f} s")
        page.wait_for_timeout(50)
    return time.perf_counter() - started


def measure(browser, snapshot: Path, edits: int, occupations: str = "", timeout: float = 300) -> dict:
    """`make serve PORT=<free> [OCCUPATIONS=...]` in a copy of the project, the role's overview open in Chromium;
    `edits` times: a marker saved into the role's summary, then the time until the open page shows it (and the
    file put back, waited for, not timed). Also the build times `mkdocs serve` logged."""
    work = temp_dir("serve")
    project = _project(snapshot, work / "project")
    port = _free_port()
    log_path = work / "serve.log"
    command = ["make", "serve", f"PORT={port}"] + ([f"OCCUPATIONS={occupations}"] if occupations else [])
    started = time.perf_counter()
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=project, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/{PAGE}"
    data_file = project / DATA_FILE
    original = data_file.read_text(encoding="utf-8")
    times, cpus = [], []
    page = browser.new_page()
    try:
        _wait_until_served(url, process, timeout)
        first_build = time.perf_counter() - started
        page.goto(url, wait_until="load")
        for n in range(edits):
            marker = f"Reloaded{n}x"
            data_file.write_text(re.sub(r"^(summary: )", rf"\g<1>{marker} ", original, count=1, flags=re.M),
                                 encoding="utf-8")
            cpu = _cpu_seconds(process.pid)
            times.append(_until(page, lambda: _shows(page, marker), timeout))
            cpus.append(_cpu_seconds(process.pid) - cpu)
            data_file.write_text(original, encoding="utf-8")
            _until(page, lambda: not _shows(page, marker) and "Reloaded" not in page.url, timeout)
    finally:
        page.close()
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
        logged = log_path.read_text(encoding="utf-8", errors="replace")
        shutil.rmtree(work, ignore_errors=True)
    builds = [float(s) for s in re.findall(r"Documentation built in ([\d.]+) seconds", logged)]
    return {"command": " ".join(command[:2] + command[3:]), "first": first_build, "times": times, "cpus": cpus,
            "builds": builds[1:], "first_build_logged": builds[0] if builds else None}


def run(browser, snapshot: Path, edits: int = 3, with_all: bool = True, log=print) -> Section:
    section = Section(
        title="4. `make serve`: a saved data file to the browser showing it",
        columns=["Command", "Served after (s)", "Edits", "Save → page shows it: median (s)", "Min (s)", "Max (s)",
                 "Rebuild logged by MkDocs: median (s)", "CPU time of `make serve` per edit: median (s)"],
        notes=[f"In a copy of the project, `make serve` (exactly the Makefile's target) on a free port; /{PAGE} open "
               f"in Chromium (Playwright). Each edit saves a marker into the summary of `{DATA_FILE}`, then times "
               "from the save until the open page's document holds the marker: MkDocs notices the change, rebuilds, "
               "and the live-reload script it injects into served pages (a long poll) reloads the page. The file is "
               "then put back and the page waited for, untimed. \"Rebuild logged\" is MkDocs' own \"Documentation "
               "built in\" figure for those rebuilds; the CPU time is that of `make serve` and every process under it "
               "(MkDocs, Pagefind) from the save to the page showing it, read from /proc: on an idle machine with a "
               "core to spare, the wall time comes close to it.", __doc__.split("\n\n", 1)[1].replace("\n", " ").strip()],
    )
    runs = [("", edits)] + ([("all", 1)] if with_all else [])
    for occupations, count in runs:
        log(f"serve: make serve{' OCCUPATIONS=' + occupations if occupations else ''}, {count} edit(s) ...")
        result = measure(browser, snapshot, count, occupations)
        times = result["times"]
        section.rows.append([f"`{result['command']}`", f"{result['first']:.1f}", len(times), f"{median(times):.1f}",
                             f"{min(times):.1f}", f"{max(times):.1f}",
                             f"{median(result['builds']):.1f}" if result["builds"] else "",
                             f"{median(result['cpus']):.1f}"])
        if not occupations:
            section.budgets.append(Budget("`make serve`: saved data file → browser shows it (median)",
                                          f"{median(times):.1f} s", f"≤ {BUDGET_S:g} s", median(times) <= BUDGET_S))
        else:
            section.budgets.append(Budget(f"`make serve OCCUPATIONS={occupations}`: the same (information)",
                                          f"{median(times):.1f} s", f"≤ {BUDGET_S:g} s", median(times) <= BUDGET_S,
                                          informational=True))
    return section
