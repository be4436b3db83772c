from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.filenames import MAX_LENGTH, sanitize_filename


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("整改报告（第二版）.pdf", "整改报告（第二版）.pdf"),
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\王\\Desktop\\现场照片 1.jpg", "现场照片 1.jpg"),
        ("..\\..\\boot.ini", "boot.ini"),
        (".hidden", "hidden"),
        ("  . report.docx", "report.docx"),
        ("report.docx. . ", "report.docx"),
        ('a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"),
        ("bad\x00na\x1fme\u202e.txt", "badname.txt"),
        ("\u3000检查记录.xlsx\u3000", "检查记录.xlsx"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Com1.tar.gz", "_Com1.tar.gz"),
        ("LPT9 .log", "_LPT9 .log"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("COM10.txt", "COM10.txt"),
        ("CONIN$", "_CONIN$"),
        ("conout$.txt", "_conout$.txt"),
        ("COM¹.txt", "_COM¹.txt"),
        ("lpt³", "_lpt³"),
        ("COM⁴.txt", "COM⁴.txt"),  # not a device name
    ],
)
def test_sanitize_filename(name: str, expected: str) -> None:
    assert sanitize_filename(name) == expected


def test_a_long_name_is_capped_keeping_the_extension() -> None:
    result = sanitize_filename("检" * 300 + ".pdf")
    assert len(result) == MAX_LENGTH
    assert result == "检" * (MAX_LENGTH - 4) + ".pdf"


def test_cutting_a_long_name_never_leaves_a_device_name() -> None:
    assert sanitize_filename("CON" + " " * 300 + ".txt") == "_CON.txt"
    result = sanitize_filename("CON." + "a" * 300)
    assert result == "_CON." + "a" * (MAX_LENGTH - 5)


def test_a_long_name_with_a_long_dotted_tail_is_cut_plainly() -> None:
    name = "a" * 150 + "." + "b" * 100
    assert sanitize_filename(name) == name[:MAX_LENGTH]


@pytest.mark.parametrize("name", ["", ".", "..", "../..", "dir/", " \t", "\x00\x01", "....."])
def test_nothing_usable_is_refused(name: str) -> None:
    with pytest.raises(ValidationError) as caught:
        sanitize_filename(name)
    assert caught.value.code == "attachment.name_invalid"
    assert caught.value.values == {"name": name}


FORBIDDEN = set('/\\<>:"|?*')


@given(st.text(max_size=400))
@example("..")
@example("a/..")
@example("x\\.")
@example(".\u2003.a")
@example("CON." + "a" * 300)
@example("CON" + " " * 300 + ".txt")
@example("nul" + "." * 300)
def test_results_are_always_one_harmless_component(name: str) -> None:
    try:
        result = sanitize_filename(name)
    except ValidationError:
        return
    assert result
    assert result not in {".", ".."}
    assert not FORBIDDEN & set(result)
    assert not any(unicodedata.category(ch).startswith("C") for ch in result)
    assert not result.startswith(".") and not result[0].isspace()
    assert not result.endswith(".") and not result[-1].isspace()
    assert len(result) <= MAX_LENGTH
    assert sanitize_filename(result) == result  # idempotent


@given(st.text(alphabet=st.characters(categories=["Lo", "Nd", "Lu", "Ll"]), min_size=1))
def test_plain_names_are_kept(stem: str) -> None:
    name = unicodedata.normalize("NFC", stem)[:100] + ".txt"
    result = sanitize_filename(name)
    assert result.removeprefix("_") == name
