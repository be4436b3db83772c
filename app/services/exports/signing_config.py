"""The office's signing certificate: a PKCS#12 file and its password, kept out of the database.

The choice lives in ``signing.json`` in the user's settings folder
(:func:`app.paths.config_dir`), readable by the user only (mode 0600): the
path of the PKCS#12 file and, unless the user prefers to give it each time in
``INSPECTDESK_SIGN_PASSWORD``, its password.  The variable wins over the file.
Nothing of it is written to the database, the audit trail or a log.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from app.domain.errors import ValidationError
from app.paths import config_dir
from app.services.support.atomic import PRIVATE_MODE, write_bytes

CONFIG_FILE = "signing.json"
# Certificates of authorities the office trusts besides the public ones (e.g. its own CA):
# PEM or DER files put in this folder of the settings folder.
TRUSTED_FOLDER = "trusted-roots"
PASSWORD_ENV = "INSPECTDESK_SIGN_PASSWORD"


@dataclass(frozen=True)
class CertificateInfo:
    """Who a certificate names and when it may be used."""

    common_name: str | None
    organisation: str | None
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    self_signed: bool
    fingerprint: str  # SHA-256 of the certificate (DER), hex

    @property
    def signer_name(self) -> str:
        return self.common_name or self.organisation or self.subject

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) > self.not_after

    def not_yet_valid(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) < self.not_before


@dataclass(frozen=True)
class SigningStatus:
    """What is configured, for ``signing show`` and the GUI; never raises for a bad setup."""

    configured: bool
    pkcs12: Path | None = None
    password_from: str | None = None  # "env" | "file" | None (no password available)
    certificate: CertificateInfo | None = None
    problem: ValidationError | None = None  # why signing would be refused now

    @property
    def usable(self) -> bool:
        return self.configured and self.problem is None


@dataclass(frozen=True)
class SigningIdentity:
    """The key material to sign with, loaded and checked."""

    pkcs12: bytes
    password: bytes | None
    certificate: CertificateInfo


def grouped(fingerprint: str) -> str:
    """A hex fingerprint in groups of eight, as it is read aloud and compared by eye."""
    return " ".join(fingerprint[i : i + 8] for i in range(0, len(fingerprint), 8))


def config_path() -> Path:
    return config_dir() / CONFIG_FILE


def trusted_folder() -> Path:
    return config_dir() / TRUSTED_FOLDER


def trusted_roots() -> list[asn1_x509.Certificate]:
    """The certificates in :func:`trusted_folder`; ``ValidationError`` naming a bad file."""
    from app.dossier.signature_check import load_certificates

    folder = trusted_folder()
    if not folder.is_dir():
        return []
    roots: list[asn1_x509.Certificate] = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        try:
            roots.extend(load_certificates(path.read_bytes()))
        except (OSError, ValueError, TypeError) as exc:
            raise ValidationError("signing.bad_root", path=str(path)) from exc
    return roots


def _name(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = [str(a.value) for a in name.get_attributes_for_oid(oid)]
    return ", ".join(values) or None


def _readable(name: x509.Name) -> str:
    """``CN=…, O=…`` in the order the certificate lists them (RFC 4514 would reverse it)."""
    return ", ".join(f"{attr.rfc4514_attribute_name}={attr.value!s}" for attr in name)


def describe(cert: x509.Certificate) -> CertificateInfo:
    from cryptography.hazmat.primitives import hashes

    return CertificateInfo(
        common_name=_name(cert.subject, NameOID.COMMON_NAME),
        organisation=_name(cert.subject, NameOID.ORGANIZATION_NAME),
        subject=_readable(cert.subject),
        issuer=_readable(cert.issuer),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        self_signed=cert.subject == cert.issuer,
        fingerprint=cert.fingerprint(hashes.SHA256()).hex(),
    )


def read_certificate(path: Path, password: str | None) -> tuple[bytes, CertificateInfo]:
    """The bytes of the PKCS#12 file at ``path`` and its certificate, opened with ``password``.

    Raises ``ValidationError`` naming the file when it is missing, is not a
    PKCS#12 file, the password does not open it, or it holds no private key.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ValidationError("signing.file_missing", path=str(path)) from exc
    except OSError as exc:
        raise ValidationError(
            "signing.file_unreadable", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    secret = password.encode("utf-8") if password else None
    try:
        key, cert, _others = pkcs12.load_key_and_certificates(data, secret)
    except (ValueError, TypeError) as exc:
        # cryptography says the same for both; tell them apart for the user
        raise ValidationError(
            "signing.bad_password" if _is_pkcs12(data) else "signing.not_pkcs12", path=str(path)
        ) from exc
    if key is None or cert is None:
        raise ValidationError("signing.no_key", path=str(path))
    return data, describe(cert)


def _is_pkcs12(data: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        pfx["auth_safe"]["content_type"].native  # noqa: B018  (parses the structure)
    except (ValueError, TypeError, KeyError):
        return False
    return True


def _read_config() -> dict[str, Any] | None:
    path = config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ValidationError(
            "signing.config_unreadable", path=str(path), reason=exc.strerror or str(exc)
        ) from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValidationError("signing.config_unreadable", path=str(path), reason=str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("pkcs12"), str):
        raise ValidationError("signing.config_unreadable", path=str(path), reason="no pkcs12 path")
    return data


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` readable by the user only, replacing the file whole."""
    write_bytes(path, text.encode("utf-8"), mode=PRIVATE_MODE)


def configure(pkcs12_path: Path, password: str, *, store_password: bool = True) -> CertificateInfo:
    """Choose the office certificate: checked to open with ``password``, then remembered.

    Guarantees: the file opens with the password and holds a key and a
    certificate, or nothing changes (``ValidationError``).  An expired
    certificate is refused too.  The password is kept in the settings file
    (mode 0600) only with ``store_password``; otherwise signing reads it from
    ``INSPECTDESK_SIGN_PASSWORD``.
    """
    path = Path(pkcs12_path).expanduser().resolve()
    _data, info = read_certificate(path, password)
    _check_dates(info)
    config: dict[str, Any] = {"pkcs12": str(path)}
    if store_password:
        config["password"] = password
    _write_private(config_path(), json.dumps(config, ensure_ascii=False, indent=2) + "\n")
    return info


def clear() -> bool:
    """Forget the office certificate (the PKCS#12 file itself is left alone); whether one was set."""
    try:
        config_path().unlink()
    except FileNotFoundError:
        return False
    return True


def _password(config: dict[str, Any]) -> tuple[str | None, str | None]:
    env = os.environ.get(PASSWORD_ENV)
    if env is not None:
        return env, "env"
    stored = config.get("password")
    if isinstance(stored, str):
        return stored, "file"
    return None, None


def _check_dates(info: CertificateInfo) -> None:
    if info.expired():
        raise ValidationError(
            "signing.expired", subject=info.subject, until=info.not_after.date().isoformat()
        )
    if info.not_yet_valid():
        raise ValidationError(
            "signing.not_yet_valid", subject=info.subject, since=info.not_before.date().isoformat()
        )


def status() -> SigningStatus:
    """What is configured and whether signing would work now (the reason if not)."""
    try:
        config = _read_config()
    except ValidationError as exc:
        return SigningStatus(configured=True, problem=exc)
    if config is None:
        return SigningStatus(configured=False, problem=ValidationError("signing.not_configured"))
    path = Path(config["pkcs12"])
    password, source = _password(config)
    if password is None:
        problem = ValidationError("signing.password_required", variable=PASSWORD_ENV)
        return SigningStatus(True, path, None, None, problem)
    try:
        _data, info = read_certificate(path, password)
    except ValidationError as exc:
        return SigningStatus(True, path, source, None, exc)
    try:
        _check_dates(info)
    except ValidationError as exc:
        return SigningStatus(True, path, source, info, exc)
    return SigningStatus(True, path, source, info, None)


def load_identity() -> SigningIdentity:
    """The configured key material, ready to sign with.

    Raises ``ValidationError`` when no certificate is configured, its file is
    missing or does not open, no password is available, or it has expired or
    is not valid yet.
    """
    config = _read_config()
    if config is None:
        raise ValidationError("signing.not_configured")
    password, _source = _password(config)
    if password is None:
        raise ValidationError("signing.password_required", variable=PASSWORD_ENV)
    data, info = read_certificate(Path(config["pkcs12"]), password)
    _check_dates(info)
    return SigningIdentity(data, password.encode("utf-8"), info)
