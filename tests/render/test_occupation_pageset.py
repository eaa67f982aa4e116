"""The occupation page set: `make pages` writes one page per occupation and removes the pages of codes the data no
longer has; the check names a missing page, a copy that differs and a folder without data."""
from conftest import ROOT
from macros.build.pageset import check_occupation_pages, write_occupation_pages

PAGE_SET = (ROOT / "macros/pages/occupation/index.md").read_text(encoding="utf-8")


def test_pages_are_written_and_stale_ones_removed(tmp_path):
    (tmp_path / "occupations/99-9999").mkdir(parents=True)
    (tmp_path / "occupations/99-9999/index.md").write_text(PAGE_SET, encoding="utf-8")
    (tmp_path / "occupations/compare.md").write_text("# Compare\n", encoding="utf-8")
    write_occupation_pages(tmp_path, ["41-3091", "29-1141-01"])
    assert (tmp_path / "occupations/41-3091/index.md").read_text(encoding="utf-8") == PAGE_SET
    assert (tmp_path / "occupations/29-1141-01/index.md").read_text(encoding="utf-8") == PAGE_SET
    assert not (tmp_path / "occupations/99-9999").exists()
    assert (tmp_path / "occupations/compare.md").exists()
    assert check_occupation_pages(tmp_path, ["41-3091", "29-1141-01"]) == []


def test_the_check_names_each_mistake(tmp_path):
    write_occupation_pages(tmp_path, ["41-3091", "15-1252"])
    page = tmp_path / "occupations/41-3091/index.md"
    page.write_text(PAGE_SET.replace("## Outlook", "## Prospects"), encoding="utf-8")
    (tmp_path / "occupations/15-1252/notes.md").write_text("x", encoding="utf-8")
    line = PAGE_SET.splitlines().index("## Outlook") + 1
    problems = [str(p) for p in check_occupation_pages(tmp_path, ["41-3091", "15-1252", "29-1141"])]
    name = tmp_path.name
    assert len(problems) == 3, problems
    assert problems[0] == (f"{name}/occupations/15-1252/notes.md: not in the occupation page set: every occupation "
                           "has one page, index.md; delete it")
    assert f"{name}/occupations/29-1141/index.md: page is missing; run `make pages`" in problems[1]
    assert problems[2].startswith(f"{name}/occupations/41-3091/index.md:{line}: differs from "
                                  "macros/pages/occupation/index.md"), problems
