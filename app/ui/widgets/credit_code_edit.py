"""A line edit for the Unified Social Credit Code that says what is wrong as it is typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from app.domain.credit_code import LENGTH, normalize_credit_code, validate_credit_code
from app.domain.errors import ValidationError

OK_STYLE = "color: #1b7f3b;"
BAD_STYLE = "color: #b3261e;"
TYPING_STYLE = "color: palette(placeholder-text);"


class CreditCodeEdit(QLineEdit):
    """Validates with app.domain.credit_code on every keystroke.

    ``feedback`` is the label that shows the reason (or a tick when the code is
    valid); place it beside the field, or use :meth:`with_feedback`. On focus-out
    the text is normalised (upper case, full-width to half-width).
    """

    validity_changed = Signal(bool)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._valid = False
        self.setMaxLength(40)  # room for pasted spaces and full-width forms
        self.setPlaceholderText(self.tr("18 characters, e.g. 91330106MA2B2C3D4W"))
        self.feedback = QLabel()
        self.feedback.setObjectName("credit_code_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.textChanged.connect(self._check)
        self._check(self.text())

    def with_feedback(self) -> QWidget:
        """The field and its reason side by side, for a form row."""
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 20))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 24))
        layout.addWidget(self)
        layout.addWidget(self.feedback, 1)
        return box

    def is_valid(self) -> bool:
        return self._valid

    def code(self) -> str:
        """The code as it will be stored (normalised)."""
        return normalize_credit_code(self.text())

    def reason(self) -> str:
        """What is wrong, in the user's language ('' when valid or empty)."""
        return "" if self._valid else self.feedback.text().removeprefix("✗ ")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        normalised = normalize_credit_code(self.text())
        if normalised != self.text():
            self.setText(normalised)
        super().focusOutEvent(event)

    # --- checking ----------------------------------------------------------------------

    def _check(self, text: str) -> None:
        code = normalize_credit_code(text)
        valid = False
        if not code:
            self.feedback.setText("")
            self.feedback.setStyleSheet("")
        else:
            error = _problem(code)
            if error is None:
                valid = True
                self.feedback.setText("✓ " + self.tr("Valid credit code"))
                self.feedback.setStyleSheet(OK_STYLE)
            elif error.code == "credit_code.length" and len(code) < LENGTH:
                # Still typing: say how far along, not yet in red.
                self.feedback.setText(error.render(self.lang))
                self.feedback.setStyleSheet(TYPING_STYLE)
            else:
                self.feedback.setText("✗ " + error.render(self.lang))
                self.feedback.setStyleSheet(BAD_STYLE)
        self.setToolTip(self.feedback.text())
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)


def _problem(code: str) -> ValidationError | None:
    """The first thing wrong with ``code`` (normalised), or None.

    A forbidden character is reported as soon as it is typed, before the code is
    complete: the prefix is padded with valid characters so that the domain's own
    check names the character and its real position.
    """
    try:
        validate_credit_code(code)
    except ValidationError as error:
        if error.code == "credit_code.length" and len(code) < LENGTH:
            try:
                validate_credit_code(code + "0" * (LENGTH - len(code)))
            except ValidationError as padded:
                if padded.code == "credit_code.char":
                    return padded
        return error
    return None
