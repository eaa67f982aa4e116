"""Each cross-file rule of `make check`, fed one broken data file: the exact problem, with its file, line and key
path. Expected lists of known ids are read from the raw YAML, not from the models."""
import shutil
from typing import Annotated

import pytest
from helpers import edit, problems, read_yaml
from pydantic import BaseModel, Field

from macros.data.checks import walk
from macros.data.models.base import LevelId

ROLE = "roles/account-manager"


def ids(data, name, field, key="id"):
    return ", ".join(str(item[key]) for item in read_yaml((data / name).read_text(encoding="utf-8"))[field])


# (file, text, broken text, key path, kind, where the known ones are listed, file and list they come from)
REFERENCES = [
    (f"{ROLE}/compensation.yml", "sources: [jd-guide-2019]", "sources: [nope]", "national_averages[0].sources[0]",
     "source", "data/sources.yml", ("sources.yml", "sources", "id")),
    (f"{ROLE}/postings.yml", "    industry: agency\n", "    industry: nope\n", "postings[3].industry",
     "industry", "the industry list", ("vocab/industries.yml", "industries", "id")),
    (f"{ROLE}/compensation.yml", "  - metro: new-york\n", "  - metro: nope\n", "by_metro[0].metro",
     "metro", "the metro list", ("vocab/metros.yml", "metros", "id")),
    (f"{ROLE}/comparisons.yml", "compare_with: [account-executive,", "compare_with: [nope,", "compare_with[0]",
     "role", "the role list", ("profiles.yml", "profiles", "id")),
    ("pay-transparency.yml", "    requires: [pay-range, not-open-ended]\n", "    requires: [nope, not-open-ended]\n",
     "jurisdictions[0].requires[0]", "requirement", "the requirement list",
     ("vocab/pay-requirements.yml", "requirements", "id")),
    ("pay-transparency.yml", "    sources: [nyc-legistar-int134-2022,", "    sources: [nope,", "jurisdictions[0].sources[0]",
     "law-source", "the law-source list", ("vocab/law-sources.yml", "sources", "id")),
    ("vocab/metros.yml", '    bls_area: "0035620"', '    bls_area: "0000001"', "metros[0].bls_area",
     "bls-area", "the bls-area list", ("wages/oews.yml", "areas", "code")),
    (f"{ROLE}/templates.yml", "    level: enterprise\n    industry: enterprise\n", "    level: nope\n    industry: enterprise\n",
     "templates[3].level", "level", "the level list", (f"{ROLE}/levels.yml", "levels", "id")),
    (f"{ROLE}/templates.yml", "    level: enterprise\n    industry: enterprise\n", "    level: enterprise\n    industry: nope\n",
     "templates[3].industry", "industry", "the industry list", ("vocab/industries.yml", "industries", "id")),
    (f"{ROLE}/career.yml", "    from: entry\n", "    from: nope\n", "transitions[0].from",
     "stage", "the stage list", (f"{ROLE}/career.yml", "stages", "id")),
    (f"{ROLE}/career.yml", "    levels: [junior]\n", "    levels: [nope]\n", "stages[0].levels[0]",
     "level", "the level list", (f"{ROLE}/levels.yml", "levels", "id")),
    (f"{ROLE}/interview.yml", "    category: functional\n", "    category: nope\n", "questions[0].category",
     "category", "the category list", (f"{ROLE}/interview.yml", "categories", "id")),
    (f"{ROLE}/levels.yml", "      - competency: client-relationships\n", "      - competency: nope\n",
     "levels[0].expectations[0].competency", "competency", "the competency list",
     (f"{ROLE}/levels.yml", "competencies", "id")),
    (f"{ROLE}/compensation.yml", "    band: strategic-enterprise\n", "    band: nope\n", "unpriced_levels[0].band",
     "pay-level", "the pay-level list", (f"{ROLE}/compensation.yml", "by_level", "id")),
    (f"{ROLE}/compensation.yml", "  - level: global\n", "  - level: nope\n", "unpriced_levels[0].level",
     "level", "the level list", (f"{ROLE}/levels.yml", "levels", "id")),
]


@pytest.mark.parametrize("name, old, new, path, kind, where, listed", REFERENCES,
                         ids=[f"{case[4]}-in-{case[0].rsplit('/', 1)[-1]}" for case in REFERENCES])
def test_an_unknown_reference_names_the_known_ids(data_copy, name, old, new, path, kind, where, listed):
    wrong = "0000001" if kind == "bls-area" else "nope"
    line = edit(data_copy, name, old, new) + new[: new.index(wrong)].count("\n")
    found = [p for p in problems(data_copy) if f"'{wrong}'" in p]
    assert found == [f"data/{name}:{line} {path}: unknown {kind} '{wrong}'; known {kind}s ({where}): "
                     f"{ids(data_copy, *listed)}"]


def test_an_id_given_three_times_is_reported_once_at_the_last(data_copy):
    name = f"{ROLE}/compensation.yml"
    edit(data_copy, name, "  - id: template-guide-2025-national\n", "  - id: jd-guide-2019-cross-market\n")
    line = edit(data_copy, name, "  - id: recruiter-jd-page-national\n", "  - id: jd-guide-2019-cross-market\n")
    assert [p for p in problems(data_copy) if "duplicate" in p] == [
        f"data/{name}:{line} national_averages[2].id: duplicate id 'jd-guide-2019-cross-market' in this list"]


def test_a_role_without_a_profile(data_copy):
    edit(data_copy, "profiles.yml", "  - id: account-manager\n", "  - id: account-mgr\n")
    line = edit(data_copy, f"{ROLE}/role.yml", "id: account-manager\n", "id: account-manager\n")
    assert f"data/{ROLE}/role.yml:{line} id: no profile for 'account-manager' in data/profiles.yml: add one (id, title, " \
           "focus, goal, key_activities, soc, sources); the home page and the comparisons list roles from there" \
           in problems(data_copy)


def test_a_role_id_that_is_not_its_folder_name(data_copy):
    line = edit(data_copy, f"{ROLE}/role.yml", "id: account-manager\n", "id: account-executive\n")
    assert [p for p in problems(data_copy) if f"{ROLE}/role.yml" in p] == [
        f"data/{ROLE}/role.yml:{line} id: expected 'account-manager', the name of the role's folder"]


# (file, list, the entry's id line, kind): renaming an entry leaves it unused
VOCABULARIES = [("sources.yml", "sources", "  - id: jd-guide-2019\n", "source"),
                ("vocab/industries.yml", "industries", "  - id: saas\n", "industry"),
                ("vocab/metros.yml", "metros", "  - id: chicago\n", "metro"),
                ("vocab/arrangements.yml", "arrangements", "  - id: remote\n", "arrangement"),
                ("profiles.yml", "profiles", "  - id: sales-manager\n", "role"),
                ("vocab/pay-requirements.yml", "requirements", "  - id: pay-range\n", "requirement"),
                ("vocab/law-sources.yml", "sources", "  - id: ebg-nyc-2022\n", "law-source")]


@pytest.mark.parametrize("name, field, old, kind", VOCABULARIES, ids=[case[3] for case in VOCABULARIES])
def test_a_vocabulary_entry_used_nowhere(data_copy, name, field, old, kind):
    entries = read_yaml((data_copy / name).read_text(encoding="utf-8"))[field]
    index = [entry["id"] for entry in entries].index(old.split(": ")[1].strip())
    line = edit(data_copy, name, old, old.replace("\n", "-x\n"))
    unused = f"{old.split(': ')[1].strip()}-x"
    assert [p for p in problems(data_copy) if "is not used anywhere" in p] == [
        f"data/{name}:{line} {field}[{index}].id: {kind} '{unused}' is not used anywhere; use it or remove it"]


def test_a_schema_error_in_a_role_leaves_its_other_files_checked(data_copy):
    levels = edit(data_copy, f"{ROLE}/levels.yml", "    track: ladder\n", "    track: rung\n")
    source = edit(data_copy, f"{ROLE}/compensation.yml", "sources: [jd-guide-2019]", "sources: [nope]")
    edit(data_copy, f"{ROLE}/templates.yml", "    level: enterprise\n    industry: enterprise\n",
         "    level: nope\n    industry: enterprise\n")
    found = problems(data_copy)
    assert [p.split(" expected one of ")[0] for p in found if "track" in p] == [
        f"data/{ROLE}/levels.yml:{levels} levels[0].track:"]
    assert f"data/{ROLE}/compensation.yml:{source} national_averages[0].sources[0]: unknown source 'nope'; known " \
           f"sources (data/sources.yml): {ids(data_copy, 'sources.yml', 'sources')}" in found
    assert len(found) == 2, found  # levels did not validate: a level named elsewhere cannot be checked, nor vocabulary use


def test_a_schema_error_in_a_shared_file_leaves_the_other_references_checked(data_copy):
    edit(data_copy, "sources.yml", "  - id: jd-guide-2019\n", "  - id: JD\n")
    edit(data_copy, f"{ROLE}/compensation.yml", "sources: [jd-guide-2019]", "sources: [nope]")
    metro = edit(data_copy, f"{ROLE}/compensation.yml", "  - metro: new-york\n", "  - metro: nope\n")
    found = problems(data_copy)
    assert [p for p in found if "nope" in p] == [
        f"data/{ROLE}/compensation.yml:{metro} by_metro[0].metro: unknown metro 'nope'; known metros (the metro list): "
        f"{ids(data_copy, 'vocab/metros.yml', 'metros')}"]
    assert len(found) == 2 and found[1].startswith("data/sources.yml:4 sources[0].id: expected an id"), found


def test_without_a_valid_profile_list_a_role_is_checked_without_it(data_copy):
    edit(data_copy, "profiles.yml", "profiles:\n", "profiles: 3\nold_profiles:\n")
    line = edit(data_copy, f"{ROLE}/role.yml", "id: account-manager\n", "id: account-executive\n")
    found = problems(data_copy)
    assert f"data/{ROLE}/role.yml:{line} id: expected 'account-manager', the name of the role's folder" in found
    assert not any("no profile" in p or "wage" in p for p in found), found


def test_references_are_found_in_lists_of_lists_and_in_annotated_optional_values():
    class Sample(BaseModel):
        nested: list[Annotated[list[LevelId], Field(min_length=1)]]
        optional: list[Annotated[LevelId | None, Field(description="a level or none")]]

    sample = Sample(nested=[["a"]], optional=["b", None])
    assert list(walk(sample)) == [((), sample, None), (("nested",), [["a"]], None), (("nested", 0), ["a"], None),
                                  (("nested", 0, 0), "a", "level"), (("optional",), ["b", None], None),
                                  (("optional", 0), "b", "level"), (("optional", 1), None, "level")]


def test_the_values_of_a_mapping_are_walked():
    class Sample(BaseModel):
        notes: dict[str, str]

    sample = Sample(notes={"remote": "unconfirmed"})
    assert list(walk(sample)) == [((), sample, None), (("notes",), {"remote": "unconfirmed"}, None),
                                  (("notes", "remote"), "unconfirmed", None)]


def test_an_id_given_twice_is_reported_at_the_second(data_copy):
    name = f"{ROLE}/compensation.yml"
    line = edit(data_copy, name, "  - id: template-guide-2025-national\n", "  - id: jd-guide-2019-cross-market\n")
    assert [p for p in problems(data_copy) if "duplicate" in p] == [
        f"data/{name}:{line} national_averages[1].id: duplicate id 'jd-guide-2019-cross-market' in this list"]


def test_role_id_must_name_its_own_folder_not_another(data_copy):
    other = data_copy / "roles/account-executive"
    shutil.copytree(data_copy / "roles/account-manager", other)
    edit(data_copy, "roles/account-executive/role.yml", "id: account-manager\n", "id: account-executive\n")
    line = edit(data_copy, f"{ROLE}/role.yml", "id: account-manager\n", "id: account-executive\n")
    found = problems(data_copy)
    assert f"data/roles/account-manager/role.yml:{line} id: expected 'account-manager', the name of the role's folder" in found
    assert not any(p.startswith("data/roles/account-executive/role.yml") and " id: expected" in p for p in found)


def test_industry_described_twice_is_reported_at_the_second_entry(data_copy):
    line = edit(data_copy, f"{ROLE}/industries.yml", "  - industry: agency\n", "  - industry: saas\n")
    assert f"data/roles/account-manager/industries.yml:{line} industries[1].industry: industry 'saas' is described twice" \
        in problems(data_copy)


def test_unknown_industry_arrangement_and_role(data_copy):
    edit(data_copy, "roles/account-manager/industries.yml", "  - industry: saas\n", "  - industry: biotech\n")
    edit(data_copy, "roles/account-manager/role.yml", "  - role: account-executive\n", "  - role: closer\n")
    found = "\n".join(problems(data_copy))
    assert "industries.yml:" in found and "industries[0].industry: unknown industry 'biotech'" in found
    assert "not_to_confuse[0].role: unknown role 'closer'" in found
