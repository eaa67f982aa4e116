"""Cross-file rules and the YAML reader, each fed broken data: the exact problem (file, line, key path)."""
import shutil

import pytest

from macros.data.site import load_site
from macros.data.errors import DataError
from macros.data.load import parse


def problems(data):
    with pytest.raises(DataError) as raised:
        load_site(data)
    return [str(p) for p in raised.value.problems]


def replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_role_id_must_name_its_own_folder_not_another(data_copy):
    other = data_copy / "roles/account-executive"
    shutil.copytree(data_copy / "roles/account-manager", other)
    replace(other / "role.yml", "id: account-manager\n", "id: account-executive\n")
    line = replace(data_copy / "roles/account-manager/role.yml", "id: account-manager\n", "id: account-executive\n")
    found = problems(data_copy)
    assert f"data/roles/account-manager/role.yml:{line} id: expected 'account-manager', the name of the role's folder" in found
    assert not any(p.startswith("data/roles/account-executive/role.yml") and " id: expected" in p for p in found)


def test_industry_described_twice_is_reported_at_the_second_entry(data_copy):
    path = data_copy / "roles/account-manager/industries.yml"
    line = replace(path, "  - industry: agency\n", "  - industry: saas\n")
    assert f"data/roles/account-manager/industries.yml:{line} industries[1].industry: industry 'saas' is described twice" \
        in problems(data_copy)


@pytest.mark.parametrize("text", ["]Company Name[ is hiring", "[Company Name]] is hiring", "[[Company Name] is hiring",
                                  "[Company Name is hiring"])
def test_unbalanced_brackets_in_a_template_are_reported(data_copy, text):
    path = data_copy / "roles/account-manager/templates.yml"
    old = '"[Company Name] is a [Industry] company. [Company Overview]"'
    line = replace(path, old, f'"{text}"')
    expected = f"data/roles/account-manager/templates.yml:{line} "
    message = f"unbalanced square brackets in {text!r}; a placeholder looks like [Company Name]"
    found = [p for p in problems(data_copy) if p.startswith(expected)]
    assert len(found) == 1 and found[0].endswith(message), found


def test_unknown_placeholder_is_named(data_copy):
    path = data_copy / "roles/account-manager/templates.yml"
    line = replace(path, "[Company Overview]", "[Company Motto]")
    found = [p for p in problems(data_copy) if p.startswith(f"data/roles/account-manager/templates.yml:{line} ")]
    assert len(found) == 1
    assert found[0].endswith("unknown placeholder [Company Motto]; add it to data/vocab/placeholders.yml or use one of its tokens")


def test_unused_arrangement_is_reported(data_copy):
    path = data_copy / "vocab/arrangements.yml"
    line = replace(path, "arrangements:\n", "arrangements:\n  - id: boat\n    label: On a boat\n"
                   "    posting_line: You'll work on our boat.\n") + 1
    assert f"data/vocab/arrangements.yml:{line} arrangements[0].id: arrangement 'boat' is not used anywhere; use it or remove it" \
        in problems(data_copy)


@pytest.mark.parametrize("text", ['a: "one\ttwo"\n', "a: one\ttwo\n", "a:\n  - x\t# note\n"])
def test_a_tab_outside_the_indentation_is_accepted(text):
    document, found = parse(text, "data/x.yml")
    assert found == []


@pytest.mark.parametrize("text, line", [("a:\n\t- x\n", 2), ("a:\n  b: 1\n \tc: 2\n", 3)])
def test_a_tab_in_the_indentation_is_reported_with_its_line(text, line):
    _, found = parse(text, "data/x.yml")
    assert [str(p) for p in found] == [f"data/x.yml:{line}: tab used for indentation; indent with spaces"]


@pytest.mark.parametrize("text, found", [
    ("We want a Rockstar – apply now", ["rockstar"]),  # non-ASCII text, plain case difference
    ("We want a rocKſtar. Apply.", ["rockstar"]),      # ſ and the Kelvin sign match s and k when case is ignored
    ("ROCKSTARS wanted", []),                          # whole words only
    ("a young, energetic team", ["young", "energetic"]),
    ("a NİNJA – or two", ["ninja"]), ("a nınja", ["ninja"]),  # İ and ı match i
    ("a Young team", ["young"]),
])
def test_inclusive_terms_are_found_as_whole_words_ignoring_case(text, found):
    from types import SimpleNamespace
    from macros.domain.wording import inclusive_hits
    terms = [SimpleNamespace(term=word) for word in ("rockstar", "young", "energetic", "ninja")]
    assert [t.term for t in inclusive_hits(terms, text)] == found
