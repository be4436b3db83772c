"""Qt translations of the GUI: `update` the .ts sources from app/ui, `build` the .qm files.

python scripts/i18n.py update   # after changing texts in app/ui (then translate in Linguist)
python scripts/i18n.py build    # run by scripts/setup.sh: .ts -> .qm
"""

from __future__ import annotations

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


def complete_english() -> None:
    """English is the source language: its .ts repeats each new source text."""
    import xml.etree.ElementTree as ET

    ts = I18N / "inspectdesk_en.ts"
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def build() -> None:
    for ts in ts_files():
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[command]()
