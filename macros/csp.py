"""A strict Content Security Policy in every built page, allowing exactly the theme's inline scripts it carries.

Hashes are computed from the scripts each page actually carries, so a theme upgrade that changes them
is allowed by the next build. Only scripts that the theme's own templates write are hashed: each page
script must match a script of a template (with the template's `{{ ... }}` values free), so script that
reached a page through data is never allowed, and the build stops, naming the page.
"""
import base64
import functools
import hashlib
import re
from pathlib import Path

import material
import mkdocs_redirects.plugin

DIRECTIVES = (
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'{hashes}",  # Pagefind's search runs as WebAssembly
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
)
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_SRC = re.compile(r"\ssrc\s*=", re.I)
_TYPE = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]+)""", re.I)
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?\s*/?>", re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module"}


def inline_scripts(page_html: str) -> list[str]:
    """The text of every inline script the browser would run (not `src` scripts, not JSON data blocks)."""
    found = []
    for attributes, body in _SCRIPT.findall(page_html):
        kind = _TYPE.search(attributes)
        if not _SRC.search(attributes) and (kind.group(1).lower() if kind else "") in _JS_TYPES:
            found.append(body)
    return found


def script_hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


_TEMPLATE_VALUE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{url\}", re.S)


def _script_pattern(template_script: str) -> str:
    """A template's script as a regex: literal text, and a quoted-string value where the template fills one in."""
    parts = _TEMPLATE_VALUE.split(template_script)
    return r"[^\"'<>\\\n]*".join(re.escape(part) for part in parts)


@functools.cache
def theme_scripts(*template_dirs: Path) -> re.Pattern:
    """Every inline script the theme's templates (Material's, the redirect pages', ours) can write."""
    texts = [path.read_text(encoding="utf-8")
             for folder in (Path(material.__file__).parent / "templates", *template_dirs)
             for path in sorted(folder.rglob("*.html")) if ".icons" not in path.parts]
    texts.append(mkdocs_redirects.plugin.HTML_TEMPLATE)
    bodies = sorted({body for text in texts for body in inline_scripts(text)})
    return re.compile("|".join(f"(?:{_script_pattern(body)})" for body in bodies), re.S)


def policy(page_html: str, allowed: re.Pattern) -> str:
    """The page's policy; raises ValueError for an inline script no template writes."""
    scripts = inline_scripts(page_html)
    foreign = [body for body in scripts if not allowed.fullmatch(body)]
    if foreign:
        raise ValueError(f"carries an inline script that no theme template writes: {foreign[0][:120]!r}")
    hashes = sorted({script_hash(body) for body in scripts})
    return "; ".join(DIRECTIVES).format(hashes="".join(f" {h}" for h in hashes))


def with_policy(page_html: str, allowed: re.Pattern) -> str:
    """The page with its policy as the first element after `<meta charset>`, before any script can run."""
    charset = _CHARSET.search(page_html)
    if not charset:
        raise ValueError('has no <meta charset="utf-8"> to place its Content Security Policy after')
    tag = f'<meta http-equiv="Content-Security-Policy" content="{policy(page_html, allowed)}">'
    return page_html[: charset.end()] + tag + page_html[charset.end():]


def protect_site(site_dir: Path, template_dirs: tuple = ()) -> None:
    """Give every HTML file of a built site its policy; raises ValueError naming the first page it cannot protect."""
    allowed = theme_scripts(*template_dirs)
    for path in sorted(Path(site_dir).rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        if 'http-equiv="Content-Security-Policy"' in text:
            continue
        try:
            path.write_text(with_policy(text, allowed), encoding="utf-8")
        except ValueError as error:
            raise ValueError(f"{path.relative_to(site_dir)} {error}") from None


def site_policy(site_dir: Path, template_dirs: tuple = ()) -> str:
    """One policy that allows every page of a built site: for a web server's response header."""
    pages = "".join(path.read_text(encoding="utf-8") for path in sorted(Path(site_dir).rglob("*.html")))
    return policy(pages, theme_scripts(*template_dirs))
