"""Verifying a dossier PDF: its signature, and (given a database) whether it still matches it.

:func:`verify_dossier` reads the file with pyHanko (:mod:`app.dossier.signature_check`)
and, with a database, compares the export facts embedded at export
(:mod:`app.services.exports.dossier_facts`) with the records as they are now: the audit
head of the export must still be in the chain, the events since then that touch
the case are listed, each record's digest is computed again
(:mod:`app.services.exports.record_digest`) and each attachment's stored file is hashed
again; the records of the case are also compared with their audit events, as
``check`` does (:mod:`app.services.safekeeping.record_audit`), so a record edited behind the
application's back is named the same way by both.  The database is only read.  :func:`describe` turns the result into
sentences in Chinese or English, the same for the command line and the window.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Attachment, AuditEvent
from app.domain.errors import NotFoundError, ValidationError, render
from app.dossier.signature_check import DamagedPdf, NotAPdf, SignatureCheck, read_dossier
from app.services.exports import signing_config
from app.services.exports.dossier_facts import ExportFacts
from app.services.exports.record_digest import RecordDigest, case_records
from app.services.exports.signing_config import grouped
from app.services.rectification.attachments import file_hash, stored_file
from app.services.safekeeping.record_audit import RecordMismatch, case_mismatches
from app.services.support.audit import GENESIS, chain_fault
from app.services.support.common import get_case
from app.services.support.context import Actor
from app.services.support.permissions import require

Level = Literal["ok", "info", "warn", "bad"]
# ok: the export's audit head is still the event it was; none: there was none yet;
# missing / rewritten: that event is gone or different; broken: the events after it
# no longer form one chain from it.
AuditState = Literal["ok", "none", "missing", "rewritten", "broken"]


@dataclass(frozen=True)
class RecordChange:
    kind: Literal["changed", "deleted", "added"]
    type: str
    id: str
    label_zh: str
    label_en: str
    fields: list[str] = field(default_factory=list)  # the fields that differ (changed only)

    def label(self, lang: str) -> str:
        return self.label_zh if lang == "zh" else self.label_en


@dataclass(frozen=True)
class EventSince:
    """An audit event after the export that touches the case."""

    seq: int
    at: datetime
    actor: str
    action: str
    entity_type: str
    entity_id: str
    label_zh: str | None
    label_en: str | None

    def label(self, lang: str) -> str:
        chosen = self.label_zh if lang == "zh" else self.label_en
        return chosen or f"{self.entity_type} {self.entity_id}"


@dataclass(frozen=True)
class FileProblem:
    attachment_id: str
    name: str
    problem: Literal["deleted", "hash_changed", "file_missing", "file_altered"]
    expected: str
    actual: str | None = None


@dataclass(frozen=True)
class Comparison:
    """The dossier's facts against the database as it is now."""

    audit: AuditState
    audit_seq: int
    events: list[EventSince]
    changes: list[RecordChange]
    files: list[FileProblem]
    records_checked: int
    files_checked: int
    # records of the case that differ from their audit events (edited outside InspectDesk)
    unaudited: list[RecordMismatch] = field(default_factory=list)

    @property
    def matches(self) -> bool:
        return (
            self.audit in ("ok", "none")
            and not self.changes
            and not self.files
            and not self.unaudited
        )


@dataclass(frozen=True)
class VerifyReport:
    path: Path
    damaged: str | None  # why the PDF could not be read, if it could not
    signatures: list[SignatureCheck]
    facts: ExportFacts | None  # None only when the file is damaged
    comparison: Comparison | None = None

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def signature_ok(self) -> bool:
        return self.signed and all(s.ok for s in self.signatures)

    @property
    def ok(self) -> bool:
        """Exit status 0: a sound signature over the whole file, and a match if compared."""
        if self.damaged or not self.signature_ok:
            return False
        return self.comparison is None or self.comparison.matches


def verify_dossier(
    path: Path, db: Database | None = None, actor: Actor | None = None
) -> VerifyReport:
    """Check the dossier at ``path``; with ``db``, compare it with the records there.

    Guarantees: nothing is written anywhere.  A file that is not a PDF, is
    missing, or (with ``db``) holds no InspectDesk export facts raises
    ``ValidationError``; a case the actor may not see raises ``NotFoundError``,
    as does a case of the same number that is another record (a dossier from
    another database).  A PDF that is damaged is not an error: the report says
    so and is not ``ok``.
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError("verify.file_missing", path=str(path))
    roots = signing_config.trusted_roots()
    try:
        pdf = read_dossier(path, roots)
    except NotAPdf as exc:
        raise ValidationError("verify.not_pdf", path=str(path)) from exc
    except DamagedPdf as exc:
        return VerifyReport(path, str(exc) or "unreadable", [], None)
    except OSError as exc:
        raise ValidationError(
            "verify.unreadable", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    if pdf.facts is None:
        raise ValidationError("verify.no_facts", path=str(path))
    facts = ExportFacts.from_json(pdf.facts)
    report = VerifyReport(path, None, pdf.signatures, facts)
    if db is None:
        return report
    assert actor is not None, "comparing with a database needs the acting official"
    return VerifyReport(path, None, pdf.signatures, facts, compare(db, actor, facts))


def compare(db: Database, actor: Actor, facts: ExportFacts) -> Comparison:
    """The facts of an export against the database now (read only)."""
    require(actor, "read")
    with db.read() as session:
        case = get_case(session, actor, facts.case_number)
        if str(case.id) != facts.case_id:
            raise NotFoundError("verify.other_case", case_number=facts.case_number)
        current = case_records(session, case, facts.field_names())
        changes = _changes(facts.records, current)
        labels = {r.id: r for r in [*facts.records, *current]}
        audit, events = _audit(session, facts, case.id, labels)
        stored = {
            str(a.id): a
            for a in session.execute(
                select(Attachment).where(Attachment.case_id == case.id)
            ).scalars()
        }
        rows = {key: (a.sha256, a.stored_path) for key, a in stored.items()}
        unaudited = case_mismatches(session, case.id)
    files = _files(db, facts, rows)
    return Comparison(
        audit=audit,
        audit_seq=facts.head_seq,
        events=events,
        changes=changes,
        files=files,
        records_checked=len(facts.records),
        files_checked=len(facts.attachments),
        unaudited=unaudited,
    )


def _changes(before: list[RecordDigest], now: list[RecordDigest]) -> list[RecordChange]:
    current = {(r.type, r.id): r for r in now}
    exported = {(r.type, r.id) for r in before}
    out: list[RecordChange] = []
    for old in before:
        new = current.get((old.type, old.id))
        if new is None:
            out.append(RecordChange("deleted", old.type, old.id, old.label_zh, old.label_en))
        elif new.hash != old.hash:
            fields = sorted(k for k, v in old.fields.items() if new.fields.get(k) != v)
            out.append(
                RecordChange("changed", old.type, old.id, old.label_zh, old.label_en, fields)
            )
    for new in now:
        if (new.type, new.id) not in exported:
            out.append(RecordChange("added", new.type, new.id, new.label_zh, new.label_en))
    return out


def _audit(
    session: Session, facts: ExportFacts, case_id: uuid.UUID, labels: dict[str, RecordDigest]
) -> tuple[AuditState, list[EventSince]]:
    """Whether the export's audit head is still in the chain, and the case's events since."""
    status: AuditState = "ok"
    if facts.head_seq == 0:
        status = "none"
    else:
        head = session.get(AuditEvent, facts.head_seq)
        if head is None:
            return "missing", []
        if head.hash != facts.head_hash:
            return "rewritten", []
    prev = facts.head_hash or GENESIS
    events: list[EventSince] = []
    ids = list(labels)
    rows = session.execute(
        select(AuditEvent).where(AuditEvent.seq > facts.head_seq).order_by(AuditEvent.seq)
    ).scalars()
    touching = or_(AuditEvent.case_id == case_id, AuditEvent.entity_id.in_(ids))
    wanted = set(
        session.execute(
            select(AuditEvent.seq).where(AuditEvent.seq > facts.head_seq, touching)
        ).scalars()
    )
    expected = facts.head_seq + 1
    for event in rows:
        # the events since the export must still be one unbroken chain from its head
        if chain_fault(event, expected, prev) is not None:
            status = "broken"
        prev, expected = event.hash, event.seq + 1
        if event.seq in wanted:
            known = labels.get(event.entity_id)
            events.append(
                EventSince(
                    event.seq,
                    event.at,
                    event.actor,
                    event.action,
                    event.entity_type,
                    event.entity_id,
                    known.label_zh if known else None,
                    known.label_en if known else None,
                )
            )
    return status, events


def _files(db: Database, facts: ExportFacts, rows: dict[str, tuple[str, str]]) -> list[FileProblem]:
    out: list[FileProblem] = []
    for a in facts.attachments:
        row = rows.get(a.id)
        if row is None:
            out.append(FileProblem(a.id, a.name, "deleted", a.sha256))
            continue
        recorded, rel = row
        if recorded != a.sha256:
            out.append(FileProblem(a.id, a.name, "hash_changed", a.sha256, recorded))
            continue
        path = stored_file(db, rel)
        if not path.is_file():
            out.append(FileProblem(a.id, a.name, "file_missing", a.sha256))
            continue
        actual = file_hash(path)
        if actual != a.sha256:
            out.append(FileProblem(a.id, a.name, "file_altered", a.sha256, actual))
    return out


# --- the report in words --------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    level: Level
    text: str


def _say(level: Level, code: str, lang: str, **values: object) -> Line:
    return Line(level, render(code, values, lang))


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def describe(report: VerifyReport, lang: str) -> list[Line]:
    """The report as sentences in ``lang``, most important first."""
    out: list[Line] = []
    if report.damaged:
        out.append(_say("bad", "verify.damaged", lang, reason=report.damaged))
        return out
    out.extend(_signature_lines(report, lang))
    facts = report.facts
    if facts is not None:
        out.append(
            _say(
                "info",
                "verify.exported",
                lang,
                case_number=facts.case_number,
                when=_when(facts.exported_at),
                user=facts.exported_by,
                records=len(facts.records),
                files=len(facts.attachments),
            )
        )
    if report.comparison is not None:
        out.extend(_comparison_lines(report.comparison, lang))
    elif facts is not None:
        out.append(_say("info", "verify.no_db", lang))
    out.append(
        _say("ok" if report.ok else "bad", "verify.ok" if report.ok else "verify.failed", lang)
    )
    return out


def _signature_lines(report: VerifyReport, lang: str) -> list[Line]:
    if not report.signed:
        return [_say("bad", "verify.not_signed", lang)]
    out: list[Line] = []
    for sig in report.signatures:
        who = sig.common_name or sig.subject
        if sig.organisation and sig.organisation != who:
            who = f"{who}（{sig.organisation}）" if lang == "zh" else f"{who} ({sig.organisation})"
        if sig.error:
            out.append(_say("bad", "verify.sig_error", lang, reason=sig.error))
        elif not sig.intact:
            out.append(_say("bad", "verify.sig_broken", lang, signer=who))
        elif not sig.whole_file:
            out.append(_say("bad", "verify.sig_partial", lang, signer=who))
        else:
            out.append(_say("ok", "verify.sig_intact", lang, signer=who, when=_when(sig.signed_at)))
        if sig.intact and not sig.error:
            code = (
                "verify.trusted"
                if sig.trusted
                else ("verify.self_signed" if sig.self_signed else "verify.untrusted")
            )
            out.append(_say("ok" if sig.trusted else "warn", code, lang, issuer=sig.issuer))
        sha = grouped(sig.fingerprint)
        out.append(_say("info", "verify.certificate", lang, subject=sig.subject, sha=sha))
    return out


def _comparison_lines(c: Comparison, lang: str) -> list[Line]:
    out: list[Line] = []
    audit_codes: dict[str, tuple[Level, str]] = {
        "ok": ("ok", "verify.audit_ok"),
        "none": ("info", "verify.audit_none"),
        "missing": ("bad", "verify.audit_missing"),
        "rewritten": ("bad", "verify.audit_rewritten"),
        "broken": ("bad", "verify.audit_broken"),
    }
    level, code = audit_codes[c.audit]
    out.append(_say(level, code, lang, seq=c.audit_seq))
    if c.events:
        out.append(_say("warn", "verify.events_since", lang, n=len(c.events)))
        for e in c.events:
            out.append(
                _say(
                    "warn",
                    "verify.event",
                    lang,
                    seq=e.seq,
                    when=_when(e.at),
                    user=e.actor,
                    action=e.action,
                    record=e.label(lang),
                )
            )
    if not c.changes:
        out.append(_say("ok", "verify.records_match", lang, n=c.records_checked))
    for change in c.changes:
        code = f"verify.record_{change.kind}"
        out.append(
            _say("bad", code, lang, record=change.label(lang), fields=", ".join(change.fields))
        )
    if not c.unaudited:
        out.append(_say("ok", "audit.case_records_agree", lang))
    for mismatch in c.unaudited:
        out.append(Line("bad", mismatch.problem().render(lang)))
    if not c.files:
        out.append(_say("ok", "verify.files_match", lang, n=c.files_checked))
    for f in c.files:
        out.append(
            _say(
                "bad",
                f"verify.file_{f.problem}",
                lang,
                name=f.name,
                expected=f.expected,
                actual=f.actual or "—",
            )
        )
    return out
