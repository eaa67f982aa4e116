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


def test_what_only_make_serve_leaves_out_never_reaches_a_build_from_the_shell(project):
    """Only `make serve` leaves pages without their policy, and the occupation guides out, whatever the shell exports."""
    result = subprocess.run(["make", "--no-print-directory", "build", f"VENV={ROOT / '.venv'}"], cwd=project,
                            capture_output=True, text=True,
                            env={**os.environ, "ROLE_GUIDES_CSP": "off", "ROLE_GUIDES_OCCUPATIONS": ""})
    assert result.returncode == 0, result.stderr
    pages = sorted((project / "site").rglob("*.html"))
    assert pages and csp.site_problems(project / "site", (project / "overrides",)) == []
    codes = sorted(p.stem for p in (project / "data/occupations").glob("*.json") if p.stem[:2].isdigit())
    assert codes and all((project / "site/occupations" / code / "index.html").is_file() for code in codes)


def test_make_serve_builds_only_the_occupation_guides_it_is_given(project):
    """The served site, as `make serve OCCUPATIONS=41-3091` builds it: every other page, and of the occupation guides
    only 41-3091's; links to the others are no strict warning. `make serve` says which guides it serves."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "ROLE_GUIDES_OCCUPATIONS": "41-3091"}
    result = subprocess.run([str(ROOT / ".venv/bin/mkdocs"), "build", "--strict", "--site-dir", "served"],
                            cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    served = project / "served"
    guides = sorted(p.parent.name for p in (served / "occupations").glob("*/index.html") if p.parent.name[:2].isdigit())
    assert guides == ["41-3091"]
    for page in ("occupations/index.html", "occupations/a-z/index.html", "occupations/composer/index.html",
                 "occupations/compare/index.html", "account-manager/compensation/index.html", "index.html"):
        assert (served / page).is_file(), page
    assert (served / "occupations/data/29-1141.json").is_file()  # the composers still find every occupation
    said = subprocess.run(["make", "--no-print-directory", "-n", "serve", "OCCUPATIONS=41-3091", "PORT=1"],
                          cwd=project, capture_output=True, text=True).stdout
    assert 'ROLE_GUIDES_OCCUPATIONS="41-3091"' in said


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
