"""Rewrite tests/anchors.txt from a fresh strict build: `make anchors` (or pass a built site folder).

A published entry stays while a saved link to it still lands, such as a heading's former id kept on a marker."""
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conftest import ROOT, mkdocs_build  # noqa: E402
from gates import landing_places, registry  # noqa: E402


def main(argv):
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(argv[0]) if argv else Path(tmp) / "site"
        if not argv:
            result = mkdocs_build(ROOT, site)
            if result.returncode:
                sys.exit(f"mkdocs build failed:\n{result.stderr}")
        target = HERE / "anchors.txt"
        old = set(target.read_text(encoding="utf-8").split()) if target.exists() else set()
        entries = sorted(set(registry(site)) | (old & landing_places(site)))
    target.write_text("".join(f"{e}\n" for e in entries), encoding="utf-8")
    new = set(entries)
    print(f"tests/anchors.txt: {len(entries)} entries, {len(new - old)} added, {len(old - new)} removed")


if __name__ == "__main__":
    main(sys.argv[1:])
