#!/usr/bin/env bash
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan + UBSan) into build/fuzz and
# runs each for N seconds (default 60), starting from its seed corpus in
# tests/fuzz/corpus/<target>/, with tests/fuzz/<target>.dict when there is one. Quiet when
# nothing is found; on a crash, a sanitizer report or a build failure it prints the evidence
# and exits non-zero. CI calls this.
# Usage: scripts/fuzz.sh [seconds]
set -euo pipefail
seconds=${1:-60}
here=$(cd "$(dirname "$0")/.." && pwd)
build=$here/build/fuzz
mkdir -p "$build"
log=$build/fuzz-build.log

cd "$here"
if ! { cmake --preset fuzz && cmake --build --preset fuzz --target ferry_fuzzers; } >"$log" 2>&1; then
  echo "fuzz: build failed:" >&2
  tail -n 60 "$log" >&2
  exit 1
fi

status=0
found=0
for exe in "$build"/tests/fuzz/fuzz_*; do
  [ -f "$exe" ] && [ -x "$exe" ] || continue
  found=1
  name=$(basename "$exe")
  seeds=$here/tests/fuzz/corpus/$name
  mkdir -p "$seeds"
  # New inputs go to a scratch corpus, so the checked-in seeds stay a few small files.
  scratch=$(mktemp -d)
  artifacts=$build/artifacts/$name
  mkdir -p "$artifacts"
  run_log=$build/$name.log
  dict=()
  if [ -f "$here/tests/fuzz/$name.dict" ]; then dict=(-dict="$here/tests/fuzz/$name.dict"); fi
  if ! "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "${dict[@]}" \
       -artifact_prefix="$artifacts/" "$scratch" "$seeds" >"$run_log" 2>&1; then
    echo "fuzz: $name failed; reproduce with: $exe $artifacts/<crash-file>" >&2
    grep -E "ERROR|SUMMARY|runtime error|Test unit written|deadly signal" "$run_log" >&2 || tail -n 40 "$run_log" >&2
    status=1
  fi
  rm -rf "$scratch"
done
if [ "$found" -eq 0 ]; then
  echo "fuzz: no fuzz_* targets were built in $build/tests/fuzz" >&2
  exit 1
fi
exit "$status"
