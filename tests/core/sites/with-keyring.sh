#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked GNOME Keyring
# (Secret Service), so keyring tests use a real keyring and never touch the user's.
# Fails, rather than skipping, when the bus or the keyring daemon cannot start.
#   with-keyring.sh TEST-BINARY [ARGS...]
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: dbus-run-session and gnome-keyring-daemon are needed (scripts/setup-debian.sh)" >&2
  exit 1
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
command -v dbus-send >/dev/null || { echo "with-keyring: dbus-send is needed" >&2; exit 1; }
unset DISPLAY WAYLAND_DISPLAY
# The inner shell starts the daemon (it forks), checks that the Secret Service answers
# on the bus, and then becomes the test; dbus-run-session ends the daemon with the bus.
exec dbus-run-session -- sh -c '
  printf %s ferry-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null || {
    echo "with-keyring: gnome-keyring-daemon failed to start" >&2; exit 1; }
  # The daemon claims its bus name shortly after it forks: wait for it, up to 10 s.
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>&1 | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
      echo "with-keyring: no Secret Service on the bus 10 s after starting gnome-keyring-daemon" >&2; exit 1
    fi
    sleep 0.1
  done
  export FERRY_TEST_KEYRING=1
  exec "$@"' with-keyring "$@"
