"""Finished HTML from the renderers, passed through Markdown without being read again.

The big blocks of a page (tables, charts, postings, the composer) are written as HTML already. Python-Markdown
would read each of them with an HTML parser to find where it ends, and MkDocs reads the whole page once more
for anchor ids: with many roles, those two passes are a fifth of the build. A block marked with `html_block`
goes straight into Markdown's stash of raw HTML instead, which is where the parser would have put it, so the
page comes out the same. Where this extension is not loaded (Zensical), the markers are two HTML comments and
the block is read as any other HTML.
"""
import html
import re

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

START = "<!-- prebuilt -->"
END = "<!-- /prebuilt -->"
_BLOCK = re.compile(rf"^{re.escape(START)}\n(.*?)\n{re.escape(END)}$", re.M | re.S)
_ID = re.compile(r'\sid="([^"]*)"')
# MkDocs' preprocessor that collects the ids of raw HTML, to check links to anchors.
_MKDOCS_RAW_HTML = "mkdocs_raw_html"


def html_block(markup: str) -> str:
    """Top-level HTML, complete and balanced, whose attributes are double-quoted: a block of its own."""
    return f"\n\n{START}\n{markup.strip(chr(10))}\n{END}\n\n"


class PrebuiltHtml(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        stash = _Stash(md)
        md.preprocessors.register(stash, "prebuilt_html", 22)  # after fenced code (25), before raw HTML (21, 20)
        md.treeprocessors.register(_AnchorIds(md, stash), "prebuilt_html_ids", 0)


class _Stash(Preprocessor):
    def __init__(self, md: Markdown):
        super().__init__(md)
        self.ids: set[str] = set()

    def run(self, lines: list[str]) -> list[str]:
        self.ids = set()
        text = "\n".join(lines)
        if START not in text:
            return lines
        return _BLOCK.sub(self._store, text).split("\n")

    def _store(self, match: re.Match) -> str:
        block = match.group(1)
        self.ids.update(html.unescape(value) for value in _ID.findall(block))
        return self.md.htmlStash.store(block)


class _AnchorIds(Treeprocessor):
    """Adds the stashed blocks' ids to those MkDocs found in the rest of the page's HTML."""

    def __init__(self, md: Markdown, stash: _Stash):
        super().__init__(md)
        self.stash = stash

    def run(self, root) -> None:
        if _MKDOCS_RAW_HTML in self.md.preprocessors:
            self.md.preprocessors[_MKDOCS_RAW_HTML].present_anchor_ids |= self.stash.ids
