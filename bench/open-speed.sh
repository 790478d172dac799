#!/usr/bin/env bash
# Issue 14's open benchmark: whole-process, cold, interleaved runs of
#   (a) the floor: a JVM that inflates the sheet XML of the reference export and runs a no-op Aalto StAX pass over it
#       (bench/StaxFloor.java, the loop of ../shared/bench/xlsx `bench.Read floor-stax`);
#   (b) java -jar target/surveypivot.jar describe FILE --format json;
# then `describe sample` (cold). Prints the minimum wall time of each, the ratio, CPU time (user+sys), peak RSS and
# peak heap (the most heap in use before any GC or at exit, from -Xlog:gc), and checks describe's JSON against the
# stored fingerprint of the reference export (bench/reference-100k-seed42.describe.json, made by main before the
# speed work).
#
# Builds nothing of the product: it needs target/surveypivot.jar (`mvn -B -o -q package -DskipTests`).
# Generates the reference file once (../shared/bench/xlsx's generator, 100,000 x 150, seed 42) into the work folder
# (about 4 minutes on a loaded machine).
#
# Usage: bench/open-speed.sh [--runs N] [--big] [--baseline OLD.jar] [--cds]
#   --runs N          interleaved runs of each (default 3)
#   --big             also open a 1,000,000 x 150 export under -Xmx4g (the reference's rows ten times, made once)
#   --baseline JAR    also run describe with another build's jar in the same rounds (old vs new side by side)
#   --cds             start describe (reference export and sample) with the class-data archive target/surveypivot.jsa
#                     (made by bench/cds-archive.sh); without it, plain `java -jar` as a user starts it
# Environment: SHARED (default ../shared), BENCH_DIR (default target/open-speed), JAVA (default java).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
JAR=$ROOT/target/surveypivot.jar
WORK=${BENCH_DIR:-$ROOT/target/open-speed}
JAVA=${JAVA:-java}
RUNS=3
BIG=0
BASELINE=""
USE_CDS=0
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS=$2; shift 2 ;;
        --big) BIG=1; shift ;;
        --baseline) BASELINE=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
        --cds) USE_CDS=1; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
[ -f "$JAR" ] || { echo "no $JAR: build it first (mvn -B -o -q package -DskipTests)" >&2; exit 1; }
GEN_SRC=$SHARED/bench/xlsx/src/main/java/bench/Gen.java
[ -f "$GEN_SRC" ] || { echo "no $GEN_SRC (set SHARED=)" >&2; exit 1; }
mkdir -p "$WORK/runs"

CDS_OPTS=()
if [ $USE_CDS = 1 ]; then
    [ -f "$ROOT/target/surveypivot.jsa" ] || { echo "no target/surveypivot.jsa: run bench/cds-archive.sh" >&2; exit 1; }
    CDS_OPTS=(-XX:SharedArchiveFile="$ROOT/target/surveypivot.jsa")
fi

# ---- the generator and the floor, compiled against the jar (it holds POI and Aalto) ----
if [ ! -f "$WORK/gen/bench/Gen.class" ]; then
    mkdir -p "$WORK/gen"
    javac -nowarn --release 17 -cp "$JAR" -d "$WORK/gen" "$GEN_SRC"
fi
if [ ! -f "$WORK/floor/StaxFloor.class" ]; then
    mkdir -p "$WORK/floor"
    (cd "$WORK/floor" && unzip -q -o "$JAR" 'com/fasterxml/aalto/*' 'org/codehaus/stax2/*' 'META-INF/services/javax.xml.stream.*')
    javac -nowarn --release 17 -cp "$WORK/floor" -d "$WORK/floor" "$ROOT/bench/StaxFloor.java"
fi
FILE=$WORK/survey_100k_seed42.xlsx
if [ ! -f "$FILE" ]; then
    echo "generating $FILE (once) ..."
    "$JAVA" -Xmx3g -cp "$WORK/gen:$JAR" bench.Gen 100000 "$FILE.tmp.xlsx" 42 >/dev/null
    mv "$FILE.tmp.xlsx" "$FILE"
fi

# ---- one measured process: wall ms, cpu ms (user+sys), max RSS MB, peak heap MB ----
# run_one NAME OUTFILE CMD...
run_one() {
    local name=$1 out=$2; shift 2
    local gclog=$WORK/runs/$name.gc.log tlog=$WORK/runs/$name.time
    rm -f "$gclog"
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -f "%U %S %M" -o "$tlog" "$@" >"$out" 2>"$WORK/runs/$name.err" || {
        echo "FAILED: $name (see $WORK/runs/$name.err)" >&2; cat "$WORK/runs/$name.err" >&2; return 1; }
    t1=$(date +%s%N)
    local wall=$(( (t1 - t0) / 1000000 ))
    local cpu rss
    cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$tlog")
    rss=$(awk '{printf "%d", $3 / 1024}' "$tlog")
    local heap
    heap=$(peak_heap "$gclog")
    echo "$wall $cpu $rss $heap"
}

# The most heap in use: the "before" figure of every GC pause (e.g. 123M->45M(512M)) and the use at exit.
peak_heap() {
    [ -f "$1" ] || { echo "?"; return; }
    awk '
        function mb(v,  u, n) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1) + 0;
            if (u == "K") return n / 1024; if (u == "G") return n * 1024; if (u == "M") return n; return v / 1048576 }
        /Pause/ && match($0, /[0-9]+[KMG]->/) { v = mb(substr($0, RSTART, RLENGTH - 2)); if (v > max) max = v }
        /garbage-first heap/ && match($0, /used [0-9]+K/) { v = substr($0, RSTART + 5, RLENGTH - 6) / 1024; if (v > max) max = v }
        END { printf "%d", max }' "$1"
}

gc_opts() { echo "-Xlog:gc:file=$WORK/runs/$1.gc.log -Xlog:gc+heap+exit=info:file=$WORK/runs/$1.gc.log"; }

REF_JSON=$ROOT/bench/reference-100k-seed42.describe.json
declare -A best_wall best_cpu best_rss best_heap
record() {   # record KEY "wall cpu rss heap"
    local k=$1 wall cpu rss heap
    read -r wall cpu rss heap <<<"$2"
    if [ -z "${best_wall[$k]:-}" ] || [ "$wall" -lt "${best_wall[$k]}" ]; then best_wall[$k]=$wall; fi
    if [ -z "${best_cpu[$k]:-}" ] || [ "$cpu" -lt "${best_cpu[$k]}" ]; then best_cpu[$k]=$cpu; fi
    if [ -z "${best_rss[$k]:-}" ] || [ "$rss" -gt "${best_rss[$k]}" ]; then best_rss[$k]=$rss; fi
    if [ -z "${best_heap[$k]:-}" ] || [ "$heap" -gt "${best_heap[$k]}" ]; then best_heap[$k]=$heap; fi
    printf '  %-18s wall %6d ms  cpu %6d ms  rss %5d MB  heap %5s MB\n' "$k" $wall $cpu $rss $heap
}

fingerprint_ok=yes
check_json() {   # check_json OUT
    if [ -f "$REF_JSON" ]; then
        if ! cmp -s "$1" "$REF_JSON"; then fingerprint_ok=NO; echo "  fingerprint differs: diff $1 $REF_JSON"; fi
    else
        fingerprint_ok="no stored fingerprint ($REF_JSON)"
    fi
}

echo "load before: $(uptime)"
echo "$RUNS interleaved cold runs; file $(du -m "$FILE" | cut -f1) MB; cds: ${CDS_OPTS[*]:-none}"
for i in $(seq 1 "$RUNS"); do
    echo "round $i"
    # shellcheck disable=SC2046
    record floor "$(run_one floor-$i "$WORK/runs/floor-$i.out" "$JAVA" $(gc_opts floor-$i) -cp "$WORK/floor" StaxFloor "$FILE")"
    # shellcheck disable=SC2046
    record describe "$(run_one describe-$i "$WORK/runs/describe-$i.json" "$JAVA" "${CDS_OPTS[@]}" $(gc_opts describe-$i) -jar "$JAR" describe "$FILE" --format json)"
    check_json "$WORK/runs/describe-$i.json"
    if [ -n "$BASELINE" ]; then
        # shellcheck disable=SC2046
        record baseline "$(run_one baseline-$i "$WORK/runs/baseline-$i.json" "$JAVA" $(gc_opts baseline-$i) -jar "$BASELINE" describe "$FILE" --format json)"
    fi
    # shellcheck disable=SC2046
    record sample "$(run_one sample-$i "$WORK/runs/sample-$i.json" "$JAVA" "${CDS_OPTS[@]}" $(gc_opts sample-$i) -jar "$JAR" describe sample --format json)"
    if [ -n "$BASELINE" ]; then
        # shellcheck disable=SC2046
        record baseline-sample "$(run_one baseline-sample-$i "$WORK/runs/baseline-sample-$i.json" "$JAVA" $(gc_opts baseline-sample-$i) -jar "$BASELINE" describe sample --format json)"
    fi
done
echo "load after: $(uptime)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
{
    echo
    echo "| what (min of $RUNS cold runs) | wall | CPU user+sys | peak RSS | peak heap |"
    echo "|---|---:|---:|---:|---:|"
    for k in floor describe baseline sample baseline-sample; do
        [ -n "${best_wall[$k]:-}" ] || continue
        echo "| $k | ${best_wall[$k]} ms | ${best_cpu[$k]} ms | ${best_rss[$k]} MB | ${best_heap[$k]} MB |"
    done
    echo
    echo "describe / floor: wall $(ratio "${best_wall[describe]}" "${best_wall[floor]}")x, CPU $(ratio "${best_cpu[describe]}" "${best_cpu[floor]}")x"
    if [ -n "${best_wall[baseline]:-}" ]; then
        echo "baseline / floor: wall $(ratio "${best_wall[baseline]}" "${best_wall[floor]}")x, CPU $(ratio "${best_cpu[baseline]}" "${best_cpu[floor]}")x"
    fi
    echo "describe of the reference export equals the stored fingerprint: $fingerprint_ok"
} | tee "$WORK/results.md"

if [ $BIG = 1 ]; then
    # 1,000,000 x 150: the reference export's rows ten times over (bench/Replicate.java, about 30 s; the generator
    # itself needs most of an hour on a loaded 2-core machine). Its questions are the reference's with every count
    # ten times as large, except the respondent id, which repeats and so reads as a number.
    BIGFILE=$WORK/survey_1m_x10.xlsx
    if [ ! -f "$BIGFILE" ]; then
        echo "making $BIGFILE (once) ..."
        mkdir -p "$WORK/replicate"
        javac -nowarn --release 17 -d "$WORK/replicate" "$ROOT/bench/Replicate.java"
        "$JAVA" -Xmx8g -cp "$WORK/replicate" Replicate "$FILE" "$BIGFILE.tmp" 10
        mv "$BIGFILE.tmp" "$BIGFILE"
    fi
    # shellcheck disable=SC2046
    r=$(run_one big "$WORK/runs/big.json" "$JAVA" -Xmx4g "${CDS_OPTS[@]}" $(gc_opts big) -jar "$JAR" describe "$BIGFILE" --format json)
    read -r wall cpu rss heap <<<"$r"
    echo "1,000,000 x 150 under -Xmx4g: wall $wall ms, CPU $cpu ms, peak RSS $rss MB, peak heap $heap MB," \
         "$(grep -m1 '"respondents"' "$WORK/runs/big.json" | tr -d ' ,'), $(grep -c '"id"' "$WORK/runs/big.json") questions" \
        | tee -a "$WORK/results.md"
fi
