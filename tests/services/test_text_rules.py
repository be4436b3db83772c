"""Text a command refuses although every character is printable: direction overrides and
"required" text made of nothing visible (found red-teaming the exchange import)."""

from __future__ import annotations

import pytest

from app.domain.errors import ValidationError
from app.services.support.common import clean_text
from app.services.support.text_rules import TEXTS, checked


@pytest.mark.parametrize("char", ["\u202e", "\u202d", "\u202a", "\u2066", "\u2067", "\u2069"])
def test_a_direction_override_is_refused_with_its_position(char: str) -> None:
    with pytest.raises(ValidationError) as refused:
        checked("finding", "description", f"日志留存{char}不足")
    assert refused.value.code == "text.bidi_control"
    assert refused.value.values == {"field": "description", "position": 5}
    assert "position 5" in refused.value.render("en") and "位置 5" in refused.value.render("zh")


def test_the_marks_that_only_hint_a_direction_stay_allowed() -> None:
    assert clean_text("إدارة\u200f 2026", "name") == "إدارة\u200f 2026"


@pytest.mark.parametrize("blank", ["\u200b", "\ufeff\u200b\u200d", "\u3000\u200b ", "\u2060"])
def test_a_required_field_of_invisible_characters_is_blank(blank: str) -> None:
    with pytest.raises(ValidationError) as refused:
        checked("finding", "description", blank)
    assert refused.value.code == "field.required"
    # an optional field keeps what was typed (zero-width joiners belong to some emoji)
    assert checked("finding", "legal_basis", "👩\u200d💻") == "👩\u200d💻"


def test_every_rule_applies_its_limit_and_lines() -> None:
    for record, columns in TEXTS.items():
        for column, rule in columns.items():
            value = "字" * rule.max_length
            assert checked(record, column, value) == value
            with pytest.raises(ValidationError) as refused:
                checked(record, column, value + "字")
            assert refused.value.code == "text.too_long", (record, column)
            lines = "一\n二"
            if rule.multiline:
                assert checked(record, column, lines) == lines
            else:
                with pytest.raises(ValidationError):
                    checked(record, column, lines)


def test_the_quick_scan_refuses_exactly_what_the_character_rules_refuse() -> None:
    """clean_text returns text without a refused character after one regex scan; over
    every code point, the scan must flag exactly what the per-character rules refuse."""
    import unicodedata

    from app.services.support import common

    for multiline, scan in ((False, common._SUSPECT), (True, common._SUSPECT_MULTILINE)):
        for cp in range(0x110000):
            char = chr(cp)
            category = unicodedata.category(char)
            refused = (
                (category == "Cc" and not (multiline and char in common._ALLOWED_CONTROLS))
                or category == "Cs"
                or char in common._BIDI_CONTROLS
            )
            assert bool(scan.search(char)) == refused, (hex(cp), multiline)
    # and through clean_text itself: refused with the position, or returned as it was
    for multiline in (False, True):
        for char in ("\x00", "\x85", "\ud800", "\u202e", "\t", "\u200e", "中"):
            text = f"ab{char}cd"
            if (char == "\t" and multiline) or char in ("\u200e", "中"):
                assert clean_text(text, "f", multiline=multiline) == text
            else:
                with pytest.raises(ValidationError) as refused:
                    clean_text(text, "f", multiline=multiline)
                assert refused.value.values["position"] == 3
