"""The reminder ladder walked day by day with fixed dates."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import insert, select

from app.db.engine import Database
from app.db.models import Case, Finding, User, case_officials
from app.domain.errors import NotFoundError
from app.services.casework import cases
from app.services.overview.reminders import (
    STEPS,
    dismiss,
    due_reminders,
    is_due,
    mark_announced,
    reached_step,
    silenced,
)
from app.services.rectification import findings
from app.services.support.context import Actor
from tests.services.helpers import add_company

D = date(2024, 7, 1)  # the deadline of the findings
ADMIN = Actor("boss", role="admin")
ZJ_INSPECTOR = Actor("li", role="inspector", all_provinces=False, provinces=frozenset({"330000"}))
ZJ_SUPERVISOR = Actor(
    "wang", role="supervisor", all_provinces=False, provinces=frozenset({"330000"})
)


def _case(db: Database, n: int, province: str = "330000") -> str:
    code = add_company(db, ADMIN, n, province, name=f"公司{n}")
    return cases.open_case(db, ADMIN, code, opened_on=date(2024, 1, 2))


def _finding(db: Database, case: str, deadline: date = D) -> uuid.UUID:
    fid, _ = findings.add_finding(
        db, ADMIN, case,
        findings.FindingInput("A1", "high", "日志留存不足", date(2024, 1, 10), deadline=deadline),
    )  # fmt: skip
    return fid


def _announce(db: Database, actor: Actor, day: date) -> list[tuple[uuid.UUID, int]]:
    """What the presenter does: fetch, show, mark as announced."""
    due = due_reminders(db, actor, as_of=day)
    mark_announced(db, actor, due)
    return [(r.finding_id, r.step) for r in due]


def test_ladder_helpers() -> None:
    assert STEPS == (-30, -10, -5, -1, 1, 5, 10, 30)
    assert reached_step(D, D - timedelta(days=31)) is None
    assert reached_step(D, D - timedelta(days=30)) == -30
    assert reached_step(D, D) == -1  # the deadline day: "1 day before" is the latest step
    assert reached_step(D, D + timedelta(days=1)) == 1
    assert reached_step(D, D + timedelta(days=400)) == 30
    assert is_due(-30, None, None) and not is_due(None, None, None)
    assert not is_due(-10, -10, None) and not is_due(-10, None, -10) and is_due(-5, -10, None)


def test_each_step_is_announced_once(db: Database) -> None:
    # Given a Zhejiang finding due on D
    fid = _finding(db, _case(db, 1))
    seen: list[int] = []
    # When the presenter runs every day from 40 days before to 40 days after
    for offset in range(-40, 41):
        for _run in range(2):  # and twice a day
            seen += [
                step
                for f, step in _announce(db, ZJ_INSPECTOR, D + timedelta(days=offset))
                if f == fid
            ]
    # Then every step was announced exactly once, in order
    assert seen == list(STEPS)
    assert due_reminders(db, ZJ_INSPECTOR, as_of=D + timedelta(days=400)) == []


def test_after_an_absence_only_the_latest_step_is_announced(db: Database) -> None:
    _finding(db, _case(db, 1))
    first = due_reminders(db, ZJ_INSPECTOR, as_of=D + timedelta(days=7))
    assert [(r.step, r.days, r.overdue) for r in first] == [(5, 7, True)]
    mark_announced(db, ZJ_INSPECTOR, first)
    assert _announce(db, ZJ_INSPECTOR, D + timedelta(days=9)) == []
    assert [s for _f, s in _announce(db, ZJ_INSPECTOR, D + timedelta(days=10))] == [10]


def test_dismissal_silences_until_the_next_step(db: Database) -> None:
    fid = _finding(db, _case(db, 1))
    day = D - timedelta(days=12)
    assert [s for _f, s in _announce(db, ZJ_INSPECTOR, day)] == [-30]
    # When the official dismisses at 10 days before, before it was announced
    day = D - timedelta(days=10)
    assert dismiss(db, ZJ_INSPECTOR, fid, as_of=day) == -10
    assert silenced(db, ZJ_INSPECTOR, [fid], as_of=day) == {fid}
    # Then it stays silent until 5 days before, which is announced
    for offset in range(-10, -5):
        assert _announce(db, ZJ_INSPECTOR, D + timedelta(days=offset)) == []
    assert _announce(db, ZJ_INSPECTOR, D - timedelta(days=5)) == [(fid, -5)]
    assert silenced(db, ZJ_INSPECTOR, [fid], as_of=D - timedelta(days=5)) == set()
    # Dismissing an announced step changes nothing; before the first step nothing to silence
    assert dismiss(db, ZJ_INSPECTOR, str(fid), as_of=D - timedelta(days=4)) == -5
    assert dismiss(db, ZJ_INSPECTOR, fid, as_of=D - timedelta(days=60)) is None
    # Dismissals are per login: the supervisor is still told
    assert [s for _f, s in _announce(db, ZJ_SUPERVISOR, D - timedelta(days=4))] == [-5]


def test_resolved_findings_never_remind(db: Database) -> None:
    case = _case(db, 1)
    _finding(db, case)
    findings.waive_finding(db, ADMIN, case, 1, reason="已下线", waived_on=D - timedelta(days=40))
    for offset in (-30, -1, 1, 30):
        assert due_reminders(db, ADMIN, as_of=D + timedelta(days=offset)) == []
    findings_with_step = due_reminders(db, ZJ_SUPERVISOR, as_of=D + timedelta(days=5))
    assert findings_with_step == []
    with db.read() as s:
        fid = s.execute(select(Finding.id)).scalar_one()
    assert dismiss(db, ADMIN, fid, as_of=D) is None


def test_out_of_scope_provinces_never_appear(db: Database) -> None:
    zj = _finding(db, _case(db, 1))
    bj = _finding(db, _case(db, 2, "110000"))
    day = D + timedelta(days=1)
    for actor in (ZJ_INSPECTOR, ZJ_SUPERVISOR):
        assert {r.finding_id for r in due_reminders(db, actor, as_of=day)} == {zj}
    assert {r.finding_id for r in due_reminders(db, ADMIN, as_of=day)} == {zj, bj}
    assert {
        r.finding_id for r in due_reminders(db, ADMIN, as_of=day, provinces=frozenset({"110000"}))
    } == {bj}
    assert due_reminders(db, ZJ_INSPECTOR, as_of=day, provinces=frozenset({"110000"})) == []
    with pytest.raises(NotFoundError):
        dismiss(db, ZJ_INSPECTOR, bj, as_of=day)


def test_an_extension_restarts_the_ladder(db: Database) -> None:
    case = _case(db, 1)
    fid = _finding(db, case)
    assert _announce(db, ZJ_INSPECTOR, D + timedelta(days=1)) == [(fid, 1)]
    findings.extend_deadline(
        db, ADMIN, case, 1, new_deadline=D + timedelta(days=40),
        reason="整改涉及系统改造", approver="王处长", approved_on=D + timedelta(days=2),
    )  # fmt: skip
    # 30 days before the new deadline is announced again, then the rest of the new ladder
    assert _announce(db, ZJ_INSPECTOR, D + timedelta(days=9)) == []
    assert _announce(db, ZJ_INSPECTOR, D + timedelta(days=10)) == [(fid, -30)]
    assert _announce(db, ZJ_INSPECTOR, D + timedelta(days=11)) == []
    assert _announce(db, ZJ_INSPECTOR, D + timedelta(days=30)) == [(fid, -10)]


def test_assigned_cases_remind_their_officials_and_supervisors(db: Database) -> None:
    # Given a case assigned to another inspector, and one assigned to nobody
    theirs, nobodys = _case(db, 1), _case(db, 2)
    f_theirs, f_nobody = _finding(db, theirs), _finding(db, nobodys)
    with db.write() as s:
        other = uuid.uuid4()
        s.execute(insert(User).values(id=other, login="zhao", display_name="赵", role="inspector"))
        case_id = s.execute(select(Case.id).where(Case.case_number == theirs)).scalar_one()
        s.execute(insert(case_officials).values(case_id=case_id, user_id=other))
    day = D + timedelta(days=1)
    zhao = Actor("zhao", role="inspector", all_provinces=False, provinces=frozenset({"330000"}))
    # Then the inspector is told of unassigned cases, not of a colleague's
    assert {r.finding_id for r in due_reminders(db, ZJ_INSPECTOR, as_of=day)} == {f_nobody}
    assert {r.finding_id for r in due_reminders(db, zhao, as_of=day)} == {f_theirs, f_nobody}
    # and the supervisor of the province of everyone's
    assert {r.finding_id for r in due_reminders(db, ZJ_SUPERVISOR, as_of=day)} == {
        f_theirs,
        f_nobody,
    }
