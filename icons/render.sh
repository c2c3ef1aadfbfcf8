#!/usr/bin/env bash
# Renders every icon file from veil.svg. Needs rsvg-convert (librsvg2-bin), convert (imagemagick), python3.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" veil.svg -o "veil-$size.png"
done
convert veil-16.png veil-24.png veil-32.png veil-48.png veil-64.png veil-128.png veil-256.png veil.ico
python3 - <<'PY'
import struct
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024)]
body = b""
for kind, size in entries:
    data = open(f"veil-{size}.png", "rb").read()
    body += kind.encode() + struct.pack(">I", len(data) + 8) + data
open("veil.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
