"""data/occupations/ (one JSON file per occupation, its wages, the release file) and the profiles' SOC codes it must
cover, each broken once in the fixture data: the problem names the file, the line, the key path where it has one."""
import json

from helpers import edit, problems



def test_a_wrong_type_in_an_occupation_file_names_file_line_and_key_path(occupations_copy):
    line = edit(occupations_copy, "occupations/41-3091.json", '"job_zone": 2,', '"job_zone": "two",')
    assert f"data/occupations/41-3091.json:{line} job_zone: expected a whole number, got 'two'" in problems(occupations_copy)


def test_a_wage_row_out_of_order_names_its_row(occupations_copy):
    path = occupations_copy / "occupations/wages/41-3091.json"
    lines = path.read_text(encoding="utf-8").split("\n")
    row = lines.index(next(line for line in lines if line.startswith('["0100000"')))
    figures = json.loads(lines[row].rstrip(","))
    swapped = json.dumps([figures[0], figures[1], figures[3], figures[2], *figures[4:]], separators=(",", ":"))
    lines[row] = swapped + ("," if lines[row].endswith(",") else "")
    path.write_text("\n".join(lines), encoding="utf-8")
    index = [i for i, line in enumerate(lines) if line.startswith('["')].index(row)
    assert any(p.startswith(f"data/occupations/wages/41-3091.json:{row + 1} rows[{index}]: percentiles must not "
                            "decrease: p25") for p in problems(occupations_copy))


def test_a_related_occupation_must_point_at_its_guide(occupations_copy):
    text = (occupations_copy / "occupations/41-3091.json").read_text(encoding="utf-8")
    first = json.loads(text)["related"][0]
    line = edit(occupations_copy, "occupations/41-3091.json", f'"id":"{first["id"]}"', '"id":"11-1011"')
    assert (f"data/occupations/41-3091.json:{line} related[0].id: expected '{first['id']}': the page id of "
            f"{first['onet_code']}") in problems(occupations_copy)


def test_a_profile_soc_code_without_an_occupation_guide_is_named(data_copy):
    path = data_copy / "profiles.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      - code: 41-4011\n", "      - code: 41-4019\n", 1), encoding="utf-8")
    line = text[: text.index("      - code: 41-4011\n")].count("\n") + 1
    assert (f"data/profiles.yml:{line} profiles[0].soc[2].code: SOC 41-4019 has no occupation guide and is not in "
            "the left_out list of data/occupations/release.json") in problems(data_copy)


def test_a_file_that_is_not_json_names_its_line(occupations_copy):
    path = occupations_copy / "occupations/41-3091.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"family": "41-0000",', '"family": 41-0000,'),
                    encoding="utf-8")
    assert any(p.startswith("data/occupations/41-3091.json:8: not valid JSON") for p in problems(occupations_copy))


def test_a_stray_file_among_the_occupations_is_named(occupations_copy):
    (occupations_copy / "occupations/notes.json").write_text("{}", encoding="utf-8")
    assert any(p.startswith("data/occupations/notes.json: no page renders this file") for p in problems(occupations_copy))
