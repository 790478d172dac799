#!/usr/bin/env bash
# Builds the macOS disk image target/installer/SurveyPivot-<version>.dmg with jpackage on a jlinked runtime.
#
#   bash installer/build-macos.sh [--no-build] [--app-version X.Y.Z]
#
# Run on macOS 11+ (Intel or Apple silicon; the .dmg is for the architecture of the JDK that builds it) with a
# JDK 17+ (jdeps, jlink, jpackage on the PATH or in JAVA_HOME) and Maven (unless --no-build). The shaded jar must
# be built on the Mac: it carries JavaFX's macOS native libraries for that architecture.
# The app is not signed: open it the first time with right-click > Open (or sign it: add --mac-sign and
# --mac-signing-key-user-name to the jpackage call).
#
# macOS bundle versions must start with a number of at least 1 (jpackage refuses 0.x): while the project is at
# 0.x the bundle gets version 1.0.0 unless --app-version says otherwise; the .dmg file name keeps the real version.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build=true
bundle_version=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) build=false ;;
    --app-version) bundle_version="${2:?--app-version needs a value}"; shift ;;
    -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build-macos: unknown option $1 (use --no-build, --app-version X.Y.Z)" >&2; exit 2 ;;
  esac
  shift
done

[[ "$(uname -s)" == Darwin ]] || { echo "build-macos: run this on macOS (jpackage makes .dmg files only there)" >&2; exit 1; }

tool() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"
  elif command -v "$1" >/dev/null; then command -v "$1"
  else echo "build-macos: $1 not found: install a JDK 17+ or set JAVA_HOME" >&2; exit 1
  fi
}
JDEPS="$(tool jdeps)"; JLINK="$(tool jlink)"; JPACKAGE="$(tool jpackage)"; JAR="$(tool jar)"
step() { printf '\n== %s\n' "$*"; }
started=$(date +%s)

if $build; then
  step "maven package"
  mvn -B -q -Dstyle.color=never package -DskipTests
fi
jar_file="target/surveypivot.jar"
[[ -f "$jar_file" ]] || { echo "build-macos: $jar_file is missing (run without --no-build)" >&2; exit 1; }

out="target/installer"
work="$out/work"
rm -rf "$out"
mkdir -p "$work/input" "$work/manifest"

(cd "$work/manifest" && "$JAR" --extract --file "$root/$jar_file" META-INF/MANIFEST.MF)
version="$(sed -n 's/^Implementation-Version: *//p' "$work/manifest/META-INF/MANIFEST.MF" | tr -d '\r')"
numeric="$(grep -oE '^[0-9]+(\.[0-9]+){0,2}' <<<"$version" || true)"
[[ -n "$numeric" ]] || { echo "build-macos: no numeric Implementation-Version in $jar_file (found '$version')" >&2; exit 1; }
if [[ -z "$bundle_version" ]]; then
  if [[ "${numeric%%.*}" -ge 1 ]]; then bundle_version="$numeric"; else bundle_version="1.0.0"; fi
fi
echo "SurveyPivot $version (bundle version $bundle_version)"

step "jdeps: modules the jar needs"
modules="$("$JDEPS" --ignore-missing-deps --print-module-deps --multi-release 17 "$jar_file" | tail -n 1)"
# not visible to jdeps: Japanese locale data, extra charsets (Shift_JIS/MS932 CSV files), zip fs, TLS, JNDI/JMX
modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec,java.naming,java.management"
echo "$modules"

step "jlink: runtime"
"$JLINK" --add-modules "$modules" --include-locales=en,ja \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
  --output "$work/runtime"

step "jpackage: dmg"
cp "$jar_file" "$work/input/surveypivot.jar"
# JavaFX looks for its native libraries beside the jar first: ship them there instead of unpacking at first start
(cd "$work/input" && "$JAR" --extract --file surveypivot.jar $("$JAR" --list --file surveypivot.jar | grep -E '^lib[^/]*\.dylib$'))
"$JPACKAGE" --type dmg \
  --name SurveyPivot \
  --app-version "$bundle_version" \
  --vendor SurveyPivot \
  --description "Survey crosstabs and band charts" \
  --copyright "SurveyPivot" \
  --icon icons/surveypivot.icns \
  --input "$work/input" \
  --main-jar surveypivot.jar \
  --main-class com.surveypivot.Launcher \
  --java-options "-Dfile.encoding=UTF-8" \
  --java-options "-XX:TieredStopAtLevel=1" \
  --java-options "-Dapple.awt.application.name=SurveyPivot" \
  --runtime-image "$work/runtime" \
  --mac-package-identifier com.surveypivot \
  --mac-package-name SurveyPivot \
  --mac-app-category public.app-category.productivity \
  --dest "$out"

dmg="$(ls "$out"/*.dmg)"
final="$out/SurveyPivot-$version.dmg"
[[ "$dmg" == "$final" ]] || mv "$dmg" "$final"
rm -rf "$work"
step "$final ($(du -h "$final" | cut -f1)) in $(( $(date +%s) - started )) s"
