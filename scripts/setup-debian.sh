#!/usr/bin/env bash
# Installs every Debian 12 package that Ferry's build, app, tests and benchmarks need,
# unpacks pure-ftpd beside vsftpd (the two conflict as packages), and creates the
# local test user the fixture's servers log in through PAM.
# Idempotent, and quiet when everything is already there.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config clang lld
  clang-format  # tests/check_format.sh
  libclang-rt-14-dev  # libFuzzer and the sanitizer runtimes (only recommended by clang)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
  libxcb1-dev  # X Direct Save, drags out of the remote pane (ui/panes/DirectSave.cpp)
  libssh-dev libarchive-dev qtkeychain-qt6-dev libsodium-dev libssl-dev
  vsftpd openssh-server openssh-client curl lftp rclone openssl
  xvfb xdotool x11-apps imagemagick gnome-keyring dbus dbus-x11 libsecret-tools
  fonts-dejavu-core iproute2 iptables libnetfilter-queue-dev procps psmisc bc time
  python3  # the scripted SFTP server behind sshd (tests/core/sftp/tst_sftphostile)
  libarchive-tools zip unzip p7zip-full zstd xz-utils  # archives made by the tests and bench/bench_archive.sh
  dpkg-dev desktop-file-utils appstream man-db  # the package check (tests/check_package.sh)
  icnsutils  # macOS's ferry.icns: made by scripts/render-icons.sh, checked by tests/check_icns.sh
  librsvg2-bin  # rsvg-convert: scripts/render-icons.sh renders the icon's PNG sizes from ferry.svg
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Keep services from starting on install: the test fixture starts its own.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# pure-ftpd conflicts with vsftpd as a package: unpack it into a folder of its own.
PURE_DIR=/opt/ferry-test/pure-ftpd
if [ ! -x "$PURE_DIR/usr/sbin/pure-ftpd" ]; then
  echo "setup: unpacking pure-ftpd into $PURE_DIR"
  tmp=$(mktemp -d)
  ( cd "$tmp" && apt-get download -qq pure-ftpd >/dev/null 2>&1 || { $SUDO apt-get update -qq && apt-get download -qq pure-ftpd; } )
  $SUDO mkdir -p "$PURE_DIR"
  $SUDO dpkg -x "$tmp"/pure-ftpd_*.deb "$PURE_DIR"
  rm -rf "$tmp"
fi

# pure-ftpd's privilege-separation user (its package's postinst would create it).
if ! id _pure-ftpd >/dev/null 2>&1; then
  $SUDO useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin _pure-ftpd
fi

# The local user that vsftpd and sshd log in through PAM.
TEST_USER=ferrytest
if ! id "$TEST_USER" >/dev/null 2>&1; then
  echo "setup: creating test user $TEST_USER"
  $SUDO useradd --create-home --shell /bin/bash "$TEST_USER"
fi
# Password is a fixed test value known to the fixture; only used on loopback servers.
# SHA-512 with few rounds: Debian's default yescrypt makes every PAM login (vsftpd, sshd)
# take half a second, which the test suite pays thousands of times.
echo "$TEST_USER:ferry-test-pw" | $SUDO chpasswd -c SHA512 -s 1000
# vsftpd refuses users whose shell is not in /etc/shells; sshd needs its privsep dir.
grep -qx /bin/bash /etc/shells || echo /bin/bash | $SUDO tee -a /etc/shells >/dev/null
$SUDO mkdir -p /run/sshd /var/run/vsftpd/empty
exit 0
