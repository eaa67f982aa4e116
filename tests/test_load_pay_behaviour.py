"""The data reader's edges (file size, names, extensions, lines of missing keys) and the pay factor's choices,
on small inputs made here."""
from types import SimpleNamespace as NS

import yaml

from conftest import ROOT
from macros.data import load
from macros.domain import pay


def test_line_of_a_missing_key_is_the_line_of_its_nearest_parent():
    document, _ = load.parse("top: 0\na:\n  b:\n    c: 1\nd: 2\n", "data/x.yml")
    # a key's line is where its value starts: a mapping's on the line after its key
    assert document.line_of(("a", "b", "c")) == 4
    assert document.line_of(("a", "b", "missing")) == 4
    assert document.line_of(("a", "missing", "deeper")) == 3
    assert document.line_of(("d", "missing", "deeper")) == 5
    assert document.line_of(("nowhere", "at", "all")) == 1


def test_read_names_a_file_from_the_data_folder_s_parent(tmp_path):
    root = tmp_path / "data"
    (root / "vocab").mkdir(parents=True)
    (root / "vocab/x.yml").write_text("a: 1\n", encoding="utf-8")
    document, problems = load.read(root / "vocab/x.yml", root)
    assert (document.file, document.data, problems) == ("data/vocab/x.yml", {"a": 1}, [])


def test_read_names_a_file_outside_the_data_folder_by_its_full_path(tmp_path):
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere/x.yml").write_text("a: [\n", encoding="utf-8")
    _, problems = load.read(tmp_path / "elsewhere/x.yml", tmp_path / "elsewhere/deep/data")
    assert problems and all(p.file == str(tmp_path / "elsewhere/x.yml") for p in problems)


def test_a_file_over_the_size_limit_is_refused_and_one_at_the_limit_is_read(tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    limit = "a: " + "x" * (load.MAX_FILE_BYTES - 4) + "\n"
    (root / "big.yml").write_text(limit, encoding="utf-8")
    (root / "bigger.yml").write_text(limit + " ", encoding="utf-8")
    assert load.read(root / "big.yml", root)[1] == []
    document, problems = load.read(root / "bigger.yml", root)
    assert (document.file, document.data) == ("data/bigger.yml", None)
    assert [str(p) for p in problems] == ["data/bigger.yml: file is larger than 2000000 bytes"]


def test_data_files_are_the_yml_and_yaml_files_below_the_folder(tmp_path):
    for name in ["a.yml", "b.yaml", "c.YAML", "d.txt", "sub/e.yml", "sub/f.json"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "folder.yml").mkdir()
    assert [p.relative_to(tmp_path).as_posix() for p in load.data_files(tmp_path)] == ["a.yml", "b.yaml", "sub/e.yml"]


def test_primary_soc_is_the_first_code_of_the_role_s_own_profile(site):
    profiles = yaml.safe_load((ROOT / "data/profiles.yml").read_text(encoding="utf-8"))["profiles"]
    for profile in profiles:
        assert pay.primary_soc(site, profile["id"]) == profile["soc"][0]["code"], profile["id"]


NATION = NS(code="0000000", kind="national", state="00", name="U.S.")
CALIFORNIA = NS(code="S06", kind="state", state="06", name="California")
NEW_YORK = NS(code="S36", kind="state", state="36", name="New York")
NYC = NS(code="M35620", kind="metro", state="36", name="New York-Newark-Jersey City, NY-NJ")
SMALL = NS(code="M99999", kind="metro", state="36", name="Smalltown, NY")


def wages(rows):
    return NS(areas=[NATION, NYC, SMALL, CALIFORNIA, NEW_YORK],
              by_area=[NS(soc=soc, area=area, median=median) for soc, area, median in rows])


def test_state_area_is_the_state_the_metro_lies_in():
    assert pay.state_area(wages([]), NYC) is NEW_YORK
    assert pay.state_area(NS(areas=[NYC, CALIFORNIA]), NYC) is None


def test_place_factor_uses_the_place_s_median_else_its_state_s():
    data = wages([("11-1", "0000000", 100_000), ("11-1", "M35620", 120_000), ("11-1", "S36", 110_000),
                  ("11-1", "M99999", None), ("22-2", "M35620", 90_000)])
    own = pay.place_factor(data, "11-1", "M35620")
    assert (own.soc, own.area, own.basis, own.median, own.national_median, own.ratio, own.from_state) == \
        ("11-1", NYC, NYC, 120_000, 100_000, 1.2, False)
    state = pay.place_factor(data, "11-1", "M99999")
    assert (state.soc, state.basis, state.median, state.from_state) == ("11-1", NEW_YORK, 110_000, True)


def test_place_factor_is_none_without_a_national_median_a_known_area_or_any_median():
    assert pay.place_factor(wages([("11-1", "0000000", None), ("11-1", "M35620", 120_000)]), "11-1", "M35620") is None
    assert pay.place_factor(wages([("11-1", "M35620", 120_000)]), "11-1", "M35620") is None
    assert pay.place_factor(wages([("11-1", "0000000", 100_000), ("11-1", "M35620", 120_000)]), "11-1", "M00000") is None
    assert pay.place_factor(wages([("11-1", "0000000", 100_000), ("11-1", "S06", 120_000)]), "11-1", "M99999") is None
    assert pay.place_factor(wages([("22-2", "0000000", 100_000), ("11-1", "M35620", 120_000)]), "11-1", "M35620") is None
