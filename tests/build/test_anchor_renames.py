"""Anchors that read like their headings, and renamed ones that keep working: an item's former ids stay on
its page as anchors, so links made before the rename still land on it."""
import subprocess
import sys

import yaml

from helpers import ROOT, copy_project
from gates import read_anchors
from macros.data.site import load_site
from macros.cli import check
from macros.data.drift import drift_warnings, drifted

GUIDE = ROOT / "data/roles/account-manager"
# (data file, list key, anchor kind, page): the lists whose items carry former ids today.
RENAMED = [("hiring.yml", "red_flags", "red-flag", "hiring"), ("compensation.yml", "factors", "factor", "compensation"),
           ("faq.yml", "faqs", "faq", "faq"), ("interview.yml", "questions", "question", "interview"),
           ("interview.yml", "questions", "question", "scorecard"), ("interview.yml", "categories", "category", "interview"),
           ("interview.yml", "categories", "category", "scorecard")]


def test_every_renamed_item_keeps_its_old_anchor_beside_the_new_one(built_site):
    renamed = 0
    for file, key, kind, page in RENAMED:
        ids = read_anchors(built_site / f"account-manager/{page}/index.html").ids
        for item in yaml.safe_load((GUIDE / file).read_text(encoding="utf-8"))[key]:
            for old in item.get("former_ids", []):
                assert f"{kind}-{item['id']}" in ids and f"{kind}-{old}" in ids, (page, old, item["id"])
                renamed += 1
    assert renamed >= 8


def test_the_anchors_the_wiki_links_used_still_resolve(built_site):
    old = {"hiring": "red-flag-no-evidence-of-results", "compensation": "factor-portfolio",
           "faq": "faq-career-progression-timing", "interview": "category-behavioural",
           "scorecard": "question-prioritising-accounts", "postings": "real-postings-analysed"}
    for page, anchor_id in old.items():
        assert anchor_id in read_anchors(built_site / f"account-manager/{page}/index.html").ids, anchor_id


def test_every_linked_item_id_shares_a_word_with_its_title(site):
    assert drifted(site) == []


def test_a_drifted_id_is_named_with_file_and_line(data_copy):
    path = data_copy / "roles/account-manager/hiring.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: weak-grasp-of-metrics\n", "  - id: item-seven\n"), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("  - id: item-seven") + 1
    site = load_site(data_copy)
    index = [flag.id for flag in site.guides["account-manager"].hiring.red_flags].index("item-seven")
    assert [str(w) for w in drift_warnings(site, data_copy)] == [
        f"data/roles/account-manager/hiring.yml:{line} red_flags[{index}].id: id 'item-seven' shares no word with its "
        "title 'Weak grasp of metrics'; a link to it will not say where it goes: rename the id and list the old one "
        "under former_ids"]


def test_make_check_passes_the_real_data_without_a_warning(capsys):
    """In this process, where the data is read already (the command itself runs in the test below)."""
    assert check.main() == 0
    printed = capsys.readouterr()
    assert printed.out.startswith("data is valid: ") and "warning:" not in printed.err, printed.err


def test_make_check_prints_the_warning_and_still_passes(tmp_path):
    project = copy_project(tmp_path, fixture_data=True)
    path = project / "data/roles/account-manager/hiring.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - id: weak-grasp-of-metrics\n", "  - id: item-seven\n"), encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("  - id: item-seven") + 1
    index = [flag["id"] for flag in yaml.safe_load(path.read_text(encoding="utf-8"))["red_flags"]].index("item-seven")
    result = subprocess.run([sys.executable, "-m", "macros.cli.check"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("data is valid: ")
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: data/roles/account-manager/hiring.yml:{line} red_flags[{index}].id: id 'item-seven' shares "
                        "no word with its title 'Weak grasp of metrics'; a link to it will not say where it goes: "
                        "rename the id and list the old one under former_ids"], result.stderr
