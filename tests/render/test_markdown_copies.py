"""Every Markdown copy shows data as typed: no text becomes a link, image, heading, list, HTML or autolink.

One table of hostile cases (tests/fixtures/markdown/hostile.json) goes through the three Markdown copies: the
posting templates' (macros/render/exports.py), the composer's (docs/assets/posting.js) and the levels'
"Copy Markdown" (macros/render/pages/ladder.py). Each copy is rendered by markdown-it with GitHub's extensions and
link detection, and read back as a reader sees it.
"""
import json
import subprocess

import pytest
from markdown_it import MarkdownIt

from conftest import ROOT
from gates import tree
from hostile import hostile_site
from macros.render.blocks import context_for
from macros.render.exports import PostingParts, Section, md_escape, posting_markdown
from macros.render.pages.ladder import expectation_exports

CASES = json.loads((ROOT / "tests/fixtures/markdown/hostile.json").read_text(encoding="utf-8"))
MARKDOWN = MarkdownIt("gfm-like")  # CommonMark with GitHub's tables, strikethrough and bare-address links
assert MARKDOWN.options["linkify"]
MARKUP = {"a", "img", "script", "iframe", "div", "blockquote", "ol", "pre", "code", "em", "s", "del", "table", "hr",
          "h3", "h4", "h5", "h6", "dl"}


def shown(text) -> str:
    """Text as a reader sees it in a page: runs of white space, line breaks included, are one space."""
    return " ".join(str(text).split())


def elements(markdown_text):
    rendered = tree(MARKDOWN.render(markdown_text))
    return [e for e in rendered.iter() if isinstance(e.tag, str)]


def node(script: str, data):
    result = subprocess.run(["node", "-e", script, str(ROOT / "docs/assets/posting.js")], input=json.dumps(data),
                            capture_output=True, text=True, timeout=60, check=True)
    return json.loads(result.stdout)


def test_the_composer_escapes_exactly_as_the_templates_do():
    escaped = node("const P = require(process.argv[1]);"
                   "console.log(JSON.stringify(JSON.parse(require('fs').readFileSync(0, 'utf8')).map(P.escapeMarkdown)))",
                   CASES)
    assert escaped == [md_escape(case) for case in CASES]


@pytest.mark.parametrize("text", CASES)
def test_a_template_copy_renders_each_case_as_written(text):
    post = PostingParts(text, (text,), ((text, text),), (Section(text, bullets=(text,), paragraphs=(text,)),))
    found = elements(posting_markdown(post))
    kinds = [e.tag for e in found]
    assert not MARKUP & set(kinds), kinds
    assert (kinds.count("h1"), kinds.count("h2"), kinds.count("ul"), kinds.count("li")) == (1, 1, 1, 1), kinds
    texts = [shown("".join(e.itertext())) for e in found if e.tag in ("h1", "h2", "li", "p")]
    assert texts == [shown(text)] * 2 + [f"{shown(text)}: {shown(text)}"] + [shown(text)] * 3


def test_the_composer_copy_renders_each_case_as_written():
    script = """const P = require(process.argv[1]);
      const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
      console.log(JSON.stringify(cases.map(t => P.asMarkdown(
        {title: t, sections: [{id: 'a', heading: t, paragraphs: [t], bullets: [t]}]}))));"""
    for text, markdown_text in zip(CASES, node(script, CASES)):
        found = elements(markdown_text)
        kinds = [e.tag for e in found]
        assert not MARKUP & set(kinds), (text, kinds)
        texts = [shown("".join(e.itertext())) for e in found if e.tag in ("h1", "h2", "p", "li")]
        assert texts == [shown(text)] * 4, (text, texts)


def test_the_levels_copy_renders_hostile_data_as_written(site):
    bad, values = hostile_site(site.model_copy(update={"occupations": {}}), CASES)  # the role's data is enough
    ctx = context_for(bad, "account-manager/levels.md")
    for level in bad.guides["account-manager"].levels.levels:
        markdown_text = expectation_exports(ctx, level)["markdown"]
        found = elements(markdown_text)
        kinds = [e.tag for e in found]
        assert not MARKUP - {"h3"} & set(kinds), (level.id, kinds)
        assert kinds.count("h2") == 1 and kinds.count("ul") == 2, (level.id, kinds)
        assert ["".join(e.itertext()) for e in found if e.tag == "h3"] == ["Scope", "Expectations"]
        items = [shown("".join(e.itertext())) for e in found if e.tag == "li"]
        assert shown("".join(found[kinds.index("h2")].itertext())) == shown(level.title)
        labels = ["Accounts", "Autonomy", "Works with", "Measured on"]
        cells = [getattr(level.scope, field) for field in ("accounts", "autonomy", "works_with", "measured_on")]
        # a part of the scope no source states is copied as the page says it: "Not stated in the sources"
        expected = [f"{label}: {shown('Not stated in the sources' if cell.silent else cell.text)}"
                    for label, cell in zip(labels, cells)]
        assert items[:4] == expected, level.id
        assert len(items) == 4 + len(bad.guides["account-manager"].levels.competencies)
