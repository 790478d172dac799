#!/usr/bin/env bash
# Issue 14's window start-up figure: starts the window on the bundled sample N times (cold, under one Xvfb server)
# with -Dsurveypivot.firstChartTiming=true (settings and temp files, e.g. JavaFX's font copies, in a folder of its
# own, removed after) and prints the time from the (first) process start to the first band chart laid out on screen (logged by
# ui.FirstChartTiming) and the process's CPU time then, then closes the window. Needs xvfb-run.
#
# Usage: bench/first-chart.sh [--runs N] [--jar JAR] [--baseline OLD.jar] [--launcher APP-IMAGE-LAUNCHER] [--floor]
#                             [--phases] [-- extra JVM options for JAR, e.g. -XX:SharedArchiveFile=...]
#   --jar JAR        the product's jar, started as `java [options] -jar JAR` (default target/surveypivot.jar)
#   --baseline JAR   also another build's jar (e.g. main's), in the same rounds
#   --launcher PATH  also the app-image's launcher (target/installer/SurveyPivot/bin/SurveyPivot); its JVM options are
#                    its own (lib/app/SurveyPivot.cfg), the timing property reaches it through JAVA_TOOL_OPTIONS
#   --launcher-only PATH  only the app-image's launcher (no jar); the options after -- go to it (JAVA_TOOL_OPTIONS)
#   --floor          also the JavaFX floor: bench/FxFloor.java (one stage, one Label) on the jar's JavaFX classes
#   --phases         print each run's start-up phases (main, toolkit, sample read, view, shown, survey shown)
#   --first-starts   every run of the jar gets an empty cache folder (-Dsurveypivot.cache): it maps the archive the
#                    build made beside the jar or, for a jar without one, writes its own again
# Plain `java -jar JAR` starts the window in a second JVM with C1 only and a class-data archive (launch.FastStart):
# the build's archive beside the jar, or one kept in the cache folder. One cache folder per variant is kept across
# the rounds unless --first-starts. The times count from the first JVM's start.
# Each round starts every variant once, one after the other (interleaved: all see the same load); the summary is the
# minimum over the rounds of each variant's wall time and of its CPU time, with the load average.
#
# The logged times count from the process's start as Java's ProcessHandle gives it: on Linux the kernel's start
# tick plus the boot time of /proc/stat, which is in whole seconds, so every logged time is too long by the boot
# time's fraction of a second (the same for every run until the next boot; 273 ms on the machine of the figures in
# docs/performance.md). The times printed here are corrected by it: boot time = now - /proc/uptime (10 ms).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/surveypivot.jar
RUNS=3
BASELINE=""
LAUNCHER=""
WITH_JAR=true
FLOOR=false
PHASES=false
FIRST_STARTS=false
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --jar) JAR=$2; shift 2 ;;
        --baseline) BASELINE=$2; shift 2 ;;
        --launcher) LAUNCHER=$2; shift 2 ;;
        --launcher-only) LAUNCHER=$2; WITH_JAR=false; shift 2 ;;
        --floor) FLOOR=true; shift ;;
        --phases) PHASES=true; shift ;;
        --first-starts) FIRST_STARTS=true; shift ;;
        --) shift; break ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
! $WITH_JAR || [ -f "$JAR" ] || { echo "no $JAR" >&2; exit 1; }
[ -z "$BASELINE" ] || [ -f "$BASELINE" ] || { echo "no $BASELINE" >&2; exit 1; }
[ -z "$LAUNCHER" ] || [ -x "$LAUNCHER" ] || { echo "no $LAUNCHER" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "first-chart: needs xvfb-run (Debian: apt-get install xvfb)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
if $FLOOR; then
    mkdir -p "$WORK/floor"
    javac -encoding UTF-8 -cp "$JAR" -d "$WORK/floor" "$ROOT/bench/FxFloor.java"
fi
now_ms=$(date +%s%3N)
up_ms=$(awk '{printf "%d", $1 * 1000}' /proc/uptime)
btime=$(awk '/^btime/ {print $2}' /proc/stat)
BOOT_ERROR=$(( (now_ms - up_ms) - btime * 1000 ))
echo "logged times are corrected by the boot time's rounding: -$BOOT_ERROR ms"
export JAR RUNS WORK BASELINE LAUNCHER WITH_JAR FLOOR PHASES FIRST_STARTS BOOT_ERROR
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    declare -A best bestcpu
    variants=()
    $WITH_JAR && variants+=(jar)
    [ -n "$BASELINE" ] && variants+=(baseline)
    [ -n "$LAUNCHER" ] && variants+=(app-image)
    $FLOOR && variants+=(floor)
    for i in $(seq 1 "$RUNS"); do
        for v in "${variants[@]}"; do
            log=$WORK/run-$v-$i.log
            : >"$log"
            cache=$WORK/cache-$v
            if $FIRST_STARTS; then cache=$cache-$i; fi
            own="-Dsurveypivot.firstChartTiming=true -Dsurveypivot.config=$WORK/config-$v-$i -Djava.io.tmpdir=$WORK"
            own="$own -Dsurveypivot.cache=$cache"
            case $v in
                jar) java $own "$@" -jar "$JAR" >>"$log" 2>&1 & ;;
                baseline) java $own -jar "$BASELINE" >>"$log" 2>&1 & ;;
                app-image) if $WITH_JAR; then extra=""; else extra="$*"; fi
                    JAVA_TOOL_OPTIONS="$own $extra" "$LAUNCHER" >>"$log" 2>&1 & ;;
                floor) java -Djava.io.tmpdir="$WORK" -cp "$JAR:$WORK/floor" "FxFloor\$Main" >>"$log" 2>&1 & ;;
            esac
            pid=$!
            ms=""
            cpu=""
            for _ in $(seq 1 1200); do
                ms=$(sed -n "s/.*first chart shown \([0-9-]*\) ms.*/\1/p" "$log" | head -1)
                cpu=$(sed -n "s/.*first chart shown .* (CPU \([0-9-]*\) ms).*/\1/p" "$log" | head -1)
                [ -n "$ms" ] && break
                kill -0 $pid 2>/dev/null || break
                sleep 0.05
            done
            kill $pid 2>/dev/null || true
            wait $pid 2>/dev/null || true
            if [ -z "$ms" ]; then echo "run $i $v: no first-chart line (see below)"; cat "$log"; exit 1; fi
            ms=$(( ms - BOOT_ERROR ))
            echo "run $i $v: first chart $ms ms after launch, CPU $cpu ms"
            if $PHASES; then
                sed -n "s/.*start-up phases (ms after launch): //p" "$log" | awk -v e="$BOOT_ERROR" -F", " \
                    "{ out = \"\"; for (i = 1; i <= NF; i++) { n = split(\$i, w, \" \"); w[n] -= e; t = w[1];
                       for (j = 2; j <= n; j++) t = t \" \" w[j]; out = out (i > 1 ? \", \" : \"\") t }
                       print \"    phases: \" out }"
            fi
            if [ -z "${best[$v]:-}" ] || [ "$ms" -lt "${best[$v]}" ]; then best[$v]=$ms; fi
            if [ -z "${bestcpu[$v]:-}" ] || [ "$cpu" -lt "${bestcpu[$v]}" ]; then bestcpu[$v]=$cpu; fi
        done
    done
    for v in "${variants[@]}"; do
        echo "first chart, min of $RUNS cold starts, $v: ${best[$v]} ms (CPU min ${bestcpu[$v]} ms)"
    done
    echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
' bash "$@"
