"""Helpers shared by the quality gates: Markdown as the site renders it, HTML trees, the built pages."""
import functools
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import markdown
from selectolax.lexbor import LexborHTMLParser
from xml.etree import ElementTree

# The Markdown extensions of mkdocs.yml, configured the same way, with the three MkDocs always adds
# (tables, toc, fenced_code).
EXTENSIONS = ["attr_list", "tables", "admonition", "toc", "fenced_code"]
EXTENSION_CONFIGS = {"toc": {"permalink": True}}
HIDDEN = {"script", "style", "template"}
INLINE = {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q",
          "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"}


def to_html(source: str) -> str:
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS).convert(source)


def fold(text: str) -> str:
    """Whitespace folded as a browser shows it."""
    return re.sub(r"\s+", " ", text).strip()


def tree(html_text: str) -> ElementTree.Element:
    """An HTML fragment parsed as a browser parses it (the HTML Standard's fragment parsing in a <div>, by Lexbor),
    as an xml.etree tree under a DOCUMENT_FRAGMENT root. Tag and attribute names are plain, SVG and MathML ones
    too ('svg', 'xlink:href'), so an SVG <script> counts as a script; a <template>'s content is its children."""
    return _etree(LexborHTMLParser(html_text, is_fragment=True).root, ElementTree.Element("DOCUMENT_FRAGMENT"))


def document(html_text: str) -> ElementTree.Element:
    """A whole page parsed as a browser parses it, as `tree` does: its <html> element, holding <head> and <body>."""
    html = LexborHTMLParser(html_text).root
    return _etree(html.child, _element(html))


def select(html_text: str, selector: str) -> list[ElementTree.Element]:
    """The elements of a whole page that match a CSS `selector`, in document order, each as a tree of its own
    (for a few elements of many pages: the rest of the page is not converted)."""
    return [_etree(node.child, _element(node)) for node in LexborHTMLParser(html_text).css(selector)]


def _element(node, parent=None) -> ElementTree.Element:
    attributes = {name: value or "" for name, value in node.attributes.items()}
    return ElementTree.Element(node.tag, attributes) if parent is None else ElementTree.SubElement(parent, node.tag,
                                                                                                   attributes)


def _etree(first, root: ElementTree.Element) -> ElementTree.Element:
    """`root` with the Lexbor node `first`, its following siblings and everything below them appended."""
    pending = [(first, root)] if first is not None else []
    while pending:  # (first node of a run of siblings, their parent): no recursion, however deep the markup
        node, parent = pending.pop()
        last = None
        while node is not None:
            if node.is_text_node:
                if last is None:
                    parent.text = (parent.text or "") + node.text_content
                else:
                    last.tail = (last.tail or "") + node.text_content
            elif node.is_comment_node:
                last = ElementTree.Comment(node.comment_content)  # its data, stripped of surrounding spaces
                parent.append(last)
            elif node.is_element_node:
                last = _element(node, parent)
                content = (node.template_fragments() or [node])[0] if node.tag == "template" else node
                if content.child is not None:
                    pending.append((content.child, last))
            node = node.next
    return root


def visible_text(node) -> str:
    """The text of an element as a reader sees it: no script, style or template content, entities decoded,
    block elements separated by a space, inline elements run together."""
    parts = []

    def visit(element):
        tag = element.tag if isinstance(element.tag, str) else ""
        gap = "" if tag in INLINE else " "
        if tag and tag not in HIDDEN:
            parts.extend([gap, element.text or ""])
            for child in element:
                visit(child)
            parts.append(gap)
        parts.append(element.tail or "")

    parts.append(node.text or "")
    for child in node:
        visit(child)
    return fold("".join(parts))


def elements(node):
    """Every element below `node` (not `node` itself, not comments)."""
    return [e for e in node.iter() if e is not node and isinstance(e.tag, str)]


def active_content(node) -> list[str]:
    """Every script element that is not a JSON data block, and every on* event-handler attribute."""
    found = []
    for element in elements(node):
        if element.tag == "script" and (element.get("type") or "").lower() != "application/json":
            found.append(f"<script> {element.get('src') or (element.text or '')[:80]!r}")
        found += [f"<{element.tag} {name}=...>" for name in element.attrib if name.lower().startswith("on")]
    return found


def is_redirect(path: Path) -> bool:
    """A stub written by mkdocs-redirects for a page that moved."""
    return 'http-equiv="refresh"' in path.read_text(encoding="utf-8")[:2000]


def site_pages(site: Path, sample: bool = False) -> list[tuple[str, Path]]:
    """(URL path, file) of every published page of a built site, e.g. ('account-manager/levels/', ...);
    redirect stubs are left out. With `sample`, the occupation guides are cut to `sampled_occupations`."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        if is_redirect(path):
            continue
        rel = path.relative_to(site).as_posix()
        url = rel.removesuffix("index.html") if rel.endswith("index.html") else rel
        pages.append((url, path))
    return sampled_occupations(pages) if sample else pages


# The occupation guides are 900 pages from one page set and one set of renderers. Gates that cost seconds a page
# (a browser, html5lib, the prose linters) check every other page and a sample of these: every 40th in code order,
# which spans every job family, and the guides whose data has gaps or joins a deep guide.
OCCUPATION_PAGE = re.compile(r"^occupations/\d{2}-\d{4}(-\d{2})?/$")
SAMPLE_EVERY = 40
ALWAYS_SAMPLED = {"occupations/41-3091/",  # preliminary in O*NET 30.1: no skills, knowledge or education
                  "occupations/41-4012/",  # a deep guide's occupation
                  "occupations/15-1252/", "occupations/29-1141/", "occupations/11-2022/"}


def is_occupation_page(url: str) -> bool:
    return OCCUPATION_PAGE.match(url) is not None


def sampled_occupations(pages: list) -> list:
    """`pages` ((url, ...) pairs) with the occupation guides cut to the sample; every other page kept."""
    kept, seen = [], 0
    for entry in pages:
        if is_occupation_page(entry[0]):
            seen += 1
            if (seen - 1) % SAMPLE_EVERY and entry[0] not in ALWAYS_SAMPLED:
                continue
        kept.append(entry)
    return kept


# --- links and anchors of a built site ---------------------------------------

LOCAL_BASE = "https://site.invalid/"
CITABLE = ("level-", "industry-", "template-", "question-", "red-flag-", "stage-", "faq-", "source-", "role-",
           "posting-", "challenge-", "mistake-", "certification-", "factor-", "category-", "competency-", "expects-",
           "step-")
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


# The attributes through which a page loads something (a stylesheet's <link> too: see _Anchors).
LOADING = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("video", "src"),
           ("audio", "src"), ("embed", "src"), ("object", "data"), ("image", "href"), ("use", "href")}


class _Anchors:
    """Links (<a href>) and ids of a page, with the tag carrying each id, and the URLs the page loads (a stylesheet's
    <link> too), as a browser reads the page, <template> content included: a script can put it in the page."""

    WITH = "[id], a[href], link[href], [src], object[data], image, use"

    def __init__(self, html_text: str):
        self.links, self.ids, self.loads = [], {}, []
        document = LexborHTMLParser(html_text)
        for part in [document, *document.template_fragments()]:
            seen = set()  # Lexbor lists an element once for each selector of WITH it matches
            for element in part.css(self.WITH):
                if element.mem_id not in seen:
                    seen.add(element.mem_id)
                    self._read(element.tag, {name: value or "" for name, value in element.attributes.items()})

    def _read(self, tag, attrs):
        if "id" in attrs:
            self.ids.setdefault(attrs["id"], tag)
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        for name in ("src", "href", "data"):
            if (tag, name) in LOADING and (attrs.get(name) or attrs.get(f"xlink:{name}")):
                self.loads.append(attrs.get(name) or attrs[f"xlink:{name}"])
        if tag == "link" and attrs.get("href") and not {"canonical", "alternate"} & set(attrs.get("rel", "").split()):
            self.loads.append(attrs["href"])


def read_anchors(path: Path) -> _Anchors:
    """The links, ids and loaded URLs of a page, read once per version of the file: the link, anchor and origin
    checks each go through every page of the built site."""
    stat = path.stat()
    return _read_anchors(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=None)
def _read_anchors(path: str, mtime_ns: int, size: int) -> _Anchors:
    return _Anchors(Path(path).read_text(encoding="utf-8"))


def site_base(site: Path) -> str:
    """The URL the site is published at (first entry of its sitemap), or a placeholder for a bare HTML tree."""
    sitemap = site / "sitemap.xml"
    if sitemap.is_file():
        found = re.search(r"<loc>\s*([^<\s]+)\s*</loc>", sitemap.read_text(encoding="utf-8"))
        if found:
            return found.group(1) if found.group(1).endswith("/") else found.group(1) + "/"
    return LOCAL_BASE


def _target_file(site: Path, rel_path: str) -> Path | None:
    target = site / unquote(rel_path)
    if rel_path == "" or rel_path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


def link_problems(site: Path, allowed_external=()) -> list[str]:
    """Every <a href> of every page that does not lead anywhere: missing file, missing anchor, external link
    that is not https or not in `allowed_external`."""
    base, problems, pages = site_base(site), [], {}

    def anchors_of(path):
        if path not in pages:
            pages[path] = read_anchors(path)
        return pages[path]

    for url, path in site_pages(site):
        page_url = urljoin(base, url)
        for href in anchors_of(path).links:
            target = urlsplit(urljoin(page_url, href))
            where = f"{url or '/'}: {href}"
            if not urlunsplit(target).startswith(base):
                if target.scheme != "https":
                    problems.append(f"{where}: external link is not https")
                elif not {urlunsplit(target), urlunsplit(target._replace(fragment=""))} & set(allowed_external):
                    problems.append(f"{where}: external link not listed in tests/external_links.txt")
                continue
            file = _target_file(site, target.path.removeprefix(urlsplit(base).path))
            if file is None:
                problems.append(f"{where}: no such page")
            elif target.fragment and file.suffix == ".html" and unquote(target.fragment) not in anchors_of(file).ids:
                problems.append(f"{where}: no element with id '{unquote(target.fragment)}' on that page")
    return problems


def registry(site: Path) -> list[str]:
    """Every published page URL and every citable 'page#anchor' of a built site, sorted."""
    entries = []
    for url, path in site_pages(site):
        if url == "404.html":
            continue
        entries.append(f"/{url}")
        entries += [f"/{url}#{name}" for name, tag in read_anchors(path).ids.items()
                    if tag in HEADINGS or name.startswith(CITABLE)]
    return sorted(entries)


def landing_places(site: Path) -> set[str]:
    """Every page URL and every 'page#id' a saved link can land on: any element's id, citable or not."""
    places = set()
    for url, path in site_pages(site):
        places.add(f"/{url}")
        places.update(f"/{url}#{name}" for name in read_anchors(path).ids)
    return places


# --- pages in the browser -----------------------------------------------------

def visit(page, url: str, origin: str) -> dict:
    """Open `url` in `page` and wait for its load event; returns the console errors, uncaught exceptions and
    requests to other origins than `origin` seen meanwhile."""
    seen = {"console": [], "foreign": []}

    def on_console(message):
        if message.type == "error":
            where = message.location or {}
            seen["console"].append(f"{message.text} ({where.get('url', '')}:{where.get('lineNumber', '')})")

    def on_error(error):
        seen["console"].append(f"uncaught {error}")

    def on_request(request):
        if not request.url.startswith((origin + "/", "data:", "blob:")) and request.url != origin:
            seen["foreign"].append(request.url)

    page.on("console", on_console)
    page.on("pageerror", on_error)
    page.on("request", on_request)
    try:
        page.goto(url, wait_until="load")
    finally:
        page.remove_listener("console", on_console)
        page.remove_listener("pageerror", on_error)
        page.remove_listener("request", on_request)
    return seen


def browser_urls(page, site: Path, server: str) -> list[tuple[str, str]]:
    """(page, URL) of every built page for `page` to open, the occupation guides sampled (see
    `sampled_occupations`). The 404 page links to assets through the site's published path (e.g.
    /role-guides/assets/...), so it is opened under that path, which `page` is taught to serve from the built site."""
    prefix = urlsplit(site_base(site)).path
    if prefix != "/":
        def serve(route):
            file = _target_file(site, unquote(urlsplit(route.request.url).path).removeprefix(prefix))
            route.fulfill(path=file) if file else route.fulfill(status=404, body="not found")

        page.route(f"{server}{prefix}**", serve)
    return [(f"/{url}", f"{server}{prefix if url == '404.html' else '/'}{url}")
            for url, _ in site_pages(site, sample=True)]
