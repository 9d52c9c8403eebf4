#!/usr/bin/env bash
# Runs a test program on its own Xvfb display (1280x800x24), with the xcb platform.
# Picks the first free display from :91 up; fails when Xvfb cannot start.
set -u
for n in $(seq 91 140); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  for _ in $(seq 1 100); do
    [ -e "/tmp/.X11-unix/X$n" ] && break
    kill -0 "$xvfb" 2>/dev/null || break
    sleep 0.1
  done
  if [ -e "/tmp/.X11-unix/X$n" ] && kill -0 "$xvfb" 2>/dev/null; then
    trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null' EXIT
    DISPLAY=":$n" QT_QPA_PLATFORM=xcb "$@"
    exit $?
  fi
  kill "$xvfb" 2>/dev/null
done
echo "could not start Xvfb on any display from :91 to :140" >&2
exit 1
