"""Arbitrary text for the abuse tests, and what "stored exactly or refused clearly" means.

The rule the services keep (``app.services.support.common.clean_text``): leading and
trailing whitespace (``str.strip``) is removed, an optional field left blank is
stored as ``None``; anything else is stored exactly or refused with a
``ValidationError`` that names the field and renders in Chinese and English.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from string import Formatter
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlalchemy import String, text

from app.db.engine import Database
from app.domain.errors import InspectDeskError, ValidationError, template_for
from app.services.support import audit

# What an official, a spreadsheet or an attacker may type.
NASTY = [
    "",
    " ",
    "\t\n  \u3000",
    "'; DROP TABLE cases; --",
    "' OR '1'='1",
    "%",
    "_",
    "\\",
    "%_\\%",
    '"',
    "`rm -rf /`",
    "NULL",
    "../../etc/passwd",
    "..\\..\\windows\\system32",
    "C:\\x",
    "\\\\server\\share\\x.pdf",
    "/dev/null",
    "CON",
    "nul.txt",
    "a\x00b",
    "\x00",
    "\x1b[31mred\x1b[0m",
    "line\rbreak",
    "tab\tand\nnewline",
    "\u202eevil.pdf.exe",
    "\ufeffBOM",
    "\u200b",
    "\udce9",  # a lone surrogate: what undecodable bytes on a command line become
    "a\ud800b",
    "<b>bold</b> & <unclosed",
    "{field}{0}%s",
    "整改" * 3,
    "🔥💥",
]
PIECES = st.sampled_from(NASTY) | st.text(max_size=8)

TEXT = st.one_of(
    st.text(),  # any code point but surrogates, control characters included
    st.text(st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp", "Co")), max_size=12),
    st.text(min_size=95, max_size=260),  # around the VARCHAR lengths of the columns
    st.sampled_from(NASTY),
    st.lists(PIECES, min_size=2, max_size=6).map("".join),
    st.tuples(
        st.sampled_from(["整", "a", "日志 ", "'%_\\", "x\n"]),
        st.integers(10_000, 100_000),
    ).map(lambda p: p[0] * (p[1] // len(p[0]))),
)

# One database per test function, reused across its examples.
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)


def message_is_clear(exc: InspectDeskError) -> None:
    """The refusal has a message in both languages (no bare code, no missing value)."""
    for lang in ("zh", "en"):
        template = template_for(exc.code, lang)
        assert template, f"no {lang} message for {exc.code}"
        wanted = {name for _, name, _, _ in Formatter().parse(template) if name}
        assert wanted <= set(exc.values), f"{exc.code} lacks {wanted - set(exc.values)}"
        assert exc.render(lang)


TEXT_CODES = frozenset(
    {
        "field.required",
        "text.too_long",
        "text.control_chars",
        "text.invalid_char",
        "text.bidi_control",
    }
)


def attempt(
    call: Callable[[], Any],
    fields: Iterable[str],
    *,
    also: Iterable[str] = (),
) -> bool:
    """Run ``call``: True if it succeeded, False if refused with a clear ValidationError.

    A refusal of the text must name one of ``fields``; ``also`` lists other
    refusals this call may give (e.g. "company.not_found" for a name looked up).
    Any other exception fails the test.
    """
    try:
        call()
    except ValidationError as exc:
        message_is_clear(exc)
        if exc.code in TEXT_CODES:
            assert exc.values.get("field") in set(fields), (exc.code, exc.values)
        return False
    except InspectDeskError as exc:
        if exc.code not in set(also):
            raise
        message_is_clear(exc)
        return False
    return True


def kept(value: str | None, *, optional: bool = False) -> str | None:
    """What a field holds after storing ``value``: trimmed; blank optional fields are None."""
    stripped = (value or "").strip()
    return (stripped or None) if optional else stripped


def fits(value: str | None, column: Any) -> None:
    """A stored value fits its column as PostgreSQL enforces it (SQLite would not)."""
    if value is None:
        return
    assert "\x00" not in value, "PostgreSQL refuses NUL in text"
    length = getattr(column.type, "length", None) if isinstance(column.type, String) else None
    if length is not None:
        assert len(value) <= length, f"{column}: {len(value)} characters in VARCHAR({length})"


def sound(db: Database) -> None:
    """After the run: the audit chain verifies and the SQLite file passes its integrity check."""
    report = audit.verify_chain(db)
    assert report.ok, report
    if db.file is not None:
        with db.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
