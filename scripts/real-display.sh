#!/bin/sh
# Runs a command in real windows, as a person sees them on a laptop: on $DISPLAY when there
# is one, otherwise on a private Xvfb at 1366x768 with openbox and a 40 px taskbar (tint2,
# scripts/tint2rc), all stopped afterwards. The taskbar reserves its strip (a strut), so Qt's
# available area is the screen less the taskbar, as on a desktop: openbox's margin alone
# does not tell Qt, whose windows could then reach under a taskbar. Qt's xcb platform, not offscreen: the window
# manager, not the widget, decides a window's size.
# Usage: scripts/real-display.sh COMMAND [ARGS...]
set -eu

if [ -n "${DISPLAY:-}" ]; then
  exec env QT_QPA_PLATFORM=xcb "$@"
fi
here=$(cd "$(dirname "$0")" && pwd)
number_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$number_file" 2>/dev/null &
xvfb=$!
wm=""
bar=""
trap 'kill $bar $wm $xvfb 2>/dev/null || true; rm -f "$number_file"' EXIT INT TERM
for _ in $(seq 50); do
  [ -s "$number_file" ] && break
  sleep 0.1
done
display=":$(cat "$number_file")"
DISPLAY="$display" openbox --config-file "$here/openbox-rc.xml" >/dev/null 2>&1 &
wm=$!
sleep 1  # the window manager takes the screen before the first window maps
if command -v tint2 >/dev/null 2>&1; then
  DISPLAY="$display" tint2 -c "$here/tint2rc" >/dev/null 2>&1 &
  bar=$!
  sleep 1  # its strut is set before the first window asks for the available area
fi
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$@"
