import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.data.site import load_site  # noqa: E402
from macros.render.blocks import PageContext  # noqa: E402


@pytest.fixture(scope="session")
def site():
    """The real data, validated."""
    return load_site()


@pytest.fixture(scope="session")
def ctx(site):
    """A renderer context for a page one folder below the docs root, as the role pages are."""
    return PageContext(site=site, role="account-manager", root="../")


def mkdocs_build(project: Path, out: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
                          cwd=project, env=env, capture_output=True, text=True)


@pytest.fixture(scope="session")
def strict_build(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The real site, built once per test run with `mkdocs build --strict`: its folder and the finished build."""
    out = tmp_path_factory.mktemp("site")
    result = mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    return out, result


@pytest.fixture(scope="session")
def built_site(strict_build) -> Path:
    """The real site, built once per test run with `mkdocs build --strict`."""
    return strict_build[0]


# Tests that need the built site, a browser or a build of their own, and property-based tests, are `slow`:
# `pytest -m "not slow"` (make test-fast) runs the rest in seconds; `make test` runs everything.
SLOW_FIXTURES = {"built_site", "strict_build", "server", "browser", "page"}
SLOW_MODULES = {"test_make_build", "test_second_role", "test_security", "test_zensical", "test_jobposting"}


def pytest_collection_modifyitems(items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & {"browser", "page"}:
            item.add_marker(pytest.mark.browser)
        if fixtures & SLOW_FIXTURES or item.module.__name__ in SLOW_MODULES \
                or getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)


def copy_project(tmp_path) -> Path:
    """A writable copy of what a build reads (docs, data, macros, the theme's overrides, mkdocs.yml)."""
    project = tmp_path / "project"
    for name in ("docs", "data", "macros", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of the real data folder, for tests that break it on purpose. Its occupations/ (1,700 files)
    is a link to the real one, not a copy: a test that changes them replaces the link with `occupations_copy`."""
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target, ignore=lambda folder, names: ["occupations"] if Path(folder) == ROOT / "data" else [])
    (target / "occupations").symlink_to(ROOT / "data" / "occupations", target_is_directory=True)
    return target


@pytest.fixture
def occupations_copy(data_copy) -> Path:
    """`data_copy` with a writable copy of the occupation files; returns the data folder."""
    (data_copy / "occupations").unlink()
    shutil.copytree(ROOT / "data" / "occupations", data_copy / "occupations")
    return data_copy


def read_yaml(text: str):
    """Raw YAML, read by PyYAML's C loader: the types of yaml.safe_load, many times faster on the wage file."""
    return yaml.load(text, Loader=yaml.CSafeLoader)


def edit(data: Path, name: str, old: str, new: str) -> int:
    """Replace the first `old` in data/<name> by `new`; returns the line `old` started on."""
    path = data / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


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


@contextlib.contextmanager
def _guarded_page(browser, server, **options):
    """A fresh page in a context of its own; requests to other origins fail the test."""
    context = browser.new_context(base_url=server, **options)
    foreign = []
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
                  else (foreign.append(route.request.url), route.abort()))
    yield context.new_page()
    context.close()
    assert not foreign, f"requests to other origins: {foreign}"


@pytest.fixture
def page(browser, server):
    """A fresh page that may read and write the clipboard; requests to other origins fail the test."""
    with _guarded_page(browser, server, permissions=["clipboard-read", "clipboard-write"], accept_downloads=True) as page:
        yield page


PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_page(browser, server):
    """A phone-sized page (390 × 844) with touch that may read and write the clipboard; other origins fail the test."""
    with _guarded_page(browser, server, viewport=PHONE, has_touch=True, is_mobile=True,
                       permissions=["clipboard-read", "clipboard-write"]) as page:
        yield page


def becomes(page, expression, wanted, tries=50) -> bool:
    """Whether `expression` comes to equal `wanted` within five seconds. Polled from here: the site's Content
    Security Policy refuses the string evaluation that wait_for_function polls with."""
    for _ in range(tries):
        if page.evaluate(expression) == wanted:
            return True
        page.wait_for_timeout(100)
    return False


def careers_page(script: str) -> str:
    """An employer's careers page carrying a JobPosting <script>, as a composer's JSON-LD copy is meant to be used."""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careers</title>{script}</head>'
            "<body><p>The posting.</p></body></html>")


def job_posting_errors(scripts: dict, folder: Path) -> list:
    """The errors Google's JobPosting rules (tests/js/validate-pages.mjs) find in each {name: JSON-LD script} on a
    careers page."""
    import json

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
