#!/bin/sh
# Takes a screenshot of the real app in a real X window under Xvfb, for the README and
# AppStream metadata: packaging/screenshot.sh OUT.png [DATA_DIR] [extra marginalia args]
# Needs Debian's xvfb, x11-utils and imagemagick.
set -eu
out=${1:?usage: packaging/screenshot.sh OUT.png [DATA_DIR]}
data=${2:-$(mktemp -d)}
shift; [ $# -gt 0 ] && shift
display=:$((90 + $$ % 100))
Xvfb "$display" -screen 0 1280x860x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display QT_QPA_PLATFORM=xcb .venv/bin/marginalia --data-dir "$data" "$@" &
app=$!
sleep "${SCREENSHOT_DELAY:-4}"
# Capture the app's own window (its title ends in "— Marginalia"), not the whole screen.
window=$(DISPLAY=$display xwininfo -root -tree | awk '/— Marginalia"/ && /\+0\+0|\+[0-9]+\+[0-9]+/ {print $1; exit}')
DISPLAY=$display import -window "${window:-root}" "$out"
echo "saved $out"
