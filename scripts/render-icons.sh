#!/usr/bin/env bash
# Renders resources/icons/ferry.svg into the PNG sizes and the Windows .ico that are
# checked in beside it (the build does not need these tools). Needs librsvg2-bin and
# imagemagick: apt-get install librsvg2-bin imagemagick
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" ferry.svg -o "ferry-$size.png"
done
convert ferry-16.png ferry-24.png ferry-32.png ferry-48.png ferry-64.png ferry-256.png ferry.ico
echo "render-icons: wrote $(ls ferry-*.png ferry.ico | wc -l) files"
