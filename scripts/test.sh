#!/usr/bin/env bash
# Install the application with its test extras and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
QT_QPA_PLATFORM=offscreen python3 -m pytest "$@"
