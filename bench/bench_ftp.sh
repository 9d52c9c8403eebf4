#!/usr/bin/env bash
# FTP and FTPS throughput: ferry-cli against curl, on the same file from the same vsftpd,
# in the same run, alternating the two tools. Server pinned to CPU 0, clients to CPU 1.
# Writes the medians, the ratios and ferry-cli's peak RSS to docs/benchmarks.md (section
# "FTP and FTPS against curl") and prints them.
#
#   bench/bench_ftp.sh [SIZE_MIB=1024] [RUNS=5]
#
# Needs root (the fixture's servers log in a local user) and a release build, which it
# makes in build/release. To measure other binaries (another branch's, a before/after
# pair): CLI=path/to/ferry-cli SERVERS=path/to/ferry-test-servers (no build then);
# NO_DOC=1 leaves docs/benchmarks.md alone and only prints the table.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/bench/lib.sh"
size_mib=${1:-1024}
runs=${2:-5}
cd "$here"
if [ -z "${CLI:-}" ] || [ -z "${SERVERS:-}" ]; then
    cmake --preset release >/dev/null
    cmake --build build/release --target ferry-cli ferry-test-servers -- -j2 >/dev/null
fi
cli=${CLI:-$here/build/release/app/ferry-cli}
servers=${SERVERS:-$here/build/release/tests/ferry-test-servers}

work=$(mktemp -d /dev/shm/ferry-bench-XXXXXX 2>/dev/null || mktemp -d)
# The fixture runs until its standard input closes.
# The served folder lives in SERVER_TMP (default /dev/shm, a tmpfs). On ext4 vsftpd's close
# of an uploaded file (which it truncated first) waits for ext4 to write the whole file
# out (about 0.4 s per GiB here), and a client that checks the size after an upload, as
# ferry-cli does, waits for it while curl does not. SERVER_TMP=/tmp measures that too.
server_tmp=${SERVER_TMP:-/dev/shm}
trap 'fixture_stop; rm -rf "$work"' EXIT
fixture_start "$work" env TMPDIR="$server_tmp" taskset -c 0 -- "$servers" vsftpd-plain vsftpd-explicit
plain_port=$(field vsftpd-plain)
tls_port=$(field vsftpd-explicit)
root=$(field root)
ca=$(field ca)
user=$(field user)
pass=$(field password)

echo "bench_ftp: ${size_mib} MiB, $runs runs each, vsftpd on CPU 0 serving $root, clients on CPU 1"
head -c $((size_mib * 1024 * 1024)) /dev/urandom >"$work/src.bin"
cp "$work/src.bin" "$root/src.bin"
chown "$user" "$root/src.bin"
want=$(sha256sum "$work/src.bin" | cut -d' ' -f1)
export FERRY_CONFIG_DIR=$work/config FERRY_DATA_DIR=$work/config

# seconds TOOL MODE DIRECTION -> elapsed seconds; checks the bytes afterwards.
declare -A rss
seconds() {
    local tool=$1 mode=$2 dir=$3 scheme port tls=() start end
    if [ "$mode" = ftps ]; then scheme=ftpes; port=$tls_port; else scheme=ftp; port=$plain_port; fi
    rm -f "$work/down.bin" "$root/up.bin"
    start=$(date +%s.%N)
    if [ "$tool" = ferry ]; then
        [ "$mode" = ftps ] && tls=(--ca-file "$ca")
        if [ "$dir" = get ]; then
            /usr/bin/time -f %M -o "$work/rss" taskset -c 1 "$cli" get "${tls[@]}" "$scheme://$user:$pass@127.0.0.1:$port/src.bin" "$work/down.bin"
        else
            /usr/bin/time -f %M -o "$work/rss" taskset -c 1 "$cli" put "${tls[@]}" "$work/src.bin" "$scheme://$user:$pass@127.0.0.1:$port/up.bin"
        fi
        rss[$mode-$dir]=$(( $(cat "$work/rss") > ${rss[$mode-$dir]:-0} ? $(cat "$work/rss") : ${rss[$mode-$dir]:-0} ))
    else
        [ "$mode" = ftps ] && tls=(--ssl-reqd --cacert "$ca")
        if [ "$dir" = get ]; then
            taskset -c 1 curl -sS "${tls[@]}" -o "$work/down.bin" "ftp://$user:$pass@127.0.0.1:$port/src.bin"
        else
            taskset -c 1 curl -sS "${tls[@]}" -T "$work/src.bin" "ftp://$user:$pass@127.0.0.1:$port/up.bin"
        fi
    fi
    end=$(date +%s.%N)
    local got
    if [ "$dir" = get ]; then got=$(sha256sum "$work/down.bin" | cut -d' ' -f1); else got=$(sha256sum "$root/up.bin" | cut -d' ' -f1); fi
    [ "$got" = "$want" ] || { echo "bench_ftp: $tool $mode $dir: wrong bytes" >&2; exit 1; }
    local took
    took=$(echo "$end - $start" | bc -l)
    printf 'bench_ftp: %s %s %s %.3f s\n' "$tool" "$mode" "$dir" "$took" >&2
    echo "$took"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

table="| transfer | ferry-cli MB/s | curl MB/s | ferry / curl | ferry-cli peak RSS |\n|---|---|---|---|---|\n"
for mode in ${MODES:-ftp ftps}; do
    for dir in ${DIRS:-get put}; do
        : >"$work/t-ferry"; : >"$work/t-curl"
        for i in $(seq "$runs"); do
            # Alternate which tool goes first, so neither always gets the warmer cache.
            if [ $((i % 2)) -eq 1 ]; then order="ferry curl"; else order="curl ferry"; fi
            for tool in $order; do seconds "$tool" "$mode" "$dir" >>"$work/t-$tool"; done
        done
        mb=$(echo "$size_mib * 1.048576" | bc -l)
        f=$(median <"$work/t-ferry"); c=$(median <"$work/t-curl")
        fr=$(echo "$mb / $f" | bc -l); cr=$(echo "$mb / $c" | bc -l)
        ratio=$(echo "$fr / $cr" | bc -l)
        line=$(printf '| %s %s | %.0f | %.0f | %.2fx | %d MiB |' "$mode" "$dir" "$fr" "$cr" "$ratio" $(( rss[$mode-$dir] / 1024 )))
        echo "$line"
        table+="$line\n"
    done
done

[ "${NO_DOC:-0}" = 1 ] && exit 0
doc=$here/docs/benchmarks.md
section="## FTP and FTPS against curl"
{
    echo "$section"
    echo
    echo "\`sudo bench/bench_ftp.sh $size_mib $runs\` on $(date -u +%Y-%m-%d), $(nproc) cores: a ${size_mib} MiB random file,"
    echo "vsftpd on loopback (plain, and explicit TLS with require_ssl_reuse) serving a folder in $server_tmp ($(stat -f -c %T "$server_tmp")), server pinned to CPU 0,"
    echo "clients to CPU 1, medians of $runs alternating runs, MB = 10^6 bytes, bytes checked with SHA-256."
    echo "FTPS is curl's --ssl-reqd (AUTH TLS, PROT P) against ferry-cli's ftpes://."
    echo
    printf "%b" "$table"
    echo
} >"$work/section.md"
if [ -f "$doc" ] && grep -q "^$section" "$doc"; then
    # Replace the old section (up to the next "## " heading).
    awk -v s="$section" -v f="$work/section.md" '
        $0 == s { while ((getline l < f) > 0) print l; skip = 1; next }
        skip && /^## / { skip = 0 }
        !skip { print }' "$doc" >"$work/doc.md"
    cp "$work/doc.md" "$doc"
else
    cat "$work/section.md" >>"$doc"
fi
echo "bench_ftp: results written to docs/benchmarks.md"
