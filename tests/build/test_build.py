"""The real site: a strict, warning-free build that shows every piece of data and loads nothing from elsewhere."""
import json
import re

from helpers import ROOT, data_values, shown
from macros.data.schema import schemas
from gates import read_anchors
from site_text import page_text


def test_strict_build_has_no_warnings(strict_build):
    _, result = strict_build
    assert "WARNING" not in result.stderr, result.stderr


def test_every_level_string_is_on_the_levels_page(built_site, site):
    text = page_text(built_site / "account-manager/levels/index.html")
    missing = [(p, v) for p, v in data_values(site.guides["account-manager"].levels) if not shown(v, text)]
    assert not missing, missing[:10]


def test_no_page_loads_from_another_origin(built_site):
    foreign = []
    for page in built_site.rglob("*.html"):
        foreign += [(page.name, url) for url in read_anchors(page).loads if re.match(r"^(https?:)?//", url)]
    for sheet in built_site.rglob("*.css"):
        foreign += [(sheet.name, url) for url in re.findall(r"(?:url\(|@import\s+)['\"]?((?:https?:)?//[^'\")\s]+)",
                                                          sheet.read_text(encoding="utf-8"))]
    assert not foreign, foreign[:10]


def test_the_origin_scan_reads_every_way_a_page_loads_something(tmp_path):
    page = tmp_path / "index.html"
    page.write_text('<!doctype html><html><head><link rel="stylesheet" href="https://a.invalid/s.css">'
                    '<link rel="canonical" href="https://site.invalid/"><script src="//b.invalid/x.js"></script></head>'
                    '<body><img src="/local.png"><svg><use xlink:href="https://c.invalid/i.svg#x"/></svg>'
                    '<object data="https://d.invalid/o"></object><template><img src="https://e.invalid/t.png">'
                    '</template><a href="https://f.invalid/">a link loads nothing</a></body></html>', encoding="utf-8")
    assert read_anchors(page).loads == ["https://a.invalid/s.css", "//b.invalid/x.js", "/local.png",
                                        "https://c.invalid/i.svg#x", "https://d.invalid/o", "https://e.invalid/t.png"]


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
