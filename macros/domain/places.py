"""Places a posting or a pay table can name: every BLS state and metro area, the principal cities and states
read from each metro area's name, and the spellings people type for them (data/vocab/place-aliases.yml).
`place_index` is the data docs/assets/places.js matches what people type against (one file for the whole site,
INDEX_FILE, written after the build); `place_list` adds the
figures the composer's suggested pay is read from (the area's own, or its state's where BLS withholds them)."""
from macros.domain import pay

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


def metro_parts(name: str) -> tuple[list[str], list[str]]:
    """'San Francisco-Oakland-Fremont, CA' -> (['San Francisco', 'Oakland', 'Fremont'], ['CA']).

    BLS separates principal cities with a hyphen, or with two where a city's own name has one
    ('Nashville-Davidson--Murfreesboro--Franklin, TN'), and names like 'Louisville/Jefferson County' with a
    slash. A hyphenated name without a double hyphen may itself be one city ('Winston-Salem, NC'), so it
    is kept whole too."""
    place, _, states = name.rpartition(", ")
    parts = place.split("--") if "--" in place else place.split("-")
    cities = [city for part in parts for city in part.split("/")]
    if "--" not in place and len(parts) > 1:
        cities.append(place)
    return list(dict.fromkeys(c.strip() for c in cities if c.strip())), states.split("-")


def place_index(areas, aliases=()) -> dict:
    """What places.js needs to read a typed place: states with their BLS area, metro areas with their principal
    cities and states, and aliases. `areas` is any list of BLS areas (code, kind, name, FIPS state)."""
    states = [{"code": postal(a), "name": a.name, "area": a.code} for a in areas if a.kind == "state" and postal(a)]
    metros = []
    for area in areas:
        if area.kind == "metro":
            cities, codes = metro_parts(area.name)
            metros.append({"id": area.code, "name": area.name, "cities": cities, "states": codes})
    return {"states": sorted(states, key=lambda s: s["name"]), "metros": sorted(metros, key=lambda m: m["name"]),
            "aliases": [{"alias": a.alias, "city": a.city, "state": a.state} for a in aliases]}


INDEX_FILE = "assets/place-index.json"


def site_place_index(site) -> dict:
    """The one place index of the site, which every place filter and composer fetches from INDEX_FILE."""
    return place_index(site.wages.areas, site.place_aliases.aliases)


def alias_problems(index) -> list[tuple[int, str]]:
    """(position, why) for each alias whose city is no principal city of a metro area in its state."""
    problems = []
    for i, alias in enumerate(index["aliases"]):
        if not any(alias["city"] in m["cities"] and alias["state"] in m["states"] for m in index["metros"]):
            problems.append((i, f"no BLS metro area in {alias['state']} names '{alias['city']}' as a principal city"))
    return problems


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
