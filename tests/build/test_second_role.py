"""A new role is data: `make role` writes a draft (data files, pages from the page set, nav entry) that is
valid and not published; filled in, it builds strictly, and the page, escaping, link and description checks
hold for every role."""
import re
import subprocess
import sys

import yaml
from helpers import copy_project, mkdocs_build
from test_escaping import site_problems
from test_publishing import meta, site_pages

from macros.data.site import load_site
from macros.build.pageset import NAV, check_pages
from macros.data.roles import role_titles
from tests.hostile import hostile_site

NEW, TITLE = "customer-success-manager", "Customer Success Manager"
SUMMARY = "Customer Success Managers help clients get the value they paid for, so that they stay and buy more."


def run(project, *args):
    return subprocess.run([sys.executable, "-m", *args], cwd=project, capture_output=True, text=True)


def make_role(project):
    result = run(project, "macros.cli.new_role", NEW, TITLE)
    assert result.returncode == 0, result.stderr
    return result


def fill(project):
    """Fill the draft in, each file with the account-manager's content under the draft's own header lines."""
    source = project / "data/roles/account-manager"
    for path in sorted((project / "data/roles" / NEW).glob("*.yml")):
        header = path.read_text(encoding="utf-8").splitlines(keepends=True)[:2]
        body = (source / path.name).read_text(encoding="utf-8").splitlines(keepends=True)[2:]
        text = "".join(header + body)
        if path.name == "role.yml":
            text = text.replace("id: account-manager", f"id: {NEW}", 1).replace("title: Account Manager", f"title: {TITLE}", 1)
            text = re.sub(r"^summary: .*$", f"summary: {SUMMARY}", text, count=1, flags=re.M)
        if path.name == "levels.yml":
            text = "".join(header) + minimal_competencies(yaml.safe_load(text))
        if path.name == "industries.yml":
            text = "".join(header) + minimal_industry_competencies(yaml.safe_load(text))
        path.write_text(text, encoding="utf-8")


COMPETENCIES = [{"id": "client-work", "name": "Client work", "covers": "Everything done with and for clients."},
                {"id": "own-work", "name": "Own work", "covers": "Planning, reporting and working with colleagues."}]
CLIENT_FACING = {"client-relationships", "growth-and-retention", "commercial-negotiation"}


def minimal_industry_competencies(industries) -> str:
    """Industry duties tagged with the same two competencies."""
    for guide in industries["industries"]:
        for item in guide.get("responsibilities", []):
            item["competency"] = "client-work" if item["competency"] in CLIENT_FACING else "own-work"
    return yaml.safe_dump(industries, sort_keys=False, allow_unicode=True)


def minimal_competencies(levels) -> str:
    """The levels with a ladder of their own: two competencies, every item tagged with one of them."""
    levels["competencies"] = COMPETENCIES
    for level in levels["levels"]:
        for item in level["responsibilities"] + level["hard_skills"] + level["soft_skills"]:
            item["competency"] = "client-work" if item["competency"] in CLIENT_FACING else "own-work"
        level["expectations"] = [{"competency": c["id"], "text": f"{c['name']} as a {level['title']} does it."}
                                 for c in COMPETENCIES]
    return yaml.safe_dump(levels, sort_keys=False, allow_unicode=True)


def test_the_role_command_writes_a_valid_unpublished_draft(tmp_path):
    project = copy_project(tmp_path)
    make_role(project)
    role = (project / "data/roles" / NEW / "role.yml").read_text(encoding="utf-8")
    assert role.startswith("# yaml-language-server: $schema=../../schema/role.schema.json\n")
    assert "DRAFT" in role and "\ndraft: true\n" in role
    assert sorted(p.name for p in (project / "docs" / NEW).iterdir()) == sorted(name for name, _ in NAV)
    nav = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))["nav"]
    roles = next(item["Roles"] for item in nav if isinstance(item, dict) and "Roles" in item)
    assert [next(iter(entry)) for entry in roles] == ["Account Manager", TITLE]
    check = run(project, "macros.cli.check")
    assert check.returncode == 0, check.stderr
    assert f"{NEW}: draft, not published" in check.stdout
    assert check_pages(project / "docs", project / "mkdocs.yml", role_titles(project / "data")) == []
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    assert not (tmp_path / "site" / NEW).exists()
    for page in (tmp_path / "site").rglob("*.html"):
        assert f"{NEW}/" not in page.read_text(encoding="utf-8"), page


def test_a_draft_without_its_draft_line_lists_every_field_to_fill(tmp_path):
    project = copy_project(tmp_path)
    make_role(project)
    role = project / "data/roles" / NEW / "role.yml"
    role.write_text(role.read_text(encoding="utf-8").replace("draft: true\n", ""), encoding="utf-8")
    check = run(project, "macros.cli.check")
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert f"data/roles/{NEW}/role.yml:8 summary: expected" in check.stderr
    assert f"data/roles/{NEW}/levels.yml:" in check.stderr and "levels: expected at least 1 item(s)" in check.stderr


def test_a_filled_role_builds_and_every_role_passes_the_page_checks(tmp_path):
    project = copy_project(tmp_path)
    make_role(project)
    fill(project)
    check = run(project, "macros.cli.check")
    assert check.returncode == 0, check.stderr
    out = tmp_path / "site"
    result = mkdocs_build(project, out)  # strict: every link and anchor of every role resolves
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    site = load_site(project / "data")
    assert sorted(site.guides) == ["account-manager", NEW]
    for role in site.guides:
        for name, _ in NAV:
            page = out / role / ("index.html" if name == "index.md" else f"{name[:-3]}/index.html")
            assert page.is_file(), page
        front = yaml.safe_load((project / "docs" / role / "levels.md").read_text(encoding="utf-8").split("---")[1])
        assert site.guides[role].role.title in front["description"] and len(front["description"]) <= 160
        assert (out / role / "downloads" / f"{role}.json").is_file()
    overview = (out / NEW / "index.html").read_text(encoding="utf-8")
    assert "<h1" in overview and TITLE in overview
    assert f'href="{NEW}/"' in (out / "index.html").read_text(encoding="utf-8")
    levels = (out / NEW / "levels/index.html").read_text(encoding="utf-8")
    assert 'id="level-senior"' in levels and "../../sources/#source-recruiter-jd-page" in levels
    assert 'id="step-mid-to-senior-own-work"' in levels and 'id="expects-global-client-work"' in levels
    assert "account-manager/" not in levels.split('<nav class="md-nav md-nav--primary"')[1].split("</nav>")[0]
    descriptions = {}
    for _, page in site_pages(out):
        if page.name != "404.html":
            descriptions[page] = meta(page)["og:description"]
    shared = [p for p, d in descriptions.items() if list(descriptions.values()).count(d) > 1]
    assert not shared, f"pages sharing one description: {shared}"
    poisoned, values = hostile_site(site, ["<script>alert(1)</script>", "{{ x }} | *y*"])
    assert any(v in str(poisoned.guides[NEW].role.summary) for v in values)
    problems = site_problems(poisoned, values)
    assert not problems, "\n".join(problems[:15])
