#!/usr/bin/env bash
# Sets up (if needed) and runs the whole test suite: lint, types, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export QT_QPA_PLATFORM=offscreen
export INSPECTDESK_DATA_DIR="${INSPECTDESK_DATA_DIR:-$(mktemp -d)}"
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
echo "== pytest"
# pytest exits 5 when it collects nothing: that is a failure here, not a pass.
.venv/bin/python -m pytest "$@"
