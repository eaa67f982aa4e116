"""`make build`: bad data or a strict warning stops it with a clear message and leaves the previous site/ whole;
a good build replaces site/ in one move."""
import os
import shutil
import subprocess

import pytest

from conftest import ROOT

LEVELS = "data/roles/account-manager/levels.yml"


@pytest.fixture
def project(tmp_path):
    """A copy of what `make build` reads (mtimes kept, so make does not reinstall), with an old site/."""
    for name in ("docs", "data", "macros", "overrides"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "Makefile", "requirements.txt"):
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


def test_a_page_without_its_security_policy_stops_the_build_naming_it(project):
    """The build's last step reads every page's head: with the policy step turned off, no page passes."""
    result = subprocess.run(["make", "--no-print-directory", "build", f"VENV={ROOT / '.venv'}"], cwd=project,
                            capture_output=True, text=True, env={**os.environ, "ROLE_GUIDES_CSP": "off"})
    assert result.returncode != 0
    assert ("Content Security Policy: account-manager/levels/index.html: has 0 Content Security Policies in its head; "
            "it must have exactly one"
            in result.stderr.splitlines())
    assert "Traceback" not in result.stderr
    assert_previous_site_kept(project)
