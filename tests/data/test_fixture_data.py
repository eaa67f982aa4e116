"""The fixture data folder (tests/fixtures/data) that the rule tests break on purpose: valid under every rule
`load_site` enforces, complete (every data file of the registry) and small, so that each test loads it in a
moment."""
from helpers import FIXTURE_DATA, raw

from macros.data import registry
from macros.data.site import load_site

# The YAML files, and the occupations' JSON files, in bytes: the real data's YAML is about 630 KB.
YAML_BUDGET = 145_000
OCCUPATIONS_BUDGET = 360_000


def test_the_fixture_data_loads_without_a_problem():
    site = load_site(FIXTURE_DATA)
    assert site.guides.keys() == {"account-manager"} and site.drafts == []
    assert site.occupations and site.occupation_wages and site.occupation_release is not None


def test_every_data_file_of_the_registry_is_there():
    missing = [f.path for f in registry.SHARED if not (FIXTURE_DATA / f.path).is_file()]
    missing += [f"roles/account-manager/{f.path}" for f in registry.GUIDE
                if not (FIXTURE_DATA / "roles/account-manager" / f.path).is_file()]
    missing += [folder.path for folder in registry.FOLDERS if not (FIXTURE_DATA / folder.path).is_dir()]
    assert not missing, missing


def test_the_fixture_data_stays_small():
    size = sum(path.stat().st_size for path in FIXTURE_DATA.rglob("*.yml"))
    occupations = sum(path.stat().st_size for path in (FIXTURE_DATA / "occupations").rglob("*.json"))
    assert size <= YAML_BUDGET and occupations <= OCCUPATIONS_BUDGET, (size, occupations)


def test_the_laws_have_each_kind_the_rules_tell_apart():
    """A state law and a city law (with its locality), a dated change, a law giving pay on request only, a
    province with its own currency and a union with member states: the rules the tests break differ for each."""
    laws = raw("pay-transparency.yml", FIXTURE_DATA)["jurisdictions"]
    assert {"state", "city", "province", "union"} <= {law["kind"] for law in laws}
    assert all("locality" in law for law in laws if law["kind"] == "city")
    assert any(law.get("changes") for law in laws)
    assert {"posting", "on-request"} <= {law.get("duty", "posting") for law in laws}
    assert any(law.get("range", {}).get("currency") == "CAD" for law in laws)
    assert any(law.get("member_states") for law in laws)
