"""Helpers scripts/build.sh runs from the source tree around the frozen and installed program.

    python packaging/ci_checks.py pdf FILE.pdf TEXT...      text extractable, fonts embedded
    python packaging/ci_checks.py make-p12 OUT.p12 OUT.pem  a throwaway office certificate
    python packaging/ci_checks.py old-db FILE.sqlite3       demo data at the revision before head
    python packaging/ci_checks.py counts FILE.sqlite3       rows per table and the revision (JSON)
    python packaging/ci_checks.py migrated BEFORE.json DB BACKUP  rows kept, backup as before
    python packaging/ci_checks.py first-case KEY < cases.json  KEY of `cases list --json`'s first
    python packaging/ci_checks.py smoke-time < output       the seconds of the smoke mode's line

They only prepare inputs and read results back: every step under test runs the built program.
The certificate password is read from $INSPECTDESK_SIGN_PASSWORD.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from pathlib import Path
from typing import Any

TABLES = ("companies", "cases", "findings", "inspections", "attachments", "audit_events")


def check_pdf(path: Path, texts: list[str]) -> int:
    """Each of ``texts`` extracts from the PDF, with Chinese in it, and every font is embedded."""
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(path)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    problems = [f"text {t!r} not extractable" for t in texts if t not in text]
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if cjk < 50:
        problems.append(f"only {cjk} Chinese characters extractable")
    # Every font text is shown in must be embedded. (ReportLab also names Helvetica in empty
    # "BT /F1 12 Tf ET" blocks of its page and table preambles: named, never drawn with.)
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        declared = (resources.get_object().get("/Font") if resources else None) or {}
        declared = declared.get_object() if hasattr(declared, "get_object") else declared
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = str(operands[0])
            elif operator in (b"Tj", b"TJ", b"'", b'"') and current in declared:
                font = declared[current].get_object()
                descendants = font.get("/DescendantFonts")
                target = descendants[0].get_object() if descendants else font
                descriptor = target.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts[f"{font.get('/BaseFont')} ({font.get('/Subtype')})"] = embedded
    if not fonts:
        problems.append("no text shown in any font")
    problems += [f"font {name} not embedded" for name, ok in fonts.items() if not ok]
    for problem in problems:
        print(f"{path}: {problem}", file=sys.stderr)
    if not problems:
        print(
            f"{path}: {len(reader.pages)} pages, {cjk} Chinese characters extractable, "
            f"fonts embedded: {', '.join(sorted(fonts))}"
        )
    return 1 if problems else 0


def make_p12(p12: Path, pem: Path) -> int:
    """A self-signed signing certificate and key, valid for a day either side of now."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    password = os.environ["INSPECTDESK_SIGN_PASSWORD"].encode("utf-8")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "构建检查（临时证书）"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "InspectDesk CI"),
        ]
    )
    now = datetime.now(UTC)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    encryption = serialization.BestAvailableEncryption(password)
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"ci", key, cert, None, encryption))
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    print(f"{p12}: self-signed certificate for {cert.subject.rfc4514_string()}")
    return 0


def old_db(path: Path) -> int:
    """The demo data at head, then migrated down one revision (as the migration tests do)."""
    from datetime import date

    from alembic.script import ScriptDirectory

    from app.db.migrate import alembic_config, downgrade, head_revision, open_database
    from app.services.seed.demo import load_demo
    from app.services.support.context import local_actor

    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head_revision())
    target = previous.down_revision
    assert isinstance(target, str)
    db = open_database(str(path))
    try:
        load_demo(db, local_actor("build-check"), today=date(2025, 6, 30))
        downgrade(db, target)
    finally:
        db.dispose()
    print(json.dumps(counts(path), sort_keys=True))
    return 0


def counts(path: Path) -> dict[str, Any]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result: dict[str, Any] = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES
        }
        result["revision"] = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    return result


def migrated(before_json: Path, db: Path, backup: Path) -> int:
    """The migrated database holds every row it held; the backup is the database as it was."""
    before = json.loads(before_json.read_text(encoding="utf-8"))
    after, copy = counts(db), counts(backup)

    def rows(c: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in c.items() if k != "revision"}

    problems = []
    if rows(after) != rows(before):
        problems.append(f"rows changed by the migration: {before} -> {after}")
    if copy != before:
        problems.append(f"the backup is not the database as it was: {copy} != {before}")
    for problem in problems:
        print(f"{db}: {problem}", file=sys.stderr)
    if not problems:
        print(
            f"migrated {before['revision']} -> {after['revision']}, every row kept: {rows(after)}"
        )
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command, args = argv[0], argv[1:]
    if command == "pdf":
        return check_pdf(Path(args[0]), args[1:])
    if command == "make-p12":
        return make_p12(Path(args[0]), Path(args[1]))
    if command == "old-db":
        return old_db(Path(args[0]))
    if command == "counts":
        print(json.dumps(counts(Path(args[0])), sort_keys=True))
        return 0
    if command == "first-case":
        print(json.load(sys.stdin)[0][args[0]])
        return 0
    if command == "migrated":
        return migrated(Path(args[0]), Path(args[1]), Path(args[2]))
    if command == "smoke-time":
        found = re.findall(r"smoke: first paint ([\d.]+) s", sys.stdin.read())
        if not found:
            return 1
        print(found[-1])
        return 0
    raise SystemExit(f"unknown command {command!r}\n{__doc__}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the app package
    raise SystemExit(main(sys.argv[1:]))
