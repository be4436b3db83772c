"""The frozen build's rules (packaging/bundle.py, build.spec) and the package's files, checked
without building: scripts/build.sh builds and runs the frozen program itself."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import struct
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path) -> ModuleType:
    # By path: "packaging" is also the name of a PyPI package, so it is no package here.
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle = _load("bundle", PACKAGING / "bundle.py")
icu_trim = _load("icu_trim", PACKAGING / "icu_trim.py")


def _python_files() -> list[Path]:
    return sorted([*(ROOT / "app").rglob("*.py"), *(ROOT / "db").rglob("*.py")])


# --- what the program reads at run time is what the build bundles ---------------------------


def test_the_version_comes_from_pyproject() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert bundle.project_version() == data["project"]["version"]
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "version = bundle.project_version(root)" in spec
    assert 'name=f"InspectDesk-{version}"' in spec
    assert not re.search(r"\b\d+\.\d+\.\d+\b", spec), "no version written into build.spec"


def test_pyinstaller_is_pinned_in_the_build_extra() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = data["project"]["optional-dependencies"]["build"]
    assert any(re.fullmatch(r"pyinstaller==\d+\.\d+(\.\d+)?", p) for p in pins), pins


def _resource_folders() -> set[str]:
    """First argument of every resource_path(...) call in the program and its migrations."""
    found = set()
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", None)) == "resource_path"
                and node.args
            ):
                first = node.args[0]
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{path}: resource_path needs a literal folder"
                )
                found.add(f"resources/{first.value}")
    return found


def test_every_folder_the_resource_lookup_reads_is_bundled() -> None:
    bundled = {folder for folder, _pattern in bundle.DATA_FOLDERS}
    # migrations_path(), and the catalogues beside app/domain (app.domain.catalogue.FOLDER)
    read = _resource_folders() | {"db/migrations", "app/catalogues"}
    assert {"resources/fonts", "resources/i18n", "resources/reference", "resources/demo"} <= read
    assert read <= bundled, f"read at run time but not bundled: {read - bundled}"
    paths = (ROOT / "app" / "paths.py").read_text(encoding="utf-8")
    assert '"resources"' in paths and '"db" / "migrations"' in paths and "_MEIPASS" in paths


def test_the_data_files_keep_the_source_layout_without_caches() -> None:
    if not list((ROOT / "resources" / "i18n").glob("*.qm")):
        pytest.skip("no .qm files: scripts/setup.sh builds them")
    files = bundle.data_files()
    dests = {(Path(src).name, dest) for src, dest in files}
    assert ("wqy-microhei.ttc", "resources/fonts") in dests
    assert ("inspectdesk_zh_CN.qm", "resources/i18n") in dests
    assert ("qtbase_gaps_zh_CN.qm", "resources/i18n") in dests
    assert ("provinces.csv", "resources/reference") in dests
    assert ("companies.json", "resources/demo") in dests
    assert ("inke.json", "resources/demo/cases") in dests
    assert ("env.py", "db/migrations") in dests
    assert ("rules.json", "app/catalogues") in dests
    assert any(dest == "db/migrations/versions" for _name, dest in dests)
    assert not any("__pycache__" in src or src.endswith((".pyc", ".ts")) for src, _ in files)


def test_left_out_modules_are_not_imported_by_the_program() -> None:
    excluded = set(bundle.EXCLUDED_MODULES)
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                parts = name.split(".")
                hit = {".".join(parts[: i + 1]) for i in range(len(parts))} & excluded
                assert not hit, f"{path.relative_to(ROOT)} imports {name}, left out of the build"


# --- what is left out of Qt -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/lib/libQt6OpenGLWidgets.so.6", True),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6QmlModels.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qt_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_zh_CN.qm", False),
        # the Windows wheels' layout
        ("PySide6\\Qt6Widgets.dll", True),
        ("PySide6\\Qt6Quick.dll", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
        ("PySide6\\translations\\qtbase_zh_CN.qm", True),
        ("PySide6\\opengl32sw.dll", True),
        ("cryptography/hazmat/bindings/_rust.abi3.so", True),
    ],
)
def test_qt_parts_kept_and_left_out(dest: str, kept: bool) -> None:
    assert bundle.qt_entry_kept(dest) is kept


def test_prune_keeps_what_is_loaded_and_leaves_out_the_rest(tmp_path: Path) -> None:
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/venv/PySide6/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/venv/Qt/lib/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/venv/Qt/lib/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/venv/Qt/plugins/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/venv/Qt/lib/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/venv/Qt/plugins/libqgtk3.so", "BINARY"),
        ("libcairo.so.2", "/venv/libs/libcairo.so.2", "BINARY"),  # only the GTK theme used it
        ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"),
    ]
    datas = [
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/venv/qtbase_zh_CN.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "/venv/qtbase_fr.qm", "DATA"),
        ("resources/fonts/wqy-microhei.ttc", "/src/wqy-microhei.ttc", "DATA"),
    ]
    links = {
        "/venv/PySide6/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libc.so.6"],
        "/venv/Qt/lib/libQt6Widgets.so.6": ["libQt6Core.so.6"],
        "/venv/Qt/plugins/libqxcb.so": ["libQt6XcbQpa.so.6", "libX11.so.6"],
        "/venv/Qt/plugins/libqgtk3.so": ["libcairo.so.2"],
    }
    kept, new_datas, dropped = bundle.prune(
        binaries, datas, linux=True, imports=lambda source: links.get(source, [])
    )
    assert [b[0] for b in kept] == [
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",  # Python's own library always stays, wherever it came from
    ]
    assert [d[0] for d in new_datas] == [
        "libQt6Core.so.6",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "resources/fonts/wqy-microhei.ttc",
    ]
    assert "system library: libX11.so.6" in dropped
    assert "nothing loads it: libcairo.so.2" in dropped
    # Windows: Qt's parts only; nothing is followed (DLLs Qt loads at run time stay).
    kept_win, _datas, _dropped = bundle.prune(binaries, datas, linux=False, imports=lambda s: [])
    assert "libcairo.so.2" in [b[0] for b in kept_win]
    assert "PySide6/Qt/lib/libQt6Quick.so.6" not in [b[0] for b in kept_win]
    # A folder to run elsewhere keeps the system's libraries.
    kept_all, _datas, _dropped = bundle.prune(
        binaries, datas, linux=True, imports=lambda s: links.get(s, []), bundle_system_libs=True
    )
    assert "libX11.so.6" in [b[0] for b in kept_all]


def test_icu_keeps_chinese_english_and_all_non_locale_data() -> None:
    items = [
        "root.res", "res_index.res", "pool.res", "supplementalData.res", "zh.res",
        "zh_Hans_CN.res", "en.res", "en_GB.res", "fr.res", "de_CH.res", "lang/pool.res",
        "lang/res_index.res", "lang/zh.res", "lang/en.res", "lang/fr.res", "lang/ja.res", "lang/de.res",
        "coll/root.res", "coll/ucadata.icu", "coll/zh.res", "coll/ja.res", "brkitr/cjdict.dict",
        "brkitr/khmerdict.dict", "brkitr/line.brk", "gb18030.cnv", "ibm-37_P100-1995.cnv",
        "cnvalias.icu", "uts46.nrm", "translit/root.res", "zone/fr.res", "zone/zh_Hant.res",
    ]  # fmt: skip
    dropped = set(icu_trim.items_to_drop(items))
    assert dropped == {
        "fr.res", "de_CH.res", "lang/fr.res", "lang/ja.res", "lang/de.res", "coll/ja.res",
        "brkitr/khmerdict.dict", "ibm-37_P100-1995.cnv", "translit/root.res", "zone/fr.res",
    }  # fmt: skip


# --- the smoke mode ---------------------------------------------------------------------------


def test_process_start_is_read_from_the_system() -> None:
    from app.ui import app as ui_app

    started = ui_app.process_started_at()
    assert 0 <= time.time() - started < 24 * 3600
    if os.path.exists("/proc/self/stat"):
        assert started <= ui_app._IMPORTED_AT + 0.05  # before this module was imported


def test_smoke_mode_is_asked_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.app import SMOKE_ENV, smoke_requested

    for value, asked in (("1", True), ("true", True), ("", False), ("0", False)):
        monkeypatch.setenv(SMOKE_ENV, value)
        assert smoke_requested() is asked
    monkeypatch.delenv(SMOKE_ENV)
    assert smoke_requested() is False


def test_the_window_quits_after_its_first_paint(tmp_path: Path) -> None:
    # In a process of its own: running and quitting the shared QApplication's main loop
    # would leave it unable to run the later GUI tests' windows and background work.
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from app.ui.app import quit_after_first_paint\n"
        "app = QApplication(sys.argv)\n"
        "window = QLabel('InspectDesk')\n"
        "quit_after_first_paint(app, window, timeout_s=30)\n"
        "window.show()\n"
        "code = app.exec()\n"
        "print('visible' if window.isVisible() else 'closed')\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"smoke: first paint \d+\.\d{3} s after process start", done.stdout)
    assert done.stdout.rstrip().endswith("closed")


# --- the package's files ----------------------------------------------------------------------


def _desktop_entry() -> dict[str, str]:
    text = (PACKAGING / "deb" / "inspectdesk.desktop").read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\n")
    return dict(line.split("=", 1) for line in text.splitlines()[1:] if "=" in line)


def test_the_desktop_entry_speaks_chinese_and_english() -> None:
    entry = _desktop_entry()
    for key in ("Name", "Name[zh_CN]", "Comment", "Comment[zh_CN]", "GenericName[zh_CN]"):
        assert entry.get(key), key
    assert re.search(r"[\u4e00-\u9fff]", entry["Name[zh_CN]"] + entry["Comment[zh_CN]"])
    assert entry["Exec"] == "inspectdesk" and entry["Icon"] == "inspectdesk"
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_icons_have_their_sizes() -> None:
    icons = PACKAGING / "icons"
    assert (icons / "inspectdesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    sizes = []
    for png in sorted((icons / "hicolor").glob("*/apps/inspectdesk.png")):
        n = int(png.parent.parent.name.split("x")[0])
        assert png.parent.parent.name == f"{n}x{n}"
        assert _png_size(png) == (n, n), png
        sizes.append(n)
    assert {16, 32, 48, 64, 128, 256} <= set(sizes)
    ico = (icons / "inspectdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 6  # an icon with several sizes


def test_the_package_declares_what_qt_needs_and_nothing_of_one_architecture() -> None:
    control = (PACKAGING / "deb" / "control").read_text(encoding="utf-8")
    depends = re.search(r"^Depends:(.*(?:\n .*)*)", control, re.MULTILINE)
    assert depends
    for package in (
        "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0",
        "libfontconfig1", "libdbus-1-3", "fonts-wqy-microhei",
    ):  # fmt: skip
        assert re.search(rf"(^|[\s,|]){re.escape(package)}([\s,|(]|$)", depends.group(1)), package
    assert "Architecture: @ARCH@" in control
    for path in (
        ROOT / "build.spec",
        ROOT / "scripts" / "build.sh",
        PACKAGING / "bundle.py",
        PACKAGING / "deb" / "control",
        PACKAGING / "deb" / "inspectdesk.desktop",
    ):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"x86_64|amd64|i386|x86-64", text), f"{path}: architecture named"


def test_the_maintainer_scripts_leave_the_users_data_alone() -> None:
    for name in ("postinst", "prerm"):
        path = PACKAGING / "deb" / name
        text = path.read_text(encoding="utf-8")
        assert text.startswith("#!/bin/sh\n") and "\nset -e\n" in text
        assert os.access(path, os.X_OK), f"{path} is not executable"
        commands = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
        assert not any(re.search(r"\$HOME|/home|\.local/share|InspectDesk", c) for c in commands)


def test_build_sh_stops_at_the_first_failure() -> None:
    text = (ROOT / "scripts" / "build.sh").read_text(encoding="utf-8")
    assert "\nset -euo pipefail\n" in text
    for step in ("--version", " init", " demo", "export-dossier", " check", "signing set",
                 "verify-dossier", "exchange export", "exchange import", "INSPECTDESK_SMOKE=1",
                 "dpkg-deb", "dpkg -r inspectdesk", "rev-"):  # fmt: skip
        assert step in text, step
