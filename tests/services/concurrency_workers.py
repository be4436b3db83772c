"""What the child processes of tests/services/test_concurrency.py run.

Kept apart from the test module so that a spawned child imports only this and the
program, and each child opens the database by its URL on its own connections: no
engine, session or lock is shared with the parent or with the other child.
"""

from __future__ import annotations

import traceback
from datetime import date
from typing import Any

from sqlalchemy.engine import make_url

from app.db.engine import Database
from app.domain.errors import InspectDeskError
from app.services.casework import cases
from app.services.rectification import findings
from app.services.support.context import Actor

BARRIER_TIMEOUT = 60


def edit_finding_rounds(
    url: str,
    actor: Actor,
    case_number: str,
    number: int,
    rounds: int,
    barrier: Any,
    results: Any,
) -> None:
    """Each round: load the finding, wait for the other writer, then both save at once.

    Puts (round, "ok", new version, text) or (round, "refused", code, values,
    message) on ``results`` for every round; (-1, "error", traceback) on a crash.
    """
    db = Database(make_url(url))
    try:
        for round_no in range(rounds):
            loaded = findings.get_finding(db, actor, case_number, number)
            text = f"{actor.login} round {round_no}: 未落实日志留存（修改稿）"
            edit = findings.FindingEdit(
                item_code=loaded.item_code,
                severity=loaded.severity,
                description=text,
                legal_basis=loaded.legal_basis,
                required_rectification=loaded.required_rectification,
            )
            barrier.wait(BARRIER_TIMEOUT)  # both have loaded the same version
            barrier.wait(BARRIER_TIMEOUT)  # ... and now both save at the same moment
            try:
                saved = findings.update_finding(
                    db, actor, case_number, number, edit, expected_version=loaded.version
                )
                results.put((round_no, "ok", saved.version, text))
            except InspectDeskError as exc:
                results.put((round_no, "refused", exc.code, dict(exc.values), exc.render("en")))
            barrier.wait(BARRIER_TIMEOUT)  # the round is over for both
    except BaseException:
        results.put((-1, "error", traceback.format_exc()))
        barrier.abort()
    finally:
        db.dispose()


def open_cases(
    url: str,
    actor: Actor,
    company: str,
    count: int,
    fail_every: int,
    barrier: Any,
    results: Any,
) -> None:
    """Open ``count`` cases on 2021-05-01; every ``fail_every``-th try also opens one in a
    transaction that then fails, which must give its number back.

    Puts ("ok", [case numbers]) or ("error", traceback) on ``results``.
    """
    db = Database(make_url(url))
    numbers: list[str] = []
    try:
        barrier.wait(BARRIER_TIMEOUT)  # every process starts together
        attempt = 0
        while len(numbers) < count:
            attempt += 1
            if fail_every and attempt % fail_every == 0:
                _open_and_fail(db, actor, company)
                continue
            numbers.append(cases.open_case(db, actor, company, opened_on=date(2021, 5, 1)))
        results.put(("ok", numbers))
    except BaseException:
        results.put(("error", traceback.format_exc()))
    finally:
        db.dispose()


class _Abandoned(Exception):
    pass


def _open_and_fail(db: Database, actor: Actor, company: str) -> None:
    from app.services.registry.companies import find_company

    try:
        with db.write() as session:
            cases.open_case_in_session(
                session, actor, find_company(session, actor, company), opened_on=date(2021, 5, 1)
            )
            raise _Abandoned  # e.g. a later step of the same use case refused
    except _Abandoned:
        pass
