"""The same sources built by Zensical, the successor of Material for MkDocs, and finished by the same post-build
steps, publish the same site: pages, search index, downloads and Content Security Policy."""
import gzip
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from gates import site_pages, tree, visible_text
from macros.build import csp
from helpers import data_values, shown


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory) -> Path:
    """`make zensical-build` in a copy of the project."""
    project = tmp_path_factory.mktemp("zensical")
    for name in ("docs", "data", "macros", "overrides"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "Makefile", "requirements.txt"):
        shutil.copy2(ROOT / name, project / name)
    result = subprocess.run(["make", "--no-print-directory", "zensical-build", f"VENV={ROOT / '.venv'}"],
                            cwd=project, capture_output=True, text=True)
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
    # Reference tables shown in part (see tests/test_build.py); the occupations' pages are compared page by page above.
    site = site.model_copy(update={"wages": None, "occupations": {}, "occupation_release": None,
                                   "occupation_wages": {}})
    missing = [(p, v) for p, v in data_values(site) if not shown(v, text)]
    assert not missing, missing[:10]


def indexed(site: Path) -> dict[str, str]:
    """URL -> text of every page in Pagefind's index, read back from its compressed fragments."""
    pages = {}
    for fragment in (site / "pagefind" / "fragment").glob("*.pf_fragment"):
        record = json.loads(gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd"))
        pages[record["url"]] = record["content"]
    return pages


def test_both_builds_index_the_same_pages_for_search(built_site, zensical_site):
    mkdocs_index, zensical_index = indexed(built_site), indexed(zensical_site)
    assert len(mkdocs_index) > 10
    assert set(zensical_index) == set(mkdocs_index)
    entry = json.loads((zensical_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"]["en"]["page_count"] == len(mkdocs_index)
    assert "Account Manager" in zensical_index["/account-manager/"]


def test_both_builds_publish_the_same_downloads(built_site, zensical_site):
    downloads = sorted(p.relative_to(built_site) for p in built_site.glob("*/downloads/*"))
    assert downloads, "the MkDocs build has no downloads"
    assert sorted(p.relative_to(zensical_site) for p in zensical_site.glob("*/downloads/*")) == downloads
    different = [str(p) for p in downloads if (zensical_site / p).read_bytes() != (built_site / p).read_bytes()]
    assert not different


def test_every_zensical_page_carries_exactly_its_policy(zensical_site):
    pages = sorted(zensical_site.rglob("*.html"))
    assert pages
    for path in pages:
        assert path.read_text(encoding="utf-8").count('http-equiv="Content-Security-Policy"') == 1, path
    assert csp.site_problems(zensical_site, (ROOT / "overrides",)) == []

