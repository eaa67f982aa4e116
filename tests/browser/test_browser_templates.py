"""The copy and download buttons of the templates page, in Chromium (the composer: test_browser_composer.py)."""
from pathlib import Path

import pytest

from macros.render import exports

TEMPLATES = "/account-manager/templates/"
READ_HTML = """async () => {
  const items = await navigator.clipboard.read();
  const item = items.find(i => i.types.includes('text/html'));
  return item ? await (await item.getType('text/html')).text() : null;
}"""


def guide(site):
    return site.guides["account-manager"]


@pytest.fixture
def saas(site):
    return next(t for t in guide(site).templates.templates if t.id == "saas")


def button(page, template_id, kind, value):
    return page.locator(f'[data-export="template-{template_id}-export"][{kind}="{value}"]')


def status_of(page, template_id):
    return page.locator(f'.rg-toolbar:has([data-export="template-{template_id}-export"]) .rg-status')


def test_copy_plain_text(page, saas):
    page.goto(TEMPLATES)
    button(page, "saas", "data-copy", "text").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "#" not in copied and "**" not in copied
    assert not [line for line in copied.splitlines() if line.startswith("- ")]
    assert f"• {saas.sections.responsibilities[0]}" in copied
    assert "[Company Name]" in copied
    assert status_of(page, "saas").inner_text() == "Copied plain text"


def test_copy_markdown(page, saas):
    page.goto(TEMPLATES)
    button(page, "saas", "data-copy", "markdown").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(f"# {saas.title}\n")
    assert "\n## Responsibilities\n" in copied and f"- {saas.sections.responsibilities[0]}" in copied


def test_copy_formatted(page, site, saas):
    page.goto(TEMPLATES)
    button(page, "saas", "data-copy", "html").click()
    status_of(page, "saas").filter(has_text="Copied formatted text").wait_for()
    html = page.evaluate(READ_HTML)
    assert html is not None and "<ul>" in html and f"<li>{saas.sections.responsibilities[0]}</li>" in html
    assert page.evaluate("navigator.clipboard.readText()") == exports.template_text(saas, site)


@pytest.mark.parametrize("kind, render", [("txt", exports.template_text), ("md", exports.template_markdown)])
def test_downloads(page, site, saas, kind, render):
    page.goto(TEMPLATES)
    with page.expect_download() as info:
        button(page, "saas", "data-download", kind).click()
    download = info.value
    assert download.suggested_filename == f"saas.{kind}"
    assert Path(download.path()).read_text(encoding="utf-8") == render(saas, site)
