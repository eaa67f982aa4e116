#!/usr/bin/env bash
# Mutation testing in a copy of the project under /tmp (mutants never touch the working tree), then
# tests/mutation/results.md. usage: run.sh [python|js|all] [module, e.g. macros/data/checks.py]
# TESTS="tests/data/test_checks_rules.py tests/domain/test_pay.py" runs only those test files against each Python mutant (default: tests/).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
what=${1:-all}
module=${2:-}
work=$(mktemp -d /tmp/role-guides-mutation.XXXXXX)
tar -C "$root" --exclude=./.git --exclude=./.venv --exclude=./node_modules --exclude=./site --exclude=./.site-new \
    --exclude=./mutants --exclude=./tests/mutation/node_modules --exclude=./tests/bench/node_modules -cf - . | tar -C "$work" -xf -
ln -s "$root/node_modules" "$work/node_modules"
start=$(date +%s)
if [ "$what" != js ]; then
    cp "$root/tests/mutation/setup.cfg" "$work/setup.cfg"
    [ -z "$module" ] || printf 'only_mutate =\n    %s\n' "$module" >> "$work/setup.cfg"
    [ -z "${TESTS:-}" ] || sed -i "s|^    tests/\$|    $(echo $TESTS | sed 's/ /\\n    /g')|" "$work/setup.cfg"
    # clear_caches.py (a pytest plugin, -p in setup.cfg) empties macros/' caches before each test.
    (cd "$work" && PYTHONPATH="$root/tests/mutation" "$root/.venv/bin/mutmut" run --max-children "${JOBS:-2}") || echo "mutmut stopped: the report counts what it checked"
fi
if [ "$what" != python ]; then
    (cd "$work" && "$root/tests/mutation/node_modules/.bin/stryker" run "$root/tests/mutation/stryker.config.json")
fi
cd "$work" && "$root/.venv/bin/python" "$root/tests/mutation/report.py" "$work" "$(( $(date +%s) - start ))"
echo "the copy with mutmut's and Stryker's data: $work"
