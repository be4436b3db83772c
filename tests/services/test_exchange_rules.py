"""An exchange package holds what the importing official could have written with the commands.

Each test forges a package from a genuine one (Zhejiang's or Beijing's cases of the
demo data) the way a sending office, or an attacker, would: records changed, added or
pointed elsewhere, every record hash and the manifest made right again, so that only
the rules of the records stand between the package and the database.  The receiving
office already holds both provinces (imported from the genuine packages), so a
changed record arrives as an update.  Every refusal names the file, the record and
the reason, and leaves every row and every stored file as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Database
from app.db.migrate import open_database
from app.domain.credit_code import make_credit_code
from app.domain.errors import InspectDeskError
from app.services.exchange import (
    import_package,
    list_conflicts,
    resolve_conflict,
)
from app.services.rectification import findings
from app.services.support.audit import verify_chain
from app.services.support.context import Actor
from tests.conftest import Databases
from tests.services.exchange_helpers import (
    Forgery,
    clone,
    exchanged_demo,
    refused_import,
    state,
)

TODAY = date(2025, 6, 30)
ZJ, BJ = "330000", "110000"
SENDER = Actor("office_a", role="supervisor")
SUPERVISOR = Actor("office_b", role="supervisor")
INSPECTOR = Actor("inspector_b", role="inspector")  # every province
ZJ_INSPECTOR = Actor(
    "zj_inspector", role="inspector", all_provinces=False, provinces=frozenset({ZJ})
)
OTHER_CODE = make_credit_code("91330108MA01DEM10")  # valid, and nobody's
BJ_CODE = make_credit_code("91110108MA01DEM99")
ZJ_SUPERVISOR = Actor("zj_chief", role="supervisor", all_provinces=False, provinces=frozenset({ZJ}))


@pytest.fixture(scope="module")
def template(
    backend: str, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[dict[str, Path], Database]]:
    """Zhejiang's and Beijing's packages, and an office that has imported both."""
    folder = tmp_path_factory.mktemp("rules")
    packages, holder = exchanged_demo(databases, backend, folder, SENDER, SUPERVISOR, TODAY)
    yield packages, holder
    databases.close(holder)


@pytest.fixture
def office(
    template: tuple[dict[str, Path], Database], databases: Databases, tmp_path: Path
) -> Iterator[Database]:
    location = clone(template[1], tmp_path, "office")
    database = open_database(location)
    yield database
    database.dispose()
    databases.release(location)


@pytest.fixture
def zj(template: tuple[dict[str, Path], Database]) -> Forgery:
    return Forgery(template[0]["zj"])


@pytest.fixture
def bj(template: tuple[dict[str, Path], Database]) -> Forgery:
    return Forgery(template[0]["bj"])


def broken(db: Database, path: Path, actor: Actor, rule: str, **values: Any) -> InspectDeskError:
    """Refused for breaking the command rule ``rule`` at a named record."""
    error = refused_import(db, path, actor, "exchange.record_refused", rule=rule, **values)
    cause = getattr(error, "cause")  # noqa: B009  (the command's own refusal)
    assert cause.code == rule and cause.render("zh") in error.render("zh")
    return error


def case_id(f: Forgery, number: str) -> str:
    return str(f.find("case", case_number=number)["id"])


def finding(f: Forgery, number: str, n: int) -> dict[str, Any]:
    return f.find("finding", case_id=case_id(f, number), number=n)


def _day(value: str, days: int) -> str:
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


# --- province scope ---------------------------------------------------------------------------


def test_a_company_of_another_province_named_by_a_case_is_not_moved_into_ones_own(
    office: Database, zj: Forgery, bj: Forgery, tmp_path: Path
) -> None:
    # The issue: a Beijing company rewritten and "moved" to Zhejiang, cited by a new case
    # of the package so that the scope check skipped it
    company = bj.find("company", credit_code="91110105MA01DEM01M")
    zj.all("company").append(company)
    zj.update(company, province_code=ZJ, name_zh="已被改写的公司", address="杭州")
    like = zj.find("case", case_number="ZJ-2021-0002")
    zj.add("case", like, case_number="ZJ-2021-0003", seq=3, company_id=company["id"])
    path = zj.write(office, tmp_path / "moved.zip")
    # refused without saying where the company is registered (nor that it exists)
    for actor in (ZJ_INSPECTOR, ZJ_SUPERVISOR):
        error = refused_import(
            office, path, actor, "exchange.not_permitted", name="records/company.json"
        )
        assert error.values["record"] == company["id"] and "province" not in error.values
        assert BJ not in error.render("en") and BJ not in error.render("zh")


@pytest.mark.parametrize(
    "change",
    [
        # a Beijing company no case names, moved to Zhejiang (out of scope before)
        lambda zj, bj: zj.all("company").append(
            zj.update(bj.find("company", credit_code="91110108MA01DEM024"), province_code=ZJ)
        ),
        # a Zhejiang company moved to Beijing (out of scope after)
        lambda zj, bj: zj.update(
            zj.find("company", credit_code="91330108MA01DEM09F"), province_code=BJ
        ),
        # a new company registered in Beijing
        lambda zj, bj: zj.add(
            "company",
            zj.find("company", credit_code="91330108MA01DEM09F"),
            credit_code=BJ_CODE,
            province_code=BJ,
        ),
    ],
    ids=["moved-in", "moved-out", "new-elsewhere"],
)
def test_a_company_written_out_of_scope(
    office: Database,
    zj: Forgery,
    bj: Forgery,
    tmp_path: Path,
    change: Callable[[Forgery, Forgery], object],
    request: pytest.FixtureRequest,
) -> None:
    change(zj, bj)
    path = zj.write(office, tmp_path / "company.zip")
    if request.node.callspec.id.endswith("moved-in"):
        # what is stored of a Beijing company is not told (not even that it is in Beijing)
        error = refused_import(office, path, ZJ_INSPECTOR, "exchange.not_permitted")
        assert BJ not in error.render("en")
    else:  # the package itself names Beijing
        refused_import(office, path, ZJ_INSPECTOR, "exchange.out_of_scope", province=BJ)


def test_a_case_moved_to_another_province(office: Database, zj: Forgery, tmp_path: Path) -> None:
    zj.update(zj.find("case", case_number="ZJ-2021-0001"), province_code=BJ)
    path = zj.write(office, tmp_path / "case.zip")
    refused_import(office, path, ZJ_SUPERVISOR, "exchange.out_of_scope", province=BJ)
    # An official who sees both may still not move it: no command changes a case's province
    broken(office, path, SUPERVISOR, "exchange.field_fixed", label="ZJ-2021-0001")


def test_a_new_case_for_a_company_out_of_scope(
    office: Database, zj: Forgery, bj: Forgery, tmp_path: Path
) -> None:
    beijing = bj.find("company", credit_code="91110105MA01DEM01M")["id"]
    like = zj.find("case", case_number="ZJ-2021-0002")
    zj.add("case", like, case_number="ZJ-2021-0003", seq=3, company_id=beijing)
    path = zj.write(office, tmp_path / "case.zip")
    refused_import(office, path, ZJ_SUPERVISOR, "exchange.out_of_scope", name="records/case.json")


# --- rights and lifecycles --------------------------------------------------------------------


def _close(f: Forgery) -> None:
    f.update(
        f.find("case", case_number="ZJ-2021-0001"),
        status="closed",
        closed_on="2025-06-30",
        outcome="予以结案。",
    )


def _verify(f: Forgery) -> None:
    record = finding(f, "ZJ-2021-0001", 3)
    f.update(
        record,
        status="verified",
        rectification_evidence="整改报告",
        submitted_on="2025-06-20",
        verified_by="吴某",
        verified_on="2025-06-28",
    )


def _extend(f: Forgery, old: int, new: int, *, number: str = "ZJ-2021-0001", n: int = 3) -> None:
    """An extension of finding ``n``, from its deadline + ``old`` days to + ``new`` days."""
    record = finding(f, number, n)
    deadline = record["fields"]["current_deadline"]
    f.add(
        "extension",
        finding_id=record["id"],
        old_deadline=_day(deadline, old),
        new_deadline=_day(deadline, new),
        reason="企业申请延期",
        approver="王主任",
        approved_on=record["fields"]["raised_on"],
        created_at=f"{record['fields']['raised_on']}T08:00:00+00:00",
    )
    f.update(record, current_deadline=_day(deadline, new))


def _new_closed_case(f: Forgery) -> None:
    like = f.find("case", case_number="BJ-2021-0002")
    f.add("case", like, case_number="BJ-2021-0006", seq=6)


def _new_finding_in(number: str) -> Callable[[Forgery], object]:
    def change(f: Forgery) -> object:
        like = finding(f, "BJ-2021-0001", 4)  # an open one
        return f.add("finding", like, case_id=case_id(f, number), number=9, review_id=None)

    return change


def _reopen_record(f: Forgery) -> None:
    f.add(
        "status_change",
        f.find("status_change", to_status="closed"),
        from_status="closed",
        to_status="under_review",
        changed_on="2025-06-30",
        changed_at="2025-06-30T08:00:00+00:00",
    )


def _attach_to_other_case(f: Forgery) -> None:
    attachment = f.find("attachment", owner_type="inspection")  # of ZJ-2021-0002
    f.update(attachment, case_id=case_id(f, "ZJ-2021-0001"))


Case = tuple[Any, ...]  # id, importer, change, rule broken (, values of the refusal)
ZJ_CASES: list[Case] = [
    ("close-with-open-findings", SUPERVISOR, _close, "case.close_unresolved"),
    ("close-as-inspector", ZJ_INSPECTOR, _close, "role.forbidden"),
    ("verify-as-inspector", ZJ_INSPECTOR, _verify, "role.forbidden", {"label": "ZJ-2021-0001 #3"}),
    (
        "waive-as-inspector",
        ZJ_INSPECTOR,
        lambda f: f.update(
            finding(f, "ZJ-2021-0001", 3),
            status="waived",
            waive_reason="不再适用",
            waived_by="office_a",
            waived_on="2025-06-28",
        ),
        "role.forbidden",
    ),
    (
        "verified-without-verifier",
        SUPERVISOR,
        lambda f: (_verify(f), finding(f, "ZJ-2021-0001", 3)["fields"].update(verified_by=None)),
        "field.required",
    ),
    (
        "verified-back-to-open",
        SUPERVISOR,
        lambda f: f.update(
            finding(f, "ZJ-2021-0001", 1), status="open", verified_by=None, verified_on=None
        ),
        "finding.transition",
    ),
    (
        "deadline-before-the-original",
        SUPERVISOR,
        lambda f: f.update(
            finding(f, "ZJ-2021-0001", 3),
            current_deadline=_day(
                finding(f, "ZJ-2021-0001", 3)["fields"]["original_deadline"], -10
            ),
        ),
        "exchange.current_deadline",
    ),
    (
        "deadline-moved-without-extension",
        SUPERVISOR,
        lambda f: f.update(finding(f, "ZJ-2021-0001", 3), current_deadline="2025-12-31"),
        "exchange.current_deadline",
    ),
    ("extension-by-inspector", ZJ_INSPECTOR, lambda f: _extend(f, 0, 30), "role.forbidden"),
    (
        "extension-to-an-earlier-day",
        SUPERVISOR,
        lambda f: _extend(f, 0, -5),
        "extension.not_later",
    ),
    (
        "extension-from-another-day",
        SUPERVISOR,
        lambda f: _extend(f, 3, 30),
        "exchange.extension_chain",
    ),
    (
        "credit-code-changed",
        SUPERVISOR,
        lambda f: f.update(
            f.find("company", credit_code="91330108MA01DEM09F"), credit_code=OTHER_CODE
        ),
        "exchange.field_fixed",
    ),
    (
        "number-of-another-province",
        SUPERVISOR,
        lambda f: f.add(
            "case", f.find("case", case_number="ZJ-2021-0002"), case_number="BJ-2021-0099", seq=99
        ),
        "exchange.case_number",
    ),
    (
        "number-of-another-year",
        SUPERVISOR,
        lambda f: f.add(
            "case",
            f.find("case", case_number="ZJ-2021-0002"),
            case_number="ZJ-2020-0003",
            year=2020,
            seq=3,
        ),
        "exchange.case_number",
    ),
    ("attached-to-another-case", SUPERVISOR, _attach_to_other_case, "exchange.field_fixed"),
    (
        "new-attachment-of-another-case",
        SUPERVISOR,
        lambda f: f.add(
            "attachment",
            f.find("attachment", owner_type="inspection"),
            case_id=case_id(f, "ZJ-2021-0001"),
        ),
        "inspection.not_found",
    ),
    (
        "padded-text",
        SUPERVISOR,
        lambda f: f.update(finding(f, "ZJ-2021-0001", 3), description=" 描述 "),
        "exchange.not_canonical",
    ),
    (
        "text-longer-than-the-command-takes",
        SUPERVISOR,
        lambda f: f.update(finding(f, "ZJ-2021-0001", 3), description="长" * 20_001),
        "text.too_long",
    ),
    (
        "a-status-change-skipping-the-lifecycle",
        SUPERVISOR,
        lambda f: f.add(
            "status_change",
            f.find("status_change", to_status="rectification"),
            from_status="opened",
            to_status="closed",
        ),
        "case.transition",
    ),
]
BJ_CASES: list[Case] = [
    (
        "reopen-as-inspector",
        INSPECTOR,
        lambda f: f.update(
            f.find("case", case_number="BJ-2021-0002"), status="under_review", closed_on=None
        ),
        "role.forbidden",
        {"label": "BJ-2021-0002"},
    ),
    ("reopening-record-as-inspector", INSPECTOR, _reopen_record, "role.forbidden"),
    ("new-closed-case-as-inspector", INSPECTOR, _new_closed_case, "role.forbidden"),
    (
        "added-to-a-closed-case-as-inspector",
        INSPECTOR,
        _new_finding_in("BJ-2021-0002"),
        "role.forbidden",
    ),
    (
        "open-finding-in-a-closed-case",
        SUPERVISOR,
        _new_finding_in("BJ-2021-0002"),
        "case.close_unresolved",
    ),
    (
        "review-of-a-report-not-received",
        SUPERVISOR,
        lambda f: f.add(
            "review",
            f.all("review")[0],
            report_id=f.find("report", case_id=case_id(f, "BJ-2021-0005"), received_on=None)["id"],
        ),
        "report.not_received",
    ),
    (
        "extension-row-rewritten",
        SUPERVISOR,
        lambda f: f.update(f.all("extension")[0], old_deadline="2025-06-01"),
        "exchange.field_fixed",
    ),
]


@pytest.mark.parametrize(
    ("package", "actor", "change", "rule", "values"),
    [
        (p, *c[1:4], (c[4:] or [{}])[0])
        for p, cs in (("zj", ZJ_CASES), ("bj", BJ_CASES))
        for c in cs
    ],
    ids=[c[0] for c in ZJ_CASES + BJ_CASES],
)
def test_a_record_the_command_would_refuse(
    office: Database,
    zj: Forgery,
    bj: Forgery,
    tmp_path: Path,
    package: str,
    actor: Actor,
    change: Callable[[Forgery], object],
    rule: str,
    values: dict[str, Any],
) -> None:
    forged = zj if package == "zj" else bj
    change(forged)
    error = broken(office, forged.write(office, tmp_path / "forged.zip"), actor, rule, **values)
    assert error.values["name"].startswith("records/") and error.values["record"]


def test_the_same_changes_by_an_official_who_may_make_them_are_imported(
    office: Database, zj: Forgery, tmp_path: Path
) -> None:
    # Guards the refusals above: forged (re-hashed) packages are imported when the
    # official importing them may make the changes they carry
    _verify(zj)
    _extend(zj, 0, 30, number="ZJ-2021-0002", n=4)
    finding(zj, "ZJ-2021-0002", 4)["fields"]["description"] = "描述已更正"
    path = zj.write(office, tmp_path / "ok.zip")
    summary = import_package(office, SUPERVISOR, path)
    assert summary.updated == {"finding": 2} and summary.new == {"extension": 1}
    assert verify_chain(office).ok

    again = Forgery(path)
    again.update(finding(again, "ZJ-2021-0002", 4), legal_basis="《网络安全法》第二十一条")
    summary = import_package(office, ZJ_INSPECTOR, again.write(office, tmp_path / "text.zip"))
    assert summary.updated == {"finding": 1} and summary.total("new") == 0


# --- the other ways in ------------------------------------------------------------------------


def test_a_conflict_resolved_by_taking_a_verification_the_official_may_not_make(
    office: Database, zj: Forgery, tmp_path: Path
) -> None:
    # The receiving office recorded a rectification; the package verifies the same finding
    findings.submit_rectification(office, SUPERVISOR, "ZJ-2021-0001", 3, evidence="本地材料")
    _verify(zj)
    summary = import_package(office, ZJ_INSPECTOR, zj.write(office, tmp_path / "c.zip"))
    assert summary.conflicts == {"finding": 1}  # kept for review, nothing of it written
    (conflict,) = list_conflicts(office, ZJ_INSPECTOR)
    before = state(office)
    with pytest.raises(InspectDeskError) as caught:
        resolve_conflict(office, ZJ_INSPECTOR, str(conflict.id), take="incoming")
    assert caught.value.code == "exchange.record_refused"
    assert caught.value.values["rule"] == "role.forbidden"
    assert state(office) == before
    resolve_conflict(office, ZJ_SUPERVISOR, str(conflict.id), take="incoming")
    assert findings.get_finding(office, SUPERVISOR, "ZJ-2021-0001", 3).status == "verified"


def test_the_write_checks_the_flushed_state_again_and_stores_no_file(
    office: Database, zj: Forgery, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Were a rule missing from the plan, the write transaction still refuses before
    # commit, and before the package's files reach the attachment store
    from app.services.exchange import enforce

    monkeypatch.setattr(enforce, "check_plan", lambda *args: None)
    content = b"a file the package brings"
    sha = hashlib.sha256(content).hexdigest()
    zj.members[f"attachments/{sha}"] = content
    zj.add(
        "attachment",
        zj.find("attachment", owner_type="inspection"),
        sha256=sha,
        size=len(content),
        original_name="new.txt",
    )
    _close(zj)
    before = state(office)
    with pytest.raises(InspectDeskError) as caught:
        import_package(office, SUPERVISOR, zj.write(office, tmp_path / "net.zip"))
    assert caught.value.values["rule"] == "case.close_unresolved"
    assert state(office) == before
    assert json.dumps(before["<files>"]).count(sha) == 0


# --- a case's status history and a summons' companies, as the commands write them ----------


def _status_of(f: Forgery, number: str) -> tuple[dict[str, Any], str]:
    case = f.find("case", case_number=number)
    return case, case["fields"]["status"]


def test_a_status_moved_without_its_record_is_refused(
    office: Database, zj: Forgery, tmp_path: Path
) -> None:
    # Given a case moved on in the package, with no status change saying so
    case, status = _status_of(zj, "ZJ-2021-0001")
    assert status == "rectification"
    zj.update(case, status="inspection")
    path = zj.write(office, tmp_path / "moved.zip")
    # Then the package is refused, naming the case and both statuses, in both languages
    error = broken(office, path, SUPERVISOR, "exchange.status_history", label="ZJ-2021-0001")
    cause = error.cause  # type: ignore[attr-defined]
    assert cause.values == {"status": "inspection", "recorded": "rectification"}
    assert "“" not in cause.render("en") and "{" not in cause.render("zh")


def test_a_status_moved_with_its_record_is_imported(
    office: Database, zj: Forgery, tmp_path: Path
) -> None:
    case, _ = _status_of(zj, "ZJ-2021-0001")
    zj.update(case, status="inspection")
    like = zj.find("status_change", case_id=case["id"], to_status="rectification")
    zj.add(
        "status_change",
        like,
        from_status="rectification",
        to_status="inspection",
        changed_on="2025-06-29",
        changed_at="2025-06-29T08:00:00+00:00",
        changed_by="office_a",
        note="现场复查",
    )
    summary = import_package(office, SUPERVISOR, zj.write(office, tmp_path / "ok.zip"))
    assert summary.updated.get("case") == 1 and summary.new.get("status_change") == 1


def test_a_status_change_slipped_into_the_history_is_refused(
    office: Database, zj: Forgery, tmp_path: Path
) -> None:
    # Given a record of a move the case never made
    case, _ = _status_of(zj, "ZJ-2021-0001")
    like = zj.find("status_change", case_id=case["id"], to_status="rectification")
    zj.add("status_change", like, from_status="inspection", to_status="rectification")
    path = zj.write(office, tmp_path / "history.zip")
    broken(office, path, SUPERVISOR, "exchange.status_history", label="ZJ-2021-0001")


@pytest.mark.parametrize("when", ["before_opening", "before_the_last_move"])
def test_a_status_change_dated_before_what_it_follows_is_refused(
    office: Database, zj: Forgery, tmp_path: Path, when: str
) -> None:
    # Given the case moved back to inspection, its record dated before the case was
    # opened, or after that but before the move into rectification it follows
    case, _ = _status_of(zj, "ZJ-2021-0001")
    zj.update(case, status="inspection")
    like = zj.find("status_change", case_id=case["id"], to_status="rectification")
    last = max(
        date.fromisoformat(r["fields"]["changed_on"])
        for r in zj.all("status_change")
        if r["fields"]["case_id"] == case["id"]
    )
    opened = date.fromisoformat(case["fields"]["opened_on"])
    assert opened < last
    on = opened - timedelta(days=1) if when == "before_opening" else last - timedelta(days=1)
    zj.add(
        "status_change",
        like,
        from_status="rectification",
        to_status="inspection",
        changed_on=on.isoformat(),
        changed_at=f"{last.isoformat()}T09:00:00+00:00",
        changed_by="office_a",
        note="现场复查",
    )
    path = zj.write(office, tmp_path / "dated.zip")
    # Then the package is refused, naming the record and the two dates
    error = broken(office, path, SUPERVISOR, "date.order", label="ZJ-2021-0001 status_change")
    cause = error.cause  # type: ignore[attr-defined]
    expected = ("opened_on", opened) if when == "before_opening" else ("last_change", last)
    assert (cause.values["earlier_field"], cause.values["earlier"]) == (
        expected[0],
        expected[1].isoformat(),
    )
    assert cause.values["value"] == on.isoformat()


def test_a_summons_of_no_company_is_refused(office: Database, zj: Forgery, tmp_path: Path) -> None:
    summonses = zj.all("summons")
    if not summonses:
        pytest.skip("the Zhejiang package holds no summons")
    zj.add("summons", summonses[0], topic="无企业参加的约谈")
    path = zj.write(office, tmp_path / "summons.zip")
    error = broken(office, path, SUPERVISOR, "field.required")
    assert error.cause.values == {"field": "companies"}  # type: ignore[attr-defined]
