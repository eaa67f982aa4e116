"""Small building blocks every renderer uses: escaping, lists, tables, headings, citations."""
import html
import posixpath
import re
from dataclasses import dataclass

from macros.build.prebuilt import html_block  # noqa: F401 (the renderers' way to it)

# Characters that start Markdown markup wherever they stand, plus `|` (tables), `#` (heading ends) and `-` (lists
# and rules); other characters are literal already, and escaping them would show the backslash.
_MARKDOWN = re.compile(r"([\\`*_{}\[\]#|\-])")
# What starts a block only at the start of a line (a list item, a numbered item, an admonition): escaped
# there alone, since data text may be put at a line's start but every other one of its characters is mid-line.
_LINE_START = re.compile(r"^(\d*)([+.!])")
_MARKDOWN_RESERVED = str.maketrans("", "", "\x02\x03")


def esc(text) -> str:
    """Data text as literal Markdown on one line: no markup, no HTML, no template syntax survives.

    Runs of white space (line breaks, tabs, indentation) fold to one space, so data can
    neither end a table row nor start a code block.
    """
    # Quotes stay as they are: text is never an attribute here, and the `#` of an entity such as
    # &#x27; would be escaped below, which shows the entity in the table of contents.
    text = _LINE_START.sub(r"\1\\\2", _MARKDOWN.sub(r"\\\1", text_html(text)), count=1)
    # A backslash before `~` would show: a leading one (which could open a fenced code block) becomes its entity.
    return "&#126;" + text[1:] if text.startswith("~") else text


def text_html(text) -> str:
    """Data text as HTML element content, on one line: what `esc` shows once Markdown has read it.

    Python-Markdown deletes STX and ETX from its input, so they go first: left in, they could hide a
    line-start marker from `esc` that Markdown would then see.
    """
    return html.escape(" ".join(str(text).translate(_MARKDOWN_RESERVED).split()), quote=False)


def attr(text) -> str:
    """Data text for an HTML attribute value."""
    return html.escape(str(text), quote=True)


def table_html(headers, rows) -> str:
    """A table as the HTML Python-Markdown makes of a Markdown table, written directly so that Markdown passes it
    through instead of parsing every cell; `headers` and `rows` hold HTML already escaped by the caller."""
    head = "\n".join(f"<th>{h}</th>" for h in headers)
    body = "\n".join("<tr>\n" + "\n".join(f"<td>{cell}</td>" for cell in row) + "\n</tr>" for row in rows)
    return f"\n<table>\n<thead>\n<tr>\n{head}\n</tr>\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>\n"


def heading(level: int, text, anchor: str) -> str:
    return f"{'#' * level} {esc(text)} {{#{anchor}}}\n"


def anchor(kind: str, item_id: str) -> str:
    """The permanent anchor of a citable item: derived from its id, never from its title."""
    return f"{kind}-{item_id}"


@dataclass(frozen=True)
class PageContext:
    """What a renderer may know besides its data: the site, the page's role or occupation, its way back to the docs
    root and its path below docs/ (when not given, a page of the role's folder other than its index)."""
    site: object
    role: str | None = None
    root: str = ""
    page: str = ""
    occupation: str | None = None

    @property
    def guide(self):
        return self.site.guides[self.role]

    def link(self, page: str, fragment: str = "") -> str:
        """A relative link to a docs page, so MkDocs checks it at build time."""
        return f"{self.root}{page}" + (f"#{fragment}" if fragment else "")


def source_label(source) -> str:
    """A source's title with its year; a title that already names its year ("... guide (2026)") is not given it twice."""
    return source.title + ("" if source.year and str(source.year) in source.title else f", {source.year or 'undated'}")


def page_url(ctx, page, fragment="") -> str:
    """The link from the page being rendered to docs page `page` (a path below docs/), for HTML, which MkDocs does not
    rewrite: the relative URL between the folders the two pages are built in."""
    here = _built_folder(ctx.page or posixpath.join(ctx.role or "", "page.md"))
    url = posixpath.relpath(_built_folder(page) or ".", here or ".") + "/"
    return url + (f"#{fragment}" if fragment else "")


def file_url(ctx, path) -> str:
    """The link from the page being rendered to a file the build writes at `path` below the site root, relative, so
    the site works from any folder."""
    here = _built_folder(ctx.page or posixpath.join(ctx.role or "", "page.md"))
    return posixpath.relpath(path, here or ".")


def _built_folder(src: str) -> str:
    """The folder below the site root that MkDocs builds a docs page in: a/b.md in a/b/, a/index.md in a/."""
    path = src.removesuffix(".md")
    return posixpath.dirname(path) if posixpath.basename(path) == "index" else path


def cite_html(ctx, source_ids) -> str:
    """The sources of `source_ids`, each by its short title linked to its entry on the sources page, as one span."""
    titles = {s.id: s for s in ctx.site.sources.sources}
    return cite_span([f'<a href="{attr(page_url(ctx, "sources.md", anchor("source", i)))}">{text_html(source_label(titles[i]))}</a>'
                      for i in source_ids])


def cite_short_html(ctx, source_ids) -> str:
    """`cite_html` with each source's short name where it has one, for crowded places such as table cells."""
    titles = {s.id: s for s in ctx.site.sources.sources}
    return cite_span([f'<a href="{attr(page_url(ctx, "sources.md", anchor("source", i)))}">'
                      f'{text_html(titles[i].short or source_label(titles[i]))}</a>' for i in source_ids])


def paragraph_html(content: str) -> str:
    return f"<p>{content}</p>"


def cite_paragraph(ctx, source_ids) -> str:
    """`cite_html` as a paragraph of its own."""
    return paragraph_html(cite_html(ctx, source_ids))


def paragraphs_html(items) -> str:
    return "\n".join(paragraph_html(text_html(item)) for item in items)


def list_html(items) -> str:
    """A tight list of items that are HTML already; no items, no list."""
    return ul_html(items) if items else ""


def bullets_html(items) -> str:
    """Plain-text items, escaped, as a tight list; no items, no list."""
    return list_html([text_html(item) for item in items])


def label_html(text) -> str:
    """A bold label on a paragraph of its own, heading a list."""
    return f"<p><strong>{text}</strong></p>"


def body_html(*parts) -> str:
    """The HTML parts under a heading as one block of the page; nothing if every part is empty."""
    markup = "\n".join(part for part in parts if part)
    return html_block(markup) if markup else ""


def cited_entries_html(ctx, items, kind, title="title", text="text") -> str:
    """Each item under its own anchored heading, with its text and its citation."""
    return "".join(heading(3, getattr(item, title), anchor(kind, item.id))
                   + body_html(paragraph_html(former_anchors(kind, item) + text_html(getattr(item, text))),
                               cite_paragraph(ctx, item.sources))
                   for item in items)


def ul_html(items) -> str:
    """The HTML Python-Markdown makes of a tight list whose `items` are HTML already."""
    return "<ul>\n" + "\n".join(f"<li>{item}</li>" for item in items) + "\n</ul>"


def link_html(href: str, content: str) -> str:
    """A link whose `content` is HTML already."""
    return f'<a href="{attr(href)}">{content}</a>'


def cite_span(links) -> str:
    return f'<span class="rg-cite">{"Source" if len(links) == 1 else "Sources"}: {"; ".join(links)}</span>'


def money(amount) -> str:
    return f"${amount:,.0f}"


def number(value) -> str:
    return f"{value:g}"


def range_text(value, fmt=number, unit="") -> str:
    """'10–30%', '$55,000–$75,000', or '5+' for a range with no max (or an open one, e.g. '$250,000+')."""
    if value.max is None:
        return f"{fmt(value.min)}{unit}+"
    return f"{fmt(value.min)}–{fmt(value.max)}{unit}{'+' if getattr(value, 'open_max', False) else ''}"


def money_range(value) -> str:
    return range_text(value, money)


def years(value) -> str:
    return range_text(value) + " years"


def as_of(value) -> str:
    return "undated" if value == "undated" else str(value)


def context_for(site, src_uri: str) -> PageContext:
    """The context of a docs page from its path: `account-manager/levels.md` renders that role,
    `occupations/41-3091/index.md` that occupation."""
    parts = src_uri.split("/")
    role = parts[0] if len(parts) > 1 and parts[0] in site.guides else None
    occupation = parts[1] if len(parts) == 3 and parts[0] == "occupations" and parts[2] == "index.md" else None
    return PageContext(site=site, role=role, root="../" * (len(parts) - 1), page=src_uri, occupation=occupation)


def marker(anchor_id: str) -> str:
    """An empty element carrying a permanent anchor, for citable items shown as list items or table cells."""
    return f'<span id="{attr(anchor_id)}"></span>'


def former_anchors(kind: str, item) -> str:
    """Markers for the anchors an item had under ids it was renamed from, so links made earlier still land on it."""
    return "".join(marker(anchor(kind, old)) for old in getattr(item, "former_ids", ()))


def page_description(ctx) -> str | None:
    """The link-preview description of a page that has none of its own: its role's summary, or what an occupation's
    guide shows of that occupation."""
    if ctx.role:
        return ctx.guide.role.summary
    if ctx.occupation:
        title = ctx.site.occupations[ctx.occupation].title
        return (f"{title}: the work, every title it goes by, what it takes, pay in every state and metro area, and the "
                "2024–34 outlook, from O*NET 30.1 and BLS data.")
    return None
