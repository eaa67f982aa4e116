"""Each role's data as downloads (JSON, its JSON Schema, pay tables as CSV) and the page that documents them."""
import csv
import functools
import io
import json

from macros.render.blocks import (
    PageContext, attr, cite_paragraph, esc, html_block, link_html, money, table_html, text_html, ul_html,
)
from macros.render.pages.ladder import LadderMatrix, matrix_csv_rows, matrix_download
from macros.data.models.arrangements import Arrangement
from macros.data.models.base import ID_PATTERN, Model
from macros.data.models.industries import Industry
from macros.data.models.metros import Metro
from macros.data.models.placeholders import Placeholder
from macros.data.models.profiles import Profile
from macros.data.models.sources import Source
from macros.data.registry import GUIDE, SHARED, Guide


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
    matrix = matrix_csv_rows(PageContext(site=site, role=role))
    return {
        f"{role}.json": bundle.model_dump_json(by_alias=True, indent=2) + "\n",
        f"{role}.schema.json": _schema_file(RoleDownload),
        "pay-by-level.csv": _csv(["band", "levels", "experience_min_years", "experience_max_years", "base_min", "base_max",
                                  "total_min", "total_max", "total_max_open", "currency", "period", "as_of", "sources"],
                                 _level_rows(site.guides[role].compensation)),
        "pay-by-metro.csv": _csv(["metro", "region", "base_min", "base_max", "total_min", "total_max", "currency", "period",
                                  "as_of", "sources"], _metro_rows(site, site.guides[role].compensation)),
        "ladder.json": matrix_download(PageContext(site=site, role=role)).model_dump_json(indent=2) + "\n",
        "ladder.schema.json": _schema_file(LadderMatrix),
        "ladder.csv": _csv(matrix[0], matrix[1:]),
        **_wage_files(site.wages),
    }


_last_wage_files = (None, {})


def _wage_files(wages) -> dict[str, str]:
    """The BLS files, the same for every role: made once for the wage data the build loaded (kept while it is the
    same object, so a rebuild after an edit makes them again)."""
    global _last_wage_files
    if _last_wage_files[0] is not wages:
        _last_wage_files = (wages, {
            "bls-wages.csv": _csv(["soc", "occupation", "area_code", "area", "area_kind", *WAGE_FIGURES,
                                   "footnotes", "release", "source"], _wage_rows(wages)),
            "bls-wages-by-industry.csv": _csv(["soc", "occupation", "industry_code", "industry", *WAGE_FIGURES,
                                               "footnotes", "release", "source"], _industry_wage_rows(wages))})
    return _last_wage_files[1]


@functools.cache
def _schema_file(model) -> str:
    """A download's JSON Schema file, written once per build: it is the same for every role."""
    return json.dumps({**_json_schema(model), "$schema": "https://json-schema.org/draft/2020-12/schema"},
                      indent=2, sort_keys=True) + "\n"


WAGE_FIGURES = ("employment", "p10", "p25", "median", "p75", "p90", "mean")


def _wage_figures(wages, notes, row) -> list:
    footnotes = "; ".join(f"{name}: {notes[code]}" for name, code in row.footnotes.items())
    return [*("" if getattr(row, name) is None else getattr(row, name) for name in WAGE_FIGURES), footnotes,
            wages.release, wages.source]


def _wage_rows(wages):
    """Every row of the BLS file by area, for every occupation the profiles name: the pages show it in part."""
    titles = {o.soc: o.title for o in wages.occupations}
    areas = {a.code: a for a in wages.areas}
    notes = {f.code: f.text for f in wages.footnotes}
    for row in wages.by_area:
        area = areas[row.area]
        yield [row.soc, titles[row.soc], row.area, area.name, area.kind, *_wage_figures(wages, notes, row)]


def _industry_wage_rows(wages):
    titles = {o.soc: o.title for o in wages.occupations}
    industries = {i.code: i.name for i in wages.industries}
    notes = {f.code: f.text for f in wages.footnotes}
    for row in wages.by_industry:
        yield [row.soc, titles[row.soc], row.industry, industries[row.industry], *_wage_figures(wages, notes, row)]


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
             "ladder.json": "What each level expects in each competency, with each level's scope (JSON)",
             "ladder.schema.json": "The JSON Schema that file follows",
             "ladder.csv": "The same matrix: one row a competency, one column a level (CSV)",
             "pay-by-level.csv": "Pay by experience level (CSV)", "pay-by-metro.csv": "Pay by metro (CSV)",
             "bls-wages.csv": "BLS wages for the nation, every state and every metro area, for each occupation the "
                              "profiles name (CSV)",
             "bls-wages-by-industry.csv": "BLS national wages by industry sector, for the same occupations (CSV)"}
    rows = [[f'<a href="../downloads/{attr(name)}" download>{text_html(name)}</a>', text_html(label)]
            for name, label in names.items()]
    return html_block(table_html(["File", "What it holds"], rows))


def bls_release(ctx) -> str:
    """Where the wage figures come from, exactly: the release, the files it was built from and their hashes."""
    wages = ctx.site.wages
    package = wages.package
    lines = [f"Release: {text_html(wages.release)}, published {text_html(wages.published)} by "
             f"{text_html(wages.publisher)}; annual wages in {text_html(wages.currency)} per "
             f"{text_html(wages.period)}.",
             f"Read from the Python package {text_html(package.name)} {text_html(package.version)} "
             f"({text_html(package.wheel)}, SHA-256 {_code(package.wheel_sha256)}), file "
             f"{text_html(package.database)} (SHA-256 {_code(package.database_sha256)})."]
    files = [[_code(f.name), link_html(f.url, text_html(f.url)), text_html(f.last_modified), f"{f.bytes:,}",
              _code(f.sha256)] for f in wages.source_files]
    notes = [[text_html(f.code), text_html(f.text) + (f" (at least {money(f.annual_at_least)} a year)"
                                                      if f.annual_at_least else "")] for f in wages.footnotes]
    occupations = [[text_html(o.soc), text_html(o.title)] for o in wages.occupations]
    return html_block("\n".join([ul_html(lines),
                                 table_html(["BLS file", "Address", "Last modified", "Bytes", "SHA-256"], files),
                                 table_html(["Footnote", "What it means"], notes),
                                 table_html(["SOC code", "Occupation"], occupations),
                                 cite_paragraph(ctx, [wages.source])]))


def _code(text) -> str:
    return f"<code>{text_html(text)}</code>"


def data_fields(ctx) -> str:
    """Every data file and every field in it, read from the models' JSON Schemas."""
    out = []
    files = [(f"data/{f.path}", f.model) for f in SHARED]
    files += [(f"data/roles/{ctx.role}/{f.path}", f.model) for f in GUIDE]
    for path, model in files:
        anchor_id = "file-" + path.removesuffix(".yml").replace("/", "-").replace(".", "-")
        out.append(f"### {esc(path)} {{#{anchor_id}}}\n")
        out.append(_field_table(model))
    return "\n".join(out)


@functools.cache
def _field_table(model) -> str:
    """The fields of a model as a table, made once per build: every role's data page shows the same tables."""
    schema = _json_schema(model)
    return html_block(table_html(["Field", "Type", "Required"], list(_field_rows(schema, schema.get("$defs", {})))))


@functools.cache
def _json_schema(model) -> dict:
    """A model's JSON Schema, made once per build: pydantic takes ~40 ms to generate it and every role needs it.
    Callers must not change the returned dict."""
    return model.model_json_schema(by_alias=True)


def _field_rows(schema, defs, prefix=""):
    required = set(schema.get("required", ()))
    for key, prop in schema.get("properties", {}).items():
        prop = _without_null(prop)
        yield [text_html(prefix + key), text_html(_type_name(prop, defs)), "yes" if key in required else "no"]
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
        inner = _type_name(_without_null(prop.get("items", {})), defs).replace("entry with", "entries with")
        return "list of lists of " + inner.removeprefix("list of ") if inner.startswith("list of ") else "list of " + inner
    if kind == "object":
        return "mapping"
    if kind == "string" and prop.get("pattern") == ID_PATTERN:
        return "id (lowercase words joined by hyphens)"
    names = {"string": "text", "integer": "whole number", "number": "number", "boolean": "true or false"}
    limits = [f"{word} {prop[key]}" for key, word in (("minimum", "at least"), ("exclusiveMinimum", "above"),
                                                       ("maximum", "at most")) if key in prop]
    return names.get(kind, str(kind)) + (f" ({', '.join(limits)})" if limits else "")


BLOCKS = {"bls_release": bls_release, "data_downloads": data_downloads, "data_fields": data_fields}
