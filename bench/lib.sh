# Shared by the benchmarks (source it: `. "$(dirname "$0")/lib.sh"`).

# wan_prepare REPO: WAN_DIR (default REPO/build/wan) holds a copy of shared/tools/wan with
# wandelay built (the shared folder is read-only, and wan.sh must sit beside wandelay).
wan_prepare() {
    WAN_DIR=${WAN_DIR:-$1/build/wan}
    if [ ! -x "$WAN_DIR/wandelay" ]; then
        mkdir -p "$WAN_DIR"
        cp "$1/../shared/tools/wan/"{wan.sh,build.sh,wandelay.cpp} "$WAN_DIR/"
        chmod u+w "$WAN_DIR"/*
        (cd "$WAN_DIR" && ./build.sh >/dev/null)
    fi
}

# cubic_allow / cubic_restore: the wan README's figures are with cubic; allow it for the
# run only (wan.sh sets it inside its namespace with WAN_CC=cubic).
cubic_allow() {
    WAN_ALLOWED_CC=$(cat /proc/sys/net/ipv4/tcp_allowed_congestion_control)
    case " $WAN_ALLOWED_CC " in
    *" cubic "*) ;;
    *) echo "$WAN_ALLOWED_CC cubic" >/proc/sys/net/ipv4/tcp_allowed_congestion_control ;;
    esac
}
cubic_restore() { echo "$WAN_ALLOWED_CC" >/proc/sys/net/ipv4/tcp_allowed_congestion_control; }

# fixture_start WORK [WRAPPER...] -- SERVERS-BINARY NAME...: starts the test fixture's
# servers (they run until their standard input, a FIFO in WORK, closes), waits until they
# are ready and defines `field KEY` (the last word of the line KEY in WORK/servers.txt).
# fixture_stop ends them. The caller sets its own trap (fixture_stop; rm -rf WORK).
fixture_start() {
    local work=$1
    shift
    local wrapper=()
    while [ "$1" != -- ]; do wrapper+=("$1"); shift; done
    shift
    FIXTURE_OUT=$work/servers.txt
    mkfifo "$work/control"
    "${wrapper[@]}" "$@" <"$work/control" >"$FIXTURE_OUT" 2>&1 &
    FIXTURE_PID=$!
    exec 9>"$work/control"
    for _ in $(seq 300); do grep -q '^ready' "$FIXTURE_OUT" && break; sleep 0.1; done
    grep -q '^ready' "$FIXTURE_OUT" || { cat "$FIXTURE_OUT" >&2; return 1; }
}
fixture_stop() {
    exec 9>&-
    [ -n "${FIXTURE_PID:-}" ] && { wait "$FIXTURE_PID" 2>/dev/null || true; }
    FIXTURE_PID=
}
field() { awk -v k="$1" '$1==k {print $NF}' "$FIXTURE_OUT"; }

# tree_bench_options "$@": the options the tree benchmarks share (bench_sync_list.sh,
# bench_get_tree.sh): --rtt MS, --top N, --sub N, --runs N, --lists "N ...", --servers
# "...", --via "..." (bench_get_tree.sh only), --inner (already inside wan.sh). The caller
# sets the defaults of RTT TOP SUB RUNS LISTS SERVERS_ VIA first; INNER starts at 0.
# TREE_ARGS is what to pass on when the script runs itself again inside wan.sh.
tree_bench_options() {
    INNER=0
    while [ $# -gt 0 ]; do
        case "$1" in
        --rtt) RTT=$2; shift 2 ;;
        --top) TOP=$2; shift 2 ;;
        --sub) SUB=$2; shift 2 ;;
        --runs) RUNS=$2; shift 2 ;;
        --lists) LISTS=$2; shift 2 ;;
        --servers) SERVERS_=$2; shift 2 ;;
        --via) VIA=$2; shift 2 ;;
        --inner) INNER=1; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
        esac
    done
    TREE_ARGS=(--inner --rtt "$RTT" --top "$TOP" --sub "$SUB" --runs "$RUNS" --lists "$LISTS"
        --servers "$SERVERS_" --via "${VIA:-}")
}
