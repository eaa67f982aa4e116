"""Finished HTML blocks skip Markdown's HTML parsing, and the page comes out as if Markdown had read them."""
import logging

import markdown
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from macros.build.prebuilt import PrebuiltHtml, html_block

PAGE = ("# Title\n\nSome *text* before.\n"
        + html_block('<div class="box" id="inside"><p>Kept <em>as is</em>, even *this*.</p>\n<ul>\n<li>a</li>\n</ul></div>')
        + "- a list after\n- with [a link](#inside)\n"
        + html_block('<table id="t&amp;2">\n<tr><td>1</td></tr>\n</table>')
        + "The end.\n")


def convert(text, *extensions):
    return markdown.markdown(text, extensions=["attr_list", "tables", "toc", *extensions])


def test_a_page_with_prebuilt_blocks_reads_the_same_with_or_without_the_extension():
    plain, fast = convert(PAGE), convert(PAGE, PrebuiltHtml())
    assert "".join(fast.split()) == "".join(plain.replace("<!-- prebuilt -->", "").replace("<!-- /prebuilt -->", "")
                                            .split())
    assert "<p>Kept <em>as is</em>, even *this*.</p>" in fast  # the block's text is not read as Markdown
    assert '<li>with <a href="#inside">a link</a></li>' in fast


def test_a_marker_inside_a_code_block_is_text():
    text = "```\n" + html_block("<b>x</b>").strip() + "\n```\n"
    out = markdown.markdown(text, extensions=["fenced_code", PrebuiltHtml()])
    assert "&lt;!-- prebuilt --&gt;" in out and "&lt;b&gt;x&lt;/b&gt;" in out


@pytest.mark.slow  # three small MkDocs builds
@pytest.mark.parametrize("target, fails", [("#inside", False), ("#t&2", False), ("#missing", True)])
def test_mkdocs_knows_the_ids_of_prebuilt_blocks_when_it_checks_links_to_anchors(tmp_path, caplog, target, fails):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(PAGE)
    (docs / "other.md").write_text(f"# Other\n\nSee [the box](index.md{target}).\n")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\nvalidation:\n  links:\n    anchors: warn\n")
    config = load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
    config["markdown_extensions"].append(PrebuiltHtml())
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        build(config)
    warned = [r.getMessage() for r in caplog.records if "does not contain an anchor" in r.getMessage()]
    assert bool(warned) == fails, warned
