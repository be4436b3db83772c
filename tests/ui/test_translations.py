"""Every GUI text is translated into Chinese and English."""

from __future__ import annotations


def test_every_gui_text_is_translated() -> None:
    import xml.etree.ElementTree as ET

    from app.paths import resource_path

    for lang in ("zh_CN", "en"):
        root = ET.parse(resource_path("i18n", f"inspectdesk_{lang}.ts")).getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None and translation.get("type") != "unfinished", source
            texts = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            for text in texts:
                assert text.strip(), (lang, source)
                for marker in ("%1", "%2", "%n"):
                    assert (marker in source) == (marker in text), (lang, source, text)


def test_the_ts_files_hold_every_text_of_the_gui(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """lupdate over app/ui finds no text that the committed Chinese .ts lacks."""
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from app.paths import project_root, resource_path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    copy = tmp_path / "check_zh_CN.ts"
    shutil.copy(resource_path("i18n", "inspectdesk_zh_CN.ts"), copy)
    sources = sorted(str(p) for p in (project_root() / "app" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(copy)], check=True, capture_output=True
    )
    untranslated = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(copy).getroot().iter("context")
        for message in context.iter("message")
        if (
            message.find("translation") is not None
            and message.find("translation").get("type") == "unfinished"
        )  # type: ignore[union-attr]
    ]
    assert untranslated == []


def test_english_counts_read_one_case_and_two_cases(qapp: object) -> None:
    """A count in the English window is "1 case" / "3 cases", never "case(s)"."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QCoreApplication

    from app.paths import resource_path
    from app.ui.i18n import install_translators

    assert install_translators(qapp, "en")  # type: ignore[arg-type]
    root = ET.parse(resource_path("i18n", "inspectdesk_en.ts")).getroot()
    counted = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if message.get("numerus") != "yes":
                # A "(s)" outside a counted text would be shown as it is written
                assert "(s)" not in source and "(ies)" not in source, (name, source)
                continue
            one = QCoreApplication.translate(name, source, None, 1)
            many = QCoreApplication.translate(name, source, None, 3)
            assert "(s)" not in one + many and "(ies)" not in one + many, source
            assert "1" in one and "3" in many, (source, one, many)
            counted += "(s)" in source or "(ies)" in source
    assert counted >= 20
    assert QCoreApplication.translate("CasesPage", "%n case(s)", None, 1) == "1 case"
    assert QCoreApplication.translate("CasesPage", "%n case(s)", None, 3) == "3 cases"
