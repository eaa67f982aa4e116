"""mkdocs-macros entry point, also run by Zensical: load the data once and register the renderers.

Zensical loads this file by path rather than as a package and calls `define_env` for
every page, so imports are absolute and the loaded data is cached until a data file changes.
"""
import functools
import logging
import os
import sys
from pathlib import Path

import jinja2
import pathspec
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from macros.build import postbuild  # noqa: E402
from macros.build.pageset import pages_checked  # noqa: E402
from macros.data.site import DATA_DIR, at_most_once_a_second, load_site_cached  # noqa: E402
from macros.data.errors import DataError  # noqa: E402
from macros.build.prebuilt import PrebuiltHtml  # noqa: E402
from macros.render.pages import BLOCKS  # noqa: E402
from macros.render.blocks import context_for, page_description  # noqa: E402
from macros.build.publish import check_publishable  # noqa: E402

# mkdocs-macros lists every variable, macro and filter at INFO level on each build: keep its warnings only.
logging.getLogger("mkdocs.plugins.mkdocs_macros.util").setLevel(logging.WARNING)


class _Loaded:
    """The validated site, kept among mkdocs-macros' variables for the hooks below. mkdocs-macros writes every
    variable out as text for its debug log on each build, wanted or not: this one reads as a name, not as the
    whole site (with every occupation, that text took seconds)."""

    def __init__(self, site):
        self.site = site

    def __repr__(self):
        return "<the site's validated data>"


def define_env(env):
    try:
        folders = _published_dirs(env.conf)
        at_most_once_a_second(folders, lambda: check_publishable(*folders, data_dir=DATA_DIR, root=_ROOT))
        site = load_site_cached()
        pages_checked(_published_dirs(env.conf)[0], _config_file(env.conf))
    except DataError as error:
        raise PluginError(str(error)) from None  # reported as one clean message, not a traceback
    env.variables["role_guides_site"] = _Loaded(site)
    _leave_out_drafts(env.conf, site.drafts)
    _leave_out_occupation_guides(env.conf, os.environ.get("ROLE_GUIDES_OCCUPATIONS"))
    _pass_prebuilt_html_through(env.conf)
    for name, render in BLOCKS.items():
        env.macro(_bound(render, site), name)


def on_post_page_macros(env):
    """MkDocs only: pages without a description of their own get their role's summary, for link previews."""
    ctx = context_for(env.variables["role_guides_site"].site, env.page.file.src_uri)
    description = page_description(ctx)
    if description:
        env.page.meta.setdefault("description", description)


def on_post_build(env):
    """MkDocs: the steps that finish a built site (macros/build/postbuild.py), which Zensical's builds run on the command line.

    `make serve` sets ROLE_GUIDES_CSP=off: the live-reload script MkDocs injects while serving is inline.
    """
    try:
        postbuild.run(env.variables["role_guides_site"].site, Path(env.conf["site_dir"]),
                      policy=os.environ.get("ROLE_GUIDES_CSP") != "off")
    except postbuild.StepFailed as error:
        raise PluginError(str(error)) from None


def _published_dirs(conf) -> tuple:
    """The folders whose files the build copies into the site: docs/ and the theme's custom_dir."""
    docs = Path(conf["docs_dir"]) if "docs_dir" in conf else _ROOT / "docs"
    theme = conf.get("theme")
    custom = getattr(theme, "custom_dir", None) if theme is not None else None
    if custom is None and isinstance(theme, dict):
        custom = theme.get("custom_dir")
    return docs, (Path(custom) if custom else _ROOT / "overrides")


def _config_file(conf) -> Path:
    path = conf.get("config_file_path") if hasattr(conf, "get") else None
    return Path(path) if path else _ROOT / "mkdocs.yml"


def _leave_out_drafts(conf, drafts):
    """MkDocs: a draft role's pages are excluded from the build and its nav section left out."""
    if not drafts or not isinstance(conf, MkDocsConfig) or not isinstance(conf.get("nav"), list):
        return
    prefixes = tuple(f"{role}/" for role in drafts)

    def keep(entry):
        return not any(isinstance(v, str) and v.startswith(prefixes) for v in _nav_paths(entry))

    conf["nav"] = [_filtered(entry, keep) for entry in conf["nav"]]
    spec = pathspec.gitignore.GitIgnoreSpec.from_lines([f"/{role}/" for role in drafts])
    conf["exclude_docs"] = spec if conf.get("exclude_docs") is None else conf["exclude_docs"] + spec


def _leave_out_occupation_guides(conf, wanted):
    """MkDocs, `make serve` only: the occupation guides are left out except those `wanted` names (codes separated
    by commas, or `all`), so that an edit shows in seconds: with every guide a build takes most of a minute.
    `make serve` sets the variable; `make build` never does, so a built site has every guide."""
    if wanted is None or wanted.strip() == "all" or not isinstance(conf, MkDocsConfig):
        return
    kept = [code.strip() for code in wanted.split(",") if code.strip()]
    spec = pathspec.gitignore.GitIgnoreSpec.from_lines(
        ["/occupations/[0-9][0-9]-[0-9]*/"] + [f"!/occupations/{code}/" for code in kept])
    conf["exclude_docs"] = spec if conf.get("exclude_docs") is None else conf["exclude_docs"] + spec


def _pass_prebuilt_html_through(conf):
    """MkDocs: the renderers' finished HTML blocks skip Markdown's HTML parsing (see macros/build/prebuilt.py)."""
    if isinstance(conf, MkDocsConfig) and not any(isinstance(e, PrebuiltHtml) for e in conf["markdown_extensions"]):
        conf["markdown_extensions"].append(PrebuiltHtml())


def _nav_paths(entry):
    if isinstance(entry, str):
        yield entry
    elif isinstance(entry, dict):
        for value in entry.values():
            yield from _nav_paths(value)
    elif isinstance(entry, list):
        for item in entry:
            yield from _nav_paths(item)


def _filtered(entry, keep):
    if isinstance(entry, dict):
        return {k: ([_filtered(e, keep) for e in v if keep(e)] if isinstance(v, list) else v) for k, v in entry.items()}
    return entry


def _page_path(page) -> str:
    """The page's path below docs/: MkDocs pages have `file.src_uri`, Zensical pages `path`."""
    return page.file.src_uri if hasattr(page, "file") else page.path


def _bound(render, site):
    @functools.wraps(render)
    @jinja2.pass_context
    def macro(context, *args, **kwargs):
        path = _page_path(context["page"])
        if path.split("/")[0] in site.drafts:  # only Zensical renders a draft's pages: it keeps them in the nav
            return "This guide is a draft: it is published once its data is filled in."
        return render(context_for(site, path), *args, **kwargs)
    return macro
