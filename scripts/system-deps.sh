#!/bin/sh
# Makes sure the Debian/Ubuntu packages DisciplineDesk needs are present.
# Usage: scripts/system-deps.sh venv|qt|gui|test
#   venv  python3's venv module (Debian ships it separately)
#   qt    the libraries Qt needs to start offscreen
#   gui   qt plus what a real window needs (Qt's xcb platform: xcb-cursor and friends)
#   screen  gui plus a private X display to show it on (Xvfb, openbox, ImageMagick)
#   test  qt plus what the tests use (poppler-utils for pdftotext/pdffonts/pdftoppm)
# As root on Debian/Ubuntu it installs what is missing with apt-get; otherwise it stops
# and prints the exact apt-get line to run.
set -eu

want="${1:-qt}"
qt_pkgs="libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3"
xcb_pkgs="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"
test_pkgs="poppler-utils poppler-data"

case "$want" in
  venv)
    if python3 -c 'import venv, ensurepip' 2>/dev/null; then exit 0; fi
    ver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    pkgs="python3-venv python${ver}-venv" ;;
  qt) pkgs="$qt_pkgs" ;;
  gui) pkgs="$qt_pkgs $xcb_pkgs" ;;
  screen) pkgs="$qt_pkgs $xcb_pkgs xvfb openbox tint2 imagemagick" ;;
  test) pkgs="$qt_pkgs $test_pkgs" ;;
  *) echo "usage: $0 venv|qt|gui|screen|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian-like: we cannot check by package name; let Qt report what is missing.
  exit 0
fi

missing=""
for p in $pkgs; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
  esac
done
[ -z "$missing" ] && exit 0

if [ "$want" = venv ]; then
  # Only one of python3-venv / python3.X-venv may exist in this release: try the specific one.
  missing=" $(echo "$missing" | awk '{print $NF}')"
fi

line="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends $missing >/dev/null 2>&1 || {
    apt-get update -qq >/dev/null 2>&1
    apt-get install -y --no-install-recommends $missing
  }
else
  echo "DisciplineDesk needs these system packages:$missing" >&2
  echo "Run:  sudo $line" >&2
  exit 1
fi
