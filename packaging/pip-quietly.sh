#!/bin/sh
# Runs `PYTHON -m pip ARGS...` for `make run` / `make test` with its output kept out of
# sight: pip prints progress, and on some machines warnings about their own package-index
# configuration, that are not the project's. When pip fails, its whole output is shown,
# then one line saying which install failed and where the log is kept.
set -u
PYTHON=$1
shift
log=$(mktemp "${TMPDIR:-/tmp}/marginalia-pip.XXXXXX")
status=0
"$PYTHON" -m pip "$@" --disable-pip-version-check --progress-bar off >"$log" 2>&1 || status=$?
if [ "$status" -eq 0 ]; then
    rm -f "$log"
    exit 0
fi
cat "$log" >&2
echo "" >&2
echo "Setting up the environment failed: pip install $* (exit status $status)." >&2
echo "pip's output is above, and kept in $log." >&2
exit "$status"
