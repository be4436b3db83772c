"""The inputs every form of the window uses: a date with a calendar, a text of a few lines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QSizePolicy

from app.ui.formatting import setup_date_edit


def date_edit(value: date | None = None, *, lang: str) -> QDateEdit:
    """A date input with a calendar popup, showing dates as the tables do (app.ui.formatting)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    setup_date_edit(edit, lang)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    day = value or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def py_date(edit: QDateEdit) -> date:
    """The day a date input holds."""
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def text_edit(height: int = 70) -> QPlainTextEdit:
    """A text of a few lines; Tab moves on through the form, as in any other field."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit
