#!/usr/bin/env bash
# Sync of a big tree where little changed (issue #20): a tree of FILES files in FOLDERS
# folders is on the server and, the same, locally; then CHANGED local files are made
# longer, and each tool makes the server's folder match the local one:
#   ferry   ferry-cli sync --parallel 4 LOCAL URL (the remote tree listed over the default
#           listing connections: 8 for FTP, 2 SFTP with 16 folders in flight each; FERRY_EXTRA
#           adds options, e.g. FERRY_EXTRA="--list-connections 10")
#   lftp    mirror -R --only-newer --parallel=4 LOCAL tree
#   rclone  rclone sync LOCAL REMOTE:tree --transfers 4 (its defaults otherwise)
# to vsftpd (FTP) and sshd (SFTP), from the same starting state each time (the server's
# tree is put back before every run), in a rotating order. After every run the server's
# tree must equal the local one (SHA-256 of every file): a tool that leaves it different
# fails the benchmark. Prints seconds per run, medians and ferry-cli / tool ratios.
#
#   bench/bench_sync.sh [--rtt MS (0)] [--runs N (1)] [--top N (40)] [--sub N (49)]
#                       [--files-per-folder N (10)] [--changed N (100)] [--servers "vsftpd sshd"]
#
# The defaults: 40 folders of 49 folders (2,000 folders), 10 files of 1 KiB in each
# (20,000 files), 100 changed. --rtt > 0 re-runs this inside shared/tools/wan/wan.sh (RTT, no rate limit, no
# loss, cubic). Binaries: CLI and SERVERS (default build/release, else build/dev). Root.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
. "$REPO/bench/lib.sh"
BUILD=${BUILD:-$REPO/build/release}
[ -x "$BUILD/app/ferry-cli" ] || BUILD=$REPO/build/dev
CLI=${CLI:-$BUILD/app/ferry-cli}
SERVERS=${SERVERS:-$BUILD/tests/ferry-test-servers}
RTT=0 RUNS=1 TOP=40 SUB=49 PER=10 CHANGED=100 SERVER_LIST="vsftpd sshd" INNER=0
while [ $# -gt 0 ]; do
    case "$1" in
    --rtt) RTT=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --top) TOP=$2; shift 2 ;;
    --sub) SUB=$2; shift 2 ;;
    --files-per-folder) PER=$2; shift 2 ;;
    --changed) CHANGED=$2; shift 2 ;;
    --servers) SERVER_LIST=$2; shift 2 ;;
    --inner) INNER=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[ -x "$CLI" ] && [ -x "$SERVERS" ] || { echo "no ferry-cli or ferry-test-servers (CLI, SERVERS)" >&2; exit 2; }
command -v lftp >/dev/null && command -v rclone >/dev/null || { echo "needs lftp and rclone" >&2; exit 2; }

if [ "$RTT" != 0 ] && [ "$INNER" = 0 ]; then
    wan_prepare "$REPO"
    cubic_allow
    set +e
    WAN_NS=${WAN_NS:-ferrywan-fullsync} WAN_CC=cubic WAN_LOG=$WAN_DIR/wandelay-sync.log \
        CLI=$CLI SERVERS=$SERVERS FERRY_EXTRA="${FERRY_EXTRA:-}" "$WAN_DIR/wan.sh" "$RTT" 0 0 -- "$0" --inner --rtt "$RTT" --runs "$RUNS" \
        --top "$TOP" --sub "$SUB" --files-per-folder "$PER" --changed "$CHANGED" --servers "$SERVER_LIST"
    rc=$?
    cubic_restore
    exit $rc
fi

WORK=$(mktemp -d /dev/shm/ferry-bench-fullsync.XXXXXX)
chmod 755 "$WORK"
trap 'fixture_stop; rm -rf "$WORK"' EXIT
fixture_start "$WORK" env TMPDIR="$WORK" -- "$SERVERS" vsftpd-plain sshd
ROOT=$(field root) USER_=$(field user) PASS=$(field password) KEY=$(field key)
FTP_PORT=$(field vsftpd-plain) SSH_PORT=$(field sshd)
export FERRY_CONFIG_DIR=$WORK/config FERRY_DATA_DIR=$WORK/config
unset SSH_AUTH_SOCK
sshopts="-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o BatchMode=yes"

# The tree (1 KiB files, all dated a day back so that a changed file is newer to the
# minute), the server's pristine copy, and the local copy with CHANGED files longer.
python3 - "$WORK/pristine" "$TOP" "$SUB" "$PER" <<'EOF'
import os, sys
root, top, sub, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
for t in range(top):
    for s in range(sub):
        d = os.path.join(root, f"t{t:03}", f"s{s:03}")
        os.makedirs(d)
        for f in range(per):
            with open(os.path.join(d, f"f{f:02}.dat"), "wb") as out:
                out.write(os.urandom(1024))
    for f in range(per):
        with open(os.path.join(root, f"t{t:03}", f"f{f:02}.dat"), "wb") as out:
            out.write(os.urandom(1024))
EOF
find "$WORK/pristine" -exec touch -h -d '1 day ago' {} +
cp -a "$WORK/pristine" "$WORK/local"
find "$WORK/local" -type f | sort | awk -v n="$CHANGED" -v total="$(find "$WORK/local" -type f | wc -l)" \
    'BEGIN {step = int(total / n); if (step < 1) step = 1} (NR - 1) % step == 0 && c < n {print; c++}' |
    while read -r f; do head -c 512 /dev/urandom >>"$f"; done
FILES=$(find "$WORK/local" -type f | wc -l)
FOLDERS=$(find "$WORK/local" -mindepth 1 -type d | wc -l)
changed=$( (diff -rq "$WORK/pristine" "$WORK/local" || true) | wc -l)
echo "bench_sync: $FILES files in $FOLDERS folders, $changed changed, RTT $RTT ms, $RUNS run(s)" >&2

digest() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1); }
want=$(digest "$WORK/local")
reset_server() {
    rm -rf "$ROOT/tree"
    cp -a "$WORK/pristine" "$ROOT/tree"
    chown -R "$USER_" "$ROOT/tree"
}
now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

one() { # server tool -> seconds (the server's tree checked)
    local server=$1 tool=$2 t0 t1
    reset_server
    rm -rf "$WORK/config"
    if [ "$server" = vsftpd ]; then
        local url="ftp://$USER_@127.0.0.1:$FTP_PORT/tree" fopts=()
        local lopen="set ftp:ssl-allow no; set net:connection-limit 0; open -u $USER_,$PASS -p $FTP_PORT 127.0.0.1"
        local rremote=":ftp,host=127.0.0.1,port=$FTP_PORT,user=$USER_,pass=$(rclone obscure "$PASS"):tree" ldir=tree
    else
        local url="sftp://$USER_@127.0.0.1:$SSH_PORT$ROOT/tree" fopts=(--identity "$KEY" --accept-new)
        local lopen="set sftp:connect-program 'ssh -a -x -i $KEY $sshopts'; open -u $USER_, -p $SSH_PORT sftp://127.0.0.1"
        local rremote=":sftp,host=127.0.0.1,port=$SSH_PORT,user=$USER_,key_file=$KEY,disable_hashcheck=true:$ROOT/tree"
        local ldir=$ROOT/tree
    fi
    sync
    t0=$(now)
    case "$tool" in
    # shellcheck disable=SC2086 # FERRY_EXTRA is words
    ferry) FERRY_PASSWORD=$PASS "$CLI" sync --parallel 4 ${FERRY_EXTRA:-} "${fopts[@]}" "$WORK/local" "$url" >"$WORK/out" 2>&1 ;;
    lftp) lftp -e "$lopen; mirror -R --only-newer --parallel=4 $WORK/local $ldir; quit" >"$WORK/out" 2>&1 ;;
    rclone) rclone sync "$WORK/local" "$rremote" --transfers 4 >"$WORK/out" 2>&1 ;;
    esac || { echo "bench_sync: $tool to $server failed:" >&2; tail -5 "$WORK/out" >&2; exit 1; }
    t1=$(now)
    local got
    got=$(digest "$ROOT/tree")
    [ "$got" = "$want" ] || { echo "bench_sync: after $tool the $server tree differs from the local one" >&2; exit 1; }
    echo "$t1 - $t0" | bc -l
}

tools=(ferry lftp rclone)
echo "| server | RTT | files | changed | ferry (s) | lftp mirror -R (s) | rclone sync (s) | ferry / lftp | ferry / rclone | load |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for server in $SERVER_LIST; do
    declare -A times=()
    for run in $(seq "$RUNS"); do
        for i in 0 1 2; do
            tool=${tools[$(((i + run) % 3))]}
            s=$(one "$server" "$tool")
            printf 'bench_sync: run %d %s %s %.2f s (load %s)\n' "$run" "$server" "$tool" "$s" \
                "$(cut -d' ' -f1 /proc/loadavg)" >&2
            times[$tool]="${times[$tool]:-} $s"
        done
    done
    declare -A med=()
    for tool in "${tools[@]}"; do med[$tool]=$(echo "${times[$tool]}" | tr -s ' ' '\n' | grep . | median); done
    # A ratio above 1 means ferry-cli was faster (the tool's time over ferry-cli's).
    printf '| %s | %s ms | %s | %s | %.2f | %.2f | %.2f | %.2fx | %.2fx | %s |\n' "$server" "$RTT" "$FILES" \
        "$changed" "${med[ferry]}" "${med[lftp]}" "${med[rclone]}" \
        "$(echo "${med[lftp]} / ${med[ferry]}" | bc -l)" "$(echo "${med[rclone]} / ${med[ferry]}" | bc -l)" \
        "$(cut -d' ' -f1 /proc/loadavg)"
done
