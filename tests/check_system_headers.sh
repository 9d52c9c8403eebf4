#!/usr/bin/env bash
# Keeps Ferry portable: only the platform files (core/util/Platform*.{h,cpp}) may include
# the system's own headers (POSIX: unistd.h, fcntl.h, poll.h, dirent.h, termios.h,
# sys/*, netinet/*, arpa/*, linux/*; Windows: windows.h, winsock2.h, io.h...). Everything
# else, in core/, app/ (ferry-cli) and ui/, reaches the system through util::platform or
# Qt, so a Windows or macOS build needs only those files' branches (packaging/README.md).
# (ui/panes/DirectSave.cpp's xcb is Qt's own X11 connection, built only where xcb is.)
# usage: check_system_headers.sh SOURCE_DIR
set -u
src=$1
dirs=(core app ui)
pattern='^\s*#\s*include\s*<((unistd|fcntl|poll|dirent|termios|netdb|pwd|grp|dlfcn|pthread|syslog|signal|spawn|io|direct|share|windows|winsock2|ws2tcpip|mstcpip|iphlpapi|shlobj|shellapi|wincrypt)\.h|(sys|netinet|arpa|linux|net|mach)/[^>]+)>'
for d in "${dirs[@]}"; do
  if [ ! -d "$src/$d" ]; then
    echo "check_system_headers: no folder $src/$d"
    exit 1
  fi
done
found=$(cd "$src" && grep -rnE "$pattern" "${dirs[@]}" --include='*.h' --include='*.cpp' | grep -vE "^core/util/Platform[A-Za-z]*\.(h|cpp):" || true)
if [ -n "$found" ]; then
  echo "system headers outside core/util/Platform* (put the call behind util::platform):"
  echo "$found"
  exit 1
fi
# The check must see the platform files' own includes, or it proves nothing.
if ! grep -qE "$pattern" "$src/core/util/PlatformFile.cpp"; then
  echo "check_system_headers: no system include found in core/util/PlatformFile.cpp: the pattern is broken"
  exit 1
fi
echo "system headers ok: in ${dirs[*]} only core/util/Platform* includes them ($(cd "$src" && grep -rlE "$pattern" "${dirs[@]}" | wc -l) files)"
