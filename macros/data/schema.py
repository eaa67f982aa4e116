"""JSON Schemas of the data files, for editors (`make schemas` writes them to data/schema/)."""
import json
import sys

from macros.data import registry
from macros.data.load import DATA_DIR


def schemas() -> dict[str, str]:
    """Schema file name -> schema text, for every kind of data file (macros/data/registry.py)."""
    models = {f.schema: (f.model, f.schema.replace(".schema.json", ".yml")) for f in registry.SHARED + registry.GUIDE}
    models |= {name: (model, name.replace(".schema.json", ".json"))  # the occupation files are JSON
               for folder in registry.FOLDERS for model, name in folder.schemas.items()}
    out = {}
    for name, (model, title) in sorted(models.items()):
        schema = model.model_json_schema(by_alias=True)
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = title
        out[name] = json.dumps(schema, indent=2, sort_keys=True) + "\n"
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
