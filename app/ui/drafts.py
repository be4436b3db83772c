"""Drafts of what is being typed, kept on disk so a crash or a closed window loses nothing.

A draft is written whole to a temporary file in the same folder and moved over
the old one (:mod:`app.services.support.atomic`): a crash in the middle of a write leaves
either the previous draft or the new one, never half a file.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.support.atomic import PRIVATE_MODE, write_bytes
from app.ui.formatting import show_datetime

_SAFE = re.compile(r"[^A-Za-z0-9._-]")


class DraftStore:
    """Text drafts by key (e.g. ``inspection-<id>.notes``) in one folder."""

    def __init__(self, root: Path | None = None) -> None:
        if root is None:
            from app.paths import data_dir

            root = data_dir() / "drafts"
        self.root = root

    def path(self, key: str) -> Path:
        """The file of ``key``; keys with unusual characters get a hash suffix to stay distinct."""
        safe = _SAFE.sub("_", key)
        if safe != key:
            safe += "-" + hashlib.sha256(key.encode()).hexdigest()[:12]
        return self.root / f"{safe}.draft"

    def save(self, key: str, text: str) -> None:
        """Write the draft atomically (app.services.support.atomic: temporary file, fsync, rename)."""
        self.root.mkdir(parents=True, exist_ok=True)
        write_bytes(self.path(key), text.encode("utf-8"), mode=PRIVATE_MODE)

    def load(self, key: str) -> str | None:
        """The draft's text, or None if there is none (or it cannot be read)."""
        try:
            return self.path(key).read_text(encoding="utf-8")
        except (FileNotFoundError, UnicodeDecodeError):
            return None

    def saved_at(self, key: str) -> datetime | None:
        """When the draft was last written (UTC), or None if there is none."""
        try:
            return datetime.fromtimestamp(self.path(key).stat().st_mtime, tz=UTC)
        except FileNotFoundError:
            return None

    def discard(self, key: str) -> None:
        self.path(key).unlink(missing_ok=True)


class FormDraft:
    """The draft of one form: its long text as a plain-text file (readable by anyone who
    goes looking after a crash), the other fields as JSON beside it."""

    def __init__(self, store: DraftStore, name: str, text_field: str = "notes") -> None:
        self.store = store
        self.text_field = text_field
        self.text_key = f"{name}.{text_field}"
        self.form_key = f"{name}.form"

    def save(self, state: Mapping[str, Any]) -> None:
        self.store.save(self.text_key, str(state.get(self.text_field, "")))
        rest = {k: v for k, v in state.items() if k != self.text_field}
        self.store.save(self.form_key, json.dumps(rest, ensure_ascii=False))

    def load(self) -> dict[str, Any] | None:
        """The drafted fields (only those found), or None if there is no draft."""
        text = self.store.load(self.text_key)
        raw = self.store.load(self.form_key)
        try:
            rest = json.loads(raw) if raw else {}
        except ValueError:
            rest = {}
        state: dict[str, Any] = rest if isinstance(rest, dict) else {}
        if text is not None:
            state[self.text_field] = text
        return state if (text is not None or raw is not None) else None

    def saved_at(self) -> datetime | None:
        times = [
            t for t in (self.store.saved_at(self.text_key), self.store.saved_at(self.form_key)) if t
        ]
        return max(times) if times else None

    def discard(self) -> None:
        self.store.discard(self.text_key)
        self.store.discard(self.form_key)


class Autosaver(QObject):
    """Calls ``write`` one debounce interval after the last change, and at least every
    ``max_delay_s`` while changes go on without a pause (typing for minutes on end)."""

    def __init__(
        self,
        write: Callable[[], None],
        parent: QObject | None = None,
        *,
        debounce_ms: int = 1000,
        max_delay_s: float = 10.0,
    ) -> None:
        super().__init__(parent)
        self._write = write
        self.max_delay_s = max_delay_s
        self._last = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def changed(self) -> None:
        if self.timer.isActive() and time.monotonic() - self._last > self.max_delay_s:
            self.flush()
        else:
            self.timer.start()

    def flush(self) -> None:
        """Write now (and forget the pending write)."""
        self.timer.stop()
        self._last = time.monotonic()
        self._write()

    def cancel(self) -> None:
        self.timer.stop()


class DraftBanner(QFrame):
    """The notice over an editor that a draft was restored, or that an older one exists."""

    STYLE = "QFrame#draft_banner { background: #fff4ce; border: 1px solid #e0b000; }"

    def __init__(self, parent: QWidget | None = None, *, lang: str = "zh") -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("draft_banner")
        self.setStyleSheet(self.STYLE)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load the draft"))
        self.discard_button = QPushButton(self.tr("Discard the draft"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.load_button)
        layout.addWidget(self.discard_button)
        self.hide()

    def restored(self, drafted: datetime) -> None:
        self.text.setText(
            self.tr(
                "Unsaved changes from %1 were restored from a draft. Save to keep them, "
                "or discard the draft to go back to what is saved."
            ).replace("%1", show_datetime(drafted, self.lang))
        )
        self.load_button.hide()
        self.show()

    def older(self, drafted: datetime, saved: datetime) -> None:
        self.text.setText(
            self.tr("A draft from %1 is older than what was saved at %2 and was not loaded.")
            .replace("%1", show_datetime(drafted, self.lang))
            .replace("%2", show_datetime(saved, self.lang))
        )
        self.load_button.show()
        self.show()
