#!/usr/bin/env bash
# Start-up and refresh benchmark of the desktop app (run outside ctest; numbers depend on the machine).
#
#   tests/ui/bench/startup_bench.sh [BUILD_DIR] [RUNS]
#
# 1. Cold start to the first shown main window: a fresh `shirube --quit-after-show` process
#    (QApplication, the built-in ruleset loaded and validated, the main window built and shown) against
#    the bare Qt Widgets hello-world built in the same tree (`shirube_hello --quit-after-show`), in the
#    same run, alternating. Both report two moments (app/gui/bench/StartupReport.h), timed from just
#    before exec (process start-up and dynamic loading included, shutdown excluded):
#      first frame - the window system exposed the window and Qt painted and flushed its first frame:
#                    what the user sees. The goal (shirube <= 1.5 x hello) is read here.
#      shown       - show() returned and the event loop ran once: mapped, nothing drawn yet. Reported
#                    for reference: hello has not even loaded a font at that point (fontconfig and the
#                    font database are read for its first paint), while shirube's window is laid out.
#      results     - (shirube only) its first plan applied: the blank profile's class, routes and
#                    funding shown (planned at idle priority while the window opens, shown after its
#                    first frame).
#    A third program runs in the same rounds for reference: `shirube_hello --reference`, a window of the
#    same kinds of Qt widgets as shirube's (menus, tool bar, dock, splitters, a scrolled form with one
#    question, a table, tabs with a graphics view) with none of its content: what Qt itself takes to
#    bring those widgets up on this machine.
#    shirube loads the ruleset and reads the fontconfig configuration on a second core while
#    QApplication starts, so a busy second core (other jobs) slows it and not hello: run on an idle
#    machine and repeat. Whole-process times (hyperfine, when installed) are printed for reference.
# 2. Answer change → refreshed results, in-process (`shirube --bench-refresh N`): each edit goes through
#    the questionnaire model (an undoable command), the planner off the GUI thread, every results
#    widget and the repaint: N edits answering the example from blank (the early answers leave several
#    scenarios and dozens of routes) and N changing answers of the complete example. Goal: median
#    ≤ 16 ms.
#
# Platform: $DISPLAY when set; otherwise an Xvfb X server (xvfb-run) when installed, else Qt's
# offscreen platform. SHIRUBE_BENCH_PLATFORM=offscreen|xvfb forces one. Use an optimised build (the
# `release` or `ci` preset). Settings and recovery files go to a throw-away directory.
set -euo pipefail

build=${1:-build/release}
runs=${2:-30}
shirube="$build/app/gui/shirube"
hello="$build/app/gui/shirube_hello"
for exe in "$shirube" "$hello"; do
    [[ -x "$exe" ]] || { echo "missing $exe (build the targets shirube and shirube_hello first)" >&2; exit 2; }
done

platform=${SHIRUBE_BENCH_PLATFORM:-}
if [[ -z "$platform" ]]; then
    if [[ -n "${SHIRUBE_BENCH_IN_XVFB:-}" ]]; then platform=xvfb
    elif [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then platform=display
    elif command -v xvfb-run > /dev/null; then platform=xvfb
    else platform=offscreen; fi
fi
if [[ "$platform" == xvfb && -z "${SHIRUBE_BENCH_IN_XVFB:-}" ]]; then
    SHIRUBE_BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$@"
fi
[[ "$platform" == offscreen ]] && export QT_QPA_PLATFORM=offscreen
[[ "$platform" == xvfb ]] && export QT_QPA_PLATFORM=xcb

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

# Microseconds from just before exec to the moments the program reports: "<shown> <first frame> [results]".
moments_us() {
    local t0 out shown frame results
    t0=$(date +%s%N)
    out=$("$@" --quit-after-show 2> /dev/null)
    shown=$(sed -n 's/^shown after .* at \([0-9]*\) ns since the epoch.*/\1/p' <<< "$out")
    frame=$(sed -n 's/^first frame after .* at \([0-9]*\) ns since the epoch.*/\1/p' <<< "$out")
    results=$(sed -n 's/^results after .* at \([0-9]*\) ns since the epoch.*/\1/p' <<< "$out")
    [[ -n "$shown" && -n "$frame" ]] || { echo "$1 did not report both moments: $out" >&2; exit 3; }
    echo "$(( (shown - t0) / 1000 )) $(( (frame - t0) / 1000 ))${results:+ $(( (results - t0) / 1000 ))}"
}

echo "== platform: $platform, $runs runs each"
"$hello" --quit-after-show > /dev/null 2>&1; "$shirube" --quit-after-show > /dev/null 2>&1 # warm the caches
"$hello" --reference --quit-after-show > /dev/null 2>&1
hello_us=(); shirube_us=(); reference_us=()
for ((i = 0; i < runs; i++)); do
    hello_us+=("$(moments_us "$hello")")
    shirube_us+=("$(moments_us "$shirube")")
    reference_us+=("$(moments_us "$hello" --reference)")
done
python3 - "$(printf '%s\n' "${hello_us[@]}")" "$(printf '%s\n' "${shirube_us[@]}")" \
    "$(printf '%s\n' "${reference_us[@]}")" <<'PY'
import statistics, sys
h, s, ref = ([tuple(int(v) / 1000 for v in line.split()) for line in arg.splitlines()] for arg in sys.argv[1:4])
for i, moment in ((1, "first frame"), (0, "shown (mapped, reference)")):
    mh = statistics.median(x[i] for x in h)
    ms = statistics.median(x[i] for x in s)
    r = ms / mh
    goal = f" (goal <= 1.5: {'met' if r <= 1.5 else 'NOT met'})" if i == 1 else ""
    print(f"exec -> {moment} (median of {len(h)}): hello {mh:.1f} ms, shirube {ms:.1f} ms, ratio {r:.2f}{goal}")
if all(len(x) > 2 for x in s):
    print(f"exec -> shirube's first results (its blank profile planned and shown): "
          f"{statistics.median(x[2] for x in s):.1f} ms")
mh, mr, ms = (statistics.median(x[1] for x in v) for v in (h, ref, s))
print(f"exec -> first frame of the reference window (the same kinds of Qt widgets, none of shirube's "
      f"content): {mr:.1f} ms, {mr / mh:.2f} x hello; shirube is {ms / mr:.2f} x the reference")
PY
if command -v hyperfine > /dev/null; then
    echo "== whole process, start to exit (reference; shirube's exit waits for the plan of the blank profile)"
    hyperfine --shell=none --warmup 2 --runs "$runs" --style basic \
        -n hello "$hello --quit-after-show" -n shirube "$shirube --quit-after-show" 2>&1 | grep -E 'Benchmark|Time \(mean'
fi
echo "== in-process, from main():"
echo "   hello:   $("$hello" --quit-after-show 2> /dev/null | sed 's/; at.*//' | paste -sd ';')"
echo "   shirube: $("$shirube" --quit-after-show 2> /dev/null | sed 's/; at.*//' | paste -sd ';')"
echo "== answer change -> refreshed results"
"$shirube" --bench-refresh 200 2> /dev/null
