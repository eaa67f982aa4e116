"""What the build refuses to publish, on small folders made here: links and stray file types, with their names."""
import os

import pytest

from macros.errors import DataError
from macros.publish import DATA_TYPES, DOCS_TYPES, OVERRIDES_TYPES, check_publishable, tree_problems

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


@pytest.mark.parametrize("name", ["page.md~", "page.md.swp", "page.swo", "page.bak", "page.orig", "page.tmp", ".DS_Store",
                                  ".hidden.txt", "#page.md#"])
def test_editor_leftovers_are_left_to_mkdocs_exclude_docs(tmp_path, name):
    make(tmp_path, [f"docs/{name}"])
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
