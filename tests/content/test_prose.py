"""Prose checks over the built site: American spelling (breame's British/American list), proselint, and
gender-coded wording in the templates (Gaucher, Friesen and Kay, 2011). Each finding names the page and
where its text comes from: a data file and line, or the page's Markdown source.

Accepted exceptions live in tests/prose_allow.txt, each with its reason.
Run `python tests/content/test_prose.py SITE_DIR` to list every finding of a built site.
"""
import json
import re
import sys
import tokenize
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import gates  # noqa: E402
from macros.data.load import data_files, read  # noqa: E402
from macros.render import quality  # noqa: E402

ALLOW_FILE = ROOT / "tests" / "prose_allow.txt"
SKIPPED = {"script", "style", "template"}
NOT_PROSE = SKIPPED | {"pre", "code", "kbd", "samp", "svg"}
SHOWN_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"  # ids and fixed values, which pages show through a label
STRING_TOKENS = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}


@dataclass(frozen=True)
class Finding:
    check: str
    key: str  # the British word, the proselint check path, the template id or the inclusive-language term
    text: str  # the words found
    source: str
    page: str
    message: str


# --- the built pages --------------------------------------------------------------------------------------


def document(path: Path):
    return gates.document(path.read_text(encoding="utf-8"))


def text_lines(node, skip) -> list[str]:
    """The visible text below `node`, one line a block element; inline elements run together."""
    parts = []

    def visit(element):
        tag = element.tag if isinstance(element.tag, str) else None
        if tag in skip:
            parts.append(" ")
        elif tag:
            gap = "" if tag in gates.INLINE else "\n"
            parts.extend([gap, element.text or ""])
            for child in element:
                visit(child)
            parts.append(gap)
        parts.append(element.tail or "")

    for child in node:
        visit(child)
    return [line for line in (gates.fold(part) for part in "".join(parts).split("\n")) if line]


def shown_text(path: Path) -> list[str]:
    """Every line a reader can see or hear: the body's text, the labels in attributes, title and description."""
    root = document(path)
    body = root.find("body")
    lines = text_lines(body, SKIPPED)
    for element in body.iter():
        if isinstance(element.tag, str) and element.tag not in SKIPPED:
            lines += [gates.fold(element.get(name)) for name in SHOWN_ATTRIBUTES if element.get(name)]
    head = root.find("head")
    lines += [gates.fold(head.findtext("title") or "")]
    lines += [gates.fold(m.get("content") or "") for m in head.iter("meta") if m.get("name") == "description"]
    return [line for line in lines if line]


def prose(path: Path) -> list[str]:
    """The page's article as lines of prose, tables included: no code, no charts."""
    article = next((e for e in document(path).iter("article") if "md-content__inner" in (e.get("class") or "")), None)
    return text_lines(article, NOT_PROSE) if article is not None else []


# --- where text comes from ---------------------------------------------------------------------------------


@cache
def data_strings() -> list[tuple[str, str, int]]:
    """(text, file, line) of every string in the data."""
    found = []
    for path in data_files(ROOT / "data"):
        if "schema" in path.relative_to(ROOT / "data").parts:
            continue
        doc, _ = read(path, ROOT / "data")
        stack = [((), doc.data)]
        while stack:
            keys, value = stack.pop()
            if isinstance(value, dict):
                stack += [(keys + (k,), v) for k, v in value.items()]
            elif isinstance(value, list):
                stack += [(keys + (i,), v) for i, v in enumerate(value)]
            elif isinstance(value, str):
                found.append((gates.fold(value), doc.file, doc.line_of(keys) or 1))
    return found


@cache
def file_lines(name: str) -> list[str]:
    return (ROOT / name).read_text(encoding="utf-8").splitlines()


def _has(words: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE) is not None


def line_with(name: str, words: str, start: int = 1) -> int | None:
    """The first line of file `name`, from `start` on, that holds `words`."""
    lines = file_lines(name)
    return next((no for no in range(start, len(lines) + 1) if _has(words, lines[no - 1])), None)


def page_source(page: str) -> str:
    name = f"docs/{page.rstrip('/') or 'index'}"
    return f"{name}.md" if (ROOT / f"{name}.md").exists() else f"{name}/index.md"


def locate(words: str, line: str, page: str) -> str:
    """Where `words`, seen in `line` of `page`, are written: the data string shown in that line, the page's
    Markdown, a text in the configuration, theme or renderers, then any data string."""
    strings = [(text, file, no) for text, file, no in data_strings() if _has(words, text)]
    shown = [s for s in strings if s[0] in line and not re.fullmatch(ID, s[0])]
    for text, file, no in sorted(shown, key=lambda s: -len(s[0])):
        return f"{file}:{line_with(file, words, no) or no}"
    literal = [t for t in literal_texts(page) if _has(words, t[2])]
    for name, no, text in sorted(literal, key=lambda t: words not in t[2]):  # the same case first
        return f"{name}:{no}"
    for text, file, no in strings:
        return f"{file}:{line_with(file, words, no) or no}"
    return "source not found"


def literal_texts(page: str) -> list[tuple[str, int, str]]:
    """(file, line, text) of the page's Markdown lines, then the lines of mkdocs.yml and the theme and the
    string literals of the renderers (docstrings left out)."""
    names = [page_source(page)] if (ROOT / page_source(page)).exists() else []
    names += ["mkdocs.yml"] + [p.relative_to(ROOT).as_posix() for p in sorted((ROOT / "overrides").rglob("*.html"))]
    # Attribute lists ({ #id }) and template comments ({# ... #}) are not shown.
    found = [(name, no, re.sub(r"\{[^}]*\}", "", text))
             for name in names for no, text in enumerate(file_lines(name), 1)]
    return found + [t for p in sorted((ROOT / "macros").rglob("*.py")) for t in python_strings(p)]


@cache
def python_strings(path: Path) -> list[tuple[str, int, str]]:
    name = path.relative_to(ROOT).as_posix()
    found = []
    with path.open("rb") as source:
        for token in tokenize.tokenize(source.readline):
            if token.type in STRING_TOKENS and not token.string.lstrip("rbfuRBFU").startswith(('"""', "'''")):
                found += [(name, token.start[0] + i, text) for i, text in enumerate(token.string.splitlines())]
    return found


# --- the checks --------------------------------------------------------------------------------------------


@cache
def imported_strings() -> tuple[str, ...]:
    """Every text of the imported occupation data (data/occupations/), longest first."""
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    for path in sorted((ROOT / "data" / "occupations").rglob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return tuple(sorted(found, key=len, reverse=True))


def is_imported(words: str, line: str) -> bool:
    """Whether `words` stand in `line` inside a text O*NET or BLS released: the site shows those as released
    (a task's "analyses", a title's "Waitress"), so the checks read only the site's own words."""
    return any(words in text and text in line for text in imported_strings())


def british_spellings(line: str) -> list[str]:
    return [word for word in re.findall(r"[A-Za-z]+", line) if word.lower() in BRITISH_ENGLISH_SPELLINGS]


def spelling_findings(site: Path) -> list[Finding]:
    found = []
    for page, path in gates.site_pages(site, sample=True):
        for line in shown_text(path):
            for word in british_spellings(line):
                if is_imported(word, line):
                    continue
                american = BRITISH_ENGLISH_SPELLINGS[word.lower()]
                found.append(Finding("spelling", word.lower(), word, locate(word, line, page), page,
                                     f"British spelling “{word}”: write “{american}”"))
    return found


JS_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'')


def script_spelling_findings() -> list[Finding]:
    """British spellings in the text the site's scripts write into pages (their string literals)."""
    found = []
    for path in sorted((ROOT / "docs" / "assets").glob("*.js")):
        name = path.relative_to(ROOT).as_posix()
        for no, line in enumerate(file_lines(name), 1):
            for literal in JS_STRING.findall(line.split("// ")[0]):
                found += [Finding("spelling", word.lower(), word, f"{name}:{no}", "pages that load it",
                                  f"British spelling “{word}”: write “{BRITISH_ENGLISH_SPELLINGS[word.lower()]}”")
                          for word in british_spellings(literal)]
    return found


@cache
def _proselint_checks():
    from proselint.checks import __register__
    from proselint.config import DEFAULT
    from proselint.registry import CheckRegistry

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    return registry.get_all_enabled(DEFAULT["checks"])


@cache
def lint(text: str) -> tuple[tuple[str, str, str], ...]:
    """(check path, matched words, message) of every proselint finding in `text`, as its command line finds
    them (default checks, nothing inside quotation marks unless the check looks there). LintFile.lint's loop, with
    the enabled checks chosen once rather than on every call; kept per text: most lines (navigation, headings, the
    occupation guides' fixed wording) are on many pages, and a finding depends on the text alone."""
    from proselint.config import DEFAULT
    from proselint.tools import LintFile

    file = LintFile("<page>", text)  # pads the text with a line break either side, and finds its quotations
    found = [(result.check_path, file.content[slice(*result.span)].strip(), result.message, result.span[0])
             for check in _proselint_checks() for result in check.check_with_flags(file.content)
             if check.flags.allow_quotes or not file.is_quoted_pos(result.span[0])][:DEFAULT["max_errors"]]
    return tuple(finding[:3] for finding in sorted(found, key=lambda finding: finding[3]))


def proselint_findings(site: Path) -> list[Finding]:
    found = []
    for page, path in gates.site_pages(site, sample=True):
        for line in prose(path):
            for check, words, message in lint(line):
                if words and is_imported(words, line):
                    continue
                source = locate(words, line, page) if words else locate(line[:60], line, page)
                found.append(Finding("proselint", check, words, source, page, f"{check}: “{words}”: {message}"))
    return found


GENDER_LINE = re.compile(r"Gender-coded words \(Gaucher, Friesen and Kay, 2011\): masculine-coded (\d+)"
                         r"(?: \(([^)]*)\))?; feminine-coded (\d+)")


def gender_findings(site: Path) -> list[Finding]:
    """Templates whose quality box counts more masculine- than feminine-coded words."""
    found = []
    for page, path in gates.site_pages(site, sample=True):
        for section in template_sections(path):
            match = GENDER_LINE.search(" ".join(section["lines"]))
            assert match, f"{page}#{section['id']}: the quality check shows no gender-coded word count"
            masculine, words, feminine = int(match[1]), match[2] or "", int(match[3])
            if masculine > feminine:
                template = section["id"].removeprefix("template-")
                found.append(Finding("gender", template, words, template_source(template), page,
                                     f"template “{template}” is masculine-coded: {masculine} masculine-coded "
                                     f"words ({words}) against {feminine} feminine-coded"))
    return found


def suggestion_findings() -> list[Finding]:
    """Words the inclusive-language list suggests instead that Gaucher et al. count as masculine-coded."""
    name = "data/vocab/inclusive-language.yml"
    doc, _ = read(ROOT / name, ROOT / "data")
    found = []
    for i, entry in enumerate(doc.data["terms"]):
        for words in entry.get("instead", []):
            if coded := quality.gender_coded(words)[0]:
                no = line_with(name, words, doc.line_of(("terms", i)) or 1)
                found.append(Finding("gender", entry["term"], words, f"{name}:{no}", "every templates page",
                                     f"“{words}”, suggested instead of “{entry['term']}”, is masculine-coded "
                                     f"({', '.join(coded)})"))
    return found


def template_sections(path: Path) -> list[dict]:
    """Each template heading of a page with the lines up to the next heading of its level."""
    sections, current = [], None
    article = next((e for e in document(path).iter("article")), None)
    for element in article.iter() if article is not None else []:
        if element.tag == "h2":
            current = {"id": element.get("id") or "", "lines": []} if (element.get("id") or "").startswith(
                "template-") else None
            if current:
                sections.append(current)
        elif current is not None and element.tag == "li":
            current["lines"].append(gates.fold("".join(element.itertext())))
    return sections


def template_source(template: str) -> str:
    for name in ("data/roles/account-manager/templates.yml", *(p.relative_to(ROOT).as_posix()
                 for p in sorted((ROOT / "data/roles").glob("*/templates.yml")))):
        if (no := line_with(name, f"id: {template}")):
            return f"{name}:{no}"
    return "source not found"


# --- the allow-list ----------------------------------------------------------------------------------------


def allow_list(path: Path = ALLOW_FILE) -> list[tuple[str, str, str]]:
    """(check, key, words) entries; words empty means every finding of that key."""
    entries = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        fields = raw.split("#", 1)[0].split(maxsplit=2)
        if fields:
            entries.append((fields[0], fields[1], fields[2].strip().strip('"') if len(fields) > 2 else ""))
    return entries


def allowed(finding: Finding, entries) -> bool:
    return any(finding.check == check and finding.key == key and (not words or words.lower() == finding.text.lower())
               for check, key, words in entries)


def remaining(findings: list[Finding]) -> list[Finding]:
    entries = allow_list()
    return [f for f in findings if not allowed(f, entries)]


def report(findings: list[Finding]) -> str:
    """One line a source and message, in file and line order, with the pages that show it."""
    pages = {}
    for f in findings:
        pages.setdefault((f.source, f.message), []).append(f.page or "/")
    ordered = sorted(pages, key=lambda k: (k[0].split(":")[0], int(k[0].rpartition(":")[2] or 0)
                                           if k[0].rpartition(":")[2].isdigit() else 0, k[1]))
    lines = []
    for source, message in ordered:
        shown = sorted(set(pages[source, message]))
        more = f" and {len(shown) - 3} more" if len(shown) > 3 else ""
        lines.append(f"{source}: {message} (on {', '.join(shown[:3])}{more})")
    return f"{len(lines)} finding(s):\n" + "\n".join(lines)


# --- the tests ---------------------------------------------------------------------------------------------


def test_american_spelling(built_site):
    findings = remaining(spelling_findings(built_site) + script_spelling_findings())
    assert not findings, report(findings)


def test_proselint(built_site):
    findings = remaining(proselint_findings(built_site))
    assert not findings, report(findings)


def test_templates_are_not_masculine_coded(built_site):
    findings = remaining(gender_findings(built_site))
    assert not findings, report(findings)


def test_inclusive_suggestions_are_not_masculine_coded():
    findings = remaining(suggestion_findings())
    assert not findings, report(findings)


def test_allow_list_entries_name_real_checks():
    checks = {c.path for c in _proselint_checks()}
    for check, key, _ in allow_list():
        assert check in ("spelling", "proselint", "gender"), check
        assert check != "spelling" or key in BRITISH_ENGLISH_SPELLINGS, f"{key} is not on the British list"
        assert check != "proselint" or any(path == key or path.startswith(key + ".") for path in checks), key


def test_gender_coded_words_follow_the_stem_lists():
    masculine, feminine = quality.gender_coded("A competitive, driven leader who supports and trusts the team.")
    assert masculine == ["competitive", "driven", "leader"]
    assert feminine == ["supports", "trusts"]
    assert quality.gender_coded("Plain words about pay.") == ([], [])


def test_gender_coding_counts_and_lists_words():
    coding = quality.gender_coding("Lead, lead and support.")
    assert coding == "masculine-coded 2 (lead ×2); feminine-coded 1 (support)"
    assert quality.gender_coding("Pay.") == "masculine-coded 0; feminine-coded 0"


def test_spelling_and_lint_find_what_they_should():
    assert british_spellings("The organisation’s colour, centre and behaviour.") == [
        "organisation", "colour", "centre", "behaviour"]
    assert british_spellings("The organization’s color.") == []
    assert JS_STRING.findall("say('It\\'s the centre', \"colour\") // 'behaviour'".split("// ")[0]) == [
        "'It\\'s the centre'", '"colour"']
    assert any(check == "uncomparables" for check, _, _ in lint("This is very unique."))


def test_findings_name_the_data_file_and_line():
    text, file, line = next(s for s in data_strings() if s[1].endswith("levels.yml") and len(s[0]) > 40)
    word = max(re.findall(r"[A-Za-z]+", text), key=len)
    where = locate(word, f"before {text} after", "account-manager/levels/")
    assert where.startswith(file + ":")
    assert int(where.split(":")[1]) >= line


if __name__ == "__main__":
    site = Path(sys.argv[1])
    everything = (spelling_findings(site) + script_spelling_findings() + proselint_findings(site) + gender_findings(site)
                  + suggestion_findings())
    print(report(remaining(everything)))
