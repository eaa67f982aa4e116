"""Figures in the data and in the source documents, compared as normalized keys.

A figure is a number the reader could check against a source: money ($65,000, 65k, $5M), a range
(55,000–75,000, 6 to 12 months), a percentage, a span of time (3 years), a bound (500+, 5 or more,
at least 7, more than 500, under 18 months) or a count above ten. Calendar years on their own and small
counts without a unit ("one posting", "three teams") are not figures. Number words up to ninety are read
as digits, so "six to twelve months" is the figure 6–12.

Each figure becomes a key: ("n", value), ("range", low, high), ("ge", value) for "500+" and "5 or more",
("gt", value) for "more than 500" and ("lt", value) for "under 18". A source states a figure when its
text yields the same key; "more than 500" is therefore not the "500+" a source prints.
"""
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

WORD_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
WORD_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_WORDS = re.compile(r"\b(" + "|".join(WORD_NUMBERS) + r")\b", re.IGNORECASE)

_NUM = r"(?P<{p}dollar>\$\s?)?(?P<{p}num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?P<{p}mult>[KkMmBb](?![A-Za-z]))?"
_FIGURE = re.compile(
    r"(?<![\w.,$/])"
    r"(?P<before>(?:at\s+least|a\s+minimum\s+of|minimum\s+of|more\s+than|over|above|less\s+than|fewer\s+than|under|below)\s+)?"
    + _NUM.format(p="a")
    + r"(?:\s*(?:-|to)\s*" + _NUM.format(p="b") + r")?"
    r"(?P<pct>\s?%)?"
    r"(?P<plus>\+)?"
    r"(?P<after>\s+or\s+(?:more|above|higher|over))?"
    r"(?P<unit>\s+(?:years?|yrs?|months?|weeks?|days?|hours?)\b)?",
    re.IGNORECASE)
MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "b": 1_000_000_000}
GREATER = ("more than", "over", "above")
LESS = ("less than", "fewer than", "under", "below")


def normalize(text: str) -> str:
    """Dashes to hyphens, number words to digits; 401(k) and SOC codes, which are names, removed."""
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", str(text))
    text = re.sub(r"\b401\s?\(?k\)?", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\b\d{2}-\d{4}\b", " ", text)  # SOC occupation codes such as 41-3091
    return _WORDS.sub(lambda m: str(WORD_NUMBERS[m.group(1).lower()]), text)


def _value(match, p):
    value = float(match.group(f"{p}num").replace(",", ""))
    mult = match.group(f"{p}mult")
    return value * MULTIPLIERS[mult.lower()] if mult else value


@dataclass(frozen=True)
class Figure:
    text: str   # as written in the data
    key: tuple


def figures(text: str, *, every: bool = False) -> list[Figure]:
    """The figures a text states. `every` also keeps small bare counts and calendar years (for sources)."""
    found = []
    norm = normalize(text)
    for m in _FIGURE.finditer(norm):
        low = _value(m, "a")
        before = (m.group("before") or "").lower().split()
        before = " ".join(before)
        bound_up = bool(m.group("plus") or m.group("after") or before in ("at least", "a minimum of", "minimum of"))
        if m.group("bnum"):
            high = _value(m, "b")
            if m.group("bmult") and not m.group("amult") and low < 1000 <= high:
                low *= MULTIPLIERS[m.group("bmult").lower()]
            keys = [("range", low, high)]
            if every:
                keys += [("n", low), ("n", high)]
        elif before in GREATER:
            keys = [("gt", low)] + ([("n", low)] if every else [])
        elif before in LESS:
            keys = [("lt", low)] + ([("n", low)] if every else [])
        elif bound_up:
            keys = [("ge", low)] + ([("n", low)] if every else [])
        else:
            money = bool(m.group("adollar") or m.group("amult") or "," in m.group("anum"))
            unit = bool(m.group("pct") or m.group("unit"))
            calendar_year = not money and 1900 <= low <= 2100 and "." not in m.group("anum")
            if not every and (calendar_year or not (money or unit or low > 10)):
                continue
            keys = [("n", low)]
        found += [Figure(m.group(0).strip(), key) for key in keys]
    return found


def source_keys(text: str) -> set:
    return {f.key for f in figures(text, every=True)}


def value_keys(mapping: dict) -> list[tuple]:
    """Keys of a YAML range such as {min: 55000, max: 75000} or {min: 5}."""
    low, high = mapping.get("min"), mapping.get("max")
    if not isinstance(low, (int, float)) or isinstance(low, bool):
        return []
    if isinstance(high, (int, float)) and not isinstance(high, bool):
        return [("range", float(low), float(high))]
    return [("ge", float(low))]


# --- walking the raw YAML -----------------------------------------------------------------------------

# Keys whose values name things (ids, references, fixed words): not statements to check.
NAMES = {"id", "role", "metro", "level", "levels", "industry", "arrangement", "category", "audience", "track",
         "variable", "from", "to", "extends", "source", "currency", "period", "as_of", "year", "derived",
         "open_max", "compare_with"}


@dataclass
class Statement:
    file: str
    line: int
    path: str
    figure: Figure
    sources: list | None
    derived: bool


_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _scalar(node):
    return _CONSTRUCTOR.construct_object(node, deep=True) if isinstance(node, yaml.ScalarNode) else None


def _plain(node):
    """A small mapping node as a dict of its scalar values (enough to read min/max, sources, derived)."""
    out = {}
    for key, value in node.value:
        if isinstance(value, yaml.ScalarNode):
            out[key.value] = _scalar(value)
        elif isinstance(value, yaml.SequenceNode):
            out[key.value] = [_scalar(v) for v in value.value if isinstance(v, yaml.ScalarNode)]
    return out


def statements(path: Path, label: str):
    """Every figure in a data file, with the nearest sources that cover it and whether it is marked derived."""
    with path.open(encoding="utf-8") as handle:
        root = yaml.compose(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    out = []

    def walk(node, where, sources, derived):
        if isinstance(node, yaml.MappingNode):
            plain = _plain(node)
            if isinstance(plain.get("sources"), list):
                sources = plain["sources"]
            elif isinstance(plain.get("source"), str):  # one source for the entry (a growth path, an imported file)
                sources = [plain["source"]]
            derived = derived or plain.get("derived") is True
            keys = value_keys(plain)
            for key in keys:
                out.append(Statement(label, node.start_mark.line + 1, where, Figure(_yaml_text(plain), key),
                                     sources, derived))
            for key_node, value in node.value:
                key = key_node.value
                if key == "sources" or key.endswith("_sources") or key.endswith("_derived"):
                    continue
                if key in NAMES and not isinstance(value, yaml.MappingNode) and not (
                        isinstance(value, yaml.SequenceNode) and any(isinstance(v, yaml.MappingNode) for v in value.value)):
                    continue
                if keys and key in ("min", "max"):
                    continue
                child_sources = plain.get(f"{key}_sources", sources)
                child_derived = derived or plain.get(f"{key}_derived") is True
                walk(value, f"{where}.{key}" if where else key, child_sources, child_derived)
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, f"{where}[{i}]", sources, derived)
        elif isinstance(node, yaml.ScalarNode):
            value = _scalar(node)
            if isinstance(value, bool) or value is None:
                return
            if isinstance(value, (int, float)):
                found = [Figure(str(value), ("n", float(value)))] if value > 10 else []
            else:
                found = figures(value)
            for figure in found:
                out.append(Statement(label, node.start_mark.line + 1, where, figure, sources, derived))

    walk(root, "", None, False)
    return out


def _yaml_text(plain):
    return "{" + ", ".join(f"{k}: {plain[k]}" for k in ("min", "max") if k in plain) + "}"


def check(items: list[Statement], texts: dict[str, str]) -> tuple[list[str], int]:
    """Problems (one line each, naming file and line) and how many statements were checked against a text.

    `texts` maps a source id to its text; a statement citing a source whose text is not on file cannot be
    checked and is left out of both counts.
    """
    keys = {sid: source_keys(text) for sid, text in texts.items()}
    problems, checked = [], 0
    for s in items:
        where = f"{s.file}:{s.line} {s.path}"
        if not s.sources:
            problems.append(f"{where}: {s.figure.text!r} cites no source")
            continue
        if s.derived or any(sid not in keys for sid in s.sources):
            continue
        checked += 1
        if not any(s.figure.key in keys[sid] for sid in s.sources):
            problems.append(f"{where}: {s.figure.text!r} is in none of its cited sources ({', '.join(s.sources)})")
    return problems, checked


# --- the ladder's cells -------------------------------------------------------------------------------

SCOPE_CELLS = ("accounts", "autonomy", "works_with", "measured_on")


def uncited_cells(path: Path, label: str) -> list[str]:
    """Ladder cells (each expectation, each part of a level's scope) that do not say where they come from.

    A cell is accounted for when it cites at least one source (a derived cell cites what it was read from and
    gives its method), says that the sources are silent (`silent: true`), or keeps the expectation of the level
    below on purpose (`unchanged: true`). A cell given as bare text, with nothing to cite, is reported.
    """
    with path.open(encoding="utf-8") as handle:
        root = yaml.compose(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    levels = next((v for k, v in getattr(root, "value", []) if k.value == "levels"), None)
    problems = []
    for i, level in enumerate(getattr(levels, "value", [])):
        fields = {k.value: v for k, v in level.value}
        cells = [(f"levels[{i}].scope.{k.value}", v) for k, v in getattr(fields.get("scope"), "value", [])
                 if k.value in SCOPE_CELLS]
        cells += [(f"levels[{i}].expectations[{j}]", v) for j, v in enumerate(getattr(fields.get("expectations"), "value", []))]
        for where, node in cells:
            problems += _cell_problems(f"{label}:{node.start_mark.line + 1} {where}", node)
    return problems


def _cell_problems(where: str, node) -> list[str]:
    if not isinstance(node, yaml.MappingNode):
        return [f"{where}: cites no source: give text with sources, or silent: true where no source says anything"]
    plain = _plain(node)
    if plain.get("silent") is True or plain.get("unchanged") is True:
        return []
    if not plain.get("sources"):
        return [f"{where}: cites no source: give sources, or derived: true with a method and the sources it reads"]
    if plain.get("derived") is True and not plain.get("method"):
        return [f"{where}: marked derived with no method: say in one line how it was read"]
    return []
