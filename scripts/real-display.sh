#!/bin/sh
# Runs a command in real windows, as a person sees them on a laptop: on $DISPLAY when there
# is one, otherwise on a private Xvfb at 1366x768 with openbox keeping 40 px for a taskbar
# (DEVELOPERS.md), both stopped afterwards. Qt's xcb platform, not offscreen: the window
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
trap 'kill $wm $xvfb 2>/dev/null || true; rm -f "$number_file"' EXIT INT TERM
for _ in $(seq 50); do
  [ -s "$number_file" ] && break
  sleep 0.1
done
display=":$(cat "$number_file")"
DISPLAY="$display" openbox --config-file "$here/openbox-rc.xml" >/dev/null 2>&1 &
wm=$!
sleep 1  # the window manager takes the screen before the first window maps
DISPLAY="$display" QT_QPA_PLATFORM=xcb "$@"
