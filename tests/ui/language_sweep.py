"""Every text a window shows, and the words in it that are not of the window's language.

:func:`shown_texts` walks a window the way an official reads it: labels, buttons,
group and tab titles, placeholders, tooltips, combo-box entries, menus and their
entries, the headers and cells of every table, tree and list.  :func:`foreign`
keeps the pieces of those texts that are in the other language (Latin words in the
Chinese window, Chinese characters in the English one) and are not data: a piece
found in the database's own records (a company's name, an agency, a login) is
data, shown as it was entered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from sqlalchemy import String, Text, select

from app.db.engine import Database
from app.db.models import AuditEvent, Base

_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&(?:[a-z]+|#\d+);")
_LATIN = re.compile(r"[A-Za-z][A-Za-z']{2,}")
_CJK = re.compile(r"[\u3400-\u9fff]+")
# Names that are the same in both languages: formats, products, and the marks of a
# keyboard shortcut.
SAME_IN_BOTH = frozenset(
    {"PDF", "Excel", "XLSX", "xlsx", "ZIP", "zip", "CSV", "SQLite", "PostgreSQL", "InspectDesk"}
    | {"SHA", "Ctrl", "Shift", "Alt", "Enter", "Esc", "Del", "Tab", "Home", "End", "PgUp"}
    | {"PgDown", "PKCS", "pfx", "pdf", "sqlite", "json", "http", "https", "www", "com"}
)


# Pieces of a text that are neither language: a file's path, a hash, a media type
# (image/png), an environment variable, a command to type, a language's own name in
# the language menu.
_NEITHER = re.compile(
    r"(?:[A-Za-z]:)?(?:[/\\][^\s/\\：，。]+){2,}|\b[0-9a-f]{8,}\b"
    r"|\b[a-z]+/[a-z0-9.+-]+\b|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"
    r"|python -m app [a-z -]+|^English$|^中文（简体）$|^简体中文$"
)


def _plain(text: str) -> str:
    text = _ENTITY.sub(" ", _TAG.sub(" ", text)).replace("&", "")
    return _NEITHER.sub(" ", text)


def _model_texts(
    model: QAbstractItemModel, parent: QModelIndex, *, tree: bool, depth: int = 0
) -> Iterator[str]:
    if depth > 3:
        return
    try:
        rows, columns = model.rowCount(parent), model.columnCount(parent)
    except TypeError:  # a list model: one column, no branches
        if parent.isValid():
            return
        rows, columns = model.rowCount(), 1
    if depth == 0:
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if header:
                yield str(header)
    for row in range(min(rows, 60)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield value
        first = model.index(row, 0, parent)
        if tree and model.rowCount(first) > 0:  # a tree: its branches too
            yield from _model_texts(model, first, tree=tree, depth=depth + 1)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        yield from _action_texts(action)


def _action_texts(action: QAction) -> Iterator[str]:
    yield action.text()
    yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
    if action.menu() is not None:
        yield from _menu_texts(action.menu())  # type: ignore[arg-type]


def shown_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and the widgets in it show (hidden ones too: they are shown later)."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
            texts.extend(widget.tabToolTip(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.placeholderText())
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            texts.extend(_menu_texts(widget))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            tree = isinstance(widget, QTreeView)
            texts.extend(_model_texts(widget.model(), QModelIndex(), tree=tree))
        for action in widget.actions():
            texts.extend(_action_texts(action))
    return [t for t in texts if t]


# Tables of reference data shown in the window's language (provinces, assessment items,
# triggers) and of bookkeeping the window never shows; and columns holding a code the
# window shows by its label: neither is data entered by an official.
_NOT_DATA_TABLES = frozenset(
    {"assessment_items", "attachment_blobs", "audit_events", "audit_head", "provinces"}
    | {"report_triggers", "settings", "case_counters", "user_provinces", "reminder_states"}
    | {"exchange_conflicts", "exchange_imports", "exchange_records"}
)
_CODE_COLUMNS = frozenset(
    {"status", "from_status", "to_status", "source", "severity", "result", "reviews.conclusion"}
    | {"role", "kind", "province_code", "trigger_code", "owner_type", "media_type", "sha256"}
    | {"stored_path", "password_hash", "item_code"}
)


def data_corpus(db: Database) -> str:
    """Every text officials entered in the database's records, joined: what counts as data."""
    parts: list[str] = []
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in _NOT_DATA_TABLES or table.name.startswith("search_"):
                continue
            columns = [
                c
                for c in table.columns
                if isinstance(c.type, String | Text)
                and c.name not in _CODE_COLUMNS
                and f"{table.name}.{c.name}" not in _CODE_COLUMNS
            ]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                parts.extend(str(v) for v in row if v)
        # What records held before (a history line shows the old value too).
        for before, after in session.execute(select(AuditEvent.before, AuditEvent.after)):
            for values in (before, after):
                parts.extend(_leaves(values))
    return "\n".join(parts)


def _leaves(value: Any, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for name, item in value.items():
            yield from _leaves(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from _leaves(item, key)
    elif isinstance(value, str) and key not in _CODE_COLUMNS and key != "checklist":
        yield value
    if key == "checklist" and isinstance(value, dict):  # item code -> [result, remark]
        yield from (str(entry[1]) for entry in value.values() if isinstance(entry, list))


def foreign(texts: Iterable[str], lang: str, corpus: str) -> set[str]:
    """The pieces of ``texts`` in the other language than ``lang`` that are not data.

    A piece is data when the records (now or in their audit events) hold it as a whole
    word (Latin) or a whole run of Chinese characters, or the start or end of one next
    to "…" (a long value shown cut): a label that merely shares characters with some
    record still counts.
    """
    pattern = _LATIN if lang == "zh" else _CJK
    known = set(pattern.findall(corpus))
    found: set[str] = set()
    for text in texts:
        plain = _plain(text)
        for piece in pattern.findall(plain):
            if piece in SAME_IN_BOTH or piece in known:
                continue
            if f"{piece}…" in plain and any(run.startswith(piece) for run in known):
                continue  # the start of a long value, cut
            if f"…{piece}" in plain and any(run.endswith(piece) for run in known):
                continue
            found.add(f"{piece!r} in {plain.strip()[:120]!r}")
    return found
