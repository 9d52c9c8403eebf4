#!/usr/bin/env bash
# Keeps core/ portable: only the platform files (core/util/Platform*.{h,cpp}) may include
# the system's own headers (POSIX: unistd.h, fcntl.h, poll.h, dirent.h, termios.h,
# sys/*, netinet/*, arpa/*, linux/*; Windows: windows.h, winsock2.h, io.h...). Everything
# else reaches the system through util::platform or Qt, so a Windows or macOS build needs
# only those files' branches (packaging/README.md).
# usage: check_system_headers.sh SOURCE_DIR
set -u
src=$1
pattern='^\s*#\s*include\s*<((unistd|fcntl|poll|dirent|termios|netdb|pwd|grp|dlfcn|pthread|syslog|signal|spawn|io|direct|share|windows|winsock2|ws2tcpip|mstcpip|iphlpapi|shlobj|shellapi|wincrypt)\.h|(sys|netinet|arpa|linux|net|mach)/[^>]+)>'
found=$(grep -rnE "$pattern" "$src/core" --include='*.h' --include='*.cpp' | grep -vE "^$src/core/util/Platform[A-Za-z]*\.(h|cpp):" || true)
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
echo "system headers ok: only core/util/Platform* includes them ($(grep -rlE "$pattern" "$src/core" | wc -l) files)"
