#!/bin/bash
# A large SFTP upload over a lossy long link (20 ms, 0.5 % loss, ../shared/tools/wan in a
# network namespace of its own) opens its extra SSH sessions soon after the first loss,
# not once the first connection's window has drained (the bug: a turn of the upload's
# loop sent every lane's window, about 15 MB, in blocking WRITEs; the loss check ran once
# in 14.6 s). Asserts, from ferry-cli's log (--verbose and the ferry.sftp.sessions debug
# category): the sessions were opened (or, logged in in reserve, used) because of loss, by a check that ran within
# FIRE_MS (5 s) of the upload's start, the file went over more than one connection, and
# the uploaded file's SHA-256 is the source's.
#
#   sftp_loss_upload.sh REPO CLI SERVERS      (ctest passes them)
# Needs root (a network namespace, iptables NFQUEUE) and libnetfilter-queue-dev to build
# wandelay: without them it exits 77 (ctest: skipped).
set -u
REPO=$1 CLI=$2 SERVERS=$3
FIRE_MS=${FIRE_MS:-5000}
SIZE_MIB=${SIZE_MIB:-32}
if [ "${1:-}" != --inner ]; then
    [ "$(id -u)" = 0 ] || { echo "skipped: needs root (network namespace)"; exit 77; }
    command -v ip >/dev/null && command -v iptables >/dev/null || { echo "skipped: no ip or iptables"; exit 77; }
    . "$REPO/bench/lib.sh"
    WAN_DIR=${WAN_DIR:-$(dirname "$CLI")/../wan}
    wan_prepare "$REPO" >/dev/null 2>&1
    [ -x "$WAN_DIR/wandelay" ] || { echo "skipped: wandelay could not be built (libnetfilter-queue-dev)"; exit 77; }
    log=$(mktemp /tmp/sftp_loss_upload-XXXXXX.log)
    WAN_NS=ferry-lossup-$$ WAN_QUIET=1 WAN_LOG=$log.wan "$WAN_DIR/wan.sh" 20 0 0.5 -- \
        "$0" --inner "$REPO" "$CLI" "$SERVERS" "$log"
    rc=$?
    [ "$rc" = 0 ] || { echo "--- ferry-cli's log:"; grep -vE '^[<>] ' "$log" | tail -60; }
    rm -f "$log" "$log.wan"
    exit $rc
fi

shift
REPO=$1 CLI=$2 SERVERS=$3 LOG=$4
. "$REPO/bench/lib.sh"
work=$(mktemp -d /dev/shm/ferry-lossup-XXXXXX)
chmod 755 "$work"
trap 'fixture_stop; rm -rf "$work"' EXIT
fixture_start "$work" env TMPDIR="$work" -- "$SERVERS" sshd || { echo "FAIL: the fixture's sshd did not start"; exit 1; }
port=$(field sshd) root=$(field root) user=$(field user) key=$(field key)
chmod 600 "$key"
head -c $((SIZE_MIB * 1024 * 1024)) /dev/urandom >"$work/src.bin"
FERRY_CONFIG_DIR=$work/config FERRY_DATA_DIR=$work/config QT_LOGGING_RULES="ferry.sftp.sessions.debug=true" \
    timeout 300 "$CLI" put --verbose "$work/src.bin" "sftp://$user@127.0.0.1:$port$root/up.bin" \
    --identity "$key" --accept-new 2>"$LOG"
rc=$?
[ "$rc" = 0 ] || { echo "FAIL: ferry-cli put exited $rc"; exit 1; }
[ "$(sha256sum <"$work/src.bin")" = "$(sha256sum <"$root/up.bin")" ] || { echo "FAIL: SHA-256 differs"; exit 1; }
# From 10 ms the sessions log in at the start, in reserve, and are used once loss shows
# ("Using the extra SSH connections (N packets lost ...)"); before, they were opened then.
used='(Opening [0-9]+ more SSH connection\(s\)|Using the extra SSH connections) \([0-9]+ packets lost'
grep -qE "$used" "$LOG" ||
    { echo "FAIL: no extra sessions opened or used for loss"; exit 1; }
# The check that opened (or released) them: the last one logged before that line.
fired=$(awk -v used="$used" 'match($0, /check at [0-9]+ ms/) { t = substr($0, RSTART + 9, RLENGTH - 12) }
             $0 ~ used { print t; exit }' "$LOG")
[ -n "$fired" ] && [ "$fired" -le "$FIRE_MS" ] ||
    { echo "FAIL: the sessions were opened by a check at ${fired:-?} ms (at most $FIRE_MS)"; exit 1; }
grep -qE 'Uploaded .* in [0-9]+ segments over [2-9] connections' "$LOG" ||
    { echo "FAIL: the file did not go over more than one connection"; exit 1; }
echo "ok: sessions opened by the check at $fired ms; $(grep -oE 'in [0-9]+ segments over [0-9]+ connections' "$LOG")"
