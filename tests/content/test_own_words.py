"""The site's prose is in our own words: no line copied from the source documents, and no sentence that keeps a
source sentence's skeleton with a few words swapped, except the bare facts listed in tests/overlap.allow (job
titles, degrees, years of experience, tools), each with its reason. The checker and the sources live beside the
project (../shared/tools/overlap.py, ../shared/sources/)."""
import contextlib
import functools
import importlib.util
import io

import pytest

from conftest import ROOT

CHECKER = ROOT.parent / "shared" / "tools" / "overlap.py"
ALLOW = ROOT / "tests" / "overlap.allow"


@functools.cache
def checker():
    """The checker as a module: each test runs the one check it is about (its command line runs the copied-line
    check before the near-copy one), in this process."""
    if not CHECKER.is_file():
        pytest.skip(f"the overlap checker is not here ({CHECKER})")
    spec = importlib.util.spec_from_file_location("overlap", CHECKER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(check, *args) -> tuple[int, str]:
    """(number found, what the checker printed) of one of its checks on the project, with its defaults."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        found = check(ROOT, *args)
    return found, printed.getvalue()


# Each scan reads every file of the project, the 22 MB of occupation data included: `make test` runs them, the
# inner loop (`make test-fast`) does not.
@pytest.mark.slow
def test_no_line_is_copied_from_a_source():
    found, printed = run(checker().copied, 12)  # RUN, the command line's default
    assert found == 0, printed


@pytest.mark.slow
def test_no_sentence_keeps_a_source_sentences_skeleton():
    allowed = frozenset(line.split("  #")[0].strip() for line in ALLOW.read_text(encoding="utf-8").splitlines()
                        if line.strip() and not line.startswith("#"))  # as the command line reads --allow
    found, printed = run(checker().near, 0.6, 8, allowed)  # SHARE and M, the command line's defaults
    assert found == 0, printed


def test_every_allowed_sentence_gives_its_reason():
    for line in ALLOW.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, _, why = line.partition("  # ")
            assert sentence.strip() and why.strip(), f"no reason given: {line!r}"
