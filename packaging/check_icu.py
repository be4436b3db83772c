"""Whether Qt still does with the ICU data it is given what the program may ask of ICU.

Run with the Qt libraries of a build first on the library path (scripts/build.sh does, so that
the trimmed ``libicudata`` of packaging/icu_trim.py is the one loaded); prints what it checked,
exit status 1 on a difference from the expected results.
"""

from __future__ import annotations

import sys


def main() -> int:
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone, QUrl

    problems = []
    names = ["浙江", "北京", "上海", "广东", "重庆"]
    pinyin = sorted(names, key=QCollator(QLocale("zh_CN")).sortKey)
    if pinyin != ["北京", "重庆", "广东", "上海", "浙江"]:
        problems.append(f"Chinese collation (pinyin): {pinyin}")
    words = ["éclair", "Zebra", "apple", "Äpfel"]
    english = sorted(words, key=QCollator(QLocale("en_US")).sortKey)
    if english != ["Äpfel", "apple", "éclair", "Zebra"]:
        problems.append(f"English collation: {english}")
    if QLocale("zh_CN").toUpper("straße") != "STRASSE":
        problems.append("case mapping")
    zone = QTimeZone(b"Asia/Shanghai")
    shown = zone.displayName(
        QDateTime.currentDateTime(), QTimeZone.NameType.LongName, QLocale("zh_CN")
    )
    if not shown or "Asia/Shanghai" in shown:
        problems.append(f"time-zone name in Chinese: {shown!r}")
    host = QUrl("http://网信.中国/").host(QUrl.ComponentFormattingOption.EncodeUnicode)
    if host != "xn--vuq696i.xn--fiqs8s":
        problems.append(f"IDNA: {host!r}")
    for problem in problems:
        print(f"ICU: wrong {problem}", file=sys.stderr)
    if not problems:
        print(f"ICU: collation, case mapping, time-zone names ({shown}) and IDNA as expected")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
