"""Escaping gate: whatever text the data holds, readers see exactly that text and no markup, script or handler.

(a) esc() in a paragraph, a list item and a table cell, rendered by Python-Markdown with the extensions of mkdocs.yml.
(b) every page block, run on a copy of the real site in which every free-text field holds hostile text.
"""
import importlib.util
import json
import re

import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

import gates
from gates import active_content, elements, fold, to_html, tree, visible_text
from macros.data.checks import walk
from helpers import FIXTURES
from hostile import hostile_site
from macros.render.pages import BLOCKS
from macros.render import blocks
from macros.render.blocks import PageContext


# The Markdown contexts data text still stands in (headings, the home page's lists): a paragraph, a list item, a cell.
def paragraphs(items) -> str:
    return "\n\n".join(blocks.esc(item) for item in items) + "\n"


def bullets(items) -> str:
    return "\n".join(f"- {blocks.esc(item)}" for item in items) + "\n"


def table(headers, rows) -> str:
    return "\n".join(["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
                     + ["| " + " | ".join(row) + " |" for row in rows]) + "\n"


_spec = importlib.util.spec_from_file_location("leaky", FIXTURES / "escaping" / "leaky.py")
leaky = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(leaky)

SNIPPETS = [
    "{{", "}}", "{{ config }}", "{%", "%}", "{% raw %}", "{#", "#}", "|", "||", "`", "```", "~~~", "\\", "\\|",
    "<script>alert(1)</script>", "<img onerror=x>", "<img src=x onerror=alert(1)>", "<svg onload=x>",
    "<a href='javascript:alert(1)'>x</a>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "<div markdown>",
    "<div markdown=\"1\">", "*", "**", "_", "__", "[", "]", "](", "[x](javascript:alert(1))", "![x](y)", "[^1]",
    "#", "## ", "- ", "+ ", "* ", "1. ", "1) ", "> ", ">", "<", "&", "&amp;", "&lt;", "&#60;", "&#x3c;", "&nbsp;",
    "!!! note", "??? note", "{: .x }", "{: onclick=alert(1) }", "{#anchor}", "{ #id .class }", ":", "::", "~", "^",
    "=", "==", "---", "===", "|---|", "$", "$$", "%", "@", "\"", "'", "(", ")", ".", "!", "?", "\t", "\n", "\r",
    "\r\n", " ", "    ", "é", "ß", "İ", "漢字", "עברית", "👩🏽‍💻", "\u200b", "\u200d", "\u202e", "\u00a0", "\ufeff",
    "x" * 200, "supercalifragilisticexpialidocious" * 8, "https://example.com/a_b*c", "<https://example.com>",
]
# Characters YAML data can hold without escapes: printable Unicode plus tab and line breaks.
YAML_CHARS = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n")
HOSTILE = (st.lists(st.sampled_from(SNIPPETS) | st.text(YAML_CHARS, min_size=1, max_size=12), min_size=1, max_size=8)
           .map("".join).filter(lambda s: s.strip()))
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# One example renders every block of the site (~1 s): few examples, and no shrinking of a 1,600-field site.
SLOW = settings(max_examples=15, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- (a) esc() in the three places data text goes ----------------------------

PLACES = {
    # name: (Markdown around the text, tags the HTML must have, tag holding the text)
    "paragraph": (lambda text: paragraphs([text]), ["p"], "p"),
    "list item": (lambda text: bullets([text]), ["ul", "li"], "li"),
    "table cell": (lambda text: table(["Header"], [[blocks.esc(text)]]),
                   ["table", "thead", "tr", "th", "tbody", "tr", "td"], "td"),
}


def escaping_problems(text, place):
    """What goes wrong when `text` is shown in `place`: stray markup, active content, changed text."""
    wrap, tags, holder = PLACES[place]
    return shown_problems(wrap(text), text, tags, holder)


def shown_problems(markdown_source, text, tags, holder):
    """Problems of the HTML of `markdown_source`, which should be exactly `tags` with `text` in the last `holder`."""
    root = tree(to_html(markdown_source))
    found = [e.tag for e in elements(root)]
    problems = active_content(root)
    if found != tags:
        problems.append(f"markup changed: expected elements {tags}, got {found}")
    cells = [e for e in elements(root) if e.tag == holder]
    shown = visible_text(cells[-1]) if cells else ""
    expected = fold(text.replace("\x02", "").replace("\x03", ""))  # Python-Markdown deletes both from its input
    if shown != expected:
        problems.append(f"text changed: shown {shown!r}, expected {expected!r}")
    return problems


@pytest.mark.parametrize("place", PLACES)
@FAST
@given(text=HOSTILE)
def test_esc_shows_any_text_literally(place, text):
    problems = escaping_problems(text, place)
    assert not problems, f"{text!r} in a {place}:\n" + "\n".join(problems)


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("text", ["Note: the <script>alert(1)</script> {{ x }} | `y` ~z^ =w",
                                  "<img src=x onerror=alert(1)>", "Q1\rQ2 | split", "\tindented", "    indented",
                                  "1. x", "12) x", "+ x", "- x", "!!! note", "!!! note \"Title\"", "~~~", "~~~ python",
                                  "![x](y)", "1\x02. x", "\x02+ x", "\x02!!! note", "\x03!!! note \"a\""])
def test_esc_examples(place, text):
    assert not escaping_problems(text, place)


def test_fence_lines_in_two_data_texts_do_not_make_a_code_block():
    source = paragraphs(["~~~ python", "Hidden <b>text</b> and *stars*", "~~~"])
    assert [e.tag for e in elements(tree(to_html(source)))] == ["p", "p", "p"]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("text", leaky.HOSTILE_EXAMPLES)
def test_the_checker_catches_an_esc_that_escapes_nothing(monkeypatch, place, text):
    """The gate itself, on tests/fixtures/escaping/leaky.py: unescaped text is reported."""
    monkeypatch.setattr(blocks, "esc", leaky.leaky_esc)
    assert escaping_problems(text, place)


def test_the_checker_names_what_went_wrong(monkeypatch):
    monkeypatch.setattr(blocks, "esc", leaky.leaky_esc)
    problems = escaping_problems(leaky.HOSTILE_EXAMPLES[0], "paragraph")
    assert any("onerror" in p for p in problems), problems
    assert any("markup changed" in p and "'em'" in p for p in problems), problems
    assert any("text changed" in p for p in problems), problems


# --- (b) every page block on a site full of hostile text ---------------------

def block_problems(name, markdown_text):
    """Active content in one block's HTML, and JSON data blocks that do not parse; returns (problems, visible text)."""
    root = tree(to_html(markdown_text))
    problems = [f"{name}: {p}" for p in active_content(root)]
    for element in elements(root):
        if element.tag == "script":
            try:
                json.loads(element.text or "")
            except ValueError as error:
                problems.append(f"{name}: JSON data block does not parse ({error})")
    return problems, visible_text(root)


# The blocks of an occupation's own page, rendered for each sampled occupation; the others for each role's pages.
OCCUPATION_PAGE_BLOCKS = {"occupation_title", "occupation_summary", "occupation_tasks", "occupation_titles",
                          "occupation_related", "occupation_skills", "occupation_knowledge", "occupation_technology",
                          "occupation_job_zone", "occupation_education", "occupation_pay", "occupation_pay_places",
                          "occupation_outlook"}
# Every occupation's page comes from the same renderers: a few, from different families and with gaps, stand for all.
SAMPLED_OCCUPATIONS = sorted(url.split("/")[1] for url in gates.ALWAYS_SAMPLED)


def with_sampled_occupations(site):
    """The site with the sampled occupations and the ones they name as related (which their pages link to)."""
    keep = set(SAMPLED_OCCUPATIONS)
    for code in SAMPLED_OCCUPATIONS:
        keep |= {related.id for related in site.occupations[code].related if related.id}
    return site.model_copy(update={"occupations": {k: v for k, v in site.occupations.items() if k in keep}})


def render_all(site):
    """Every block's output for every role's pages and every sampled occupation's page: {name: Markdown} and the
    exceptions raised. With more than one role, a block's name carries its role: `level_details (account-manager)`;
    an occupation page's block carries its occupation: `occupation_tasks (41-3091)`."""
    outputs, errors = {}, []
    pages = [(PageContext(site=site, role=role, root="../"), role if len(site.guides) > 1 else None,
              lambda block: block not in OCCUPATION_PAGE_BLOCKS) for role in sorted(site.guides)]
    pages += [(blocks.context_for(site, f"occupations/{code}/index.md"), code,
               lambda block: block in OCCUPATION_PAGE_BLOCKS) for code in SAMPLED_OCCUPATIONS]
    for ctx, label, renders in pages:
        for block, render in sorted(BLOCKS.items()):
            if not renders(block):
                continue
            name = f"{block} ({label})" if label else block
            try:
                outputs[name] = render(ctx)
            except Exception as error:  # a renderer that cannot cope with some text is a finding, not a crash
                errors.append(f"{name}: {type(error).__name__}: {error}")
    return outputs, errors


def not_yet_rendered(site):
    """Text of the BLS wage data: a reference table that the pages show in part (a state's name, say, is only in
    the downloads); the occupation release's reference tables and the occupations that only stand as related ones,
    which the sampled pages show in part. Whatever of it the blocks do show is still checked for markup like
    every other text."""
    related_only = [o for code, o in site.occupations.items() if code not in SAMPLED_OCCUPATIONS]
    parts = [site.wages, site.occupation_release, site.occupation_wages, related_only]
    schema_links = {occupation.schema_ref for occupation in site.occupations.values()}  # the file's $schema, not text
    return schema_links | {value for part in parts for _, value, _ in walk(part) if isinstance(value, str)}


def site_problems(site, values):
    """Every way the blocks fail to show `values` safely and literally."""
    unrendered = not_yet_rendered(site)
    values = [v for v in values if v not in unrendered]
    outputs, problems = render_all(site)
    shown = {}
    for name, source in outputs.items():
        found, shown[name] = block_problems(name, source)
        problems += found
    order = {_tag(v): i for i, v in enumerate(values)}
    literally = set()
    for name, text in shown.items():  # the values a block shows are those whose tags it shows
        tags = sorted(set(TAG.findall(text)) & order.keys(), key=order.get)
        problems += [f"{name}: shows {v!r} changed" for v in (values[order[t]] for t in tags) if fold(v) not in text]
        literally |= {t for t in tags if fold(values[order[t]]) in text}
    problems += [f"not shown literally by any block: {v!r}" for v in values if _tag(v) not in literally]
    return problems


TAG = re.compile(r"zq\d+qz")  # the form of the tags hostile_site() writes


def _tag(value):
    """The unique tag hostile_site() ends each value with: finding it means the block shows that field."""
    return value.rsplit(" ", 1)[-1]


def test_free_text_fields_are_found(site):
    poisoned, values = hostile_site(with_sampled_occupations(site), ["HOSTILE"])
    guide = poisoned.guides["account-manager"]
    assert len(values) > 300
    assert guide.levels.levels[0].title.startswith("HOSTILE") and guide.levels.levels[0].id == "junior"
    assert guide.levels.levels[0].track in ("ladder", "specialization")
    assert all(not s.startswith("HOSTILE") for s in guide.levels.levels[0].sources)
    assert poisoned.placeholders.placeholders[0].token == site.placeholders.placeholders[0].token
    assert guide.compensation.currency == "USD"


@pytest.mark.slow
def test_every_block_shows_hostile_data_literally(site):
    @SLOW
    @given(texts=st.lists(HOSTILE, min_size=5, max_size=5))
    @example(texts=["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ x }} {% y %}", "| a |", "`b` *c*"])
    @example(texts=["<!-- <script>", "-->", "</script><script>alert(1)</script>", "]]>", "<!--"])
    def check(texts):
        poisoned, values = hostile_site(with_sampled_occupations(site), texts)
        problems = site_problems(poisoned, values)
        assert not problems, f"{len(problems)} problems, e.g.\n" + "\n".join(problems[:15])

    check()


def test_the_block_checker_catches_a_leaky_renderer(site, monkeypatch):
    """The gate itself, on tests/fixtures/escaping/leaky.py: a block that pastes data without esc() is reported."""
    monkeypatch.setitem(globals(), "BLOCKS", {"leaky_block": leaky.leaky_block})  # the gate over this one block
    poisoned, values = hostile_site(with_sampled_occupations(site), ['<img src=x onerror=alert(1)> *em* "</script>'])
    problems = [p for p in site_problems(poisoned, values) if p.startswith("leaky_block")]
    assert any(p.startswith("leaky_block: <img onerror") for p in problems), problems
    assert any(p.startswith("leaky_block: <script>") for p in problems), problems
    assert any(p.startswith("leaky_block: shows") and "changed" in p for p in problems), problems
