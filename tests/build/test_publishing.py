"""Publishing and linking: link previews, data downloads, deploy workflows, copy-link controls."""
import csv
from collections import Counter
import io
import json

import jsonschema
import pytest
import yaml

from conftest import ROOT
from gates import is_redirect, select, site_pages
from test_links import redirect_maps


def meta(page):
    found = {}
    for element in select(page.read_text(encoding="utf-8"), "meta, link, head > title"):
        if element.tag == "meta":
            key = element.get("property") or element.get("name")
            found[key] = element.get("content")
        elif element.tag == "link" and element.get("rel") == "canonical":
            found["canonical"] = element.get("href")
        elif element.tag == "title":
            found["title"] = element.text
    return found


def test_levels_page_has_link_preview_tags_and_canonical_url(built_site):
    tags = meta(built_site / "account-manager/levels/index.html")
    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text().replace("!ENV", ""))["site_url"][1]
    assert tags["canonical"] == tags["og:url"] == site_url + "account-manager/levels/"
    assert tags["og:title"] == tags["twitter:title"] == "Levels · Role Guides"
    assert tags["og:site_name"] == "Role Guides"
    assert tags["description"] == tags["og:description"] == tags["twitter:description"]
    assert tags["description"].startswith("Every level of the Account Manager role")
    assert tags["title"].startswith("Levels")


def test_role_overview_description_is_the_role_summary(built_site, site):
    tags = meta(built_site / "account-manager/index.html")
    assert tags["og:description"] == site.guides["account-manager"].role.summary


def test_every_page_has_its_own_description(built_site):
    descriptions = {}
    for _, page in site_pages(built_site):
        if page.name == "404.html":
            continue
        tags = meta(page)
        assert tags.get("og:description") and tags.get("og:title") and tags.get("og:url"), page
        descriptions[page] = tags["og:description"]
    times = Counter(descriptions.values())
    generic = [p for p, d in descriptions.items() if times[d] > 1]
    assert not generic, f"pages sharing one description: {generic}"


def test_json_download_validates_against_its_schema(built_site, site):
    folder = built_site / "account-manager/downloads"
    data = json.loads((folder / "account-manager.json").read_text(encoding="utf-8"))
    schema = json.loads((folder / "account-manager.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert data["guide"]["levels"]["levels"][2]["id"] == "senior"
    broken = json.loads(json.dumps(data))
    broken["guide"]["levels"]["levels"][0]["experience"]["min"] = "half a year"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_salary_csv_matches_the_data(built_site, site):
    rows = list(csv.DictReader(io.StringIO((built_site / "account-manager/downloads/pay-by-metro.csv").read_text())))
    by_metro = site.guides["account-manager"].compensation.by_metro
    assert [int(r["base_min"]) for r in rows] == [m.base.min for m in by_metro]
    assert {r["currency"] for r in rows} == {"USD"} and all(r["as_of"] and r["sources"] for r in rows)


def test_data_page_links_every_download(built_site):
    html = (built_site / "account-manager/data/index.html").read_text(encoding="utf-8")
    for name in ("account-manager.json", "account-manager.schema.json", "pay-by-level.csv", "pay-by-metro.csv"):
        assert f'href="../downloads/{name}"' in html
        assert (built_site / "account-manager/downloads" / name).is_file()


def test_pages_workflow_tests_before_it_publishes():
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())
    steps = workflow["jobs"]["build"]["steps"]
    runs = [s.get("run", "") for s in steps]
    uses = [s.get("uses", "").split("@")[0] for s in steps]
    assert runs.index("make test") < runs.index("make build") < uses.index("actions/upload-pages-artifact")
    assert workflow["jobs"]["deploy"]["needs"] == "build"
    assert workflow["jobs"]["deploy"]["steps"][0]["uses"].split("@")[0] == "actions/deploy-pages"
    assert "SITE_URL" in workflow["jobs"]["build"]["env"]


def test_only_the_deploy_job_may_publish():
    """The job that runs the project's code and tests cannot write to Pages or mint an identity token."""
    workflow = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())
    assert workflow["permissions"] == {}
    assert workflow["jobs"]["build"]["permissions"] == {"contents": "read"}
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert [s.get("uses").split("@")[0] for s in workflow["jobs"]["deploy"]["steps"]] == ["actions/deploy-pages"]


def test_ci_workflow_runs_the_readme_test_command():
    workflow = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text())
    assert [s.get("run") for s in workflow["jobs"]["test"]["steps"] if s.get("run")] == ["make test"]
    assert "make test" in (ROOT / "README.md").read_text() and "make test" in (ROOT / ".ci/run").read_text()


def test_copy_link_control_copies_the_full_url_with_anchor(page, server):
    page.goto(server + "/account-manager/levels/")
    button = page.locator("#level-senior .rg-copy-link")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#level-senior .rg-copy-link').textContent === 'Link copied'")
    assert page.evaluate("navigator.clipboard.readText()") == server + "/account-manager/levels/#level-senior"


def test_copy_link_controls_are_reachable_by_keyboard(page, server):
    page.goto(server + "/account-manager/interview/")
    page.locator("h1").first.focus()
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('rg-copy-link')"):
            break
    else:
        pytest.fail("no copy-link control reached with Tab")


def test_each_redirect_leads_to_its_new_page(built_site):
    redirects = redirect_maps()
    assert redirects, "mkdocs.yml configures the redirects plugin with at least one moved page"
    for old, new in redirects.items():
        stub = built_site / old.removesuffix(".md") / "index.html"
        target = built_site / new.removesuffix(".md") / "index.html"
        assert is_redirect(stub) and target.is_file()
        assert f'url=../{new.removesuffix(".md").split("/")[-1]}/' in stub.read_text(encoding="utf-8")
