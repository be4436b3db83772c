"""How each event of a case's chronology reads (app.readmodel.case.ChronologyEvent).

An event carries its kind and values (codes, names, days); :func:`chronology_text`
says it in Chinese or English, in the case window, on the command line and in the
dossier alike.
"""

from __future__ import annotations

from typing import Any

from app.domain.labels import label
from app.readmodel.case import ChronologyEvent
from app.text import Catalogue, text

TEMPLATES: Catalogue = {
    "chronology.summons": {"zh": "约谈：{topic}", "en": "Summons: {topic}"},
    "chronology.case_status": {
        "zh": "案件状态：{from_status} → {to_status}（{changed_by}）",
        "en": "Case status: {from_status} → {to_status} ({changed_by})",
    },
    "chronology.report": {
        "zh": "收到评估报告（{trigger_code} {trigger}，第 {report_version} 版）",
        "en": "Assessment report received ({trigger_code} {trigger}, version {report_version})",
    },
    "chronology.report_late": {
        "zh": "收到评估报告（{trigger_code} {trigger}，第 {report_version} 版），逾期报送",
        "en": "Assessment report received ({trigger_code} {trigger}, version {report_version}),"
        " filed late",
    },
    "chronology.report_due": {
        "zh": "评估报告应报送截止日（{trigger_code} {trigger}）",
        "en": "Assessment report due ({trigger_code} {trigger})",
    },
    "chronology.review": {
        "zh": "书面审查：{agency}，结论：{conclusion}",
        "en": "Written review by {agency}: {conclusion}",
    },
    "chronology.finding": {
        "zh": "发现问题 #{number}（{item_code}，整改期限 {deadline}）",
        "en": "Finding #{number} raised ({item_code}, deadline {deadline})",
    },
    "chronology.extension": {
        "zh": "问题 #{number} 整改期限延长：{old_deadline} → {new_deadline}（{approver} 批准）",
        "en": "Finding #{number} deadline extended {old_deadline} → {new_deadline} "
        "(approved by {approver})",
    },
    "chronology.rectification": {
        "zh": "问题 #{number} 提交整改材料",
        "en": "Finding #{number}: rectification submitted",
    },
    "chronology.verification": {
        "zh": "问题 #{number} 整改已核验（{verified_by}）",
        "en": "Finding #{number} verified ({verified_by})",
    },
    "chronology.inspection": {"zh": "现场检查：{address}", "en": "On-site inspection: {address}"},
}

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
    return text(TEMPLATES, key, lang, **values)
