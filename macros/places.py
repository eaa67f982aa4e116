"""Places a posting can name: every BLS state and metro area, with its two-letter state code and the
figures that the suggested pay is read from (the area's own, or its state's where BLS withholds them)."""
from . import pay

# ANSI/FIPS state codes, as BLS areas carry them, to USPS abbreviations.
POSTAL = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT", "10": "DE", "11": "DC",
    "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL", "18": "IN", "19": "IA", "20": "KS", "21": "KY",
    "22": "LA", "23": "ME", "24": "MD", "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT",
    "31": "NE", "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND", "39": "OH",
    "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD", "47": "TN", "48": "TX", "49": "UT",
    "50": "VT", "51": "VA", "53": "WA", "54": "WV", "55": "WI", "56": "WY", "66": "GU", "72": "PR", "78": "VI",
}


def postal(area) -> str:
    return POSTAL.get(area.state, "")


def place_list(wages, soc: str) -> list[dict]:
    """Every state and metro area, states first, each with the median and percentiles its suggestion uses."""
    places = []
    factor_for = pay.place_factors(wages, soc)
    for area in sorted((a for a in wages.areas if a.kind in ("state", "metro")), key=lambda a: (a.kind != "state", a.name)):
        factor = factor_for(area.code)
        places.append({"id": area.code, "name": area.name, "kind": area.kind, "state": postal(area),
                       "median": factor.median if factor else None,
                       "percentiles": list(factor.points) if factor and factor.points else None,
                       "basis": factor.basis.name if factor and factor.from_state else None})
    return places
