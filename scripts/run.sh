#!/usr/bin/env bash
# Sets up (if needed) and starts InspectDesk on its default database, a SQLite
# file in the user's data folder. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [[ "$(uname -s)" == "Linux" && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No screen found: starting InspectDesk on a virtual screen (xvfb-run)." >&2
  exec xvfb-run -a .venv/bin/python -m app "$@"
fi
exec .venv/bin/python -m app "$@"
