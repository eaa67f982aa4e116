"""Pay for a level in a place: the guides' national band for the level, scaled by how the place's
BLS median compares with the national median for the role's nearest occupation.

    suggested = band × (place's annual median ÷ national annual median), each end rounded to the nearest $1,000

Where BLS withholds the place's median, the median of the place's state is used, and said so.
The browser repeats this arithmetic (docs/assets/posting.js `scaledRange`); both round half up.
"""
import math
from dataclasses import dataclass

from .wage_models import NATIONAL


@dataclass(frozen=True)
class Factor:
    """How a place's pay compares with the nation's, and the figures that say so."""
    soc: str
    area: object  # the place asked for (a WageArea)
    basis: object  # the area whose median is used: the place, or its state when BLS withholds the place's
    median: int
    national_median: int

    @property
    def ratio(self) -> float:
        return self.median / self.national_median

    @property
    def from_state(self) -> bool:
        return self.basis.code != self.area.code


def round_thousand(amount: float) -> int:
    return int(math.floor(amount / 1000 + 0.5)) * 1000


def scaled(amount: int, median: int, national_median: int) -> int:
    """One end of a band moved to a place: the same arithmetic, in the same order, as the browser's."""
    return round_thousand(amount * median / national_median)


def primary_soc(site, role_id: str) -> str:
    """The SOC code a role names first: the occupation nearest to it."""
    return next(p for p in site.profiles.profiles if p.id == role_id).soc[0].code


def rows_by_area(wages, soc: str) -> dict:
    return {row.area: row for row in wages.by_area if row.soc == soc}


def state_area(wages, area):
    """The state area a metro lies in (BLS names the principal state first)."""
    return next((a for a in wages.areas if a.kind == "state" and a.state == area.state), None)


def place_factor(wages, soc: str, area_code: str) -> Factor | None:
    """The factor for a place, from its own median or else its state's; None where BLS publishes neither."""
    return place_factors(wages, soc)(area_code)


def place_factors(wages, soc: str):
    """place_factor for many places of one occupation: the rows and areas are indexed once, not per place."""
    rows = rows_by_area(wages, soc)
    areas = {a.code: a for a in wages.areas}
    states = {}
    for a in wages.areas:
        if a.kind == "state":
            states.setdefault(a.state, a)
    national = rows.get(NATIONAL)

    def factor(area_code: str) -> Factor | None:
        area = areas.get(area_code)
        if national is None or national.median is None or area is None:
            return None
        for basis in (area, states.get(area.state)):
            row = rows.get(basis.code) if basis else None
            if row is not None and row.median is not None:
                return Factor(soc, area, basis, row.median, national.median)
        return None

    return factor


def suggested_range(band, factor: Factor | None) -> tuple[int, int]:
    """The band moved to the place; the national band itself where no place is chosen."""
    if factor is None:
        return band.min, band.max
    return scaled(band.min, factor.median, factor.national_median), scaled(band.max, factor.median, factor.national_median)


def band_for_level(compensation, level_id: str):
    """The guides' pay band for a level, or the band the data assigns to a level the guides do not price."""
    for band in compensation.by_level:
        if level_id in band.levels:
            return band, None
    for assigned in compensation.unpriced_levels:
        if assigned.level == level_id:
            return next(b for b in compensation.by_level if b.id == assigned.band), assigned
    return None, None
