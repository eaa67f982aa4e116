"""What the site needs once its pages are built, by MkDocs or Zensical alike: each guide's downloads, the
occupation files the composers fetch, the place index, the search index, then every page's Content Security Policy, checked page
by page.

MkDocs runs `run` from the adapter's `on_post_build`; after a Zensical build, `python -m macros.build.postbuild site`
runs it. Each step is a function of the validated data and the built site's folder, run in the order of `STEPS`:
a step that writes files the search should index goes before `index_for_search`; the policy steps come last,
once no page changes any more.
"""
import json
import subprocess
import sys
from pathlib import Path

import pagefind_bin

from macros.build.csp import protect_site
from macros.data.site import DATA_DIR, load_site
from macros.data.errors import DataError
from macros.domain import places
from macros.render.pages.downloads import download_files
from macros.render.occupation_files import occupation_files

ROOT = Path(__file__).resolve().parents[2]
# The theme's own templates (mkdocs.yml's custom_dir): their inline scripts are allowed by the policy.
CUSTOM_TEMPLATES = ROOT / "overrides"
# Not page text: what Material's search left out (the composer's form), headings' permalink signs and buttons.
SEARCH_EXCLUDED = "[data-search-exclude], .headerlink, button"


class StepFailed(Exception):
    """A post-build step could not finish; its message says which and why."""


def write_downloads(site, site_dir: Path) -> None:
    """Each guide's data files, next to its pages: <role>/downloads/."""
    for role in site.guides:
        target = site_dir / role / "downloads"
        target.mkdir(parents=True, exist_ok=True)
        for name, text in download_files(site, role).items():
            (target / name).write_text(text, encoding="utf-8")


_last_occupation_files = {}


def occupation_files_once(site) -> dict:
    """`occupation_files(site)`, worked out again only when the occupation data changed. While their files are
    unchanged, the validated occupations are the very same objects from one load of the data to the next
    (data/occupations.py), so `make serve` rebuilding after an edit to a guide reuses the texts of the last build."""
    inputs = [getattr(site, "occupation_release", None), *getattr(site, "occupations", {}).values(),
              *getattr(site, "occupation_wages", {}).values()]
    last = _last_occupation_files.get("inputs")
    if last is None or len(last) != len(inputs) or any(a is not b for a, b in zip(last, inputs)):
        _last_occupation_files.update(inputs=inputs, files=occupation_files(site))
    return _last_occupation_files["files"]


occupation_files_once.cache_clear = _last_occupation_files.clear


def write_occupation_files(site, site_dir: Path) -> None:
    """The JSON files the any-job composer and the comparison fetch, at the paths occupation_files names."""
    for name, text in occupation_files_once(site).items():
        target = site_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def write_place_index(site, site_dir: Path) -> None:
    """The place index every place filter and composer fetches, once for the whole site (docs/assets/places.js)."""
    target = site_dir / places.INDEX_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(places.site_place_index(site), ensure_ascii=False, separators=(",", ":")),
                      encoding="utf-8")


def index_for_search(site, site_dir: Path) -> None:
    """Pagefind's search index in pagefind/: the article of each page (`data-pagefind-body`)."""
    try:
        command = [str(pagefind_bin.get_executable()), "--site", str(site_dir),
                   "--exclude-selectors", SEARCH_EXCLUDED, "--quiet"]
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise StepFailed(f"Search index: Pagefind could not run: {error}") from None
    if result.returncode != 0:
        output = (result.stderr or result.stdout).strip()
        raise StepFailed(f"Search index: Pagefind failed (exit {result.returncode}): {output}")
    # Pagefind also writes its ready-made search interfaces; the site uses its own (docs/assets/search.js).
    for unused in [*site_dir.glob("pagefind/pagefind-*ui.*"), site_dir / "pagefind" / "pagefind-highlight.js"]:
        unused.unlink(missing_ok=True)


def give_every_page_its_policy(site, site_dir: Path) -> None:
    """Each page's policy placed, then each page checked for exactly one, before any script."""
    try:
        protect_site(site_dir, (CUSTOM_TEMPLATES,))
    except ValueError as error:
        raise StepFailed(f"Content Security Policy: {error}") from None


STEPS = [write_downloads, write_occupation_files, write_place_index, index_for_search]
POLICY_STEPS = [give_every_page_its_policy]


def run(site, site_dir: Path, policy: bool = True) -> None:
    """Every step over a built site; `policy=False` (while serving: the live-reload script is inline) leaves the
    pages without their policy. Raises StepFailed."""
    for step in STEPS + (POLICY_STEPS if policy else []):
        step(site, Path(site_dir))


def main(argv=None) -> int:
    """`python -m macros.build.postbuild SITE_DIR`: the steps over a site another generator built."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python -m macros.build.postbuild SITE_DIR (a folder a build has written)", file=sys.stderr)
        return 2
    try:
        run(load_site(DATA_DIR), Path(args[0]))
    except (DataError, StepFailed) as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
