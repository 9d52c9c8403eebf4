#!/usr/bin/env bash
# One large FTP download on a long link: ferry-cli (which picks its segments from the
# round trip it measures) against lftp's `pget -n 4`, curl (one stream) and rclone
# (`copyto` with an on-the-fly :ftp remote, its default streams) when installed, all on
# the same file from the fixture's vsftpd, alternating the tools run by run. Every copy
# is checked with SHA-256. Also ferry-cli with FERRY_FTP_SEGMENTS=1 (one stream), to show
# what the segments give. Prints medians (MB = 10^6 bytes) and ratios.
#
#   bench/bench_longlink.sh [--rtt MS] [--size-mib N] [--runs N]
#
# --rtt 0 runs on plain loopback (ferry-cli must choose one segment there: the log line
# is checked); --rtt > 0 re-runs this script inside shared/tools/wan/wan.sh (a network
# namespace with that round-trip time, cubic, no rate limit, no loss). Needs root and a
# release build (made in build/release unless CLI and SERVERS name binaries).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
CLI=${CLI:-$REPO/build/release/app/ferry-cli}
SERVERS=${SERVERS:-$REPO/build/release/tests/ferry-test-servers}
RTT=0 SIZE_MIB=256 RUNS=3 INNER=0
while [ $# -gt 0 ]; do
    case "$1" in
    --rtt) RTT=$2; shift 2 ;;
    --size-mib) SIZE_MIB=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --inner) INNER=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
if [ "$INNER" = 0 ] && [ "${NO_BUILD:-0}" != 1 ]; then
    (cd "$REPO" && cmake --preset release >/dev/null &&
        cmake --build build/release --target ferry-cli ferry-test-servers -- -j2 >/dev/null)
fi
[ -x "$CLI" ] && [ -x "$SERVERS" ] || { echo "no ferry-cli or ferry-test-servers (CLI, SERVERS)" >&2; exit 2; }

if [ "$RTT" != 0 ] && [ "$INNER" = 0 ]; then
    # wan.sh must sit beside a built wandelay; the shared folder is read-only, so use a copy.
    WAN_DIR=${WAN_DIR:-$REPO/build/wan}
    if [ ! -x "$WAN_DIR/wandelay" ]; then
        mkdir -p "$WAN_DIR"
        cp "$REPO/../shared/tools/wan/"{wan.sh,build.sh,wandelay.cpp} "$WAN_DIR/"
        chmod u+w "$WAN_DIR"/*
        (cd "$WAN_DIR" && ./build.sh >/dev/null)
    fi
    allowed=$(cat /proc/sys/net/ipv4/tcp_allowed_congestion_control)
    case " $allowed " in *" cubic "*) ;; *) echo "$allowed cubic" >/proc/sys/net/ipv4/tcp_allowed_congestion_control ;; esac
    set +e
    WAN_NS=${WAN_NS:-ferrywan-long} WAN_CC=cubic WAN_LOG=$WAN_DIR/wandelay.log \
        CLI=$CLI SERVERS=$SERVERS "$WAN_DIR/wan.sh" "$RTT" 0 0 -- "$0" --inner --rtt "$RTT" \
        --size-mib "$SIZE_MIB" --runs "$RUNS"
    rc=$?
    echo "$allowed" >/proc/sys/net/ipv4/tcp_allowed_congestion_control
    exit $rc
fi

work=$(mktemp -d /dev/shm/ferry-bench-long-XXXXXX)
chmod 755 "$work"
fifo=$work/control
mkfifo "$fifo"
TMPDIR=$work "$SERVERS" vsftpd-plain <"$fifo" >"$work/servers.txt" 2>&1 &
srv_pid=$!
exec 9>"$fifo"
cleanup() { exec 9>&-; wait "$srv_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 100); do grep -q '^ready' "$work/servers.txt" && break; sleep 0.1; done
grep -q '^ready' "$work/servers.txt" || { cat "$work/servers.txt"; exit 1; }
field() { awk -v k="$1" '$1==k {print $NF}' "$work/servers.txt"; }
port=$(field vsftpd-plain)
root=$(field root)
user=$(field user)
pass=$(field password)
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom >"$root/src.bin"
chown "$user" "$root/src.bin"
want=$(sha256sum <"$root/src.bin" | cut -d' ' -f1)
export FERRY_CONFIG_DIR=$work/config FERRY_DATA_DIR=$work/config
url="ftp://$user:$pass@127.0.0.1:$port/src.bin"
out=$work/down.bin

tools="ferry ferry1 lftp curl"
if command -v rclone >/dev/null; then
    tools="$tools rclone"
    obscured=$(rclone obscure "$pass")
fi
# seconds TOOL -> elapsed seconds; checks the bytes.
seconds() {
    local t0 t1
    rm -f "$out"
    t0=$(date +%s.%N)
    case "$1" in
    ferry) "$CLI" get --verbose "$url" "$out" 2>"$work/ferry.log" ;;
    ferry1) FERRY_FTP_SEGMENTS=1 "$CLI" get "$url" "$out" ;;
    lftp) lftp -e "set ftp:ssl-allow no; set net:connection-limit 0; pget -n 4 src.bin -o $out; quit" \
        -u "$user,$pass" -p "$port" 127.0.0.1 >/dev/null ;;
    curl) curl -sS -o "$out" "$url" ;;
    rclone) rclone copyto --config /dev/null \
        ":ftp,host=127.0.0.1,port=$port,user=$user,pass=$obscured:src.bin" "$out" ;;
    esac
    t1=$(date +%s.%N)
    [ "$(sha256sum <"$out" | cut -d' ' -f1)" = "$want" ] || { echo "bench_longlink: $1: wrong bytes" >&2; exit 1; }
    echo "$t1 - $t0" | bc -l
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "bench_longlink: RTT $RTT ms, ${SIZE_MIB} MiB, $RUNS runs, tools: $tools, load $(cut -d' ' -f1 /proc/loadavg)" >&2
for t in $tools; do : >"$work/t-$t"; done
for i in $(seq "$RUNS"); do
    # Rotate the order, so no tool always goes first.
    set -- $tools
    for _ in $(seq $(((i - 1) % $#))); do set -- "${@:2}" "$1"; done
    for t in "$@"; do
        s=$(seconds "$t")
        printf 'bench_longlink: run %d %s %.2f s\n' "$i" "$t" "$s" >&2
        echo "$s" >>"$work/t-$t"
    done
done
grep -E "segments over|one stream|Round trip" "$work/ferry.log" | head -3 >&2 || true
if [ "$RTT" = 0 ] && grep -q "segments over" "$work/ferry.log"; then
    echo "bench_longlink: ferry-cli used segments on loopback" >&2
    exit 1
fi

mb=$(echo "$SIZE_MIB * 1.048576" | bc -l)
ferry=$(echo "$mb / $(median <"$work/t-ferry")" | bc -l)
printf '| %s ms | %s MiB |' "$RTT" "$SIZE_MIB"
for t in $tools; do
    r=$(echo "$mb / $(median <"$work/t-$t")" | bc -l)
    if [ "$t" = ferry ]; then printf ' %.1f |' "$r"; else printf ' %.1f (%.2fx) |' "$r" "$(echo "$ferry / $r" | bc -l)"; fi
done
echo
echo "columns: RTT | size | $(echo "$tools" | sed 's/ / | /g') (MB/s; in brackets ferry-cli / that tool)"
