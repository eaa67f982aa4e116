"""Each role's data as downloads (JSON, its JSON Schema, pay tables as CSV) and the page that documents them."""
import csv
import functools
import io
import json

from .blocks import esc, table
from ..models import GUIDE_FILES, SHARED_FILES, Arrangement, Guide, Industry, Metro, Model, Placeholder, Profile, Source


class RoleDownload(Model):
    """One role's guide with every shared list it refers to, so the file stands on its own."""
    role: str
    sources: list[Source]
    profiles: list[Profile]
    industries: list[Industry]
    metros: list[Metro]
    arrangements: list[Arrangement]
    placeholders: list[Placeholder]
    guide: Guide


def download_files(site, role: str) -> dict[str, str]:
    """File name -> content of every download of one role."""
    bundle = RoleDownload(role=role, sources=site.sources.sources, profiles=site.profiles.profiles,
                          industries=site.industries.industries, metros=site.metros.metros,
                          arrangements=site.arrangements.arrangements, placeholders=site.placeholders.placeholders,
                          guide=site.guides[role])
    schema = {**_json_schema(RoleDownload), "$schema": "https://json-schema.org/draft/2020-12/schema"}
    return {
        f"{role}.json": bundle.model_dump_json(by_alias=True, indent=2) + "\n",
        f"{role}.schema.json": json.dumps(schema, indent=2, sort_keys=True) + "\n",
        "pay-by-level.csv": _csv(["band", "levels", "experience_min_years", "experience_max_years", "base_min", "base_max",
                                  "total_min", "total_max", "total_max_open", "currency", "period", "as_of", "sources"],
                                 _level_rows(site.guides[role].compensation)),
        "pay-by-metro.csv": _csv(["metro", "region", "base_min", "base_max", "total_min", "total_max", "currency", "period",
                                  "as_of", "sources"], _metro_rows(site, site.guides[role].compensation)),
    }


def _level_rows(pay):
    for band in pay.by_level:
        experience = band.experience
        yield [band.label, " ".join(band.levels), _num(experience.min if experience else None),
               _num(experience.max if experience else None), band.base.min, band.base.max, band.total.min,
               band.total.max, str(band.total.open_max).lower(), pay.currency, pay.period, band.as_of, " ".join(band.sources)]


def _metro_rows(site, pay):
    metros = {m.id: m for m in site.metros.metros}
    for row in pay.by_metro:
        metro = metros[row.metro]
        yield [metro.name, metro.region, row.base.min, row.base.max, row.total.min, row.total.max, pay.currency,
               pay.period, row.as_of, " ".join(row.sources)]


def _num(value):
    return "" if value is None else f"{value:g}"


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...), +cmd|...).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(cell):
    """Text a spreadsheet would read as a formula gets a leading apostrophe, which shows it as text."""
    return f"'{cell}" if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell


def _csv(header, rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return out.getvalue()


def data_downloads(ctx) -> str:
    """Links to the role's downloads (written next to the built pages)."""
    names = {f"{ctx.role}.json": "All of this role's data, with the shared lists it refers to (JSON)",
             f"{ctx.role}.schema.json": "The JSON Schema that file follows",
             "pay-by-level.csv": "Pay by experience level (CSV)", "pay-by-metro.csv": "Pay by metro (CSV)"}
    rows = [[f'<a href="../downloads/{name}" download>{esc(name)}</a>', esc(label)] for name, label in names.items()]
    return table(["File", "What it holds"], rows)


def data_fields(ctx) -> str:
    """Every data file and every field in it, read from the models' JSON Schemas."""
    out = []
    files = [(f"data/{name}", model) for name, model in SHARED_FILES.items()]
    files += [(f"data/roles/{ctx.role}/{stem}.yml", model) for stem, model in GUIDE_FILES.items()]
    for path, model in files:
        schema = _json_schema(model)
        anchor_id = "file-" + path.removesuffix(".yml").replace("/", "-").replace(".", "-")
        out.append(f"### {esc(path)} {{#{anchor_id}}}\n")
        out.append(table(["Field", "Type", "Required"], list(_field_rows(schema, schema.get("$defs", {})))))
    return "\n".join(out)


@functools.cache
def _json_schema(model) -> dict:
    """A model's JSON Schema, made once per build: pydantic takes ~40 ms to generate it and every role needs it.
    Callers must not change the returned dict."""
    return model.model_json_schema(by_alias=True)


def _field_rows(schema, defs, prefix=""):
    required = set(schema.get("required", ()))
    for key, prop in schema.get("properties", {}).items():
        prop = _without_null(prop)
        yield [esc(prefix + key), esc(_type_name(prop, defs)), "yes" if key in required else "no"]
        nested, suffix = _nested(prop, defs)
        if nested:
            yield from _field_rows(nested, defs, f"{prefix}{key}{suffix}.")


def _without_null(prop):
    options = [p for p in prop.get("anyOf", ()) if p.get("type") != "null"]
    return options[0] if len(options) == 1 else prop


def _nested(prop, defs):
    if "$ref" in prop:
        return defs[prop["$ref"].split("/")[-1]], ""
    items = prop.get("items", {})
    if "$ref" in items:
        return defs[items["$ref"].split("/")[-1]], "[]"
    return None, ""


def _type_name(prop, defs) -> str:
    if "$ref" in prop:
        return "entry with the fields below"
    if "enum" in prop or "const" in prop:
        return "one of: " + ", ".join(str(v) for v in prop.get("enum", [prop.get("const")]))
    if "anyOf" in prop:
        return " or ".join(_type_name(p, defs) for p in prop["anyOf"])
    kind = prop.get("type")
    if kind == "array":
        return "list of " + _type_name(_without_null(prop.get("items", {})), defs).replace("entry with", "entries with")
    if kind == "object":
        return "mapping"
    if kind == "string" and prop.get("pattern", "").startswith("^[a-z0-9]+"):
        return "id (lowercase words joined by hyphens)"
    names = {"string": "text", "integer": "whole number", "number": "number", "boolean": "true or false"}
    limits = [f"{word} {prop[key]}" for key, word in (("minimum", "at least"), ("exclusiveMinimum", "above"),
                                                       ("maximum", "at most")) if key in prop]
    return names.get(kind, str(kind)) + (f" ({', '.join(limits)})" if limits else "")


BLOCKS = {"data_downloads": data_downloads, "data_fields": data_fields}
