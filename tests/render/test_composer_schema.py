"""The JSON the composers and the comparison read against its JSON Schemas (schemas/composer/), on both sides:
in Python with jsonschema, in Node with Ajv (tests/js/validate-composer-data.js), for what the build embeds in the
pages and writes next to them, and for copies broken on purpose, which both sides must refuse."""
import copy
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from macros.domain import places
from macros.render import occupation_files
from macros.render.pages import any_job, composer
from macros.render.blocks import PageContext

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas" / "composer"
# Which schema describes each JSON the browser reads: embedded in a page (by its script element's id) or fetched.
EMBEDDED = {"composer-data": "level-composer", "compare-data": "compare"}
ANY_JOB = "any-job-composer"


def schema_files() -> dict:
    return {path.name.removesuffix(".schema.json"): json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(SCHEMAS.glob("*.schema.json"))}


@pytest.fixture(scope="module")
def validators() -> dict:
    schemas = schema_files()
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())
    return {name: Draft202012Validator(schema, registry=registry) for name, schema in schemas.items()}


def python_errors(validators, schema: str, document) -> list[str]:
    return [f"/{'/'.join(map(str, e.absolute_path))} {e.message}" for e in validators[schema].iter_errors(document)]


def node_errors(documents: list[tuple[str, object]], folder: Path) -> list[list[str]]:
    """Ajv's errors for each (schema, document), in order."""
    if shutil.which("node") is None:
        pytest.fail("node is not installed: the composer's JSON is checked in Node 18 or later")
    items = []
    for i, (schema, document) in enumerate(documents):
        path = folder / f"{i}-{schema}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        items.append({"schema": schema, "file": str(path)})
    result = subprocess.run(["node", "tests/js/validate-composer-data.js"], cwd=ROOT, input=json.dumps(items),
                            capture_output=True, text=True, timeout=300)
    if "Cannot find module 'ajv" in result.stderr:
        pytest.fail("Ajv is missing from node_modules: run `npm ci --ignore-scripts` (make test does)")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    return [found[item["file"]] for item in items]


def embedded(page_html: str, element_id: str):
    """The JSON of a page's <script type="application/json" id=...> element, as the browser's JSON.parse reads it."""
    found = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page_html, re.S)
    assert found, f"no #{element_id} script"
    return json.loads(found.group(1))


def varied_occupations(site) -> list:
    """A few occupations that between them take every form a record can have: wages of their own, of a broader
    code or none; projections or none; no skills or knowledge ratings; no one-person title; an O*NET-SOC code
    below a SOC code; and the Account Manager's nearest occupation."""
    wanted = {
        "account manager's": lambda o: o.id == "41-3091",
        "below a SOC code": lambda o: o.id.count("-") == 2,
        "broader wages": lambda o: o.oews_soc is None and o.oews_broader is not None,
        "no wages": lambda o: o.oews_soc is None and o.oews_broader is None,
        "no projections": lambda o: o.projections is None,
        "no skills": lambda o: o.skills is None,
        "no knowledge": lambda o: o.knowledge is None,
        "no education": lambda o: o.education is None,
        "no one-person title": lambda o: occupation_files.posting_title(o) is None,
        "hourly wages only": lambda o: o.oews_soc is not None and bool(site.occupation_wages[o.oews_soc].hourly),
    }
    picked = {}
    for what, test in wanted.items():
        found = next((o for o in site.occupations.values() if test(o)), None)
        assert found is not None, f"the data has no occupation with {what}: pick another example"
        picked[found.id] = found
    return list(picked.values())


@pytest.fixture(scope="module")
def documents(site) -> list[tuple[str, str, object]]:
    """(what, schema, document) for what the build embeds and writes: each guide's composer, the any-job composer,
    the comparison, several occupations and parts of the title index."""
    out = []
    for role in site.guides:
        block = composer.composer_form(PageContext(site=site, role=role, root="../"))
        out.append((f"{role} composer", "level-composer", embedded(block, "composer-data")))
    tools = PageContext(site=site, role=None, root="../../")
    out.append(("any-job composer", ANY_JOB, embedded(any_job.any_job_composer(tools), "composer-data")))
    out.append(("comparison", "compare", embedded(any_job.occupation_compare(tools), "compare-data")))
    release, wages = site.occupation_release, site.occupation_wages
    names = occupation_files.element_names(release)
    for occ in varied_occupations(site):
        record = json.loads(json.dumps(occupation_files.occupation_record(occ, release, wages, names)))
        out.append((f"occupation {occ.id}", "occupation", record))
    index = occupation_files.title_index(site.occupations)
    for key in ("ac", "nu", "tr", min(index), max(index)):
        out.append((f"titles/{key}.json", "occupation-titles", index[key]))
    out.append(("place index", "place-index", places.site_place_index(site)))
    return out


def test_each_schema_is_a_valid_draft_2020_12_schema_with_its_own_id():
    schemas = schema_files()
    assert {"shared", "level-composer", ANY_JOB, "compare", "occupation", "occupation-titles", "place-index"} <= set(schemas)
    for name, schema in schemas.items():
        Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"].endswith(f"/composer/{name}.schema.json")


def test_what_the_build_writes_for_the_composers_matches_its_schema_in_python(validators, documents):
    assert {schema for _, schema, _ in documents} == {"level-composer", ANY_JOB, "compare", "occupation", "occupation-titles",
                                                      "place-index"}
    problems = {what: python_errors(validators, schema, doc) for what, schema, doc in documents}
    assert {what: errors for what, errors in problems.items() if errors} == {}


# Each breaks one document the way a change on one side only would: a key renamed or dropped, a number written
# as text, a value the scripts do not know, an id the scripts would not fetch.
MUTATIONS = {
    "a level without its pay band": ("level-composer", lambda d: d["levels"][0].pop("band")),
    "a band's minimum as text": ("level-composer", lambda d: d["levels"][0]["band"]["base"].update(min="55,000")),
    "a key the scripts do not read": ("level-composer", lambda d: d["places"].update(national_mean=1)),
    "an industry of an unknown kind": ("level-composer", lambda d: d["industries"][0].update(kind="sector")),
    "a law's date written the US way": ("level-composer", lambda d: d["laws"][0].update(starts="11/01/2022")),
    "a label dropped": ("level-composer", lambda d: d["labels"].pop("per_year")),
    "the any-job composer with a second level": (ANY_JOB, lambda d: d["levels"].append(dict(d["levels"][0]))),
    "an area code of six digits": (ANY_JOB, lambda d: d["places"]["areas"][0].update(id="010000")),
    "the comparison without its folder": ("compare", lambda d: d.pop("folder")),
    "an occupation id the scripts would not fetch": ("occupation", lambda d: d.update(id="41-3091.00")),
    "a task of an unknown type": ("occupation", lambda d: d["tasks"][0].__setitem__(1, "Core")),
    "a wage row one figure short": ("occupation", lambda d: d["pay"]["rows"][0].pop()),
    "an hourly row with its employment": ("occupation", lambda d: d["pay"].update(hourly=[d["pay"]["rows"][0]])),
    "the comparison with the place index in the page": ("compare", lambda d: d.update(place_index_url={"states": []})),
    "a composer naming another file for its places": ("level-composer", lambda d: d.update(place_index_url="places.js")),
    "a metro area without its cities": ("place-index", lambda d: d["metros"][0].pop("cities")),
    "a title index entry without its title": ("occupation-titles", lambda d: d["occupations"][0].__setitem__(slice(1, None), [])),
}


def broken_copies(documents) -> list[tuple[str, str, object]]:
    first = {}
    for what, schema, doc in documents:
        if schema == "occupation" and (doc["pay"] is None or not doc["tasks"]):
            continue
        first.setdefault(schema, doc)
    out = []
    for what, (schema, mutate) in MUTATIONS.items():
        broken = copy.deepcopy(first[schema])
        mutate(broken)
        out.append((what, schema, broken))
    return out


def test_a_broken_copy_of_each_document_fails_in_python(validators, documents):
    passing = [what for what, schema, doc in broken_copies(documents) if not python_errors(validators, schema, doc)]
    assert passing == []


@pytest.mark.slow
def test_what_the_build_writes_and_the_broken_copies_are_judged_the_same_in_node(documents, tmp_path):
    broken = broken_copies(documents)
    errors = node_errors([(schema, doc) for _, schema, doc in documents + broken], tmp_path)
    assert {what: e for (what, _, _), e in zip(documents, errors) if e} == {}
    assert [what for (what, _, _), e in zip(broken, errors[len(documents):]) if not e] == []


@pytest.mark.slow
def test_every_json_the_built_site_gives_the_browser_matches_its_schema(built_site, validators, tmp_path):
    """Every composer page's and the comparison's embedded JSON, every occupation file and every part of the title
    index, read from the built site: in Node, all of them; in Python, the pages' and every 40th file."""
    found = []
    for page in sorted(built_site.glob("**/index.html")):
        text = page.read_text(encoding="utf-8")
        for element_id, schema in EMBEDDED.items():
            if f'id="{element_id}"' in text:
                schema = ANY_JOB if 'data-kind="occupation"' in text and element_id == "composer-data" else schema
                found.append((str(page.relative_to(built_site)), schema, embedded(text, element_id)))
    pages = {schema for _, schema, _ in found}
    assert pages == {"level-composer", ANY_JOB, "compare"}, pages
    files = sorted((built_site / occupation_files.FOLDER).glob("**/*.json"))
    assert len(files) > 1000
    index = built_site / places.INDEX_FILE
    found.append((str(index.relative_to(built_site)), "place-index", json.loads(index.read_text(encoding="utf-8"))))
    for path in files:
        schema = "occupation-titles" if path.parent.name == "titles" else "occupation"
        found.append((str(path.relative_to(built_site)), schema, json.loads(path.read_text(encoding="utf-8"))))
    errors = node_errors([(schema, doc) for _, schema, doc in found], tmp_path)
    assert {what: e[:3] for (what, _, _), e in zip(found, errors) if e} == {}
    sample = [item for item in found if not item[0].endswith(".json") or item[1] == "place-index"] + found[-len(files)::40]
    assert {what: e[:3] for what, schema, doc in sample if (e := python_errors(validators, schema, doc))} == {}

