"""Suggested pay for a level in a place, checked against figures read by hand from the committed data.

The hand-worked examples use data/wages/oews.yml (BLS OEWS, May 2025) and the guides' bands in
data/roles/account-manager/compensation.yml; each number below was copied from those files, not computed.
"""
from types import SimpleNamespace as NS

import pytest

from helpers import FIXTURES, raw
from macros.domain import pay
from macros.data.models.base import MoneyRange
from macros.data.models.wages import AreaWages, Footnote, Occupation, WageArea, WagesFile

NEW_YORK_METRO = "0035620"


def test_senior_in_new_york_by_hand(site):
    # senior base band $85,000-$120,000 (2026 guide); 41-3091 median $93,750 in the New York metro
    # area and $69,990 nationally: 85,000 x 93,750 / 69,990 = 113,856 -> $114,000; 120,000 x ... = 160,737 -> $161,000
    factor = pay.place_factor(site.wages, "41-3091", NEW_YORK_METRO)
    assert (factor.median, factor.national_median, factor.from_state) == (93_750, 69_990, False)
    band, assigned = pay.band_for_level(site.guides["account-manager"].compensation, "senior")
    assert (band.base.min, band.base.max, assigned) == (85_000, 120_000, None)
    assert pay.median_ratio_range(band.base, factor) == (114_000, 161_000)
    # by percentile: 85,000 sits 0.4923 of the way from the national median to the 75th percentile
    # (69,990 -> 100,480); New York's same point is 93,750 + 0.4923 x 40,250 = 113,565 -> $114,000.
    # 120,000 sits 0.4036 from the 75th to the 90th (100,480 -> 148,840): 134,000 + 0.4036 x 42,300 = 151,074
    assert pay.suggested_range(band.base, factor) == (114_000, 151_000)


def test_the_suggestion_is_not_the_metro_figure_for_all_levels(site):
    """The guides' New York figure ($65,000-$85,000) covers every level; a senior is priced above it."""
    factor = pay.place_factor(site.wages, "41-3091", NEW_YORK_METRO)
    comp = site.guides["account-manager"].compensation
    senior = pay.suggested_range(pay.band_for_level(comp, "senior")[0].base, factor)
    mid = pay.suggested_range(pay.band_for_level(comp, "mid")[0].base, factor)
    enterprise = pay.suggested_range(pay.band_for_level(comp, "enterprise")[0].base, factor)
    assert senior[0] > 85_000 and enterprise[0] > mid[1] > mid[0]


def test_no_place_means_the_national_band(site):
    band, _ = pay.band_for_level(site.guides["account-manager"].compensation, "mid")
    assert pay.suggested_range(band.base, None) == (60_000, 85_000)


def test_every_level_has_a_band_and_global_says_which(site):
    comp = site.guides["account-manager"].compensation
    for level in site.guides["account-manager"].levels.levels:
        band, _ = pay.band_for_level(comp, level.id)
        assert band is not None, level.id
    band, assigned = pay.band_for_level(comp, "global")
    assert band.id == "strategic-enterprise" and assigned.reason


def test_the_primary_occupation_is_the_first_the_profile_names(site):
    assert pay.primary_soc(site, "account-manager") == "41-3091"


@pytest.mark.parametrize("amount, expected", [(113_499, 113_000), (113_500, 114_000), (113_501, 114_000),
                                              (500, 1_000), (499.99, 0), (2_500, 3_000)])
def test_rounding_is_half_up_to_the_nearest_thousand(amount, expected):
    assert pay.round_thousand(amount) == expected


def _wages(rows, areas):
    return WagesFile.model_construct(
        release="May 2025", published="2026-05-15", publisher="BLS", source="bls-oews-2025", currency="USD",
        period="year", package=None, source_files=[], footnotes=[Footnote(code="8", text="Estimate not released.")],
        occupations=[Occupation(soc="41-3091", title="Sales representatives of services")],
        areas=areas, industries=[], by_area=rows, by_industry=[])


def _row(area, median):
    """A wage row with only the median that the factor reads (None: withheld)."""
    return AreaWages.model_construct(soc="41-3091", area=area, median=median, employment=None, footnotes={})


def test_a_withheld_metro_median_falls_back_to_its_state():
    areas = [WageArea(code="0000000", kind="national", name="U.S.", state="00"),
             WageArea(code="3600000", kind="state", name="New York", state="36"),
             WageArea(code="0010580", kind="metro", name="Albany, NY", state="36")]
    rows = [_row("0000000", 50_000), _row("3600000", 60_000), _row("0010580", None)]
    factor = pay.place_factor(_wages(rows, areas), "41-3091", "0010580")
    assert factor.from_state and factor.basis.name == "New York" and factor.ratio == 1.2
    assert pay.suggested_range(MoneyRange(min=60_000, max=85_000), factor) == (72_000, 102_000)


def test_no_factor_where_bls_publishes_neither_the_place_nor_its_state():
    areas = [WageArea(code="0000000", kind="national", name="U.S.", state="00"),
             WageArea(code="0010580", kind="metro", name="Albany, NY", state="36")]
    rows = [_row("0000000", 50_000)]
    assert pay.place_factor(_wages(rows, areas), "41-3091", "0010580") is None
    assert pay.place_factor(_wages(rows, areas), "41-3091", "9999999") is None



def test_every_place_gets_its_own_median_else_its_state_s(site):
    """place_list indexes the wage rows once for all places; each place still gets the median its own row or,
    where BLS withholds it, its state's row gives."""
    from macros.domain.places import place_list

    areas = {a.code: a for a in site.wages.areas}
    for soc in ("41-3091", "11-2022"):
        rows = pay.rows_by_area(site.wages, soc)
        for place in place_list(site.wages, soc):
            own = rows.get(place["id"])
            state = pay.state_area(site.wages, areas[place["id"]])
            state_row = rows.get(state.code) if state else None
            if own is not None and own.median is not None:
                assert (place["median"], place["basis"]) == (own.median, None), place
            elif state_row is not None and state_row.median is not None:
                assert (place["median"], place["basis"]) == (state_row.median, state.name), place
            else:
                assert (place["median"], place["basis"]) == (None, None), place


def test_every_hand_worked_case_shared_with_the_browser():
    """tests/fixtures/pay-cases.json: the same cases tests/js/posting.test.js runs on docs/assets/posting.js."""
    import json
    from pathlib import Path

    cases = json.loads((FIXTURES / "pay-cases.json").read_text(encoding="utf-8"))
    for case in cases["cases"]:
        got = pay.placed_end(case["amount"], cases["places"][case["place"]], cases["national"])
        assert got == case["expected"], (case["place"], case["amount"], case["why"])


def test_no_suggestion_leaves_the_place_s_10th_to_90th_percentiles(site):
    """The earlier method put an enterprise base in San Francisco at $166,000–$249,000, above the metro's 90th
    percentile ($191,380); every band in every place now stays inside its 10th–90th."""
    comp = site.guides["account-manager"].compensation
    factor_for = pay.place_factors(site.wages, "41-3091")
    for area in site.wages.areas:
        factor = factor_for(area.code)
        if factor is None or not factor.by_percentile:
            continue
        for band in comp.by_level:
            low, high = pay.suggested_range(band.base, factor)
            assert factor.points[0] <= low <= high <= factor.points[-1], (area.name, band.id, low, high)
    san_francisco = factor_for("0041860")
    enterprise = pay.band_for_level(comp, "enterprise")[0].base
    assert pay.median_ratio_range(enterprise, san_francisco) == (166_000, 249_000)
    assert pay.suggested_range(enterprise, san_francisco) == (160_000, 191_000)
    assert pay.capped(enterprise, san_francisco) == ["max"]


# --- the pay factor's choices, on small inputs made here ----------------------------------------------------

def test_primary_soc_is_the_first_code_of_the_role_s_own_profile(site):
    profiles = raw("profiles.yml")["profiles"]
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
