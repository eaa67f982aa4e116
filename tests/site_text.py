"""Reading a built site back: visible text (links, anchors and loaded resources: gates.read_anchors)."""
import html
import re
from pathlib import Path

import gates


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def page_text(path: Path) -> str:
    """A page's visible text as a reader sees it (inline elements run together)."""
    return gates.visible_text(gates.tree(path.read_text(encoding="utf-8")))


def visible_text(site: Path) -> str:
    """All visible text of every page, whitespace folded."""
    return " ".join(page_text(path) for _, path in gates.site_pages(site, sample=True))
