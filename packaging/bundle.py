"""What goes into the frozen build and what is left out: read by ``build.spec`` and the tests.

Kept free of PyInstaller imports, so ``tests/test_packaging.py`` checks the same rules the
build applies. Every TOC entry below is PyInstaller's ``(destination, source, typecode)``.

The rules, and why (docs/packaging.md tells the sizes):

- **Qt**: the client uses QtCore, QtGui, QtWidgets and QtCharts (which loads QtOpenGL and
  QtOpenGLWidgets). QML/Quick, the virtual keyboard, Pdf and Network come in only through
  plugins the client never loads (the virtual keyboard, the PDF image format, TLS, network
  information, embedded-Linux platforms), so those plugins and libraries are left out. The
  GTK 3 platform theme is left out too: it would pull a second copy of GTK's libraries from the
  build machine; the desktop-portal theme stays (native file dialogs through the portal).
- **Qt translations**: only Qt's own Chinese and English catalogues (``qtbase_zh_CN.qm``…).
- **Linux system libraries** (from ``/lib``, ``/usr/lib``) are not copied: the Debian package
  depends on them instead (``packaging/deb/control``), so the system's versions, security
  updates included, are used, and the frozen libstdc++ never clashes with the graphics
  driver's. ``INSPECTDESK_BUNDLE_SYSTEM_LIBS=1`` copies them (a folder to run elsewhere).
- **Libraries nothing loads any more** after that are left out (Linux: followed through the
  ELF dependencies of every Python extension and kept Qt plugin).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
Entry = tuple[str, str, str]

# Folders read at run time through app/paths.py (resource_path, migrations_path), as
# (folder in the project, files kept). The bundle keeps the same layout under _MEIPASS.
DATA_FOLDERS: tuple[tuple[str, str], ...] = (
    ("app/catalogues", "*.json"),  # every text outside Qt's tr() (app.domain.catalogue)
    ("db/migrations", "*"),
    ("resources/fonts", "*"),
    ("resources/reference", "*"),
    ("resources/demo", "*"),  # the demo data set (app.services.seed.demo_data)
    ("resources/i18n", "*.qm"),  # built by scripts/setup.sh from the .ts sources
)

# Python modules the program never imports at run time (tools, tests, optional extras that
# other packages' hooks would drag in). Each is safe to leave out: see tests/test_packaging.py.
EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL.ImageQt",
    "PIL.AvifImagePlugin",  # AVIF photos: the client (Qt) cannot show them either
    "PIL._avif",
    "PIL.ImageDraw",  # drawing text into images: nothing of ours or our libraries does
    "PIL.ImageDraw2",
    "PIL.ImageFont",
    "PIL.ImageText",
    "PIL._imagingft",
    "lxml.objectify",  # pyhanko and openpyxl use lxml.etree only
    "lxml.html",
    "lxml.isoschematron",
    "lxml.cssselect",
    "pygments",  # only Mako's optional syntax highlighting
    "setuptools",
    "pkg_resources",
    "distutils",
    "pip",
    "IPython",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "pypdf",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "turtledemo",
    "readline",  # line editing at Python's own prompt (and a dependency on libreadline)
    "test",
    "PySide6.QtNetwork",  # their Qt libraries stay where something needs them
    "PySide6.QtDBus",
)

# Qt plugin types kept; within them, the plugins (file stem without "lib") left out.
QT_PLUGIN_TYPES = frozenset(
    {
        "platforms",
        "platformthemes",
        "platforminputcontexts",  # compose and ibus: typing Chinese
        "imageformats",
        "iconengines",
        "styles",  # Windows 11 style
        "xcbglintegrations",
        "wayland-decoration-client",
        "wayland-graphics-integration-client",
        "wayland-shell-integration",
    }
)
QT_PLUGINS_DROPPED = {
    "platforms": {"qeglfs", "qlinuxfb", "qminimalegl", "qvkkhrdisplay", "qvnc"},
    "platformthemes": {"qgtk3"},
    "platforminputcontexts": {"qtvirtualkeyboardplugin"},
    "imageformats": {"qpdf"},
}
# Qt libraries only the dropped plugins load (names without "lib" and suffix, any platform).
QT_LIBRARIES_DROPPED = re.compile(
    r"^Qt6(Qml\w*|Quick\w*|VirtualKeyboard\w*|Pdf\w*|Network|EglFS\w*|EglFs\w*)$"
)
QT_TRANSLATIONS_KEPT = re.compile(r"^(qt|qtbase)_(zh_CN|en)\.qm$")

SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
BUNDLE_SYSTEM_LIBS_ENV = "INSPECTDESK_BUNDLE_SYSTEM_LIBS"


def project_version(root: Path = ROOT) -> str:
    """The version in pyproject.toml: the one place it is written."""
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) for every file of DATA_FOLDERS; no caches."""
    found: list[tuple[str, str]] = []
    for folder, pattern in DATA_FOLDERS:
        base = root / folder
        files = [
            p
            for p in sorted(base.rglob(pattern))
            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
        ]
        if not files:
            raise SystemExit(f"{base}: no {pattern} files (run scripts/setup.sh first)")
        for path in files:
            found.append(
                (str(path), str(PurePosixPath(folder, *path.parent.relative_to(base).parts)))
            )
    return found


def _stem(name: str) -> str:
    """``libQt6Core.so.6`` → ``Qt6Core``; ``Qt6Core.dll`` → ``Qt6Core``; ``libqxcb.so`` → ``qxcb``."""
    base = name.split(".", 1)[0]
    return base[3:] if base.startswith("lib") else base


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def qt_entry_kept(dest: str) -> bool:
    """Whether a file under PySide6/ stays (plugins, Qt libraries, Qt translations)."""
    parts = _parts(dest)
    if not parts or parts[0] != "PySide6":
        return True
    if "plugins" in parts[:-1]:
        i = parts.index("plugins")
        kind = parts[i + 1] if len(parts) > i + 2 else ""
        return kind in QT_PLUGIN_TYPES and _stem(parts[-1]) not in QT_PLUGINS_DROPPED.get(kind, ())
    if "translations" in parts[:-1]:
        return bool(QT_TRANSLATIONS_KEPT.match(parts[-1]))
    return not QT_LIBRARIES_DROPPED.match(_stem(parts[-1]))


def is_system_library(entry: Entry) -> bool:
    """A shared library of the Linux system (not Python's own library, not an extension)."""
    dest, source, kind = entry
    if kind != "BINARY" or _stem(PurePosixPath(dest).name).startswith("python"):
        return False
    return os.path.realpath(source).startswith(SYSTEM_LIBRARY_DIRS)


def prune(
    binaries: Sequence[Entry],
    datas: Sequence[Entry],
    *,
    linux: bool,
    imports: Callable[[str], Iterable[str]],
    bundle_system_libs: bool = False,
) -> tuple[list[Entry], list[Entry], list[str]]:
    """The binaries and datas to collect, and a line per thing left out (for the build log).

    ``imports(source)`` names the shared libraries a binary links to (base names).
    """
    dropped: list[str] = []

    def keep(entry: Entry, why: str | None) -> bool:
        if why:
            dropped.append(f"{why}: {entry[0]}")
        return why is None

    kept = [b for b in binaries if keep(b, None if qt_entry_kept(b[0]) else "unused Qt part")]
    if linux and not bundle_system_libs:
        kept = [b for b in kept if keep(b, "system library" if is_system_library(b) else None)]
    if linux:
        kept = _reachable(kept, imports, dropped)
    names = {b[0] for b in kept}
    new_datas = []
    for d in datas:
        if d[2] == "SYMLINK":  # (link, target): both are destinations in the bundle
            why = None if d[1] in names else "link to something left out"
        else:
            why = None if qt_entry_kept(d[0]) else "unused Qt part"
        if keep(d, why):
            new_datas.append(d)
    return kept, new_datas, dropped


def _is_root(entry: Entry) -> bool:
    dest, _source, kind = entry
    parts = _parts(dest)
    return (
        kind == "EXTENSION"
        or "plugins" in parts[:-1]
        or _stem(parts[-1]).startswith("python")  # loaded by the bootloader
    )


def _reachable(
    binaries: list[Entry], imports: Callable[[str], Iterable[str]], dropped: list[str]
) -> list[Entry]:
    """Only the libraries an extension module or a kept plugin loads, directly or not."""
    by_name: dict[str, list[Entry]] = {}
    for entry in binaries:
        by_name.setdefault(PurePosixPath(_parts(entry[0])[-1]).name, []).append(entry)
    seen: set[str] = set()
    todo = [b for b in binaries if _is_root(b)]
    while todo:
        entry = todo.pop()
        if entry[0] in seen:
            continue
        seen.add(entry[0])
        for name in imports(entry[1]):
            todo.extend(by_name.get(PurePosixPath(name).name, ()))
    result = []
    for entry in binaries:
        if entry[0] in seen:
            result.append(entry)
        else:
            dropped.append(f"nothing loads it: {entry[0]}")
    return result
