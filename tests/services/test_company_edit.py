"""Editing a registered company and listing its cases in every province."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.services.casework import cases
from app.services.registry import company_edit
from app.services.support.context import Actor
from tests.services.helpers import add_company, credit_code


def test_update_changes_fields_and_audits_only_the_changes(db: Database, actor: Actor) -> None:
    # Given a registered company
    code = add_company(db, actor)
    detail = company_edit.get_company(db, actor, code)
    # When its English name and e-mail are set
    new = dataclasses.replace(detail.data, name_en="Hangzhou Test", contact_email="a@b.cn")
    company_edit.update_company(db, actor, code, new, expected_version=detail.version)
    # Then they are stored, the version moved on, and the audit event names only them
    after = company_edit.get_company(db, actor, code)
    assert after.data.name_en == "Hangzhou Test"
    assert after.data.contact_email == "a@b.cn"
    assert after.version == detail.version + 1
    with db.read() as s:
        event = s.execute(select(AuditEvent).order_by(AuditEvent.seq.desc())).scalars().first()
        assert event is not None and event.action == "company.update"
        bookkeeping = {"updated_at", "updated_by"}  # who and when: the event's actor and time
        assert set(event.after or {}) - bookkeeping == {"name_en", "contact_email", "version"}


def test_update_refuses_what_registration_refuses(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)
    other = add_company(db, actor, 2, name="另一家公司")
    data = company_edit.get_company(db, actor, code).data
    with pytest.raises(ValidationError) as bad_code:
        company_edit.update_company(
            db, actor, code, dataclasses.replace(data, credit_code=code[:-1] + "X")
        )
    assert bad_code.value.code in ("credit_code.check", "credit_code.char")
    with pytest.raises(ValidationError) as duplicate:
        company_edit.update_company(db, actor, code, dataclasses.replace(data, credit_code=other))
    assert duplicate.value.code == "company.duplicate"
    with pytest.raises(ValidationError) as blank:
        company_edit.update_company(db, actor, code, dataclasses.replace(data, name_zh=" "))
    assert blank.value.values["field"] == "name_zh"
    with pytest.raises(ValidationError):
        company_edit.update_company(
            db, actor, code, dataclasses.replace(data, contact_email="not-an-address")
        )
    # Nothing changed
    assert company_edit.get_company(db, actor, code).data == data


def test_a_corrected_credit_code_keeps_the_cases(db: Database, actor: Actor) -> None:
    code = add_company(db, actor, 1)
    number = cases.open_case(db, actor, code)
    corrected = credit_code(99, "330106")
    data = company_edit.get_company(db, actor, code).data
    result = company_edit.update_company(
        db, actor, code, dataclasses.replace(data, credit_code=corrected.lower())
    )
    assert result == corrected
    assert [r.case_number for r in company_edit.company_cases(db, actor, corrected)] == [number]


def test_stale_version_viewer_and_scope_are_refused(db: Database, actor: Actor) -> None:
    code = add_company(db, actor)
    detail = company_edit.get_company(db, actor, code)
    company_edit.update_company(db, actor, code, dataclasses.replace(detail.data, name_en="A"))
    with pytest.raises(ConflictError):
        company_edit.update_company(db, actor, code, detail.data, expected_version=detail.version)
    with pytest.raises(ConflictError):
        company_edit.update_company(db, Actor("v", role="viewer"), code, detail.data)
    beijing = Actor("bj", role="inspector", all_provinces=False, provinces=frozenset({"110000"}))
    with pytest.raises(NotFoundError):
        company_edit.get_company(db, beijing, code)
    zhejiang = Actor("zj", role="inspector", all_provinces=False, provinces=frozenset({"330000"}))
    with pytest.raises(ConflictError):
        company_edit.update_company(
            db, zhejiang, code, dataclasses.replace(detail.data, province="110000")
        )


def test_company_cases_in_every_province_the_actor_sees(db: Database, actor: Actor) -> None:
    # Given a Zhejiang company with a case in Zhejiang and one in Beijing
    code = add_company(db, actor)
    zj = cases.open_case(db, actor, code)
    bj = cases.open_case(db, actor, code, province="110000")
    # Then a national actor sees both, a Beijing official only the Beijing one
    assert {r.case_number for r in company_edit.company_cases(db, actor, code)} == {zj, bj}
    beijing = Actor("bj", role="inspector", all_provinces=False, provinces=frozenset({"110000"}))
    rows = company_edit.company_cases(db, beijing, code)
    assert [(r.case_number, r.province_code) for r in rows] == [(bj, "110000")]
    assert rows[0].status == "opened"


def test_an_edit_is_found_by_the_global_search(db: Database, actor: Actor) -> None:
    from app.services.overview.search import search

    code = add_company(db, actor)
    number = cases.open_case(db, actor, code)
    data = company_edit.get_company(db, actor, code).data
    company_edit.update_company(db, actor, code, dataclasses.replace(data, short_name="声浪"))
    hits = {(h.kind, h.case_number) for h in search(db, actor, "声浪")}
    assert ("company", None) in hits and ("case", number) in hits
