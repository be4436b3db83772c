from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.credit_code import (
    ALPHABET,
    make_credit_code,
    normalize_credit_code,
    validate_credit_code,
)
from app.domain.errors import ValidationError

# Codes published on the business licences of well-known companies.
KNOWN_VALID = [
    "91110108551385082Q",
    "91110000600037341L",
    "91330100716105852F",
    "9144030071526726XG",  # an "X" inside: the embedded organisation code's own check digit
    "91110000802100433B",
]

bodies = st.text(alphabet=ALPHABET, min_size=17, max_size=17)


def reference_check_char(body: str) -> str:
    # Written from GB 32100-2015 directly (weights 3^(i-1) mod 31), independently of stdnum.
    total = sum(ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(body))
    return ALPHABET[(31 - total % 31) % 31]


def test_the_alphabet_is_the_31_symbols_of_the_standard() -> None:
    assert len(ALPHABET) == len(set(ALPHABET)) == 31
    assert not set("IOZSV") & set(ALPHABET)


@pytest.mark.parametrize("code", KNOWN_VALID)
def test_published_codes_are_valid(code: str) -> None:
    assert validate_credit_code(code) == code


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  91110108551385082q\n", "91110108551385082Q"),
        ("\u3000９１１１０１０８５５１３８５０８２Ｑ\u3000", "91110108551385082Q"),
        ("9111 0108 5513 8508 2Q", "91110108551385082Q"),
        ("9111\u30000108\u30005513850 82Q", "91110108551385082Q"),  # full-width spaces inside
        ("ｑ", "Q"),
    ],
)
def test_normalisation(raw: str, expected: str) -> None:
    assert normalize_credit_code(raw) == expected


def test_normalisation_keeps_hyphens_so_they_are_reported() -> None:
    assert normalize_credit_code("911101-0855138508-2Q") == "911101-0855138508-2Q"


def test_full_width_lower_case_code_with_spaces_validates() -> None:
    assert validate_credit_code(" ９１１１０１０８５５１３８５０８２ｑ ") == "91110108551385082Q"


def test_a_letter_in_the_first_position_is_allowed() -> None:
    # "Y" (other registration authorities) is legal in GB 32100; stdnum's validate() refuses it.
    code = make_credit_code("Y1110108551385082")
    assert validate_credit_code(code) == code


@pytest.mark.parametrize(
    ("raw", "length"),
    [("", 0), ("9111010855138508", 16), ("91110108551385082QQ", 19)],
)
def test_wrong_length_is_reported_with_the_length(raw: str, length: int) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_credit_code(raw)
    assert caught.value.code == "credit_code.length"
    assert caught.value.values == {"length": length, "expected": 18}


@pytest.mark.parametrize(
    ("raw", "char", "position"),
    [
        ("I1110108551385082Q", "I", 1),
        ("9111010855138508OQ", "O", 17),
        ("91110108-51385082Q", "-", 9),
        ("91110108551385082\u00e9", "\u00e9", 18),
        ("9111010855\u200b385082Q", "U+200B", 11),
    ],
)
def test_forbidden_character_is_reported_with_its_position(
    raw: str, char: str, position: int
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_credit_code(raw)
    assert caught.value.code == "credit_code.char"
    assert caught.value.values == {"char": char, "position": position}


def test_length_is_checked_before_characters() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_credit_code("IIII")
    assert caught.value.code == "credit_code.length"


def test_wrong_check_character_names_the_expected_one() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_credit_code("91110108551385082A")
    assert caught.value.code == "credit_code.check"
    assert caught.value.values == {"found": "A", "expected": "Q"}
    assert "Q" in caught.value.render("zh") and "A" in caught.value.render("en")


def test_make_credit_code_refuses_a_bad_body() -> None:
    with pytest.raises(ValidationError) as caught:
        make_credit_code("9111010855138508")
    assert caught.value.values == {"length": 16, "expected": 17}
    with pytest.raises(ValidationError) as caught:
        make_credit_code("91110108551385O82")
    assert caught.value.values == {"char": "O", "position": 15}


@given(bodies)
def test_made_codes_validate_and_agree_with_the_standard(body: str) -> None:
    code = make_credit_code(body)
    assert code == body + reference_check_char(body)
    assert validate_credit_code(code) == code


@given(bodies, st.integers(min_value=0, max_value=17), st.sampled_from(ALPHABET))
def test_changing_any_one_character_is_detected(body: str, index: int, new: str) -> None:
    code = make_credit_code(body)
    if code[index] == new:
        new = ALPHABET[(ALPHABET.index(new) + 1) % len(ALPHABET)]
    changed = code[:index] + new + code[index + 1 :]
    with pytest.raises(ValidationError) as caught:
        validate_credit_code(changed)
    assert caught.value.code == "credit_code.check"


@given(bodies, st.integers(min_value=0, max_value=16))
def test_swapping_two_adjacent_different_characters_is_detected(body: str, index: int) -> None:
    code = make_credit_code(body)
    if code[index] == code[index + 1]:
        return
    swapped = code[:index] + code[index + 1] + code[index] + code[index + 2 :]
    with pytest.raises(ValidationError):
        validate_credit_code(swapped)
