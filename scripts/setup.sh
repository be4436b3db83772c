#!/usr/bin/env bash
# Sets up everything InspectDesk needs on a Debian machine: the system libraries
# Qt loads, a CJK font, and a virtual environment with the pinned Python packages.
# Quick when all is already there. Usage: scripts/setup.sh [--test]
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  # Qt (offscreen and xcb platforms) and its fonts
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxrender1 libxi6 libsm6 libice6
  libnss3 libasound2
  fonts-wqy-microhei
  # a virtual screen for machines without one, and PDF pages to PNG for checking output
  xvfb xauth poppler-utils
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The tests also run on PostgreSQL: scripts/test.sh starts a private server with
# Debian's server programs (initdb, pg_ctl in /usr/lib/postgresql/<version>/bin).
if [[ "${1:-}" == "--test" ]] && command -v dpkg-query >/dev/null 2>&1 &&
  ! compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
  echo "Installing Debian package: postgresql (for the tests on PostgreSQL)"
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  # No cluster of its own, so nothing listens on port 5432: the tests make their own.
  if ! {
    $SUDO mkdir -p /etc/postgresql-common/createcluster.d &&
      echo "create_main_cluster = false" |
      $SUDO tee /etc/postgresql-common/createcluster.d/inspectdesk-tests.conf >/dev/null &&
      $SUDO apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        postgresql >/dev/null
  }; then
    # CI must test on PostgreSQL; a developer without root still runs the SQLite half.
    [[ "${CI:-}" != "true" ]] || exit 1
    echo "Could not install postgresql: the tests on PostgreSQL will be skipped" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
extras=""
[[ "${1:-}" == "--test" ]] && extras="[test]"
stamp=".venv/.installed${extras}"
# Reinstall only when pyproject.toml changed since the last install.
if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
  touch "$stamp"
fi

# The GUI's translations: .qm files are built from the committed .ts sources.
for ts in resources/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [[ ! -f "$qm" || "$ts" -nt "$qm" ]]; then
    .venv/bin/python scripts/i18n.py build
    break
  fi
done
