#!/bin/bash
# SFTP benchmark: ferry-cli against OpenSSH's sftp (-b batch), same sshd, same cipher,
# same files, runs alternating.
#
#   bench/bench_sftp.sh [--rtt MS] [--size-mib N] [--runs N] [--files N] [--file-kib N] [--no-big]
#
# --rtt 0 runs on plain loopback; --rtt > 0 re-runs this script inside
# shared/tools/wan/wan.sh (a network namespace with that round-trip time). Prints a
# Markdown table: medians in MB/s (10^6 B/s) or files/s, the ratio ferry-cli/OpenSSH, and
# ferry-cli's peak RSS (/usr/bin/time -f %M). Every copy, both tools', every run, is
# checked against the source with SHA-256.
#
# The Ferry side is the release ferry-cli, built here in build/release (as bench_ftp.sh
# does; set CLI to use another binary, NO_BUILD=1 to skip the build):
#   ferry-cli get sftp://ferrytest@127.0.0.1:PORT/.../big.bin LOCAL --identity K --known-hosts F
#   ferry-cli put LOCAL sftp://.../put-ferry.bin ...
#   ferry-cli put -r DIR sftp://.../small-ferry/ ...        (the many-small-files row)
# The cipher: the bench's sshd offers only aes128-gcm@openssh.com, so ferry-cli (libssh)
# and sftp (also given -o Ciphers=aes128-gcm@openssh.com) both use it.
# Needs root (sshd, namespaces) and the local user ferrytest (scripts/setup-debian.sh).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
. "$REPO/bench/lib.sh"
CLI=${CLI:-$REPO/build/release/app/ferry-cli}
RTT=0 SIZE_MIB=1024 RUNS=3 FILES=200 FILE_KIB=4 INNER=0 SKIP_BIG=0
while [ $# -gt 0 ]; do
    case "$1" in
    --rtt) RTT=$2; shift 2 ;;
    --size-mib) SIZE_MIB=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --files) FILES=$2; shift 2 ;;
    --file-kib) FILE_KIB=$2; shift 2 ;;
    --no-big) SKIP_BIG=1; shift ;;
    --inner) INNER=1; shift ;;
    --cli) CLI=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
if [ "$INNER" = 0 ] && [ "${NO_BUILD:-0}" != 1 ] && [ "$CLI" = "$REPO/build/release/app/ferry-cli" ]; then
    (cd "$REPO" && cmake --preset release >/dev/null && cmake --build build/release --target ferry-cli -- -j2 >/dev/null)
fi
[ -x "$CLI" ] || { echo "no ferry-cli at $CLI: cmake --preset release && cmake --build build/release --target ferry-cli" >&2; exit 2; }

if [ "$RTT" != 0 ] && [ "$INNER" = 0 ]; then
    wan_prepare "$REPO"
    cubic_allow
    set +e
    WAN_NS=${WAN_NS:-ferrywan-sftp} WAN_CC=cubic WAN_LOG=$WAN_DIR/wandelay.log \
        "$WAN_DIR/wan.sh" "$RTT" 0 0 -- "$0" --inner --cli "$CLI" --rtt "$RTT" --size-mib "$SIZE_MIB" --runs "$RUNS" \
        --files "$FILES" --file-kib "$FILE_KIB" $([ "$SKIP_BIG" = 1 ] && echo --no-big)
    rc=$?
    cubic_restore
    exit $rc
fi

WORK=$(mktemp -d /tmp/ferry-bench-sftp.XXXXXX)
chmod 755 "$WORK"
SSHD_PID=
cleanup() {
    [ -n "$SSHD_PID" ] && kill "$SSHD_PID" 2>/dev/null && wait "$SSHD_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT

# --- server: sshd with internal-sftp serving $WORK/root as ferrytest, key login only.
mkdir -p "$WORK/root" /run/sshd
chown ferrytest: "$WORK/root"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$WORK/user_key"
cp "$WORK/user_key.pub" "$WORK/authorized_keys"
chmod 644 "$WORK/authorized_keys"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$WORK/sshd_config" <<EOF
Port $PORT
ListenAddress 127.0.0.1
HostKey $WORK/host_key
PidFile $WORK/sshd.pid
AuthorizedKeysFile $WORK/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
AllowUsers ferrytest
Ciphers aes128-gcm@openssh.com
MaxStartups 100
MaxSessions 100
UseDNS no
Subsystem sftp internal-sftp -d $WORK/root
EOF
/usr/sbin/sshd -D -f "$WORK/sshd_config" -E "$WORK/sshd.log" &
SSHD_PID=$!
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null && break; sleep 0.1; done
echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$WORK/host_key.pub")" >"$WORK/known_hosts"

URL="sftp://ferrytest@127.0.0.1:$PORT"
FERRY=("$CLI")
FERRY_OPTS=(--identity "$WORK/user_key" --known-hosts "$WORK/known_hosts")
# ferry-cli with an empty config folder, no agent: only the key given here.
export FERRY_CONFIG_DIR=$WORK/config FERRY_DATA_DIR=$WORK/config
unset SSH_AUTH_SOCK
SFTP=(sftp -q -i "$WORK/user_key" -o UserKnownHostsFile="$WORK/known_hosts" -o Ciphers=aes128-gcm@openssh.com
      -o IdentitiesOnly=yes -o BatchMode=yes -P "$PORT")

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# Runs a command, prints "seconds peak_rss_kib cpu_seconds" (cpu: user + system, the
# client's and its children's, e.g. sftp's ssh; less sensitive to a busy machine than time).
timed() {
    local t0 t1
    t0=$(now)
    /usr/bin/time -f '%M %U %S' -o "$WORK/rss" "$@" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; return 1; }
    t1=$(now)
    read -r kib user sys <"$WORK/rss"
    echo "$(echo "$t1 - $t0" | bc -l) $kib $(echo "$user + $sys" | bc -l)"
}
sum() { sha256sum <"$1" | cut -d' ' -f1; }
same() { [ "$(sum "$2")" = "$1" ] || { echo "MISMATCH: $2 differs from its source" >&2; exit 1; }; }
load() { cut -d' ' -f1 /proc/loadavg; }
echo "load average (1 min) at the start: $(load)" >&2

rows=()
row() { # name ferry_seconds_list openssh_seconds_list unit_amount unit rss
    local fm om
    fm=$(echo "$2" | tr -s ' ' '\n' | grep . | median)
    om=$(echo "$3" | tr -s ' ' '\n' | grep . | median)
    rows+=("| $1 | $(echo "$4 / $fm" | bc -l | xargs printf %.1f) | $(echo "$4 / $om" | bc -l | xargs printf %.1f) | $(echo "$om / $fm" | bc -l | xargs printf %.2f)x | $6 |")
}

if [ "$SKIP_BIG" = 0 ]; then
    BYTES=$((SIZE_MIB * 1024 * 1024))
    head -c "$BYTES" /dev/urandom >"$WORK/src.bin"
    cp "$WORK/src.bin" "$WORK/root/big.bin"
    chown ferrytest: "$WORK/root/big.bin"
    want=$(sum "$WORK/src.bin")
    fg="" og="" fp="" op="" grss=0 prss=0
    for run in $(seq "$RUNS"); do
        rm -f "$WORK/get-ferry.bin" "$WORK/get-ssh.bin"
        read -r s rss cpu < <(timed "${FERRY[@]}" get "$URL$WORK/root/big.bin" "$WORK/get-ferry.bin" "${FERRY_OPTS[@]}")
        fg="$fg $s"; [ "$rss" -gt "$grss" ] && grss=$rss
        echo "run $run ferry-cli get: $s s, cpu $cpu s, rss ${rss} KiB, load $(load)" >&2
        same "$want" "$WORK/get-ferry.bin"; rm -f "$WORK/get-ferry.bin"
        read -r s _ cpu < <(timed "${SFTP[@]}" -b <(echo "get $WORK/root/big.bin $WORK/get-ssh.bin") ferrytest@127.0.0.1)
        og="$og $s"
        echo "run $run openssh get: $s s, cpu $cpu s, load $(load)" >&2
        same "$want" "$WORK/get-ssh.bin"; rm -f "$WORK/get-ssh.bin"
        rm -f "$WORK/root/put-ferry.bin" "$WORK/root/put-ssh.bin"
        read -r s rss cpu < <(timed "${FERRY[@]}" put "$WORK/src.bin" "$URL$WORK/root/put-ferry.bin" "${FERRY_OPTS[@]}")
        fp="$fp $s"; [ "$rss" -gt "$prss" ] && prss=$rss
        echo "run $run ferry-cli put: $s s, cpu $cpu s, rss ${rss} KiB, load $(load)" >&2
        same "$want" "$WORK/root/put-ferry.bin"; rm -f "$WORK/root/put-ferry.bin"
        read -r s _ cpu < <(timed "${SFTP[@]}" -b <(echo "put $WORK/src.bin $WORK/root/put-ssh.bin") ferrytest@127.0.0.1)
        op="$op $s"
        echo "run $run openssh put: $s s, cpu $cpu s, load $(load)" >&2
        same "$want" "$WORK/root/put-ssh.bin"; rm -f "$WORK/root/put-ssh.bin"
    done
    row "get ${SIZE_MIB} MiB (MB/s)" "$fg" "$og" "$BYTES / 1000000" MB/s "$((grss / 1024)) MiB"
    row "put ${SIZE_MIB} MiB (MB/s)" "$fp" "$op" "$BYTES / 1000000" MB/s "$((prss / 1024)) MiB"
fi

if [ "$FILES" -gt 0 ]; then
    mkdir -p "$WORK/small"
    for i in $(seq "$FILES"); do head -c $((FILE_KIB * 1024)) /dev/urandom >"$WORK/small/f$i.bin"; done
    for i in $(seq "$FILES"); do echo "put $WORK/small/f$i.bin $WORK/root/small-ssh/f$i.bin"; done >"$WORK/batch"
    fs="" os="" srss=0
    check_small() { # remote folder
        local i
        for i in $(seq "$FILES"); do same "$(sum "$WORK/small/f$i.bin")" "$1/f$i.bin"; done
        [ "$(find "$1" -type f | wc -l)" = "$FILES" ] || { echo "MISMATCH: file count in $1" >&2; exit 1; }
    }
    for run in $(seq "$RUNS"); do
        rm -rf "$WORK/root/small-ferry" "$WORK/root/small-ssh"
        install -d -o ferrytest "$WORK/root/small-ferry" "$WORK/root/small-ssh"
        # put -r DIR .../small-ferry/ makes small-ferry/small and sends the files into it.
        read -r s rss cpu < <(timed "${FERRY[@]}" put -r "$WORK/small" "$URL$WORK/root/small-ferry/" "${FERRY_OPTS[@]}")
        fs="$fs $s"; [ "$rss" -gt "$srss" ] && srss=$rss
        echo "run $run ferry-cli put -r: $s s, cpu $cpu s, rss ${rss} KiB, load $(load)" >&2
        check_small "$WORK/root/small-ferry/small"
        read -r s _ cpu < <(timed "${SFTP[@]}" -b "$WORK/batch" ferrytest@127.0.0.1)
        os="$os $s"
        echo "run $run openssh batch: $s s, cpu $cpu s, load $(load)" >&2
        check_small "$WORK/root/small-ssh"
    done
    row "put $FILES x $FILE_KIB KiB (files/s)" "$fs" "$os" "$FILES" files/s "$((srss / 1024)) MiB"
fi

echo "load average (1 min) at the end: $(load)" >&2
echo
echo "RTT ${RTT} ms, cipher aes128-gcm@openssh.com, medians of $RUNS alternating runs (times include starting,"
echo "connecting and logging in), $(nproc) cores"
echo
echo "| transfer | ferry-cli | OpenSSH sftp | ferry-cli/OpenSSH | ferry-cli peak RSS |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
