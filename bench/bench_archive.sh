#!/usr/bin/env bash
# Archives (core/archive, docs/archives.md), two measurements in one run:
# (a) uploading a 1 GiB member of a tar.zst straight from the archive to vsftpd on
#     loopback (ferry-cli put 'ARCHIVE!/big.bin' URL), against uploading the same file
#     extracted (ferry-cli put FILE URL) and against `zstd -dc ARCHIVE >/dev/null`; the
#     member's upload should reach 0.9x the lower of the two. The member is random data
#     (zstd stores it as it is: lent from libarchive's buffer, no decoder thread);
#     MEMBER_DATA=compressible makes it of the machine's shared libraries repeated
#     (about 3.4x smaller in the archive: decoded on a thread of its own, overlapping
#     the network), where zstd -dc is the lower speed;
# (b) listing a tar.gz of 100,000 members with Ferry's listArchive (bench_archive_list)
#     against `bsdtar -tf` and `tar -tzf`: time and peak RSS (Ferry's goal: under 3 s and
#     under 150 MiB).
# Medians of RUNS alternating runs; bytes checked with SHA-256. Writes the section
# "Archives" of docs/benchmarks.md (NO_DOC=1: print only).
#
#   bench/bench_archive.sh [SIZE_MIB=1024] [RUNS=3] [MEMBERS=100000]
#
# Needs root (the fixture's servers log in a local user). Uses the dev build's binaries
# (build/dev, a Debug build; it builds the three targets it needs there) unless CLI,
# SERVERS and LISTER name others: numbers worth keeping come from a Release build's
# (cmake -B build/bench-rel -DCMAKE_BUILD_TYPE=Release, targets ferry-cli,
# ferry-test-servers, bench_archive_list).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/bench/lib.sh"
size_mib=${1:-1024}
runs=${2:-3}
members=${3:-100000}
cd "$here"
if [ -z "${CLI:-}" ] || [ -z "${SERVERS:-}" ] || [ -z "${LISTER:-}" ]; then
    nice -n 19 cmake --build build/dev --target ferry-cli ferry-test-servers bench_archive_list -- -j2 >/dev/null
fi
cli=${CLI:-$here/build/dev/app/ferry-cli}
servers=${SERVERS:-$here/build/dev/tests/ferry-test-servers}
lister=${LISTER:-$here/build/dev/bench/bench_archive_list}

work=$(mktemp -d /dev/shm/ferry-bench-archive-XXXXXX 2>/dev/null || mktemp -d)
trap 'fixture_stop; rm -rf "$work"' EXIT
fixture_start "$work" env TMPDIR="${SERVER_TMP:-/dev/shm}" taskset -c 0 -- "$servers" vsftpd-plain
port=$(field vsftpd-plain)
root=$(field root)
user=$(field user)
pass=$(field password)
export FERRY_CONFIG_DIR=$work/config FERRY_DATA_DIR=$work/config

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
now() { date +%s.%N; }

# (a) ---------------------------------------------------------------------------------
echo "bench_archive: (a) a ${size_mib} MiB member (${MEMBER_DATA:-random}) of a tar.zst, $runs runs each, vsftpd on CPU 0, load $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$work/a"
if [ "${MEMBER_DATA:-random}" = compressible ]; then
    python3 - "$work/a/big.bin" $((size_mib * 1024 * 1024)) <<'PY'
import glob, sys
path, size = sys.argv[1], int(sys.argv[2])
libs = sorted(p for p in glob.glob("/usr/lib/x86_64-linux-gnu/*.so*") if not p.endswith(".a"))
with open(path, "wb") as out:
    left = size
    while left > 0:
        for lib in libs:
            try:
                data = open(lib, "rb").read(left)
            except OSError:
                continue
            out.write(data)
            left -= len(data)
            if left <= 0:
                break
PY
else
    head -c $((size_mib * 1024 * 1024)) /dev/urandom >"$work/a/big.bin"
fi
(cd "$work/a" && tar -cf - big.bin | zstd -q -T1 -3 >"$work/big.tar.zst")
want=$(sha256sum "$work/a/big.bin" | cut -d' ' -f1)
: >"$work/t-member"; : >"$work/t-file"; : >"$work/t-zstd"
member_rss=0
for i in $(seq "$runs"); do
    case $((i % 3)) in
        1) order="member file zstd" ;;
        2) order="file zstd member" ;;
        *) order="zstd member file" ;;
    esac
    for what in $order; do
        rm -f "$root/member.bin" "$root/file.bin"
        start=$(now)
        case $what in
            member)
                /usr/bin/time -f %M -o "$work/rss" "$cli" put "$work/big.tar.zst!/big.bin" \
                    "ftp://$user:$pass@127.0.0.1:$port/member.bin"
                member_rss=$(( $(cat "$work/rss") > member_rss ? $(cat "$work/rss") : member_rss )) ;;
            file) "$cli" put "$work/a/big.bin" "ftp://$user:$pass@127.0.0.1:$port/file.bin" ;;
            zstd) zstd -dc "$work/big.tar.zst" >/dev/null ;;
        esac
        end=$(now)
        took=$(echo "$end - $start" | bc -l)
        printf 'bench_archive: %s %.3f s\n' "$what" "$took"
        echo "$took" >>"$work/t-$what"
    done
    if [ "$i" = 1 ]; then
        got=$(sha256sum "$root/member.bin" 2>/dev/null | cut -d' ' -f1 || true)
        [ -z "$got" ] || [ "$got" = "$want" ] || { echo "bench_archive: the member arrived wrong" >&2; exit 1; }
    fi
done
# The last run's upload, checked whole.
"$cli" put "$work/big.tar.zst!/big.bin" "ftp://$user:$pass@127.0.0.1:$port/member.bin"
[ "$(sha256sum "$root/member.bin" | cut -d' ' -f1)" = "$want" ] || { echo "bench_archive: the member arrived wrong" >&2; exit 1; }
mb=$(echo "$size_mib * 1.048576" | bc -l)
tm=$(median <"$work/t-member"); tf=$(median <"$work/t-file"); tz=$(median <"$work/t-zstd")
rm_=$(echo "$mb / $tm" | bc -l); rf=$(echo "$mb / $tf" | bc -l); rz=$(echo "$mb / $tz" | bc -l)
lower=$(echo "if ($rf < $rz) $rf else $rz" | bc -l)
ratio=$(echo "$rm_ / $lower" | bc -l)
table_a="| what | MB/s (median) |\n|---|---|\n"
table_a+=$(printf '| ferry-cli put from inside the tar.zst | %.0f |\\n' "$rm_")
table_a+=$(printf '| ferry-cli put of the extracted file | %.0f |\\n' "$rf")
table_a+=$(printf '| zstd -dc to /dev/null | %.0f |\\n' "$rz")
summary_a=$(printf 'member upload / the lower of the other two: %.2fx (goal 0.9x); ferry-cli peak RSS %d MiB' "$ratio" $((member_rss / 1024)))
printf "%b" "$table_a"; echo "$summary_a"
rm -f "$work/a/big.bin" "$work/big.tar.zst" "$root/member.bin" "$root/file.bin"

# (b) ---------------------------------------------------------------------------------
echo "bench_archive: (b) listing a tar.gz of $members members, $runs runs each"
python3 - "$work/list.tar.gz" "$members" <<'PY'
import io, sys, tarfile
path, count = sys.argv[1], int(sys.argv[2])
with tarfile.open(path, "w:gz", compresslevel=6) as tar:
    data = b"x" * 100
    for i in range(count):
        info = tarfile.TarInfo("tree/d%03d/file-%06d.txt" % (i % 1000, i))
        info.size = len(data)
        info.mtime = 1700000000
        tar.addfile(info, io.BytesIO(data))
PY
: >"$work/l-ferry"; : >"$work/l-bsdtar"; : >"$work/l-tar"
declare -A lrss
for i in $(seq "$runs"); do
    for tool in ferry bsdtar tar; do
        start=$(now)
        case $tool in
            ferry) /usr/bin/time -f %M -o "$work/rss" "$lister" "$work/list.tar.gz" >"$work/lister.out" ;;
            bsdtar) /usr/bin/time -f %M -o "$work/rss" bsdtar -tf "$work/list.tar.gz" >/dev/null ;;
            tar) /usr/bin/time -f %M -o "$work/rss" tar -tzf "$work/list.tar.gz" >/dev/null ;;
        esac
        end=$(now)
        echo "$end - $start" | bc -l >>"$work/l-$tool"
        r=$(cat "$work/rss")
        lrss[$tool]=$(( r > ${lrss[$tool]:-0} ? r : ${lrss[$tool]:-0} ))
    done
done
grep -q "^members $((members + 1000 + 1)) " "$work/lister.out" || { echo "bench_archive: listing: $(cat "$work/lister.out")" >&2; exit 1; }
table_b="| lister | seconds (median, whole process) | peak RSS |\n|---|---|---|\n"
for tool in ferry bsdtar tar; do
    name=$tool
    [ "$tool" = ferry ] && name="Ferry (listArchive, bench_archive_list)"
    [ "$tool" = bsdtar ] && name="bsdtar -tf"
    [ "$tool" = tar ] && name="tar -tzf (GNU)"
    table_b+=$(printf '| %s | %.2f | %d MiB |\\n' "$name" "$(median <"$work/l-$tool")" $(( lrss[$tool] / 1024 )))
done
lf=$(median <"$work/l-ferry"); lb=$(median <"$work/l-bsdtar"); lt=$(median <"$work/l-tar")
summary_b=$(printf 'Ferry / bsdtar time: %.2fx, Ferry / tar time: %.2fx' "$(echo "$lf / $lb" | bc -l)" "$(echo "$lf / $lt" | bc -l)")
printf "%b" "$table_b"; echo "$summary_b"

[ "${NO_DOC:-0}" = 1 ] && exit 0
doc=$here/docs/benchmarks.md
section="## Archives"
{
    echo "$section"
    echo
    echo "\`sudo bench/bench_archive.sh $size_mib $runs $members\` on $(date -u +%Y-%m-%d), $(nproc) cores shared with other"
    echo "builds (load $(cut -d' ' -f1-3 /proc/loadavg) at the end): numbers from a loaded machine, ratios from the same run."
    echo "(a) a ${size_mib} MiB ${MEMBER_DATA:-random} file in a tar.zst (zstd -3), uploaded to vsftpd on loopback serving a tmpfs"
    echo "(server on CPU 0, clients not pinned; random data is stored raw by zstd, so the member is sent"
    echo "from libarchive's buffer with no decoder thread; MEMBER_DATA=compressible measures the threaded"
    echo "decoder); medians of $runs alternating runs, MB = 10^6 bytes, SHA-256 checked."
    echo
    printf "%b" "$table_a"
    echo
    echo "$summary_a."
    echo
    echo "(b) a tar.gz (Python's tarfile, gzip level 6) of $members files of 100 bytes in 1,000 folders;"
    echo "each lister's whole process timed, peak RSS from /usr/bin/time; medians of $runs runs."
    echo
    printf "%b" "$table_b"
    echo
    echo "$summary_b."
    echo
} >"$work/section.md"
if [ -f "$doc" ] && grep -q "^$section\$" "$doc"; then
    awk -v s="$section" -v f="$work/section.md" '
        $0 == s { while ((getline l < f) > 0) print l; skip = 1; next }
        skip && /^## / { skip = 0 }
        !skip { print }' "$doc" >"$work/doc.md"
    cp "$work/doc.md" "$doc"
else
    cat "$work/section.md" >>"$doc"
fi
echo "bench_archive: results written to docs/benchmarks.md"
