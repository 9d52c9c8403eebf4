#!/bin/bash
# ferry-cli get -r of a tree of many folders at a given round-trip time: the tree listed
# ahead over --list-connections N connections (one column per N; 1 = the walk lists folder
# by folder, as before 2026-12-07's listing work) and, when CLI_BEFORE names an older
# ferry-cli, that one's get -r. Every download is checked against the served tree (SHA-256
# of every file).
#
#   bench/bench_get_tree.sh [--rtt MS (20)] [--top N (40)] [--sub N (49)] [--runs N (1)]
#                           [--lists "1 8"] [--servers "vsftpd sshd"] [--via "get queue"]
#
# --via: "get", the plain get -r (its walk takes the listings made ahead); "queue",
# get -r --parallel 2, which runs the queue's scheduler (a queue in memory) and its folder
# expansion, as the window's folder download and `ferry-cli queue run` do (--list-connections
# 1 there: each folder listed by its expansion on the queue's connections, as before the
# expansion listed ahead); "rm", rm -r of the tree (made again before each run: listed
# ahead and deleted over several connections, or, with --list-connections 1 and before,
# walked and deleted one entry after another). One row per server and way.
#
# The tree: TOP folders with SUB folders each (40 + 40*49 = 2,000 folders by default), one
# small file in each top folder (so that the time is the listing's, not the files').
# --rtt > 0 re-runs this script inside shared/tools/wan/wan.sh. Servers: the test
# fixture's (vsftpd-plain, sshd), ferry-cli from build/dev unless CLI is set. Needs root.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
. "$REPO/bench/lib.sh"
CLI=${CLI:-$REPO/build/dev/app/ferry-cli}
SERVERS=${SERVERS:-$REPO/build/dev/tests/ferry-test-servers}
CLI_BEFORE=${CLI_BEFORE:-}
RTT=20 TOP=40 SUB=49 RUNS=1 LISTS="1 8" SERVERS_="vsftpd sshd" VIA="get"
tree_bench_options "$@"
[ -x "$CLI" ] && [ -x "$SERVERS" ] || { echo "build ferry-cli and ferry-test-servers first" >&2; exit 2; }

if [ "$RTT" != 0 ] && [ "$INNER" = 0 ]; then
    wan_prepare "$REPO"
    WAN_NS=${WAN_NS:-ferrywan-gettree} WAN_LOG=$WAN_DIR/wandelay-gettree.log CLI=$CLI SERVERS=$SERVERS \
        CLI_BEFORE=$CLI_BEFORE "$WAN_DIR/wan.sh" "$RTT" 0 0 -- "$0" "${TREE_ARGS[@]}"
    exit $?
fi

WORK=$(mktemp -d /tmp/ferry-bench-gettree.XXXXXX)
chmod 755 "$WORK"
trap 'fixture_stop; rm -rf "$WORK"' EXIT
fixture_start "$WORK" -- "$SERVERS" vsftpd-plain sshd
ROOT=$(field root) USER_=$(field user) KEY=$(field key)
FTP_PORT=$(field vsftpd-plain) SSH_PORT=$(field sshd)
export FERRY_PASSWORD=$(field password) FERRY_CONFIG_DIR=$WORK/config FERRY_DATA_DIR=$WORK/config
unset SSH_AUTH_SOCK

make_tree() {
    for t in $(seq -w 1 "$TOP"); do
        for s in $(seq -w 1 "$SUB"); do mkdir -p "$ROOT/tree/t$t/s$s"; done
        echo "$t" >"$ROOT/tree/t$t/f.txt"
    done
    chown -R "$USER_" "$ROOT/tree"
}
make_tree
FOLDERS=$(find "$ROOT/tree" -mindepth 1 -type d | wc -l)
digest() { (cd "$1" && find . -print0 | sort -z | xargs -0 -I{} sh -c 'if [ -f "{}" ]; then sha256sum "{}"; else echo "d {}"; fi' | sha256sum | cut -d' ' -f1); }
want=$(digest "$ROOT/tree")

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
run() { # server way cli list-connections ("-": none given) -> seconds
    local server=$1 way=$2 cli=$3 lists=$4 url opts=() t0 t1
    case "$server" in
    vsftpd) url="ftp://$USER_@127.0.0.1:$FTP_PORT/tree" ;;
    *) url="sftp://$USER_@127.0.0.1:$SSH_PORT$ROOT/tree"; opts=(--identity "$KEY" --accept-new) ;;
    esac
    [ "$lists" = - ] || opts+=(--list-connections "$lists")
    [ "$way" = queue ] && opts+=(--parallel 2)
    if [ "$way" = rm ]; then # rm -r of the tree (made again for each run)
        [ -d "$ROOT/tree" ] || make_tree
        t0=$(now)
        "$cli" rm -r "${opts[@]}" "$url" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
        t1=$(now)
        [ ! -e "$ROOT/tree" ] || { echo "the tree is still there" >&2; exit 1; }
        echo "$t1 - $t0" | bc -l
        return
    fi
    rm -rf "$WORK/back"
    t0=$(now)
    "$cli" get -r "${opts[@]}" "$url" "$WORK/back" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    t1=$(now)
    [ "$(digest "$WORK/back")" = "$want" ] || { echo "the downloaded tree differs" >&2; exit 1; }
    echo "$t1 - $t0" | bc -l
}
head="| server | way | folders | RTT |" rule="|---|---|---|---|"
[ -z "$CLI_BEFORE" ] || { head="$head before (s) |"; rule="$rule---|"; }
for p in $LISTS; do head="$head $p (s) |"; rule="$rule---|"; done
echo "$head load |"
echo "$rule---|"
for server in $SERVERS_; do
  for way in $VIA; do
    row="| $server | $way | $FOLDERS | $RTT ms |"
    cols=()
    [ -z "$CLI_BEFORE" ] || cols+=("$CLI_BEFORE -")
    for p in $LISTS; do cols+=("$CLI $p"); done
    for col in "${cols[@]}"; do
        list=""
        for _ in $(seq "$RUNS"); do list="$list $(run "$server" "$way" $col)"; done
        row="$row $(printf '%.1f' "$(echo "$list" | tr -s ' ' '\n' | grep . | median)") |"
    done
    echo "$row $(cut -d' ' -f1 /proc/loadavg) |"
  done
done
