"""The real site: a strict, warning-free build that shows every piece of data and loads nothing from elsewhere."""
import json
import re

import pytest

from conftest import ROOT, mkdocs_build
from macros.data.checks import walk
from macros.data.schema import schemas
from site_text import normalise, page_text, read_page, visible_text

# Keys whose values are ids or fixed words rendered as labels, not text to find verbatim.
NOT_TEXT = {"id", "track", "audience", "currency", "period", "variable", "as_of", "category"}


def data_values(model):
    """Every text and number in a model that a reader must find on the site."""
    for path, value, kind in walk(model):
        if kind or not path or path[-1] in NOT_TEXT or "former_ids" in path or isinstance(value, bool):
            continue
        if isinstance(value, str) or isinstance(value, (int, float)):
            yield path, value


def shown(value, text):
    if isinstance(value, str):
        return normalise(value) in text
    forms = {f"{value:g}", f"{value:,.0f}", f"{value:,}"}
    return any(re.search(rf"(?<![\d.,]){re.escape(form)}(?![\d,]|\.\d)", text) for form in forms)


def test_strict_build_has_no_warnings(strict_build):
    _, result = strict_build
    assert "WARNING" not in result.stderr, result.stderr


def test_every_level_string_is_on_the_levels_page(built_site, site):
    text = page_text(built_site / "account-manager/levels/index.html")
    missing = [(p, v) for p, v in data_values(site.guides["account-manager"].levels) if not shown(v, text)]
    assert not missing, missing[:10]


# The BLS wage data (site.wages) is a reference table: the pages show the rows the role uses, and every row
# is in the role's BLS downloads, which tests/test_wage_pages.py checks against the raw file.
@pytest.mark.parametrize("part", ["sources", "profiles", "industries", "metros", "arrangements", "placeholders",
                                  "inclusive_language", "posting_text", "pay_transparency", "pay_requirements",
                                  "law_sources", "guides"])
def test_nothing_in_the_data_is_dropped(built_site, site, part):
    text = visible_text(built_site)
    missing = [(p, v) for p, v in data_values(getattr(site, part)) if not shown(v, text)]
    assert not missing, f"{len(missing)} values not shown, e.g. {missing[:8]}"


def test_no_page_loads_from_another_origin(built_site):
    foreign = []
    for page in built_site.rglob("*.html"):
        foreign += [(page.name, url) for url in read_page(page).loads if re.match(r"^(https?:)?//", url)]
    for sheet in built_site.rglob("*.css"):
        foreign += [(sheet.name, url) for url in re.findall(r"(?:url\(|@import\s+)['\"]?((?:https?:)?//[^'\")\s]+)",
                                                          sheet.read_text(encoding="utf-8"))]
    assert not foreign, foreign[:10]


def test_committed_schemas_are_current():
    committed = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "data/schema").glob("*.json")}
    assert committed == schemas(), "data/schema is stale: run `make schemas` and commit the result"


def test_each_data_file_names_its_schema_and_page():
    for path in (ROOT / "data").rglob("*.yml"):
        first, second = path.read_text(encoding="utf-8").splitlines()[:2]
        schema = first.removeprefix("# yaml-language-server: $schema=")
        assert first != schema and (path.parent / schema).resolve().is_file(), f"{path}: first line must name its schema"
        assert second.startswith("# Rendered by: docs/"), f"{path}: second line must name the page that renders it"
        json.loads((path.parent / schema).read_text(encoding="utf-8"))
