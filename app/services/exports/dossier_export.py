"""Export the dossier of one case as a PDF, written whole or not at all."""

from __future__ import annotations

import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign.general import SigningError
from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Attachment
from app.db.types import utcnow
from app.domain.errors import ValidationError
from app.dossier import BuildOutcome, DossierOptions, DossierWarning, build_case_dossier
from app.dossier.labels import label
from app.dossier.model import SignatureBlock
from app.dossier.signing import REASON, SignRequest, finish_pdf
from app.readmodel.case import CaseDetail
from app.services.casework import cases
from app.services.exports import signing_config
from app.services.exports.dossier_facts import ExportFacts, audit_head, collect_facts
from app.services.rectification.attachments import file_hash, stored_file
from app.services.support.atomic import EXPORT_MODE, atomic_write
from app.services.support.common import clean_text, get_case
from app.services.support.context import Actor

LANGS = ("zh", "en")
MAX_OFFICE = 100  # the issuing office on the cover and in every page header
MAX_MARKING = 40  # the marking (e.g. 内部资料) on every page


@dataclass(frozen=True)
class DossierResult:
    path: Path
    pages: int
    warnings: list[DossierWarning]
    bundle: Path | None = None  # the zip of the dossier and the original files, if asked for
    signed_by: str | None = None  # the signer named by the certificate, if signed


def _attachment_files(
    db: Database, detail: CaseDetail
) -> tuple[dict[uuid.UUID, Path | None], list[DossierWarning]]:
    """The stored file of every attachment of the case, checked against its recorded hash."""
    with db.read() as session:
        rows = session.execute(
            select(Attachment.id, Attachment.stored_path).where(Attachment.case_id == detail.id)
        ).all()
    stored = {row[0]: row[1] for row in rows}
    files: dict[uuid.UUID, Path | None] = {}
    warnings: list[DossierWarning] = []
    for a in detail.attachments:
        rel = stored.get(a.id)
        path = stored_file(db, rel) if rel else None
        if path is None or not path.is_file():
            files[a.id] = None
            warnings.append(DossierWarning("dossier.file_missing", {"name": a.original_name}))
            continue
        files[a.id] = path
        actual = file_hash(path)
        if actual != a.sha256:
            warnings.append(
                DossierWarning(
                    "dossier.hash_mismatch",
                    {"name": a.original_name, "expected": a.sha256, "actual": actual},
                )
            )
    return files, warnings


def export_dossier(
    db: Database,
    actor: Actor,
    case_number: str,
    target: Path,
    *,
    lang: str = "zh",
    office: str | None = None,
    marking: str | None = None,
    as_of: date | None = None,
    with_files: Path | None = None,
    sign: bool = False,
) -> DossierResult:
    """Write the dossier of ``case_number`` to ``target`` as seen by ``actor``.

    Guarantees: ``target`` is either replaced by the complete new PDF or left as
    it was (the PDF is built in a temporary file beside it and renamed); the
    database is only read.  What the dossier could not show (a missing or
    unreadable file, characters outside the font) is returned in ``warnings``
    and listed at the end of the dossier.  Raises ``NotFoundError`` for a case
    the actor does not see and ``ValidationError`` for bad options or an
    unwritable target.

    With ``with_files``, also writes a zip holding the dossier and every stored
    attachment as ``attachments/NNN_name`` (NNN: its number in the manifest) and
    a ``SHA256SUMS`` listing, written whole or not at all like the PDF.

    Every dossier embeds its export facts (:mod:`app.services.exports.dossier_facts`):
    the record digests and audit head a later ``verify-dossier`` compares with
    the database.  With ``sign``, the PDF is also signed with the office
    certificate (:mod:`app.services.exports.signing_config`) and shows a signature
    block on its last page; without a usable certificate (none configured,
    expired, wrong password) the export is refused before anything is written.
    """
    if lang not in LANGS:
        raise ValidationError("dossier.bad_lang", value=lang)
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("dossier.target_folder", path=str(target))
    if with_files is not None and not Path(with_files).parent.is_dir():
        raise ValidationError("dossier.target_folder", path=str(with_files))
    # Shown on every page: refused before any work when they cannot be (too long to lay
    # out, control characters), as any other text an official types.
    office = clean_text(office, "office", max_length=MAX_OFFICE)
    marking = clean_text(marking, "marking", max_length=MAX_MARKING)
    identity = signing_config.load_identity() if sign else None
    now = utcnow().replace(microsecond=0)
    detail, facts = _snapshot(db, actor, case_number, as_of, lang, now)
    files, file_warnings = _attachment_files(db, detail)
    block = None
    if identity is not None:
        cert = identity.certificate
        block = SignatureBlock(cert.signer_name, cert.organisation, now, REASON)
    options = DossierOptions(
        lang=lang,
        office=office or label("default_office", lang),
        marking=marking or label("default_marking", lang),
        generated_by=actor.login,
        signature=block,
    )
    outcomes: list[BuildOutcome] = []

    def write_pdf(out: IO[bytes]) -> None:
        try:
            outcome = build_case_dossier(detail, out, options, files, warnings=file_warnings)
        except LayoutError as exc:  # something ReportLab could not place on a page
            raise ValidationError("dossier.build_failed", reason=str(exc)[:300]) from exc
        outcomes.append(outcome)
        _finish(out, facts, identity, outcome, now)

    _write_atomically(target, write_pdf)
    outcome = outcomes[0]
    if with_files is not None:
        _write_atomically(Path(with_files), lambda out: _bundle(out, target, detail, files))
    signed_by = identity.certificate.signer_name if identity is not None else None
    return DossierResult(target, outcome.pages, outcome.warnings, with_files, signed_by)


def _snapshot(
    db: Database, actor: Actor, case_number: str, as_of: date | None, lang: str, now: datetime
) -> tuple[CaseDetail, ExportFacts]:
    """The case as shown and its export facts, read with no change committed in between.

    Every change writes an audit event, so an unchanged audit head before and
    after means the dossier shows exactly the records the facts describe; a
    change in between (another official saving) makes it read again.
    """
    for _attempt in range(3):
        with db.read() as session:
            before = audit_head(session)
        detail = cases.show_case(db, actor, case_number, as_of=as_of)
        with db.read() as session:
            case = get_case(session, actor, case_number)
            facts = collect_facts(session, case, exported_by=actor.login, lang=lang, at=now)
        with db.read() as session:
            after = audit_head(session)
        if before == after == (facts.head_seq, facts.head_hash):
            break
    return detail, facts


def _finish(
    out: IO[bytes],
    facts: ExportFacts,
    identity: signing_config.SigningIdentity | None,
    outcome: BuildOutcome,
    now: datetime,
) -> None:
    """Embed the export facts and, with an identity, sign over the drawn signature block."""
    request = None
    if identity is not None:
        if outcome.signature_place is None:  # the block was not drawn: never sign blind
            raise ValidationError("signing.failed", reason="no signature block")
        request = SignRequest(
            pkcs12=identity.pkcs12,
            password=identity.password,
            signed_at=now,
            place=outcome.signature_place,
            signer_name=identity.certificate.signer_name,
        )
    try:
        finish_pdf(out, facts.to_json(), request)
    except (ValueError, PdfError, SigningError) as exc:
        raise ValidationError("signing.failed", reason=str(exc)[:300]) from exc


def bundle_name(number: int, original_name: str) -> str:
    """Where attachment ``number`` of the manifest goes in the zip."""
    return f"attachments/{number:03d}_{original_name}"


def _bundle(
    out: IO[bytes], pdf: Path, detail: CaseDetail, files: dict[uuid.UUID, Path | None]
) -> None:
    sums: list[str] = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.write(pdf, pdf.name)
        for number, a in enumerate(detail.attachments, 1):
            path = files.get(a.id)
            if path is None:
                continue  # missing: already among the warnings and in the dossier's list
            name = bundle_name(number, a.original_name)
            archive.write(path, name)
            sums.append(f"{a.sha256}  {name}")
        archive.writestr("SHA256SUMS", "\n".join(sums) + ("\n" if sums else ""))


def _write_atomically(target: Path, write: Callable[[IO[bytes]], None]) -> None:
    """Write ``target`` through a temporary file beside it: all of it, or nothing changes."""
    try:
        # (readable too: a signed PDF gets an update appended to what was written)
        with atomic_write(target, mode=EXPORT_MODE) as out:
            write(out)
    except OSError as exc:
        raise ValidationError(
            "dossier.write_failed", path=str(target), reason=exc.strerror or str(exc)
        ) from exc
