"""Quick quality signals for a posting's plain text: length, reading level, placeholders, wording to avoid."""
import functools
import re

from genderdecoder3 import feminine_coded_words, masculine_coded_words

from macros.domain.wording import PLACEHOLDER, inclusive_hits

# Words, hyphenated words, and figures such as 5–10 or $1.5M each count once.
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|\$?\d\S*")
_LETTERS = re.compile(r"[a-z]+")
_VOWELS = re.compile(r"[aeiouy]+")
_MASCULINE = tuple(masculine_coded_words)
_FEMININE = tuple(feminine_coded_words)


def words(text) -> list[str]:
    return _WORD.findall(text)


def word_count(text) -> int:
    return len(words(text))


@functools.lru_cache(maxsize=8192)  # a site's postings share most of their words
def syllables(word) -> int:
    """A rough count: groups of vowels, minus a silent final e; every word has at least one."""
    parts = _LETTERS.findall(word.lower().replace("’", "'").split("'")[0])
    return sum(_part_syllables(part) for part in parts) or 1


def _part_syllables(part) -> int:
    count = len(_VOWELS.findall(part))
    if part.endswith("e") and not part.endswith(("le", "ee")) and count > 1:
        count -= 1
    return max(count, 1)


def sentence_count(text) -> int:
    """Sentences end at . ! ? and also at each line break, since headings and bullets stand alone."""
    return max(len([s for s in re.split(r"[.!?]+(?=\s|$)|\n+", text) if _WORD.search(s)]), 1)


def reading_grade(text) -> float:
    """Flesch–Kincaid grade level, rounded to one decimal."""
    found = words(text)
    if not found:
        return 0.0
    per_sentence = len(found) / sentence_count(text)
    per_word = sum(syllables(w) for w in found) / len(found)
    return round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1)


_PAY_RANGE = re.compile(r"\$\d[\d,]*\s*(?:–|-|to)\s*\$?\d|\[Base Salary Range\]")
# What a posting cannot go out without, and how its plain text shows each: a line that is the section's heading.
NEEDED = (("a pay range", None), ("an equal opportunity statement", "Equal opportunity"), ("how to apply", "How to apply"))


def missing_parts(text) -> list[str]:
    """The parts of NEEDED that the posting's plain text lacks: a pay range (figures or the placeholder for them),
    and the equal opportunity and how-to-apply sections."""
    headings = {line.strip() for line in text.splitlines()}
    return [name for name, heading in NEEDED
            if (heading not in headings if heading else not _PAY_RANGE.search(text))]


def placeholders_used(text, site) -> list:
    """The known placeholders in `text`, each once, in order of first use."""
    known = {p.token: p for p in site.placeholders.placeholders}
    tokens = dict.fromkeys(token for token in PLACEHOLDER.findall(text) if token in known)
    return [known[token] for token in tokens]


def unknown_placeholders(text, site) -> list[str]:
    known = {p.token for p in site.placeholders.placeholders}
    return list(dict.fromkeys(token for token in PLACEHOLDER.findall(text) if token not in known))


def flagged_terms(text, site) -> list:
    return inclusive_hits(site.inclusive_language.terms, text)


def gender_coded(text) -> tuple[list[str], list[str]]:
    """The masculine- and feminine-coded words of `text` in the order they occur, from the word lists of
    Gaucher, Friesen and Kay (2011): a word is coded when it starts with one of the listed stems."""
    found = [w.lower() for w in words(text)]
    return [w for w in found if w.startswith(_MASCULINE)], [w for w in found if w.startswith(_FEMININE)]


def gender_coding(text) -> str:
    """Counts and words as the gender decoder shows them, e.g. "masculine-coded 2 (lead ×2); feminine-coded 0"."""
    return "; ".join(f"{kind}-coded {len(found)}" + (f" ({_tally(found)})" if found else "")
                     for kind, found in zip(("masculine", "feminine"), gender_coded(text)))


def _tally(found) -> str:
    counts = dict.fromkeys(found, 0)
    for word in found:
        counts[word] += 1
    return ", ".join(word if n == 1 else f"{word} ×{n}" for word, n in counts.items())
