"""The same sources built by Zensical, the successor of Material for MkDocs, show the same content."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from gates import site_pages, tree, visible_text
from test_build import data_values, shown

ZENSICAL = Path(sys.executable).parent / "zensical"


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("zensical")
    for name in ("docs", "data", "macros", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", project)
    result = subprocess.run([str(ZENSICAL), "build", "--strict"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return project / "site"


def page_texts(site: Path) -> dict[str, str]:
    """Visible text of every page (not the 404 page, not redirect stubs, which only MkDocs writes)."""
    return {url: visible_text(tree(path.read_text(encoding="utf-8")))
            for url, path in site_pages(site) if path.name == "index.html"}


def headings(path: Path) -> list[str]:
    root = tree(path.read_text(encoding="utf-8"))
    article = root.find(".//article") or root
    return [visible_text(h).replace("¶", "").strip() for h in article.iter() if h.tag in ("h1", "h2", "h3")]


def test_both_builds_publish_the_same_pages(built_site, zensical_site):
    assert set(page_texts(built_site)) == set(page_texts(zensical_site))


def test_every_heading_is_in_both_builds(built_site, zensical_site):
    missing = []
    for _, page in site_pages(built_site):
        if page.name != "index.html":
            continue
        twin = zensical_site / page.relative_to(built_site)
        text = visible_text(tree(twin.read_text(encoding="utf-8")))
        missing += [(page.relative_to(built_site).as_posix(), h) for h in headings(page) if h and h not in text]
    assert not missing, missing[:10]


def test_every_data_string_is_in_the_zensical_build(site, zensical_site):
    text = " ".join(page_texts(zensical_site).values())
    site = site.model_copy(update={"wages": None})  # a reference table shown in part: see tests/test_build.py
    missing = [(p, v) for p, v in data_values(site) if not shown(v, text)]
    assert not missing, missing[:10]
