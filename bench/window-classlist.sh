#!/usr/bin/env bash
# Regenerates src/main/cds/window.classlist: the classes (and lambda shapes) that the window loads from
# `java -jar target/surveypivot.jar` up to the sample's first chart, as JDK 17's -XX:DumpLoadedClassList writes them,
# in a JVM with the fast start's options (C1 only). The build makes a class-data archive of them beside the jar
# (launch.BuildTimeArchive, package phase), which the first `java -jar` start maps. Needs xvfb-run and a built jar.
# Run it after changes that add or rename many classes of the window's start: a class missing from the list is
# simply loaded from the jar (a little slower); a listed class that no longer exists is skipped.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/target/surveypivot.jar
OUT=$ROOT/src/main/cds/window.classlist
[ -f "$JAR" ] || { echo "no $JAR (mvn -B -q package -DskipTests)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# -XX:DumpLoadedClassList is one of the user's own options for the fast start: the window stays in this JVM
"$ROOT/bench/first-chart.sh" --runs 1 --jar "$JAR" -- -XX:TieredStopAtLevel=1 \
    -XX:DumpLoadedClassList="$WORK/classes.lst" >/dev/null
# the JVM's header comment names the tool and the date; ours says where the list comes from. Sorted (classes, then
# lambda shapes): the load order varies from run to run, and the dump does not need it, so a new list's diff shows
# only what changed
{
    echo "# The window's start up to the sample's first chart (bench/window-classlist.sh; -XX:DumpLoadedClassList)."
    grep -v '^[#@]' "$WORK/classes.lst" | LC_ALL=C sort
    grep '^@' "$WORK/classes.lst" | LC_ALL=C sort
} >"$OUT.part"
mv "$OUT.part" "$OUT"
echo "$OUT: $(grep -vc '^[#@]' "$OUT") classes, $(grep -c '^@' "$OUT") lambda lines"
