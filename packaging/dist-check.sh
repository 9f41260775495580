#!/bin/bash
# Proves that dist/marginalia (`make dist`) starts on a clean machine with no Python: a bare
# Debian bookworm (debootstrap minbase) given only the libraries every Linux desktop has, the
# window opened under Xvfb and saved to build/dist-check.png, then `marginalia list` showing
# the bundled articles that first start imported. Needs root (debootstrap, chroot, mount).
#
#   make dist-check        # or: sudo bash packaging/dist-check.sh
#
# The bare system is made once and kept as tarballs in build/dist-check/; each run unpacks a
# fresh copy, so a run never sees what an earlier one left. Exit status 0 only when the
# window appeared, no error was logged, and the articles are listed.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=dist/marginalia
WORK=build/dist-check
SHOT=build/dist-check.png
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WINDOW_TIMEOUT=${WINDOW_TIMEOUT:-60}
# What a Debian desktop has installed anyway: the X/xcb, GL, font and D-Bus libraries Qt's
# xcb plugin loads, and libwayland-cursor0 for the wayland plugin (the one library the ldd
# check below found missing beyond those; PyInstaller leaves libxcb, libGL/libEGL and
# libwayland-* to the system, and libegl1 brings libwayland-client0).
DESKTOP_LIBS=(
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
    libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xkb1
    libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core libwayland-cursor0
)

say() { printf 'dist-check: %s\n' "$*"; }
fail() {
    say "FAILED: $*" >&2
    exit 1
}

[ "$(id -u)" = 0 ] || fail "needs root for debootstrap, chroot and mount: sudo make dist-check"
[ -x "$APP/marginalia" ] || fail "$APP/marginalia is missing: run make dist first"

mkdir -p "$WORK"
work_abs=$(realpath "$WORK")
root="$work_abs/root"
base_tar="$work_abs/bookworm-minbase.tar"
libs_key=$(printf '%s\n' "${DESKTOP_LIBS[@]}" | sha256sum | cut -c1-12)
desktop_tar="$work_abs/bookworm-desktop-$libs_key.tar"
app_pid=""
xvfb_pid=""

mounts_under_work() {
    awk -v w="$work_abs" '$2 == w || index($2, w "/") == 1 { print $2 }' /proc/mounts
}

unmount_all() {
    # Deepest first, so /root/tmp/.X11-unix goes before anything holding it.
    local mount
    mounts_under_work | sort -r | while read -r mount; do
        umount "$mount" 2>/dev/null || umount -l "$mount"
    done
}

cleanup() {
    local status=$?
    # Every step runs whatever the one before it did: no early exit from here.
    set +e
    if [ -n "$app_pid" ]; then
        kill -KILL "$app_pid" 2>/dev/null
        wait "$app_pid" 2>/dev/null
    fi
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null
        wait "$xvfb_pid" 2>/dev/null
    fi
    unmount_all
    if [ -n "$(mounts_under_work)" ]; then
        say "WARNING: still mounted under $WORK: $(mounts_under_work | tr '\n' ' ')" >&2
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# An empty directory at $1; refuses while anything is mounted under build/dist-check, so a
# bind mount of the host's /dev or X socket can never be deleted through.
fresh_dir() {
    unmount_all
    [ -z "$(mounts_under_work)" ] || fail "cannot unmount $(mounts_under_work | tr '\n' ' ')"
    rm -rf --one-file-system "$1"
    mkdir -p "$1"
}

in_root() {
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive chroot "$root" "$@"
}

host_tools() {
    local missing=() pair
    for pair in debootstrap:debootstrap Xvfb:xvfb xwininfo:x11-utils xdotool:xdotool \
        import:imagemagick; do
        command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing on this host: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    fi
}

make_base() {
    [ -f "$base_tar" ] && return
    say "debootstrap --variant=minbase bookworm (once; kept in $WORK)"
    fresh_dir "$root"
    if ! debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
        tail -20 "$WORK/debootstrap.log" >&2
        fail "debootstrap failed (whole log: $WORK/debootstrap.log)"
    fi
    unmount_all
    tar -C "$root" -cf "$base_tar.part" . && mv "$base_tar.part" "$base_tar"
}

make_desktop() {
    [ -f "$desktop_tar" ] && return
    say "installing the desktop libraries into the bare system (once): ${DESKTOP_LIBS[*]}"
    rm -f "$work_abs"/bookworm-desktop-*.tar # made from an older list
    fresh_dir "$root"
    tar -C "$root" -xf "$base_tar"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    mount -t proc proc "$root/proc"
    {
        in_root apt-get update -qq &&
            in_root apt-get install -y -qq --no-install-recommends "${DESKTOP_LIBS[@]}"
    } >"$WORK/apt.log" 2>&1 || {
        tail -20 "$WORK/apt.log" >&2
        fail "apt-get in the bare system failed (whole log: $WORK/apt.log)"
    }
    in_root apt-get clean
    rm -rf "$root"/var/lib/apt/lists/*
    unmount_all
    tar -C "$root" -cf "$desktop_tar.part" . && mv "$desktop_tar.part" "$desktop_tar"
}

start=$SECONDS
host_tools
make_base
make_desktop
say "bare system ready after $((SECONDS - start)) s"

fresh_dir "$root"
tar -C "$root" -xf "$desktop_tar"
if in_root sh -c 'command -v python3 || command -v python || ls /usr/lib/*/libpython3* /usr/bin/python3*' 2>/dev/null; then
    fail "the bare system has a Python (above); the check would prove nothing"
fi
say "no python3 in the bare system (command -v python3: not found)"

mkdir -p "$root/opt"
cp -a "$APP" "$root/opt/marginalia"
mount -t proc proc "$root/proc"

# Every bundled library's dependencies, resolved as the bootloader does (it puts _internal
# on LD_LIBRARY_PATH): anything "not found" is a library a desktop would still need.
# shellcheck disable=SC2016 # expanded by the shell inside the bare system
unresolved=$(in_root sh -c 'export LD_LIBRARY_PATH=/opt/marginalia/_internal
    find /opt/marginalia -type f -name "*.so*" | while read -r lib; do ldd "$lib" || true; done' 2>/dev/null |
    awk '/=> not found/ { print $1 }' | sort -u)
[ -z "$unresolved" ] || fail "libraries missing in the bare system: $(echo "$unresolved" | tr '\n' ' ')"
say "ldd: every bundled library's dependencies are present"

version=$(in_root /opt/marginalia/marginalia --version) || fail "marginalia --version did not run"
say "marginalia --version: $version"

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
    display=$((display + 1))
done
Xvfb ":$display" -screen 0 1280x860x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do
    [ -S "/tmp/.X11-unix/X$display" ] && break
    sleep 0.1
done
[ -S "/tmp/.X11-unix/X$display" ] || fail "Xvfb did not start (see $WORK/xvfb.log)"
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"

say "starting the window in the bare system on display :$display"
launched=$SECONDS
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DISPLAY=":$display" \
    XDG_RUNTIME_DIR=/tmp QT_QPA_PLATFORM=xcb \
    chroot "$root" /opt/marginalia/marginalia --data-dir /root/library >"$WORK/app.log" 2>&1 &
app_pid=$!

window=""
while [ $((SECONDS - launched)) -lt "$WINDOW_TIMEOUT" ]; do
    kill -0 "$app_pid" 2>/dev/null || break
    window=$(DISPLAY=":$display" xdotool search --onlyvisible --name 'Marginalia' 2>/dev/null |
        head -1) || true
    [ -n "$window" ] && break
    sleep 0.5
done
if [ -z "$window" ]; then
    say "the app's output:" >&2
    cat "$WORK/app.log" >&2
    DISPLAY=":$display" import -window root "$SHOT" 2>/dev/null || true
    fail "no Marginalia window within $WINDOW_TIMEOUT s"
fi
say "window \"$(DISPLAY=":$display" xdotool getwindowname "$window")\" after $((SECONDS - launched)) s"
sleep 3 # let the first article finish painting
DISPLAY=":$display" import -window root "$SHOT"
say "screenshot: $SHOT"
DISPLAY=":$display" xdotool search --onlyvisible --name '.' getwindowname %@ 2>/dev/null |
    sed 's/^/dist-check: visible window: /' || true

log="$root/root/library/marginalia-error.log"
if [ -s "$log" ]; then
    cat "$log" >&2
    fail "the app logged an unexpected error (above)"
fi
kill -0 "$app_pid" 2>/dev/null || fail "the app exited on its own: $(cat "$WORK/app.log")"

# SIGTERM closes the window the way logging out does, saving the reading position.
kill -TERM "$app_pid"
for _ in $(seq 100); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$app_pid" 2>/dev/null; then
    fail "the app did not close within 10 s of SIGTERM"
fi
app_status=0
wait "$app_pid" || app_status=$?
app_pid=""
[ "$app_status" = 0 ] || fail "the app exited with status $app_status: $(cat "$WORK/app.log")"

listing=$(in_root /opt/marginalia/marginalia --data-dir /root/library list) ||
    fail "marginalia list failed"
while IFS= read -r line; do say "list: $line"; done <<<"$listing"
seeds=$(find seeds -name '*.txt' | wc -l)
listed=$(echo "$listing" | grep -c . || true)
[ "$listed" -ge "$seeds" ] || fail "marginalia list shows $listed articles; $seeds are bundled"

# The bare system is kept after a failure, to look into; after a pass it is only space.
unmount_all
[ -n "$(mounts_under_work)" ] || rm -rf --one-file-system "$root"
say "OK: the window and the command line run with no Python installed ($((SECONDS - start)) s in all)"
say "dist/marginalia is $(du -sh "$APP" | cut -f1)"
