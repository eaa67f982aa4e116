"""Reading a built site back as a person sees it: visible text, loaded resources, anchors."""
import html
import re
from html.parser import HTMLParser
from pathlib import Path

LOADING = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("video", "src"),
           ("audio", "src"), ("embed", "src"), ("object", "data"), ("image", "href"), ("use", "href")}


class PageReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.loads, self.ids, self.links, self._skip = [], [], set(), [], 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "template"):
            self._skip += 1
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("src", "href", "data"):
            if (tag, name) in LOADING and attrs.get(name):
                self.loads.append(attrs[name])
        if tag == "link" and attrs.get("href") and not {"canonical", "alternate"} & set((attrs.get("rel") or "").split()):
            self.loads.append(attrs["href"])
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def read_page(path: Path) -> PageReader:
    reader = PageReader()
    reader.feed(path.read_text(encoding="utf-8"))
    return reader


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def visible_text(site: Path) -> str:
    """All visible text of every page, whitespace folded."""
    return " ".join(normalise(" ".join(read_page(p).text)) for p in sorted(site.rglob("*.html")))
