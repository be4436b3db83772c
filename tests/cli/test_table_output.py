"""The command line's tables line up in a terminal, where a Chinese character takes two
columns: the second column starts at the same screen column on every line."""

from __future__ import annotations

import io

from app.cli.base import display_width, print_table


def test_wide_characters_take_two_columns() -> None:
    assert display_width("ZJ-2021-0001") == 12
    assert display_width("浙江省") == 6
    assert display_width("杭州 A 公司") == 11
    assert display_width("ＡＢ") == 4  # full-width Latin letters
    assert display_width("é") == 1 and display_width("") == 0


def test_columns_line_up_whatever_the_script() -> None:
    out = io.StringIO()
    rows = [
        ["ZJ-2021-0001", "杭州测试网络科技有限公司", "open"],
        ["BJ-2021-0002", "Inke Test Ltd.", "closed"],
        ["SH-2021-0003", None, "open"],
    ]
    print_table(["案号", "企业", "status"], rows, out, "zh")
    lines = out.getvalue().splitlines()
    assert len(lines) == 4

    def start_of(line: str, value: str) -> int:
        return display_width(line[: line.index(value)])

    assert {
        start_of(line, word)
        for line, word in zip(lines, ["status", "open", "closed", "open"], strict=True)
    } == {display_width("ZJ-2021-0001") + 2 + display_width("杭州测试网络科技有限公司") + 2}


def test_an_empty_table_says_so() -> None:
    out = io.StringIO()
    print_table(["case"], [], out, "en")
    assert out.getvalue().splitlines()[0] == "case" and len(out.getvalue().splitlines()) == 2
