"""`python -m macros.cli.check`: validate all data, every role's pages and the nav, and print every problem, one per line;
then warn, without failing, about each linked item whose id shares no word with its title (macros/data/drift.py) and
each law whose sources are due to be read again."""
import datetime
import sys

from macros.data.site import DATA_DIR, load_site
from macros.data.drift import drift_warnings
from macros.data.errors import DataError
from macros.data.load import read
from macros.build.pageset import check_pages
from macros.data.roles import occupation_ids, role_titles

ROOT = DATA_DIR.parent
REVIEW_DAYS = 180  # a law not read again for this long may have changed: amendments, rules and rulings come often


def stale_reviews(site, today: datetime.date, root=DATA_DIR) -> list[str]:
    """A warning with file:line for each law whose sources were last read more than REVIEW_DAYS before `today`."""
    doc, _ = read(root / "pay-transparency.yml", root)
    warnings = []
    for i, law in enumerate(site.pay_transparency.jurisdictions):
        age = (today - datetime.date.fromisoformat(law.reviewed)).days
        if age > REVIEW_DAYS:
            warnings.append(f"{doc.file}:{doc.line_of(('jurisdictions', i, 'reviewed'))} jurisdictions[{i}].reviewed: "
                            f"{law.name} was last reviewed on {law.reviewed}, {age} days ago (more than {REVIEW_DAYS}); "
                            "read its sources again and update the entry")
    return warnings


def main(today: datetime.date | None = None) -> int:
    page_problems = check_pages(ROOT / "docs", ROOT / "mkdocs.yml", role_titles(DATA_DIR),
                                occupation_ids(DATA_DIR))
    try:
        site = load_site()
    except DataError as error:
        print(DataError(error.problems + page_problems), file=sys.stderr)
        return 1
    if page_problems:
        print(DataError(page_problems, "in the pages"), file=sys.stderr)
        return 1
    drafts = "".join(f"\n{role}: draft, not published (data/roles/{role}/role.yml says `draft: true`)" for role in site.drafts)
    for warning in [*drift_warnings(site, DATA_DIR), *stale_reviews(site, today or datetime.date.today())]:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"data is valid: {len(site.guides)} guide(s), {len(site.occupations)} occupation(s), "
          f"{len(site.sources.sources)} source(s){drafts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
