"""`python -m macros.check`: validate all data and print every problem, one per line."""
import sys

from .data import load_site
from .errors import DataError


def main() -> int:
    try:
        site = load_site()
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"data is valid: {len(site.guides)} guide(s), {len(site.sources.sources)} source(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
