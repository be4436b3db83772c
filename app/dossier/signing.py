"""Finishing a written dossier: the export facts as an embedded file, and the PDF signature.

Both are appended to the PDF ReportLab wrote, as one incremental update made
with pyHanko, so the signature covers the facts: whoever changes them breaks
the signature.  The signature (PAdES baseline, SHA-256) is placed in a
signature field over the visible block the dossier drew on its last page
(:mod:`app.dossier.sections.signature`); the field's own appearance is left
empty so that block shows through.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Any

from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfSigningSession
from pyhanko.stamp import TextStampStyle

from app.dossier.model import SignaturePlace

FACTS_FILE = "inspectdesk-export.json"
FIELD_NAME = "InspectDeskSignature"
REASON = "InspectDesk dossier / 检查卷宗"

# pyHanko reports problems it recovers from (and a self-signed certificate) through
# its loggers; without a handler Python would print them to the terminal.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True)
class SignRequest:
    """What signing needs: the key material, when, and where the visible block is."""

    pkcs12: bytes
    password: bytes | None
    signed_at: datetime  # shown in the visible block; written as the signing time
    place: SignaturePlace
    signer_name: str


class _TimedSigner(signers.PdfSigner):
    """A PDF signer that writes the signing time the visible block already shows."""

    def __init__(self, *args: Any, signed_at: datetime, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._signed_at = signed_at

    def init_signing_session(
        self, pdf_out: Any, existing_fields_only: bool = False
    ) -> PdfSigningSession:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._signed_at
        return session


def load_signer(pkcs12: bytes, password: bytes | None) -> signers.SimpleSigner:
    """The pyHanko signer of a PKCS#12 file; ``ValueError`` when it does not open."""
    signer: signers.SimpleSigner = signers.SimpleSigner.load_pkcs12_data(
        pkcs12, [], passphrase=password
    )
    return signer


def finish_pdf(pdf: IO[bytes], facts: bytes, sign: SignRequest | None = None) -> None:
    """Append the export facts (and the signature, if asked) to the PDF in ``pdf``.

    ``pdf`` is open for reading and writing; the update is written at its end.
    """
    pdf.flush()
    pdf.seek(0)
    writer = IncrementalPdfFileWriter(pdf)
    data = embed.EmbeddedFileObject.from_file_data(
        writer,
        facts,
        mime_type="application/json",
        params=embed.EmbeddedFileParams(embed_size=True),
    )
    embed.embed_file(
        writer,
        embed.FileSpec(
            file_spec_string=FACTS_FILE,
            file_name=FACTS_FILE,
            embedded_data=data,
            description="InspectDesk export facts: record hashes and audit head at export",
        ),
    )
    if sign is None:
        writer.write_in_place()  # type: ignore[no-untyped-call]  # pyHanko leaves it untyped
        return
    x1, y1, x2, y2 = sign.place.box
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        reason=REASON,
        name=sign.signer_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    signer = _TimedSigner(
        meta,
        load_signer(sign.pkcs12, sign.password),
        # an empty, borderless appearance: the block drawn by the dossier shows through
        stamp_style=TextStampStyle(stamp_text="", border_width=0, background=None),
        new_field_spec=fields.SigFieldSpec(
            FIELD_NAME, on_page=sign.place.page - 1, box=(int(x1), int(y1), int(x2), int(y2))
        ),
        signed_at=sign.signed_at,
    )
    signer.sign_pdf(writer, in_place=True)
