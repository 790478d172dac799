#!/usr/bin/env bash
# Builds the Linux app-image (and with --deb a .deb) of SurveyPivot with jpackage on a jlinked runtime.
#
#   bash installer/build-linux.sh [--deb] [--no-build]
#
#   --deb       also build target/installer/surveypivot_<version>_<arch>.deb (needs fakeroot and dpkg-deb)
#   --no-build  use the existing target/surveypivot.jar instead of running `mvn -B -q package -DskipTests`
#
# Output: target/installer/SurveyPivot/ (the app-image; launcher target/installer/SurveyPivot/bin/SurveyPivot).
# Needs a JDK 17+ with jdeps, jlink and jpackage on the PATH or in JAVA_HOME, objcopy (Debian: binutils; jlink
# --strip-debug runs it), and Maven unless --no-build.
#
# Layout: the runtime holds only JDK modules; JavaFX, POI and the rest stay inside the shaded jar on the class path,
# exactly as `java -jar target/surveypivot.jar` runs. (Putting JavaFX's modules into the runtime would hide the
# Monocle classes in the jar, which live in a javafx.graphics package, and the command line renders charts with
# Monocle.) JavaFX's native libraries are copied from the jar next to it, where JavaFX looks first, so the app
# does not unpack them into ~/.openjfx/cache on its first start.
#
# Start-up (issue 14): the launcher starts the JVM with C1 only (-XX:TieredStopAtLevel=1: half the start's CPU) and
# with an application class-data archive (lib/app/surveypivot.jsa, -XX:SharedArchiveFile), made here by one training
# run of the app-image's window on the sample up to its first chart (needs a display or xvfb-run; without, it is left
# out). JDK 17 ties the archive to the image's path: the .deb (installed elsewhere) is built without it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

deb=false
build=true
for arg in "$@"; do
  case "$arg" in
    --deb) deb=true ;;
    --no-build) build=false ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-linux: unknown option $arg (use --deb, --no-build)" >&2; exit 2 ;;
  esac
done

tool() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"
  elif command -v "$1" >/dev/null; then command -v "$1"
  else echo "build-linux: $1 not found: install a full JDK 17+ (Debian: openjdk-17-jdk) or set JAVA_HOME" >&2; exit 1
  fi
}
JDEPS="$(tool jdeps)"; JLINK="$(tool jlink)"; JPACKAGE="$(tool jpackage)"; JAR="$(tool jar)"
# jlink --strip-debug runs objcopy on the runtime's native libraries
command -v objcopy >/dev/null || { echo "build-linux: objcopy not found (Debian: apt-get install binutils)" >&2; exit 1; }

step() { printf '\n== %s\n' "$*"; }
seconds() { date +%s; }
started=$(seconds)

if $build; then
  step "maven package"
  mvn -B -q -Dstyle.color=never package -DskipTests
fi
jar_file="target/surveypivot.jar"
[[ -f "$jar_file" ]] || { echo "build-linux: $jar_file is missing (run without --no-build)" >&2; exit 1; }

out="target/installer"
work="$out/work"
rm -rf "$out"
mkdir -p "$work/input" "$work/manifest"

# version from the jar's manifest (Implementation-Version, set by the pom); jpackage wants digits and dots only
(cd "$work/manifest" && "$JAR" --extract --file "$root/$jar_file" META-INF/MANIFEST.MF)
version="$(sed -n 's/^Implementation-Version: *//p' "$work/manifest/META-INF/MANIFEST.MF" | tr -d '\r')"
app_version="$(grep -oE '^[0-9]+(\.[0-9]+){0,2}' <<<"$version" || true)"
[[ -n "$app_version" ]] || { echo "build-linux: no numeric Implementation-Version in $jar_file (found '$version')" >&2; exit 1; }
echo "SurveyPivot $version (package version $app_version)"

step "jdeps: modules the jar needs"
t=$(seconds)
modules="$("$JDEPS" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar_file" | tail -n 1)"
# not visible to jdeps: locale data for Japanese dates and numbers, Shift_JIS/MS932 and other charsets for CSV files,
# zip file system, TLS with EC keys, JNDI/JMX used reflectively by logging bridges
modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec,java.naming,java.management"
echo "$modules ($(( $(seconds) - t )) s)"

step "jlink: runtime"
t=$(seconds)
"$JLINK" --add-modules "$modules" --include-locales=en,ja \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$work/runtime"
echo "runtime $(du -sh "$work/runtime" | cut -f1) ($(( $(seconds) - t )) s)"

step "jpackage: app-image"
t=$(seconds)
cp "$jar_file" "$work/input/surveypivot.jar"
(cd "$work/input" && "$JAR" --extract --file surveypivot.jar $("$JAR" --list --file surveypivot.jar | grep -E '^lib[^/]*\.so$'))
"$JPACKAGE" --type app-image \
  --name SurveyPivot \
  --app-version "$app_version" \
  --vendor SurveyPivot \
  --description "Survey crosstabs and band charts" \
  --copyright "SurveyPivot" \
  --icon icons/surveypivot-512.png \
  --input "$work/input" \
  --main-jar surveypivot.jar \
  --main-class com.surveypivot.Launcher \
  --java-options "-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off" \
  --runtime-image "$work/runtime" \
  --dest "$out"
launcher="$out/SurveyPivot/bin/SurveyPivot"
[[ -x "$launcher" ]] || { echo "build-linux: jpackage made no launcher at $launcher" >&2; exit 1; }
echo "app-image $(du -sh "$out/SurveyPivot" | cut -f1) ($(( $(seconds) - t )) s): $launcher"

if $deb; then
  step "jpackage: deb"
  for need in fakeroot dpkg-deb; do
    command -v "$need" >/dev/null || { echo "build-linux: --deb needs $need (Debian: apt-get install fakeroot dpkg)" >&2; exit 1; }
  done
  t=$(seconds)
  # no --linux-shortcut: its post-install script fails on machines without /etc/xdg/menus
  "$JPACKAGE" --type deb \
    --app-image "$out/SurveyPivot" \
    --name SurveyPivot \
    --app-version "$app_version" \
    --vendor SurveyPivot \
    --description "Survey crosstabs and band charts" \
    --icon icons/surveypivot-512.png \
    --linux-package-name surveypivot \
    --linux-app-category science \
    --dest "$out"
  echo "deb $(du -sh "$out"/*.deb | cut -f1) ($(( $(seconds) - t )) s): $(ls "$out"/*.deb)"
fi

step "AppCDS: class-data archive of the window's start"
t=$(seconds)
jsa="$out/SurveyPivot/lib/app/surveypivot.jsa"
if command -v xvfb-run >/dev/null || [[ -n "${DISPLAY:-}" ]]; then
  # the training run: the window on the sample until its first chart, then closed (the archive is written at exit)
  if bash bench/first-chart.sh --runs 1 --launcher-only "$root/$launcher" -- "-XX:ArchiveClassesAtExit=$root/$jsa" \
      >"$work/cds-train.log" 2>&1 && [[ -s "$jsa" ]]; then
    echo 'java-options=-XX:SharedArchiveFile=$APPDIR/surveypivot.jsa' >>"$out/SurveyPivot/lib/app/SurveyPivot.cfg"
    echo "archive $(du -sh "$jsa" | cut -f1) ($(( $(seconds) - t )) s): $jsa"
  else
    rm -f "$jsa"
    echo "no archive: the training run failed (the app-image starts without it)"; tail -n 5 "$work/cds-train.log"
  fi
else
  echo "no archive: no display and no xvfb-run for the training run (the app-image starts without it)"
fi

rm -rf "$work"
step "done in $(( $(seconds) - started )) s"
