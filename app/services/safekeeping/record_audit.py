"""Every record against the state its audit events recorded: edits behind the application's back.

The audit chain proves that the events were not changed; this compares the
records with them.  The state a record should have is the fold of its events'
``after`` values in ``seq`` order (a creation event holds every column, a change
the columns changed); the record as stored, read with
:func:`app.services.support.audit.record_columns` (the fields a dossier's record digest
hashes too), must equal it field for field.  Which tables and events take part,
and the records checked against the event of another one, are in
:mod:`app.services.safekeeping.record_audit_types`.

One pass over the events in ``seq`` order (:mod:`app.services.safekeeping.record_audit_fold`,
which keeps a 64-bit hash per field, not the values), then one pass over each
table; no query per record.  A record that differs is named from its row, a
deleted one from its events, read again for those alone.  On the benchmark
database with an event for every record (1.5 million events, 1.1 million
records) the check takes about 80 s and 470 MB.
"""

from __future__ import annotations

import uuid
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import AssessmentReport, AuditEvent, Case, Company, Finding, Inspection, Summons
from app.domain.errors import IntegrityProblem
from app.services.safekeeping.record_audit_fold import (
    Folds,
    Recorded,
    _digest,
    _normalizer,
    _raw,
    _uuid,
    read_events,
)
from app.services.safekeeping.record_audit_types import BY_NAME, RECORD_TYPES, Names, RecordType

Kind = Literal["differs", "unaudited", "missing"]
CODES: dict[str, str] = {
    "differs": "audit.record_differs",
    "unaudited": "audit.record_unaudited",
    "missing": "audit.record_missing",
}
_CHUNK = 500
# What the event beside a derived record holds of it (see record_audit_types).
DERIVED_FIELDS: dict[str, tuple[str, ...]] = {
    "status_change": ("from_status", "to_status", "changed_by"),
    "extension": ("old_deadline", "new_deadline"),
}
_EMBEDDED = ("result", "remark")  # what an inspection's event holds of a checklist result


@dataclass
class RecordMismatch:
    """One record that is not as its audit events say: changed, never created by one, or gone."""

    type: str
    id: str | None  # None: a derived record whose events do not name it
    kind: Kind
    fields: tuple[str, ...] = ()
    # what names it: its values, or how to get them (only the records named need them)
    source: Mapping[str, Any] | Callable[[], Mapping[str, Any]] = field(
        default_factory=dict, repr=False
    )
    record: str = ""  # how it is named (see record_audit_types), once labelled
    case_number: str | None = None

    @property
    def values(self) -> Mapping[str, Any]:
        if callable(self.source):
            self.source = self.source()
        return self.source

    def problem(self) -> IntegrityProblem:
        return IntegrityProblem(
            CODES[self.kind],
            type=self.type,
            record=self.record or (self.id or "—")[:8],
            fields=", ".join(self.fields),
            case_number=self.case_number or "—",
            id=self.id or "—",
        )


def records_differing_from_audit(db: Database, *, limit: int = 100) -> list[IntegrityProblem]:
    """Each record that differs from what its audit events recorded, as a problem naming it.

    Also a record no event created (inserted outside the application) and one
    the events record that is gone (nothing is ever deleted).  At most ``limit``
    records of one type and kind are named; the rest are counted in one problem.
    """
    with _snapshot(db) as session:
        kept: list[RecordMismatch] = []
        more: dict[tuple[str, str], int] = defaultdict(int)
        seen: dict[tuple[str, str], int] = defaultdict(int)
        for m in _mismatches(session):
            key = (m.type, m.kind)
            seen[key] += 1
            if seen[key] <= limit:
                kept.append(m)
            else:
                more[key] += 1
        _label(session, kept)
    order = {t.name: n for n, t in enumerate(RECORD_TYPES)}
    kinds = list(CODES)
    kept.sort(key=lambda m: (order[m.type], kinds.index(m.kind), m.record))
    problems = [m.problem() for m in kept]
    for (type_, kind), count in sorted(more.items(), key=lambda i: (order[i[0][0]], i[0][1])):
        problems.append(IntegrityProblem("audit.records_more", type=type_, kind=kind, count=count))
    return problems


@contextmanager
def _snapshot(db: Database) -> Iterator[Session]:
    """A read session seeing one snapshot for the events and every table, so that a change
    committed meanwhile does not look like an edit without its event (a SQLite read
    transaction is one; PostgreSQL needs REPEATABLE READ)."""
    if db.is_sqlite:
        with db.read() as session:
            yield session
        return
    with db.engine.connect() as conn:
        snapshot = conn.execution_options(isolation_level="REPEATABLE READ")
        with snapshot.begin(), Session(bind=snapshot) as session:
            yield session


def case_mismatches(session: Session, case_id: uuid.UUID) -> list[RecordMismatch]:
    """The records of one case (and its company) that differ from their audit events, named."""
    found = list(_mismatches(session, case_id))
    _label(session, found)
    return found


# --- the pass over each table ----------------------------------------------------------------


def _rows(session: Session, rtype: RecordType, folds: Folds, case_id: uuid.UUID | None) -> Any:
    mapper = inspect(rtype.model)
    names = (rtype.key, *folds.columns)
    query = select(*(_raw(mapper.columns[n]) for n in names))
    if case_id is not None:
        assert rtype.in_case is not None
        query = query.where(rtype.in_case(case_id))
    if rtype.group:
        order = "changed_at" if "changed_at" in mapper.columns else "created_at"
        query = query.order_by(mapper.columns[rtype.group], mapper.columns[order])
    return session.connection().execute(query.execution_options(yield_per=2000))


def _links(session: Session, rtype: RecordType) -> list[dict[str, tuple[str, ...]]]:
    out = []
    for link in rtype.links:
        found: dict[str, list[str]] = defaultdict(list)
        for owner, value in session.execute(link.query()):
            found[str(_uuid(owner))].append(str(value))
        out.append({k: tuple(sorted(v)) for k, v in found.items()})
    return out


def _mismatches(session: Session, case_id: uuid.UUID | None = None) -> Iterator[RecordMismatch]:
    company_id = None
    if case_id is not None:
        company_id = session.execute(select(Case.company_id).where(Case.id == case_id)).scalar()
    recorded = read_events(session, case_id, company_id)
    for rtype in RECORD_TYPES:
        if case_id is not None and rtype.in_case is None:
            continue
        folds = recorded.folds[rtype.name]
        links = _links(session, rtype) if case_id is None else [{} for _ in rtype.links]
        rows = _rows(session, rtype, folds, case_id)
        if rtype.mode == "derived":
            yield from _derived(rtype, folds, recorded, rows)
        else:
            yield from _compared(rtype, folds, recorded, rows, links)
        yield from _gone(session, rtype, list(folds.by_id))
        folds.by_id.clear()
        if rtype.mode == "embedded":
            for inspection_id, (_, items) in recorded.checklist.items():
                for code in items:
                    values = {"inspection_id": inspection_id, "item_code": code}
                    yield RecordMismatch(rtype.name, None, "missing", (), values)


def _values(folds: Folds, key: str, values: Sequence[Any]) -> Callable[[], dict[str, Any]]:
    return lambda: {folds.rtype.key: key, **dict(zip(folds.fields, values, strict=True))}


def _raw_values(
    folds: Folds, key: str, raw: Sequence[Any], links: Sequence[Any]
) -> Callable[[], dict[str, Any]]:
    def values() -> dict[str, Any]:
        return {
            folds.rtype.key: key,
            **dict(zip(folds.fields, folds.normalized(raw, links), strict=True)),
        }

    return values


def _compared(
    rtype: RecordType,
    folds: Folds,
    recorded: Recorded,
    rows: Iterable[Sequence[Any]],
    links: list[dict[str, tuple[str, ...]]],
) -> Iterator[RecordMismatch]:
    for raw in rows:
        key = folds.key(raw[0])
        state = folds.by_id.pop(key, None)
        found = [link.get(key, ()) for link in links]
        if rtype.mode == "embedded":
            values = folds.normalized(raw[1:], found)
            yield from _checklist(folds, recorded, key, values, state)
        elif rtype.mode == "partial":
            if state is not None:
                yield from _differs(folds, key, folds.normalized(raw[1:], found), state)
        elif state is None or not state[-1]:
            lazy = _raw_values(folds, key, raw[1:], found)
            yield RecordMismatch(rtype.name, key, "unaudited", (), lazy)
        else:
            yield from _differs(folds, key, folds.normalized(raw[1:], found), state)


def _differs(
    folds: Folds, key: str, values: Sequence[Any], state: array[int]
) -> Iterator[RecordMismatch]:
    fields = folds.differing(state, values)
    if fields:
        yield RecordMismatch(
            folds.rtype.name, key, "differs", tuple(fields), _values(folds, key, values)
        )


def _checklist(
    folds: Folds, recorded: Recorded, key: str, values: Sequence[Any], state: array[int] | None
) -> Iterator[RecordMismatch]:
    """A checklist result: its inspection's newest event holding it, or its own events
    (an exchange's) where they are newer or hold what the inspection's do not."""
    row = dict(zip(folds.fields, values, strict=True))
    own_seq = folds.last_seq.pop(key, 0)
    seq, items = recorded.checklist.get(str(row["inspection_id"]), (0, {}))
    entry = items.pop(str(row["item_code"]), None)
    if entry is None and (state is None or not state[-1]):
        yield RecordMismatch("checklist", key, "unaudited", (), _values(folds, key, values))
        return
    embedded = dict(zip(_EMBEDDED, entry, strict=False)) if isinstance(entry, list) else {}
    fields = []
    for i, name in enumerate(folds.fields):
        own = folds.slot(state, i) if state is not None else None
        if name in embedded and (own is None or seq > own_seq):
            if row[name] != embedded[name]:
                fields.append(name)
        elif own is not None:
            if own != _digest(i, values[i]):
                fields.append(name)
        elif entry is None or name in _EMBEDDED:
            fields.append(name)  # nothing recorded it
    if fields:
        yield RecordMismatch(
            "checklist", key, "differs", tuple(fields), _values(folds, key, values)
        )


def _derived(
    rtype: RecordType, folds: Folds, recorded: Recorded, rows: Iterable[Sequence[Any]]
) -> Iterator[RecordMismatch]:
    """Status changes and extensions: their own events if an exchange wrote them, else
    paired with the events of the case or finding they were written beside."""
    parents = recorded.status if rtype.name == "status_change" else recorded.extension
    compared = DERIVED_FIELDS[rtype.name]
    group_at = folds.fields.index(rtype.group)
    pending: list[tuple[str, tuple[Any, ...]]] = []
    current: Any = object()
    for raw in rows:
        key = folds.key(raw[0])
        values = folds.normalized(raw[1:], ())
        state = folds.by_id.pop(key, None)
        if state is not None:
            if not state[-1]:
                yield RecordMismatch(rtype.name, key, "unaudited", (), _values(folds, key, values))
            else:
                yield from _differs(folds, key, values, state)
            continue
        if values[group_at] != current:
            yield from _pair(rtype, folds, current, pending, parents.pop(str(current), []))
            current, pending = values[group_at], []
        pending.append((key, values))
    yield from _pair(rtype, folds, current, pending, parents.pop(str(current), []))
    for group, left in parents.items():
        for parent in left:
            named = {rtype.group: group, **dict(zip(compared, parent[1:], strict=True))}
            yield RecordMismatch(rtype.name, None, "missing", (), named)
    parents.clear()


def _pair(
    rtype: RecordType,
    folds: Folds,
    group: Any,
    rows: list[tuple[str, tuple[Any, ...]]],
    parents: list[tuple[Any, ...]],
) -> Iterator[RecordMismatch]:
    compared = DERIVED_FIELDS[rtype.name]
    at = [folds.fields.index(f) for f in compared]
    wanted: dict[tuple[Any, ...], list[tuple[Any, ...]]] = defaultdict(list)
    for parent in parents:
        wanted[tuple(parent[1:])].append(parent)
    unmatched = []
    for key, values in rows:
        same = wanted.get(tuple(values[i] for i in at))
        if same:
            same.pop(0)
        else:
            unmatched.append((key, values))
    left = sorted((p for ps in wanted.values() for p in ps), key=lambda p: p[0])
    for (key, values), parent in zip(unmatched, left, strict=False):
        fields = tuple(
            f for f, i, v in zip(compared, at, parent[1:], strict=True) if values[i] != v
        )
        yield RecordMismatch(rtype.name, key, "differs", fields, _values(folds, key, values))
    for key, values in unmatched[len(left) :]:
        yield RecordMismatch(rtype.name, key, "unaudited", (), _values(folds, key, values))
    for parent in left[len(unmatched) :]:
        named = {rtype.group: group, **dict(zip(compared, parent[1:], strict=True))}
        yield RecordMismatch(rtype.name, None, "missing", (), named)


def _gone(session: Session, rtype: RecordType, keys: list[str]) -> list[RecordMismatch]:
    """Records the events name that no row holds: named from their events, read again."""
    if not keys:
        return []
    values: dict[str, dict[str, Any]] = defaultdict(dict)
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        query = (
            select(AuditEvent.entity_id, AuditEvent.after)
            .where(AuditEvent.entity_type.in_(rtype.event_types), AuditEvent.entity_id.in_(chunk))
            .order_by(AuditEvent.seq)
        )
        for entity_id, after in session.execute(query):
            if isinstance(after, dict):
                values[str(entity_id)].update(after)
    out = []
    for key in keys:
        found = values.get(key, {})
        out.append(RecordMismatch(rtype.name, key, "missing", (), {rtype.key: key, **found}))
    return out


# --- naming the records ------------------------------------------------------------------------


def _fetch(session: Session, columns: Sequence[Any], ids: Iterable[str]) -> Iterator[list[Any]]:
    """Rows of ``columns`` (the first: the id) for the ids given, values as compared."""
    wanted = []
    for value in ids:
        try:
            wanted.append(uuid.UUID(str(value)))
        except ValueError:
            continue
    norms = [_normalizer(c) for c in columns]
    query = select(*(_raw(c) for c in columns))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        for row in session.execute(query.where(columns[0].in_(chunk))):
            yield [norm(v) if norm else v for norm, v in zip(norms, row, strict=True)]


_REFS = (
    ("case_id", "case"),
    ("company_id", "company"),
    ("summons_id", "summons"),
    ("finding_id", "finding"),
    ("report_id", "report"),
    ("inspection_id", "inspection"),
)


def _label(session: Session, found: list[RecordMismatch]) -> None:
    """Give each mismatch its name (record type's label) and case number, looked up in bulk."""
    want: dict[str, set[str]] = defaultdict(set)
    for m in found:
        for column, kind in _REFS:
            if m.values.get(column):
                want[kind].add(str(m.values[column]))
        if m.type == "case" and m.id:
            want["case"].add(m.id)
    names = Names()
    finding = (Finding.id, Finding.case_id, Finding.number)
    for fid, case_id, number in _fetch(session, finding, want["finding"]):
        names.findings[fid] = (case_id, number)
        want["case"].add(case_id)
    report = (AssessmentReport.id, AssessmentReport.case_id, AssessmentReport.trigger_code)
    for rid, case_id, trigger, version in _fetch(
        session, (*report, AssessmentReport.report_version), want["report"]
    ):
        names.reports[rid] = (case_id, trigger, version)
        want["case"].add(case_id)
    inspection = (Inspection.id, Inspection.case_id, Inspection.inspected_on)
    for iid, case_id, on in _fetch(session, inspection, want["inspection"]):
        names.inspections[iid] = (case_id, on)
        want["case"].add(case_id)
    for cid, number in _fetch(session, (Case.id, Case.case_number), want["case"]):
        names.cases[cid] = number
    for cid, code in _fetch(session, (Company.id, Company.credit_code), want["company"]):
        names.companies[cid] = code
    for sid, held_on in _fetch(session, (Summons.id, Summons.held_on), want["summons"]):
        names.summons[sid] = held_on
    for m in found:
        m.record = BY_NAME[m.type].label(m.values, names)
        m.case_number = m.record if m.type == "case" else names.case_of(m.type, m.values)
