#!/bin/bash
# Sync planning speed: `ferry-cli sync --dry-run` of a tree of 2,000 folders (one file in
# each) that is already in step, listed over N connections at once (--list-connections N,
# one column per N, and a last column with the default), to vsftpd and to sshd, at a
# given round-trip time. Every run must plan nothing (the trees are equal): its output is
# checked. (Before 2026-12-07's listing work the listing connections were --parallel.)
#
#   bench/bench_sync_list.sh [--rtt MS (20)] [--top N (40)] [--sub N (49)] [--runs N (1)]
#                            [--lists "1 4 8"] [--servers "vsftpd sshd"]
#
# The tree: TOP folders with SUB folders each (40 + 40*49 = 2,000 folders by default).
# --rtt > 0 re-runs this script inside shared/tools/wan/wan.sh (a network namespace with
# that round-trip time). Servers: the test fixture's (build/dev/tests/ferry-test-servers,
# vsftpd-plain and sshd), ferry-cli from build/dev unless CLI is set. Needs root.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
. "$REPO/bench/lib.sh"
CLI=${CLI:-$REPO/build/dev/app/ferry-cli}
SERVERS=${SERVERS:-$REPO/build/dev/tests/ferry-test-servers}
RTT=20 TOP=40 SUB=49 RUNS=1 LISTS="1 4 8" SERVERS_="vsftpd sshd"
tree_bench_options "$@"
[ -x "$CLI" ] && [ -x "$SERVERS" ] || { echo "build ferry-cli and ferry-test-servers first (cmake --build --preset dev)" >&2; exit 2; }

if [ "$RTT" != 0 ] && [ "$INNER" = 0 ]; then
    wan_prepare "$REPO"
    WAN_NS=${WAN_NS:-ferrywan-sync} WAN_LOG=$WAN_DIR/wandelay.log \
        "$WAN_DIR/wan.sh" "$RTT" 0 0 -- "$0" "${TREE_ARGS[@]}"
    exit $?
fi

WORK=$(mktemp -d /tmp/ferry-bench-sync.XXXXXX)
chmod 755 "$WORK"
trap 'fixture_stop; rm -rf "$WORK"' EXIT
fixture_start "$WORK" -- "$SERVERS" vsftpd-plain pure-ftpd sshd
ROOT=$(field root) USER_=$(field user) KEY=$(field key)
FTP_PORT=$(field vsftpd-plain) PURE_PORT=$(field pure-ftpd) SSH_PORT=$(field sshd)
export FERRY_PASSWORD=$(field password) FERRY_CONFIG_DIR=$WORK/config FERRY_DATA_DIR=$WORK/config
unset SSH_AUTH_SOCK

# The tree, on the server and (a copy with the same times) locally.
for t in $(seq -w 1 "$TOP"); do
    for s in $(seq -w 1 "$SUB"); do mkdir -p "$ROOT/tree/t$t/s$s"; echo "$t $s" >"$ROOT/tree/t$t/s$s/f.txt"; done
    echo "$t" >"$ROOT/tree/t$t/f.txt"
done
chown -R "$USER_" "$ROOT/tree"
cp -a "$ROOT/tree" "$WORK/local"
FOLDERS=$(find "$ROOT/tree" -mindepth 1 -type d | wc -l)

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
run() { # server list-connections (or "default") -> seconds
    local url opts=() t0 t1
    case "$1" in
    vsftpd) url="ftp://$USER_@127.0.0.1:$FTP_PORT/tree" ;;
    pure-ftpd) url="ftp://$USER_@127.0.0.1:$PURE_PORT/tree" ;;
    *) url="sftp://$USER_@127.0.0.1:$SSH_PORT$ROOT/tree"; opts=(--identity "$KEY" --accept-new) ;;
    esac
    [ "$2" = default ] || opts+=(--list-connections "$2")
    t0=$(now)
    "$CLI" sync --dry-run "${opts[@]}" "$WORK/local" "$url" >"$WORK/out" 2>"$WORK/err" ||
        { cat "$WORK/err" >&2; exit 1; }
    t1=$(now)
    [ ! -s "$WORK/out" ] || { echo "the plan is not empty:" >&2; head "$WORK/out" >&2; exit 1; }
    echo "$t1 - $t0" | bc -l
}
head="| server | folders | RTT |" rule="|---|---|---|"
for p in $LISTS default; do head="$head $p (s) |"; rule="$rule---|"; done
echo "$head"
echo "$rule"
for server in $SERVERS_; do
    row="| $server | $FOLDERS | $RTT ms |"
    for p in $LISTS default; do
        list=""
        for _ in $(seq "$RUNS"); do list="$list $(run "$server" "$p")"; done
        row="$row $(printf '%.1f' "$(echo "$list" | tr -s ' ' '\n' | grep . | median)") |"
    done
    echo "$row"
done
