"""The competency matrix on a phone (390 px wide): every cell on screen, labelled with its level, nothing
hidden past the edge; and the copy button of a level's expectations puts the expected Markdown on the clipboard."""
import yaml

from conftest import PHONE, ROOT, becomes

LEVELS = ROOT / "data/roles/account-manager/levels.yml"
CELLS = """() => [...document.querySelector('#expects-junior-client-relationships').closest('table').querySelectorAll('td')]
  .map(td => { const box = td.getBoundingClientRect();
    return {left: box.left, right: box.right, width: box.width, label: td.dataset.label || '',
            text: td.innerText.trim(), shown: td.checkVisibility()}; })"""


def expected_markdown(level_id) -> str:
    """A level's scope and expectations as Markdown, read straight from the YAML."""
    data = yaml.safe_load(LEVELS.read_text(encoding="utf-8"))
    levels = {lv["id"]: lv for lv in data["levels"]}

    def said(cell):  # a cell where no source says anything reads so on the page and in the copy
        return "Not stated in the sources" if cell.get("silent") else cell["text"]

    def expectation(level, competency):
        entry = next(e for e in level["expectations"] if e["competency"] == competency)
        return expectation(levels[level["extends"]], competency) if entry.get("unchanged") else said(entry)

    level, scope = levels[level_id], levels[level_id]["scope"]
    labels = (("accounts", "Accounts"), ("autonomy", "Autonomy"), ("works_with", "Works with"), ("measured_on", "Measured on"))
    return (f"## {level['title']}\n\n### Scope\n\n" + "".join(f"- **{label}:** {said(scope[key])}\n" for key, label in labels)
            + "\n### Expectations\n\n" + "".join(f"- **{c['name']}:** {expectation(level, c['id'])}\n"
                                                  for c in data["competencies"]))


def test_the_matrix_is_readable_at_390_px_with_nothing_past_the_edge(phone_page):
    phone_page.goto("/account-manager/levels/#competency-matrix", wait_until="load")
    assert becomes(phone_page, "document.querySelector('#expects-junior-client-relationships').closest('table')"
                          ".dataset.rgLabelled !== undefined", True)
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    table = "document.querySelector('#expects-junior-client-relationships').closest('table')"
    assert phone_page.evaluate(f"{table}.scrollWidth <= {table}.clientWidth + 1")
    cells = phone_page.evaluate(CELLS)
    data = yaml.safe_load(LEVELS.read_text(encoding="utf-8"))
    assert len(cells) == len(data["competencies"]) * (len(data["levels"]) + 1)
    for cell in cells:
        assert cell["shown"] and cell["text"], cell
        assert cell["left"] >= 0 and cell["right"] <= PHONE["width"] and cell["width"] >= 200, cell
    labels = {cell["label"] for cell in cells}
    assert {"Junior", "Mid-Level", "Senior", "Enterprise", "Global", "Strategic"} <= labels


def test_the_copy_button_puts_a_levels_expectations_on_the_clipboard_as_markdown(phone_page):
    phone_page.goto("/account-manager/levels/#level-senior-expectations", wait_until="load")
    button = phone_page.locator('button[data-copy="markdown"][data-export="level-senior-expectations-export"]')
    button.scroll_into_view_if_needed()
    button.tap()
    assert becomes(phone_page, "navigator.clipboard.readText()", expected_markdown("senior"))
    global_button = phone_page.locator('button[data-copy="markdown"][data-export="level-global-expectations-export"]')
    global_button.tap()
    assert becomes(phone_page, "navigator.clipboard.readText()", expected_markdown("global"))  # kept from senior
