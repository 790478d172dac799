#!/usr/bin/env bash
# Makes target/surveypivot.jsa, an application class-data sharing (AppCDS) archive for target/surveypivot.jar
# (JDK 17: -XX:ArchiveClassesAtExit), from one training run: the window on the bundled sample up to its first chart
# (under xvfb-run), or without xvfb-run `describe sample`. Start the jar with it:
#   java -XX:SharedArchiveFile=target/surveypivot.jsa -jar target/surveypivot.jar ...
# The archive belongs to this jar at this path and to this JDK: remake it after every build (a stale or moved one is
# refused with a one-line warning and the program runs without it).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/surveypivot.jar
OUT=$ROOT/target/surveypivot.jsa
[ -f "$JAR" ] || { echo "no $JAR" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
rm -f "$OUT"
if command -v xvfb-run >/dev/null; then
    # the window's classes (JavaFX, controls, CSS, io, recognition) are most of what a start loads; written at exit
    "$ROOT/bench/first-chart.sh" --runs 1 --jar "$JAR" -- -XX:ArchiveClassesAtExit="$OUT" >/dev/null
    for _ in $(seq 1 100); do [ -f "$OUT" ] && break; sleep 0.1; done
fi
if [ ! -f "$OUT" ]; then
    java -XX:ArchiveClassesAtExit="$OUT" -jar "$JAR" describe sample --format json >/dev/null 2>"$WORK/err"
fi
ls -la "$OUT"
