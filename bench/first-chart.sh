#!/usr/bin/env bash
# Issue 14's window start-up figure: starts the window on the bundled sample N times (cold, under one Xvfb server)
# with -Dsurveypivot.firstChartTiming=true (temp files, e.g. JavaFX's font copies, in its own folder, removed after)
# and prints the time from process start to the first band chart laid out
# on screen (logged by ui.FirstChartTiming), then closes the window. Needs xvfb-run and target/surveypivot.jar.
#
# Usage: bench/first-chart.sh [--runs N] [--jar JAR] [-- extra JVM options, e.g. -XX:SharedArchiveFile=...]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/surveypivot.jar
RUNS=3
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --jar) JAR=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
[ -f "$JAR" ] || { echo "no $JAR" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export JAR RUNS WORK
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    best=""
    bestcpu=""
    for i in $(seq 1 "$RUNS"); do
        log=$WORK/run-$i.log
        java -Dsurveypivot.firstChartTiming=true -Dsurveypivot.config="$WORK/config-$i" -Djava.io.tmpdir="$WORK" "$@" -jar "$JAR" >"$log" 2>&1 &
        pid=$!
        ms=""
        cpu=""
        for _ in $(seq 1 600); do
            ms=$(sed -n "s/.*first chart shown \([0-9-]*\) ms.*/\1/p" "$log" | head -1)
            cpu=$(sed -n "s/.*first chart shown .* (CPU \([0-9-]*\) ms).*/\1/p" "$log" | head -1)
            [ -n "$ms" ] && break
            kill -0 $pid 2>/dev/null || break
            sleep 0.05
        done
        kill $pid 2>/dev/null || true
        wait $pid 2>/dev/null || true
        if [ -z "$ms" ]; then echo "run $i: no first-chart line (see below)"; cat "$log"; exit 1; fi
        echo "run $i: first chart $ms ms after process start, CPU $cpu ms"
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
        if [ -z "$bestcpu" ] || [ "$cpu" -lt "$bestcpu" ]; then bestcpu=$cpu; fi
    done
    echo "first chart, min of $RUNS cold starts: $best ms (CPU min $bestcpu ms); load: $(cut -d" " -f1-3 /proc/loadavg)"
' bash "$@"
