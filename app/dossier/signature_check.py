"""Reading a dossier PDF back: its signatures, checked with pyHanko, and its export facts.

What the checks mean, in the words the verification reports them in:

* *intact*: the bytes the signature covers hash to what was signed, and the
  signature over that hash is mathematically sound with the signer's key;
* *whole file*: the signature covers every byte of the file; anything
  appended after signing (an incremental update) is a modification;
* *trusted*: the signer's certificate leads to a trusted certificate
  authority: one of the public list (Mozilla's, as shipped in ``certifi``) or
  one the office added (``extra_roots``); a self-signed office certificate is
  intact but not trusted, and is reported as exactly that.

Nothing is fetched from the network: no revocation lists, no time stamps.
"""

from __future__ import annotations

import functools
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import cms, pem, x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from app.dossier.signing import FACTS_FILE

for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


class NotAPdf(ValueError):
    """The file is not a PDF at all."""


class DamagedPdf(ValueError):
    """The file starts like a PDF but cannot be read as one."""


@dataclass(frozen=True)
class SignatureCheck:
    """One signature of the file, as checked."""

    field: str
    intact: bool  # the covered bytes are unchanged and the signature is sound
    whole_file: bool  # nothing was added after signing
    trusted: bool  # the certificate leads to an authority this computer trusts
    common_name: str | None
    organisation: str | None
    subject: str
    issuer: str
    self_signed: bool
    fingerprint: str  # SHA-256 of the certificate, hex
    signed_at: datetime | None
    reason: str | None
    error: str | None = None  # why the check itself failed, if it did

    @property
    def ok(self) -> bool:
        return self.intact and self.whole_file and self.error is None


@dataclass(frozen=True)
class DossierPdf:
    signatures: list[SignatureCheck]
    facts: bytes | None  # the embedded export facts, if any


@functools.lru_cache(maxsize=1)
def public_roots() -> tuple[x509.Certificate, ...]:
    """The public certificate authorities (Mozilla's list, shipped in ``certifi``)."""
    import certifi

    return tuple(load_certificates(Path(certifi.where()).read_bytes()))


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """The certificates in PEM (one or several) or DER ``data``; ``ValueError`` if none."""
    if pem.detect(data):
        return [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, multiple=True)]
    cert = x509.Certificate.load(data)
    cert.native  # noqa: B018  (parses it all: raises ValueError on garbage)
    return [cert]


def read_dossier(path: Path, extra_roots: Sequence[x509.Certificate] = ()) -> DossierPdf:
    """The signatures and export facts of the PDF at ``path``.

    ``extra_roots`` are certificate authorities trusted besides the public ones.

    Raises ``NotAPdf`` or ``DamagedPdf``; ``OSError`` when the file cannot be read.
    """
    data = Path(path).read_bytes()
    if b"%PDF-" not in data[:1024]:
        raise NotAPdf(str(path))
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        facts = _facts(reader)
        sigs = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
        raise DamagedPdf(str(exc)[:300]) from exc
    roots = [*public_roots(), *extra_roots]
    return DossierPdf([_check(sig, roots) for sig in sigs], facts)


def _facts(reader: PdfFileReader) -> bytes | None:
    names = _deref(reader.root.get("/Names"))
    if not isinstance(names, generic.DictionaryObject) or "/EmbeddedFiles" not in names:
        return None
    tree = _deref(_deref(names["/EmbeddedFiles"]).get("/Names"))
    if not isinstance(tree, generic.ArrayObject):
        return None
    pairs = [_deref(item) for item in tree]
    for key, spec in zip(pairs[0::2], pairs[1::2], strict=False):
        if str(key) != FACTS_FILE:
            continue
        stream = _deref(_deref(spec["/EF"])["/F"])
        if isinstance(stream, generic.StreamObject):
            return bytes(stream.data)
    return None


def _deref(value: Any) -> Any:
    if isinstance(value, generic.IndirectObject):
        return value.get_object()  # type: ignore[no-untyped-call]  # pyHanko leaves it untyped
    return value


SHORT_NAMES = {
    "common_name": "CN",
    "organization_name": "O",
    "organizational_unit_name": "OU",
    "country_name": "C",
    "state_or_province_name": "ST",
    "locality_name": "L",
    "email_address": "E",
}


def readable_name(name: x509.Name) -> str:
    """``CN=…, O=…`` in the certificate's order, as ``signing show`` prints it."""
    parts = []
    for rdn in name.chosen:
        for pair in rdn:
            kind = pair["type"].native
            parts.append(f"{SHORT_NAMES.get(kind, kind)}={pair['value'].native}")
    return ", ".join(parts)


def _name_part(cert: x509.Certificate, key: str) -> str | None:
    value = cert.subject.native.get(key)
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return str(value) if value else None


def _padding_untouched(sig: Any) -> bool:
    """Whether the room reserved for the signature holds only zeros after it.

    The signature cannot cover its own slot, and a reader ignores what follows
    the signature in it; a changed byte there is still a change to the file.
    """
    raw = bytes(sig.sig_object["/Contents"])
    used = len(cms.ContentInfo.load(raw).dump())
    return not any(raw[used:])


def _check(sig: Any, roots: list[x509.Certificate]) -> SignatureCheck:
    cert: x509.Certificate = sig.signer_cert
    reason = sig.sig_object.get("/Reason")
    common = {
        "field": str(sig.field_name),
        "common_name": _name_part(cert, "common_name"),
        "organisation": _name_part(cert, "organization_name"),
        "subject": readable_name(cert.subject),
        "issuer": readable_name(cert.issuer),
        "self_signed": cert.self_signed != "no",
        "fingerprint": cert.sha256.hex(),
        "reason": str(reason) if reason is not None else None,
    }
    try:
        status = validate_pdf_signature(
            sig, ValidationContext(trust_roots=roots, allow_fetching=False)
        )
        padding_untouched = _padding_untouched(sig)
    except Exception as exc:  # a damaged signature container, an unknown algorithm
        return SignatureCheck(
            intact=False,
            whole_file=False,
            trusted=False,
            signed_at=sig.self_reported_timestamp,
            error=f"{type(exc).__name__}: {exc}"[:300],
            **common,
        )
    return SignatureCheck(
        intact=bool(status.intact and status.valid) and padding_untouched,
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        trusted=bool(status.trusted),
        signed_at=status.signer_reported_dt,
        **common,
    )
