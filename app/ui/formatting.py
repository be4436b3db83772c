"""Dates and times as the official reads them, in the interface language.

Chinese: ``2026年11月25日`` and ``2026年11月25日 14:05`` (the form used in official
documents; QLocale's long Chinese format would add the weekday).
English: ``25 Nov 2026`` and ``25 Nov 2026 14:05`` (day, abbreviated month, year:
unambiguous, unlike 11/25/2026 or 25/11/2026).

Only what is *shown* goes through here. Sorting uses the date objects themselves
(each model's sort role), never these texts; files and the database keep ISO dates.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit

EMPTY = "—"

_DATE_FORMATS = {"zh": "yyyy年M月d日", "en": "d MMM yyyy"}
_TIME_FORMAT = "HH:mm"
_TIME_SECONDS_FORMAT = "HH:mm:ss"


def _lang(lang: str) -> str:
    return "zh" if lang.lower().startswith("zh") else "en"


def locale_for(lang: str) -> QLocale:
    """The QLocale dates are written in: China for Chinese, the United Kingdom for English."""
    if _lang(lang) == "zh":
        return QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def date_format(lang: str) -> str:
    """The Qt date pattern of ``lang`` (also what date inputs display)."""
    return _DATE_FORMATS[_lang(lang)]


def datetime_format(lang: str, *, seconds: bool = False) -> str:
    return f"{date_format(lang)} {_TIME_SECONDS_FORMAT if seconds else _TIME_FORMAT}"


def show_date(d: date | None, lang: str) -> str:
    """``d`` in the form of ``lang`` ("—" for None)."""
    if d is None:
        return EMPTY
    if isinstance(d, datetime):  # a datetime is a date too: show its day
        d = d.date()
    return locale_for(lang).toString(QDate(d.year, d.month, d.day), date_format(lang))


def show_datetime(dt: datetime | None, lang: str, *, seconds: bool = False) -> str:
    """``dt`` in local time, in the form of ``lang`` ("—" for None).

    Aware datetimes (the UTC moments the services keep) are converted to the
    computer's time zone; naive ones are taken as local wall-clock time already.
    """
    if dt is None:
        return EMPTY
    local = dt.astimezone() if dt.tzinfo is not None else dt
    moment = QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
    )
    return locale_for(lang).toString(moment, datetime_format(lang, seconds=seconds))


def show_utc_text(utc_iso: str, lang: str) -> str:
    """An ISO timestamp stored as text (naive means UTC) shown as :func:`show_datetime`."""
    try:
        moment = datetime.fromisoformat(utc_iso)
    except ValueError:
        return utc_iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return show_datetime(moment, lang)


def setup_date_edit(edit: QDateEdit, lang: str) -> QDateEdit:
    """Make a date input show the same form as the tables (month names of ``lang``)."""
    edit.setLocale(locale_for(lang))
    edit.setDisplayFormat(date_format(lang))
    return edit


def human_size(size: int) -> str:
    """1536 -> '1.5 KB' (binary multiples, as file managers show them)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover
