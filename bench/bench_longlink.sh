#!/usr/bin/env bash
# One large file (down or up) or many small files on a long link: ferry-cli (which picks
# its segments from the round trip it measures) against lftp, curl, OpenSSH's sftp and
# rclone (`copyto`/`copy` with an on-the-fly :ftp or :sftp remote, its defaults for
# streams, SFTP hash check off) when installed, all against the fixture's vsftpd or
# sshd, alternating the tools run by run. Every copy is checked with SHA-256. ferry1 is
# ferry-cli held to one stream for FTP (FERRY_FTP_SEGMENTS=1) and to one SSH session for
# SFTP (FERRY_SFTP_SESSIONS=1: its channels still, all on one TCP connection), to show
# what the segments or the extra sessions give. TOOLS="ferry
# ferry1" runs only those of the tools. Prints medians (MB = 10^6 bytes, or files/s) and ratios, and
# the load average before and after.
#
#   bench/bench_longlink.sh [--proto ftp|sftp] [--dir get|put|small] [--rtt MS] [--loss PCT]
#                           [--size-mib N] [--files N] [--runs N]
#
#   ftp get:    ferry ferry1 lftp (pget -n 4) curl rclone rclone1
#   ftp put:    ferry lftp (put) curl (-T) rclone
#   sftp get:   ferry ferry1 lftp (pget -n 4) curl sftp rclone
#   sftp put:   ferry ferry1 lftp (put) curl sftp rclone
#   sftp small: ferry (put -r) rclone (copy --transfers 4) lftp (mirror -R --parallel=4)
#
# rclone is its defaults: over 250 MiB it fetches in 4 streams (--multi-thread-streams),
# which vsftpd answers with "426 Failure writing network stream" when rclone closes a
# range early; rclone then retries the whole file (--retries 3) and the time counts all
# of its attempts (the run is marked "(426, retried)"). rclone1 is rclone with
# --multi-thread-streams 0 (one stream), the rclone maintainers' advice for such servers.
# A tool that fails (exit status or wrong bytes) is reported as failed; the others go on.
# OLD_CLI=path adds `ferryold`, another ferry-cli build (before/after comparisons).
# TOOL_TIMEOUT=SECONDS stops any one tool's run after that long (with loss, one stream
# can take minutes); it is reported as failed ("exit 124": timed out).
#
# --rtt 0 runs on plain loopback (ferry-cli must choose one segment there: the log line
# is checked); --rtt > 0 re-runs this script inside shared/tools/wan/wan.sh (a network
# namespace with that round-trip time, cubic, no rate limit, --loss percent random loss
# both ways). Needs root and a release build (made in build/release unless CLI and
# SERVERS name binaries).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
. "$REPO/bench/lib.sh"
CLI=${CLI:-$REPO/build/release/app/ferry-cli}
SERVERS=${SERVERS:-$REPO/build/release/tests/ferry-test-servers}
RTT=0 SIZE_MIB=256 RUNS=3 INNER=0 PROTO=ftp DIR=get LOSS=0 FILES=2000
while [ $# -gt 0 ]; do
    case "$1" in
    --proto) PROTO=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;;
    --loss) LOSS=$2; shift 2 ;;
    --files) FILES=$2; shift 2 ;;
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
    wan_prepare "$REPO"
    cubic_allow
    set +e
    WAN_NS=${WAN_NS:-ferrywan-long} WAN_CC=cubic WAN_LOG=$WAN_DIR/wandelay.log \
        CLI=$CLI SERVERS=$SERVERS "$WAN_DIR/wan.sh" "$RTT" 0 "$LOSS" -- "$0" --inner --rtt "$RTT" \
        --loss "$LOSS" --proto "$PROTO" --dir "$DIR" --files "$FILES" --size-mib "$SIZE_MIB" --runs "$RUNS"
    rc=$?
    cubic_restore
    exit $rc
fi

work=$(mktemp -d /dev/shm/ferry-bench-long-XXXXXX)
chmod 755 "$work"
server=vsftpd-plain
[ "$PROTO" = sftp ] && server=sshd
trap 'fixture_stop; rm -rf "$work"' EXIT
fixture_start "$work" env TMPDIR="$work" -- "$SERVERS" "$server"
port=$(field "$server")
root=$(field root)
user=$(field user)
pass=$(field password)
key=$(field key)
export FERRY_CONFIG_DIR=$work/config FERRY_DATA_DIR=$work/config
sshopts="-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes"
if [ "$PROTO" = sftp ]; then
    chmod 600 "$key"
    base="sftp://$user@127.0.0.1:$port$root"
    fopts=(--identity "$key" --accept-new)
    # lftp over ssh with the key; curl (libssh2) with it; OpenSSH's sftp batch mode.
    lftp_open="set sftp:connect-program 'ssh -a -x -i $key $sshopts'; open -u $user, -p $port sftp://127.0.0.1"
    rremote=":sftp,host=127.0.0.1,port=$port,user=$user,key_file=$key,disable_hashcheck=true:$root/"
    curlbase="sftp://127.0.0.1:$port$root"
    curlopts=(-k --key "$key" --pubkey "$key.pub" -u "$user:")
    sftpcmd() { "${TO[@]}" sftp -q -b - -i "$key" $sshopts -P "$port" "$user@127.0.0.1" >/dev/null; }
else
    base="ftp://$user:$pass@127.0.0.1:$port"
    fopts=()
    lftp_open="set ftp:ssl-allow no; set net:connection-limit 0; open -u $user,$pass -p $port 127.0.0.1"
    rremote=":ftp,host=127.0.0.1,port=$port,user=$user,pass=$(command -v rclone >/dev/null && rclone obscure "$pass"):"
    curlbase="ftp://$user:$pass@127.0.0.1:$port"
    curlopts=()
fi
# The remote folder as lftp/rclone see it: sftp names absolute paths, FTP the login folder.
rdir=""
[ "$PROTO" = sftp ] && rdir="$root/"

local_src=$work/local.bin
out=$work/down.bin
if [ "$DIR" = small ]; then
    mkdir -p "$work/small"
    for i in $(seq "$FILES"); do head -c 4096 /dev/urandom >"$work/small/f$i.dat"; done
    want=$(cd "$work/small" && cat $(ls | sort) | sha256sum | cut -d' ' -f1)
elif [ "$DIR" = get ]; then
    head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom >"$root/src.bin"
    chown "$user" "$root/src.bin"
    want=$(sha256sum <"$root/src.bin" | cut -d' ' -f1)
else
    head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom >"$local_src"
    want=$(sha256sum <"$local_src" | cut -d' ' -f1)
fi

case "$PROTO-$DIR" in
ftp-get) tools="ferry ferry1 lftp curl" ;;  # rclone rclone1 below
ftp-put) tools="ferry lftp curl" ;;
sftp-get) tools="ferry ferry1 lftp curl sftp" ;;
sftp-put) tools="ferry ferry1 lftp curl sftp" ;;
sftp-small) tools="ferry lftp" ;;
*) echo "bench_longlink: no $PROTO $DIR" >&2; exit 2 ;;
esac
# curl's SFTP (libssh2) moved 2.6 MB/s at 20 ms (one 256 MiB put took 99 s) and slows
# down with the round trip: left out on long links unless CURL_SFTP=1.
if [ "$PROTO" = sftp ] && [ "$RTT" != 0 ] && [ "${CURL_SFTP:-0}" != 1 ]; then
    tools=$(echo "$tools" | sed 's/ curl//')
fi
command -v rclone >/dev/null && tools="$tools rclone"
command -v rclone >/dev/null && [ "$PROTO-$DIR" = ftp-get ] && tools="$tools rclone1"
[ -n "${OLD_CLI:-}" ] && [ "$DIR" != small ] && tools="ferryold $tools"
# TOOLS="ferry ferry1": only those of the tools above (a rerun of some columns).
[ -n "${TOOLS:-}" ] && tools=$(for t in $tools; do case " $TOOLS " in *" $t "*) printf '%s ' "$t" ;; esac; done | sed 's/ $//')

# TO: the prefix that holds a tool to TOOL_TIMEOUT seconds (empty: no limit).
TO=()
[ -n "${TOOL_TIMEOUT:-}" ] && TO=(timeout --kill-after=5 "$TOOL_TIMEOUT")

# seconds TOOL -> elapsed seconds; checks the bytes.
seconds() {
    local t0 t1 got
    rm -rf "$out" "$root/up.bin" "$root/small"
    [ "$DIR" = small ] && { mkdir -p "$root/small"; chown "$user" "$root/small"; }
    rm -f "$work/rclone.err" "$work/timed-out"
    t0=$(date +%s.%N)
    local rc=0
    case "$DIR-$1" in
    get-ferry) "${TO[@]}" "$CLI" get --verbose "$base/src.bin" "$out" "${fopts[@]}" 2>"$work/ferry.log" ;;
    get-ferry1) FERRY_FTP_SEGMENTS=1 FERRY_SFTP_SESSIONS=1 "${TO[@]}" "$CLI" get "$base/src.bin" "$out" "${fopts[@]}" ;;
    get-lftp) "${TO[@]}" lftp -e "$lftp_open; pget -n 4 ${rdir}src.bin -o $out; quit" >/dev/null ;;
    get-curl) "${TO[@]}" curl -sS "${curlopts[@]}" -o "$out" "$curlbase/src.bin" ;;
    get-sftp) echo "get $root/src.bin $out" | sftpcmd ;;
    get-ferryold) "${TO[@]}" "$OLD_CLI" get --verbose "$base/src.bin" "$out" "${fopts[@]}" 2>"$work/ferryold.log" ;;
    get-rclone) "${TO[@]}" rclone copyto -q --config /dev/null "${rremote}src.bin" "$out" 2>"$work/rclone.err" ;;
    get-rclone1) "${TO[@]}" rclone copyto -q --config /dev/null --multi-thread-streams 0 "${rremote}src.bin" "$out" ;;
    put-ferry) "${TO[@]}" "$CLI" put --verbose "$local_src" "$base/up.bin" "${fopts[@]}" 2>"$work/ferry.log" ;;
    put-ferry1) FERRY_SFTP_SESSIONS=1 "${TO[@]}" "$CLI" put "$local_src" "$base/up.bin" "${fopts[@]}" ;;
    put-lftp) "${TO[@]}" lftp -e "$lftp_open; put $local_src -o ${rdir}up.bin; quit" >/dev/null ;;
    put-curl) "${TO[@]}" curl -sS "${curlopts[@]}" -T "$local_src" "$curlbase/up.bin" ;;
    put-sftp) echo "put $local_src $root/up.bin" | sftpcmd ;;
    put-ferryold) "${TO[@]}" "$OLD_CLI" put --verbose "$local_src" "$base/up.bin" "${fopts[@]}" 2>"$work/ferryold.log" ;;
    put-rclone) "${TO[@]}" rclone copyto -q --config /dev/null "$local_src" "${rremote}up.bin" ;;
    small-ferry) "${TO[@]}" "$CLI" put -r "$work/small" "$base/" "${fopts[@]}" 2>"$work/ferry.log" ;;
    small-lftp) "${TO[@]}" lftp -e "$lftp_open; mirror -R --parallel=4 $work/small ${rdir}small; quit" >/dev/null ;;
    small-sftp) echo "put -r $work/small $root/" | sftpcmd ;;
    small-rclone) "${TO[@]}" rclone copy -q --config /dev/null --transfers 4 "$work/small" "${rremote}small" ;;
    esac || rc=$?
    t1=$(date +%s.%N)
    if [ -e "$work/timed-out" ]; then
        echo "bench_longlink: $1 timed out after $TOOL_TIMEOUT s" >&2
        echo fail
        return
    fi
    case "$DIR" in
    get) got=$(sha256sum <"$out" 2>/dev/null | cut -d' ' -f1) ;;
    put) got=$(sha256sum <"$root/up.bin" 2>/dev/null | cut -d' ' -f1) ;;
    small) got=$(cd "$root/small" && [ "$(ls | wc -l)" = "$FILES" ] && cat $(ls | sort) | sha256sum | cut -d' ' -f1) ;;
    esac
    if [ "$rc" != 0 ] || [ "$got" != "$want" ]; then
        echo "bench_longlink: $1 failed (exit $rc$([ "$got" != "$want" ] && echo ', wrong bytes'))" >&2
        [ -s "$work/rclone.err" ] && head -3 "$work/rclone.err" >&2
        # ferry-cli's own account of it (--verbose), kept: the work folder goes at the end.
        case "$1" in ferry | ferryold) cp "$work/$1.log" "${TMPDIR:-/tmp}/bench_longlink-$1-failed-$$.log" 2>/dev/null &&
            echo "bench_longlink: its log: ${TMPDIR:-/tmp}/bench_longlink-$1-failed-$$.log" >&2 ;; esac
        echo fail
        return
    fi
    if [ -s "$work/rclone.err" ] && grep -q 426 "$work/rclone.err"; then
        echo "bench_longlink: $1: $(grep -c 426 "$work/rclone.err") x 426, retried; the time counts every attempt" >&2
    fi
    echo "$t1 - $t0" | bc -l
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

load0=$(cut -d' ' -f1 /proc/loadavg)
echo "bench_longlink: $PROTO $DIR, RTT $RTT ms, loss $LOSS %, ${SIZE_MIB} MiB / $FILES files, $RUNS runs, tools: $tools, load $load0" >&2
for t in $tools; do : >"$work/t-$t"; done
for i in $(seq "$RUNS"); do
    # Rotate the order, so no tool always goes first.
    set -- $tools
    for _ in $(seq $(((i - 1) % $#))); do set -- "${@:2}" "$1"; done
    for t in "$@"; do
        s=$(seconds "$t")
        if [ "$s" = fail ]; then
            printf 'bench_longlink: run %d %s FAILED (load %s)\n' "$i" "$t" "$(cut -d' ' -f1 /proc/loadavg)" >&2
            continue
        fi
        printf 'bench_longlink: run %d %s %.2f s (load %s)\n' "$i" "$t" "$s" "$(cut -d' ' -f1 /proc/loadavg)" >&2
        echo "$s" >>"$work/t-$t"
    done
done
load1=$(cut -d' ' -f1 /proc/loadavg)
grep -E "segments over|one stream|refused|round trip|SSH connection" "$work/ferry.log" | head -6 >&2 || true
if [ "$RTT" = 0 ] && grep -q "segments over" "$work/ferry.log"; then
    echo "bench_longlink: ferry-cli used segments on loopback" >&2
    exit 1
fi

if [ "$DIR" = small ]; then
    amount=$FILES unit="files/s"
else
    amount=$(echo "$SIZE_MIB * 1.048576" | bc -l) unit="MB/s"
fi
[ -s "$work/t-ferry" ] || { echo "bench_longlink: ferry-cli failed every run" >&2; exit 1; }
ferry=$(echo "$amount / $(median <"$work/t-ferry")" | bc -l)
printf '| %s %s | %s ms | %s %% | %s |' "$PROTO" "$DIR" "$RTT" "$LOSS" "$([ "$DIR" = small ] && echo "$FILES x 4 KiB" || echo "$SIZE_MIB MiB")"
for t in $tools; do
    if [ ! -s "$work/t-$t" ]; then printf ' %s failed |' "$t"; continue; fi
    r=$(echo "$amount / $(median <"$work/t-$t")" | bc -l)
    if [ "$t" = ferry ]; then printf ' %.1f |' "$r"; else printf ' %s %.1f (%.2fx) |' "$t" "$r" "$(echo "$ferry / $r" | bc -l)"; fi
done
printf ' %s / %s |\n' "$load0" "$load1"
echo "columns: what | RTT | loss | size | $(echo "$tools" | sed 's/ / | /g') ($unit; in brackets ferry-cli / that tool) | load before / after"
