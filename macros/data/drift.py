"""Anchors that read like their headings: an item people link to should have an id that shares a word with
its title, so a wiki author can tell where `#red-flag-weak-grasp-of-metrics` goes. `make check` warns
when one does not; rename the id and keep the old one under `former_ids`, whose anchor stays on the page."""
import re
from pathlib import Path

from macros.data.errors import Problem
from macros.data.load import read

# (file stem of a role's folder, list field, the fields a reader sees it by): the items the site anchors for
# linking. A question's heading is its competency, and the question itself is under it.
LINKED_ITEMS = (("hiring", "red_flags", ("title",)), ("compensation", "factors", ("title",)),
                ("faq", "faqs", ("question",)), ("interview", "questions", ("competency", "question")),
                ("interview", "categories", ("title",)), ("levels", "levels", ("title",)),
                ("templates", "templates", ("title",)), ("success", "challenges", ("title",)),
                ("skills", "certifications", ("name",)))
SMALL_WORDS = {"the", "and", "for", "with", "you", "your", "how", "are", "can", "our", "who", "was", "its", "not"}
ABBREVIATIONS = {"am": "account manager", "ote": "on target earnings", "qbr": "quarterly business review"}


def words(text: str) -> set[str]:
    """Word stems of a title or id: lowercase, hyphens as spaces, the first five letters of words of three or more."""
    text = text.lower().replace("e-commerce", "ecommerce")
    found = []
    for word in re.findall(r"[a-z0-9]+", text.replace("-", " ")):
        found += ABBREVIATIONS.get(word, word).split()
    return {word[:5] for word in found if len(word) > 2 and word not in SMALL_WORDS}


def drifted(site) -> list[tuple]:
    """(role, file stem, index, list field, id, title) of every linked item whose id shares no word with its title."""
    found = []
    for role, guide in site.guides.items():
        for stem, field, title_fields in LINKED_ITEMS:
            for i, item in enumerate(getattr(getattr(guide, stem), field)):
                seen = " ".join(getattr(item, name) for name in title_fields)
                if not words(item.id) & words(seen):
                    found.append((role, stem, i, field, item.id, getattr(item, title_fields[0])))
    return found


def drift_warnings(site, data_dir: Path) -> list[Problem]:
    warnings = []
    for role, stem, i, field, item_id, title in drifted(site):
        doc, _ = read(data_dir / "roles" / role / f"{stem}.yml", data_dir)
        warnings.append(Problem(doc.file, doc.line_of((field, i, "id")), (field, i, "id"),
                                f"id '{item_id}' shares no word with its title '{title}'; a link to it will not say "
                                "where it goes: rename the id and list the old one under former_ids"))
    return warnings
