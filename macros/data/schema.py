"""JSON Schemas of the data files, for editors (`make schemas` writes them to data/schema/)."""
import json
import sys
from pathlib import Path

from macros.data.load import DATA_DIR
from macros.data.models import GUIDE_FILES, SHARED_FILES
from macros.data.occupations import SCHEMAS as OCCUPATION_SCHEMAS


def schema_name(data_file: str) -> str:
    """'vocab/metros.yml' -> 'vocab-metros.schema.json'; 'roles/x/levels.yml' -> 'levels.schema.json'."""
    path = Path(data_file)
    stem = path.stem if path.parts[0] == "roles" or len(path.parts) == 1 else "-".join(path.with_suffix("").parts)
    return f"{stem}.schema.json"


def schemas() -> dict[str, str]:
    """Schema file name -> schema text, for every kind of data file."""
    models = {schema_name(name).removesuffix(".schema.json"): model for name, model in SHARED_FILES.items()}
    models |= {schema_name(f"roles/any/{stem}.yml").removesuffix(".schema.json"): model for stem, model in GUIDE_FILES.items()}
    titles = {stem: f"{stem}.yml" for stem in models}
    for model, name in OCCUPATION_SCHEMAS.items():  # the occupation files are JSON (macros/data/occupations.py)
        stem = name.removesuffix(".schema.json")
        models[stem], titles[stem] = model, f"{stem}.json"
    out = {}
    for stem, model in sorted(models.items()):
        schema = model.model_json_schema(by_alias=True)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = titles[stem]
        out[f"{stem}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
    return out


def main() -> int:
    target = DATA_DIR / "schema"
    target.mkdir(exist_ok=True)
    for name, text in schemas().items():
        (target / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(schemas())} schemas to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
