"""The posting composer for any occupation and the comparison of two, in Chromium: what the page shows and what
the clipboard holds, checked against the committed data read here on its own (data/occupations/*.json as JSON,
not through the site's code): the occupation's core tasks and the place's 25th and 75th percentiles."""
import html as html_module
import json
import re
from urllib.parse import quote

from conftest import ROOT, becomes, job_posting_errors
from test_browser_composer import LABELS, READ_HTML, checklist

COMPOSER = "/occupations/composer/"
COMPARE = "/occupations/compare/"
DATA = ROOT / "data" / "occupations"
NATIONAL = "0000000"


def occupation(page_id):
    return json.loads((DATA / f"{page_id}.json").read_text(encoding="utf-8"))


def wages(page_id):
    """{area code: {figure: value}} of the occupation's OEWS rows, read straight from the committed file: a figure
    BLS withholds is None there, with its footnote code under "footnotes"."""
    raw = json.loads((DATA / "wages" / f"{occupation(page_id)['oews_soc']}.json").read_text(encoding="utf-8"))
    names = ("employment", "p10", "p25", "median", "p75", "p90", "mean")
    found = {}
    for row in raw["rows"]:
        figures = dict(zip(names, row[1:]))
        found[row[0]] = {name: None if isinstance(v, str) else v for name, v in figures.items()} | {
            "area": row[0], "footnotes": {name: v for name, v in figures.items() if isinstance(v, str)}}
    return found


def release():
    return json.loads((DATA / "release.json").read_text(encoding="utf-8"))


def areas():
    return {a["code"]: a for a in release()["areas"]}


def element_name(element_id):
    return next(e["name"] for e in release()["elements"] if e["id"] == element_id)


def core_tasks(page_id):
    return [t["text"] for t in occupation(page_id)["tasks"] if t["type"] == "Core"]


def money(amount):
    return f"${amount:,}"


def open_composer(page, query=""):
    page.goto(COMPOSER + query)
    page.wait_for_selector("#composer[data-ready]")
    if "occ=" in query:
        assert becomes(page, "document.getElementById('composer-occupation-note').textContent.startsWith('Writing')", True)


def copy(page, kind):
    page.evaluate("document.querySelector('#composer .rg-status').textContent = ''")
    page.locator(f'#composer [data-copy="{kind}"]').click()
    page.locator("#composer .rg-status").filter(has_text=f"Copied {LABELS[kind]}").wait_for()
    return page.evaluate(READ_HTML) if kind == "html" else page.evaluate("navigator.clipboard.readText()")


def section(text, heading, next_heading):
    """The lines of a plain-text copy between two section headings."""
    return text.split(f"\n{heading}\n", 1)[1].split(f"\n\n{next_heading}\n", 1)[0].splitlines()


def json_ld(page):
    return json.loads(re.search(r">(.*)</script>", copy(page, "jsonld"), re.S).group(1))


# --- three occupations in three places ---------------------------------------------------------

NURSE, DEVELOPER, TRUCK_DRIVER = "29-1141", "15-1252", "53-3032"
DENVER, NEW_YORK, TEXAS = "0019740", "0035620", "4800000"


def test_a_registered_nurse_in_denver(page):
    open_composer(page, f"?occ={NURSE}")
    page.fill("#composer-place", "Denver-Aurora-Centennial, CO")
    page.fill("#composer-fill-company-name", "Northwind Health")
    row = wages(NURSE)[DENVER]
    expected = f"{money(row['p25'])}–{money(row['p75'])}"
    assert page.input_value("#composer-pay") == expected
    note = page.inner_text("#composer-pay-note")
    assert "middle half" in note and "25th to 75th percentiles" in note and "Denver-Aurora-Centennial, CO" in note
    assert "May 2025" in note and money(row["median"]) in note
    text = copy(page, "text")
    assert text.startswith("Registered Nurse (RN)\n")
    assert section(text, "What you'll do", "What you'll need") == [f"• {t}" for t in core_tasks(NURSE)[:8]]
    assert f"Base salary: {expected} a year." in text
    assert "Location: Denver-Aurora-Centennial, CO." in text
    assert "middle half" not in text and "percentile" not in text, "the method stays beside the field"
    found = checklist(page)
    assert found["Colorado"]["Application deadline"] == "Missing" and found["Colorado"]["Pay or pay range"] == "Shown"
    page.fill("#composer-deadline", "2027-01-15")
    assert checklist(page)["Colorado"]["Application deadline"] == "Shown"
    markdown, formatted = copy(page, "markdown"), html_module.unescape(copy(page, "html"))
    assert markdown.startswith("# Registered Nurse (RN)\n") and f"- {core_tasks(NURSE)[0]}" in markdown.replace("\\", "")
    assert formatted.startswith("<h2>Registered Nurse (RN)</h2>") and f"<li>{core_tasks(NURSE)[0]}</li>" in formatted
    posting = json_ld(page)
    assert posting["occupationalCategory"]["codeValue"] == NURSE
    assert posting["baseSalary"]["value"]["minValue"] == row["p25"] and posting["baseSalary"]["value"]["maxValue"] == row["p75"]
    assert posting["jobLocation"]["address"]["addressRegion"] == "CO"
    assert posting["educationRequirements"]["credentialCategory"] == "bachelor degree"


def test_a_software_developer_in_new_york(page):
    open_composer(page, f"?occ={DEVELOPER}&fill-company-name=Northwind")
    page.fill("#composer-place", "New York, NY")  # the city: its metro area's pay, and the city's law as well as the state's
    row = wages(DEVELOPER)[NEW_YORK]
    assert page.input_value("#composer-pay") == f"{money(row['p25'])}–{money(row['p75'])}"
    found = checklist(page)
    assert {"New York City", "New York State"} <= set(found)
    assert found["New York City"]["Range with both ends"] == "Shown"
    page.fill("#composer-pay", f"${row['p90'] + 10_000:,}–${row['p90'] + 50_000:,}")
    assert page.inner_text("#composer-pay-note").startswith(
        f"This range goes above what BLS observed for Software Developers in New York-Newark-Jersey City, NY-NJ: "
        f"{money(row['p10'])}–{money(row['p90'])} (10th–90th percentiles).")
    page.fill("#composer-pay", "$150,000+")
    assert checklist(page)["New York City"]["Range with both ends"] == "Missing"
    text = copy(page, "text")
    assert text.startswith("Software Developer\n")
    assert section(text, "What you'll do", "What you'll need") == [f"• {t}" for t in core_tasks(DEVELOPER)[:8]]
    assert "Base salary: $150,000+ a year." in text
    assert json_ld(page)["occupationalCategory"]["codeValue"] == DEVELOPER


def occupations_titled(title):
    """The page ids of the occupations whose alternate or reported titles include `title` (any case)."""
    return sorted(p.stem for p in DATA.glob("*.json") if p.stem != "release" and title.lower() in
                  {t["title"].lower() for t in occupation(p.stem)["alternate_titles"] + occupation(p.stem)["reported_titles"]})


def test_a_truck_driver_in_texas_picked_by_an_alternate_title(page):
    assert occupations_titled("Tractor Trailer Driver") == [TRUCK_DRIVER], "one occupation: typing it picks that one"
    open_composer(page)
    page.fill("#composer-occupation", "tractor trailer driver")
    assert becomes(page, "document.getElementById('composer-occupation-note').textContent",
                   "Writing a posting for Heavy and Tractor-Trailer Truck Drivers (O*NET-SOC 53-3032.00), "
                   "the occupation O*NET files “Tractor Trailer Driver” under.")
    assert page.input_value("#composer-job_title") == "Tractor Trailer Driver"
    page.fill("#composer-place", "Texas")
    row = wages(TRUCK_DRIVER)[TEXAS]
    assert page.input_value("#composer-pay") == f"{money(row['p25'])}–{money(row['p75'])}"
    assert "in Texas" in page.inner_text("#composer-pay-note")
    assert "None of the laws" in page.inner_text("#composer-checklist-body")
    page.fill("#composer-fill-company-name", "Northwind Freight")
    text = copy(page, "text")
    assert section(text, "What you'll do", "What you'll need") == [f"• {t}" for t in core_tasks(TRUCK_DRIVER)[:8]]
    assert "Location: Texas." in text and "occ=53-3032" in page.url and "as=Tractor+Trailer+Driver" in page.url


def withheld_metro():
    """The first occupation and metro area (by id, then area code) where BLS withholds the metro's 25th percentile
    but publishes its state's."""
    known = areas()
    for path in sorted(DATA.glob("*.json")):
        if path.stem == "release" or not occupation(path.stem)["oews_soc"]:
            continue
        rows = wages(path.stem)
        for code, row in sorted(rows.items()):
            state = rows.get(known[code]["state"] + "00000", {})
            if known[code]["kind"] == "metro" and row["p25"] is None and state.get("p25") is not None:
                return path.stem, code, row, state
    raise AssertionError("no metro area with its 25th percentile withheld")


def test_a_metro_whose_figures_bls_withholds_gets_its_state_and_says_so(page):
    page_id, metro, row, state = withheld_metro()
    known = areas()
    open_composer(page, f"?occ={page_id}&place={metro}")
    assert page.input_value("#composer-pay") == f"{money(state['p25'])}–{money(state['p75'])}"
    note = page.inner_text("#composer-pay-note")
    assert f"in {known[known[metro]['state'] + '00000']['name']}:" in note
    assert f"For {known[metro]['name']}, BLS withholds them (footnote {row['footnotes']['p25']}" in note


def test_a_title_many_occupations_share_lists_them(page):
    wanted = "staff nurse"
    sharing = [occupation(page_id)["title"] for page_id in occupations_titled(wanted)]
    assert len(sharing) > 1
    open_composer(page)
    page.fill("#composer-occupation", wanted)
    assert becomes(page, "document.getElementById('composer-occupation-note').textContent.includes('Pick one')", True)
    note = page.inner_text("#composer-occupation-note")
    assert f"under {len(sharing)} occupations" in note and all(title in note for title in sharing)
    options = page.evaluate("[...document.querySelectorAll('#composer-occupations option')].map(o => o.value)")
    assert {f"Staff Nurse — {title}" for title in sharing} <= set(options)


# --- what the user types stays ----------------------------------------------------------------

def test_edits_to_duties_requirements_title_and_pay_are_never_overwritten(page):
    open_composer(page, f"?occ={NURSE}&place={DENVER}")
    tasks = core_tasks(NURSE)
    page.get_by_label("Duty 2", exact=True).fill("Run the night shift's handover")
    page.get_by_label("Keep duty 1", exact=True).uncheck()
    page.get_by_label("Keep duty 9", exact=True).check()
    page.get_by_label("Move duty 3 up", exact=True).click()
    page.fill("#composer-job_title", "Night Charge Nurse")
    page.get_by_label("Requirement 1", exact=True).fill("An active Colorado RN license")
    page.fill("#composer-pay", "$90,000–$120,000")
    duties = ["• " + d for d in (tasks[2], "Run the night shift's handover", *tasks[3:9])]
    text = copy(page, "text")
    assert section(text, "What you'll do", "What you'll need") == duties
    assert text.startswith("Night Charge Nurse\n") and "• An active Colorado RN license" in text
    page.fill("#composer-place", "Texas")
    page.fill("#composer-occupation", "Software Developers")
    assert becomes(page, "document.getElementById('composer-occupation-note').textContent.includes('Software Developers')", True)
    assert page.input_value("#composer-job_title") == "Night Charge Nurse"
    assert page.input_value("#composer-pay") == "$90,000–$120,000"
    assert page.locator("#composer-duties-offer").is_visible() and page.locator("#composer-pay-suggestion").is_visible()
    text = copy(page, "text")
    assert section(text, "What you'll do", "What you'll need") == duties
    page.reload()
    page.wait_for_selector("#composer[data-ready]")
    assert becomes(page, "document.getElementById('composer-occupation-note').textContent.startsWith('Writing')", True)
    text = copy(page, "text")
    assert section(text, "What you'll do", "What you'll need") == duties, "the link keeps the edited duties"
    assert text.startswith("Night Charge Nurse\n") and "Base salary: $90,000–$120,000 a year." in text
    page.locator("#composer-duties-offer button").click()
    text = copy(page, "text")
    assert section(text, "What you'll do", "What you'll need") == [f"• {t}" for t in core_tasks(DEVELOPER)[:8]]


def test_hostile_text_in_every_field_is_shown_as_typed(page):
    hostile = '</script><img src=x onerror=alert(1)> [Apply](https://evil.invalid) "quoted" {{ x }}'
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_composer(page, f"?occ={NURSE}&place={DENVER}")
    page.fill("#composer-job_title", hostile)
    page.get_by_label("Duty 1", exact=True).fill(hostile)
    page.fill("#composer-fill-company-name", hostile)
    page.fill("#composer-about", hostile)
    preview = page.locator("#composer-preview")
    assert preview.locator("img, a, script").count() == 0
    assert preview.inner_text().count(hostile) >= 3
    text, markdown, formatted = copy(page, "text"), copy(page, "markdown"), copy(page, "html")
    assert text.startswith(hostile + "\n") and f"• {hostile}" in text
    assert "<img" not in formatted and "&lt;img src=x" in formatted
    assert "[Apply\\](https\\://evil\\.invalid)" in markdown
    script = copy(page, "jsonld")
    body = re.fullmatch(r'<script type="application/ld\+json">(.*)</script>\n', script, re.S).group(1)
    assert "</script" not in body and "<img" not in body and json.loads(body)["title"] == hostile
    page.goto(COMPOSER + "?occ=%3Cimg%20src%3Dx%3E&as=%3Cb%3Ebold%3C%2Fb%3E")
    page.wait_for_selector("#composer[data-ready]")
    assert becomes(page, "document.getElementById('composer-occupation-note').textContent.includes('no occupation')", True)
    assert page.locator("#composer img, #composer b").count() == 0
    assert not dialogs


# --- JSON-LD ----------------------------------------------------------------------------------

def test_json_ld_of_three_occupations_passes_the_job_posting_rules(page, tmp_path):
    scripts = {}
    for page_id, place in ((NURSE, DENVER), (DEVELOPER, NEW_YORK), (TRUCK_DRIVER, TEXAS)):
        open_composer(page, f"?occ={page_id}&place={place}&fill-company-name=Northwind&deadline=2027-01-15")
        scripts[page_id] = copy(page, "jsonld")
        assert json.loads(re.search(r">(.*)</script>", scripts[page_id], re.S).group(1))["occupationalCategory"]["codeValue"] == page_id
    errors = job_posting_errors(scripts, tmp_path)
    assert not errors, errors


# --- comparing two occupations -------------------------------------------------------------------

def compare_cells(page):
    """{row heading: [first occupation's cell, second's]} as the page shows them."""
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('#compare-table tbody tr')].map(tr =>
        [tr.querySelector('th').textContent, [...tr.querySelectorAll('td')].map(td => td.innerText)]))""")


def test_the_comparison_shows_both_occupations_from_a_link(page):
    page.goto(f"{COMPARE}?a={NURSE}&b={DEVELOPER}")
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
    heads = page.locator("#compare-table th[scope=col]").all_inner_texts()
    assert heads[0].startswith("Registered Nurses (29-1141.00)") and heads[1].startswith("Software Developers (15-1252.00)")
    cells = compare_cells(page)
    for i, page_id in enumerate((NURSE, DEVELOPER)):
        national, record = wages(page_id)[NATIONAL], occupation(page_id)
        pay = cells["Pay (BLS OEWS)"][i]
        assert pay.startswith("United States, yearly wages")
        assert f"Median: {money(national['median'])}" in pay and f"25th percentile: {money(national['p25'])}" in pay
        assert cells["Core tasks (O*NET)"][i].startswith(core_tasks(page_id)[0])
        assert cells["Most important skills (O*NET)"][i].startswith(element_name(record["skills"][0]["id"]))
        assert f"Typical entry education (BLS): {record['projections']['education']}" in cells["Education and experience"][i]
        employment = round(record["projections"]["employment_2034"] * 1000)
        assert f"Employment 2034: {employment:,}" in cells["Outlook 2024–2034 (BLS)"][i]
    link = page.get_by_role("link", name="Write a posting").first
    assert link.get_attribute("href").endswith(f"?occ={NURSE}")


def test_the_comparison_by_picking_titles_and_the_link_it_keeps(page):
    page.goto(COMPARE)
    page.wait_for_selector("#compare[data-ready]")
    page.fill("#compare-a", "tractor trailer driver")
    page.fill("#compare-b", "Software Developers")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
    assert page.evaluate("location.search") in (f"?a={TRUCK_DRIVER}&b={DEVELOPER}",)
    assert "Heavy and Tractor-Trailer Truck Drivers" in page.inner_text("#compare-table")


def test_the_comparison_names_a_gap_instead_of_filling_it(page):
    """41-3091 is preliminary in O*NET 30.1: no skills ratings, which the page says in the data's own words."""
    gap = occupation("41-3091")["gaps"]["skills"]
    page.goto(f"{COMPARE}?a=41-3091&b={NURSE}")
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
    assert compare_cells(page)["Most important skills (O*NET)"][0] == gap


def test_an_unknown_occupation_in_a_link_is_named(page):
    page.goto(f"{COMPARE}?a=99-9999&b={NURSE}")
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.getElementById('compare-a-note').textContent.includes('no occupation')", True)
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 1)


# --- accessibility -------------------------------------------------------------------------------

def test_both_pages_in_use_have_no_serious_violations_and_every_control_is_reached(page):
    from sweep import axe_violations
    from test_accessibility import unreachable_controls

    open_composer(page, f"?occ={NURSE}&place={DENVER}&arrangement=remote&remote_area=states&variable=commission")
    page.get_by_label("Duty 1", exact=True).fill("Example & <Co>")
    assert not axe_violations(page)
    assert not unreachable_controls(page, "#composer")
    page.goto(f"{COMPARE}?a={NURSE}&b=41-3091")
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
    assert not axe_violations(page)


def test_the_composer_without_the_place_index_says_so_and_uses_the_nation(page):
    """The place index is a file of its own: when it cannot be loaded, the composer still works, says that places
    are not recognized, and suggests the national middle half."""
    page.route("**/assets/place-index.json", lambda route: route.fulfill(status=404, body="gone"))
    open_composer(page, f"?occ={NURSE}")
    page.fill("#composer-place", "Denver")
    assert "could not be loaded" in page.inner_text("#composer-place-note")
    national = wages(NURSE)[NATIONAL]
    assert page.input_value("#composer-pay") == f"{money(national['p25'])}–{money(national['p75'])}"


# --- hourly-only occupations ---------------------------------------------------------------------

ACTORS, MUSICIANS = "27-2011", "27-2042"


def hourly(page_id):
    """{area code: [area, p10, p25, median, p75, p90, mean]}: the hourly rows of the committed wages file, where BLS
    publishes only hourly wages."""
    raw = json.loads((DATA / "wages" / f"{occupation(page_id)['oews_soc']}.json").read_text(encoding="utf-8"))
    return {row[0]: row for row in raw["hourly"]}


def footnote(code):
    return next(f["text"] for f in release()["oews"]["footnotes"] if f["code"] == code)


def test_an_hourly_only_occupation_gets_an_hourly_range_and_the_checklist_reads_hourly_ranges(page):
    """Actors in New York: BLS publishes their wages by the hour only (footnote 4 on the yearly figures)."""
    assert wages(ACTORS)[NEW_YORK]["footnotes"]["p25"] == "4"
    row = hourly(ACTORS)[NEW_YORK]
    expected = f"${row[2]:.2f}–${row[4]:.2f} an hour"
    open_composer(page, f"?occ={ACTORS}&place={NEW_YORK}&in=nyc")
    page.fill("#composer-fill-company-name", "Northwind Theater")
    assert page.input_value("#composer-pay") == expected
    note = page.inner_text("#composer-pay-note")
    assert "the middle half of hourly pay for Actors in New York-Newark-Jersey City, NY-NJ" in note
    assert "25th to 75th percentiles" in note and f"(median ${row[3]:.2f})" in note
    assert f"“{footnote('4')}” (BLS footnote 4)" in note
    text = copy(page, "text")
    assert f"Base pay: {expected}." in text
    salary = json_ld(page)["baseSalary"]["value"]
    assert (salary["minValue"], salary["maxValue"], salary["unitText"]) == (row[2], row[4], "HOUR")
    assert checklist(page)["New York City"]["Range with both ends"] == "Shown"
    page.fill("#composer-pay", "$25.50 - $35 per hour")
    assert "Can't check" not in page.inner_text("#composer-pay-note")
    assert "Base pay: $25.50 - $35 per hour." in copy(page, "text")
    salary = json_ld(page)["baseSalary"]["value"]
    assert (salary["minValue"], salary["maxValue"], salary["unitText"]) == (25.5, 35, "HOUR")
    found = checklist(page)
    assert found["New York City"]["Range with both ends"] == found["New York State"]["Range with both ends"] == "Shown"
    page.fill("#composer-pay", "$25+ an hour")
    assert checklist(page)["New York City"]["Range with both ends"] == "Missing"
    assert "no upper end" in page.inner_text("#composer-pay-note")


def test_an_hourly_only_occupation_where_bls_withholds_the_place_gets_the_nation_by_the_hour(page):
    assert wages(ACTORS)[DENVER]["footnotes"]["p25"] == "8" and DENVER not in hourly(ACTORS)
    national = hourly(ACTORS)[NATIONAL]
    open_composer(page, f"?occ={ACTORS}&place={DENVER}")
    assert page.input_value("#composer-pay") == f"${national[2]:.2f}–${national[4]:.2f} an hour"
    note = page.inner_text("#composer-pay-note")
    assert "hourly pay for Actors in the United States" in note
    assert f"For Denver-Aurora-Centennial, CO, BLS withholds them (footnote 8: {footnote('8')})" in note


# --- the comparison in a place ---------------------------------------------------------------------

def pay_cells(page):
    return compare_cells(page)["Pay (BLS OEWS)"]


def test_the_comparison_in_two_places_typed_as_people_say_them_and_kept_in_the_link(page):
    page.goto(f"{COMPARE}?a={NURSE}&b={DEVELOPER}")
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
    for typed, area, name in (("Denver", DENVER, "Denver-Aurora-Centennial, CO"),
                              ("NYC", NEW_YORK, "New York-Newark-Jersey City, NY-NJ")):
        page.fill("#compare-place", typed)
        assert page.inner_text("#compare-place-note").startswith(f"Understood: ") and name in page.inner_text("#compare-place-note")
        for i, page_id in enumerate((NURSE, DEVELOPER)):
            row, cell = wages(page_id)[area], pay_cells(page)[i]
            assert cell.startswith(f"{name}, yearly wages"), cell
            assert f"Median: {money(row['median'])}" in cell and f"75th percentile: {money(row['p75'])}" in cell, cell
            assert f"Employment: {row['employment']:,}" in cell
        assert page.evaluate("location.search") == f"?a={NURSE}&b={DEVELOPER}&place={typed}"
    link = page.evaluate("location.href")
    page.goto("about:blank")
    page.goto(link)
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
    assert page.input_value("#compare-place") == "NYC"
    assert f"Median: {money(wages(DEVELOPER)[NEW_YORK]['median'])}" in pay_cells(page)[1]


def test_the_comparison_falls_back_to_the_state_then_the_nation_and_labels_each(page):
    page_id, metro, row, state = withheld_metro()
    known = areas()
    state_name = known[known[metro]["state"] + "00000"]["name"]
    page.goto(f"{COMPARE}?a={page_id}&place={metro}")
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 1)
    assert page.input_value("#compare-place") == known[metro]["name"]
    cell = pay_cells(page)[0]
    assert cell.startswith(f"{state_name} (state figures), yearly wages"), cell
    assert f"For {known[metro]['name']}, BLS withholds them (footnote {row['footnotes']['p25']}" in cell
    assert f"Median: {money(state['median'])}" in cell
    # Actors in Denver: BLS withholds the metro area and the state, and gives the nation by the hour only.
    page.goto(f"{COMPARE}?a={ACTORS}&b={MUSICIANS}&place=Denver")
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
    actors, musicians = pay_cells(page)
    national, own = hourly(ACTORS)[NATIONAL], hourly(MUSICIANS)[DENVER]
    assert actors.startswith("United States (national figures), hourly wages"), actors
    assert f"Median: ${national[3]:.2f} an hour" in actors and "For Colorado, BLS withholds them (footnote 8" in actors
    assert musicians.startswith("Denver-Aurora-Centennial, CO, hourly wages"), musicians
    assert f"25th percentile: ${own[2]:.2f} an hour" in musicians and footnote("4") in musicians


def test_a_place_in_a_comparison_link_that_names_nothing_gets_a_note_and_the_nation(page):
    hostile = '<img src=x onerror="document.title=1">'
    for value in (hostile, "9999999", "Atlantis"):
        page.goto(f"{COMPARE}?a={NURSE}&b={DEVELOPER}&place={quote(value)}")
        page.wait_for_selector("#compare[data-ready]")
        assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
        note = page.inner_text("#compare-place-note")
        assert f"“{value}” is not a city, state or metro area this site knows" in note and "the nation's" in note
        assert page.input_value("#compare-place") == value
        assert all(cell.startswith("United States, yearly wages") for cell in pay_cells(page))
        assert page.locator("#compare img").count() == 0 and page.title() != "1"


def test_the_comparison_without_the_place_index_says_so_and_shows_the_nation(page):
    page.route("**/assets/place-index.json", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(f"{COMPARE}?a={NURSE}&b={DEVELOPER}&place=Denver")
    page.wait_for_selector("#compare[data-ready]")
    assert becomes(page, "document.querySelectorAll('#compare-table th[scope=col]').length", 2)
    assert "could not be loaded" in page.inner_text("#compare-place-note")
    assert all(cell.startswith("United States, yearly wages") for cell in pay_cells(page))
