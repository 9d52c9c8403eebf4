#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds Ferry, and runs the whole test suite.
# The fixture's servers (vsftpd, pure-ftpd, sshd) log a local test user in, so the tests
# run as root: the script re-runs itself through sudo when needed.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=CI,FERRY_WERROR "$0" "$@"
fi
bash "$here/scripts/setup-debian.sh"
cd "$here"
# ccache hits across clones in different folders (CI clones afresh each time).
export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
preset=${FERRY_PRESET:-dev}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -- -j2
cd "build/$preset"
# A short libFuzzer run of the parsers first (clang, ASan + UBSan; quiet unless it finds
# something). FERRY_FUZZ_SECONDS=0 skips it.
fuzz_seconds=${FERRY_FUZZ_SECONDS:-30}
if [ "$fuzz_seconds" -gt 0 ]; then
  echo "test.sh: fuzzing each parser for ${fuzz_seconds}s"
  bash "$here/scripts/fuzz.sh" "$fuzz_seconds"
fi
# Integration tests start real servers; -j2 matches this machine's two cores.
ctest --output-on-failure --timeout 900 -j2 "$@"
