"""Loading the GUI's translations (Qt .qm files built from resources/i18n/*.ts)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

log = logging.getLogger(__name__)
QT_LOCALES = {"zh": "zh_CN", "en": "en"}
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Replace the installed translations by those of ``lang`` ("zh" or "en").

    Returns False when the application's .qm file is missing (run scripts/setup.sh),
    in which case the English source texts show.
    """
    remove_translators(app)
    locale = QT_LOCALES.get(lang, "en")
    QLocale.setDefault(QLocale(locale))
    ours = QTranslator(app)
    found = ours.load(str(resource_path("i18n", f"inspectdesk_{locale}.qm")))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("translation file for %s not found", locale)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    # What Qt's own translation misses (resources/i18n/qtbase_gaps_zh_CN.ts says which)
    gaps = QTranslator(app)
    if gaps.load(str(resource_path("i18n", f"qtbase_gaps_{locale}.qm"))):
        app.installTranslator(gaps)
        _installed.append(gaps)
    return found


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translations :func:`install_translators` put in: the source texts show."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
