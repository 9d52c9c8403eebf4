#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds Ferry, and starts the GUI.
# Arguments are passed to ferry (for example a URL to connect to).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO bash "$here/scripts/setup-debian.sh"
cd "$here"
cmake --preset release >/dev/null
cmake --build --preset release -- -j2
exec "build/release/app/ferry" "$@"
