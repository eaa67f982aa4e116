"""Write tests/mutation/results.md from a finished (or stopped) mutation run.

usage: python tests/mutation/report.py <copy of the project the run used> [seconds the run took]
Reads mutmut's results from <copy>/mutants and StrykerJS's from <copy>/mutation-js.json; mutants listed in
tests/mutation/equivalent.txt are left out of the score and listed with their reason."""
import ast
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
KILLED = {1: "killed", 3: "killed", 36: "timeout", 24: "timeout", -24: "timeout", 152: "timeout", 37: "killed"}


def equivalents():
    """{(path, line, change): reason} from equivalent.txt: `path:line | change | reason` per line."""
    found = {}
    for line in (HERE / "equivalent.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            where, rest = line.split("|", 1)
            change, reason = rest.rsplit("|", 1)
            found[where.strip(), change.strip()] = reason.strip()
    return found


def _changed_line(copy, name):
    """(path:line, 'old -> new') of one mutmut mutant, from its diff and the original source."""
    diff = subprocess.run([sys.executable, "-m", "mutmut", "show", name], cwd=copy, capture_output=True, text=True).stdout
    old = [line[1:].strip() for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    new = [line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    module, function = name.split(".x", 1) if ".x_" in name else (name.rsplit(".", 1)[0], "")
    path = module.replace(".", "/") + ".py"
    function = re.sub(r"__mutmut_\d+$", "", function)[1:]  # mutmut's names add one "_" before a function's own
    source = (Path(copy) / path).read_text(encoding="utf-8")
    start, end = 1, len(source.splitlines())
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and function == node.name:
            start, end = node.lineno, node.end_lineno
            break
    lines = source.splitlines()
    line = next((i for i in range(start, end + 1) if old and lines[i - 1].strip() == old[0]), start)
    return f"{path}:{line}", f"{' / '.join(old)} -> {' / '.join(new)}"


def python_results(copy):
    mutants = Path(copy) / "mutants"
    counts, survivors = {"killed": 0, "survived": 0, "not checked": 0, "no tests": 0, "other": 0}, []
    for meta in sorted(mutants.rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        for name, code in codes.items():
            if code in KILLED:
                counts["killed"] += 1
            elif code == 0:
                counts["survived"] += 1
                survivors.append(name)
            elif code is None:
                counts["not checked"] += 1
            elif code in (5, 33):
                counts["no tests"] += 1
                survivors.append(name)
            else:
                counts["other"] += 1
    return counts, [(name, *_changed_line(copy, name)) for name in survivors]


def js_results(copy):
    report = Path(copy) / "mutation-js.json"
    if not report.exists():
        return None, []
    data = json.loads(report.read_text(encoding="utf-8"))
    counts, survivors = {}, []
    for path, entry in sorted(data["files"].items()):
        source = entry["source"].splitlines()
        for mutant in entry["mutants"]:
            counts[mutant["status"]] = counts.get(mutant["status"], 0) + 1
            if mutant["status"] in ("Survived", "NoCoverage"):
                line = mutant["location"]["start"]["line"]
                survivors.append((mutant["mutatorName"], f"{path}:{line}",
                                  f"{source[line - 1].strip()[:90]} => {' '.join(mutant.get('replacement', '').split())[:60]}"))
    return counts, survivors


def score(killed, survivors, known):
    live = [s for s in survivors if (s[1], s[2]) not in known]
    valid = killed + len(live)
    return (100 * killed / valid if valid else 100.0), live


def main():
    copy, seconds = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else "")
    known = equivalents()
    out = ["# Mutation testing results", "",
           "Written by `make mutation` (tests/mutation/run.sh): mutmut over `macros/` with the tests that need no build "
           "or browser (`pytest -m \"not slow\"`), StrykerJS over the composer's logic with the Node unit tests in tests/js/. "
           "Equivalent mutants (no behaviour change possible) are listed in tests/mutation/equivalent.txt with the "
           "reason and left out of the score.", ""]
    if seconds:
        out += [f"Run time: {seconds} s.", ""]
    if (Path(copy) / "mutants").exists():
        counts, survivors = python_results(copy)
        pct, live = score(counts["killed"], [s for s in survivors], known)
        checked = counts["killed"] + counts["survived"] + counts["no tests"]
        out += ["## Python (mutmut)", "",
                f"Score: **{pct:.1f}%** of {checked - (len(survivors) - len(live))} checked non-equivalent mutants killed "
                f"({counts['killed']} killed, {len(live)} surviving, {len(survivors) - len(live)} equivalent; "
                f"{counts['not checked']} not checked when the run stopped).", "",
                "Surviving mutants:", ""]
        out += [f"- `{where}` {name}: `{change}`" for name, where, change in survivors if (where, change) not in known] or ["- none"]
        out.append("")
    counts, survivors = js_results(copy)
    if counts is not None:
        detected = counts.get("Killed", 0) + counts.get("Timeout", 0)
        pct, live = score(detected, survivors, known)
        out += ["## JavaScript (StrykerJS)", "",
                f"Score: **{pct:.1f}%** of {detected + len(live)} non-equivalent mutants killed "
                f"({', '.join(f'{k}: {v}' for k, v in sorted(counts.items()))}; {len(survivors) - len(live)} equivalent).", "",
                "Surviving mutants:", ""]
        out += [f"- `{where}` {mutator}: `{change}`" for mutator, where, change in survivors
                if (where, change) not in known] or ["- none"]
        out.append("")
    (HERE / "results.md").write_text("\n".join(out), encoding="utf-8")
    print("\n".join(out))


if __name__ == "__main__":
    main()
