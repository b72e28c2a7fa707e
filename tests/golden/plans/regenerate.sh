#!/usr/bin/env bash
# Writes the expected plan of every bundled example (tests/golden/plans/<example>.json): what
# `shirube-cli plan EXAMPLE --as-of 2025-04` prints, byte for byte. GoldenPlanBytes (tests/core)
# checks the planner still produces exactly these bytes. Run after a deliberate change to the
# ruleset or the planner, and read the diff before committing it.
#   tests/golden/plans/regenerate.sh [path/to/shirube-cli]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cli="${1:-$root/build/ci/app/cli/shirube-cli}"
for example in "$root"/resources/examples/*.json; do
    name="$(basename "$example")"
    "$cli" plan "$example" --as-of 2025-04 > "$here/$name"
done
echo "wrote $(ls "$here"/*.json | wc -l) expected plans to $here"
