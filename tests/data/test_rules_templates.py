"""The text a posting is built from (a guide's templates.yml, data/vocab/posting-text.yml) against the placeholder
list and the inclusive-language terms, each rule broken once in the fixture data: the problem names the file, the
line, the key path and what to do."""
from types import SimpleNamespace

import pytest
from helpers import edit, problems, read_yaml

from macros.data.errors import DataError
from macros.data.site import load_site
from macros.domain.wording import inclusive_hits

ROLE = "roles/account-manager"
TEMPLATES = f"data/{ROLE}/templates.yml"


def test_an_inclusive_language_term_in_a_template(data_copy):
    term = read_yaml((data_copy / "vocab/inclusive-language.yml").read_text(encoding="utf-8"))["terms"][2]
    name = f"{ROLE}/templates.yml"
    line = edit(data_copy, name, "- Opportunities for professional development.", "- Opportunities for Young talent.")
    why = term["why"].rstrip(".")
    assert [p for p in problems(data_copy) if "Young" in p or "young" in p] == [
        f"data/{name}:{line} templates[2].sections.benefits[2]: 'young' is {why}; try: {'; '.join(term['instead'])}"]


def test_a_term_inside_another_word_or_hyphenated_is_not_reported(data_copy):
    name = f"{ROLE}/templates.yml"
    edit(data_copy, name, "- Opportunities for professional development.", "- Opportunities for youngsters and ex-young.")
    load_site(data_copy)


def test_an_unknown_placeholder_in_the_posting_text(data_copy):
    line = edit(data_copy, "vocab/posting-text.yml", '  - "[Other Benefits]"', '  - "[Other Perks]"')
    assert [p for p in problems(data_copy) if "Perks" in p] == [
        f"data/vocab/posting-text.yml:{line} benefits[3]: unknown placeholder [Other Perks]; add it to "
        "data/vocab/placeholders.yml or use one of its tokens"]


@pytest.mark.parametrize("broken", ["[Other Benefits", "Other Benefits]"])
def test_unbalanced_brackets_in_the_posting_text(data_copy, broken):
    line = edit(data_copy, "vocab/posting-text.yml", '  - "[Other Benefits]"', f'  - "{broken}"')
    assert [p for p in problems(data_copy) if "Other Benefits" in p] == [
        f"data/vocab/posting-text.yml:{line} benefits[3]: unbalanced square brackets in '{broken}'; "
        "a placeholder looks like [Company Name]"]


def test_without_a_valid_placeholder_list_brackets_are_still_checked(data_copy):
    edit(data_copy, "vocab/placeholders.yml", "placeholders:\n", "placeholders: 3\nold_placeholders:\n")
    line = edit(data_copy, "vocab/posting-text.yml", '  - "[Other Benefits]"', '  - "[Other Perks"')
    found = problems(data_copy)
    assert f"data/vocab/posting-text.yml:{line} benefits[3]: unbalanced square brackets in '[Other Perks'; " \
           "a placeholder looks like [Company Name]" in found
    assert not any("unknown placeholder" in p for p in found), found


def test_a_term_spelled_with_a_letter_that_matches_it_ignoring_case_is_found(data_copy):
    term = read_yaml((data_copy / "vocab/inclusive-language.yml").read_text(encoding="utf-8"))["terms"][6]
    assert term["term"] == "rockstar"
    name = f"{ROLE}/templates.yml"
    line = edit(data_copy, name, "- Opportunities for professional development.", "- Work with a ROCK\u017fTAR team.")
    assert [p for p in problems(data_copy) if "rockstar" in p] == [
        f"data/{name}:{line} templates[2].sections.benefits[2]: 'rockstar' is {term['why'].rstrip('.')}; "
        f"try: {'; '.join(term['instead'])}"]


def test_without_a_valid_term_list_templates_are_still_checked(data_copy):
    edit(data_copy, "vocab/inclusive-language.yml", "terms:\n", "terms: 3\nold_terms:\n")
    name = f"{ROLE}/templates.yml"
    line = edit(data_copy, name, "- Opportunities for professional development.", "- Opportunities for [Perks].")
    found = problems(data_copy)
    assert f"data/{name}:{line} templates[2].sections.benefits[2]: unknown placeholder [Perks]; add it to " \
           "data/vocab/placeholders.yml or use one of its tokens" in found
    assert len(found) == 3, found  # and the term list's two schema errors


@pytest.mark.parametrize("text", ["]Company Name[ is hiring", "[Company Name]] is hiring", "[[Company Name] is hiring",
                                  "[Company Name is hiring"])
def test_unbalanced_brackets_in_a_template_are_reported(data_copy, text):
    old = '"[Company Name] is a [Industry] company. [Company Overview]"'
    line = edit(data_copy, f"{ROLE}/templates.yml", old, f'"{text}"')
    expected = f"{TEMPLATES}:{line} "
    message = f"unbalanced square brackets in {text!r}; a placeholder looks like [Company Name]"
    found = [p for p in problems(data_copy) if p.startswith(expected)]
    assert len(found) == 1 and found[0].endswith(message), found


def test_unknown_placeholder_is_named(data_copy):
    line = edit(data_copy, f"{ROLE}/templates.yml", "[Company Overview]", "[Company Motto]")
    found = [p for p in problems(data_copy) if p.startswith(f"{TEMPLATES}:{line} ")]
    assert len(found) == 1
    assert found[0].endswith("unknown placeholder [Company Motto]; add it to data/vocab/placeholders.yml or use one of its tokens")


@pytest.mark.parametrize("text, found", [
    ("We want a Rockstar – apply now", ["rockstar"]),  # non-ASCII text, plain case difference
    ("We want a rocKſtar. Apply.", ["rockstar"]),      # ſ and the Kelvin sign match s and k when case is ignored
    ("ROCKSTARS wanted", []),                          # whole words only
    ("a young, energetic team", ["young", "energetic"]),
    ("a NİNJA – or two", ["ninja"]), ("a nınja", ["ninja"]),  # İ and ı match i
    ("a Young team", ["young"]),
])
def test_inclusive_terms_are_found_as_whole_words_ignoring_case(text, found):
    terms = [SimpleNamespace(term=word) for word in ("rockstar", "young", "energetic", "ninja")]
    assert [t.term for t in inclusive_hits(terms, text)] == found


@pytest.mark.parametrize("bad, message", [
    ("[Nope] is a [Industry] company.", "unknown placeholder [Nope]"),
    ("[Company Name is a [Industry] company.", "unbalanced square brackets"),
    ("[Company Name] wants a rockstar.", "'rockstar' is Hype"),
])
def test_bad_template_text_is_reported_with_file_line_and_path(data_copy, bad, message):
    path = data_copy / "roles" / "account-manager" / "templates.yml"
    lines = path.read_text().splitlines(keepends=True)
    original = '"[Company Name] is a [Industry] company. [Company Overview]"'
    line = next(i for i, text in enumerate(lines) if original in text)
    lines[line] = lines[line].replace(original, f'"{bad}"')
    path.write_text("".join(lines))
    with pytest.raises(DataError) as error:
        load_site(data_copy)
    assert f"{TEMPLATES}:{line + 1} templates[0].intro[0]: {message}" in str(error.value)


def test_a_level_template_may_not_give_its_own_lists(data_copy):
    path = data_copy / "roles/account-manager/templates.yml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: level-senior")
    head, tail = text[:start], text[start:]
    tail = tail.replace("    sections:\n", "    sections:\n      must_have:\n        - A driver's license\n", 1)
    path.write_text(head + tail, encoding="utf-8")
    with pytest.raises(DataError) as error:
        load_site(data_copy)
    assert "a from_level template takes must_have from its level; remove them here" in str(error.value)
