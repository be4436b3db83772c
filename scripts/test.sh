#!/usr/bin/env bash
# Sets up (if needed) and runs the whole test suite: lint, types, then pytest on SQLite
# and on a private PostgreSQL server started here and stopped at the end, whatever happens.
# Arguments go to pytest (e.g. --backend=sqlite to leave PostgreSQL out).
# INSPECTDESK_TEST_PG=postgresql+psycopg://… uses a server of your own instead.
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
if [[ -z "${INSPECTDESK_TEST_PG:-}" && " $* " != *" --backend=sqlite "* ]]; then
  # shellcheck source=scripts/pg_test_server.sh
  source scripts/pg_test_server.sh
  if ! pg_test_start; then
    # CI must run the PostgreSQL half; elsewhere it is skipped, and pytest says why.
    if [[ "${CI:-}" == "true" || -n "${INSPECTDESK_REQUIRE_PG:-}" ]]; then
      echo "The PostgreSQL test server did not start" >&2
      exit 1
    fi
    echo "== no PostgreSQL test server: the tests on PostgreSQL are skipped"
  fi
fi
echo "== pytest"
# pytest exits 5 when it collects nothing: that is a failure here, not a pass.
# On every core (pytest-xdist): each worker has its own temporary folders, SQLite files
# and PostgreSQL databases (tests/conftest.py names them by process). A file's tests stay
# on one worker, so its module fixtures are built once. INSPECTDESK_TEST_WORKERS=0 runs
# the suite in this one process (for a debugger).
.venv/bin/python -m pytest -n "${INSPECTDESK_TEST_WORKERS:-auto}" --dist loadfile "$@"
