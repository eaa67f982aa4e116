"""mkdocs-macros entry point: load the data once and register the renderers. No logic here."""
import functools

from .data import load_site
from .render import BLOCKS
from .render.blocks import context_for


def define_env(env):
    site = load_site()
    for name, render in BLOCKS.items():
        env.macro(_bound(render, site, env), name)


def _bound(render, site, env):
    @functools.wraps(render)
    def macro(*args, **kwargs):
        return render(context_for(site, env.page.file.src_uri), *args, **kwargs)
    return macro
