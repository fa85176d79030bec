#!/usr/bin/env bash
# Install the application with its test extras into ./.venv and run the whole test suite.
# Extra arguments go to pytest (e.g. `bash scripts/test.sh tests/domain/test_money.py -x`).
# Without arguments (the whole suite, as CI runs it) it runs on two workers, measures line
# coverage, writes coverage.json and fails when a package is below its floor
# (scripts/coverage_floors.py).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
if [ "$#" -gt 0 ]; then
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest "$@"
  exit
fi
rm -f coverage.json .coverage
# Two workers (pytest-xdist) for the two cores: 4 to 6.5 minutes with coverage here, against 13
# for one serial run with coverage on a busy machine.
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n 2 --cov \
  --cov-report=term-missing:skip-covered --cov-report=json:coverage.json
.venv/bin/python scripts/coverage_floors.py coverage.json
