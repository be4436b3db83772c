"""Canonical content hashes of the records of a case, as written into a dossier and checked later.

A dossier carries, for every record it was made from, the record's type, id, a
human label ("问题 #3" / "Finding #3") and a SHA-256 of its fields; verifying a
dossier against the database computes the same digests again and names the
records whose content changed, disappeared or appeared since the export.

What is hashed: the record's content columns as :func:`app.services.support.audit.record_fields`
gives them (every column except bookkeeping that changes without the content
changing: version counters, "updated" stamps), the same fields the check
compares with the record's audit events (:mod:`app.services.safekeeping.record_audit`), plus
the many-to-many links that are part of the record (a case's officials, an
inspection's agencies), which no audit event records.  Each field is also hashed on its own, so a change can
be named down to the field; a field hash is short (64 bits): it only has to
tell "this field changed", the record hash decides.  The field names go into
the dossier too, and :func:`digest_fields` hashes exactly those names again,
so a column added to the schema after an export does not count as a change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    AssessmentReport,
    Attachment,
    Case,
    CaseStatusChange,
    ChecklistResult,
    DeadlineExtension,
    Finding,
    Inspection,
    Review,
)
from app.services.support.audit import record_fields, to_json_value
from app.text import named

FIELD_HASH_CHARS = 16
DIGEST_SCHEME = "inspectdesk-record-digest-1"

# The record types of a case, in the order they are listed; labels in both languages.
LABELS: dict[str, tuple[str, str]] = {
    "case": ("案件 {number}", "Case {number}"),
    "company": ("企业“{name}”", "Company “{name}”"),
    "status_change": ("状态变更 #{n}", "Status change #{n}"),
    "report": ("评估报告 #{n}", "Report #{n}"),
    "review": ("评估报告 #{report} 的审查 #{n}", "Review #{n} of report #{report}"),
    "finding": ("问题 #{number}", "Finding #{number}"),
    "extension": ("问题 #{finding} 的延期 #{n}", "Extension #{n} of finding #{finding}"),
    "inspection": ("现场检查 #{n}（{on}）", "Inspection #{n} ({on})"),
    "checklist": ("现场检查 #{inspection} 检查项 {code}", "Inspection #{inspection}, item {code}"),
    "attachment": ("附件 #{n}“{name}”", "Attachment #{n} “{name}”"),
}
TYPES = tuple(LABELS)


@dataclass(frozen=True)
class RecordDigest:
    """One record of a case: what it is, what to call it, and the hashes of its content."""

    type: str
    id: str
    label_zh: str
    label_en: str
    hash: str
    fields: dict[str, str]  # field name -> short hash of its value

    def label(self, lang: str) -> str:
        return named(self.label_zh, self.label_en, lang)

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "id": self.id,
            "label_zh": self.label_zh,
            "label_en": self.label_en,
            "hash": self.hash,
            "fields": dict(self.fields),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RecordDigest:
        fields = data.get("fields") or {}
        return cls(
            type=str(data["type"]),
            id=str(data["id"]),
            label_zh=str(data.get("label_zh") or data["id"]),
            label_en=str(data.get("label_en") or data["id"]),
            hash=str(data["hash"]),
            fields={str(k): str(v) for k, v in dict(fields).items()},
        )


def canonical(value: Any) -> str:
    """``value`` as canonical JSON: sorted keys, no spaces, dates and ids as text."""
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=to_json_value
    )


def field_values(obj: object, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The hashed fields of a mapped object: its content columns (:func:`record_fields`)
    and the links in ``extra``."""
    values = record_fields(obj)
    values.update(extra or {})
    return values


def digest_fields(
    values: Mapping[str, Any], names: Iterable[str] | None = None
) -> tuple[str, dict[str, str]]:
    """The record hash and the field hashes of ``values`` (only ``names``, if given).

    A name in ``names`` that ``values`` no longer has hashes as a missing field,
    so a dropped column reads as a change of that field.
    """
    wanted = sorted(values) if names is None else sorted(names)
    missing = {"__missing__": True}
    chosen = {name: values.get(name, missing) for name in wanted}
    fields = {
        name: hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()[:FIELD_HASH_CHARS]
        for name, value in chosen.items()
    }
    record = hashlib.sha256(canonical(chosen).encode("utf-8")).hexdigest()
    return record, fields


def _digest(
    kind: str,
    obj: Any,
    names: Mapping[tuple[str, str], Iterable[str]] | None,
    extra: Mapping[str, Any] | None = None,
    **label_values: Any,
) -> RecordDigest:
    zh, en = LABELS[kind]
    key = (kind, str(obj.id))
    record, fields = digest_fields(field_values(obj, extra), (names or {}).get(key))
    return RecordDigest(
        kind,
        str(obj.id),
        zh.format(**label_values),
        en.format(**label_values),
        record,
        fields,
    )


def case_records(
    session: Session,
    case: Case,
    names: Mapping[tuple[str, str], Iterable[str]] | None = None,
) -> list[RecordDigest]:
    """The digests of every record of ``case``, in a stable order.

    ``names`` (type, id) -> field names restricts a record to the fields an
    earlier export hashed (see :func:`digest_fields`); records not in it are
    hashed over all their current fields.
    """
    out: list[RecordDigest] = []
    officials = sorted(str(u.id) for u in case.officials)
    out.append(_digest("case", case, names, {"officials": officials}, number=case.case_number))
    company = case.company
    out.append(_digest("company", company, names, name=company.name_zh))

    changes = session.execute(
        select(CaseStatusChange)
        .where(CaseStatusChange.case_id == case.id)
        .order_by(CaseStatusChange.changed_at, CaseStatusChange.id)
    ).scalars()
    for n, change in enumerate(changes, 1):
        out.append(_digest("status_change", change, names, n=n))

    reports = session.execute(
        select(AssessmentReport)
        .where(AssessmentReport.case_id == case.id)
        .order_by(AssessmentReport.created_at, AssessmentReport.id)
    ).scalars()
    for rn, report in enumerate(reports, 1):
        out.append(_digest("report", report, names, n=rn))
        reviews = session.execute(
            select(Review)
            .where(Review.report_id == report.id)
            .order_by(Review.reviewed_on, Review.created_at, Review.id)
        ).scalars()
        for n, review in enumerate(reviews, 1):
            out.append(_digest("review", review, names, n=n, report=rn))

    findings = session.execute(
        select(Finding).where(Finding.case_id == case.id).order_by(Finding.number)
    ).scalars()
    for finding in findings:
        out.append(_digest("finding", finding, names, number=finding.number))
        extensions = session.execute(
            select(DeadlineExtension)
            .where(DeadlineExtension.finding_id == finding.id)
            .order_by(DeadlineExtension.created_at, DeadlineExtension.id)
        ).scalars()
        for n, ext in enumerate(extensions, 1):
            out.append(_digest("extension", ext, names, n=n, finding=finding.number))

    inspections = session.execute(
        select(Inspection)
        .where(Inspection.case_id == case.id)
        .order_by(Inspection.inspected_on, Inspection.created_at, Inspection.id)
    ).scalars()
    for n, inspection in enumerate(inspections, 1):
        agencies = sorted(str(a.id) for a in inspection.agencies)
        on = inspection.inspected_on.isoformat()
        out.append(_digest("inspection", inspection, names, {"agencies": agencies}, n=n, on=on))
        checklist = session.execute(
            select(ChecklistResult)
            .where(ChecklistResult.inspection_id == inspection.id)
            .order_by(ChecklistResult.item_code)
        ).scalars()
        for item in checklist:
            out.append(_digest("checklist", item, names, inspection=n, code=item.item_code))

    attachments = session.execute(
        select(Attachment)
        .where(Attachment.case_id == case.id)
        .order_by(Attachment.added_at, Attachment.id)
    ).scalars()
    for n, att in enumerate(attachments, 1):
        out.append(_digest("attachment", att, names, n=n, name=att.original_name))
    return out
