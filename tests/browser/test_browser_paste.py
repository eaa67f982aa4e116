"""Paste fidelity: each copy of a composed posting and of a posting template, and a hand selection of the
posting on the page, pasted into Quill and TinyMCE (pinned in package.json, loaded from node_modules).

The editors' page (tests/paste/editors.html) is served by the test under the site's own origin, so that
it shares the clipboard permission of the site's page. The paste is a real Control+V in the focused
editor: headless Chromium pastes its own clipboard, which the copy buttons (navigator.clipboard.write)
and a hand copy (Control+C) fill.
"""
import html as html_module
import re
from html.parser import HTMLParser

import pytest

from conftest import ROOT, _guarded_page

COMPOSER = "/account-manager/composer/"
TEMPLATES = "/account-manager/templates/"
EDITORS = "/__editors/"
PASTE = ROOT / "tests" / "paste"
EDITOR_FILES = ("node_modules/quill/dist/", "node_modules/tinymce/")
CONTROL_TEXT = ["Copy plain text", "Copy Markdown", "Copy formatted", "Copy JSON-LD", "Copy link", "Download",
                "Copied", "Your posting", "Back to the form", "¶"]
EMPTY_PARAGRAPH = re.compile(r"<p[^>]*>(?:\s|&nbsp;|<br[^>]*>)*</p>")
READ_HTML = """async () => {
  const items = await navigator.clipboard.read();
  const item = items.find(i => i.types.includes('text/html'));
  return item ? await (await item.getType('text/html')).text() : null;
}"""
SELECT = """selector => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector));
  const selection = getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""

COMPOSITIONS = ["?level=senior&industry=saas&arrangement=office&place=0035620&fill-company-name=Northwind",
                "?level=junior&arrangement=remote&fill-company-name=Northwind&deadline=2027-01-15",
                "?level=enterprise&industry=healthcare&arrangement=hybrid&place=0019740&fill-company-name=Northwind"]
TEMPLATE = "general-short"


def normal(text):
    return " ".join(html_module.unescape(text).replace("\xa0", " ").split())


class Outline(HTMLParser):
    """The headings, bullet-list items and bold runs of an HTML fragment, each as its text. A list item
    counts as a bullet inside <ul> or with Quill's data-list="bullet" (Quill 2 keeps every list in <ol>);
    the title and section headings of a template on the page are paragraphs with a class."""

    CAPTURED = {"h1", "h2", "h3", "h4", "h5", "h6", "li", "strong", "b"}
    HEADING_CLASSES = {"rg-posting-title", "rg-posting-heading"}

    def __init__(self, markup):
        super().__init__(convert_charrefs=True)
        self.headings, self.bullets, self.bold = [], [], []
        self.lists, self.open = [], []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            self.lists.append(tag)
        if tag == "p" and dict(attrs).get("class") in self.HEADING_CLASSES:
            self.open.append((tag, False, []))
        elif tag in self.CAPTURED:
            bullet = tag == "li" and ((self.lists and self.lists[-1] == "ul") or ("data-list", "bullet") in attrs)
            self.open.append((tag, bullet, []))

    def handle_endtag(self, tag):
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                tag, bullet, parts = self.open.pop(i)
                text = normal("".join(parts))
                if tag in ("strong", "b"):
                    self.bold.append(text)
                elif tag != "li":
                    self.headings.append(text)
                elif bullet:
                    self.bullets.append(text)
                break

    def handle_data(self, data):
        for _, _, parts in self.open:
            parts.append(data)


def text_of(markup):
    return normal(re.sub(r"<[^>]+>", " ", markup))


def serve_editor_file(route):
    path = route.request.url.split(EDITORS, 1)[1].split("?")[0].split("#")[0]
    file = (ROOT / path) if path.startswith(EDITOR_FILES) else (PASTE / path)
    if ".." in path or not file.is_file():
        route.fulfill(status=404)
    else:
        route.fulfill(path=str(file))


@pytest.fixture(scope="module")
def pasting(browser, server):
    """A page of the site and the page with Quill and TinyMCE, in one browser context (and clipboard), opened once
    for every case: each paste starts from empty editors."""
    for needed in ("quill/dist/quill.js", "tinymce/tinymce.min.js"):
        if not (ROOT / "node_modules" / needed).exists():
            pytest.fail(f"node_modules/{needed} is missing: run `npm ci` (make test does)")
    with _guarded_page(browser, server, permissions=["clipboard-read", "clipboard-write"]) as page:
        editors = page.context.new_page()
        editors.route(server + EDITORS + "**", serve_editor_file)
        editors.goto(EDITORS + "editors.html")
        editors.wait_for_selector("body[data-ready]")
        yield page, editors


def paste(editors):
    """Paste the clipboard into each empty editor with Control+V; returns each editor's HTML."""
    editors.evaluate("clearEditors()")
    editors.locator("#quill .ql-editor").click()
    editors.keyboard.press("Control+V")
    editors.wait_for_function("quill.getLength() > 1")
    editors.evaluate("tinymce.activeEditor.focus()")
    editors.keyboard.press("Control+V")
    editors.wait_for_function("tinymce.activeEditor.getContent().length > 0")
    return {"Quill": editors.evaluate("quill.root.innerHTML"),
            "TinyMCE": editors.evaluate("tinymce.activeEditor.getContent()")}


def click_copy(page, toolbar, kind):
    status = page.locator(toolbar + " .rg-status")
    status.evaluate("status => { status.textContent = ''; }")
    page.locator(f'{toolbar} [data-copy="{kind}"]').click()
    status.filter(has_text="Copied").wait_for()


def copy_selection(page, selector):
    page.evaluate(SELECT, selector)
    page.keyboard.press("Control+C")


def assert_clean(pasted, where):
    assert "style=" not in pasted, where
    for label in CONTROL_TEXT:
        assert label not in text_of(pasted), (where, label)


def assert_formatted(pasted, source, where):
    """The source's headings come out as headings, its bullets as list items, its bold as bold, in order;
    and there is no empty paragraph but Quill's own last line, left after a posting that ends with a list."""
    assert_clean(pasted, where)
    if where[0] == "Quill":
        pasted = re.sub(r"(</ol>)<p><br></p>$", r"\1", pasted)
    assert not EMPTY_PARAGRAPH.search(pasted), (where, EMPTY_PARAGRAPH.search(pasted).group())
    want, got = Outline(source), Outline(pasted)
    assert want.headings and want.bullets
    assert got.headings == want.headings, where
    assert got.bullets == want.bullets, where
    assert [b for b in got.bold if b not in got.headings] == want.bold, where


def assert_plain(pasted, copied, markers, editor, where):
    """Text as paragraphs, with the bullets and Markdown markers as text: no markup but <p> and <br>.
    Quill makes one paragraph of each line: each blank line of the copy becomes an empty paragraph, and so
    does the copy's final line break (Quill's document always ends with one of its own)."""
    assert_clean(pasted, where)
    assert set(re.findall(r"</?([a-z0-9]+)", pasted)) <= {"p", "br"}, where
    shown = text_of(pasted)
    for marker in markers:
        assert marker in shown, (where, marker)
    empty_lines = copied.strip("\n").count("\n\n") + copied.endswith("\n")
    assert len(EMPTY_PARAGRAPH.findall(pasted)) == (empty_lines if editor == "Quill" else 0), where


def check_every_copy(page, editors, toolbar, posting):
    """Each copy button's copy and a hand copy of the whole posting, pasted into both editors; returns the
    formatted copy."""
    title = normal(page.locator(posting).first.locator("h2, h3, .rg-posting-title").first.inner_text())
    click_copy(page, toolbar, "html")
    source = page.evaluate(READ_HTML)
    for editor, pasted in paste(editors).items():
        assert_formatted(pasted, source, (editor, "formatted"))
        assert title in Outline(pasted).headings
    shown = page.locator(posting).first.inner_html()
    copy_selection(page, posting)
    selected = page.evaluate(READ_HTML)
    assert "style=" not in selected and "<mark" not in selected and "class=" not in selected
    for editor, pasted in paste(editors).items():
        assert_formatted(pasted, shown, (editor, "selection"))
    for kind, markers in (("text", [title, "• "]), ("markdown", ["# " + title, "## ", "- "])):
        click_copy(page, toolbar, kind)
        copied = page.evaluate("navigator.clipboard.readText()")
        for editor, pasted in paste(editors).items():
            assert_plain(pasted, copied, markers, editor, (editor, kind))
    return source


@pytest.mark.parametrize("query", COMPOSITIONS)
def test_composed_posting_pastes_cleanly_into_quill_and_tinymce(pasting, query):
    page, editors = pasting
    page.goto(COMPOSER + query)
    page.wait_for_selector("#composer[data-ready]")
    check_every_copy(page, editors, "#composer", "#composer-preview")


def test_template_pastes_cleanly_into_quill_and_tinymce(pasting):
    page, editors = pasting
    page.goto(TEMPLATES)
    toolbar = f'.rg-toolbar:has([data-export="template-{TEMPLATE}-export"])'
    posting = f'#template-{TEMPLATE} ~ .rg-posting'
    source = check_every_copy(page, editors, toolbar, posting)
    assert "<strong>Reports to:</strong>" in source, "the template's bold is part of the check"
