#!/bin/bash
# Runs ASan ferry-cli `sync --dry-run` N times against the fixture's pure-ftpd (TLS, 8 listing
# connections) and counts the runs LeakSanitizer failed (docs/architecture.md, "Sanitizers").
# usage: scripts/exit-leak-runs.sh [N]   (needs the asan-ubsan build)
REPO=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$REPO/build/asan-ubsan}
CLI=$BUILD/app/ferry-cli; SERVERS=$BUILD/tests/ferry-test-servers; N=${1:-20}
. "$REPO/bench/lib.sh"
WORK=$(mktemp -d)
fixture_start "$WORK" env TMPDIR="$WORK" -- "$SERVERS" pure-ftpd || exit 1

ROOT=$(field root) USER_=$(field user) PASS=$(field password)
PORT=$(awk '$1 ~ /pure/ {print $3}' $FIXTURE_OUT)
mkdir -p "$ROOT/tree/a/b" "$WORK/local/a"; echo x > "$ROOT/tree/a/b/f"; echo y > "$WORK/local/a/g"
chmod -R a+rwX "$ROOT/tree"
leaks=0
for i in $(seq $N); do
  FERRY_CONFIG_DIR=$WORK/cfg FERRY_DATA_DIR=$WORK/data FERRY_PASSWORD=$PASS "$CLI" sync ${EXTRA:-} --dry-run --direction down "$WORK/local" "ftp://$USER_@127.0.0.1:$PORT/tree" > $WORK/out.$i 2>&1
  rc=$?
  if grep -q LeakSanitizer $WORK/out.$i; then leaks=$((leaks+1)); echo "run $i rc=$rc LEAK"; else echo "run $i rc=$rc"; fi
done
echo "leaks: $leaks of $N"
fixture_stop
rm -rf "$WORK"
