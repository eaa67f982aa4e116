"""Safe by construction: data never runs as script, every page carries a strict Content Security Policy,
the build publishes only what belongs, and downloads stay inert in spreadsheets and Markdown editors."""
import csv
import io
import json
import re
import subprocess
import sys

import html5lib
import pytest
from markdown_it import MarkdownIt

from conftest import ROOT, copy_project, guarded_context, mkdocs_build, serve_folder
from gates import browser_urls, site_pages, tree
from sweep import STARTED, script_signatures, unread
from helpers import WATCH
from hostile import hostile_site, write_data
from macros.build import csp
from macros.data.site import load_site
from macros.data.errors import DataError
from macros.build.publish import check_publishable
from macros.render.pages.downloads import download_files

HOSTILE = [
    '"><script>alert(document.domain)</script><meta name="x',
    "</title><script>alert(2)</script><title>",
    "<img src=x onerror=alert(3)> and text",
    "[Company Name](javascript:alert(4)) for details",
    "{{ config.site_name }} {% raw %} jinja",
    "' onmouseover='alert(5)' x='",
    "<svg onload=alert(6)>text</svg>",
    "R&D &amp; <b>bold</b> *stars*",
    '<meta http-equiv="Content-Security-Policy" content="default-src * \'unsafe-inline\'">',
    "Call us\n# Heading\n- item\n1. one\n> quote\n\n    code\n[Company Name]: https://evil.invalid",
    "Sign in at evil.com/login or jobs@evil.com, [Company Name](javascript:alert(8)) ![Company Name](https://evil.invalid/i.png)",
]


def handler_attributes(page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(e =>
        [...e.attributes].filter(a => a.name.startsWith('on') || /^\\s*javascript:/i.test(a.value))
                         .map(a => `<${e.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 60)}">`))""")


def watched_page(browser, server):
    """A page that records policy violations (window.__violations), every dialog a script opens and every request to
    another origin than `server` (its context's `foreign`), which never leaves."""
    context = guarded_context(browser, server)
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
    pages = subprocess.run([sys.executable, "-m", "macros.cli.new_role", "--pages"], cwd=project, capture_output=True, text=True)
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


def test_no_page_of_the_hostile_site_runs_data_as_script(hostile_build, desktop_pages, browser):
    """No dialog, script, event handler, policy violation or request to another origin on a page of the hostile site
    that the same page of the real site does not have; the composers are opened with a hostile company name filled
    in."""
    site, _, _ = hostile_build
    known = {script for found in desktop_pages.values() for script in found.get("scripts", [])}
    problems = unread(desktop_pages)
    with serve_folder(site) as hostile:
        page = watched_page(browser, hostile)
        for path, url in browser_urls(page, site, hostile):
            query = "?fill-company-name=%3Cimg%20src%3Dx%20onerror%3Dalert(7)%3E" if "composer" in path else ""
            page.context.foreign.clear()
            page.goto(url + query, wait_until="load")
            page.wait_for_function(STARTED)
            problems += [f"{path}: request to another origin {u}" for u in page.context.foreign]
            problems += [f"{path}: dialog {d!r}" for d in page.dialogs]
            problems += [f"{path}: unknown script {s}" for s in set(script_signatures(page)) - known]
            problems += [f"{path}: {a}" for a in handler_attributes(page)]
            problems += [f"{path}: CSP {v}" for v in page.evaluate("window.__violations")]
        page.context.close()
    assert not problems, "\n".join(problems)


def head_policies(path) -> list[str]:
    """The Content Security Policies of a page's head, as html5lib (a browser's parsing) reads them."""
    document = html5lib.parse(path.read_text(encoding="utf-8"), treebuilder="etree", namespaceHTMLElements=False)
    return [m.get("content") for m in document.find("head").iter("meta")
            if (m.get("http-equiv") or "").lower() == "content-security-policy"]


def test_data_that_spells_out_a_policy_cannot_remove_the_page_s_own(hostile_build):
    site, _, _ = hostile_build
    pages = sorted(site.rglob("*.html"))
    spelled = [p for p in pages if 'http-equiv="Content-Security-Policy" content="default-src *' in visible(p)]
    assert spelled, "no page shows the hostile policy text: the case was not exercised"
    for path in pages:
        policies = head_policies(path)
        assert len(policies) == 1 and POLICY.fullmatch(policies[0]), (path, policies)
    assert csp.site_problems(site) == []


def visible(path) -> str:
    return "".join(html5lib.parse(path.read_text(encoding="utf-8"), treebuilder="etree",
                                  namespaceHTMLElements=False).find("body").itertext())


COPY_MARKUP = {"a", "img", "script", "iframe", "div", "blockquote", "ol", "pre", "code", "em", "s", "del", "table", "hr"}


def test_every_markdown_copy_of_the_hostile_site_shows_data_as_written(hostile_build):
    """The copy buttons' Markdown on every page (templates, levels), rendered with link detection: no markup,
    and each data value whole inside one heading, paragraph or list item."""
    site, _, values = hostile_build
    copies = 0
    for path in sorted(site.rglob("*.html")):
        document = html5lib.parse(path.read_text(encoding="utf-8"), treebuilder="etree", namespaceHTMLElements=False)
        for script in document.iter("script"):
            if script.get("type") != "application/json" or not (script.get("id") or "").endswith("export"):
                continue
            markdown_text = json.loads(script.text).get("markdown")
            if markdown_text is None:
                continue
            rendered = [e for e in tree(MARKDOWN.render(markdown_text)).iter() if isinstance(e.tag, str)]
            assert not COPY_MARKUP & {e.tag for e in rendered}, (path, script.get("id"))
            blocks = [" ".join("".join(e.itertext()).split()) for e in rendered
                      if e.tag in ("h1", "h2", "h3", "p", "li")]
            for n in map(int, re.findall(r"zq(\d+)qz", markdown_text)):
                whole = " ".join(values[n].split())
                assert any(whole in block for block in blocks), (path, script.get("id"), values[n])
            copies += 1
    assert copies >= 10


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


PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>{}</body></html>'


def test_the_policy_is_decided_by_the_page_s_head_never_by_its_text(tmp_path):
    spelled = '&lt;meta http-equiv="Content-Security-Policy" content="default-src *"&gt;'
    (tmp_path / "faq.html").write_text(PAGE.format(f"<p>{spelled}</p>"), encoding="utf-8")
    (tmp_path / "body.html").write_text(PAGE.format('<meta http-equiv="Content-Security-Policy" content="default-src *">'),
                                        encoding="utf-8")
    csp.protect_site(tmp_path)
    for name in ("faq.html", "body.html"):
        assert len(head_policies(tmp_path / name)) == 1 and POLICY.fullmatch(head_policies(tmp_path / name)[0]), name
    assert csp.main(tmp_path, ()) == 0


@pytest.mark.parametrize("head, problem", [
    ("", "has 0 Content Security Policies in its head"),
    ('<meta http-equiv="Content-Security-Policy" content="default-src *">', "did not write"),
    ("<script src='x.js'></script>{policy}", "runs a script before its Content Security Policy"),
    ("{policy}{policy}", "has 2 Content Security Policies in its head"),
])
def test_the_end_of_every_build_names_a_page_without_exactly_one_policy(tmp_path, capsys, head, problem):
    policy = f'<meta http-equiv="Content-Security-Policy" content="{csp.policy(PAGE, csp.theme_scripts())}">'
    (tmp_path / "ok.html").write_text(PAGE.replace("<title>", policy + "<title>"), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/bad.html").write_text(PAGE.replace("<title>", head.format(policy=policy) + "<title>"),
                                           encoding="utf-8")
    assert csp.main(tmp_path, ()) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Content Security Policy: sub/bad.html: ") and problem in lines[0]


def test_every_page_loads_without_a_policy_violation(desktop_pages):
    violations = unread(desktop_pages) + [f"{path}: {v}" for path, found in desktop_pages.items()
                                          for v in found.get("csp", [])]
    assert not violations, "\n".join(violations)


def test_search_the_colour_toggle_the_composer_and_a_copy_button_work_under_the_policy(page, server):
    page.context.add_init_script(WATCH)
    page.goto(server + "/account-manager/")
    scheme = page.evaluate("document.body.dataset.mdColorScheme")
    page.locator("label.md-header__button[for^='__palette']:visible").click()
    assert page.evaluate("document.body.dataset.mdColorScheme") != scheme
    page.keyboard.press("/")
    page.keyboard.type("quota")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    assert page.evaluate("window.__violations") == []
    page.goto(server + "/account-manager/composer/?fill-company-name=Northwind")
    page.locator("#composer[data-ready]").wait_for(state="attached")
    assert "Northwind" in page.locator("#composer-preview").inner_text()
    assert page.evaluate("window.__violations") == []
    page.goto(server + "/account-manager/templates/")
    toolbar = page.locator(".rg-toolbar").first
    toolbar.locator("button[data-copy='text']").click()
    toolbar.locator(".rg-status", has_text="Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()").strip()
    assert page.evaluate("window.__violations") == []


# --- publish only what belongs -------------------------------------------------

def test_links_and_stray_files_are_refused_with_their_names(tmp_path):
    project = copy_project(tmp_path)
    (project / "docs/environ").symlink_to("/proc/self/environ")
    (project / "docs/gitlink").symlink_to(ROOT / ".git")
    (project / "data/vocab/linked.yml").symlink_to(project / "data/vocab/metros.yml")
    hidden = ("docs/#secrets.txt", "docs/assets/#id_rsa", "overrides/#notes.txt", "docs/.env")
    for stray in ("docs/prod.env", "docs/draft.py", "overrides/notes.txt", *hidden):
        (project / stray).write_text("SECRET=1\n", encoding="utf-8")
    svg = '<svg xmlns="http://www.w3.org/2000/svg">{}</svg>'
    (project / "docs/assets/run.svg").write_text(svg.format("<script>alert(document.domain)</script>"), encoding="utf-8")
    (project / "docs/assets/hover.svg").write_text(svg.format('<rect onmouseover="alert(1)"/>'), encoding="utf-8")
    (project / "docs/assets/far.svg").write_text(svg.format('<image href="https://evil.invalid/x.png"/>'), encoding="utf-8")
    (project / "docs/assets/plain.svg").write_text(svg.format('<rect width="4" height="4"/>'), encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    for name in ("docs/environ", "docs/gitlink", "data/vocab/linked.yml"):
        assert f"{name}: is a symbolic link" in result.stderr
    for name in ("docs/prod.env", "docs/draft.py", "overrides/notes.txt"):
        assert f"{name}: is not a file the site publishes" in result.stderr
    for name in hidden:
        assert f"{name}: is a hidden or backup file" in result.stderr
    for name, why in (("run", "a <script> element"), ("hover", "an event handler"), ("far", "an external reference")):
        assert f"docs/assets/{name}.svg: is an SVG with {why}" in result.stderr
    assert "plain.svg" not in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "site").exists()


def test_editor_backups_are_never_published(tmp_path):
    project = copy_project(tmp_path)
    for backup in ("docs/index.md~", "docs/#sources.md#", "docs/account-manager/levels.md.bak", "docs/.levels.md.swp"):
        (project / backup).write_text("draft\n", encoding="utf-8")
    result = mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    published = {p.name for p in (tmp_path / "site").rglob("*")}
    assert not published & {"index.md~", "#sources.md#", "levels.md.bak", ".levels.md.swp"}


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
    assert "\\[Apply here\\](https\\://evil\\.invalid/phish)" in markdown_text
    assert "<a " not in MARKDOWN.render(markdown_text)
    text_export = json.loads(page.locator("#composer-export").text_content())["text"]
    assert "[Apply here](https://evil.invalid/phish)" in text_export  # plain text stays plain


def test_security_policy_documented():
    security = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in security and "make csp-header" in readme
    named = re.findall(r"`(tests/[\w/.-]+)`", security)
    assert len(named) >= 8 and all((ROOT / path).exists() for path in named), named
    assert "add_header Content-Security-Policy" in readme and "Header always set Content-Security-Policy" in readme
