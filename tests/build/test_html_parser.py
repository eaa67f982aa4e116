"""The tests' HTML parser (gates.tree: Lexbor, in C) builds the same tree as html5lib, the reference implementation of
the HTML Standard's parsing in Python, on hostile markup and on built pages: same elements in the same order, same
attributes, same visible text. The gates that read pages "as a browser parses them" rely on it."""
import importlib.util
import json

import html5lib
import pytest
from xml.etree import ElementTree

import gates
from gates import site_pages, to_html, tree, visible_text
from helpers import FIXTURES

NAMESPACES = {"http://www.w3.org/1999/xlink": "xlink:", "http://www.w3.org/XML/1998/namespace": "xml:",
              "http://www.w3.org/2000/xmlns/": "xmlns:"}

# Markup a browser repairs in ways a naive parser does not: misnested and unclosed tags, foster parenting out of
# tables, raw-text elements, foreign content (SVG, MathML) and its integration points, templates, NUL characters.
TRICKY = [
    "<b><i>bold italic</b> italic?</i> plain", "<p>one<p>two<div>three</p>four", "<a href=x>one<a href=y>two</a>",
    "<table><tr><td>cell</td></tr>stray text<script>alert(1)</script></table>after",
    "<table><td>implied</table>", "<select><option>a<option>b<script>alert(1)</script></select>",
    "<textarea><script>alert(1)</script></textarea>", "<title><b>not bold</b></title>", "<xmp><img onerror=x></xmp>",
    "<noscript><img src=x onerror=alert(1)></noscript>", "<noembed><img onerror=x></noembed>",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>", "<plaintext><script>alert(1)</script>",
    "<svg><script>alert(1)</script><a xlink:href='javascript:alert(1)'>x</a></svg>",
    "<svg viewbox='0 0 1 1'><foreignObject><p onclick=x>html again</p></foreignObject><desc><b>b</b></desc></svg>",
    "<svg><![CDATA[<img onerror=x>]]></svg>", "<math><mi>x</mi><mtext><b>y</b></mtext><annotation-xml "
    "encoding='text/html'><p>z</p></annotation-xml></math>", "<math><style><img src=x onerror=1></style></math>",
    "<template><script>alert(1)</script><b>x</b></template>tail", "<!-- unclosed comment <script>x</script>",
    "<!--> <img onerror=x> -->", "<!---->", "a\x00b<p\x00>c", "<p>&amp;&lt;&#60;&#x3c;&nbsp;&notit;&unknown;</p>",
    "<form><form><input></form></form>", "<li>a<li>b<ul><li>c</ul>", "<h1><h2>x</h1></h2>", "<frameset><frame>",
    "<body onload=x><p>body</p></body>", "<html lang=en><head><script>alert(1)</script></head><body>x</body></html>",
    "<img src=x onerror=alert(1)//", "<a href='x' href='y' ONCLICK=1 On MouseOver=2>dup</a>", "<div/onclick=x>slash",
    "<style>p{}</style><p>x</p><script type=application/json>{\"a\": \"</script><b>x</b>\"}</script>",
    "<ruby>a<rt>b</rt></ruby><rb>c<rp>d", "<dl><dt>a<dd>b<dt>c", "<button><button>x</button>",
    "<p><table><tr><td>in p?</td></tr></table>", "<object data=x><param name=a value=b><embed src=y></object>",
    "<keygen><image src=x>", "<nobr><nobr>x</nobr>", "<marquee><p>m</marquee>",
]


# Where html5lib 1.1 (2020) is wrong: it drops an element fostered out of a table, does not parse a <template>'s
# content in its own mode, and still expands <isindex>, which the Standard dropped in 2016. Expected: the tree Chromium
# builds (element.innerHTML = markup, read back), which gates.tree must build too.
REFERENCE_WRONG = {
    "<table><tr><td>cell</td></tr>stray text<b>bold</b><script>alert(1)</script></table>after":
        "stray text<b>bold</b><table><tbody><tr><td>cell</td></tr><script>alert(1)</script></tbody></table>after",
    "<template><script>alert(1)</script><td>cell</td></template>tail":
        "<template><script>alert(1)</script><td>cell</td></template>tail",
    "<isindex prompt=x><image src=x>": '<isindex prompt="x"><img src="x" /></isindex>',
}


def _hostile_texts():
    texts = json.loads((FIXTURES / "markdown/hostile.json").read_text(encoding="utf-8"))
    spec = importlib.util.spec_from_file_location("leaky", FIXTURES / "escaping/leaky.py")
    leaky = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(leaky)
    return texts + list(leaky.HOSTILE_EXAMPLES)


def reference_tree(html_text: str, parse=html5lib.parseFragment) -> ElementTree.Element:
    """html5lib's tree with its '{namespace}local' names made plain, as gates.tree names them ('svg', 'xlink:href')."""
    root = parse(html_text, treebuilder="etree", namespaceHTMLElements=False)
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = _plain(element.tag)
            element.attrib = {_plain(name): value for name, value in element.attrib.items()}
    return root


def _plain(name: str) -> str:
    if not name.startswith("{"):
        return name
    namespace, local = name[1:].split("}", 1)
    return local if local == "xmlns" else NAMESPACES.get(namespace, "") + local


def shape(root) -> list:
    """Every node below `root` in document order: (tag, attributes, text, tail); a comment as '#comment' with its
    text stripped, as gates.tree keeps it."""
    return [("#comment", [], (e.text or "").strip(), e.tail or "") if e.tag is ElementTree.Comment else
            (e.tag, sorted(e.attrib.items()), e.text or "", e.tail or "")
            for e in root.iter() if e is not root]


def assert_same_tree(html_text: str, parse=tree, reference=html5lib.parseFragment):
    expected, got = reference_tree(html_text, reference), parse(html_text)
    assert shape(got) == shape(expected), html_text[:200]
    assert visible_text(got) == visible_text(expected), html_text[:200]


@pytest.mark.parametrize("markup", TRICKY)
def test_tricky_markup_parses_as_the_reference_does(markup):
    assert_same_tree(markup)


@pytest.mark.parametrize("markup", REFERENCE_WRONG)
def test_where_the_reference_is_out_of_date_the_tree_is_the_browsers(markup):
    assert ElementTree.tostring(tree(markup), encoding="unicode") == (
        f"<DOCUMENT_FRAGMENT>{REFERENCE_WRONG[markup]}</DOCUMENT_FRAGMENT>")
    assert shape(reference_tree(markup)) != shape(tree(markup))


def test_hostile_text_parses_as_the_reference_does_raw_and_through_markdown():
    for text in _hostile_texts():
        assert_same_tree(text)
        assert_same_tree(to_html(text))


def test_the_comparison_sees_a_different_tree():
    """A parser that kept the markup of a raw-text element, as a naive one does, is told apart."""
    expected = reference_tree("<textarea><b>x</b></textarea>")
    assert shape(tree("<textarea><b>x</b></textarea>")) == shape(expected)
    assert shape(tree("<div><b>x</b></div>")) != shape(expected)


def test_built_pages_parse_as_the_reference_does(built_site):
    """As a fragment and as a whole document, every other page of the sampled site (the deep guide's pages, the home and browse pages, sampled occupation
    guides): the reference parser costs ~70 ms a page."""
    pages = site_pages(built_site, sample=True)[::2]
    assert len(pages) > 20
    for url, path in pages:
        assert_same_tree(path.read_text(encoding="utf-8"))
        assert_same_tree(path.read_text(encoding="utf-8"), gates.document, html5lib.parse)
