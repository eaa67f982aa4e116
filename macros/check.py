"""`python -m macros.check`: validate all data, every role's pages and the nav, and print every problem, one per line."""
import sys

from .data import DATA_DIR, load_site
from .errors import DataError
from .pageset import check_pages, role_titles

ROOT = DATA_DIR.parent


def main() -> int:
    page_problems = check_pages(ROOT / "docs", ROOT / "mkdocs.yml", role_titles(DATA_DIR))
    try:
        site = load_site()
    except DataError as error:
        print(DataError(error.problems + page_problems), file=sys.stderr)
        return 1
    if page_problems:
        print(DataError(page_problems, "in the pages"), file=sys.stderr)
        return 1
    drafts = "".join(f"\n{role}: draft, not published (data/roles/{role}/role.yml says `draft: true`)" for role in site.drafts)
    print(f"data is valid: {len(site.guides)} guide(s), {len(site.occupations)} occupation(s), "
          f"{len(site.sources.sources)} source(s){drafts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
