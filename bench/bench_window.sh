#!/bin/bash
# The window against ferry-cli (issue #16: "a 1 GiB download and upload started from the
# window run at least 0.95x the speed of ferry-cli get/put of the same file from the same
# server"). Starts the fixture's vsftpd (plain FTP) and sshd on loopback, writes one file
# of SIZE_MIB, then for each protocol and each run, back to back on the same file:
#   ferry-cli get URL LOCAL        and  bench_window (Enter on the remote row)  -> download
#   ferry-cli put LOCAL URL        and  bench_window (Enter on the local row)   -> upload
# Every copy is checked by SHA-256 against the original. Prints a Markdown table of the
# medians (MB/s, 10^6 B/s) and the ratios window/ferry-cli.
#
# usage: bench/bench_window.sh [SIZE_MIB=1024] [RUNS=3]
#   PROTOS="ftp sftp" (default): the protocols to run.
#   BUILD=build/release (default build/dev): where ferry-cli, bench_window and
#   ferry-test-servers are. The window runs on the offscreen platform (no X needed).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
SIZE_MIB=${1:-1024}
RUNS=${2:-3}
BUILD=${BUILD:-$REPO/build/dev}
CLI=$BUILD/app/ferry-cli
WINDOW=$BUILD/bench/bench_window
SERVERS=$BUILD/tests/ferry-test-servers
for f in "$CLI" "$WINDOW" "$SERVERS"; do
    [ -x "$f" ] || { echo "bench_window.sh: missing $f (build the targets ferry-cli bench_window ferry-test-servers)" >&2; exit 2; }
done

# Not under /tmp: the window's local pane shows the folder's parents in its tree and
# QFileSystemModel re-reads a watched folder whenever an entry comes or goes; /tmp is
# where every test run and build makes its folders, and re-reading it (hundreds of
# entries, several times a second while other work runs) cost the window's process
# more CPU than the transfer's own bookkeeping. /var/tmp is quiet.
WORK=$(mktemp -d /var/tmp/ferry-bench-window.XXXXXX)
FIFO=$WORK/fixture-in
mkfifo "$FIFO"
sleep infinity > "$FIFO" &
HOLDER=$!
"$SERVERS" vsftpd-plain sshd < "$FIFO" > "$WORK/fixture.out" 2> "$WORK/fixture.err" &
FIXTURE=$!
cleanup() { kill "$HOLDER" 2>/dev/null || true; wait "$FIXTURE" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
for _ in $(seq 1 300); do grep -q '^ready' "$WORK/fixture.out" 2>/dev/null && break; sleep 0.1; done
grep -q '^ready' "$WORK/fixture.out" || { cat "$WORK/fixture.err" >&2; exit 1; }
field() { awk -v k="$1" '$1 == k { print $2 ":" $3 }' "$WORK/fixture.out"; }
value() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/fixture.out"; }
FTP=$(field vsftpd-plain); SSH=$(field sshd)
ROOT=$(value root); USER_NAME=$(value user); PASSWORD=$(value password)

export FERRY_CONFIG_DIR=$WORK/config FERRY_DATA_DIR=$WORK/data QT_QPA_PLATFORM=offscreen
mkdir -p "$FERRY_CONFIG_DIR" "$FERRY_DATA_DIR" "$WORK/local" "$WORK/window" "$ROOT/bench"
chmod 777 "$ROOT/bench"
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom > "$WORK/big.bin"
SUM=$(sha256sum < "$WORK/big.bin" | cut -d' ' -f1)
BYTES=$(stat -c %s "$WORK/big.bin")
cp "$WORK/big.bin" "$ROOT/bench/big.bin"
chmod 644 "$ROOT/bench/big.bin"

check() { [ "$(sha256sum < "$1" | cut -d' ' -f1)" = "$SUM" ] || { echo "bench_window.sh: $1 differs" >&2; exit 1; }; }
now_ms() { date +%s%3N; }
mbps() { awk -v b="$BYTES" -v ms="$1" 'BEGIN { printf "%.1f", b / (ms / 1000) / 1e6 }'; }
# Each timed step writes 1 GiB (a download locally, an upload on the server). Without a
# sync between steps the dirty pages of the steps before pile up, and whichever step
# crosses the kernel's dirty threshold is throttled to the disk's speed: the same binary's
# time then moved by 3x depending on its place in the loop. Every step starts clean.
settle() { sync; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

declare -A RESULTS
for proto in ${PROTOS:-ftp sftp}; do
    if [ "$proto" = ftp ]; then HOSTPORT=$FTP; else HOSTPORT=$SSH; fi
    # FTP URL paths are below the login folder unless they start with "//" (RFC 1738).
    if [ "$proto" = ftp ]; then FOLDER=/$ROOT/bench; else FOLDER=$ROOT/bench; fi
    URL="$proto://$USER_NAME:$PASSWORD@$HOSTPORT$FOLDER"
    CLI_URL="$proto://$USER_NAME@$HOSTPORT$FOLDER"
    cli_get() {
        rm -f "$WORK/local/big.bin"
        settle
        local t; t=$(now_ms)
        echo "$PASSWORD" | "$CLI" get "$CLI_URL/big.bin" "$WORK/local/big.bin" --password-stdin --accept-new > /dev/null
        RESULTS[$proto-get-cli]+="$(( $(now_ms) - t )) "
        check "$WORK/local/big.bin"
    }
    window_get() {
        rm -f "$WORK/window/big.bin"
        settle
        read -r _ _ _ ms < <("$WINDOW" "$URL" "$WORK/window" get big.bin)
        RESULTS[$proto-get-window]+="$ms "
        check "$WORK/window/big.bin"
    }
    cli_put() {
        rm -rf "$ROOT/bench/up-cli"
        mkdir -p "$ROOT/bench/up-cli"
        chmod 777 "$ROOT/bench/up-cli"
        settle
        local t; t=$(now_ms)
        echo "$PASSWORD" | "$CLI" put "$WORK/local/big.bin" "$CLI_URL/up-cli/big.bin" --password-stdin --accept-new > /dev/null
        RESULTS[$proto-put-cli]+="$(( $(now_ms) - t )) "
        check "$ROOT/bench/up-cli/big.bin"
    }
    window_put() {
        rm -rf "$ROOT/bench/up-window"
        mkdir -p "$ROOT/bench/up-window"
        chmod 777 "$ROOT/bench/up-window"
        settle
        read -r _ _ _ ms < <("$WINDOW" "$URL/up-window" "$WORK/window" put big.bin)
        RESULTS[$proto-put-window]+="$ms "
        check "$ROOT/bench/up-window/big.bin"
    }
    # Run 0 warms up (the first 1 GiB each side writes finds no freed pages) and is not
    # counted.
    for run in $(seq 0 "$RUNS"); do
        # Each step first removes its own copy from the run before, so that each takes
        # its 1 GiB of page cache from pages just freed. On this virtual machine, pages the
        # guest has not touched for a while cost the host's first touch: a step that
        # found no freed pages took 2.5 s where the same step took 0.5 s after a removal,
        # whichever program it ran. The two sides also take turns at going first.
        if (( run % 2 )); then cli_get; window_get; else window_get; cli_get; fi
        if (( run % 2 )); then cli_put; window_put; else window_put; cli_put; fi
        if (( run == 0 )); then
            for key in get-cli get-window put-cli put-window; do RESULTS[$proto-$key]=""; done
        fi
    done
done

echo "| Protocol, direction | ferry-cli (MB/s) | window (MB/s) | window / ferry-cli | runs (ms, cli; window) |"
echo "|---|---|---|---|---|"
for proto in ${PROTOS:-ftp sftp}; do
    for dir in get put; do
        cli=$(echo "${RESULTS[$proto-$dir-cli]}" | tr ' ' '\n' | grep . | median)
        win=$(echo "${RESULTS[$proto-$dir-window]}" | tr ' ' '\n' | grep . | median)
        ratio=$(awk -v c="$cli" -v w="$win" 'BEGIN { printf "%.2fx", c / w }')
        echo "| ${proto^^} $dir, $SIZE_MIB MiB | $(mbps "$cli") | $(mbps "$win") | $ratio | ${RESULTS[$proto-$dir-cli]}; ${RESULTS[$proto-$dir-window]} |"
    done
done
