"""What the project installs is locked by content: every Python package installed is pinned with its hashes in
a lock that `make` installs with hash checking, the workflows' actions are pinned by commit, and npm installs run
no package's scripts."""
import importlib.metadata
import re

from packaging.utils import canonicalize_name

from conftest import ROOT

LOCKS = (ROOT / "requirements.txt", ROOT / "tests/mutation/requirements.txt")
INPUTS = {ROOT / "requirements.txt": ROOT / "requirements.in",
          ROOT / "tests/mutation/requirements.txt": ROOT / "tests/mutation/requirements.in"}
# What `python -m venv` puts in every virtual environment before anything is installed.
BOOTSTRAP = {"pip", "setuptools"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)(?: ;[^\\]*)? \\$")
HASH = re.compile(r"^ +--hash=sha256:[0-9a-f]{64}(?: \\)?$")


def lock_entries(path) -> dict:
    """{name: (version, number of hashes)} of a lock written by `uv pip compile --generate-hashes`."""
    entries, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        pin = PIN.match(line)
        if pin:
            current = canonicalize_name(pin.group(1))
            entries[current] = (pin.group(2), 0)
        elif HASH.match(line):
            version, hashes = entries[current]
            entries[current] = (version, hashes + 1)
        elif line.strip() and not line.lstrip().startswith("#"):
            raise AssertionError(f"{path.name}: a line that is neither a pin nor a hash: {line!r}")
    return entries


def test_every_installed_package_is_pinned_in_a_lock():
    locked = {}
    for path in LOCKS:
        locked |= lock_entries(path)
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in importlib.metadata.distributions()}
    missing = sorted(set(installed) - set(locked) - BOOTSTRAP)
    assert not missing, f"installed but not in a lock: {missing}; add them to requirements.in and write the lock again"


def test_every_pin_carries_hashes_and_the_versions_of_its_inputs():
    for lock, inputs in INPUTS.items():
        entries = lock_entries(lock)
        assert entries and all(hashes for _, hashes in entries.values()), lock
        for line in inputs.read_text(encoding="utf-8").splitlines():
            wanted = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line)
            if wanted:
                assert entries[canonicalize_name(wanted.group(1))][0] == wanted.group(2), (inputs.name, line)
        assert "uv pip compile" in lock.read_text(encoding="utf-8").split("\n", 2)[1]


def test_make_installs_python_packages_only_with_hash_checking():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = re.findall(r"^\t.*\bpip install\b.*$", makefile, flags=re.M)
    assert len(installs) == 2 and all("--require-hashes -r " in line for line in installs), installs
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "uv pip compile requirements.in --generate-hashes" in readme


def test_workflow_actions_are_pinned_by_commit_with_their_version():
    for workflow in sorted((ROOT / ".github/workflows").glob("*.yml")):
        uses = re.findall(r"^\s*(?:- )?uses: (.*)$", workflow.read_text(encoding="utf-8"), flags=re.M)
        assert uses, workflow
        for action in uses:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", action), (workflow.name, action)


def test_npm_installs_run_no_package_scripts():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = re.findall(r"\bnpm (?:ci|install)\b.*", makefile)
    assert len(installs) == 3 and all("--ignore-scripts" in line for line in installs), installs
    for lock in ("package-lock.json", "tests/bench/package-lock.json", "tests/mutation/package-lock.json"):
        assert '"hasInstallScript"' not in (ROOT / lock).read_text(encoding="utf-8"), lock
