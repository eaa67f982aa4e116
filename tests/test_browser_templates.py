"""The copy and download buttons of the templates page and the posting composer, in Chromium."""
from pathlib import Path

import pytest

from macros.render import exports
from macros.render.blocks import money_range

TEMPLATES = "/account-manager/templates/"
COMPOSER = "/account-manager/composer/"
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


def compose(page):
    page.goto(COMPOSER)
    page.select_option("#composer-level", "senior")
    page.select_option("#composer-industry", "saas")
    page.select_option("#composer-arrangement", "remote")
    page.select_option("#composer-metro", "san-francisco")
    page.locator("#composer-fill-company-name").press_sequentially("Northwind Analytics")


def test_composer_copies_the_chosen_posting_and_the_link_reproduces_it(page, site):
    compose(page)
    metro = next(m for m in guide(site).compensation.by_metro if m.metro == "san-francisco")
    assert page.input_value("#composer-pay") == money_range(metro.base) == "$70,000–$90,000"
    assert "nationally: Senior base salary band, $85,000–$120,000" in page.inner_text("#composer-pay-note")
    page.locator('#composer [data-copy="text"]').click()
    page.locator("#composer .rg-status").filter(has_text="Copied plain text").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    senior = next(lv for lv in guide(site).levels.levels if lv.id == "senior")
    saas = next(g for g in guide(site).industries.industries if g.industry == "saas")
    assert "Northwind Analytics" in copied and "[Company Name]" not in copied
    assert f"• {senior.responsibilities[0]}" in copied and f"• {saas.responsibilities[0]}" in copied
    assert "$70,000–$90,000 base salary" in copied
    assert "This is a fully remote role" in copied
    preview = page.inner_text("#composer-preview")
    link = page.evaluate("location.href")
    assert "level=senior" in link and "industry=saas" in link and "metro=san-francisco" in link
    page.goto(link)
    assert page.inner_text("#composer-preview") == preview
    assert page.input_value("#composer-level") == "senior"
    assert page.input_value("#composer-fill-company-name") == "Northwind Analytics"


def test_composer_marks_unfilled_placeholders_and_escapes_input(page):
    page.goto(COMPOSER)
    marks = page.locator("#composer-preview mark.rg-placeholder").all_inner_texts()
    assert "[Company Name]" in marks and "[Reports To]" in marks
    page.fill("#composer-fill-company-name", "<b>Acme</b> & Co")
    assert page.locator("#composer-preview b").count() == 0
    assert "<b>Acme</b> & Co " in page.inner_text("#composer-preview")
    assert "[Company Name]" not in page.locator("#composer-preview mark.rg-placeholder").all_inner_texts()


def test_composer_shows_only_the_fields_the_posting_uses(page, site):
    page.goto(COMPOSER)
    page.select_option("#composer-level", "senior")
    assert "[Team Name]" in page.inner_text("#composer-preview")
    assert page.locator("#composer-fill-team-name").is_visible()
    first = guide(site).levels.levels[0].id
    page.select_option("#composer-level", first)
    uses_team = "[Team Name]" in page.inner_text("#composer-preview")
    assert page.locator("#composer-fill-team-name").is_visible() == uses_team


def test_composer_edited_pay_is_kept_in_the_link(page):
    compose(page)
    page.fill("#composer-pay", "$99,000–$111,000")
    link = page.evaluate("location.href")
    page.goto(link)
    assert page.input_value("#composer-pay") == "$99,000–$111,000"
    assert "$99,000–$111,000 base salary" in page.inner_text("#composer-preview")


def test_composer_download(page):
    compose(page)
    with page.expect_download() as info:
        page.locator('#composer [data-download="md"]').click()
    text = Path(info.value.path()).read_text(encoding="utf-8")
    assert info.value.suggested_filename == "job-posting.md"
    assert text.startswith("# Senior Account Manager\n") and "Northwind Analytics" in text


def test_composer_by_keyboard(page, site):
    page.goto(COMPOSER)
    for _ in range(150):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "composer-level":
            break
    else:
        pytest.fail("Tab never reached the level select")
    levels = guide(site).levels.levels
    assert page.input_value("#composer-level") == levels[0].id
    page.keyboard.press("ArrowDown")
    assert page.input_value("#composer-level") == levels[1].id
    assert page.inner_text("#composer-preview").startswith(levels[1].title)
    assert "level=" + levels[1].id in page.evaluate("location.href")
