"""Export the dossier of one case as a PDF, written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

from reportlab.platypus.doctemplate import LayoutError
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Attachment
from app.domain.errors import ValidationError
from app.dossier import BuildOutcome, DossierOptions, DossierWarning, build_case_dossier
from app.dossier.labels import label
from app.services import cases
from app.services.attachments import file_hash, stored_file
from app.services.context import Actor

LANGS = ("zh", "en")


@dataclass(frozen=True)
class DossierResult:
    path: Path
    pages: int
    warnings: list[DossierWarning]
    bundle: Path | None = None  # the zip of the dossier and the original files, if asked for


def _attachment_files(
    db: Database, detail: cases.CaseDetail
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
    """
    if lang not in LANGS:
        raise ValidationError("dossier.bad_lang", value=lang)
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ValidationError("dossier.target_folder", path=str(target))
    if with_files is not None and not Path(with_files).parent.is_dir():
        raise ValidationError("dossier.target_folder", path=str(with_files))
    detail = cases.show_case(db, actor, case_number, as_of=as_of)
    files, file_warnings = _attachment_files(db, detail)
    options = DossierOptions(
        lang=lang,
        office=office or label("default_office", lang),
        marking=marking or label("default_marking", lang),
        generated_by=actor.login,
    )
    outcomes: list[BuildOutcome] = []

    def write_pdf(out: IO[bytes]) -> None:
        try:
            outcomes.append(build_case_dossier(detail, out, options, files, warnings=file_warnings))
        except LayoutError as exc:  # something ReportLab could not place on a page
            raise ValidationError("dossier.build_failed", reason=str(exc)[:300]) from exc

    _write_atomically(target, write_pdf)
    outcome = outcomes[0]
    if with_files is not None:
        _write_atomically(Path(with_files), lambda out: _bundle(out, target, detail, files))
    return DossierResult(target, outcome.pages, outcome.warnings, with_files)


def bundle_name(number: int, original_name: str) -> str:
    """Where attachment ``number`` of the manifest goes in the zip."""
    return f"attachments/{number:03d}_{original_name}"


def _bundle(
    out: IO[bytes], pdf: Path, detail: cases.CaseDetail, files: dict[uuid.UUID, Path | None]
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
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as out:
                write(out)
            os.replace(tmp_name, target)
        except BaseException:
            _discard(tmp_name)
            raise
    except OSError as exc:
        raise ValidationError(
            "dossier.write_failed", path=str(target), reason=exc.strerror or str(exc)
        ) from exc


def _discard(name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(name)
