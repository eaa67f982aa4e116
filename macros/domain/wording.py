"""Wording rules that checks and pages share: placeholders such as [Company Name], and inclusive-language terms."""
import functools
import re

PLACEHOLDER = re.compile(r"\[([^\[\]]*)\]")


def inclusive_hits(terms, text):
    """The inclusive-language terms found in `text`, as whole words, ignoring case."""
    # Text holds an ASCII term only if its lowercase does, unless it has one of the four other letters that
    # match an ASCII letter when case is ignored: a cheap test that skips most terms' patterns.
    lowered = None if _ASCII_LOOKALIKES.search(text) else text.lower()
    return [t for t in terms if (lowered is None or not t.term.isascii() or t.term.lower() in lowered)
            and _whole_word(t.term).search(text)]


_ASCII_LOOKALIKES = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ and the Kelvin sign


@functools.lru_cache(maxsize=1024)
def _whole_word(term):
    return re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])", re.IGNORECASE)
