"""Reading a built site back: visible text, loaded resources, anchors and links."""
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import gates

LOADING = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("video", "src"),
           ("audio", "src"), ("embed", "src"), ("object", "data"), ("image", "href"), ("use", "href")}


class PageReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.loads, self.ids, self.links = [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("src", "href", "data"):
            if (tag, name) in LOADING and attrs.get(name):
                self.loads.append(attrs[name])
        if tag == "link" and attrs.get("href") and not {"canonical", "alternate"} & set((attrs.get("rel") or "").split()):
            self.loads.append(attrs["href"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])


def read_page(path: Path) -> PageReader:
    reader = PageReader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def page_text(path: Path) -> str:
    """A page's visible text as a reader sees it (inline elements run together)."""
    return gates.visible_text(gates.tree(path.read_text(encoding="utf-8")))


def visible_text(site: Path) -> str:
    """All visible text of every page, whitespace folded."""
    return " ".join(page_text(path) for _, path in gates.site_pages(site, sample=True))
