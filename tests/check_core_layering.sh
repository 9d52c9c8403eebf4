#!/usr/bin/env bash
# Fails when core/ includes a QtGui or QtWidgets header, when core/base/ (Result, Error,
# CancelToken: what every core folder may use) includes anything of another core folder,
# or when ferry-cli (which links only ferry_core) loads libQt6Gui or libQt6Widgets.
set -u
core_dir=$1
cli=$2
status=0
gui_includes=$(grep -rnE '#\s*include\s*[<"](QtGui|QtWidgets|QtOpenGL)(/|>)|#\s*include\s*[<"]Q(Widget|Application|GuiApplication|Pixmap|Image|Icon|Color|Font|Painter|MainWindow|Dialog|Action|KeySequence|Clipboard|DesktopServices)[>"]' "$core_dir" || true)
if [ -n "$gui_includes" ]; then
  echo "core/ includes GUI headers:"; echo "$gui_includes"; status=1
fi
base_includes=$(grep -rnE '#\s*include\s*"[a-z]+/' "$core_dir/base" | grep -vE '#\s*include\s*"base/' || true)
if [ -n "$base_includes" ]; then
  echo "core/base/ includes another core folder (base is below every folder):"; echo "$base_includes"; status=1
fi
gui_libs=$(ldd "$cli" | grep -E 'libQt6(Gui|Widgets|OpenGL)' || true)
if [ -n "$gui_libs" ]; then
  echo "ferry-cli links GUI libraries:"; echo "$gui_libs"; status=1
fi
if ! ldd "$cli" | grep -q 'libQt6Core'; then
  echo "ldd of $cli did not list libQt6Core: the check would prove nothing"; status=1
fi
[ $status -eq 0 ] && echo "core layering ok: no GUI includes in $core_dir, base/ includes only itself, no GUI libraries in $(basename "$cli")"
exit $status
