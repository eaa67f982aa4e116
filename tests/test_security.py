"""Safe by construction: data never runs as script, every page carries a strict Content Security Policy,
the build publishes only what belongs, and downloads stay inert in spreadsheets and Markdown editors."""
import csv
import io
import json
import re
import shutil
import subprocess
import sys

import pytest
from markdown_it import MarkdownIt

from conftest import ROOT, mkdocs_build, serve_folder
from gates import browser_urls, site_pages, tree
from hostile import hostile_site, write_data
from macros import csp
from macros.data import load_site
from macros.errors import DataError
from macros.publish import check_publishable
from macros.render.downloads import download_files

HOSTILE = [
    '"><script>alert(document.domain)</script><meta name="x',
    "</title><script>alert(2)</script><title>",
    "<img src=x onerror=alert(3)> and text",
    "[Company Name](javascript:alert(4)) for details",
    "{{ config.site_name }} {% raw %} jinja",
    "' onmouseover='alert(5)' x='",
    "<svg onload=alert(6)>text</svg>",
    "R&D &amp; <b>bold</b> *stars*",
]
# Reports every Content Security Policy violation, and every dialog a script opened, to the test.
WATCH = """window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}: ${e.sample}`));"""


def copy_project(tmp_path):
    project = tmp_path / "project"
    for name in ("docs", "data", "macros", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    return project


def script_signatures(page) -> list[str]:
    """Each script element of the live page: its address, or its type and id, or the hash of its text."""
    return page.evaluate("""() => [...document.scripts].map(s =>
        s.src ? 'src ' + new URL(s.src).pathname.replace(/^.*?\\/assets\\//, 'assets/')
              : (s.type && s.type !== 'text/javascript') ? `data ${s.type} #${s.id}` : 'inline ' + s.text.length)""")


def handler_attributes(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e =>
        [...e.attributes].filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))
                         .map(a => `<${e.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`))""")


def watched_page(browser):
    """A page that records policy violations (window.__violations) and every dialog a script opens."""
    context = browser.new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return page


# --- the theme prints page data escaped exactly once ---------------------------

@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """The real site built from data whose every free-text field holds hostile text; returns (site, values)."""
    tmp = tmp_path_factory.mktemp("hostile")
    project = copy_project(tmp)
    bad, values = hostile_site(load_site(project / "data"), HOSTILE)
    write_data(with_bls_titles(bad), project / "data")
    pages = subprocess.run([sys.executable, "-m", "macros.new_role", "--pages"], cwd=project, capture_output=True, text=True)
    assert pages.returncode == 0, pages.stderr  # the pages' descriptions carry the (hostile) role title
    result = mkdocs_build(project, tmp / "site")
    assert result.returncode == 0, result.stderr
    return tmp / "site", bad, values


def with_bls_titles(site):
    """A profile's SOC titles must be BLS's own, as the wage file (hostile too) gives them."""
    titles = {o.soc: o.title for o in site.wages.occupations}
    profiles = [p.model_copy(update={"soc": [m.model_copy(update={"title": titles[m.code]}) for m in p.soc]})
                for p in site.profiles.profiles]
    return site.model_copy(update={"profiles": site.profiles.model_copy(update={"profiles": profiles})})


def test_head_shows_hostile_titles_and_descriptions_as_written(hostile_build):
    site, bad, _ = hostile_build
    head = tree((site / "account-manager/index.html").read_text(encoding="utf-8"))
    metas = {m.get("name") or m.get("property"): m.get("content") for m in head.iter("meta")}
    role = bad.guides["account-manager"].role
    assert metas["description"] == metas["og:description"] == metas["twitter:description"] == role.summary
    assert head.find(".//title").text == f"{role.title} - Role Guides"
    assert metas["og:title"] == f"{role.title} · Role Guides"
    levels = tree((site / "account-manager/levels/index.html").read_text(encoding="utf-8"))
    description = next(m.get("content") for m in levels.iter("meta") if m.get("name") == "description")
    assert f"Every level of the {role.title} role" in description
    assert [e.tag for e in head.iter("script") if not e.get("src") and e.get("type") != "application/json"] \
        == [e.tag for e in tree((site / "404.html").read_text(encoding="utf-8")).iter("script")
            if not e.get("src") and e.get("type") != "application/json"]


def test_titles_with_ampersands_are_escaped_once(built_site):
    for _, page in site_pages(built_site):
        text = page.read_text(encoding="utf-8")
        assert "&amp;amp;" not in text and "&amp;#" not in text, page


def test_no_page_of_the_hostile_site_runs_data_as_script(hostile_build, built_site, browser):
    site, _, _ = hostile_build
    known = set()
    with serve_folder(built_site) as clean:
        page = watched_page(browser)
        for _, url in browser_urls(page, built_site, clean):
            page.goto(url, wait_until="load")
            known |= set(script_signatures(page))
        page.context.close()
    problems = []
    with serve_folder(site) as hostile:
        page = watched_page(browser)
        for path, url in browser_urls(page, site, hostile):
            query = "?fill-company-name=%3Cimg%20src%3Dx%20onerror%3Dalert(7)%3E" if "composer" in path else ""
            page.goto(url + query, wait_until="load")
            page.wait_for_timeout(50)
            problems += [f"{path}: dialog {d!r}" for d in page.dialogs]
            problems += [f"{path}: unknown script {s}" for s in set(script_signatures(page)) - known]
            problems += [f"{path}: {a}" for a in handler_attributes(page)]
            problems += [f"{path}: CSP {v}" for v in page.evaluate("window.__violations")]
        page.context.close()
    assert not problems, "\n".join(problems)


# --- a strict Content Security Policy on every page ---------------------------

POLICY = re.compile(r"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]{44}')*; "
                    r"style-src 'self'; "
                    r"img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
                    r"base-uri 'self'; form-action 'none'")


def test_every_page_carries_the_policy_before_any_script(built_site):
    for path in sorted(built_site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', text)
        assert found and POLICY.fullmatch(found.group(1)), path
        assert found.start() < text.find("<script"), path
        hashes = set(re.findall(r"'sha256-[^']*'", found.group(1)))
        assert hashes == {csp.script_hash(body) for body in csp.inline_scripts(text)}, path


def test_the_policy_allows_theme_scripts_and_refuses_any_other():
    allowed = csp.theme_scripts(ROOT / "overrides")
    scope = '__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
    page = ('<html><head><meta charset="utf-8"><script>' + scope + "__md_get=(e,_=localStorage,t=__md_scope)=>"
            'JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem('
            'a.pathname+"."+e,JSON.stringify(_))}catch(e){}}</script><script type="application/json">{"a": 1}'
            '</script><script src="x.js"></script></head></html>')
    assert csp.policy(page, allowed).count("'sha256-") == 1
    protected = csp.with_policy(page, allowed)
    assert protected.index("Content-Security-Policy") < protected.index("<script")
    with pytest.raises(ValueError, match="no theme template writes"):
        csp.policy(page.replace("</head>", "<script>alert(1)</script></head>"), allowed)
    with pytest.raises(ValueError, match="no theme template writes"):
        csp.policy(page.replace('URL("../.."', 'URL(""+alert(1)+""'), allowed)


def test_every_page_works_under_its_policy(page, server, built_site):
    """No violation on any page; search, the colour toggle, a copy button and the composer work."""
    page.context.add_init_script(WATCH)
    violations = []
    for path, url in browser_urls(page, built_site, server):
        page.goto(url, wait_until="load")
        violations += [f"{path}: {v}" for v in page.evaluate("window.__violations")]
    assert not violations, "\n".join(violations)
    page.goto(server + "/account-manager/")
    scheme = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    assert page.evaluate("document.body.dataset.mdColorScheme") != scheme
    page.keyboard.press("/")
    page.keyboard.type("quota", delay=30)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.goto(server + "/account-manager/composer/?fill-company-name=Northwind")
    assert "Northwind" in page.locator("#composer-preview").inner_text()
    page.goto(server + "/account-manager/templates/")
    page.locator(".rg-toolbar button[data-copy='text']").first.click()
    assert page.evaluate("navigator.clipboard.readText()").strip()
    assert page.evaluate("window.__violations") == []


# --- publish only what belongs -------------------------------------------------

def test_links_and_stray_files_are_refused_with_their_names(tmp_path):
    project = copy_project(tmp_path)
    (project / "docs/environ").symlink_to("/proc/self/environ")
    (project / "docs/gitlink").symlink_to(ROOT / ".git")
    (project / "data/vocab/linked.yml").symlink_to(project / "data/vocab/metros.yml")
    for stray in ("docs/prod.env", "docs/draft.py", "overrides/notes.txt"):
        (project / stray).write_text("SECRET=1\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    for name in ("docs/environ", "docs/gitlink", "data/vocab/linked.yml"):
        assert f"{name}: is a symbolic link" in result.stderr
    for name in ("docs/prod.env", "docs/draft.py", "overrides/notes.txt"):
        assert f"{name}: is not a file the site publishes" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "site/environ").exists()


def test_editor_backups_are_never_published(tmp_path):
    project = copy_project(tmp_path)
    for backup in ("docs/index.md~", "docs/#sources.md#", "docs/account-manager/levels.md.bak", "docs/.env"):
        (project / backup).write_text("draft\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    published = {p.name for p in (tmp_path / "site").rglob("*")}
    assert not published & {"index.md~", "#sources.md#", "levels.md.bak", ".env"}


def test_the_publish_check_never_follows_a_linked_folder(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside/secret.env").write_text("x", encoding="utf-8")
    (tmp_path / "docs/inside").symlink_to(tmp_path / "outside", target_is_directory=True)
    with pytest.raises(DataError) as error:
        check_publishable(tmp_path / "docs", tmp_path / "overrides", tmp_path / "data", root=tmp_path)
    assert [str(p) for p in error.value.problems] == [
        f"docs/inside: is a symbolic link (to {tmp_path / 'outside'}); the build never publishes links: "
        "copy the file in, or remove the link"]


# --- downloads stay inert ------------------------------------------------------

def test_csv_cells_a_spreadsheet_would_run_are_shown_as_text(site):
    pay = site.guides["account-manager"].compensation
    bands = [pay.by_level[0].model_copy(update={"label": '=HYPERLINK("https://evil.invalid","Open")'}),
             *pay.by_level[1:]]
    guide = site.guides["account-manager"].model_copy(update={"compensation": pay.model_copy(update={"by_level": bands})})
    metros = site.metros.model_copy(update={"metros": [site.metros.metros[0].model_copy(update={"name": "@SUM(A1)"}),
                                                       *site.metros.metros[1:]]})
    changed = site.model_copy(update={"guides": {"account-manager": guide}, "metros": metros})
    files = download_files(changed, "account-manager")
    levels = list(csv.DictReader(io.StringIO(files["pay-by-level.csv"])))
    assert levels[0]["band"] == "'=HYPERLINK(\"https://evil.invalid\",\"Open\")"
    assert levels[1]["band"] == pay.by_level[1].label
    metro_rows = list(csv.DictReader(io.StringIO(files["pay-by-metro.csv"])))
    first_metro = site.metros.metros[0].id
    shown = [r["metro"] for r in metro_rows]
    if any(p.metro == first_metro for p in pay.by_metro):
        assert "'@SUM(A1)" in shown
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in metro_rows + levels for cell in row.values())


MARKDOWN = MarkdownIt("gfm-like")  # CommonMark with GitHub's tables, strikethrough and bare-address links


def test_a_link_typed_into_the_composer_stays_text_in_the_markdown_download(page, server):
    page.goto(server + "/account-manager/composer/?fill-company-name="
              "%5BApply%20here%5D(https%3A%2F%2Fevil.invalid%2Fphish)")
    with page.expect_download() as download:
        page.locator("#composer button[data-download='md']").click()
    markdown_text = open(download.value.path(), encoding="utf-8").read()
    assert "\\[Apply here\\](https\\://evil.invalid/phish)" in markdown_text
    assert "<a " not in MARKDOWN.render(markdown_text)
    text_export = json.loads(page.locator("#composer-export").text_content())["text"]
    assert "[Apply here](https://evil.invalid/phish)" in text_export  # plain text stays plain


def test_security_policy_documented():
    security = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in security and "make csp-header" in readme
    assert "add_header Content-Security-Policy" in readme and "Header always set Content-Security-Policy" in readme
