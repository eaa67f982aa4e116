"""Bytes no one should write in a data file: each is a problem with file, line and key path, never a traceback.

Control characters, line and paragraph separators (YAML reads them as line breaks an editor does not show),
numbers that are not finite or beyond any figure a guide gives, and random bytes from a fuzzer."""
import math
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import FIXTURE_DATA, copy_data, copy_project
from macros.data.site import load_site
from macros.data.errors import DataError
from macros.data.load import parse, read

# (file text, line, key path as printed, what the message names)
BAD = [
    ("title: Account\x00Manager\n", 1, "title", "U+0000, a control character"),
    ("a: 1\nb: \x1b[31mred\n", 2, "b", "U+001B, a control character"),
    ("a: 1\nb: [\x1b]\n", 2, "b[0]", "U+001B, a control character"),
    ("a:\n  b: ring\x07\n", 2, "a.b", "U+0007"),
    ("a: del\x7f\n", 1, "a", "U+007F"),
    ("a: not a character \ufffe\n", 1, "a", "U+FFFE, a noncharacter"),
    ("a: 1\nb: one\u2028two\n", 2, "b", "U+2028, a line separator"),
    ("a:\n  b: shown\u2028  c: hidden\n", 2, "", "U+2028, a line separator"),
    ("a: x\u2029y\n", 1, "a", "U+2029, a paragraph separator"),
    ("a: x\x85y\n", 1, "a", "U+0085, a next-line character"),
    ("a: x\ry\n", 1, "a", "U+000D, a carriage return"),
    ('a: "written as an escape \\u2028"\n', 1, "a", "U+2028, a line separator"),
    ('a: "nul \\0"\n', 1, "a", "U+0000"),
    ("ke\x1by: 1\n", 1, "ke\ufffdy", "U+001B"),
    ("experience:\n  min: .inf\n", 2, "experience.min", "expected a finite number, got .inf"),
    ("experience:\n  max: -.Inf\n", 2, "experience.max", "expected a finite number, got -.Inf"),
    ("x: .nan\n", 1, "x", "expected a finite number, got .nan"),
    ("n: " + "9" * 4301 + "\n", 1, "n", "a number of 4301 characters is out of range"),
    ("n: -20000000000000000\n", 1, "n", "the number -20000000000000000 is out of range"),
    ("n: 1.0e+16\n", 1, "n", "the number 1.0e+16 is out of range"),
]


@pytest.mark.parametrize("text, line, path, words", BAD)
def test_each_hostile_value_is_a_problem_with_file_line_and_key(text, line, path, words):
    doc, problems = parse(text, "data/x.yml")
    where = f"data/x.yml:{line} {path}: " if path else f"data/x.yml:{line}: "
    assert [str(p)[:len(where)] for p in problems] == [where], problems
    assert words in str(problems[0])
    assert doc.data is None or not any(p.path == () for p in problems)


def test_sensible_numbers_and_text_with_tabs_and_line_breaks_are_read():
    doc, problems = parse("pay: 999999999999999\nyears: 0.5\nnote: |\n  two\tcolumns\n  two lines\r\n", "x.yml")
    assert problems == [] and doc.data == {"pay": 999999999999999, "years": 0.5, "note": "two\tcolumns\ntwo lines\n"}


def test_a_role_title_with_a_line_separator_stops_make_pages_before_it_writes(tmp_path):
    """The nav of mkdocs.yml carries the role's title: `make pages` names the data file and writes nothing."""
    project = copy_project(tmp_path, fixture_data=True)
    role = project / "data/roles/account-manager/role.yml"
    role.write_text(role.read_text(encoding="utf-8").replace("title: Account Manager", "title: Account\u2028Manager"),
                    encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "macros.cli.new_role", "--pages"], cwd=project, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "data/roles/account-manager/role.yml:4 title: contains U+2028, a line separator" in result.stderr
    assert (project / "mkdocs.yml").read_text(encoding="utf-8") == config


@pytest.mark.parametrize("field, value", [("title", '"Account\\nManager"'), ("title", "|\n  Account\n  Manager")])
def test_a_title_is_one_line(data_copy, field, value):
    role = data_copy / "roles/account-manager/role.yml"
    role.write_text(re.sub(r"^title: .*$", lambda _: f"{field}: {value}", role.read_text(encoding="utf-8"), flags=re.M),
                    encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_site(data_copy)
    assert "data/roles/account-manager/role.yml:4 title: expected one line of text" in str(error.value)


def test_make_check_names_every_hostile_file_and_line_without_a_traceback(tmp_path):
    """What `make check` runs, on a copy of the project whose data holds each kind of hostile bytes."""
    project = copy_project(tmp_path, fixture_data=True)
    roles = project / "data/roles/account-manager"
    edits = {"role.yml": ("title: Account Manager", "title: Account Manager\x1b[2J"),
             "levels.yml": ("min: 0.5", "min: .inf"),
             "faq.yml": ("faqs:", "faqs\u2028hidden: 1\nfaqs:"),
             "success.yml": ("# Rendered by", "#\x00 Rendered by")}
    lines = {}
    for name, (old, new) in edits.items():
        text = (roles / name).read_text(encoding="utf-8")
        assert old in text, name
        lines[name] = text[:text.index(old)].count("\n") + 1
        (roles / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    (project / "data/sources.yml").write_bytes(b"sources:\n  - id: x\xff\xfe\n")
    result = subprocess.run([sys.executable, "-c", "import sys, macros.cli.check; sys.exit(macros.cli.check.main())"],
                            cwd=project, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    for name, line in lines.items():
        assert f"data/roles/account-manager/{name}:{line}" in result.stderr, (name, result.stderr)
    assert "data/sources.yml:2: not UTF-8 text" in result.stderr


# --- fuzzing -------------------------------------------------------------------

PIECES = ["a", "b:", ": ", " ", "  ", "\n", "\t", "- ", "[", "]", "{", "}", ",", "&x ", "*x", "!!python/object:os.system",
          "!!binary", ".inf", "-.nan", "1e309", "0x1F", "1_000", "9" * 4400, "\u2028", "\u2029", "\x85", "\x00", "\x1b",
          "\x7f", "\ufffe", "\ufeff", "\r", '"', "'", "\\u2028", "\\x00", "#", "|", ">", "? ", "---", "...", "%YAML 1.1",
          "<<: ", "yes", "2026-01-01", "é", "\U0001F600"]
YAMLISH = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _check_outcome(name, text, doc, problems):
    lines = text.count("\n") + 1
    for problem in problems:
        assert problem.file == name and (problem.line is None or 1 <= problem.line <= lines), problem
    if not problems:
        _assert_plain(doc.data)


def _assert_plain(value):
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str)
            _assert_plain(item)
    elif isinstance(value, list):
        for item in value:
            _assert_plain(item)
    elif isinstance(value, float):
        assert math.isfinite(value)
    elif isinstance(value, str):
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]", value), repr(value)
    else:
        assert value is None or isinstance(value, (bool, int))


@settings(max_examples=400, deadline=None)
@given(st.one_of(YAMLISH, st.text(max_size=200)))
def test_the_loader_turns_any_text_into_data_or_problems(text):
    doc, problems = parse(text, "data/fuzz.yml")
    _check_outcome("data/fuzz.yml", text, doc, problems)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.binary(max_size=300), YAMLISH.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_the_loader_turns_any_bytes_into_data_or_problems(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "data" / "fuzz.yml"
        path.parent.mkdir()
        path.write_bytes(raw)
        doc, problems = read(path, path.parent)
    text = raw.decode("utf-8", "replace")
    _check_outcome("data/fuzz.yml", text, doc, problems)


@pytest.fixture(scope="module")
def fuzzed_data(tmp_path_factory):
    return copy_data(tmp_path_factory.mktemp("fuzz") / "data")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["role.yml", "levels.yml", "templates.yml"]), cut=st.integers(0, 4000),
       junk=st.one_of(YAMLISH.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=60)))
def test_the_whole_check_turns_hostile_bytes_in_any_file_into_problems(fuzzed_data, name, cut, junk):
    """`make check`'s reading and validation of all the data, with random bytes spliced into one real file."""
    path = fuzzed_data / "roles/account-manager" / name
    original = (FIXTURE_DATA / "roles/account-manager" / name).read_bytes()
    path.write_bytes(original[:cut] + junk + original[cut:])
    try:
        load_site(fuzzed_data)
    except DataError as error:
        assert all(p.file.startswith("data/") for p in error.problems), error
    finally:
        path.write_bytes(original)
