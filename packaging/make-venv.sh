#!/bin/sh
# Creates (or repairs) the project's virtual environment for `make run` and `make test`.
# Its job is to turn the two classic set-up failures into a message with the exact fix,
# instead of a traceback: a Python that is too old, and Debian/Ubuntu's python3 without
# the venv module (package python3-venv).
set -eu
VENV=${1:-.venv}
PYTHON=${PYTHON:-python3}

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "Marginalia needs Python 3.11 or newer, and '$PYTHON' was not found." >&2
    echo "Fix: sudo apt install python3 python3-venv   (or set PYTHON=/path/to/python3.11)" >&2
    exit 1
fi

if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    found=$("$PYTHON" -c 'import platform; print(platform.python_version())')
    echo "Marginalia needs Python 3.11 or newer; '$PYTHON' is $found." >&2
    echo "Fix: install a newer Python and run: make PYTHON=python3.11 run" >&2
    exit 1
fi

# A venv whose interpreter no longer runs (moved folder, removed Python) is rebuilt.
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import pip' >/dev/null 2>&1; then
    exit 0
fi
rm -rf "$VENV"

if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    ver=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    echo "Python's venv module is missing, so the project's environment cannot be created." >&2
    echo "Fix (Debian/Ubuntu): sudo apt install python3-venv   (or: sudo apt install python$ver-venv)" >&2
    echo "Then run the same make command again." >&2
    exit 1
fi

echo "Creating the virtual environment in $VENV ..."
if ! "$PYTHON" -m venv "$VENV"; then
    rm -rf "$VENV"
    echo "Creating $VENV failed (see above)." >&2
    echo "Fix (Debian/Ubuntu): sudo apt install python3-venv, then run the same make command again." >&2
    exit 1
fi
