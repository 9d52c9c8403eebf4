#!/usr/bin/env bash
# macOS's icon, packaging/macos/ferry.icns (made by scripts/render-icons.sh from
# resources/icons/ferry.svg), is an icns file that icns2png (icnsutils) reads, with every
# size Finder and the Dock ask for: 16, 32, 48, 128, 256 and 512 pixels.
# usage: check_icns.sh SOURCE_DIR
set -euo pipefail
icns="$1/packaging/macos/ferry.icns"
[ -f "$icns" ] || { echo "check_icns: $icns is missing (scripts/render-icons.sh makes it)" >&2; exit 1; }
command -v icns2png > /dev/null || { echo "check_icns: icns2png not found (apt-get install icnsutils)" >&2; exit 1; }
[ "$(head -c 4 "$icns")" = "icns" ] || { echo "check_icns: $icns does not start with the icns magic" >&2; exit 1; }
listing=$(icns2png -l "$icns" 2>&1) || { echo "$listing" >&2; exit 1; }
for size in 16 32 48 128 256 512; do
  grep -qE "^ +'[a-z0-9]{4}' ${size}x${size} 32-bit icon" <<< "$listing" ||
    { echo "check_icns: no ${size}x${size} icon in $icns:" >&2; echo "$listing" >&2; exit 1; }
done
echo "check_icns: $(grep -c ' 32-bit icon' <<< "$listing") icons in $(basename "$icns"), 16 to 512 pixels"
