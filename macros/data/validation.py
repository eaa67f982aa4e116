"""What pydantic refused in a data file, as problems in plain words, each at its file, line and key path."""
from pydantic import ValidationError

from macros.data.errors import Problem
from macros.data.load import Document
from macros.data.models.base import LINE_PATTERN

PLAIN_MESSAGES = {
    "missing": "required key is missing",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "string_type": "expected text",
    "list_type": "expected a list",
    "dict_type": "expected a mapping of keys to values",
    "model_type": "expected a mapping of keys to values",
    "model_attributes_type": "expected a mapping of keys to values",
    "bool_type": "expected true or false",
    "string_too_short": "expected non-empty text",
}


def _message(error: dict, schema_name: str) -> str:
    kind, ctx = error["type"], error.get("ctx", {})
    if kind == "extra_forbidden":
        return f"unknown key; the keys this place allows are listed in data/schema/{schema_name}"
    if kind == "literal_error":
        text = f"expected one of {ctx['expected']}"
    elif kind == "string_pattern_mismatch" and ctx.get("pattern") == LINE_PATTERN:
        text = "expected one line of text: a title, name or label has no line breaks"
    elif kind == "too_short":
        text = f"expected at least {ctx.get('min_length')} item(s)"
    elif kind == "string_too_short" and ctx.get("min_length", 1) > 1:
        text = f"expected text of at least {ctx['min_length']} characters"
    elif kind in ("greater_than", "greater_than_equal", "less_than_equal"):
        text = error["msg"].replace("Input should be", "expected a number")
    elif kind == "value_error":
        text = error["msg"].removeprefix("Value error, ")
    else:
        text = PLAIN_MESSAGES.get(kind, error["msg"][:1].lower() + error["msg"][1:])
    found = error.get("input")
    if kind != "missing" and not isinstance(found, (dict, list)):
        text += f", got {found!r}"
    return text


def _data_path(loc: tuple, data) -> tuple:
    """pydantic adds type names for union members to `loc`; keep only real keys and indexes."""
    path, node = [], data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            continue
        path.append(part)
    return tuple(path)


def validation_problems(error: ValidationError, doc: Document, schema: str) -> list[Problem]:
    """One problem per key path that pydantic refused, with the line `doc` knows for it."""
    merged = {}
    for item in error.errors():
        path = _data_path(item["loc"], doc.data)
        if item["type"] in ("missing", "extra_forbidden"):
            path = tuple(item["loc"][: len(path) + 1])
        merged.setdefault(path, []).append(_message(item, schema))
    return [Problem(doc.file, doc.line_of(path), path, " or ".join(dict.fromkeys(msgs)))
            for path, msgs in merged.items()]
