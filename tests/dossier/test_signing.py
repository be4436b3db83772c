"""Signed dossiers: signing with an office certificate, verifying, and noticing changes.

A self-signed certificate is made for each module; the demo case ZJ-2021-0001
(findings and an attachment) is exported signed and then checked: as written,
with one byte changed, after a finding was edited, after an attachment file was
altered on disk.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.engine import Database
from app.db.migrate import open_database
from app.db.models import Attachment
from app.domain.errors import ValidationError
from app.services.exports import signing_config
from app.services.exports.dossier_export import export_dossier
from app.services.exports.dossier_verify import describe, verify_dossier
from app.services.rectification import findings
from app.services.rectification.attachments import stored_file
from app.services.rectification.findings import FindingEdit
from app.services.seed.demo import load_demo
from app.services.support.context import Actor
from tests.dossier.signing_helpers import (
    OFFICE,
    PASSWORD,
    SIGNER,
    certificate_pem,
    flip_middle_byte,
    make_pkcs12,
)

TODAY = date(2026, 11, 25)
ACTOR = Actor("demo", role="admin")
CASE = "ZJ-2021-0001"


@pytest.fixture(scope="module")
def p12(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pkcs12(tmp_path_factory.mktemp("cert") / "office.p12")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("signing-demo")
    db = open_database(str(folder / "demo.sqlite3"))
    load_demo(db, ACTOR, today=TODAY)
    db.dispose()
    return folder / "demo.sqlite3"


@pytest.fixture
def demo(template: Path, tmp_path: Path) -> Iterator[Database]:
    """A demo database of this test's own (the tests change records and files)."""
    target = tmp_path / "demo.sqlite3"
    shutil.copy(template, target)
    shutil.copytree(template.with_name("demo.sqlite3.files"), tmp_path / "demo.sqlite3.files")
    db = open_database(str(target))
    yield db
    db.dispose()


@pytest.fixture
def configured(p12: Path) -> Path:
    signing_config.configure(p12, PASSWORD)
    return p12


def _signed(demo: Database, tmp_path: Path, lang: str = "zh") -> Path:
    target = tmp_path / "signed.pdf"
    result = export_dossier(demo, ACTOR, CASE, target, lang=lang, as_of=TODAY, sign=True)
    assert result.signed_by == SIGNER
    return target


def _text(lines: list[object]) -> str:
    return "\n".join(getattr(line, "text", "") for line in lines)


def test_a_signed_dossier_verifies_and_names_its_signer(
    demo: Database, configured: Path, tmp_path: Path
) -> None:
    # Given a dossier signed with the office certificate
    pdf = _signed(demo, tmp_path)
    # When it is verified on its own and against the database it came from
    alone = verify_dossier(pdf)
    compared = verify_dossier(pdf, demo, ACTOR)
    # Then the signature is intact over the whole file, by the certificate's holder,
    # plainly not from a trusted authority (self-signed), and every record matches
    assert alone.ok and alone.signed and alone.signature_ok
    (sig,) = alone.signatures
    assert sig.common_name == SIGNER and sig.organisation == OFFICE
    assert sig.intact and sig.whole_file and not sig.trusted and sig.self_signed
    assert sig.signed_at is not None and sig.reason == "InspectDesk dossier / 检查卷宗"
    words = _text(describe(alone, "en"))
    assert f"Signature valid: the file is unchanged since {SIGNER}" in words
    assert "self-signed, not from a trusted authority" in words
    assert "Verification passed" in words
    assert compared.ok and compared.comparison is not None and compared.comparison.matches
    assert compared.comparison.records_checked > 10 and compared.comparison.files_checked == 1
    assert "签名有效" in _text(describe(compared, "zh"))


def test_the_signature_block_is_on_the_last_page_clear_of_the_text(
    demo: Database, configured: Path, tmp_path: Path
) -> None:
    pdf = _signed(demo, tmp_path)
    reader = PdfReader(pdf)
    last = reader.pages[-1]
    fields = [a.get_object() for a in last.get("/Annots", [])]
    (field,) = [f for f in fields if f.get("/FT") == "/Sig"]
    x1, y1, x2, y2 = (float(v) for v in field["/Rect"])
    assert x2 - x1 > 200 and y2 - y1 > 50  # a real block, not an invisible point
    inside: list[str] = []
    outside: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if x1 <= x <= x2 and y1 <= y <= y2:
            inside.append(text)
        else:
            outside.append((y, text))

    last.extract_text(visitor_text=visit)
    block = "".join(inside)
    # the block names the signer, the time and the reason in the dossier's font
    assert "电子签名" in block and SIGNER in block and "签署时间" in block
    assert "InspectDesk dossier / 检查卷宗" in block
    # nothing of the page's own text lies under the block (the footer is below it)
    assert outside and all("电子签名" not in text for _, text in outside)
    assert all("第" in text or y > y2 or y < y1 for y, text in outside)


def test_a_certificate_of_an_authority_the_office_trusts_is_trusted(
    demo: Database, configured: Path, tmp_path: Path
) -> None:
    # Given a dossier signed with the office certificate, and that certificate put
    # among the authorities the office trusts (the folder beside the signing settings)
    pdf = _signed(demo, tmp_path)
    folder = signing_config.trusted_folder()
    folder.mkdir()
    (folder / "office-ca.pem").write_bytes(certificate_pem(configured))
    # Then the same signature now reads as from a trusted authority
    report = verify_dossier(pdf)
    assert report.ok and report.signatures[0].trusted
    assert "issued by a trusted certificate authority" in _text(describe(report, "en"))
    # and a file there that is no certificate is named, not skipped
    (folder / "notes.txt").write_text("not a certificate", encoding="utf-8")
    with pytest.raises(ValidationError) as bad:
        verify_dossier(pdf)
    assert bad.value.code == "signing.bad_root" and "notes.txt" in bad.value.render("en")


def test_one_byte_changed_fails_verification(
    demo: Database, configured: Path, tmp_path: Path
) -> None:
    pdf = _signed(demo, tmp_path)
    altered = tmp_path / "altered.pdf"
    flip_middle_byte(pdf, altered)
    report = verify_dossier(altered)
    assert not report.ok
    words = _text(describe(report, "en"))
    assert "Verification FAILED" in words
    assert "INVALID" in words or "damaged" in words


def test_bytes_appended_after_signing_are_a_modification(
    demo: Database, configured: Path, tmp_path: Path
) -> None:
    pdf = _signed(demo, tmp_path)
    with pdf.open("ab") as out:
        out.write(b"\n% appended after signing\n")
    report = verify_dossier(pdf)
    assert not report.ok
    assert not report.signatures[0].whole_file or not report.signatures[0].intact


def test_an_edited_finding_is_reported_as_changed_since_the_export(
    demo: Database, configured: Path, tmp_path: Path
) -> None:
    # Given a signed dossier
    pdf = _signed(demo, tmp_path)
    # When finding #1 of the case is corrected afterwards
    f = findings.get_finding(demo, ACTOR, CASE, 1)
    findings.update_finding(
        demo,
        ACTOR,
        CASE,
        1,
        FindingEdit(
            item_code=f.item_code,
            severity=f.severity,
            description=f.description + "（补充说明）",
            legal_basis=f.legal_basis,
            required_rectification=f.required_rectification,
        ),
    )
    # Then the signature still holds (the file did not change) but the dossier no longer
    # matches: the finding is named by its label, with the field, and the audit event listed
    report = verify_dossier(pdf, demo, ACTOR)
    assert report.signature_ok and not report.ok
    c = report.comparison
    assert c is not None and c.audit == "ok"
    (change,) = c.changes
    assert (change.kind, change.label("en"), change.fields) == (
        "changed",
        "Finding #1",
        ["description"],
    )
    assert [e.action for e in c.events] == ["finding.edit"]
    assert c.events[0].label("zh") == "问题 #1"
    assert "Finding #1 changed since the export (description)" in _text(describe(report, "en"))
    assert "问题 #1 自导出后已被修改（description）" in _text(describe(report, "zh"))


def test_an_attachment_altered_on_disk_is_reported(
    demo: Database, configured: Path, tmp_path: Path
) -> None:
    pdf = _signed(demo, tmp_path)
    facts = verify_dossier(pdf).facts
    assert facts is not None
    (fact,) = facts.attachments
    with demo.read() as session:
        row = session.get(Attachment, uuid.UUID(fact.id))
        assert row is not None
        stored = stored_file(demo, row.stored_path)
    stored.chmod(0o644)
    stored.write_bytes(stored.read_bytes() + b"tampered")
    report = verify_dossier(pdf, demo, ACTOR)
    assert not report.ok and report.comparison is not None
    (problem,) = report.comparison.files
    assert (problem.name, problem.problem, problem.expected) == (
        fact.name,
        "file_altered",
        fact.sha256,
    )
    assert f"The stored file of attachment “{fact.name}” was altered" in _text(
        describe(report, "en")
    )


def test_an_unsigned_dossier_says_not_signed_but_still_compares(
    demo: Database, tmp_path: Path
) -> None:
    target = tmp_path / "plain.pdf"
    result = export_dossier(demo, ACTOR, CASE, target, as_of=TODAY)
    assert result.signed_by is None
    report = verify_dossier(target, demo, ACTOR)
    assert not report.signed and not report.ok
    assert report.comparison is not None and report.comparison.matches
    words = _text(describe(report, "en"))
    assert "This dossier is not signed" in words and "Records matching the database" in words


def test_signing_is_refused_without_a_usable_certificate(
    demo: Database, p12: Path, tmp_path: Path
) -> None:
    target = tmp_path / "refused.pdf"
    with pytest.raises(ValidationError) as refused:
        export_dossier(demo, ACTOR, CASE, target, sign=True)
    assert refused.value.code == "signing.not_configured" and not target.exists()
    # an expired certificate cannot be configured, nor used if it expired since
    old = make_pkcs12(
        tmp_path / "old.p12", valid_from=datetime.now(UTC) - timedelta(days=400), valid_days=30
    )
    with pytest.raises(ValidationError) as expired:
        signing_config.configure(old, PASSWORD)
    assert expired.value.code == "signing.expired"
    current = shutil.copy(p12, tmp_path / "office.p12")
    signing_config.configure(Path(current), PASSWORD)
    Path(current).write_bytes(old.read_bytes())  # the file was replaced by an expired one
    with pytest.raises(ValidationError) as late:
        export_dossier(demo, ACTOR, CASE, target, sign=True)
    assert late.value.code == "signing.expired" and not target.exists()
    assert "expired" in late.value.render("en")


def test_the_configuration_stays_out_of_the_database_and_private(demo: Database, p12: Path) -> None:
    with pytest.raises(ValidationError) as wrong:
        signing_config.configure(p12, "not the password")
    assert wrong.value.code == "signing.bad_password"
    with pytest.raises(ValidationError) as not_p12:
        signing_config.configure(Path(__file__), PASSWORD)
    assert not_p12.value.code == "signing.not_pkcs12"
    info = signing_config.configure(p12, PASSWORD)
    assert info.common_name == SIGNER and info.self_signed
    path = signing_config.config_path()
    assert path.stat().st_mode & 0o077 == 0  # readable by the user only
    status = signing_config.status()
    assert status.usable and status.password_from == "file"
    with demo.read() as session:
        from app.db.models import Setting

        stored = " ".join(s.value for s in session.execute(select(Setting)).scalars())
    assert PASSWORD not in stored and str(p12) not in stored
    assert signing_config.clear() and not signing_config.status().configured


def test_a_pdf_without_export_facts_and_a_file_that_is_no_pdf(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    other = tmp_path / "other.pdf"
    canvas = Canvas(str(other))
    canvas.drawString(100, 700, "not a dossier")
    canvas.save()
    with pytest.raises(ValidationError) as no_facts:
        verify_dossier(other)
    assert no_facts.value.code == "verify.no_facts"
    text = tmp_path / "notes.pdf"
    text.write_text("plain text", encoding="utf-8")
    with pytest.raises(ValidationError) as not_pdf:
        verify_dossier(text)
    assert not_pdf.value.code == "verify.not_pdf"
