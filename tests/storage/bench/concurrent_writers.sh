#!/usr/bin/env bash
# Concurrent writers into one project file (issue #16), outside ctest:
#
#   tests/storage/bench/concurrent_writers.sh BUILD_DIR [WRITERS] [SAVES]
#
# Two rounds, each WRITERS processes (default 4) x SAVES saves (default 200) into one fresh project:
#   cli    every save is `shirube-cli project import P one-profile.jsonl` (takes the project's lock);
#   merge  every save is open -> add one product -> ProjectFile::saveChecked() without holding the lock
#          in between, as the GUI does (shirube_save_torture add-loop), so writers race and merge.
# Afterwards the products are counted: WRITERS x SAVES + the initial one, else the run fails (exit 1).
set -euo pipefail

BUILD="${1:?usage: $0 BUILD_DIR [WRITERS] [SAVES]}"
WRITERS="${2:-4}"
SAVES="${3:-200}"
CLI="$BUILD/app/cli/shirube-cli"
TORTURE="$BUILD/tests/storage/shirube_save_torture"
[ -x "$CLI" ] || { echo "no $CLI (build the ci preset or a headless tree first)" >&2; exit 2; }
[ -x "$TORTURE" ] || { echo "no $TORTURE" >&2; exit 2; }
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
EXAMPLE="$(ls "$ROOT"/resources/examples/*.json | head -1)"
# One profile per line: the example, compacted (its name is what the product is called).
tr -d '\n' < "$EXAMPLE" > "$WORK/one.jsonl"
echo >> "$WORK/one.jsonl"

status=0
count_products() { "$CLI" project list "$1" | wc -l; }

round() { # name, command for writer N (a function)
    local name="$1" fn="$2" project="$WORK/$1.shirube" pids=() w start end expected got
    "$CLI" project import "$project" "$WORK/one.jsonl" > /dev/null
    start=$(date +%s.%N)
    for w in $(seq 1 "$WRITERS"); do
        "$fn" "$project" "$w" > "$WORK/$name-$w.log" 2>&1 &
        pids+=($!)
    done
    local failed=0
    for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done
    end=$(date +%s.%N)
    expected=$((WRITERS * SAVES + 1))
    got=$(count_products "$project")
    printf '%-6s %d writers x %d saves in %.1f s: %d products, expected %d, lost %d; %d writers failed\n' \
        "$name" "$WRITERS" "$SAVES" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$got" "$expected" $((expected - got)) "$failed"
    if [ "$failed" -ne 0 ]; then cat "$WORK/$name"-*.log | sort | uniq -c | sort -rn | head -5; fi
    grep -h "merged" "$WORK/$name"-*.log 2>/dev/null | sed 's/^/       /' || true
    [ "$got" -eq "$expected" ] && [ "$failed" -eq 0 ] || status=1
}

cli_writer() { # project, writer
    local i
    for i in $(seq 1 "$SAVES"); do
        SHIRUBE_LOCK_WAIT_MS=60000 "$CLI" project import "$1" "$WORK/one.jsonl" > /dev/null
    done
}
merge_writer() { "$TORTURE" add-loop "$1" "$SAVES" "writer-$2"; }

round cli cli_writer
round merge merge_writer
exit "$status"
