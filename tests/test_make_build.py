"""`make build`: bad data or a strict warning stops it with a clear message and leaves the previous site/ whole;
a good build replaces site/ in one move."""
import os
import shutil
import subprocess

import pytest

from helpers import ROOT, copy_project
from macros.build import csp

LEVELS = "data/roles/account-manager/levels.yml"


@pytest.fixture
def project(tmp_path):
    """A copy of what `make build` reads (mtimes kept, so make does not reinstall), with an old site/."""
    copy_project(tmp_path, target="")
    for name in ("Makefile", "requirements.txt"):
        shutil.copy2(ROOT / name, tmp_path / name)
    (tmp_path / "site").mkdir()
    (tmp_path / "site/marker").write_text("previous build")
    return tmp_path


def make_build(project):
    return subprocess.run(["make", "--no-print-directory", "build", f"VENV={ROOT / '.venv'}"], cwd=project,
                          capture_output=True, text=True)


def assert_previous_site_kept(project):
    assert (project / "site/marker").read_text() == "previous build"
    assert not (project / ".site-new").exists()


def test_bad_data_stops_the_build_with_one_line_per_problem(project):
    levels = project / LEVELS
    text = levels.read_text(encoding="utf-8")
    line = text[: text.index("      min: 0.5")].count("\n") + 1
    levels.write_text(text.replace("      min: 0.5", "      min: half a year", 1), encoding="utf-8")
    result = make_build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert f"{LEVELS}:{line} levels[0].experience.min: expected a number, got 'half a year'\n" in output
    assert "Traceback" not in output
    assert_previous_site_kept(project)


def test_a_strict_warning_late_in_the_build_keeps_the_previous_site(project):
    page = project / "docs/sources.md"  # a site-wide page: role pages are checked against their page set first
    page.write_text(page.read_text(encoding="utf-8") + "\n[gone](nowhere.md)\n", encoding="utf-8")
    result = make_build(project)
    assert result.returncode != 0 and "nowhere.md" in result.stdout + result.stderr
    assert_previous_site_kept(project)


def test_a_good_build_replaces_the_site(project):
    result = make_build(project)
    assert result.returncode == 0, result.stderr
    assert not (project / "site/marker").exists() and (project / "site/account-manager/levels/index.html").is_file()


def test_a_page_the_policy_cannot_allow_stops_the_build_naming_it(project):
    """The policy allows only the theme's inline scripts: one written into a page stops the build at its last step."""
    page = project / "docs/sources.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    result = make_build(project)
    assert result.returncode != 0
    assert ("Content Security Policy: sources/index.html carries an inline script that no theme template writes: "
            "'alert(1)'" in result.stdout + result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    assert_previous_site_kept(project)


def test_a_policy_switched_off_in_the_shell_never_reaches_a_build(project):
    """Only `make serve` leaves pages without their policy, whatever the shell exports."""
    result = subprocess.run(["make", "--no-print-directory", "build", f"VENV={ROOT / '.venv'}"], cwd=project,
                            capture_output=True, text=True, env={**os.environ, "ROLE_GUIDES_CSP": "off"})
    assert result.returncode == 0, result.stderr
    pages = sorted((project / "site").rglob("*.html"))
    assert pages and csp.site_problems(project / "site", (project / "overrides",)) == []


def test_the_post_build_steps_name_what_stops_them(project):
    """`python -m macros.build.postbuild SITE_DIR`, as run after a Zensical build: a usage line, or the page at fault."""
    command = [str(ROOT / ".venv/bin/python"), "-m", "macros.build.postbuild"]
    usage = subprocess.run(command, cwd=project, capture_output=True, text=True)
    assert usage.returncode == 2 and usage.stderr.startswith("usage: python -m macros.build.postbuild SITE_DIR")
    built = project / "built"
    built.mkdir()
    (built / "index.html").write_text('<!doctype html><html><head><meta charset="utf-8"><title>t</title>'
                                      "<script>alert(1)</script></head><body><p>x</p></body></html>", encoding="utf-8")
    result = subprocess.run([*command, "built"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stderr.startswith("Content Security Policy: index.html carries an inline script that no theme "
                                    "template writes: 'alert(1)'")
    assert (built / "account-manager/downloads/account-manager.json").is_file()
