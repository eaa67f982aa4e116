"""Placeholders are found the same way in Python and in the browser: one table of cases runs on both."""
import json

from helpers import FIXTURES
from macros.domain.wording import PLACEHOLDER

CASES = json.loads((FIXTURES / "placeholder-cases.json").read_text(encoding="utf-8"))


def test_every_case_of_the_shared_table():
    for case in CASES["cases"]:
        found = list(dict.fromkeys(PLACEHOLDER.findall(case["text"])))
        assert found == case["found"], case["text"]
