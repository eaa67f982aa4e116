"""The files the any-job composer and the comparison fetch, and their pages, without a browser: literal inputs and
literal expected output."""
import json
from types import SimpleNamespace as Obj

from macros.render.pages import any_job
from macros.render import occupation_files


def title(text, **more):
    return Obj(title=text, **more)


def occupation(**fields):
    base = dict(id="29-1141", onet_code="29-1141.00", soc="29-1141", title="Registered Nurses", description="Care for patients.",
                tasks=[Obj(text="Record vital signs.", type="Core"), Obj(text="Teach first aid.", type="Supplemental"),
                       Obj(text="Order supplies.", type=None)],
                alternate_titles=[title("Staff Nurse"), title("Registered Nurse (RN)"), title("Staff Nurse")],
                reported_titles=[title("Charge Nurse", my_next_move=True), title("Staff Nurse", my_next_move=True)],
                skills=[Obj(id="2.A.1.b", importance=4.0, importance_suppressed=False, level_suppressed=True),
                        Obj(id="2.A.1.a", importance=3.0, importance_suppressed=True, level_suppressed=False)],
                knowledge=None,
                technology=[Obj(examples=[Obj(name="Epic Systems", hot=True), Obj(name="Word", hot=False)])],
                job_zone=3, education=[Obj(scale="RW", percents=[(1, 20.0), (6, 80.0)], suppressed=[1])],
                projections=None, oews_soc="29-1141", oews_broader=None, gaps={"knowledge": "O*NET rates none."})
    return Obj(**(base | fields))


RELEASE = Obj(elements=[Obj(id="2.A.1.b", name="Active Listening"), Obj(id="2.A.1.a", name="Reading Comprehension")], job_zones=[Obj(zone=3, name="Job Zone Three: Medium Preparation Needed")],
              category_label=lambda scale, c: {1: "None", 6: "Over 1 year, up to and including 2 years"}[c])
NAMES = occupation_files.element_names(RELEASE)
WAGES = {"29-1141": Obj(soc="29-1141", title="Registered Nurses", rows=[("0000000", 3, 1, 2, 3, 4, "5", 6)], hourly=[])}


def test_the_record_holds_tasks_with_their_type_and_wages_as_published():
    record = occupation_files.occupation_record(occupation(), RELEASE, WAGES, NAMES)
    assert record["tasks"] == [["Record vital signs.", "C"], ["Teach first aid.", "S"], ["Order supplies.", ""]]
    assert record["skills"] == [["Active Listening", 4.0]], "O*NET flags each estimate apart: a suppressed level " \
        "keeps the importance, a suppressed importance is left out"
    assert record["knowledge"] is None and record["gaps"] == {"knowledge": "O*NET rates none."}
    assert record["hot"] == ["Epic Systems"]
    assert record["job_zone"] == [3, "Job Zone Three: Medium Preparation Needed"]
    assert record["education"] == {"RW": [[6, "Over 1 year, up to and including 2 years", 80.0]]}
    assert record["pay"] == {"soc": "29-1141", "title": "Registered Nurses", "rows": [["0000000", 3, 1, 2, 3, 4, "5", 6]]}
    assert record["pay_broader"] is False and record["posting_title"] == "Registered Nurse (RN)"


def test_hourly_wages_go_with_the_yearly_rows_where_bls_publishes_only_them():
    actors = {"27-2011": Obj(soc="27-2011", title="Actors", rows=[("0000000", 55000, "4", "4", "4", "4", "4", "4")],
                             hourly=[("0000000", 16.5, 20.34, 29.05, 97.95, 143.68, 58.29)])}
    record = occupation_files.occupation_record(occupation(oews_soc="27-2011"), RELEASE, actors, NAMES)
    assert record["pay"] == {"soc": "27-2011", "title": "Actors", "rows": [["0000000", 55000, "4", "4", "4", "4", "4", "4"]],
                             "hourly": [["0000000", 16.5, 20.34, 29.05, 97.95, 143.68, 58.29]]}


def test_wages_of_a_broader_code_are_marked_so_and_no_wages_are_none():
    broader = occupation_files.occupation_record(occupation(oews_soc=None, oews_broader="29-1141"), RELEASE, WAGES, NAMES)
    assert broader["pay_broader"] is True and broader["pay"]["soc"] == "29-1141"
    assert occupation_files.occupation_record(occupation(oews_soc=None), RELEASE, WAGES, NAMES)["pay"] is None


def test_the_one_person_title_is_used_only_where_o_net_lists_it():
    assert occupation_files.posting_title(occupation(alternate_titles=[title("Registered Nurse")])) == "Registered Nurse"
    assert occupation_files.posting_title(occupation(title="Heavy and Tractor-Trailer Truck Drivers")) is None


def test_the_title_index_is_cut_by_the_first_two_letters_of_every_word():
    index = occupation_files.title_index({"29-1141": occupation(), "29-1141-01": occupation(
        id="29-1141-01", title="Acute Care Nurses", alternate_titles=[title("Staff Nurse")], reported_titles=[])})
    assert sorted(index) == ["ac", "ca", "ch", "nu", "re", "rn", "st"]
    assert index["nu"] == {"occupations": [
        ["29-1141", "Registered Nurses", "Staff Nurse", "Registered Nurse (RN)", "Charge Nurse"],
        ["29-1141-01", "Acute Care Nurses", "Staff Nurse"]]}
    assert index["st"]["occupations"] == [["29-1141", "Registered Nurses", "Staff Nurse"], ["29-1141-01", "Acute Care Nurses", "Staff Nurse"]]
    assert index["rn"]["occupations"] == [["29-1141", "Registered Nurses", "Registered Nurse (RN)"]]


def test_no_occupation_data_means_no_files_and_a_plain_note(ctx):
    bare = Obj(occupations=None, occupation_release=None)
    assert occupation_files.occupation_files(bare) == {}
    page = Obj(site=bare)
    assert any_job.NO_DATA in any_job.any_job_composer(page) and any_job.NO_DATA in any_job.occupation_compare(page)
    assert any_job.occupation_data_sources(page) == ""


def test_the_files_are_compact_json_below_occupations_data():
    site = Obj(occupations={"29-1141": occupation()}, occupation_release=RELEASE, occupation_wages=WAGES)
    files = occupation_files.occupation_files(site)
    assert sorted(files)[:2] == ["occupations/data/29-1141.json", "occupations/data/titles/ch.json"]
    assert ", " not in files["occupations/data/titles/nu.json"] and json.loads(files["occupations/data/29-1141.json"])["id"] == "29-1141"


def test_the_files_are_worked_out_again_only_when_an_occupation_changed():
    """`make serve` rebuilds after every saved file: an edit elsewhere reuses the last texts, a changed occupation
    (a new object, as the loader makes for a changed file) gets its own."""
    from macros.build import postbuild

    first = Obj(occupations={"29-1141": occupation()}, occupation_release=RELEASE, occupation_wages=WAGES)
    texts = postbuild.occupation_files_once(first)
    same = Obj(occupations=dict(first.occupations), occupation_release=RELEASE, occupation_wages=WAGES)
    assert postbuild.occupation_files_once(same) is texts
    changed = occupation()
    changed.title = "Registered Nurses, edited"
    edited = Obj(occupations={"29-1141": changed}, occupation_release=RELEASE, occupation_wages=WAGES)
    assert "Registered Nurses, edited" in postbuild.occupation_files_once(edited)["occupations/data/29-1141.json"]
    assert postbuild.occupation_files_once(edited) == occupation_files.occupation_files(edited)
