#!/usr/bin/env bash
# Start-up and refresh benchmark of the desktop app (run outside ctest; numbers depend on the machine).
#
#   tests/ui/bench/startup_bench.sh [BUILD_DIR] [RUNS]
#
# 1. Cold start: a fresh `shirube --quit-after-show` process (QApplication, the built-in ruleset loaded
#    and validated, the main window built and shown) against the bare Qt Widgets hello-world built in
#    the same tree (`shirube_hello --quit-after-show`), same run. Goal: shirube ≤ 1.5 × hello.
#    Measured with hyperfine when installed (apt-get install hyperfine), else a timing loop (median).
# 2. Answer change → refreshed results, in-process (`shirube --bench-refresh N`): each edit goes through
#    the questionnaire model (an undoable command), the planner off the GUI thread, every results
#    widget and the repaint. Goal: median ≤ 16 ms.
#
# Use an optimised build (the `release` or `ci` preset); without a display it runs on the offscreen
# platform. Settings and recovery files go to a throw-away directory.
set -euo pipefail

build=${1:-build/release}
runs=${2:-30}
shirube="$build/app/gui/shirube"
hello="$build/app/gui/shirube_hello"
for exe in "$shirube" "$hello"; do
    [[ -x "$exe" ]] || { echo "missing $exe (build the targets shirube and shirube_hello first)" >&2; exit 2; }
done
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    export QT_QPA_PLATFORM=offscreen
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

echo "== platform: ${QT_QPA_PLATFORM:-default}, $runs runs each"
if command -v hyperfine > /dev/null; then
    hyperfine --shell=none --warmup 3 --runs "$runs" --export-json "$scratch/startup.json" \
        -n hello "$hello --quit-after-show" -n shirube "$shirube --quit-after-show" > "$scratch/hyperfine.txt"
    cat "$scratch/hyperfine.txt"
    python3 - "$scratch/startup.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
h, s = r["hello"], r["shirube"]
ratio = s["median"] / h["median"]
print(f"start-up (median of {len(s['times'])}): hello {h['median']*1e3:.1f} ms, shirube {s['median']*1e3:.1f} ms, "
      f"ratio {ratio:.2f} (goal <= 1.5: {'met' if ratio <= 1.5 else 'NOT met'})")
PY
else
    median_ms() { # runs the command $runs times, prints the median wall time in ms
        local times=()
        for ((i = 0; i < runs; i++)); do
            local t0 t1
            t0=$(date +%s%N); "$@" > /dev/null 2>&1; t1=$(date +%s%N)
            times+=($(( (t1 - t0) / 1000 )))
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m/1000}'
    }
    "$hello" --quit-after-show > /dev/null 2>&1; "$shirube" --quit-after-show > /dev/null 2>&1 # warm-up
    h=$(median_ms "$hello" --quit-after-show)
    s=$(median_ms "$shirube" --quit-after-show)
    python3 -c "h,s=$h,$s; r=s/h; print(f'start-up (median of $runs): hello {h:.1f} ms, shirube {s:.1f} ms, ratio {r:.2f} (goal <= 1.5: {\"met\" if r <= 1.5 else \"NOT met\"})')"
fi
echo "== in-process, from main() to the shown window:"
echo "   hello:   $("$hello" --quit-after-show 2>/dev/null)"
echo "   shirube: $("$shirube" --quit-after-show 2>/dev/null)"
echo "== answer change -> refreshed results"
"$shirube" --bench-refresh 200 2>/dev/null
