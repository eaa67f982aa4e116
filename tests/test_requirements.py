"""One source of truth for what a level asks: the levels page, the level templates and the composer list
the same must-haves and nice-to-haves, read here straight from the raw YAML of levels.yml."""
import json
import re

import pytest
import yaml

from conftest import ROOT
from gates import tree
from macros.data import load_site
from macros.errors import DataError
from macros.render import exports

LEVELS = ROOT / "data/roles/account-manager/levels.yml"


def raw_levels():
    return yaml.safe_load(LEVELS.read_text(encoding="utf-8"))["levels"]


def expected(level):
    """The split the sources make: required education and certification, hard and soft skills; then the
    preferred qualifications, preferred education and preferred certification."""
    edu, cert = level["education"], level["certifications"]
    skills = [item["text"] for item in level["hard_skills"] + level["soft_skills"]]
    required = [q for q in (edu.get("required"), cert.get("required")) if q] + skills
    preferred = level["preferred_qualifications"] + [q for q in (edu.get("preferred"), cert.get("preferred")) if q]
    return required, preferred


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


def test_more_than_seven_must_haves_is_refused_with_file_and_line(data_copy):
    path = data_copy / "roles/account-manager/levels.yml"
    text = path.read_text(encoding="utf-8")
    marker = "      - text: Leadership and mentoring\n        competency: leading-others\n"
    assert text.count(marker) == 1
    path.write_text(text.replace(marker, marker + "      - text: Calm under pressure\n        competency: self-management\n"),
                    encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index(marker.splitlines()[0]) + 1  # the list's first item
    with pytest.raises(DataError) as error:
        load_site(data_copy)
    assert (f"data/roles/account-manager/levels.yml:{line} levels[2].soft_skills: 8 must-haves" in str(error.value))


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
