#!/usr/bin/env bash
# Fails when the transfer layer or the applications name a protocol engine: every
# protocol's speed-up is reached through RemoteFileSystem's virtuals (see
# docs/architecture.md), so core/transfer/ and app/ neither include ftp/ or sftp/
# headers nor cast to FtpFileSystem or SftpFileSystem.
set -u
src=$1
status=0
for dir in "$src/core/transfer" "$src/app"; do
  [ -d "$dir" ] || { echo "$dir is missing: the check would prove nothing"; exit 1; }
done
hits=$(grep -rnE '#\s*include\s*"s?ftp/|\bs?ftp::|(Sftp|Ftp)FileSystem\b' "$src/core/transfer" "$src/app" || true)
if [ -n "$hits" ]; then
  echo "core/transfer or app/ names a protocol engine:"; echo "$hits"; status=1
fi
[ $status -eq 0 ] && echo "protocol seams ok: core/transfer and app/ name no protocol engine"
exit $status
