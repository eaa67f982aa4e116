"""mkdocs-macros entry point, also run by Zensical: load the data once and register the renderers.

Zensical loads this file by path rather than as a package and calls `define_env` for
every page, so imports are absolute and the loaded data is cached until a data file changes.
"""
import functools
import sys
from pathlib import Path

import jinja2
from mkdocs.exceptions import PluginError

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from macros.data import load_site_cached  # noqa: E402
from macros.errors import DataError  # noqa: E402
from macros.render import BLOCKS  # noqa: E402
from macros.render.blocks import context_for, page_description  # noqa: E402
from macros.render.downloads import download_files  # noqa: E402


def define_env(env):
    try:
        site = load_site_cached()
    except DataError as error:
        raise PluginError(str(error)) from None  # reported as one clean message, not a traceback
    env.variables["role_guides_site"] = site
    for name, render in BLOCKS.items():
        env.macro(_bound(render, site), name)


def on_post_page_macros(env):
    """MkDocs only: pages without a description of their own get their role's summary, for link previews."""
    description = page_description(context_for(env.variables["role_guides_site"], env.page.file.src_uri))
    if description:
        env.page.meta.setdefault("description", description)


def on_post_build(env):
    """MkDocs only: write each role's downloads next to its pages."""
    site = env.variables["role_guides_site"]
    for role in site.guides:
        target = Path(env.conf["site_dir"]) / role / "downloads"
        target.mkdir(parents=True, exist_ok=True)
        for name, text in download_files(site, role).items():
            (target / name).write_text(text, encoding="utf-8")


def _page_path(page) -> str:
    """The page's path below docs/: MkDocs pages have `file.src_uri`, Zensical pages `path`."""
    return page.file.src_uri if hasattr(page, "file") else page.path


def _bound(render, site):
    @functools.wraps(render)
    @jinja2.pass_context
    def macro(context, *args, **kwargs):
        return render(context_for(site, _page_path(context["page"])), *args, **kwargs)
    return macro
