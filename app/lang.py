"""The language of messages when none was chosen: neutral ground for the command line and the window.

Neither ``app.cli`` nor ``app.ui`` may import the other; both take the default language from here.
"""

from __future__ import annotations

import locale
import os


def default_lang() -> str:
    """``zh`` or ``en``: from $INSPECTDESK_LANG, then the locale variables, then the system locale."""
    for var in ("INSPECTDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "zh" if code.lower().startswith("zh") else "en"
