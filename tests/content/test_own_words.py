"""The site's prose is in our own words: no line copied from the source documents, and no sentence that keeps a
source sentence's skeleton with a few words swapped, except the bare facts listed in tests/overlap.allow (job
titles, degrees, years of experience, tools), each with its reason. The checker and the sources live beside the
project (../shared/tools/overlap.py, ../shared/sources/)."""
import subprocess
import sys

import pytest

from conftest import ROOT

CHECKER = ROOT.parent / "shared" / "tools" / "overlap.py"
ALLOW = ROOT / "tests" / "overlap.allow"


def run(*args):
    if not CHECKER.is_file():
        pytest.skip(f"the overlap checker is not here ({CHECKER})")
    return subprocess.run([sys.executable, str(CHECKER), str(ROOT), *args], capture_output=True, text=True)


def test_no_line_is_copied_from_a_source():
    result = run()
    assert result.returncode == 0, result.stdout


def test_no_sentence_keeps_a_source_sentences_skeleton():
    result = run("--near", "--allow", str(ALLOW))
    assert result.returncode == 0, result.stdout


def test_every_allowed_sentence_gives_its_reason():
    for line in ALLOW.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, _, why = line.partition("  # ")
            assert sentence.strip() and why.strip(), f"no reason given: {line!r}"
