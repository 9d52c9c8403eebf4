#!/usr/bin/env bash
# The Debian package, as a user gets it: `cpack -G DEB` in the build folder makes
# ferry_<version>_<arch>.deb; its desktop entry and AppStream metainfo validate; it installs
# with apt-get (its dependencies come from dpkg-shlibdeps); the installed ferry-cli runs,
# lists a folder of the fixture's vsftpd and has its man page; the icon is in the hicolor
# theme; the licence (GPL-3.0-or-later) is in the metainfo and in the copyright file. The
# package is removed again at the end, also on failure.
# usage: check_package.sh BUILD_DIR   (needs root: it installs the package)
set -euo pipefail
build=$(cd "$1" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "check_package: needs root (it installs the package)" >&2; exit 1; }
if dpkg-query -W -f='${Status}' ferry 2>/dev/null | grep -q "ok installed"; then
  echo "check_package: a ferry package is installed already; remove it first (apt-get remove ferry)" >&2
  exit 1
fi
work=$(mktemp -d /tmp/ferry-package.XXXXXX)
fixture_pid=""
cleanup() {
  [ -n "$fixture_pid" ] && kill "$fixture_pid" 2>/dev/null && wait "$fixture_pid" 2>/dev/null
  if dpkg-query -W -f='${Status}' ferry 2>/dev/null | grep -q "ok installed"; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq ferry >/dev/null || dpkg -r ferry >/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The package, made in a copy of the CPack settings' output folder.
(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log" >&2; exit 1; }
deb=$(ls "$work"/out/ferry_*_*.deb)
echo "check_package: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
depends=$(dpkg-deb -f "$deb" Depends)
echo "check_package: Depends: $depends"
for lib in libqt6core6 libqt6widgets6 libssh-4 libqt6sql6-sqlite qt6-qpa-plugins; do
  grep -q "$lib" <<< "$depends" || { echo "check_package: Depends lacks $lib" >&2; exit 1; }
done

# What it holds validates.
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/io.github.ferry.Ferry.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.ferry.Ferry.metainfo.xml" > "$work/appstream.log" ||
  { cat "$work/appstream.log" >&2; exit 1; }
grep -q '^MimeType=.*x-scheme-handler/sftp;' "$work/root/usr/share/applications/io.github.ferry.Ferry.desktop"
# The licence: GPL-3.0-or-later in the metainfo and in Debian's machine-readable copyright file.
grep -q '<project_license>GPL-3.0-or-later</project_license>' "$work/root/usr/share/metainfo/io.github.ferry.Ferry.metainfo.xml" ||
  { echo "check_package: the metainfo lacks <project_license>GPL-3.0-or-later</project_license>" >&2; exit 1; }
copyright="$work/root/usr/share/doc/ferry/copyright"
[ -f "$copyright" ] || { echo "check_package: /usr/share/doc/ferry/copyright is not in the package" >&2; exit 1; }
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' "$copyright" &&
  grep -q '^License: GPL-3.0-or-later$' "$copyright" ||
  { echo "check_package: the copyright file is not machine-readable or lacks License: GPL-3.0-or-later" >&2; exit 1; }

# Installed as a user installs it.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; exit 1; }
for f in /usr/bin/ferry /usr/bin/ferry-cli /usr/share/icons/hicolor/scalable/apps/io.github.ferry.Ferry.svg \
         /usr/share/icons/hicolor/48x48/apps/io.github.ferry.Ferry.png; do
  [ -e "$f" ] || { echo "check_package: $f is not installed" >&2; exit 1; }
done
man -w ferry-cli > /dev/null && man -w ferry > /dev/null
/usr/bin/ferry-cli --version | grep -q '[0-9]\.[0-9]' || { echo "check_package: ferry-cli --version says nothing" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen /usr/bin/ferry --version > /dev/null

# The installed ferry-cli against the fixture's vsftpd.
mkfifo "$work/in"
sleep infinity > "$work/in" &
holder=$!
"$build/tests/ferry-test-servers" vsftpd-plain < "$work/in" > "$work/fixture.out" 2> "$work/fixture.err" &
fixture_pid=$!
for _ in $(seq 1 300); do grep -q '^ready' "$work/fixture.out" 2>/dev/null && break; sleep 0.1; done
grep -q '^ready' "$work/fixture.out" || { cat "$work/fixture.err" >&2; kill "$holder"; exit 1; }
read -r _ host port < <(grep '^vsftpd-plain' "$work/fixture.out")
root=$(awk '$1 == "root" { print $2 }' "$work/fixture.out")
user=$(awk '$1 == "user" { print $2 }' "$work/fixture.out")
password=$(awk '$1 == "password" { print $2 }' "$work/fixture.out")
mkdir -p "$root/from-the-package"
listing=$(echo "$password" | FERRY_CONFIG_DIR="$work/config" FERRY_DATA_DIR="$work/data" \
  /usr/bin/ferry-cli ls "ftp://$user@$host:$port/" --password-stdin)
kill "$holder"
grep -q 'from-the-package' <<< "$listing" || { echo "check_package: ferry-cli ls did not list the folder:" >&2; echo "$listing" >&2; exit 1; }
echo "check_package: the installed ferry-cli listed the fixture's folder; removing the package"
