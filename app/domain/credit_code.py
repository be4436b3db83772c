"""The Unified Social Credit Code (统一社会信用代码, GB 32100-2015).

Eighteen characters from a 31-symbol alphabet (the digits and the capital
letters without I, O, Z, S, V); the 18th is a check character: the weighted sum
of the first 17 (weights 3^(i-1) mod 31) completed to a multiple of 31.

The check character is computed by ``stdnum.cn.uscc.calc_check_digit``.  We do
not call ``stdnum.cn.uscc.validate`` itself: besides the GB 32100 check it
requires the first eight characters to be digits, which refuses codes whose
registration-authority character is a letter (``Y`` = "other authorities" in
GB 32100), and it only says *that* a code is wrong, not why.  It does not check
the check digit of the embedded organisation code (GB 11714) and neither do we:
the rule this application enforces is the 18-character mod-31 check.
"""

from __future__ import annotations

from stdnum.cn import uscc

from app.domain.errors import ValidationError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
LENGTH = 18

# Full-width forms (U+FF01..U+FF5E) sit at a fixed offset from ASCII; Chinese
# input methods produce them when the user forgets to switch to half-width.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH[0x3000] = ord(" ")


def normalize_credit_code(raw: str) -> str:
    """Return ``raw`` with full-width ASCII made half-width, surrounding whitespace and
    inner ASCII spaces removed, and ASCII letters upper-cased.

    Nothing else is changed, so a character that is still not allowed is reported
    by :func:`validate_credit_code` at its real position.
    """
    text = raw.translate(_FULL_WIDTH).strip().replace(" ", "")
    if text.isascii():  # the usual case: str.upper() of ASCII changes only a-z
        return text.upper()
    # Only ASCII is upper-cased: str.upper() would turn e.g. "ß" into "SS" and
    # change the length the user is told about.
    return "".join(ch.upper() if ch.isascii() else ch for ch in text)


_ALLOWED = frozenset(ALPHABET)


def _shown(ch: str) -> str:
    # An invisible or control character would vanish from the message.
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def _check_chars(text: str) -> None:
    if _ALLOWED.issuperset(text):
        return
    for position, ch in enumerate(text, start=1):
        if ch not in ALPHABET:
            raise ValidationError("credit_code.char", char=_shown(ch), position=position)


def validate_credit_code(raw: str) -> str:
    """Return the normalised code if it is a valid GB 32100-2015 code.

    Raises :class:`ValidationError`, checking in this order: ``credit_code.length``
    (``length``, ``expected``), ``credit_code.char`` (the first forbidden ``char``
    and its 1-based ``position``), ``credit_code.check`` (``found``, ``expected``).
    """
    code = normalize_credit_code(raw)
    if len(code) != LENGTH:
        raise ValidationError("credit_code.length", length=len(code), expected=LENGTH)
    _check_chars(code)
    expected = uscc.calc_check_digit(code[:-1])
    if code[-1] != expected:
        raise ValidationError("credit_code.check", found=code[-1], expected=expected)
    return code


def make_credit_code(body17: str) -> str:
    """Return ``body17`` (normalised) followed by its check character: a valid code.

    Raises :class:`ValidationError` ``credit_code.length`` (expected 17) or
    ``credit_code.char`` when the body is not 17 characters of :data:`ALPHABET`.
    """
    body = normalize_credit_code(body17)
    if len(body) != LENGTH - 1:
        raise ValidationError("credit_code.length", length=len(body), expected=LENGTH - 1)
    _check_chars(body)
    return body + uscc.calc_check_digit(body)
