"""A second role is data: copy a role's data folder under a new id, add its profile, copy the
role-agnostic page folder and list it in the nav; no code changes. The strict build then renders it."""
import re
import shutil

from conftest import ROOT, mkdocs_build

NEW = "key-account-manager"


def make_project(tmp_path):
    project = tmp_path / "project"
    for name in ("docs", "data", "macros", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(project / "data/roles/account-manager", project / f"data/roles/{NEW}")
    role = project / f"data/roles/{NEW}/role.yml"
    text = role.read_text(encoding="utf-8")
    text = text.replace("id: account-manager", f"id: {NEW}", 1).replace("title: Account Manager", "title: Key Account Manager", 1)
    role.write_text(text, encoding="utf-8")
    profiles = project / "data/profiles.yml"
    profiles.write_text(profiles.read_text(encoding="utf-8").replace("profiles:\n", (
        f"profiles:\n  - id: {NEW}\n    title: Key Account Manager\n    focus: The largest accounts.\n"
        "    goal: Keep and grow them.\n    key_activities: [Account planning]\n"
        "    soc:\n      - code: 41-3091\n        title: Sales Representatives of Services, Except Advertising, Insurance,"
        " Financial Services, and Travel\n        why: As for the Account Manager.\n"
        "    sources: [template-guide-2025]\n"), 1),
        encoding="utf-8")
    shutil.copytree(project / "docs/account-manager", project / f"docs/{NEW}")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    section = re.search(r"( +)- Account Manager:\n(?:\1  +.*\n)+", config).group(0)
    config = config.replace(section, section + section.replace("Account Manager:", "Key Account Manager:", 1)
                            .replace("account-manager/", f"{NEW}/"))
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    return project


def test_a_second_role_needs_only_data_and_a_copy_of_the_pages(tmp_path):
    project = make_project(tmp_path)
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    overview = (tmp_path / "site" / NEW / "index.html").read_text(encoding="utf-8")
    assert "<h1" in overview and "Key Account Manager" in overview
    home = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert f'href="{NEW}/"' in home
    assert (tmp_path / "site" / NEW / "downloads" / f"{NEW}.json").is_file()
    levels = (tmp_path / "site" / NEW / "levels/index.html").read_text(encoding="utf-8")
    assert 'id="level-senior"' in levels and "../../sources/#source-recruiter-jd-page" in levels
