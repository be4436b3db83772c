"""Several writers at once, in separate processes, on SQLite and on PostgreSQL.

Each writer is a process of its own (multiprocessing, spawn: a fresh interpreter)
that opens the test database by its URL, as two officials' workstations would:
no engine, session or lock is shared. Barriers make the writers start their saves
at the same moment.
"""

from __future__ import annotations

import multiprocessing
import queue
from typing import Any

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, CaseCounter
from app.services.casework import cases
from app.services.rectification import findings
from app.services.registry import users
from app.services.support import audit
from app.services.support.context import Actor
from tests.services import concurrency_workers as workers
from tests.services.helpers import add_company

WAIT = 180  # seconds: generous, two cores are shared with other test runs

WANG = Actor("wang_fang", role="inspector")
LI = Actor("li_qiang", role="inspector")
NAMES = {"wang_fang": "王芳", "li_qiang": "李强"}


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _add_officials(db: Database) -> None:
    admin = Actor("admin", role="admin")
    for login, name in NAMES.items():
        users.add_user(db, admin, login, name, "inspector", None, "correct horse 2021")


def _collect(results: Any, expected: int) -> list[tuple[Any, ...]]:
    got = []
    for _ in range(expected):
        try:
            got.append(results.get(timeout=WAIT))
        except queue.Empty:
            break
    return got


def _join(processes: list[Any]) -> None:
    for process in processes:
        process.join(WAIT)
        if process.is_alive():
            process.kill()
            process.join()
    assert [p.exitcode for p in processes] == [0] * len(processes)


def _edit_events(db: Database, finding_id: str) -> list[AuditEvent]:
    with db.read() as session:
        return list(
            session.execute(
                select(AuditEvent)
                .where(AuditEvent.action == "finding.edit", AuditEvent.entity_id == finding_id)
                .order_by(AuditEvent.seq)
            ).scalars()
        )


def test_two_officials_save_the_same_finding_at_once(db: Database, actor: Actor) -> None:
    # Given a finding and two officials, each in a process of their own
    _add_officials(db)
    code = add_company(db, actor)
    case_number = cases.open_case(db, actor, code)
    finding_id, _ = findings.add_finding(
        db,
        actor,
        case_number,
        findings.FindingInput("A3", "high", "网络日志留存不足六个月", "2021-04-25", period=30),
    )
    rounds = 3
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    results = ctx.Queue()
    processes = [
        ctx.Process(
            target=workers.edit_finding_rounds,
            args=(_url(db), official, case_number, 1, rounds, barrier, results),
        )
        for official in (WANG, LI)
    ]

    # When, in each round, both load the finding, change it and save at the same moment
    for process in processes:
        process.start()
    outcomes = _collect(results, 2 * rounds)
    _join(processes)

    # Then in every round exactly one save is stored and the other is refused,
    # naming the official who saved first
    errors = [o for o in outcomes if o[1] == "error"]
    assert not errors, errors[0][2]
    assert len(outcomes) == 2 * rounds
    winners: list[tuple[Any, ...]] = []
    for round_no in range(rounds):
        this_round = sorted((o for o in outcomes if o[0] == round_no), key=lambda o: o[1])
        assert [o[1] for o in this_round] == ["ok", "refused"], this_round
        won, refused = this_round
        winner_login = str(won[3]).split(" ")[0]
        assert refused[2] == "record.changed"
        assert refused[3]["by"] == NAMES[winner_login]
        assert f"changed by {NAMES[winner_login]} at " in refused[4]
        winners.append(won)

    # ... and nothing is lost: what is stored is the last winner's text, each stored
    # save is one audit event in order, and the audit chain still verifies
    stored = findings.get_finding(db, actor, case_number, 1)
    assert stored.description == winners[-1][3]
    assert stored.version == winners[-1][2] == 1 + rounds
    assert stored.updated_by == str(winners[-1][3]).split(" ")[0]
    events = _edit_events(db, str(finding_id))
    assert [e.after["description"] for e in events] == [w[3] for w in winners]  # type: ignore[index]
    assert [e.actor for e in events] == [str(w[3]).split(" ")[0] for w in winners]
    assert audit.verify_chain(db).ok


def test_case_numbers_stay_unique_and_gapless_under_concurrent_creation(
    db: Database, actor: Actor
) -> None:
    # Given one company, and four processes that each open ten cases in Zhejiang in
    # 2021 at once; one in three of their tries also opens a case in a transaction
    # that then fails
    code = add_company(db, actor)
    per_process, process_count = 10, 4
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(process_count)
    results = ctx.Queue()
    processes = [
        ctx.Process(
            target=workers.open_cases,
            args=(_url(db), actor, code, per_process, 3, barrier, results),
        )
        for _ in range(process_count)
    ]

    # When they run
    for process in processes:
        process.start()
    outcomes = _collect(results, process_count)
    _join(processes)

    # Then every case has its own number, and the numbers run 1..40 without a gap:
    # the failed transactions gave theirs back
    errors = [o for o in outcomes if o[0] == "error"]
    assert not errors, errors[0][1]
    numbers = [n for _, made in outcomes for n in made]
    total = per_process * process_count
    assert len(numbers) == total
    assert sorted(numbers) == [f"ZJ-2021-{seq:04d}" for seq in range(1, total + 1)]
    listed = cases.list_cases(db, actor, province="330000")
    assert sorted(r.case_number for r in listed) == sorted(numbers)
    with db.read() as session:
        counter = session.get(CaseCounter, ("330000", 2021))
        assert counter is not None and counter.last_seq == total
        opened = session.execute(
            select(func.count()).where(AuditEvent.action == "case.open")
        ).scalar_one()
    assert opened == total
    assert audit.verify_chain(db).ok
