"""A strict Content Security Policy in every built page, allowing exactly the theme's inline scripts it carries.

Hashes are computed from the scripts each page actually carries, so a theme upgrade that changes them
is allowed by the next build. Only scripts that the theme's own templates write are hashed: each page
script must match a script of a template (with the template's `{{ ... }}` values free), so script that
reached a page through data is never allowed, and the build stops, naming the page.

Whether a page has its policy is read from the page's head as a browser parses it (elements, never text: data
that spells out a policy element is escaped text, not an element). After the policy is placed, each page is
checked for exactly one policy, in its head, before any script, and the build fails naming any other page.
"""
import base64
import functools
import hashlib
import importlib.util
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

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


# Where the installed generators keep the templates that write pages: Material's, Zensical's and the redirect
# plugin's (its page is a string in plugin.py). Read as files, so the policy works after either generator.
INSTALLED_TEMPLATES = (("material", "templates"), ("zensical", "templates"), ("mkdocs_redirects", "plugin.py"))


def installed_templates() -> list[Path]:
    """The template folders and files of INSTALLED_TEMPLATES that are installed, found without importing them."""
    found = []
    for package, inside in INSTALLED_TEMPLATES:
        spec = importlib.util.find_spec(package)
        if spec and spec.submodule_search_locations:
            found.append(Path(next(iter(spec.submodule_search_locations))) / inside)
    return found


def _template_texts(source: Path) -> list[str]:
    if source.is_file():
        return [source.read_text(encoding="utf-8")]
    return [path.read_text(encoding="utf-8") for path in sorted(source.rglob("*.html")) if ".icons" not in path.parts]


@functools.cache
def theme_scripts(*template_dirs: Path) -> re.Pattern:
    """Every inline script the installed themes' templates and those of `template_dirs` (ours) can write."""
    texts = [text for source in (*installed_templates(), *template_dirs) for text in _template_texts(Path(source))]
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


# What a browser keeps in the head: any other element, or text, ends the head and starts the body.
_HEAD_ELEMENTS = {"base", "link", "meta", "noscript", "script", "style", "template", "title"}


class _Head(HTMLParser):
    """The head of a page as elements: each policy's content, and whether a script came before the first."""

    class Ended(Exception):
        pass

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.policies, self.script_first, self.inside = [], False, None

    def handle_starttag(self, tag, attrs):
        if tag in ("html", "head"):
            return
        if tag not in _HEAD_ELEMENTS:
            raise self.Ended
        values = {name: value or "" for name, value in attrs}
        if tag == "meta" and values.get("http-equiv", "").strip().lower() == "content-security-policy":
            self.policies.append(values.get("content", ""))
        elif tag == "script" and not self.policies:
            self.script_first = True
        if tag not in ("base", "link", "meta"):
            self.inside = tag

    def handle_endtag(self, tag):
        if tag == "head":
            raise self.Ended
        if tag == self.inside:
            self.inside = None

    def handle_data(self, data):
        if data.strip() and not self.inside:
            raise self.Ended


def head_policies(page_html: str) -> _Head:
    head = _Head()
    try:
        head.feed(page_html)
    except _Head.Ended:
        pass
    return head


def policy_problem(page_html: str, allowed: re.Pattern) -> str | None:
    """What is wrong with a built page's policy, or None: it must have exactly one, in its head, before any
    script, allowing exactly the page's own theme scripts."""
    head = head_policies(page_html)
    if len(head.policies) != 1:
        return f"has {len(head.policies)} Content Security Policies in its head; it must have exactly one"
    if head.script_first:
        return "runs a script before its Content Security Policy"
    if head.policies[0] != policy(page_html, allowed):
        return f"has a Content Security Policy the build did not write: {head.policies[0][:120]!r}"
    return None


def protect_site(site_dir: Path, template_dirs: tuple = ()) -> None:
    """Give every HTML file of a built site its policy, then check each; raises ValueError naming the first page
    it cannot protect."""
    allowed = theme_scripts(*template_dirs)
    for path in sorted(Path(site_dir).rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        try:
            if not head_policies(text).policies:
                text = with_policy(text, allowed)
                path.write_text(text, encoding="utf-8")
            problem = policy_problem(text, allowed)
        except ValueError as error:
            problem = str(error)
        if problem:
            raise ValueError(f"{path.relative_to(site_dir).as_posix()} {problem}")


def site_problems(site_dir: Path, template_dirs: tuple = ()) -> list[str]:
    """Every page of a built site whose policy is missing, doubled, late or not the build's, with what is wrong."""
    allowed = theme_scripts(*template_dirs)
    problems = []
    for path in sorted(Path(site_dir).rglob("*.html")):
        try:
            problem = policy_problem(path.read_text(encoding="utf-8"), allowed)
        except ValueError as error:
            problem = str(error)
        if problem:
            problems.append(f"{path.relative_to(site_dir).as_posix()}: {problem}")
    return problems


def site_policy(site_dir: Path, template_dirs: tuple = ()) -> str:
    """One policy that allows every page of a built site: for a web server's response header."""
    pages = "".join(path.read_text(encoding="utf-8") for path in sorted(Path(site_dir).rglob("*.html")))
    return policy(pages, theme_scripts(*template_dirs))


def main(site_dir="site", template_dirs=("overrides",)) -> int:
    """The last step of `make build`: lists every page without its one policy, and fails if there is any."""
    problems = site_problems(Path(site_dir), tuple(Path(d) for d in template_dirs))
    for problem in problems:
        print(f"Content Security Policy: {problem}", file=sys.stderr)
    return 1 if problems else 0
