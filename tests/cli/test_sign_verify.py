"""``signing set|show|clear``, ``export-dossier --sign`` and ``verify-dossier`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db.migrate import open_database
from app.services.rectification import findings
from app.services.rectification.findings import FindingEdit
from app.services.support.context import Actor
from tests.cli.conftest import Cli, Result
from tests.dossier.signing_helpers import PASSWORD, SIGNER, flip_middle_byte, make_pkcs12

CASE = "ZJ-2021-0001"


@pytest.fixture
def p12(tmp_path: Path) -> Path:
    return make_pkcs12(tmp_path / "office.p12")


def _set(cli: Cli, p12: Path, password: str = PASSWORD) -> Result:
    return cli.run_raw(
        "--lang", "en", "signing", "set", str(p12), env=cli.env(INSPECTDESK_SIGN_PASSWORD=password)
    )


def test_sign_verify_and_notice_changes(demo_cli: Cli, p12: Path, tmp_path: Path) -> None:
    # Without a certificate, --sign is refused with a clear message and nothing is written
    pdf = tmp_path / "signed.pdf"
    refused = demo_cli("export-dossier", CASE, "-o", str(pdf), "--sign", lang="en")
    assert refused.rc == 2 and "No signing certificate is configured" in refused.err
    assert not pdf.exists()
    # A wrong password is refused; the right one configures and shows the certificate
    wrong = _set(demo_cli, p12, "nope")
    assert wrong.rc == 2 and "password does not open" in wrong.err
    done = _set(demo_cli, p12)
    assert done.rc == 0, done
    assert f"CN={SIGNER}" in done.out and "self-signed" in done.out
    shown = demo_cli.run_raw("--lang", "en", "signing", "show")
    assert shown.rc == 0 and f"CN={SIGNER}" in shown.out and "Valid:" in shown.out
    # The signed dossier verifies, naming the signer; exit 0
    exported = demo_cli("export-dossier", CASE, "-o", str(pdf), "--sign", lang="en")
    assert exported.rc == 0 and SIGNER in exported.out, exported
    ok = demo_cli.run_raw("--lang", "en", "verify-dossier", str(pdf))
    assert ok.rc == 0, ok
    assert f"Signature valid: the file is unchanged since {SIGNER}" in ok.out
    assert "not from a trusted authority" in ok.out and "Verification passed" in ok.out
    matched = demo_cli("verify-dossier", str(pdf), lang="en")
    assert matched.rc == 0 and "Records matching the database" in matched.out, matched
    # One byte changed in the middle: verification fails, exit 1
    altered = tmp_path / "altered.pdf"
    flip_middle_byte(pdf, altered)
    broken = demo_cli.run_raw("--lang", "en", "verify-dossier", str(altered))
    assert broken.rc == 1 and "Verification FAILED" in broken.out, broken
    # A finding of the case edited afterwards: --db names it, exit 1
    db = open_database(str(demo_cli.db))
    try:
        actor = Actor("demo", role="admin")
        f = findings.get_finding(db, actor, CASE, 1)
        edit = FindingEdit(
            f.item_code,
            f.severity,
            f.description + "（已更正）",
            f.legal_basis,
            f.required_rectification,
        )
        findings.update_finding(db, actor, CASE, 1, edit)
    finally:
        db.dispose()
    changed = demo_cli("verify-dossier", str(pdf), lang="zh")
    assert changed.rc == 1, changed
    assert "签名有效" in changed.out  # the file itself is as signed
    assert "问题 #1 自导出后已被修改（description）" in changed.out
    assert "核验不通过" in changed.out
    as_json = demo_cli("verify-dossier", str(pdf), "--json", lang="en")
    assert as_json.rc == 1 and '"kind": "changed"' in as_json.out and '"Finding #1"' in as_json.out
    # Clearing the certificate: --sign is refused again
    assert demo_cli.run_raw("--lang", "en", "signing", "clear").rc == 0
    again = demo_cli("export-dossier", CASE, "-o", str(tmp_path / "x.pdf"), "--sign", lang="en")
    assert again.rc == 2 and "No signing certificate" in again.err


def test_verify_dossier_bad_input(demo_cli: Cli, tmp_path: Path) -> None:
    missing = demo_cli.run_raw("--lang", "en", "verify-dossier", str(tmp_path / "none.pdf"))
    assert missing.rc == 2 and "does not exist" in missing.err
    text = tmp_path / "notes.pdf"
    text.write_text("plain text", encoding="utf-8")
    not_pdf = demo_cli.run_raw("--lang", "en", "verify-dossier", str(text))
    assert not_pdf.rc == 2 and "is not a PDF file" in not_pdf.err
    # an unsigned dossier: it says so, and exit 1 (nothing proves it unchanged)
    plain = tmp_path / "plain.pdf"
    assert demo_cli("export-dossier", CASE, "-o", str(plain)).rc == 0
    unsigned = demo_cli.run_raw("--lang", "en", "verify-dossier", str(plain))
    assert unsigned.rc == 1 and "This dossier is not signed" in unsigned.out, unsigned
