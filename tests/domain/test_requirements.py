"""One source of truth for what a level asks: the levels page, the level templates and the composer list
the same must-haves and nice-to-haves, read here straight from the raw YAML of levels.yml."""
import html as html_module
import json
import re

import yaml

from conftest import ROOT
from gates import tree
from macros.render import exports

LEVELS = ROOT / "data/roles/account-manager/levels.yml"


def raw_levels():
    return yaml.safe_load(LEVELS.read_text(encoding="utf-8"))["levels"]


def expected(level):
    """The split the sources make: required education and certification, then the must-haves; then the
    preferred qualifications, preferred education and preferred certification."""
    edu, cert = level["education"], level["certifications"]
    required = [q for q in (edu.get("required"), cert.get("required")) if q] + [m["text"] for m in level["must_have"]]
    preferred = level["preferred_qualifications"] + [q for q in (edu.get("preferred"), cert.get("preferred")) if q]
    return required, preferred


def education_line(level):
    """What the data says of a level's education, written out independently of the renderer's helper."""
    edu = level["education"]
    parts = [f"{label}: {edu[key]}" for key, label in (("required", "Required"), ("preferred", "Preferred")) if edu.get(key)]
    return "; ".join(parts) or "None required"


YEARS = re.compile(r"\b\d+(?:[–+-]\d*)?\+? years\b")


def test_years_of_experience_are_must_haves_where_a_source_requires_them_and_never_nice_to_haves():
    """Junior, Mid, Senior, Enterprise and Strategic ask for years as a must-have (a source requires them);
    Global's years stay preferred, as no source requires them. A level never asks for years twice."""
    for level in raw_levels():
        required, preferred = expected(level)
        years_required = [r for r in required if YEARS.search(r)]
        years_preferred = [p for p in preferred if YEARS.search(p)]
        if level["id"] == "global":
            assert not years_required and years_preferred == ["7+ years working with international clients"]
        else:
            assert len(years_required) == 1 and not years_preferred, level["id"]
    by_id = {lv["id"]: expected(lv)[0] for lv in raw_levels()}
    assert "5+ years in account management, including large or complex accounts" in by_id["senior"]
    assert "7+ years managing enterprise accounts" in by_id["enterprise"]


def test_must_haves_are_complete_phrases_not_fragments():
    """Each must-have says what a candidate has or has done; none is a bare skill name such as 'Leadership and
    mentoring' or a description of a person such as 'Eager to learn and takes initiative'."""
    starts = re.compile(r"^(?:\d|Up to|A |An |Experience|Working|Hands-on|Some|Advanced|Expert|Knowledge|Skill|Clear|"
                        r"Careful|Tactful|Bachelor's)")
    for level in raw_levels():
        for item in level["must_have"]:
            assert starts.match(item["text"]), (level["id"], item["text"])
            assert item["sources"], item["text"]


def test_education_is_the_same_on_the_levels_page_faq_templates_and_composer(built_site, site):
    """One source of truth, levels.yml: each level's required and preferred education reads the same in the four
    places that state it."""
    levels = raw_levels()
    levels_page = (built_site / "account-manager/levels/index.html").read_text(encoding="utf-8")
    faq_page = html_module.unescape(re.sub(r"<[^>]+>", "", (built_site / "account-manager/faq/index.html").read_text(encoding="utf-8")))
    composer = (built_site / "account-manager/composer/index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="composer-data">(.*?)</script>', composer, re.S).group(1))
    composed = {lv["id"]: lv for lv in data["levels"]}
    guide = site.guides["account-manager"]
    for level in levels:
        edu = level["education"]
        education_item = next(i for i in page_list(levels_page, f"level-{level['id']}-education") if i.startswith("Education:"))
        assert education_item.startswith(f"Education: {education_line(level)}"), level["id"]
        assert f"{level['title']}: {education_line(level)}" in faq_page, level["id"]
        assert (edu.get("required") in composed[level["id"]]["required"]) == bool(edu.get("required"))
        assert (edu.get("preferred") in composed[level["id"]]["preferred"]) == bool(edu.get("preferred"))
        template = next(t for t in guide.templates.templates if t.from_level and t.level == level["id"])
        text = exports.template_text(template, site, guide.levels.levels)
        must = text.split("\nMust-have qualifications\n")[1].split("\n\n")[0]
        nice = text.split("\nNice-to-have qualifications\n")[1].split("\n\n")[0]
        assert (f"• {edu.get('required')}" in must.splitlines()) == bool(edu.get("required"))
        assert (f"• {edu.get('preferred')}" in nice.splitlines()) == bool(edu.get("preferred"))
    junior = next(lv for lv in levels if lv["id"] == "junior")
    assert "preferred but not always required" in junior["education"]["note"], "the sources' disagreement is shown"


def page_list(page, anchor_id):
    """The bullets of the list under the heading with `anchor_id`."""
    root = tree(page)
    items, found = [], False
    for element in root.iter():
        if element.get("id") == anchor_id:
            found = True
        elif found and element.tag == "ul":
            return ["".join(li.itertext()).strip() for li in element.findall("li")]
    return items


def test_every_level_lists_at_most_seven_must_haves():
    for level in raw_levels():
        assert len(expected(level)[0]) <= 7, level["id"]


def test_the_levels_page_lists_what_the_data_requires_and_prefers(built_site):
    page = (built_site / "account-manager/levels/index.html").read_text(encoding="utf-8")
    for level in raw_levels():
        required, preferred = expected(level)
        assert page_list(page, f"level-{level['id']}-required") == required, level["id"]
        assert page_list(page, f"level-{level['id']}-preferred") == preferred, level["id"]


def test_the_composer_lists_the_same_as_the_levels_page(built_site):
    page = (built_site / "account-manager/composer/index.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="composer-data">(.*?)</script>', page, re.S).group(1))
    composed = {lv["id"]: lv for lv in data["levels"]}
    for level in raw_levels():
        required, preferred = expected(level)
        assert composed[level["id"]]["required"] == required
        assert composed[level["id"]]["preferred"] == preferred
        assert "(" not in composed[level["id"]]["posting_title"]
    assert composed["mid"]["posting_title"] == "Account Manager"


def test_level_templates_list_the_same_as_their_level(site):
    levels = {lv["id"]: lv for lv in raw_levels()}
    guide = site.guides["account-manager"]
    level_templates = [t for t in guide.templates.templates if t.from_level]
    assert {t.level for t in level_templates} == set(levels)
    for template in level_templates:
        required, preferred = expected(levels[template.level])
        text = exports.template_text(template, site, guide.levels.levels)
        must = text.split("\nMust-have qualifications\n")[1].split("\n\n")[0].splitlines()
        nice = text.split("\nNice-to-have qualifications\n")[1].split("\n\n")[0].splitlines()
        assert must == [f"• {item}" for item in required] and nice == [f"• {item}" for item in preferred]
        assert "level template" not in text and "(" not in text.splitlines()[0]


