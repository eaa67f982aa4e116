"""The occupation data the browser fetches: one compact JSON file per occupation and an index of every title,
written next to the pages at build time (same origin, so the composer and the comparison work offline).

    occupations/data/titles/<xx>.json  the titles with a word that starts with <xx> (its first two letters or
                                       digits), each as [page id, O*NET title, such titles...]: the picker fetches
                                       only the part for the first word typed, however many titles there are
    occupations/data/<id>.json         what the any-job composer and the comparison show of one occupation

Pure: the site's models in, {path below the site root: text} out; the macros adapter writes the files.
"""
import json
import re

FOLDER = "occupations/data"
TOP_RATINGS = 10


def _ratings(ratings, names) -> list | None:
    """[[name, importance], ...], most important first; `names` maps O*NET's element ids to their names. An
    importance O*NET recommends suppressing is left out (its flag on the level estimate is about the level only)."""
    if ratings is None:
        return None
    return [[names[r.id], r.importance] for r in ratings if not r.importance_suppressed][:TOP_RATINGS]


def _education(occ, release) -> dict | None:
    """{scale: [[category, label, percent], ...]}, leaving out categories O*NET recommends suppressing."""
    if occ.education is None:
        return None
    return {d.scale: [[c, release.category_label(d.scale, c), pct] for c, pct in d.percents if c not in d.suppressed]
            for d in occ.education}


def _projections(occ) -> dict | None:
    p = occ.projections
    if p is None:
        return None
    return p.model_dump(include={"matrix_code", "matrix_title", "match", "employment_2024", "employment_2034", "change",
                                 "percent_change", "openings", "median_wage", "education", "experience", "training",
                                 "unavailable"})


def _pay(occ, wages) -> dict | None:
    """The OEWS rows of the occupation's code (or of the broader code that includes it), as the data holds them, and
    the hourly rows of the areas BLS gives by the hour only."""
    code = occ.oews_soc or occ.oews_broader
    found = wages.get(code) if code else None
    if found is None:
        return None
    return {"soc": found.soc, "title": found.title, "rows": [list(row) for row in found.rows]} | (
        {"hourly": [list(row) for row in found.hourly]} if found.hourly else {})


def posting_title(occ) -> str | None:
    """The one-person form of the O*NET title ('Registered Nurses' -> 'Registered Nurse') where O*NET lists it among
    the occupation's alternate or reported titles, alone or with an abbreviation ('Registered Nurse (RN)');
    None where it does not (the composer then asks for a title)."""
    wanted = occ.title.removesuffix("s").lower()
    titles = [t.title for t in occ.alternate_titles] + [t.title for t in occ.reported_titles]
    return next((t for t in titles if t.lower() == wanted), None) or \
        next((t for t in titles if t.lower().startswith(wanted + " (")), None)


def element_names(release) -> dict:
    return {e.id: e.name for e in release.elements}


def occupation_record(occ, release, wages, names) -> dict:
    """One occupation for the browser; `wages` maps a SOC code to its OccupationWages, `names` is element_names()."""
    zone = next((z for z in release.job_zones if z.zone == occ.job_zone), None)
    return {
        "id": occ.id, "onet_code": occ.onet_code, "soc": occ.soc, "title": occ.title, "description": occ.description,
        "tasks": [[t.text, (t.type or "")[:1]] for t in occ.tasks],
        "posting_title": posting_title(occ),
        "skills": _ratings(occ.skills, names), "knowledge": _ratings(occ.knowledge, names),
        "hot": [e.name for c in occ.technology for e in c.examples if e.hot][:TOP_RATINGS],
        "job_zone": [zone.zone, zone.name] if zone else None,
        "education": _education(occ, release),
        "projections": _projections(occ),
        "pay": _pay(occ, wages),
        "pay_broader": occ.oews_soc is None and occ.oews_broader is not None,
        "gaps": dict(occ.gaps),
    }


def _all_titles(occ) -> list:
    """O*NET's title, then the alternate and reported titles, each once."""
    return list(dict.fromkeys([occ.title, *(t.title for t in occ.alternate_titles), *(t.title for t in occ.reported_titles)]))


def title_key(word: str) -> str:
    """The part of the title index a word is found in: its first two letters or digits, lowercased."""
    return word[:2]


def title_words(title: str) -> list:
    return re.sub(r"[^a-z0-9]+", " ", title.lower()).split()


def title_index(occupations) -> dict:
    """{key: {"occupations": [[id, O*NET title, titles with a word under that key...], ...]}} for every key."""
    parts = {}
    for occ in occupations.values():
        for title in _all_titles(occ):
            for key in dict.fromkeys(title_key(word) for word in title_words(title)):
                entry = parts.setdefault(key, {}).setdefault(occ.id, [occ.id, occ.title])
                if title != occ.title:
                    entry.append(title)
    return {key: {"occupations": list(entries.values())} for key, entries in sorted(parts.items())}


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def occupation_files(site) -> dict:
    """{path below the site root: JSON text} for every occupation and each part of the title index; none without
    occupation data."""
    occupations = getattr(site, "occupations", None)
    release = getattr(site, "occupation_release", None)
    if not occupations or release is None:
        return {}
    wages, names = site.occupation_wages, element_names(release)
    files = {f"{FOLDER}/titles/{key}.json": _json(part) for key, part in title_index(occupations).items()}
    for occ in occupations.values():
        files[f"{FOLDER}/{occ.id}.json"] = _json(occupation_record(occ, release, wages, names))
    return files
