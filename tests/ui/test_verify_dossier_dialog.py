"""Tools → Verify a dossier… and the case window's "Sign with the office certificate" box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.models import Case, Finding
from app.services.exports import signing_config
from app.services.exports.dossier_export import export_dossier
from app.services.rectification import findings
from app.services.rectification.findings import FindingEdit
from app.ui.case_view.window import CaseWindow
from app.ui.context import UiContext
from app.ui.dialogs.verify_dossier_dialog import VerifyDossierDialog
from tests.dossier.signing_helpers import PASSWORD, SIGNER, make_pkcs12


def _open_case_with_a_finding(ctx: UiContext) -> str:
    with ctx.db.read() as session:
        return session.execute(
            select(Case.case_number)
            .join(Finding, Finding.case_id == Case.id)
            .where(Case.status != "closed", Finding.number == 1)
            .order_by(Case.case_number)
            .limit(1)
        ).scalar_one()


def test_the_verify_dialog_shows_the_signature_and_the_changed_finding(
    qtbot: Any, demo_ctx: UiContext, tmp_path: Path
) -> None:
    # Given a signed dossier of a case
    signing_config.configure(make_pkcs12(tmp_path / "office.p12"), PASSWORD)
    number = _open_case_with_a_finding(demo_ctx)
    pdf = tmp_path / "signed.pdf"
    export_dossier(demo_ctx.db, demo_ctx.actor, number, pdf, lang="en", sign=True)
    dialog = VerifyDossierDialog(demo_ctx, path=pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    # When it is verified
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    # Then the verdict and the signer are shown in plain words
    assert dialog.verdict.text() == "The dossier is verified."
    shown = "\n".join(dialog.texts())
    assert f"Signature valid: the file is unchanged since {SIGNER}" in shown
    assert "self-signed, not from a trusted authority" in shown
    # When finding #1 is corrected and the dossier verified again
    f = findings.get_finding(demo_ctx.db, demo_ctx.actor, number, 1)
    edit = FindingEdit(
        f.item_code,
        f.severity,
        f.description + " (corrected)",
        f.legal_basis,
        f.required_rectification,
    )
    findings.update_finding(demo_ctx.db, demo_ctx.actor, number, 1, edit)
    dialog.report = None
    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    # Then it no longer verifies, and the changed record is named
    assert dialog.verdict.text() == "The dossier does NOT verify."
    assert any("Finding #1 changed since the export (description)" in t for t in dialog.texts())


def test_the_sign_box_needs_a_certificate_and_says_why(
    qtbot: Any, demo_ctx: UiContext, tmp_path: Path
) -> None:
    window = CaseWindow(demo_ctx, _open_case_with_a_finding(demo_ctx))
    qtbot.addWidget(window)
    window.show()
    assert not window.sign_box.isEnabled()
    assert "No signing certificate is configured" in window.sign_box.toolTip()
    signing_config.configure(make_pkcs12(tmp_path / "office.p12"), PASSWORD)
    window.update_signing()
    assert window.sign_box.isEnabled() and SIGNER in window.sign_box.toolTip()
