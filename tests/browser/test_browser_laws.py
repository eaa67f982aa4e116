"""The pay-transparency checklist and place matching in Chromium, read back as the user sees them: what the
place field understood, which laws the checklist lists on the posting date, the range verdicts, the remote
states, and the pay page's filter by place. Expected laws are read from the laws themselves (who covers what,
from when), written out here by hand."""
import pytest
from playwright.sync_api import expect

COMPOSER = "/account-manager/composer/"
PAY = "/account-manager/compensation/"


def open_composer(page, query=""):
    page.goto(COMPOSER + query)
    page.wait_for_selector("#composer[data-ready]")


def laws_listed(page):
    """The law headings of the checklist, in order."""
    return page.locator("#composer-checklist-body h4").all_inner_texts()


def checklist_text(page):
    return page.inner_text("#composer-checklist-body")


PLACES = [  # typed, understood, laws in force on 2026-12-07 for an office job there
    ("San Francisco", "Understood: San Francisco, California (San Francisco-Oakland-Fremont, CA metro area).",
     ["California"]),
    ("San Francisco, CA", "Understood: San Francisco, California (San Francisco-Oakland-Fremont, CA metro area).",
     ["California"]),
    ("denver, co", "Understood: Denver, Colorado (Denver-Aurora-Centennial, CO metro area).", ["Colorado"]),
    ("Denver, CO", "Understood: Denver, Colorado (Denver-Aurora-Centennial, CO metro area).", ["Colorado"]),
    ("NYC", "Understood: New York, New York (New York-Newark-Jersey City, NY-NJ metro area).",
     ["New York City", "New York State"]),
    ("New York, NY", "Understood: New York, New York (New York-Newark-Jersey City, NY-NJ metro area).",
     ["New York City", "New York State"]),
    ("Washington, DC", "Understood: Washington, District of Columbia (Washington-Arlington-Alexandria, "
     "DC-VA-MD-WV metro area).", ["Washington, DC"]),
    ("CO", "Understood: Colorado (the whole state).", ["Colorado"]),
    ("Colorado", "Understood: Colorado (the whole state).", ["Colorado"]),
    ("Denver-Aurora-Centennial, CO", "Understood: the Denver-Aurora-Centennial, CO metro area.", ["Colorado"]),
    ("Texas", "Understood: Texas (the whole state).", []),
]


@pytest.mark.parametrize("typed, understood, laws", PLACES, ids=[p[0] for p in PLACES])
def test_each_spelling_of_a_place_is_understood_and_gets_its_laws(page, typed, understood, laws):
    open_composer(page, "?level=mid&arrangement=office&date=2026-12-07")
    page.fill("#composer-place", typed)
    assert page.inner_text("#composer-place-note") == understood
    assert laws_listed(page) == laws
    if not laws:
        assert "None of the laws this guide tracks covers this posting." in checklist_text(page)
    assert "Location: [Location]" not in page.inner_text("#composer-preview")


def test_a_city_prints_as_understood_and_scales_the_pay_to_its_metro_area(page):
    open_composer(page, "?level=senior&arrangement=office&place=0035620")
    by_area_name = page.input_value("#composer-pay")
    open_composer(page, "?level=senior&arrangement=office&place=New%20York%2C%20NY")
    assert "Location: New York, New York." in page.inner_text("#composer-preview")
    assert page.input_value("#composer-pay") == by_area_name != ""
    open_composer(page, "?level=senior&arrangement=office")
    assert page.input_value("#composer-pay") != by_area_name, "the national band differs, so the place was used"


def test_a_metro_spanning_states_applies_each_state_until_one_is_chosen(page):
    open_composer(page, "?level=mid&arrangement=office&date=2026-12-07")
    page.fill("#composer-place", "New York-Newark-Jersey City, NY-NJ")
    assert laws_listed(page) == ["New York State", "New Jersey"]
    assert "The job's state is not chosen yet, so each state's law is listed: New York and New Jersey." in checklist_text(page)
    assert page.locator("#composer-place_state").is_visible()
    page.select_option("#composer-place_state", "NJ")
    assert laws_listed(page) == ["New Jersey"]
    assert "state=NJ" in page.evaluate("location.search")
    page.reload()
    page.wait_for_selector("#composer[data-ready]")
    assert page.input_value("#composer-place_state") == "NJ" and laws_listed(page) == ["New Jersey"]


def test_a_city_ordinance_is_asked_about_only_where_one_exists_and_applies_when_ticked(page):
    open_composer(page, "?level=mid&arrangement=office&date=2026-12-07&place=0035620")
    questions = page.locator("[data-field=localities] label").all_inner_texts()
    assert [q.strip() for q in questions] == ["In New York City (New York City's law)", "In Jersey City (Jersey City's law)"]
    page.get_by_label("In Jersey City (Jersey City's law)").check()
    assert laws_listed(page) == ["New York State", "New Jersey", "Jersey City"]
    page.select_option("#composer-place_state", "NY")
    assert laws_listed(page) == ["New York State"], "Jersey City is in New Jersey"
    page.fill("#composer-place", "Denver, CO")
    assert not page.locator("[data-field=localities]").is_visible()
    page.fill("#composer-place", "Jersey City")
    assert laws_listed(page) == ["New Jersey", "Jersey City"] and not page.locator("[data-field=localities]").is_visible()


def test_the_posting_date_decides_columbus_enforced_from_2027_01_01(page):
    open_composer(page, "?level=mid&arrangement=office&place=Columbus%2C%20OH&date=2026-12-31")
    assert laws_listed(page) == []
    text = checklist_text(page)
    assert "For a posting dated December 31, 2026." in text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[1:] == ["Starting within twelve months of the posting date:",
                         "Columbus, enforced from 2027-01-01: Pay or pay range; Range set in good faith"]
    page.fill("#composer-posting_date", "2027-01-01")
    assert laws_listed(page) == ["Columbus"]
    assert "Starting within twelve months" not in checklist_text(page)
    assert "date=2027-01-01" in page.evaluate("location.search")


def test_the_posting_date_defaults_to_today(page):
    open_composer(page, "?level=mid")
    today = page.evaluate("new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10)")
    assert page.input_value("#composer-posting_date") == today


@pytest.mark.parametrize("typed", ["Colorado", "CO", "colorado"])
def test_a_remote_posting_names_states_by_name_or_code_and_prints_names(page, typed):
    open_composer(page, "?level=mid&arrangement=remote&remote_area=states&date=2026-12-07&fill-company-name=Northwind")
    page.fill("#composer-remote_states", f"{typed}, NJ")
    assert laws_listed(page) == ["Colorado", "New Jersey"]
    assert page.inner_text("#composer-remote_states-note") == "Understood: Colorado and New Jersey."
    assert "Colorado and New Jersey" in page.inner_text("#composer-preview")


def test_a_remote_state_that_is_not_a_state_is_named_and_the_posting_not_copied(page):
    open_composer(page, "?level=mid&arrangement=remote&remote_area=states&fill-company-name=Northwind")
    page.fill("#composer-remote_states", "Colorado, Atlantis")
    note = page.inner_text("#composer-remote_states-note")
    assert note.startswith("Not a state: “Atlantis”.")
    page.evaluate("navigator.clipboard.writeText('before')")
    page.locator('#composer [data-copy="text"]').click()
    assert "Can't copy yet: “Atlantis” is not a state." in page.locator("#composer .rg-status").inner_text()
    assert page.evaluate("navigator.clipboard.readText()") == "before"
    page.fill("#composer-remote_states", "Colorado")
    page.locator('#composer [data-copy="text"]').click()
    page.locator("#composer .rg-status").filter(has_text="Copied plain text").wait_for()
    assert "Colorado" in page.evaluate("navigator.clipboard.readText()")


RANGES = [  # (place, state chosen, pay typed, law, verdict)
    ("0035620", "NJ", "$100,000–$160,000", "New Jersey", "Range fits"),
    ("0035620", "NJ", "$100,000–$161,000", "New Jersey", "Range refused"),
    ("Baltimore, MD", "", "$30–$40 an hour", "Maryland", "Range fits"),
    ("Baltimore, MD", "", "$30+ an hour", "Maryland", "Range refused"),
    ("Denver, CO", "", "$90,000–$120,000", "Colorado", "Range fits"),
    ("Denver, CO", "", "$90,000 and up", "Colorado", "Range refused"),
]


@pytest.mark.parametrize("place, state, pay, law, verdict", RANGES, ids=[f"{r[3]} {r[2]}" for r in RANGES])
def test_the_typed_range_is_checked_against_each_law_by_name(page, place, state, pay, law, verdict):
    open_composer(page, f"?level=mid&arrangement=office&date=2026-12-07&place={place}" + (f"&state={state}" if state else ""))
    page.fill("#composer-pay", pay)
    items = page.locator("#composer-checklist-body li").all_inner_texts()
    found = [i for i in items if i.startswith(("Range fits", "Range refused"))]
    assert len(found) == 1 and found[0].startswith(f"{verdict}: {law}'s range rules"), items


def test_the_pay_page_filter_reads_places_as_the_composer_does(page):
    page.goto(PAY)
    box = page.locator("#bls-metro-filter")

    def shown():
        return page.locator("#bls-metros tbody tr:not([hidden]) th").all_inner_texts()

    box.fill("CO")
    # The list of places is fetched when the box is first used: the rows are read once the place is understood.
    expect(page.locator(".rg-filter-count")).to_contain_text("Understood: Colorado (the whole state).")
    rows = shown()
    assert "Colorado (state)" in rows and "Denver-Aurora-Centennial, CO" in rows
    assert all(r == "Colorado (state)" or r.endswith(", CO") for r in rows), rows
    box.fill("NYC")
    assert shown() == ["New York-Newark-Jersey City, NY-NJ"]
    box.fill("denver, co")
    assert shown() == ["Denver-Aurora-Centennial, CO"]
    box.fill("Colorado")
    assert "Colorado (state)" in shown()
