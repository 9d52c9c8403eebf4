#!/usr/bin/env bash
# Many small uploads through the transfer queue: `ferry-cli put -r --parallel 4` against
# `lftp mirror -R --parallel=4`, the same tree to the same vsftpd, runs alternating, each
# into a fresh remote folder. Every Ferry run is checked: all files arrived, byte for
# byte (SHA-256 of both trees). Prints and writes to docs/benchmarks.md (section "Queue
# upload of many small files against lftp mirror, RTT N ms") the median files/s of each
# tool, the ratio Ferry/lftp (of the medians, and per run: min / median / max of each
# run's pair), the CPU each client used (median user + system seconds, /usr/bin/time) and
# the FTP commands each tool sent per file (counted in vsftpd's protocol log).
#
#   bench/bench_queue_lftp.sh [--rtt MS] [--runs N] [--files N] [--file-kib N] [--dirs N]
#
# NO_DOC=1 leaves docs/benchmarks.md alone (trial runs); TOOLS="ferry" (a subset of
# "ferry lftp lftpdef") runs only those, for trials, and then prints no table.
# Defaults: 2,000 files of 4 KiB in 4 subfolders, 3 runs, RTT 0 (plain loopback).
# --rtt > 0 re-runs this script inside shared/tools/wan/wan.sh (no rate limit, no loss,
# cubic as in the wan README's figures).
#
# The same work on both sides: both keep modification times and neither sets
# permissions. Ferry keeps times by default (MDTM with a time, vsftpd's way). lftp
# tries SITE UTIME (two forms) by default, which vsftpd refuses, then gives up per
# connection and keeps no times;
# it is told to use vsftpd's MDTM instead (ftp:use-mdtm-overloaded, SITE UTIME off), and
# --no-perms drops its SITE CHMOD per file. The issue's plain `mirror -R --parallel=4`
# (default settings) is measured too, in its own column.
#
# Needs root (the fixture's vsftpd logs in the local user ferrytest, wan.sh makes a
# namespace) and a release build of ferry-cli and ferry-test-servers in $BUILD
# (default build/bench-rel), made here when missing:
#   cmake -S . -B build/bench-rel -G Ninja -DCMAKE_BUILD_TYPE=Release
#   cmake --build build/bench-rel --target ferry-cli ferry-test-servers
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
. "$REPO/bench/lib.sh"
BUILD=${BUILD:-$REPO/build/bench-rel}
RTT=0 RUNS=3 FILES=2000 FILE_KIB=4 DIRS=4 INNER=0
args=("$@")
while [ $# -gt 0 ]; do
    case "$1" in
    --rtt) RTT=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --files) FILES=$2; shift 2 ;;
    --file-kib) FILE_KIB=$2; shift 2 ;;
    --dirs) DIRS=$2; shift 2 ;;
    --inner) INNER=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" = 0 ] || { echo "bench_queue_lftp: needs root (sudo $0 ${args[*]})" >&2; exit 2; }
command -v lftp >/dev/null || { echo "bench_queue_lftp: lftp is not installed" >&2; exit 2; }
CLI=$BUILD/app/ferry-cli
SERVERS=$BUILD/tests/ferry-test-servers

if [ "$INNER" = 0 ]; then
    if [ ! -x "$CLI" ] || [ ! -x "$SERVERS" ]; then
        cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
        cmake --build "$BUILD" --target ferry-cli ferry-test-servers -- -j2 >/dev/null
    fi
fi

if [ "$RTT" != 0 ] && [ "$INNER" = 0 ]; then
    wan_prepare "$REPO"
    cubic_allow
    set +e
    WAN_NS=${WAN_NS:-ferrywan-qlftp} WAN_CC=cubic WAN_LOG=$WAN_DIR/wandelay-qlftp.log \
        "$WAN_DIR/wan.sh" "$RTT" 0 0 -- "$0" --inner "${args[@]}"
    rc=$?
    cubic_restore
    exit $rc
fi

WORK=$(mktemp -d /tmp/ferry-bench-qlftp.XXXXXX)
chmod 755 "$WORK"
trap 'fixture_stop; rm -rf "$WORK"' EXIT
fixture_start "$WORK" -- "$SERVERS" vsftpd-plain
PORT=$(field vsftpd-plain)
ROOT=$(field root)
USER_NAME=$(field user)
PASS=$(field password)
VLOG=$(field dir)/vsftpd-plain-$PORT.log

# The tree: FILES files of FILE_KIB KiB, spread over DIRS subfolders, all dated 2020-01-02
# so that a kept time is visible.
TREE=$WORK/tree
per=$(( (FILES + DIRS - 1) / DIRS ))
n=0
for d in $(seq "$DIRS"); do
    mkdir -p "$TREE/d$d"
    for _ in $(seq "$per"); do
        [ "$n" -ge "$FILES" ] && break
        n=$((n + 1))
        head -c $((FILE_KIB * 1024)) /dev/urandom >"$TREE/d$d/f$n.bin"
    done
done
touch -d '2020-01-02 03:04:05 UTC' "$TREE"/d*/*
manifest() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }
manifest "$TREE" >"$WORK/want.sha"
[ "$(wc -l <"$WORK/want.sha")" = "$FILES" ] || { echo "bench_queue_lftp: made the wrong number of files" >&2; exit 1; }

export FERRY_CONFIG_DIR=$WORK/config FERRY_DATA_DIR=$WORK/config FERRY_PASSWORD=$PASS
LFTP_SAME="set ftp:ssl-allow no; set ftp:use-site-utime false; set ftp:use-site-utime2 false; set ftp:use-mdtm-overloaded true; mirror -R --parallel=4 --no-perms"
LFTP_DEFAULT="set ftp:ssl-allow no; mirror -R --parallel=4"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
commands() { grep -c 'FTP command:' "$VLOG" || true; }

# run TOOL RUN -> "seconds commands cpu-seconds"; checks the copy afterwards.
run() {
    local tool=$1 i=$2 dest t0 t1 c0 c1 cpu
    dest=$tool-$i
    c0=$(commands)
    local timed=(/usr/bin/time -f '%U %S' -o "$WORK/cpu")
    t0=$(now)
    case "$tool" in
    ferry) "${timed[@]}" "$CLI" put -r --parallel 4 "$TREE" "ftp://$USER_NAME@127.0.0.1:$PORT/$dest" >"$WORK/out" 2>&1 ;;
    lftp) "${timed[@]}" lftp -u "$USER_NAME,$PASS" -p "$PORT" 127.0.0.1 -e "$LFTP_SAME $TREE $dest; bye" >"$WORK/out" 2>&1 ;;
    lftpdef) "${timed[@]}" lftp -u "$USER_NAME,$PASS" -p "$PORT" 127.0.0.1 -e "$LFTP_DEFAULT $TREE $dest; bye" >"$WORK/out" 2>&1 ;;
    esac || { echo "bench_queue_lftp: $tool run $i failed:" >&2; tail -20 "$WORK/out" >&2; exit 1; }
    t1=$(now)
    cpu=$(awk '{print $1 + $2}' "$WORK/cpu")
    c1=$(commands)
    manifest "$ROOT/$dest" >"$WORK/got.sha"
    if ! cmp -s "$WORK/want.sha" "$WORK/got.sha"; then
        echo "bench_queue_lftp: $tool run $i: the remote tree differs from the source" >&2
        diff "$WORK/want.sha" "$WORK/got.sha" | head >&2
        exit 1
    fi
    # Times kept (Ferry and lftp with the same settings): the first file says so.
    if [ "$tool" != lftpdef ]; then
        local first
        first=$(find "$ROOT/$dest" -type f -print -quit)
        [ "$(stat -c %Y "$first")" = "$(stat -c %Y "$TREE/${first#"$ROOT/$dest/"}")" ] \
            || { echo "bench_queue_lftp: $tool run $i: modification time not kept on $first" >&2; exit 1; }
    fi
    rm -rf "${ROOT:?}/$dest"
    echo "$(echo "$t1 - $t0" | bc -l) $((c1 - c0)) $cpu"
}

echo "bench_queue_lftp: $FILES files x $FILE_KIB KiB in $DIRS folders, RTT $RTT ms, $RUNS runs each" >&2
declare -A secs cmds cpus last
pairs=""
read -r -a tools <<<"${TOOLS:-ferry lftp lftpdef}"
for i in $(seq "$RUNS"); do
    # Rotate which tool goes first, so none always gets the warmer cache.
    k=$(( (i - 1) % ${#tools[@]} ))
    order=("${tools[@]:$k}" "${tools[@]:0:$k}")
    for tool in "${order[@]}"; do
        run "$tool" "$i" >"$WORK/result"
        read -r s c u <"$WORK/result"
        secs[$tool]="${secs[$tool]:-} $s"
        cpus[$tool]="${cpus[$tool]:-} $u"
        cmds[$tool]=$c
        last[$tool]=$s
        printf 'run %d %-7s %6.2f s  %6.1f files/s  %d commands  %5.2f s CPU\n' "$i" "$tool" "$s" "$(echo "$FILES / $s" | bc -l)" "$c" "$u" >&2
    done
    # This run's pair: lftp's time over Ferry's is Ferry's speed over lftp's.
    if [ -n "${last[ferry]:-}" ] && [ -n "${last[lftp]:-}" ]; then
        pairs="$pairs $(echo "${last[lftp]} / ${last[ferry]}" | bc -l)"
    fi
done

if [ -n "${TOOLS:-}" ]; then exit 0; fi
rate() { echo "${secs[$1]}" | tr -s ' ' '\n' | grep . | median | xargs -I{} echo "$FILES / {}" | bc -l; }
fr=$(rate ferry); lr=$(rate lftp); dr=$(rate lftpdef)
per_file() { echo "${cmds[$1]} / $FILES" | bc -l | xargs printf %.2f; }
cpu() { echo "${cpus[$1]}" | tr -s ' ' '\n' | grep . | median | xargs printf %.2f; }
spread=$(echo "$pairs" | tr -s ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {
    m = (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.2f / %.2f / %.2f", a[1], m, a[NR] }')
row=$(printf '| %s ms | %.1f | %.1f | %.2fx | %s | %s s | %s s | %.1f | %.2fx | %s | %s | %s |' "$RTT" "$fr" "$lr" \
    "$(echo "$fr / $lr" | bc -l)" "$spread" "$(cpu ferry)" "$(cpu lftp)" "$dr" "$(echo "$fr / $dr" | bc -l)" \
    "$(per_file ferry)" "$(per_file lftp)" "$(per_file lftpdef)")
header="| RTT | Ferry files/s | lftp files/s (same work) | Ferry / lftp | per run (min / median / max) | Ferry CPU | lftp CPU | lftp files/s (default mirror -R) | Ferry / lftp default | Ferry cmds/file | lftp cmds/file | lftp default cmds/file |
|---|---|---|---|---|---|---|---|---|---|---|---|"
echo
echo "$header"
echo "$row"

[ -n "${NO_DOC:-}" ] && exit 0
# Inside wan.sh the repository is the same folder; write the section from here.
doc=$REPO/docs/benchmarks.md
section="## Queue upload of many small files against lftp mirror, RTT $RTT ms"
{
    echo "$section"
    echo
    echo "\`bench/bench_queue_lftp.sh --rtt $RTT --runs $RUNS --files $FILES --file-kib $FILE_KIB --dirs $DIRS\` (as root)"
    echo "on $(date -u +%Y-%m-%d), $(nproc) cores shared with other work: $FILES files of $FILE_KIB KiB in $DIRS"
    echo "subfolders of $per uploaded to vsftpd 3.0.3 (the fixture's, plain FTP, no MLST) into a fresh folder per run;"
    if [ "$RTT" = 0 ]; then echo "plain loopback;"; else echo "through shared/tools/wan/wan.sh $RTT 0 0 (RTT $RTT ms, no rate limit, no loss, cubic);"; fi
    echo "medians of $RUNS runs, the tools' order rotated per run; times include connecting and logging in."
    echo "Ferry: \`ferry-cli put -r --parallel 4 TREE ftp://user@host:port/DEST\` (release build, keeps"
    echo "modification times, checks every size after the upload); every run checked with SHA-256 of both trees."
    echo "lftp $(lftp --version | head -1 | awk '{print $4}'), same work: \`$LFTP_SAME TREE DEST\` (keeps times with"
    echo "vsftpd's MDTM, no chmod); lftp default: \`$LFTP_DEFAULT TREE DEST\` (tries SITE UTIME, which vsftpd"
    echo "refuses, then keeps no times; SITE CHMOD per file). Per run: each run's Ferry / lftp pair. CPU: the client's"
    echo "user + system seconds for the whole tree (median). Commands per file: FTP commands in vsftpd's log per run / files."
    echo
    echo "$header"
    echo "$row"
    echo
} >"$WORK/section.md"
if [ -f "$doc" ] && grep -qF "$section" "$doc"; then
    awk -v s="$section" -v f="$WORK/section.md" '
        $0 == s { while ((getline l < f) > 0) print l; skip = 1; next }
        skip && /^## / { skip = 0 }
        !skip { print }' "$doc" >"$WORK/doc.md"
    cat "$WORK/doc.md" >"$doc"
else
    cat "$WORK/section.md" >>"$doc"
fi
echo "bench_queue_lftp: results written to docs/benchmarks.md ($section)" >&2
