"""Link gate: every link of the built site leads somewhere, and every citable anchor ever published still exists."""
from pathlib import Path

import yaml

from conftest import ROOT
from helpers import FIXTURES
from gates import landing_places, link_problems, registry

HERE = ROOT / "tests"
ANCHORS = HERE / "anchors.txt"
EXTERNAL = HERE / "external_links.txt"
BROKEN_SITE = FIXTURES / "broken-site"


def listed(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a committed list."""
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


class _AnyTag(yaml.SafeLoader):
    """Reads mkdocs.yml, whose !ENV and !!python tags plain YAML does not know."""


_AnyTag.add_multi_constructor("!", lambda loader, suffix, node: None)
_AnyTag.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def redirect_maps(config_path: Path = ROOT / "mkdocs.yml") -> dict:
    """The redirects plugin's map of old page -> new page, or {} when the plugin is not configured."""
    config = yaml.load(config_path.read_text(encoding="utf-8"), Loader=_AnyTag)
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "redirects" in plugin:
            return dict((plugin["redirects"] or {}).get("redirect_maps") or {})
    return {}


def page_sources(url: str) -> set[str]:
    """The docs files a page URL can come from: '/a/b/' <- 'a/b.md' or 'a/b/index.md'; '/' <- 'index.md'."""
    path = url.split("#", 1)[0].strip("/")
    return {"index.md"} if not path else {f"{path}.md", f"{path}/index.md"}


def lost_anchors(committed: list[str], current: list[str], redirects: dict) -> list[str]:
    """Registry entries the site no longer has and no redirect accounts for."""
    present = set(current)
    return [entry for entry in committed if entry not in present and not page_sources(entry) & set(redirects)]


# --- the real site -----------------------------------------------------------

def test_every_link_resolves(built_site):
    problems = link_problems(built_site, set(listed(EXTERNAL)))
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(problems[:40])


def test_every_external_link_is_https():
    assert all(url.startswith("https://") for url in listed(EXTERNAL)), listed(EXTERNAL)


def test_registry_is_sorted_and_unique():
    entries = listed(ANCHORS)
    assert entries == sorted(set(entries)), "tests/anchors.txt must be sorted without repeats: run `make anchors`"


def test_every_published_anchor_still_exists(built_site):
    lost = lost_anchors(listed(ANCHORS), landing_places(built_site), redirect_maps())
    assert not lost, (f"{len(lost)} published pages or anchors are gone; links people saved break. Restore them, or "
                      f"add a redirect in mkdocs.yml (pages), or if the removal is intended run `make anchors`:\n"
                      + "\n".join(lost[:40]))


# --- the gate itself, on broken input ----------------------------------------

def test_checker_reports_missing_page_anchor_and_bad_external_links():
    problems = link_problems(BROKEN_SITE, {"https://squidfunk.github.io/mkdocs-material/"})
    assert "/: missing/: no such page" in problems
    assert "/: guide/#level-trainee: no element with id 'level-trainee' on that page" in problems
    assert "/: http://example.com/: external link is not https" in problems
    assert "/: https://example.org/unlisted: external link not listed in tests/external_links.txt" in problems
    assert len(problems) == 4, problems


def test_registry_lists_pages_headings_and_citable_ids_only():
    assert registry(BROKEN_SITE) == ["/", "/#home", "/guide/", "/guide/#guide", "/guide/#level-junior",
                                     "/guide/#question-why"]


def test_lost_anchor_is_reported_unless_redirected():
    committed = ["/guide/", "/guide/#level-junior", "/old/", "/old/#faq-why", "/gone/#stage-x"]
    current = ["/guide/", "/guide/#level-junior"]
    assert lost_anchors(committed, current, {}) == ["/old/", "/old/#faq-why", "/gone/#stage-x"]
    assert lost_anchors(committed, current, {"old.md": "guide.md"}) == ["/gone/#stage-x"]
    assert lost_anchors(committed, current + ["/new/#x"], {}) == ["/old/", "/old/#faq-why", "/gone/#stage-x"]


def test_redirect_maps_are_read_from_mkdocs_config(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_url: !ENV [SITE_URL, 'https://x/']\nplugins:\n  - search\n  - redirects:\n"
                      "      redirect_maps:\n        old.md: new.md\n", encoding="utf-8")
    assert redirect_maps(config) == {"old.md": "new.md"}
    config.write_text("plugins:\n  - search\n", encoding="utf-8")
    assert redirect_maps(config) == {}
