#!/usr/bin/env bash
# Install the application with its test extras into ./.venv and run the whole test suite.
# Extra arguments go to pytest (e.g. `bash scripts/test.sh tests/test_money.py -x`).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
