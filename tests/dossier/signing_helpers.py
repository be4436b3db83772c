"""Test certificates: a self-signed office certificate as a PKCS#12 file, made on the spot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

SIGNER = "王审核"
OFFICE = "浙江省网信办（测试）"
PASSWORD = "office-secret"


def make_pkcs12(
    path: Path,
    *,
    password: str = PASSWORD,
    common_name: str = SIGNER,
    valid_from: datetime | None = None,
    valid_days: int = 365,
) -> Path:
    """A self-signed certificate and its key in a PKCS#12 file at ``path``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, OFFICE),
        ]
    )
    start = valid_from or datetime.now(UTC) - timedelta(days=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=valid_days))
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(
        b"office",
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(password.encode("utf-8")),
    )
    path.write_bytes(data)
    return path


def certificate_pem(p12: Path, password: str = PASSWORD) -> bytes:
    """The certificate of a PKCS#12 file, as PEM."""
    _key, cert, _others = pkcs12.load_key_and_certificates(
        p12.read_bytes(), password.encode("utf-8")
    )
    assert cert is not None
    return cert.public_bytes(serialization.Encoding.PEM)


def flip_middle_byte(source: Path, target: Path) -> int:
    """Copy ``source`` to ``target`` with the byte in the middle changed; its offset."""
    data = bytearray(source.read_bytes())
    middle = len(data) // 2
    data[middle] ^= 0x01
    target.write_bytes(bytes(data))
    return middle
