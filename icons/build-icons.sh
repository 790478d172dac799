#!/usr/bin/env bash
# Regenerates every icon file from icons/surveypivot.svg:
#   icons/surveypivot-<size>.png (16 … 512), icons/surveypivot.ico, icons/surveypivot.icns,
#   and the window icons in src/main/resources/com/surveypivot/icons/.
# Needs rsvg-convert (Debian: librsvg2-bin), icotool (Debian: icoutils) and python3.
#   apt-get install --no-install-recommends librsvg2-bin icoutils python3
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/surveypivot.svg"
resources="$here/../src/main/resources/com/surveypivot/icons"
sizes=(16 24 32 48 64 128 256 512)

for tool in rsvg-convert icotool python3; do
  command -v "$tool" >/dev/null || { echo "build-icons: $tool is missing (see the header of this script)" >&2; exit 1; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for size in "${sizes[@]}"; do
  rsvg-convert --width "$size" --height "$size" --format png "$svg" --output "$here/surveypivot-$size.png"
done
# only inside the .icns (retina 512@2x)
rsvg-convert --width 1024 --height 1024 --format png "$svg" --output "$tmp/surveypivot-1024.png"

# Windows: BMP entries up to 128 px, a PNG entry for 256 px (the layout Windows itself uses)
icotool --create --output "$here/surveypivot.ico" \
  "$here/surveypivot-16.png" "$here/surveypivot-24.png" "$here/surveypivot-32.png" "$here/surveypivot-48.png" \
  "$here/surveypivot-64.png" "$here/surveypivot-128.png" --raw="$here/surveypivot-256.png"

# macOS: an ICNS container is 'icns' + total length, then typed chunks (type + length + PNG data)
python3 - "$here" "$tmp/surveypivot-1024.png" <<'PY'
import struct, sys, pathlib
here = pathlib.Path(sys.argv[1])
png = lambda size: (here / f"surveypivot-{size}.png").read_bytes()
chunks = [
    (b"icp4", png(16)), (b"icp5", png(32)), (b"icp6", png(64)),
    (b"ic07", png(128)), (b"ic08", png(256)), (b"ic09", png(512)),
    (b"ic11", png(32)), (b"ic12", png(64)), (b"ic13", png(256)), (b"ic14", png(512)),
    (b"ic10", pathlib.Path(sys.argv[2]).read_bytes()),
]
body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in chunks)
(here / "surveypivot.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY

mkdir -p "$resources"
for size in "${sizes[@]}"; do
  cp "$here/surveypivot-$size.png" "$resources/surveypivot-$size.png"
done
echo "icons written to $here and $resources"
