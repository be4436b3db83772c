"""How each event of a case's chronology reads (app.readmodel.case.ChronologyEvent).

An event carries its kind and values (codes, names, days); :func:`chronology_text`
says it in Chinese or English, in the case window, on the command line and in the
dossier alike.
"""

from __future__ import annotations

from typing import Any

from app.domain.labels import label
from app.readmodel.case import ChronologyEvent
from app.text import text

# Values that are codes, shown by their label (app.domain.labels).
_CODES = {"from_status": "case_status", "to_status": "case_status", "conclusion": "conclusion"}


def chronology_text(event: ChronologyEvent, lang: str) -> str:
    """What ``event`` says, in ``lang``."""
    values: dict[str, Any] = dict(event.values)
    for name, kind in _CODES.items():
        if name in values:
            values[name] = "—" if values[name] is None else label(kind, values[name], lang)
    if "trigger_zh" in values:  # the trigger's name in the language of the text
        zh, en = values.pop("trigger_zh"), values.pop("trigger_en", None)
        values["trigger"] = zh if lang == "zh" else (en or zh)
    key = f"chronology.{event.kind}" + ("_late" if values.pop("late", False) else "")
    return text(key, lang, **values)  # app/catalogues/chronology.json
