"""Qt translations of the GUI: `update` the .ts sources from app/ui, `build` the .qm files.

python scripts/i18n.py update   # after changing texts in app/ui (then translate in Linguist)
python scripts/i18n.py build    # run by scripts/setup.sh: .ts -> .qm
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN", "en")


def _tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def ts_files() -> list[Path]:
    return [I18N / f"inspectdesk_{lang}.ts" for lang in LANGUAGES]


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", *map(str, ts_files())],
        check=True,
    )
    complete_english()


# Verbs after a counted noun: plural -> singular.
_VERBS = {
    "have been": "has been",
    "were changed": "was changed",
    "they are left as they are": "it is left as it is",
}
_COUNTED = re.compile(r"(\w+)\((ies|s)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and the plural of a numerus text: "%n case(s)" -> "%n case", "%n cases"."""

    def one(match: re.Match[str]) -> str:
        return match.group(1)

    def many(match: re.Match[str]) -> str:
        word, ending = match.groups()
        return word[:-1] + "ies" if ending == "ies" else word + "s"

    singular, plural = _COUNTED.sub(one, source), _COUNTED.sub(many, source)
    if singular == source:  # "%n days left": the plural is written, the singular drops its s
        singular = re.sub(r"%n (\w+ )?(\w+?)s\b", r"%n \1\2", source, count=1)
    for many_verb, one_verb in _VERBS.items():
        singular = singular.replace(many_verb, one_verb)
    return singular, plural


def complete_english() -> None:
    """English is the source language: its .ts repeats each source text, and each numerus
    text in its singular and plural forms ("1 case", "2 cases")."""
    import xml.etree.ElementTree as ET

    ts = I18N / "inspectdesk_en.ts"
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        numerus = message.get("numerus") == "yes"
        if translation.get("type") != "unfinished" and not numerus:
            continue
        source = message.findtext("source") or ""
        for child in list(translation):
            translation.remove(child)
        if numerus:
            translation.text = None
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def build() -> None:
    # qtbase_gaps_*.ts: Qt's own texts its shipped translation misses (written by hand)
    for ts in [*ts_files(), *sorted(I18N.glob("qtbase_gaps_*.ts"))]:
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[command]()
