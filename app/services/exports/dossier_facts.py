"""The machine-readable facts of one export, embedded in the dossier PDF as JSON.

They let a later reader compare the dossier with the database: which case it
is, when it was exported and by whom, the audit head at that moment (the whole
chain's and this case's newest event), the SHA-256 of every attachment listed,
and a digest of every record of the case (:mod:`app.services.exports.record_digest`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Attachment, AuditEvent, AuditHead, Case
from app.domain.errors import ValidationError
from app.services.exports.record_digest import DIGEST_SCHEME, RecordDigest, case_records

FORMAT = "inspectdesk-dossier-facts"
VERSION = 1


@dataclass(frozen=True)
class AttachmentFact:
    id: str
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ExportFacts:
    case_id: str
    case_number: str
    province_code: str
    exported_at: datetime
    exported_by: str
    lang: str
    head_seq: int  # the newest audit event of the whole chain at export (0: none)
    head_hash: str | None
    case_head_seq: int | None  # the newest audit event touching this case
    case_head_hash: str | None
    attachments: list[AttachmentFact] = field(default_factory=list)
    records: list[RecordDigest] = field(default_factory=list)

    def to_json(self) -> bytes:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "digest": DIGEST_SCHEME,
            "case": {
                "id": self.case_id,
                "number": self.case_number,
                "province_code": self.province_code,
            },
            "exported_at": self.exported_at.isoformat(),
            "exported_by": self.exported_by,
            "lang": self.lang,
            "audit": {
                "head_seq": self.head_seq,
                "head_hash": self.head_hash,
                "case_head_seq": self.case_head_seq,
                "case_head_hash": self.case_head_hash,
            },
            "attachments": [
                {"id": a.id, "name": a.name, "sha256": a.sha256, "size": a.size}
                for a in self.attachments
            ],
            "records": [r.to_json() for r in self.records],
        }
        return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> ExportFacts:
        """Read facts written by :meth:`to_json`; ``ValidationError`` if they are not."""
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not InspectDesk export facts")
            if int(data.get("version", 0)) > VERSION:
                raise ValueError(f"written by a newer InspectDesk (version {data['version']})")
            case, audit = data["case"], data["audit"]
            return cls(
                case_id=str(case["id"]),
                case_number=str(case["number"]),
                province_code=str(case.get("province_code") or ""),
                exported_at=datetime.fromisoformat(data["exported_at"]),
                exported_by=str(data.get("exported_by") or ""),
                lang=str(data.get("lang") or "zh"),
                head_seq=int(audit.get("head_seq") or 0),
                head_hash=audit.get("head_hash"),
                case_head_seq=audit.get("case_head_seq"),
                case_head_hash=audit.get("case_head_hash"),
                attachments=[
                    AttachmentFact(
                        str(a["id"]), str(a["name"]), str(a["sha256"]), int(a.get("size") or 0)
                    )
                    for a in data.get("attachments") or []
                ],
                records=[RecordDigest.from_json(r) for r in data.get("records") or []],
            )
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise ValidationError("verify.bad_facts", reason=str(exc)[:200]) from exc

    def field_names(self) -> Mapping[tuple[str, str], list[str]]:
        return {(r.type, r.id): list(r.fields) for r in self.records}


def audit_head(session: Session) -> tuple[int, str | None]:
    head = session.get(AuditHead, 1)
    return (head.seq, head.hash) if head else (0, None)


def collect_facts(
    session: Session, case: Case, *, exported_by: str, lang: str, at: datetime
) -> ExportFacts:
    """The facts of ``case`` as they are in ``session`` (read in the caller's transaction)."""
    head_seq, head_hash = audit_head(session)
    newest = session.execute(
        select(AuditEvent.seq, AuditEvent.hash)
        .where(AuditEvent.case_id == case.id)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    attachments = [
        AttachmentFact(str(a.id), a.original_name, a.sha256, a.size)
        for a in session.execute(
            select(Attachment)
            .where(Attachment.case_id == case.id)
            .order_by(Attachment.added_at, Attachment.id)
        ).scalars()
    ]
    return ExportFacts(
        case_id=str(case.id),
        case_number=case.case_number,
        province_code=case.province_code,
        exported_at=at,
        exported_by=exported_by,
        lang=lang,
        head_seq=head_seq,
        head_hash=head_hash,
        case_head_seq=newest[0] if newest else None,
        case_head_hash=newest[1] if newest else None,
        attachments=attachments,
        records=case_records(session, case),
    )


def facts_dict(facts: ExportFacts) -> dict[str, Any]:
    """The facts as plain JSON values (for ``--json`` output)."""
    result: dict[str, Any] = json.loads(facts.to_json())
    return result
