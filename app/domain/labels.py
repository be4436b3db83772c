"""How each stored code reads, in Chinese and English: one lookup for every enumeration.

A record stores codes (``under_review``, ``non_compliant``, ``review``); an official
reads their labels.  :func:`label` is the one place that turns a code of a kind
into the words of a language, for the window, the command line, the exports and
the dossier alike; an unknown code reads as itself (data from a newer release).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from app.domain.case_lifecycle import STATUS_LABELS
from app.domain.catalogue import catalogue
from app.domain.finding_lifecycle import FINDING_STATUS_LABELS, SEVERITY_LABELS
from app.domain.review import CONCLUSION_LABELS

Labels = Mapping[str, Mapping[str, str]]


def _by_value(table: Mapping[Any, Mapping[str, str]]) -> Labels:
    return MappingProxyType({getattr(k, "value", str(k)): v for k, v in table.items()})


INSPECTION_STATUS: Labels = MappingProxyType(
    {
        "scheduled": {"zh": "已安排", "en": "Scheduled"},
        "done": {"zh": "已完成", "en": "Done"},
    }
)
CHECKLIST_RESULT: Labels = MappingProxyType(
    {
        "compliant": {"zh": "符合", "en": "Compliant"},
        "non_compliant": {"zh": "不符合", "en": "Non-compliant"},
        "not_applicable": {"zh": "不适用", "en": "Not applicable"},
        "not_checked": {"zh": "未检查", "en": "Not checked"},
    }
)
AGENCY_KIND: Labels = MappingProxyType(
    {
        "cyberspace": {"zh": "网信部门", "en": "Cyberspace department"},
        "public_security": {"zh": "公安机关", "en": "Public security organ"},
        "other": {"zh": "其他", "en": "Other"},
    }
)
FINDING_SOURCE: Labels = MappingProxyType(
    {
        "review": {"zh": "书面审查", "en": "Written review"},
        "inspection": {"zh": "现场检查", "en": "On-site inspection"},
    }
)
# The kinds of record an attachment, an audit event or a history line belongs to.
RECORD: Labels = MappingProxyType(
    {
        "case": {"zh": "案件", "en": "Case"},
        "company": {"zh": "企业", "en": "Company"},
        "summons": {"zh": "约谈", "en": "Summons"},
        "report": {"zh": "评估报告", "en": "Report"},
        "review": {"zh": "书面审查", "en": "Review"},
        "inspection": {"zh": "现场检查", "en": "Inspection"},
        "finding": {"zh": "问题", "en": "Finding"},
        "extension": {"zh": "延期", "en": "Extension"},
        "attachment": {"zh": "附件", "en": "Attachment"},
    }
)

KINDS: Mapping[str, Labels] = MappingProxyType(
    {
        "case_status": _by_value(STATUS_LABELS),
        "finding_status": _by_value(FINDING_STATUS_LABELS),
        "severity": _by_value(SEVERITY_LABELS),
        "conclusion": _by_value(CONCLUSION_LABELS),
        "inspection_status": INSPECTION_STATUS,
        "checklist_result": CHECKLIST_RESULT,
        "agency_kind": AGENCY_KIND,
        "finding_source": FINDING_SOURCE,
        "record": RECORD,
    }
)


def find_label(kind: str, value: str, lang: str) -> str | None:
    """The label of code ``value`` of ``kind`` in ``lang`` (English if none), None if unknown.

    The kinds of the records' own codes are :data:`KINDS`; the others (actions, roles,
    the problems a check names) are the catalogues' ``labels`` (app/catalogues).
    """
    table = KINDS.get(kind)
    if table is None:
        table = catalogue().labels[kind]
    entry = table.get(value)
    if entry is None:
        return None
    return entry.get(lang) or entry["en"]


def label(kind: str, value: str, lang: str) -> str:
    """The label of code ``value`` of ``kind`` in ``lang`` (English, then the code, if none)."""
    found = find_label(kind, value, lang)
    return value if found is None else found
