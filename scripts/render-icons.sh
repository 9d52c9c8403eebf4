#!/usr/bin/env bash
# Renders resources/icons/ferry.svg into the PNG sizes and the Windows .ico that are
# checked in beside it, and macOS's packaging/macos/ferry.icns (the build does not need
# these tools). Needs librsvg2-bin, imagemagick and icnsutils:
# apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 24 32 48 64 128 256; do
  rsvg-convert -w "$size" -h "$size" ferry.svg -o "ferry-$size.png"
done
convert ferry-16.png ferry-24.png ferry-32.png ferry-48.png ferry-64.png ferry-256.png ferry.ico
# The .icns holds 16, 32, 48, 128, 256 and 512 pixels (512 is rendered for it only).
big=$(mktemp -d)
trap 'rm -rf "$big"' EXIT
rsvg-convert -w 512 -h 512 ferry.svg -o "$big/ferry-512.png"
png2icns ../../packaging/macos/ferry.icns ferry-16.png ferry-32.png ferry-48.png ferry-128.png ferry-256.png \
  "$big/ferry-512.png" > /dev/null
echo "render-icons: wrote $(ls ferry-*.png ferry.ico ../../packaging/macos/ferry.icns | wc -l) files"
