"""Pay for a level in a place: the guides' national band for the level, moved to the place along the BLS
wage distribution of the role's nearest occupation.

Each end of the band is placed on the national distribution (the 10th, 25th, 50th, 75th and 90th
percentiles, joined by straight lines), and the same percentile is read in the place:

    share = (amount − national[i]) ÷ (national[i+1] − national[i])
    suggested = place[i] + share × (place[i+1] − place[i]), rounded to the nearest $1,000

An end above the national 90th percentile becomes the place's 90th percentile (and one below the 10th its
10th), so a suggestion never leaves what the place's employers report; the composer says when that happens.
Where BLS withholds the place's figures, its state's are used, and said so. Where a percentile is missing,
the band is scaled by the ratio of medians instead (the earlier method, kept for that case and for the
comparison on the pay page). The browser repeats this arithmetic (docs/assets/posting.js `placedRange`);
both round half up, and tests/fixtures/pay-cases.json holds cases both sides are tested on.
"""
import math
from dataclasses import dataclass

from macros.data.models.wages import NATIONAL

PERCENTILES = ("p10", "p25", "median", "p75", "p90")


@dataclass(frozen=True)
class PlaceFactor:
    """How a place's pay compares with the nation's, and the figures that say so."""
    soc: str
    area: object  # the place asked for (a WageArea)
    basis: object  # the area whose figures are used: the place, or its state when BLS withholds the place's
    median: int
    national_median: int
    points: tuple | None = None  # the basis's 10th, 25th, 50th, 75th and 90th percentiles, when all are published
    national_points: tuple | None = None

    @property
    def ratio(self) -> float:
        return self.median / self.national_median

    @property
    def from_state(self) -> bool:
        return self.basis.code != self.area.code

    @property
    def by_percentile(self) -> bool:
        return self.points is not None and self.national_points is not None


def round_thousand(amount: float) -> int:
    return int(math.floor(amount / 1000 + 0.5)) * 1000


def scaled(amount: int, median: int, national_median: int) -> int:
    """One end of a band moved by the ratio of medians: the same arithmetic, in the same order, as the browser's."""
    return round_thousand(amount * median / national_median)


def placed(amount: float, points, national_points) -> float:
    """The wage at the place's percentile that `amount` holds nationally; the place's 10th or 90th percentile
    for an amount outside the national ones. Not rounded."""
    if amount <= national_points[0]:
        return points[0]
    if amount >= national_points[-1]:
        return points[-1]
    i = next(i for i in range(len(points) - 1) if amount <= national_points[i + 1])
    share = (amount - national_points[i]) / (national_points[i + 1] - national_points[i])
    return points[i] + share * (points[i + 1] - points[i])


def placed_end(amount: int, points, national_points) -> int:
    """`placed`, rounded to the nearest $1,000 but kept within the place's 10th–90th percentiles."""
    low, high = math.ceil(points[0] / 1000) * 1000, math.floor(points[-1] / 1000) * 1000
    return min(max(round_thousand(placed(amount, points, national_points)), low), high)


def capped(band, factor: "PlaceFactor | None") -> list[str]:
    """Which ends of the band lie outside the national 10th–90th percentiles, so that the suggestion stops at
    the place's: 'max' above the 90th, 'min' below the 10th."""
    if factor is None or not factor.by_percentile:
        return []
    lowest, highest = factor.national_points[0], factor.national_points[-1]
    return [end for end, amount in (("min", band.min), ("max", band.max))
            if (end == "max" and amount > highest) or (end == "min" and amount < lowest)]


def primary_soc(site, role_id: str) -> str:
    """The SOC code a role names first: the occupation nearest to it."""
    return next(p for p in site.profiles.profiles if p.id == role_id).soc[0].code


def rows_by_area(wages, soc: str) -> dict:
    return {row.area: row for row in wages.by_area if row.soc == soc}


def state_area(wages, area):
    """The state area a metro lies in (BLS names the principal state first)."""
    return next((a for a in wages.areas if a.kind == "state" and a.state == area.state), None)


def percentile_points(row) -> tuple | None:
    points = tuple(getattr(row, name, None) for name in PERCENTILES)
    return points if all(p is not None for p in points) else None


def place_factor(wages, soc: str, area_code: str) -> PlaceFactor | None:
    """The factor for a place, from its own figures or else its state's; None where BLS publishes neither."""
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

    def factor(area_code: str) -> PlaceFactor | None:
        area = areas.get(area_code)
        if national is None or national.median is None or area is None:
            return None
        for basis in (area, states.get(area.state)):
            row = rows.get(basis.code) if basis else None
            if row is not None and row.median is not None:
                return PlaceFactor(soc, area, basis, row.median, national.median, percentile_points(row),
                              percentile_points(national))
        return None

    return factor


def median_ratio_range(band, factor: PlaceFactor | None) -> tuple[int, int]:
    """The earlier method: the whole band times the ratio of the place's median to the nation's."""
    if factor is None:
        return band.min, band.max
    return scaled(band.min, factor.median, factor.national_median), scaled(band.max, factor.median, factor.national_median)


def suggested_range(band, factor: PlaceFactor | None) -> tuple[int, int]:
    """The band moved to the place; the national band itself where no place is chosen."""
    if factor is None or not factor.by_percentile:
        return median_ratio_range(band, factor)
    return (placed_end(band.min, factor.points, factor.national_points),
            placed_end(band.max, factor.points, factor.national_points))


def band_for_level(compensation, level_id: str):
    """The guides' pay band for a level, or the band the data assigns to a level the guides do not price."""
    for band in compensation.by_level:
        if level_id in band.levels:
            return band, None
    for assigned in compensation.unpriced_levels:
        if assigned.level == level_id:
            return next(b for b in compensation.by_level if b.id == assigned.band), assigned
    return None, None
