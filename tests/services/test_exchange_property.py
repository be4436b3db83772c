"""Random changes to genuine packages: whatever an import accepts leaves records the commands
could have made.

Each example takes Zhejiang's or Beijing's cases of the demo data as exported, changes a
record (as an update of what the receiving office holds, or as a new record) with
values of the right and of the wrong kinds, or makes one of the changes an official
makes (verify, waive, close, reopen, extend, move, rename), packs it again so that it
passes the format checks, and imports it as a Zhejiang inspector and as a national
supervisor.  A refused import writes nothing; an accepted one leaves every record
passing the commands' validators and lifecycle rules, writes nothing out of the
importer's scope nor anything only a supervisor may do when an inspector imports, keeps
the audit chain verifiable, and the application keeps working (lists, case views,
opening the next case).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db.engine import Database
from app.db.migrate import open_database
from app.db.models import (
    Attachment,
    Case,
    CaseStatusChange,
    Company,
    DeadlineExtension,
    Finding,
    Province,
)
from app.domain.case_number import case_number_problem
from app.domain.credit_code import make_credit_code
from app.domain.errors import InspectDeskError
from app.domain.filenames import sanitize_filename
from app.domain.finding_lifecycle import current_deadline
from app.services.casework import cases
from app.services.exchange import import_package
from app.services.exchange.spec import SPECS, Field
from app.services.rectification import attachments
from app.services.registry.companies import CompanyInput, validated_values
from app.services.support.audit import verify_chain
from app.services.support.common import clean_text
from app.services.support.context import Actor
from tests.conftest import Databases
from tests.services.exchange_helpers import Forgery, clone, exchanged_demo, rows, state

TODAY = date(2025, 6, 30)
ZJ, BJ = "330000", "110000"
SENDER = Actor("office_a", role="supervisor")
SUPERVISOR = Actor("office_b", role="supervisor")
INSPECTOR = Actor("inspector_b", role="inspector")  # every province
ZJ_INSPECTOR = Actor(
    "zj_inspector", role="inspector", all_provinces=False, provinces=frozenset({ZJ})
)
MODELS = {name: spec.model for name, spec in SPECS.items()}
TRICKY = [
    "",
    " padded ",
    "../../../../zipslip.txt",
    "..\\x",
    "/etc/passwd",
    "CON",
    "a\x00b",
    "\u202eexe.txt",
    "\ud800",
    "x" * 300,
    "正常的文字",
    "two\nlines",
]
INTS = [-1, 0, 1, 2, 3, 999, 1000, 99_999, 100_000, 999_999, 1_000_000, 2**31, 2**63 - 1]


class Offices:
    """Clean copies of the receiving office: a refused import leaves its copy clean (which
    is checked), an accepted one spoils it and the next import gets a new copy."""

    def __init__(self, template: Database, folder: Path, databases: Databases) -> None:
        self.template, self.folder, self.databases = template, folder, databases
        self.current: tuple[str, Database] | None = None
        self.made: list[str] = []
        self.counter = itertools.count()

    def clean(self) -> Database:
        if self.current is None:
            location = clone(self.template, self.folder, f"office{next(self.counter)}")
            self.made.append(location)
            self.current = (location, open_database(location))
        return self.current[1]

    def spoilt(self) -> None:
        """The copy in use has been written to: the next one is a new copy."""
        self.current = None

    def close(self) -> None:
        if self.current is not None:
            self.current[1].dispose()
        for location in self.made:
            self.databases.release(location)


@pytest.fixture(scope="module")
def world(
    backend: str, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[dict[str, Path], Offices, Path]]:
    folder = tmp_path_factory.mktemp("property")
    packages, office = exchanged_demo(databases, backend, folder, SENDER, SUPERVISOR, TODAY)
    offices = Offices(office, folder, databases)
    yield packages, offices, folder
    offices.close()
    databases.close(office)


# --- what a change may be ---------------------------------------------------------------------


def _ids(f: Forgery, record_type: str) -> list[str]:
    return [str(r["id"]) for r in f.all(record_type)]


def _values(f: Forgery, field: Field, current: Any) -> st.SearchStrategy[Any]:
    """Values for one field: of its kind (plausible and extreme), and of the wrong kinds."""
    every_id = [i for t in SPECS for i in _ids(f, t)] + [str(uuid.uuid4())]
    kinds: dict[str, st.SearchStrategy[Any]] = {
        "str": st.one_of(st.sampled_from(TRICKY), st.text(max_size=12)),
        "int": st.one_of(st.sampled_from(INTS), st.integers(-3, 40)),
        "bool": st.booleans(),
        "date": st.dates(date(1850, 1, 1), date(2250, 12, 31)).map(date.isoformat)
        | st.integers(-60, 60).map(lambda d: _shift(current, d)),
        "datetime": st.datetimes(
            datetime(1850, 1, 1), datetime(2250, 1, 1), timezones=st.just(UTC)
        ).map(datetime.isoformat),
        "ref": st.sampled_from(every_id),
        "refs": st.lists(st.sampled_from(every_id), max_size=2),
        "choice": st.sampled_from(field.choices or ("x",)),
        "code": st.sampled_from([ZJ, BJ, "310000", "A1", "B2", "T1", "999999"]),
        "credit_code": st.sampled_from(
            [r["fields"]["credit_code"] for r in f.all("company")]
            + [make_credit_code("91330108MA01DEM77"), make_credit_code("91110108MA01DEM77")]
        ),
        "case_number": st.sampled_from(
            ["ZJ-2021-0003", "BJ-2021-0006", "ZJ-2021-0001", "ZJ-2026-9223372036854775807"]
        ),
        "sha256": st.sampled_from(
            [r["fields"]["sha256"] for r in f.all("attachment")] + ["ab" * 32]
        ),
        "logins": st.lists(st.sampled_from(["office_a", "x", ""]), max_size=2),
    }
    wrong = st.one_of(
        st.none(), st.integers(-2, 2), st.text(max_size=3), st.lists(st.integers(), max_size=1)
    )
    right = kinds[field.kind]
    return (
        st.one_of(right, right, wrong) if not field.nullable else st.one_of(right, st.none(), wrong)
    )


def _shift(value: Any, days: int) -> str:
    try:
        return (date.fromisoformat(str(value)) + timedelta(days=days)).isoformat()
    except ValueError:
        return "2025-06-30"


def _open_finding(f: Forgery) -> dict[str, Any]:
    return next(r for r in f.all("finding") if r["fields"]["status"] == "open")


def _steps(draw: Callable[[Any], Any], f: Forgery) -> None:
    """One of the changes an official makes, as the sending office would send it."""
    day = draw(st.dates(date(2025, 1, 1), date(2026, 6, 30))).isoformat()
    step = draw(
        st.sampled_from(
            ["verify", "waive", "submit", "close", "reopen", "extend", "rename", "move", "resend"]
        )
    )
    if step == "verify":
        f.update(
            _open_finding(f),
            status="verified",
            rectification_evidence="整改报告",
            submitted_on=day,
            verified_by="吴某",
            verified_on=day,
        )
    elif step == "waive":
        f.update(
            _open_finding(f), status="waived", waive_reason="不再适用", waived_by="x", waived_on=day
        )
    elif step == "submit":
        f.update(
            _open_finding(f), status="submitted", rectification_evidence="材料", submitted_on=day
        )
    elif step in ("close", "reopen"):
        case = draw(st.sampled_from(f.all("case")))
        closing = step == "close"
        f.update(
            case,
            status="closed" if closing else "under_review",
            closed_on=day if closing else None,
            outcome="结案" if closing else case["fields"]["outcome"],
        )
    elif step == "extend":
        record = _open_finding(f)
        old = record["fields"]["current_deadline"]
        new = _shift(old, draw(st.integers(-10, 60)))
        f.add(
            "extension",
            finding_id=record["id"],
            old_deadline=draw(st.sampled_from([old, _shift(old, 3)])),
            new_deadline=new,
            reason=draw(st.sampled_from(["企业申请延期", ""])),
            approver="王主任",
            approved_on=day,
            created_at=f"{day}T08:00:00+00:00",
        )
        f.update(record, current_deadline=draw(st.sampled_from([new, old, _shift(old, -5)])))
    elif step == "rename":
        name = draw(st.sampled_from([*TRICKY[2:], "改名.txt"]))
        f.add("attachment", draw(st.sampled_from(f.all("attachment"))), original_name=name)
    elif step == "move":
        record_type = draw(st.sampled_from(["company", "case"]))
        f.update(
            draw(st.sampled_from(f.all(record_type))), province_code=draw(st.sampled_from([ZJ, BJ]))
        )
    # "resend": the package as it was exported, once more


def _change(data: st.DataObject, f: Forgery) -> None:
    if data.draw(st.booleans()):
        _steps(data.draw, f)
        return
    record_type = data.draw(st.sampled_from([t for t in SPECS if f.all(t)]))
    record = data.draw(st.sampled_from(f.all(record_type)))
    if data.draw(st.booleans()):
        f.update(record)
    else:
        f.add(record_type, record)
        record = f.all(record_type)[-1]
    spec = SPECS[record_type]
    for name in data.draw(
        st.lists(st.sampled_from(list(spec.fields)), min_size=1, max_size=2, unique=True)
    ):
        current = record["fields"].get(name)
        record["fields"][name] = data.draw(_values(f, spec.fields[name], current))


# --- what an accepted import leaves -----------------------------------------------------------


def _snapshot(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    return {name: rows(db, model) for name, model in MODELS.items()}


def _provinces(
    snap: dict[str, dict[str, dict[str, Any]]], name: str, row: dict[str, Any]
) -> set[str]:
    """The provinces a stored row belongs to (its case's, its company's), read from outside."""

    def of_case(case_id: Any) -> set[str]:
        case = snap["case"].get(str(case_id))
        return {case["province_code"]} if case else set()

    if name == "case" or name == "company":
        return {row["province_code"]}
    if name in ("service", "attendance"):
        company = snap["company"].get(str(row["company_id"]))
        return {company["province_code"]} if company else set()
    if "case_id" in row and row["case_id"] is not None:
        return of_case(row["case_id"])
    for parent, target in (
        ("report_id", "report"),
        ("inspection_id", "inspection"),
        ("finding_id", "finding"),
    ):
        if parent in row:
            owner = snap[target].get(str(row[parent]))
            return of_case(owner["case_id"]) if owner else set()
    return set()  # agencies, summons


def _written(before: dict[str, Any], after: dict[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    for name in MODELS:
        for record_id, row in after[name].items():
            old = before[name].get(record_id)
            if old != row:
                yield name, old, row


def _check_rights(actor: Actor, before: dict[str, Any], after: dict[str, Any]) -> None:
    for name, old, row in _written(before, after):
        if not actor.all_provinces:
            seen = _provinces(after, name, row) | (_provinces(before, name, old) if old else set())
            assert all(actor.sees(p) for p in seen), (name, row)
        if actor.role != "inspector":
            continue
        assert name != "extension", row
        if name == "finding":
            assert row["status"] not in ("verified", "waived") or (
                old and old["status"] == row["status"]
            )
            assert old is None or old["current_deadline"] == row["current_deadline"]
        if name == "case":
            assert row["status"] != "closed" or (old and old["status"] == "closed"), row
            assert old is None or old["status"] != "closed" or row["status"] == "closed", row


def _check_records(db: Database) -> None:
    """Every record as a command would have left it (read back through the ORM)."""
    resolved = {"verified", "waived"}
    with db.read() as session:
        for case in session.execute(select(Case)).scalars():
            abbr = session.get(Province, case.province_code).abbr  # type: ignore[union-attr]
            assert case_number_problem(case.case_number, abbr, case.year, case.seq) is None
            assert case.year == case.opened_on.year
            statuses = [
                f.status
                for f in session.execute(
                    select(Finding).where(Finding.case_id == case.id)
                ).scalars()
            ]
            moves = sorted(
                session.execute(
                    select(CaseStatusChange).where(CaseStatusChange.case_id == case.id)
                ).scalars(),
                key=lambda c: (c.changed_at, str(c.id)),
            )
            days = [case.opened_on, *(c.changed_on for c in moves)]
            assert days == sorted(days), case.case_number  # app.domain.date_order
            if case.status == "closed":
                assert case.closed_on and case.closed_on >= case.opened_on
                assert (case.outcome or "").strip()
                assert all(s in resolved for s in statuses), case.case_number
            else:
                assert case.closed_on is None
        for f in session.execute(select(Finding)).scalars():
            extensions = list(
                session.execute(
                    select(DeadlineExtension)
                    .where(DeadlineExtension.finding_id == f.id)
                    .order_by(DeadlineExtension.created_at, DeadlineExtension.id)
                ).scalars()
            )
            in_force = f.original_deadline
            for e in extensions:
                assert e.old_deadline == in_force and e.new_deadline > e.old_deadline
                assert e.reason.strip() and e.approver.strip()
                in_force = e.new_deadline
            assert f.current_deadline == current_deadline(
                f.original_deadline, [e.new_deadline for e in extensions]
            )
            assert f.raised_on <= f.original_deadline <= f.current_deadline
            assert (
                (f.verified_by is not None)
                == (f.status == "verified")
                == (f.verified_on is not None)
            )
            assert (f.waived_on is not None) == (f.status == "waived") == bool(f.waive_reason)
            if f.status in ("submitted", "verified"):
                assert f.submitted_on and f.rectification_evidence.strip()
            for later in ("submitted_on", "verified_on", "waived_on"):
                assert getattr(f, later) is None or getattr(f, later) >= f.raised_on, later
            assert not (f.verified_on and f.submitted_on) or f.verified_on >= f.submitted_on
            assert all(e.approved_on >= f.raised_on for e in extensions)
        for a in session.execute(select(Attachment)).scalars():
            assert sanitize_filename(a.original_name) == a.original_name
            assert a.case_id is not None
            attachments._check_owner(session, a.case_id, a.owner_type, a.owner_id)
        for c in session.execute(select(Company)).scalars():
            data = CompanyInput(
                c.credit_code,
                c.name_zh,
                c.province_code,
                c.name_en,
                c.short_name,
                c.address,
                c.legal_representative,
                c.contact_name,
                c.contact_phone,
                c.contact_email,
            )
            assert validated_values(session, data) == {
                k: getattr(c, k) for k in validated_values(session, data)
            }
    for name, model in MODELS.items():
        for row in rows(db, model).values():
            for column, value in row.items():
                if isinstance(value, str):
                    assert clean_text(value, column, max_length=200_000, multiline=True) == value
                if isinstance(value, date):
                    assert 1900 <= value.year <= 2200, (name, column, value)


def _still_works(db: Database) -> None:
    listed = cases.list_cases(db, SUPERVISOR, as_of=TODAY)
    for row in listed:
        cases.show_case(db, SUPERVISOR, row.case_number, as_of=TODAY)
    cases.overdue(db, SUPERVISOR, as_of=TODAY)
    for code in ("91330108MA01DEM09F", "91110105MA01DEM01M"):
        cases.open_case(db, SUPERVISOR, code, opened_on=TODAY)


# --- the property -----------------------------------------------------------------------------


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_an_accepted_package_leaves_only_what_the_commands_could_have_made(
    world: tuple[dict[str, Path], Offices, Path], data: st.DataObject
) -> None:
    packages, offices, folder = world
    province = data.draw(st.sampled_from(["zj", "bj"]))
    forged = Forgery(packages[province])
    _change(data, forged)
    path = forged.write(offices.clean(), folder / f"{uuid.uuid4().hex}.zip")
    # Zhejiang's inspector for Zhejiang's cases (Beijing's are simply out of scope)
    for actor in (ZJ_INSPECTOR if province == "zj" else INSPECTOR, SUPERVISOR):
        db = offices.clean()
        before_state, before = state(db), _snapshot(db)
        try:
            import_package(db, actor, path)
        except InspectDeskError as refusal:
            assert refusal.render("zh") and refusal.render("en")
            assert state(db) == before_state, refusal.render("en")
            continue
        offices.spoilt()
        after = _snapshot(db)
        _check_rights(actor, before, after)
        _check_records(db)
        assert verify_chain(db).ok
        _still_works(db)
        db.dispose()


def test_every_text_a_package_carries_is_held_to_a_command_rule() -> None:
    # A text field added to the format without the limits of the command writing it
    # would reach the database on the format's checks alone.
    from app.services.exchange.rule_tables import FIXED, TEXTS

    special = {("company", n) for n in SPECS["company"].fields} | {("attachment", "original_name")}
    for name, spec in SPECS.items():
        assert name in FIXED
        for field_name, field in spec.fields.items():
            if field.kind == "str" and (name, field_name) not in special:
                assert field_name in TEXTS.get(name, {}), (name, field_name)
