#!/usr/bin/env bash
# The frozen build, checked as it ships (docs/packaging.md). On Debian:
#   1. installs the pinned PyInstaller (pyproject.toml, extra "build") and builds with build.spec
#      into dist/InspectDesk-<version>/, of at most INSPECTDESK_MAX_MB (150) MB;
#   2. runs the FROZEN program on a temporary data folder: --version, init, demo, a Chinese
#      dossier read back (text, embedded fonts), check, a signed dossier and verify-dossier,
#      exchange export/import into a second database, the window's first paint (smoke mode),
#      timed against the same from the source tree;
#   3. makes dist/inspectdesk_<version>_<arch>.deb and, as root (CI), installs an older-numbered
#      build of it and then this one over it (an upgrade), checks through the installed
#      command that an old database is backed up and migrated, that every library resolves,
#      that removing the package leaves the user's data as it was.
# Every step fails the script. INSPECTDESK_TEST_DEB=0 skips the install part of 3;
# INSPECTDESK_REUSE_BUILD=1 checks and packages an existing dist/ folder without building.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
say() { echo "== $*"; }
die() {
  echo "build.sh: $*" >&2
  exit 1
}

SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"

# --- tools -------------------------------------------------------------------------------
bash scripts/setup.sh --test # the venv with pypdf for reading the dossier back, the .qm files
# strip/objcopy/readelf (binutils), cc and icupkg (Qt's ICU data cut down: packaging/icu_trim.py),
# desktop-file-validate.
BUILD_PACKAGES=(binutils gcc icu-devtools desktop-file-utils)
missing=()
for pkg in "${BUILD_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi
PY=.venv/bin/python
stamp=.venv/.installed-build
if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
  mapfile -t pins < <($PY -c 'import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["build"]))')
  say "installing ${pins[*]}"
  $PY -m pip install -q --disable-pip-version-check "${pins[@]}"
  touch "$stamp"
fi
VERSION=$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
installed=$($PY -c 'from importlib.metadata import version; print(version("inspectdesk"))')
# The frozen app.__version__ comes from the installed metadata, which must be this version.
if [[ "$installed" != "$VERSION" ]]; then
  $PY -m pip install -q --disable-pip-version-check --no-deps -e .
fi

# --- 1. build ------------------------------------------------------------------------------
DIST="dist/InspectDesk-$VERSION"
say "PyInstaller $($PY -m PyInstaller --version): $DIST"
t=$(date +%s)
mkdir -p build
if [[ "${INSPECTDESK_REUSE_BUILD:-}" == "1" && -x "$DIST/inspectdesk" ]]; then
  say "INSPECTDESK_REUSE_BUILD=1: checking the existing $DIST"
elif ! $PY -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  build.spec >build/pyinstaller.log 2>&1; then
  tail -40 build/pyinstaller.log >&2
  die "PyInstaller failed (build/pyinstaller.log)"
fi
# Its warnings, less the expected ones: optional modules of libraries, Windows-only ctypes
# libraries, and the GTK theme plugin build.spec leaves out anyway.
grep -v -E ' INFO: |WARNING: (Hidden import|Library .*required via ctypes not found|Library not found: could not resolve .*libqgtk3)' \
  build/pyinstaller.log || true
[[ -x "$DIST/inspectdesk" ]] || die "the build made no $DIST/inspectdesk"
build_s=$(($(date +%s) - t))
size_mb=$(du -sm "$DIST" | cut -f1)
say "built in ${build_s} s: $DIST is ${size_mb} MB unpacked ($(du -sh "$DIST" | cut -f1))"
((size_mb <= ${INSPECTDESK_MAX_MB:-150})) ||
  die "$DIST is ${size_mb} MB, over ${INSPECTDESK_MAX_MB:-150} MB (see build/pyinstaller/build/left-out.txt)"
# Qt with the trimmed ICU data of the build still collates Chinese, maps case, names zones.
LD_LIBRARY_PATH="$PWD/$DIST/_internal/PySide6/Qt/lib" QT_QPA_PLATFORM=offscreen $PY packaging/check_icu.py

# --- 2. the frozen program -------------------------------------------------------------------
WORK=$(mktemp -d)
installed_here=""
cleanup() {
  if [[ -n "$installed_here" ]] && dpkg-query -W -f='${Status}' inspectdesk 2>/dev/null | grep -q "ok installed"; then
    echo "build.sh: removing the inspectdesk package this run installed" >&2
    $SUDO dpkg -r inspectdesk >/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
# A private home for everything the program writes: data, settings (QSettings), cache, logs.
export INSPECTDESK_DATA_DIR="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
export XDG_DATA_HOME="$WORK/share" XDG_CACHE_HOME="$WORK/cache" XDG_RUNTIME_DIR="$WORK/run"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
APP="$PWD/$DIST/inspectdesk"
run() { # the frozen program, its command line shown
  echo "\$ inspectdesk $*"
  "$APP" "$@"
}
say "the frozen program"
run --version | tee "$WORK/version.txt"
grep -qF "$VERSION" "$WORK/version.txt" || die "--version does not say $VERSION"
run init
run demo
"$APP" cases list --json >"$WORK/cases.json"
CASE=$($PY packaging/ci_checks.py first-case case_number <"$WORK/cases.json")
COMPANY=$($PY packaging/ci_checks.py first-case company <"$WORK/cases.json")
run --lang zh export-dossier "$CASE" -o "$WORK/dossier-zh.pdf"
$PY packaging/ci_checks.py pdf "$WORK/dossier-zh.pdf" "$CASE" "$COMPANY" 案件卷宗
run check
export INSPECTDESK_SIGN_PASSWORD="ci-$RANDOM-$RANDOM"
$PY packaging/ci_checks.py make-p12 "$WORK/office.p12" "$WORK/office.pem"
run signing set "$WORK/office.p12"
mkdir -p "$INSPECTDESK_DATA_DIR/config/trusted-roots" # the office trusts its own certificate
cp "$WORK/office.pem" "$INSPECTDESK_DATA_DIR/config/trusted-roots/"
run export-dossier "$CASE" -o "$WORK/signed.pdf" --sign
run verify-dossier "$WORK/signed.pdf" --db "$INSPECTDESK_DATA_DIR/inspectdesk.sqlite3"
run exchange export --case "$CASE" -o "$WORK/exchange.zip"
run --db "$WORK/second.sqlite3" init
run --db "$WORK/second.sqlite3" exchange import "$WORK/exchange.zip"
run --db "$WORK/second.sqlite3" case show "$CASE" >/dev/null
run --db "$WORK/second.sqlite3" check

# The window on its first paint: frozen, then from source (best of two runs each).
smoke() { # COMMAND... -> seconds to the first paint
  local best="" out s
  for _ in 1 2; do
    out=$(INSPECTDESK_SMOKE=1 "$@" 2>&1) || {
      echo "$out" >&2
      die "the window's smoke run failed: $*"
    }
    s=$(echo "$out" | $PY packaging/ci_checks.py smoke-time) || die "no first paint reported: $out"
    if [[ -z "$best" ]] || $PY -c "import sys; sys.exit(not $s < $best)"; then best=$s; fi
  done
  echo "$best"
}
say "the window, offscreen, until its first paint"
frozen_paint=$(smoke "$APP")
source_paint=$(smoke $PY -m app)
echo "first paint after process start: frozen ${frozen_paint} s, from source ${source_paint} s"

# --- 3. the Debian package ---------------------------------------------------------------------
ARCH=$(dpkg --print-architecture)
make_deb() { # VERSION COMPRESSION -> the .deb's path
  local version=$1 root="build/deb/inspectdesk_$1_$ARCH"
  rm -rf "$root"
  mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/doc/inspectdesk" "$root/usr/share/icons/hicolor/scalable/apps"
  cp -a "$DIST" "$root/opt/inspectdesk"
  ln -s /opt/inspectdesk/inspectdesk "$root/usr/bin/inspectdesk"
  install -m 644 packaging/deb/inspectdesk.desktop "$root/usr/share/applications/"
  install -m 644 packaging/deb/copyright "$root/usr/share/doc/inspectdesk/"
  install -m 644 packaging/icons/inspectdesk.svg "$root/usr/share/icons/hicolor/scalable/apps/"
  for png in packaging/icons/hicolor/*/apps/inspectdesk.png; do
    install -D -m 644 "$png" "$root/usr/share/icons/${png#packaging/icons/}"
  done
  install -m 755 packaging/deb/postinst packaging/deb/prerm "$root/DEBIAN/"
  chmod -R u=rwX,go=rX "$root/opt" "$root/usr"
  local size
  size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$size/" \
    -e "s/@MAINTAINER@/${DEB_MAINTAINER:-InspectDesk maintainers <inspectdesk@localhost>}/" \
    packaging/deb/control >"$root/DEBIAN/control"
  dpkg-deb --root-owner-group -Z"$2" --build "$root" "dist/inspectdesk_${version}_$ARCH.deb" >/dev/null
  echo "dist/inspectdesk_${version}_$ARCH.deb"
}
say "the Debian package"
desktop-file-validate packaging/deb/inspectdesk.desktop
python3 packaging/deb/depends.py "$DIST" --control packaging/deb/control
t=$(date +%s)
DEB=$(make_deb "$VERSION" "${INSPECTDESK_DEB_COMPRESSION:-zstd}") # xz: a fifth smaller, 100 times slower
echo "$DEB: $(du -h "$DEB" | cut -f1), made in $(($(date +%s) - t)) s"
dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'

if [[ "${INSPECTDESK_TEST_DEB:-1}" == "0" ]]; then
  say "INSPECTDESK_TEST_DEB=0: the package is not installed here"
elif [[ -n "$SUDO" ]] && ! sudo -n true 2>/dev/null; then
  [[ "${CI:-}" != "true" ]] || die "CI must test the package, as root"
  say "not root: the package is not installed here (CI does)"
elif dpkg-query -W -f='${Status}' inspectdesk 2>/dev/null | grep -q "ok installed"; then
  die "inspectdesk is installed on this machine: the package test would replace and remove it (INSPECTDESK_TEST_DEB=0 skips it)"
else
  apt_install() {
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$PWD/$1" >/dev/null ||
      { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$PWD/$1" >/dev/null; }
  }
  # The user's own data folder this time: what platformdirs gives without INSPECTDESK_DATA_DIR.
  unset INSPECTDESK_DATA_DIR
  USER_DB="$XDG_DATA_HOME/InspectDesk/inspectdesk.sqlite3"
  say "installing an earlier version, then upgrading to this one"
  PREV=$(make_deb "$VERSION~ci.previous" none) # the same program numbered lower: dpkg's upgrade path
  installed_here=1
  apt_install "$PREV"
  inspectdesk --version
  inspectdesk init
  inspectdesk demo >/dev/null
  before_upgrade=$(sha256sum "$USER_DB" | cut -d' ' -f1)
  $PY packaging/ci_checks.py old-db "$WORK/old.sqlite3" | tee "$WORK/old-counts.json"
  apt_install "$DEB"
  [[ $(dpkg-query -W -f='${Version}' inspectdesk) == "$VERSION" ]] || die "the upgrade did not install $VERSION"
  [[ $(sha256sum "$USER_DB" | cut -d' ' -f1) == "$before_upgrade" ]] || die "the upgrade changed $USER_DB"
  # Every library of the installed program resolves, each from a package Depends names.
  python3 packaging/deb/depends.py /opt/inspectdesk --control packaging/deb/control --strict
  inspectdesk --version | grep -qF "$VERSION"
  inspectdesk --db "$WORK/old.sqlite3" init
  backups=("$WORK"/old.sqlite3.*.rev-"$($PY -c 'import json; print(json.load(open("'"$WORK/old-counts.json"'"))["revision"])')".bak)
  [[ -f "${backups[0]}" ]] || die "no …rev-XXXX.bak beside the old database after its migration"
  echo "backed up before migrating: ${backups[0]##*/}"
  $PY packaging/ci_checks.py migrated "$WORK/old-counts.json" "$WORK/old.sqlite3" "${backups[0]}"
  inspectdesk check
  out=$(INSPECTDESK_SMOKE=1 inspectdesk 2>&1) || die "the installed window's smoke run failed: $out"
  echo "installed command: $(echo "$out" | grep 'smoke:')"
  before_removal=$(sha256sum "$USER_DB" | cut -d' ' -f1)
  say "removing the package"
  $SUDO dpkg -r inspectdesk >/dev/null
  installed_here=""
  [[ ! -e /opt/inspectdesk && ! -e /usr/bin/inspectdesk ]] || die "dpkg -r left /opt/inspectdesk or /usr/bin/inspectdesk"
  [[ -f "$USER_DB" && $(sha256sum "$USER_DB" | cut -d' ' -f1) == "$before_removal" ]] ||
    die "removing the package changed or removed $USER_DB"
  echo "$USER_DB is still there, unchanged"
  rm -f "$PREV"
fi

say "done in $(($(date +%s) - started)) s: $DIST (${size_mb} MB), $DEB;" \
  "first paint frozen ${frozen_paint} s, from source ${source_paint} s"
