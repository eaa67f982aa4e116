import contextlib
import fcntl
import json
import os
import subprocess
import threading
import time
from pathlib import Path

import pytest

from helpers import ROOT, copy_data, copy_project, edit, mkdocs_build, read_yaml  # noqa: F401 (used by test files)
from macros.data.site import load_site
from macros.render.blocks import PageContext


@pytest.fixture(scope="session")
def site():
    """The real data, validated."""
    return load_site()


@pytest.fixture(scope="session")
def ctx(site):
    """A renderer context for a page one folder below the docs root, as the role pages are."""
    return PageContext(site=site, role="account-manager", root="../")


def shared_folder(tmp_path_factory) -> Path:
    """The temporary folder all the processes of one run share (under `pytest -n`, the controller's)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def once_per_run(shared: Path, name: str, compute):
    """What `compute()` returns (JSON), computed once per test run: the processes of `pytest -n` share it through
    the `shared` folder; the first to get here computes it (under a file lock), the others wait for it and read it."""
    saved = shared / f"{name}.json"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not saved.exists():
            saved.write_text(json.dumps(compute()))
    return json.loads(saved.read_text())


def _build_real_site(shared: Path) -> list:
    """The real site built into shared/real-site once per test run, and how the build ended (a CompletedProcess's
    arguments)."""
    def build():
        result = mkdocs_build(ROOT, shared / "real-site")
        return [result.args, result.returncode, result.stdout, result.stderr]

    return once_per_run(shared, "real-site", build)


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """A whole run (`make test`: no test named or filtered out) starts building the real site at once, in the
    background, so the tests that need no site (they are collected first: pytest.ini) run meanwhile."""
    whole_run = (config.args_source == pytest.Config.ArgsSource.TESTPATHS and not config.option.collectonly
                 and not config.option.markexpr and not config.option.keyword)
    if hasattr(config, "workerinput") or not whole_run:
        return
    threading.Thread(target=_build_real_site, args=(config._tmp_path_factory.getbasetemp(),), daemon=True).start()


@pytest.fixture(scope="session")
def strict_build(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The real site, built once per test run with `mkdocs build --strict`: its folder and the finished build."""
    shared = shared_folder(tmp_path_factory)
    result = subprocess.CompletedProcess(*_build_real_site(shared))
    assert result.returncode == 0, result.stderr
    return shared / "real-site", result


@pytest.fixture(scope="session")
def built_site(strict_build) -> Path:
    """The real site, built once per test run with `mkdocs build --strict`."""
    return strict_build[0]


# Tests that need the built site, a browser, a build of their own or a download (the pinned BLS wheel), that read
# every file of the project (marked where they are), and property-based tests, are `slow`: `pytest -m "not slow"` (make test-fast) runs the rest in seconds; `make test`
# runs everything.
SLOW_FIXTURES = {"built_site", "strict_build", "server", "browser", "page", "real_wheel", "desktop_pages",
                 "phone_pages"}
SLOW_MODULES = {"test_make_build", "test_second_role", "test_security", "test_zensical", "test_jobposting"}


def pytest_collection_modifyitems(items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & {"browser", "page", "desktop_pages", "phone_pages"}:
            item.add_marker(pytest.mark.browser)
        if fixtures & SLOW_FIXTURES or item.module.__name__ in SLOW_MODULES \
                or getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the fixture data folder (tests/fixtures/data: one role, a few laws, the wage rows and
    vocabulary they use, six occupations), for tests that break data on purpose."""
    return copy_data(tmp_path / "data")


@pytest.fixture
def occupations_copy(data_copy) -> Path:
    """`data_copy`, for tests that change occupation files (tests/fixtures/data/occupations: 41-3091 is there)."""
    return data_copy


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync", "--disable-quic"]


@contextlib.contextmanager
def serve_folder(folder: Path):
    """`folder` served over HTTP on a free localhost port; yields its base URL."""
    import functools
    import http.server
    import threading

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()


@pytest.fixture(scope="session")
def server(built_site):
    """The built site served over HTTP on a free localhost port; yields its base URL."""
    with serve_folder(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser build)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def desktop_pages(tmp_path_factory, request, built_site) -> dict:
    """What the page-wide gates read on each page of the built site on a desktop screen (sweep.desktop_sweep), read
    once per test run."""
    import sweep

    return once_per_run(shared_folder(tmp_path_factory), "desktop-pages", lambda: sweep.desktop_sweep(
        request.getfixturevalue("browser"), built_site, request.getfixturevalue("server")))


@pytest.fixture(scope="session")
def phone_pages(tmp_path_factory, request, built_site) -> dict:
    """What the page-wide gates read on each page of the built site on a phone (sweep.phone_sweep), read once per
    test run."""
    import sweep

    return once_per_run(shared_folder(tmp_path_factory), "phone-pages", lambda: sweep.phone_sweep(
        request.getfixturevalue("browser"), built_site, request.getfixturevalue("server")))


# Requests to other origins go to a proxy that does not exist, so they fail; the site's own origin (127.0.0.1) is
# reached directly. A route that aborted them would turn off the browser's cache: every page would fetch every asset
# again, through the test process, and load in twice the time.
NO_WAY_OUT = {"server": "http://proxy.invalid:9", "bypass": "127.0.0.1"}


def guarded_context(browser, server, **options):
    """A browser context from which no request leaves for another origin than `server`; each one asked for is listed
    in the context's `foreign`."""
    context = browser.new_context(proxy=NO_WAY_OUT, **options)
    context.foreign = []
    context.on("request", lambda request: None if request.url.startswith((server, "data:", "blob:"))
               else context.foreign.append(request.url))
    return context


@contextlib.contextmanager
def _guarded_page(browser, server, **options):
    """A fresh page in a context of its own; requests to other origins fail the test."""
    context = guarded_context(browser, server, base_url=server, **options)
    yield context.new_page()
    context.close()
    assert not context.foreign, f"requests to other origins: {context.foreign}"


@pytest.fixture
def page(browser, server):
    """A fresh page that may read and write the clipboard; requests to other origins fail the test."""
    with _guarded_page(browser, server, permissions=["clipboard-read", "clipboard-write"], accept_downloads=True) as page:
        yield page


@pytest.fixture(scope="module")
def search_page(browser, server):
    """One open page of the site for every query of a test file, as a person searches again without reloading;
    requests to other origins fail the tests."""
    with _guarded_page(browser, server) as page:
        page.goto(server + "/")
        yield page


PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_page(browser, server):
    """A phone-sized page (390 × 844) with touch that may read and write the clipboard; other origins fail the test."""
    with _guarded_page(browser, server, viewport=PHONE, has_touch=True, is_mobile=True,
                       permissions=["clipboard-read", "clipboard-write"]) as page:
        yield page


def becomes(page, expression, wanted, seconds=10) -> bool:
    """Whether `expression` (awaited when it gives a promise, such as a clipboard read) comes to equal `wanted` within
    `seconds`. Polled from here, every 20 ms: wait_for_function cannot wait on a promise's value."""
    deadline = time.monotonic() + seconds
    while page.evaluate(expression) != wanted:
        if time.monotonic() > deadline:
            return False
        page.wait_for_timeout(20)
    return True


def careers_page(script: str) -> str:
    """An employer's careers page carrying a JobPosting <script>, as a composer's JSON-LD copy is meant to be used."""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title>{script}</head>'
            "<body><p>The posting.</p></body></html>")


def job_posting_errors(scripts: dict, folder: Path) -> list:
    """The errors Google's JobPosting rules (tests/js/validate-pages.mjs) find in each {name: JSON-LD script} on a
    careers page."""
    files = []
    for name, script in scripts.items():
        files.append(folder / f"{name}.html")
        files[-1].write_text(careers_page(script), encoding="utf-8")
    result = subprocess.run(["node", "tests/js/validate-pages.mjs", *map(str, files)], cwd=ROOT, capture_output=True,
                            text=True, timeout=120)
    assert result.stdout.strip(), result.stderr
    errors = [i for issues in json.loads(result.stdout).values() for i in issues if i["severity"] == "ERROR"]
    assert result.returncode == 0 or errors, result.stdout + result.stderr
    return errors
