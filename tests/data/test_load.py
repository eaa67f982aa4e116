"""The strict YAML reader: each kind of bad input gives one clear line with file, line and key path."""
import gc
import subprocess
import sys
import time
import tracemalloc

import pytest

from helpers import FIXTURES, ROOT
from macros.data import load
from macros.data.load import data_files, parse, read

INVALID = FIXTURES / "invalid"


def problems_of(name):
    _, problems = read(INVALID / name, INVALID)
    return [str(p) for p in problems]


@pytest.mark.parametrize("name, expected", [
    ("syntax.yml", "invalid/syntax.yml:4: not valid YAML"),
    ("duplicate-key.yml", "invalid/duplicate-key.yml:4 levels[0].title: duplicate key 'title' (first at line 3)"),
    ("alias.yml", "invalid/alias.yml:3 levels[0].skills: anchors and aliases (& and *) are not allowed"),
    ("implicit-boolean.yml", "invalid/implicit-boolean.yml:3 levels[0].remote: 'yes' is ambiguous in YAML"),
    ("tab.yml", "invalid/tab.yml:3: tab used for indentation"),
    ("not-utf8.yml", "invalid/not-utf8.yml:3: not UTF-8 text"),
    ("empty.yml", "invalid/empty.yml:1: the file is empty"),
    ("comment-only.yml", "invalid/comment-only.yml:1: the file is empty"),
])
def test_each_bad_input_names_file_line_and_path(name, expected):
    found = problems_of(name)
    assert len(found) == 1, found
    assert found[0].startswith(expected), found[0]


def test_alias_bomb_is_refused_quickly_with_bounded_memory():
    tracemalloc.start()
    start = time.perf_counter()
    found = problems_of("alias-bomb.yml")
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert found == ["invalid/alias-bomb.yml:1 a: anchors and aliases (& and *) are not allowed; write the value out in full"]
    assert elapsed < 2 and peak < 20_000_000


def test_quoted_yes_and_real_booleans_are_fine():
    doc, problems = parse('a: "yes"\nb: true\nc: no-code\n', "x.yml")
    assert problems == [] and doc.data == {"a": "yes", "b": True, "c": "no-code"}


def test_dates_stay_text_and_lines_are_kept():
    doc, problems = parse("items:\n  - when: 2019-02-04\n    what: launch\n", "x.yml")
    assert problems == []
    assert doc.data["items"][0]["when"] == "2019-02-04"
    assert doc.line_of(("items", 0, "what")) == 3
    assert doc.line_of(("items", 0, "missing", "deeper")) == 2


def test_keys_that_are_not_text_are_named_and_the_rest_of_the_mapping_is_read():
    doc, problems = parse("a: 1\n1: x\nb:\n  ? [x, y]\n  : z\n  d: 3\nc: 2\n", "x.yml")
    assert [str(p) for p in problems] == ["x.yml:2: keys must be text, got '1'",
                                          "x.yml:4 b: keys must be text, got a list"]
    assert doc.data == {"a": 1, "b": {"d": 3}, "c": 2}


def test_invalid_yaml_says_what_the_parser_found():
    _, problems = parse("a: b: c\n", "x.yml")
    assert [str(p) for p in problems] == ["x.yml:1: not valid YAML: mapping values are not allowed in this context"]


def test_an_empty_file_asks_for_a_mapping():
    _, problems = parse("# nothing yet\n", "x.yml")
    assert [str(p) for p in problems] == ["x.yml:1: the file is empty; expected a YAML mapping"]


def test_without_libyaml_the_pure_python_parser_stands_in():
    script = """
import sys
sys.modules["yaml._yaml"] = None
import yaml
from macros.data.load import parse
assert not yaml.__with_libyaml__
for text in ["a: [x, yes]\\nb: 2019-02-04\\n", "a: 1\\nb: &c 2\\n"]:
    doc, problems = parse(text, "x.yml")
    print(doc.data, [str(p) for p in problems])
"""
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert done.stdout.splitlines() == [
        "{'a': ['x', 'yes'], 'b': '2019-02-04'} [\"x.yml:1 a[1]: 'yes' is ambiguous in YAML; write true/false, or quote it"
        " if you mean text\"]",
        "None ['x.yml:2 b: anchors and aliases (& and *) are not allowed; write the value out in full']"], done.stderr


COMPOSER_CASES = [
    "a: 1\na: 2\n", "a:\n  - b: 1\n    b: [x, {c: 1, c: 2}]\n", "a: yes\nb: [On, 'no']\nc: 2019-02-04\n",
    "1: x\n? [a]\n: y\nnull: z\n", "<<: {a: 1}\n", "a: !!int '3'\nb: !!str 4\nc: 1.5\nd: ~\n", "- a\n- b\n", "just text\n",
    "", "# only a comment\n", "a: 1\n---\nb: 2\n", "a: b: c\n", "a: [1, 2\n", "a:\n  b: 1\n c: 2\n", "\ufeffa: |\n  x\n",
]


def test_libyaml_composes_as_the_python_composer_does(monkeypatch):
    texts = [text for text in (p.read_text() for p in data_files(ROOT / "data")) if load._c_composable(text)]
    assert len(texts) > 20 and all(load._c_composable(text) for text in COMPOSER_CASES)
    texts += COMPOSER_CASES
    fast = [repr(load._parse.__wrapped__(text)) for text in texts]
    monkeypatch.setattr(load, "_c_composable", lambda text: False)
    assert [repr(load._parse.__wrapped__(text)) for text in texts] == fast


def test_nesting_too_deep_for_libyaml_does_not_crash_the_process():
    script = """
from macros.data.load import parse
print(parse("a: " + "[" * 100_000 + "]" * 100_000, "x.yml")[1])
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and "x.yml" in result.stdout and "nested too deeply" in result.stdout


@pytest.mark.parametrize("depth", [1_500, 6_000])  # past Python's recursion limit, with and without libyaml's composer
def test_nesting_too_deep_is_a_problem_not_an_exception(depth):
    doc, problems = parse("a: " + "[" * depth + "]" * depth, "x.yml")
    assert [(p.file, p.message) for p in problems] == [("x.yml", "nested too deeply to read; the data files need "
                                                                   "only a few levels")]


@pytest.mark.parametrize("text, path, tag", [
    ("x: !foo y\n", ("x",), "!foo"), ("x: !!binary aGVsbG8=\n", ("x",), "!!binary"),
    ("x: !!timestamp 2020-01-01\n", ("x",), "!!timestamp"), ("x: !foo {a: 1}\n", ("x",), "!foo"),
    ("a: [1, !!set {b}]\n", ("a", 1), "!!set"), ("!!python/name:os.system\n", (), "!!python/name:os.system"),
])
def test_a_tag_other_than_plain_ones_is_a_problem_with_its_path(text, path, tag):
    doc, problems = parse(text, "x.yml")
    assert [(p.line, p.path, p.message) for p in problems] == [
        (1, path, f"the tag {tag} is not allowed; write the value without a tag (in quotes if it is text)")]


def test_plain_tags_and_a_lone_equals_sign_read_as_values():
    doc, problems = parse("a: !!str 1\nb: =\nc: !!int '2'\n", "x.yml")
    assert not problems and doc.data == {"a": "1", "b": "=", "c": 2}


def test_a_parse_leaves_garbage_collection_as_it_found_it():
    parse("a: collected\n", "x.yml")
    assert gc.isenabled()
    gc.disable()
    try:
        parse("a: not collected\n", "x.yml")
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("text", ['a: "one\ttwo"\n', "a: one\ttwo\n", "a:\n  - x\t# note\n"])
def test_a_tab_outside_the_indentation_is_accepted(text):
    document, found = parse(text, "data/x.yml")
    assert found == []


@pytest.mark.parametrize("text, line", [("a:\n\t- x\n", 2), ("a:\n  b: 1\n \tc: 2\n", 3)])
def test_a_tab_in_the_indentation_is_reported_with_its_line(text, line):
    _, found = parse(text, "data/x.yml")
    assert [str(p) for p in found] == [f"data/x.yml:{line}: tab used for indentation; indent with spaces"]


# --- edges of the reader, on small inputs made here ---------------------------------------------------------

def test_line_of_a_missing_key_is_the_line_of_its_nearest_parent():
    document, _ = load.parse("top: 0\na:\n  b:\n    c: 1\nd: 2\n", "data/x.yml")
    # a key's line is where its value starts: a mapping's on the line after its key
    assert document.line_of(("a", "b", "c")) == 4
    assert document.line_of(("a", "b", "missing")) == 4
    assert document.line_of(("a", "missing", "deeper")) == 3
    assert document.line_of(("d", "missing", "deeper")) == 5
    assert document.line_of(("nowhere", "at", "all")) == 1


def test_read_names_a_file_from_the_data_folder_s_parent(tmp_path):
    root = tmp_path / "data"
    (root / "vocab").mkdir(parents=True)
    (root / "vocab/x.yml").write_text("a: 1\n", encoding="utf-8")
    document, problems = load.read(root / "vocab/x.yml", root)
    assert (document.file, document.data, problems) == ("data/vocab/x.yml", {"a": 1}, [])


def test_read_names_a_file_outside_the_data_folder_by_its_full_path(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/x.yml").write_text("a: [\n", encoding="utf-8")
    _, problems = load.read(tmp_path / "elsewhere/x.yml", tmp_path / "elsewhere/deep/data")
    assert problems and all(p.file == str(tmp_path / "elsewhere/x.yml") for p in problems)


def test_a_file_over_the_size_limit_is_refused_and_one_at_the_limit_is_read(tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    limit = "a: " + "x" * (load.MAX_FILE_BYTES - 4) + "\n"
    (root / "big.yml").write_text(limit, encoding="utf-8")
    (root / "bigger.yml").write_text(limit + " ", encoding="utf-8")
    assert load.read(root / "big.yml", root)[1] == []
    document, problems = load.read(root / "bigger.yml", root)
    assert (document.file, document.data) == ("data/bigger.yml", None)
    assert [str(p) for p in problems] == ["data/bigger.yml: file is larger than 2000000 bytes"]


def test_data_files_are_the_yml_and_yaml_files_below_the_folder(tmp_path):
    for name in ["a.yml", "b.yaml", "c.YAML", "d.txt", "sub/e.yml", "sub/f.json"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "folder.yml").mkdir()
    assert [p.relative_to(tmp_path).as_posix() for p in load.data_files(tmp_path)] == ["a.yml", "b.yaml", "sub/e.yml"]
