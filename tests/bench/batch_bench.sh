#!/usr/bin/env bash
# `shirube-cli plan --batch` of 10,000 generated profiles on one core, as users run it: JSON Lines in,
# JSON Lines out to a file (run outside ctest; numbers depend on the machine). Goal: ≤ 5 s.
#
#   tests/bench/batch_bench.sh [BUILD_DIR] [COUNT]
#
# Two mixes from the benchmark's profile generator (shirube_bench --gen-profiles): every answer given,
# and one answer in eight left unknown (the default mix; about half of those plans split into
# scenarios). Each is run three times on one CPU (taskset, when there) and the median is printed.
set -euo pipefail

build=${1:-build/ci}
count=${2:-10000}
cli="$build/app/cli/shirube-cli"
gen="$build/tests/bench/shirube_bench"
for exe in "$cli" "$gen"; do
    [[ -x "$exe" ]] || { echo "missing $exe (build shirube-cli and shirube_bench first)" >&2; exit 2; }
done
pin=()
command -v taskset > /dev/null && pin=(taskset -c 0)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

declare -A wall_of
for rate in 0 0.125 partly; do
    if [[ $rate == partly ]]; then
        "$gen" --gen-partly "$count" > "$scratch/profiles.jsonl"
    else
        "$gen" --gen-profiles "$count" --unknown-rate "$rate" > "$scratch/profiles.jsonl"
    fi
    times=()
    for run in 1 2 3; do
        # bash's `time`: wall-clock, user and system seconds of the run.
        TIMEFORMAT='%R %U %S'
        { time "${pin[@]}" "$cli" plan --batch "$scratch/profiles.jsonl" --as-of 2025-04 \
              > "$scratch/plans.jsonl"; } 2> "$scratch/time"
        times+=("$(tr ' ' ',' < "$scratch/time")")
    done
    lines=$(wc -l < "$scratch/plans.jsonl")
    bytes=$(wc -c < "$scratch/plans.jsonl")
    python3 - "$rate" "$count" "$lines" "$bytes" "${times[@]}" <<'PY' | tee "$scratch/result-$rate"
import statistics, sys
partly = sys.argv[1] == "partly"
rate = 0.0 if partly else float(sys.argv[1])
count, lines, size = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
runs = [tuple(float(x) for x in t.split(',')) for t in sys.argv[5:]]
wall = statistics.median(r[0] for r in runs)
cpu = statistics.median(r[1] + r[2] for r in runs)
mix = ("partly answered: kind and 3-4 answers, goals blank" if partly
       else "every answer given" if rate == 0 else f"1 answer in {round(1 / rate)} unknown")
# On a machine shared with other work the wall clock includes waiting for the CPU; the CPU time
# (user + system) is what the run itself took.
print(f"plan --batch, {count} profiles ({mix}), median of {len(runs)} runs: {wall:.2f} s wall, "
      f"{cpu:.2f} s CPU; {lines} plans, {size / 1e6:.0f} MB "
      f"(goal <= 5 s: {'met' if wall <= 5 else 'NOT met'})")
print(f"cpu={cpu:.3f}", file=sys.stderr)
PY
done 2> >(grep -v '^cpu=' >&2)
# The partly answered batch against the fully answered one, in CPU seconds (goal: <= 1.5x).
python3 - "$scratch" <<'PY'
import re, sys, pathlib
d = pathlib.Path(sys.argv[1])
def cpu(name):
    text = (d / f"result-{name}").read_text()
    return float(re.search(r"([0-9.]+) s CPU", text).group(1))
full, partly = cpu("0"), cpu("partly")
print(f"partly answered / fully answered: {partly / full:.2f}x CPU (goal <= 1.5x: {'met' if partly / full <= 1.5 else 'NOT met'})")
PY
