"""What the build refuses to publish, on small folders made here: links, hidden names, stray file types and SVG
that could run script, each with its name."""
import os

import pytest

from macros.data.errors import DataError
from macros.build.publish import DATA_TYPES, DOCS_TYPES, OVERRIDES_TYPES, check_publishable, tree_problems

KINDS = " ".join(sorted(DOCS_TYPES))


def make(root, files):
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def messages(folder, allowed, root):
    return [str(p) for p in tree_problems(folder, allowed, root)]


def test_the_published_types():
    assert DOCS_TYPES == {".md", ".css", ".js", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".ico", ".woff2"}
    assert OVERRIDES_TYPES == {".html"}
    assert DATA_TYPES == {".yml", ".json", ".md"}


def test_stray_files_are_named_with_the_types_the_site_publishes(tmp_path):
    make(tmp_path, ["docs/index.md", "docs/a/page.MD", "docs/a/notes.txt", "docs/secret.env", "docs/b/c/run.py",
                    "docs/img/photo.JPG"])
    assert sorted(messages(tmp_path / "docs", DOCS_TYPES, tmp_path)) == [
        f"docs/a/notes.txt: is not a file the site publishes (only {KINDS}); move it out of this folder",
        f"docs/b/c/run.py: is not a file the site publishes (only {KINDS}); move it out of this folder",
        f"docs/secret.env: is not a file the site publishes (only {KINDS}); move it out of this folder",
    ]


@pytest.mark.parametrize("name", ["page.md~", "page.md.swp", "page.swo", "page.bak", "page.orig", "page.tmp",
                                  ".page.md.swp", "#page.md#"])
def test_editor_leftovers_are_left_to_mkdocs_exclude_docs(tmp_path, name):
    make(tmp_path, [f"docs/{name}"])
    assert messages(tmp_path / "docs", DOCS_TYPES, tmp_path) == []


def test_hidden_names_are_refused_by_name(tmp_path):
    make(tmp_path, ["docs/.env", "docs/.DS_Store", "docs/#secrets.txt", "docs/assets/#id_rsa", "docs/#notes.md",
                    "docs/.git/config", "docs/assets/ok.css"])
    hidden = "; the site publishes no such name: move it out of this folder"
    assert messages(tmp_path / "docs", DOCS_TYPES, tmp_path) == [
        f"docs/#notes.md: is a hidden or backup file (its name starts with '#'){hidden}",
        f"docs/#secrets.txt: is a hidden or backup file (its name starts with '#'){hidden}",
        f"docs/.DS_Store: is a hidden or backup file (its name starts with '.'){hidden}",
        f"docs/.env: is a hidden or backup file (its name starts with '.'){hidden}",
        f"docs/.git: is a hidden or backup folder (its name starts with '.'){hidden}",
        f"docs/assets/#id_rsa: is a hidden or backup file (its name starts with '#'){hidden}",
    ]


def test_the_theme_folder_has_no_exclusions_so_its_backups_are_refused(tmp_path):
    make(tmp_path, ["overrides/main.html", "overrides/main.html~", "overrides/#notes.txt", "overrides/#main.html#"])
    found = [p.file for p in tree_problems(tmp_path / "overrides", OVERRIDES_TYPES, tmp_path, backups_excluded=False)]
    assert found == ["overrides/#main.html#", "overrides/#notes.txt", "overrides/main.html~"]


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{}</svg>'


@pytest.mark.parametrize("body, reason", [
    ("<script>alert(1)</script>", "a <script> element"),
    ('<rect width="5" height="5" onload="alert(1)"/>', "an event handler (onload)"),
    ('<a href="javascript:alert(1)"><text>x</text></a>', "an external reference (href="),
    ('<image xlink:href="https://evil.invalid/x.png"/>', "an external reference (href="),
    ('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', "a <foreignobject> element"),
    ('<rect style="fill: url(https://evil.invalid/x)"/>', "an external reference in style"),
    ("<style>@import url(https://evil.invalid/x.css);</style>", "whose style loads from elsewhere"),
    ('<set attributeName="href" to="javascript:alert(1)"/>', "animates a link"),
])
def test_svg_that_could_run_script_or_load_from_elsewhere_is_refused_by_name(tmp_path, body, reason):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/logo.svg").write_text(SVG.format(body), encoding="utf-8")
    found = messages(tmp_path / "docs", DOCS_TYPES, tmp_path)
    assert len(found) == 1 and found[0].startswith("docs/logo.svg: is an SVG ") and reason in found[0], found


@pytest.mark.parametrize("text", ['<!DOCTYPE svg [<!ENTITY a "b">]><svg>&a;</svg>', "<svg><rect></svg>"])
def test_svg_the_build_cannot_read_is_refused(tmp_path, text):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/logo.svg").write_text(text, encoding="utf-8")
    assert [p.file for p in tree_problems(tmp_path / "docs", DOCS_TYPES, tmp_path)] == ["docs/logo.svg"]


def test_plain_svg_with_references_inside_itself_is_published(tmp_path):
    (tmp_path / "docs").mkdir()
    drawing = ('<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs>'
               '<rect id="r" fill="url(#g)" width="5" height="5"/><use xlink:href="#r"/><style>rect { fill: url(#g) }</style>')
    (tmp_path / "docs/logo.svg").write_text(SVG.format(drawing), encoding="utf-8")
    assert messages(tmp_path / "docs", DOCS_TYPES, tmp_path) == []


@pytest.mark.parametrize("name", ["page.swap", "backup.txt", "page~.txt"])
def test_names_that_only_look_like_leftovers_are_refused(tmp_path, name):
    make(tmp_path, [f"docs/{name}"])
    assert len(messages(tmp_path / "docs", DOCS_TYPES, tmp_path)) == 1


def test_symbolic_links_are_refused_and_never_followed(tmp_path):
    make(tmp_path, ["docs/index.md", "outside/secret.txt", "outside/deep/key.pem"])
    os.symlink(tmp_path / "outside/secret.txt", tmp_path / "docs/linked.md")
    os.symlink(tmp_path / "outside", tmp_path / "docs/folder")
    assert messages(tmp_path / "docs", DOCS_TYPES, tmp_path) == [
        f"docs/folder: is a symbolic link (to {tmp_path / 'outside'}); the build never publishes links: "
        "copy the file in, or remove the link",
        f"docs/linked.md: is a symbolic link (to {tmp_path / 'outside/secret.txt'}); the build never publishes links: "
        "copy the file in, or remove the link",
    ]


def test_a_path_outside_the_root_is_shown_in_full(tmp_path):
    make(tmp_path, ["docs/notes.txt"])
    other = tmp_path / "elsewhere"
    other.mkdir()
    found = messages(tmp_path / "docs", DOCS_TYPES, other)
    assert found == [f"{tmp_path / 'docs/notes.txt'}: is not a file the site publishes (only {KINDS}); move it out of this folder"]


def test_a_missing_folder_has_no_problems(tmp_path):
    assert tree_problems(tmp_path / "nowhere", DOCS_TYPES, tmp_path) == []


def test_check_publishable_lists_every_folder_s_problems_together(tmp_path):
    make(tmp_path, ["docs/index.md", "docs/x.txt", "overrides/main.html", "overrides/style.css", "data/a.yml", "data/b.csv"])
    with pytest.raises(DataError) as raised:
        check_publishable(tmp_path / "docs", tmp_path / "overrides", tmp_path / "data", tmp_path)
    text = str(raised.value)
    assert text.startswith("3 problems in the files to publish:\n")
    assert [p.file for p in raised.value.problems] == ["data/b.csv", "docs/x.txt", "overrides/style.css"]
    assert "overrides/style.css: is not a file the site publishes (only .html); move it out of this folder" in text
    assert "data/b.csv: is not a file the site publishes (only .json .md .yml); move it out of this folder" in text


def test_check_publishable_accepts_a_clean_tree(tmp_path):
    make(tmp_path, ["docs/index.md", "overrides/main.html", "data/a.yml"])
    assert check_publishable(str(tmp_path / "docs"), str(tmp_path / "overrides"), str(tmp_path / "data"), tmp_path) is None
