"""The registry of data files (macros/data/registry.py) against what it stands for: the files in data/, their
schemas, the references the models make, data/README.md's table; and a new vocabulary file added by its model and
one entry only, in a copy of the project, then read, validated, checked and given its schema."""
import json
import re
import shutil
import subprocess
import sys
import typing

import pytest
from pydantic import BaseModel

from conftest import ROOT
from helpers import FIXTURE_DATA
from macros.data import registry
from macros.data.checks import _ref_kind

FILES_SECTION = re.compile(r"^## Files\n(.*?)^## ", re.M | re.S)


def declared_paths() -> list[str]:
    """Every data file and folder as data/README.md names them."""
    return ([f.path for f in registry.SHARED] + [f"roles/<role>/{f.path}" for f in registry.GUIDE]
            + [folder.path for folder in registry.FOLDERS])


def test_the_readme_table_lists_each_declared_file_once():
    table = FILES_SECTION.search((ROOT / "data/README.md").read_text(encoding="utf-8")).group(1)
    listed = re.findall(r"^\| `([^`]+)` \|", table, re.M)
    assert sorted(listed) == sorted(declared_paths() + ["schema/"])


def test_every_data_file_is_declared_and_names_its_own_schema():
    declared = {f.path: f for f in registry.SHARED}
    for role_dir in (ROOT / "data/roles").iterdir():
        declared |= {f"roles/{role_dir.name}/{f.path}": f for f in registry.GUIDE}
    found = {p.relative_to(ROOT / "data").as_posix() for p in (ROOT / "data").rglob("*.yml")}
    assert found == set(declared)
    for path, file in declared.items():
        first = (ROOT / "data" / path).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema={'../' * path.count('/')}schema/{file.schema}", f"data/{path}"


def test_each_model_module_reads_a_declared_file():
    """macros/data/models/ is base.py and one module per data file (or family of files): none without a file."""
    modules = {f.model.__module__ for f in registry.SHARED + registry.GUIDE}
    modules |= {model.__module__ for folder in registry.FOLDERS for model in folder.schemas}
    found = {f"macros.data.models.{p.stem}" for p in (ROOT / "macros/data/models").glob("*.py")}
    assert found - {"macros.data.models.__init__", "macros.data.models.base"} == modules


def ref_kinds(model, seen=None) -> set[str]:
    """Every kind of reference (`Ref(kind)`) a model's fields make, in nested models too."""
    seen = set() if seen is None else seen
    if model in seen:
        return set()
    seen.add(model)
    kinds = set()
    for field in model.model_fields.values():
        kind = _ref_kind(field.annotation, field.metadata)
        kinds |= {kind} if kind else set()
        pending = [field.annotation]
        while pending:
            annotation = pending.pop()
            if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                kinds |= ref_kinds(annotation, seen)
            pending += typing.get_args(annotation)
            kind = _ref_kind(annotation)
            kinds |= {kind} if kind else set()
    return kinds


def test_every_kind_of_reference_is_offered_by_exactly_one_file():
    """A reference kind no file offers would never be checked; one offered twice would be checked against one list."""
    offered = [o.kind for f in registry.SHARED + registry.GUIDE for o in f.offers]
    made = set().union(*(ref_kinds(f.model) for f in registry.SHARED + registry.GUIDE))
    assert sorted(offered) == sorted(set(offered)), "a kind offered by two files"
    assert made == set(offered), f"made but not offered: {made - set(offered)}; offered, never made: {set(offered) - made}"


def test_only_shared_files_ask_for_their_entries_to_be_used():
    """The check that every entry is used counts references across every guide, so it holds for shared lists only."""
    assert not [o.kind for f in registry.GUIDE for o in f.offers if o.must_be_used]


# --- a new vocabulary file -------------------------------------------------------------------------------------

NEW_MODEL = '''"""data/vocab/shifts.yml: the shifts a job may be worked in."""
from typing import Annotated

from macros.data.models.base import Id, Line, Model, Ref


class Shift(Model):
    id: Id
    name: Line
    next: Annotated[Id, Ref("shift")] | None = None


class ShiftsFile(Model):
    shifts: list[Shift]
'''
NEW_IMPORT = "from macros.data.models.shifts import ShiftsFile\n"
NEW_ENTRY = '    DataFile("vocab/shifts.yml", ShiftsFile, (Offer("shift", "shifts", must_be_used=True),)),\n'
HEADER = "# yaml-language-server: $schema=../schema/vocab-shifts.schema.json\n# Rendered by: docs/index.md\n"
VARIANTS = {
    "valid": "shifts:\n  - id: one\n    name: One\n    next: two\n  - id: two\n    name: Two\n    next: one\n",
    "a name that is a number": "shifts:\n  - id: one\n    name: 1\n",
    "an unknown shift, and one nothing names": "shifts:\n  - id: one\n    name: One\n    next: two\n  - id: two\n"
                                                "    name: Two\n    next: three\n",
    "a duplicate id": "shifts:\n  - id: one\n    name: One\n    next: one\n  - id: one\n    name: Again\n",
    "no file": None,
}
# Loads each variant of data/vocab/shifts.yml in the copy and prints what came of it, as JSON.
PROBE = '''
import json, sys
from pathlib import Path
from macros.data.errors import DataError
from macros.data.schema import schemas
from macros.data.site import load_site

variants, out = json.loads(sys.argv[1]), {}
path = Path("data/vocab/shifts.yml")
for name, body in variants.items():
    if body is None:
        path.unlink()
    else:
        path.write_text(sys.argv[2] + body, encoding="utf-8")
    try:
        site = load_site(Path("data"))
        out[name] = {"shifts": [shift.model_dump() for shift in site.shifts.shifts]}
    except DataError as error:
        out[name] = {"problems": [str(p) for p in error.problems if "shifts" in str(p)]}
schema = json.loads(schemas()["vocab-shifts.schema.json"])
out["schema"] = {"title": schema["title"], "properties": sorted(schema["properties"])}
print(json.dumps(out))
'''


@pytest.fixture(scope="module")
def with_a_new_vocabulary(tmp_path_factory):
    """A copy of macros/ and of the fixture data (without the occupations, which a data folder may lack) where the
    model of data/vocab/shifts.yml is a new module of macros/data/models/ and its entry is added to the registry,
    and nothing else changes."""
    project = tmp_path_factory.mktemp("shifts")
    shutil.copytree(ROOT / "macros", project / "macros", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(FIXTURE_DATA, project / "data", ignore=lambda folder, names:
                    ["occupations"] if folder == str(FIXTURE_DATA) else [])
    (project / "macros/data/models/shifts.py").write_text(NEW_MODEL, encoding="utf-8")
    source = (project / "macros/data/registry.py").read_text(encoding="utf-8")
    assert source.count("\nSHARED = (\n") == 1
    source = source.replace("\nSHARED = (\n", "\nSHARED = (\n" + NEW_ENTRY)
    source = source.replace("from macros.data.models.sources import", NEW_IMPORT + "from macros.data.models.sources import")
    (project / "macros/data/registry.py").write_text(source, encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(VARIANTS), HEADER], cwd=project,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
def test_a_new_vocabulary_file_is_read_into_the_site(with_a_new_vocabulary):
    assert with_a_new_vocabulary["valid"] == {"shifts": [{"id": "one", "name": "One", "next": "two"},
                                                        {"id": "two", "name": "Two", "next": "one"}]}


@pytest.mark.slow
def test_a_new_vocabulary_file_gets_its_schema(with_a_new_vocabulary):
    assert with_a_new_vocabulary["schema"] == {"title": "vocab-shifts.yml", "properties": ["shifts"]}


@pytest.mark.slow
def test_a_new_vocabulary_file_is_validated_with_file_line_and_key(with_a_new_vocabulary):
    assert with_a_new_vocabulary["a name that is a number"]["problems"] == [
        "data/vocab/shifts.yml:5 shifts[0].name: expected text, got 1"]


@pytest.mark.slow
def test_references_to_a_new_vocabulary_are_checked_and_its_entries_must_be_used(with_a_new_vocabulary):
    assert with_a_new_vocabulary["an unknown shift, and one nothing names"]["problems"] == [
        "data/vocab/shifts.yml:4 shifts[0].id: shift 'one' is not used anywhere; use it or remove it",
        "data/vocab/shifts.yml:9 shifts[1].next: unknown shift 'three'; known shifts (the shift list): one, two"]
    assert with_a_new_vocabulary["a duplicate id"]["problems"] == [
        "data/vocab/shifts.yml:7 shifts[1].id: duplicate id 'one' in this list"]


@pytest.mark.slow
def test_a_new_vocabulary_file_is_expected(with_a_new_vocabulary):
    assert with_a_new_vocabulary["no file"]["problems"] == ["data/vocab/shifts.yml: file is missing"]
