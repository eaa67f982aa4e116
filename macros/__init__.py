"""mkdocs-macros entry point: load the data once and register the renderers. No logic here."""
import functools
from pathlib import Path

from .data import load_site
from .render import BLOCKS
from .render.blocks import context_for, page_description
from .render.downloads import download_files


def define_env(env):
    site = load_site()
    env.variables["role_guides_site"] = site
    for name, render in BLOCKS.items():
        env.macro(_bound(render, site, env), name)


def on_post_page_macros(env):
    """Pages without a description of their own get their role's summary, for link previews."""
    description = page_description(context_for(env.variables["role_guides_site"], env.page.file.src_uri))
    if description:
        env.page.meta.setdefault("description", description)


def on_post_build(env):
    """Write each role's downloads next to its pages."""
    site = env.variables["role_guides_site"]
    for role in site.guides:
        target = Path(env.conf["site_dir"]) / role / "downloads"
        target.mkdir(parents=True, exist_ok=True)
        for name, text in download_files(site, role).items():
            (target / name).write_text(text, encoding="utf-8")


def _bound(render, site, env):
    @functools.wraps(render)
    def macro(*args, **kwargs):
        return render(context_for(site, env.page.file.src_uri), *args, **kwargs)
    return macro
