#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format (Debian 12's, 14) makes of it
# with the checked-in .clang-format. Fix with:
#   git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -u
src=$1
cd "$src" || exit 1
command -v clang-format >/dev/null || { echo "clang-format is missing (scripts/setup-debian.sh installs it)"; exit 1; }
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests bench -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || { echo "no C++ files found under $src: the check would prove nothing"; exit 1; }
out=$(echo "$files" | xargs clang-format --dry-run 2>&1)
if [ -n "$out" ]; then
  echo "$out" | grep -E '^[^ ].*warning' | sed 's/: warning.*//' | sort -u | head -50
  echo "these files are not formatted with .clang-format: run clang-format -i on them"
  exit 1
fi
echo "format ok: $(echo "$files" | wc -l) files match .clang-format"
