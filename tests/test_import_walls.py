"""The layering of app/ (README, "Layout"), checked on the source of every module.

Every import is read with :mod:`ast` -- at module level, inside functions, under
``if TYPE_CHECKING:`` (a type-only import is a dependency all the same), and
``importlib.import_module``/``__import__`` calls given a literal name -- and checked
against the walls below. A failure lists every violation, each with its file, line and
the module imported, so that they can all be removed in one go.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"


@dataclass(frozen=True)
class Import:
    file: str  # relative to the project root, e.g. app/db/engine.py
    line: int
    importer: str  # the importing module, e.g. app.db.engine
    module: str  # the module imported, e.g. app.paths or sqlalchemy.orm
    names: tuple[str, ...] = ()  # what `from module import ...` takes from it
    where: str = ""  # "", "in a function", "type-only" (under if TYPE_CHECKING)

    def __str__(self) -> str:
        names = f" ({', '.join(self.names)})" if self.names else ""
        where = f" [{self.where}]" if self.where else ""
        return f"{self.file}:{self.line}: {self.module}{names}{where}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_app_module(name: str) -> bool:
    """Whether ``name`` is a module or package of app/ (a file or folder there)."""
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _absolute(path: Path, module: str | None, level: int) -> str:
    """The absolute name of ``from <level dots><module> import ...`` in ``path``."""
    if not level:
        return module or ""
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    base = package[: len(package) - (level - 1)]
    return ".".join(base + ([module] if module else []))


def _imported(path: Path, node: ast.AST) -> Iterator[tuple[str, tuple[str, ...]]]:
    """The modules ``node`` imports, each with the names taken from it."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            yield alias.name, ()
    elif isinstance(node, ast.ImportFrom):
        base = _absolute(path, node.module, node.level)
        taken: dict[str, list[str]] = {}
        for alias in node.names:
            # `from app.services.casework import cases` imports the module app.services.casework.cases;
            # `from app.paths import data_dir` imports app.paths.
            candidate = f"{base}.{alias.name}"
            if top(base) == "app" and _is_app_module(candidate):
                taken.setdefault(candidate, [])
            else:
                taken.setdefault(base, []).append(alias.name)
        for module, names in taken.items():
            yield module, tuple(names)
    elif isinstance(node, ast.Call):
        func = node.func
        dynamic = (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
            isinstance(func, ast.Name) and func.id in ("__import__", "import_module")
        )
        if dynamic and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                yield first.value, ()


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _walk(node: ast.AST, where: str = "") -> Iterator[tuple[ast.AST, str]]:
    """Every node below ``node`` with where it is: in a function, under TYPE_CHECKING."""
    for child in ast.iter_child_nodes(node):
        yield child, where
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            yield from _walk(child, where or "in a function")
        elif isinstance(child, ast.If) and _type_checking(child.test):
            for statement in child.body:
                yield statement, "type-only"
                yield from _walk(statement, "type-only")
            for statement in child.orelse:
                yield statement, where
                yield from _walk(statement, where)
        else:
            yield from _walk(child, where)


def imports_of(path: Path) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    importer = module_name(path)
    rel = path.relative_to(ROOT).as_posix()
    found = [
        Import(rel, getattr(node, "lineno", 0), importer, module, names, where)
        for node, where in _walk(tree)
        for module, names in _imported(path, node)
    ]
    return sorted(found, key=lambda i: (i.file, i.line, i.module))


@cache
def all_imports() -> tuple[Import, ...]:
    return tuple(i for path in sorted(APP.rglob("*.py")) for i in imports_of(path))


# --- the walls -------------------------------------------------------------------------------


def within(name: str, *packages: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def top(name: str) -> str:
    return name.split(".")[0]


def stdlib(name: str) -> bool:
    return top(name) in sys.stdlib_module_names


@dataclass(frozen=True)
class Wall:
    rule: str
    applies: Callable[[Import], bool]  # whose imports the wall is about
    allowed: Callable[[Import], bool]  # whether such an import may be made

    def violations(self, imports: Sequence[Import]) -> list[Import]:
        return [i for i in imports if self.applies(i) and not self.allowed(i)]


def _domain_allows(i: Import) -> bool:
    if top(i.module) == "app":
        return within(i.module, "app.domain")
    return stdlib(i.module) or top(i.module) in {"chinese_calendar", "stdnum"}


def _db_allows(i: Import) -> bool:
    if top(i.module) == "app":
        return within(i.module, "app.domain", "app.db", "app.readmodel", "app.paths")
    return stdlib(i.module) or top(i.module) in {"sqlalchemy", "alembic"}


WALLS = (
    Wall(
        "PySide6 and shiboken6 are imported only in app/ui",
        lambda i: not within(i.importer, "app.ui"),
        lambda i: top(i.module) not in {"PySide6", "shiboken6"},
    ),
    Wall(
        "app/domain imports only the standard library, chinesecalendar, stdnum and app.domain",
        lambda i: within(i.importer, "app.domain"),
        _domain_allows,
    ),
    Wall(
        "app/db imports of app only app.domain, app.db, app.readmodel (the rows it builds) and app.paths"
        " (besides the standard library, SQLAlchemy and Alembic)",
        lambda i: within(i.importer, "app.db"),
        _db_allows,
    ),
    Wall(
        "app/dossier imports of app only app.domain, app.dossier, app.readmodel, app.text"
        " and app.paths (the one resource lookup, for its fonts)",
        lambda i: within(i.importer, "app.dossier"),
        lambda i: (
            top(i.module) != "app"
            or within(
                i.module, "app.domain", "app.dossier", "app.readmodel", "app.text", "app.paths"
            )
        ),
    ),
    Wall(
        "app/readmodel imports only the standard library and app.domain: plain records",
        lambda i: within(i.importer, "app.readmodel"),
        lambda i: stdlib(i.module) or within(i.module, "app.domain"),
    ),
    Wall(
        "app/text imports only the standard library, app.domain, app.readmodel and app.text:"
        " it says what the services hand out, without reaching for storage",
        lambda i: within(i.importer, "app.text"),
        lambda i: stdlib(i.module) or within(i.module, "app.domain", "app.readmodel", "app.text"),
    ),
    Wall(
        "app/services never imports app.ui or app.cli",
        lambda i: within(i.importer, "app.services"),
        lambda i: not within(i.module, "app.ui", "app.cli"),
    ),
    Wall(
        "app/cli never imports app.ui",
        lambda i: within(i.importer, "app.cli"),
        lambda i: not within(i.module, "app.ui"),
    ),
    Wall(
        "app/ui never imports app.cli",
        lambda i: within(i.importer, "app.ui"),
        lambda i: not within(i.module, "app.cli"),
    ),
)


def report(imports: Sequence[Import]) -> str:
    lines = []
    for wall in WALLS:
        broken = wall.violations(imports)
        if broken:
            lines.append(f"{wall.rule}: {len(broken)} violation(s)")
            lines.extend(f"    {i}" for i in broken)
    return "\n".join(lines)


def test_the_import_walls_hold() -> None:
    imports = all_imports()
    problems = report(imports)
    assert not problems, "imports across the walls of README's Layout:\n" + problems


# --- the reader itself -----------------------------------------------------------------------


def test_every_module_of_app_is_read() -> None:
    imports = all_imports()
    read = {i.importer for i in imports}
    for package in ("app.domain", "app.db", "app.services", "app.dossier", "app.cli", "app.ui"):
        assert any(within(m, package) for m in read), package
    assert len(read) >= 100  # every module, not a handful


def test_the_reader_finds_every_kind_of_import() -> None:
    source = (
        "from __future__ import annotations\n"
        "import os.path\n"
        "from typing import TYPE_CHECKING\n"
        "from app.services.casework import cases\n"
        "from app.paths import data_dir\n"
        "from . import labels\n"
        "from .errors import ValidationError\n"
        "if TYPE_CHECKING:\n"
        "    from app.db.queries import OverdueRow\n"
        "def later():\n"
        "    from PySide6.QtCore import Qt\n"
        "    import importlib\n"
        "    return importlib.import_module('app.ui.app')\n"
    )
    # Read as if it were app/domain/probe.py (never written into the tree).
    path = APP / "domain" / "probe.py"
    tree = ast.parse(source)
    found = sorted(
        (getattr(node, "lineno", 0), module, where)
        for node, where in _walk(tree)
        for module, _names in _imported(path, node)
    )
    assert found == [
        (1, "__future__", ""),
        (2, "os.path", ""),
        (3, "typing", ""),
        (4, "app.services.casework.cases", ""),
        (5, "app.paths", ""),
        (6, "app.domain.labels", ""),
        (7, "app.domain.errors", ""),
        (9, "app.db.queries", "type-only"),
        (11, "PySide6.QtCore", "in a function"),
        (12, "importlib", "in a function"),
        (13, "app.ui.app", "in a function"),
    ]
    probe = [Import("app/domain/probe.py", line, "app.domain.probe", m) for line, m, _ in found]
    broken = {i.module for wall in WALLS for i in wall.violations(probe)}
    assert broken == {
        "app.services.casework.cases",
        "app.paths",
        "app.db.queries",
        "PySide6.QtCore",
        "app.ui.app",
    }
