"""Dates and times in the interface language (app.ui.formatting)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from app.ui.formatting import setup_date_edit, show_date, show_datetime, show_utc_text


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's time zone is Asia/Shanghai (UTC+8) for the test."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_dates_in_chinese_and_english(qapp: object) -> None:
    day = date(2026, 11, 25)
    assert show_date(day, "zh") == "2026年11月25日"
    assert show_date(day, "en") == "25 Nov 2026"
    # No padding, no weekday
    assert show_date(date(2026, 3, 5), "zh") == "2026年3月5日"
    assert show_date(date(2026, 3, 5), "en") == "5 Mar 2026"


def test_none_is_a_dash(qapp: object) -> None:
    assert show_date(None, "zh") == "—"
    assert show_date(None, "en") == "—"
    assert show_datetime(None, "zh") == "—"
    assert show_datetime(None, "en") == "—"


def test_a_utc_moment_is_shown_in_local_time(qapp: object, shanghai: None) -> None:
    moment = datetime(2026, 11, 25, 6, 5, 9, tzinfo=UTC)  # 14:05 in Shanghai
    assert show_datetime(moment, "zh") == "2026年11月25日 14:05"
    assert show_datetime(moment, "en") == "25 Nov 2026 14:05"
    assert show_datetime(moment, "en", seconds=True) == "25 Nov 2026 14:05:09"
    # Late in the UTC day is the next day in Shanghai
    assert show_datetime(datetime(2026, 11, 25, 20, 30, tzinfo=UTC), "en") == "26 Nov 2026 04:30"
    # Timestamps kept as text (attachments): naive means UTC
    assert show_utc_text("2026-11-25T06:05:00", "zh") == "2026年11月25日 14:05"
    assert show_utc_text("2026-11-25T06:05:00+00:00", "en") == "25 Nov 2026 14:05"
    assert show_utc_text("not a time", "en") == "not a time"


def test_local_time_follows_the_time_zone(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        moment = datetime(2026, 11, 25, 14, 5, tzinfo=UTC)  # EST, UTC-5
        assert show_datetime(moment, "en") == "25 Nov 2026 09:05"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_naive_datetime_is_taken_as_local(qapp: object) -> None:
    assert show_datetime(datetime(2026, 11, 25, 14, 5), "zh") == "2026年11月25日 14:05"


def test_date_inputs_show_the_same_form(qapp: object) -> None:
    edit = setup_date_edit(QDateEdit(), "en")
    edit.setDate(QDate(2026, 11, 25))
    assert edit.text() == "25 Nov 2026"
    zh = setup_date_edit(QDateEdit(), "zh")
    zh.setDate(QDate(2026, 11, 25))
    assert zh.text() == "2026年11月25日"
