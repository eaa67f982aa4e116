"""Mistakes a content author makes when adding or editing a role: each is reported by `make check` (and the
build) with its file, its line where it has one, and what to do; never a traceback."""
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from helpers import copy_project, mkdocs_build, problems

from macros.cli.new_role import new_role
from macros.build.pageset import check_pages
from macros.data.roles import role_titles

NEW, TITLE = "key-account-manager", "Key Account Manager"


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path, fixture_data=True)


def filled_role(project):
    """A second guide, made with the role command and filled with the account-manager's data; no profile yet."""
    new_role(NEW, TITLE, root=project)
    source = project / "data/roles/account-manager"
    for path in (project / "data/roles" / NEW).glob("*.yml"):
        header = path.read_text(encoding="utf-8").splitlines(keepends=True)[:2]
        text = "".join(header + (source / path.name).read_text(encoding="utf-8").splitlines(keepends=True)[2:])
        if path.name == "role.yml":
            text = text.replace("id: account-manager", f"id: {NEW}", 1).replace("title: Account Manager", f"title: {TITLE}", 1)
        path.write_text(text, encoding="utf-8")


def data_problems(project) -> list[str]:
    return problems(project / "data")


def page_problems(project) -> list[str]:
    return [str(p) for p in check_pages(project / "docs", project / "mkdocs.yml", role_titles(project / "data"))]


def check(project) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "macros.cli.check"], cwd=project, capture_output=True, text=True)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_a_guide_without_a_profile(project):
    filled_role(project)
    assert any(p.startswith(f"data/roles/{NEW}/role.yml:3 id: no profile for '{NEW}' in data/profiles.yml: add one")
               for p in data_problems(project)), data_problems(project)


@pytest.mark.slow  # a build of its own
def test_pages_without_a_data_folder_are_reported_by_check_and_build(project, tmp_path):
    shutil.copytree(project / "docs/account-manager", project / "docs" / NEW)
    expected = f"docs/{NEW}: pages without data: there is no data/roles/{NEW}/; create it with `make role ID={NEW}"
    assert any(p.startswith(expected) for p in page_problems(project))
    result = check(project)
    assert result.returncode == 1 and expected in result.stderr
    build = mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 1 and expected in build.stderr and "Traceback" not in build.stderr
    assert "KeyError" not in build.stderr


def test_a_copied_page_that_drifts_from_the_page_set(project):
    page = project / "docs/account-manager/hiring.md"
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[7] = "A sentence only this copy has.\n"
    page.write_text("".join(lines), encoding="utf-8")
    assert page_problems(project) == [
        "docs/account-manager/hiring.md:8: differs from macros/pages/hiring.md; run `make pages` to rewrite it "
        "from the page set (edit macros/pages/, not the copies)"]


def test_a_copied_nav_title_left_unrenamed(project):
    filled_role(project)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f"    - {TITLE}:\n", "    - Account Manager:\n"), encoding="utf-8")
    line = text[:text.index(f"    - {TITLE}:")].count("\n") + 1
    assert page_problems(project) == [
        f"mkdocs.yml:{line} nav: the Roles section differs from the roles' data and the page set "
        f"(expected: - {TITLE}:); run `make pages` to rewrite it"]


def test_a_page_deleted_with_its_nav_line(project):
    filled_role(project)
    (project / "docs" / NEW / "faq.md").unlink()
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(f"        - FAQ: {NEW}/faq.md\n", ""), encoding="utf-8")
    problems = page_problems(project)
    assert f"docs/{NEW}/faq.md: page is missing; run `make pages` to rewrite it from the page set " \
           "(edit macros/pages/, not the copies)" in problems
    assert any(p.startswith("mkdocs.yml:") and f"(expected: - FAQ: {NEW}/faq.md)" in p for p in problems), problems


def test_a_schema_error_does_not_hide_reference_errors(project):
    levels = project / "data/roles/account-manager/levels.yml"
    levels.write_text(levels.read_text(encoding="utf-8").replace("track: ladder", "track: rung", 1), encoding="utf-8")
    profiles = project / "data/profiles.yml"
    profiles.write_text(re.sub(r"(- id: sales-manager\n(?:.*\n)*?\s+sources: \[)", r"\1no-such-source, ",
                               profiles.read_text(encoding="utf-8"), count=1), encoding="utf-8")
    problems = data_problems(project)
    assert any("levels.yml" in p and "track: expected one of" in p for p in problems), problems
    assert any(p.startswith("data/profiles.yml:") and "unknown source 'no-such-source'" in p for p in problems), problems
    assert not any("is not used anywhere" in p for p in problems), problems


def test_an_extends_cycle_between_levels(project):
    path = project / "data/roles/account-manager/levels.yml"
    text = path.read_text(encoding="utf-8")
    line = text[:text.index("    extends: junior\n")].count("\n") + 1
    path.write_text(text.replace("    extends: junior\n", "    extends: senior\n", 1), encoding="utf-8")
    problems = data_problems(project)
    assert f"data/roles/account-manager/levels.yml:{line} levels[1].extends: extends goes round in a circle " \
           "(mid → senior → mid); each level extends the one below it, and the lowest extends none" in problems
    assert "Traceback" not in check(project).stderr


def test_a_schema_error_in_one_file_and_a_dangling_reference_in_another_of_the_same_role(project):
    role = project / "data/roles/account-manager"
    levels = (role / "levels.yml").read_text(encoding="utf-8")
    (role / "levels.yml").write_text(levels.replace("    track: ladder\n", "    track: rung\n", 1), encoding="utf-8")
    track_line = levels[:levels.index("    track: ladder\n")].count("\n") + 1
    pay = (role / "compensation.yml").read_text(encoding="utf-8")
    (role / "compensation.yml").write_text(pay.replace("sources: [jd-guide-2019]", "sources: [no-such-source]", 1),
                                           encoding="utf-8")
    source_line = pay[:pay.index("sources: [jd-guide-2019]")].count("\n") + 1
    known = ", ".join(s["id"] for s in yaml.safe_load((project / "data/sources.yml").read_text(encoding="utf-8"))["sources"])
    schema = f"data/roles/account-manager/levels.yml:{track_line} levels[0].track: expected one of "
    dangling = f"data/roles/account-manager/compensation.yml:{source_line} national_averages[0].sources[0]: " \
               f"unknown source 'no-such-source'; known sources (data/sources.yml): {known}"
    result = check(project)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(line.startswith(schema) and line.endswith(", got 'rung'") for line in lines), result.stderr
    assert dangling in lines, result.stderr
    assert not any("is not used anywhere" in line for line in lines), result.stderr
