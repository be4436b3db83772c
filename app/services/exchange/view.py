"""The records as an import would leave them, and the rules that span several records.

:class:`View` answers "what will this record hold" for any record: the package's
version where the import writes one (new or updated), this database's otherwise.
With no package records it is simply this database, which is how the write
checks the flushed state once more before committing.

The rules checked across records are those a command keeps when it writes one
record next to others: a closed case has every finding verified or waived
(:func:`app.domain.case_lifecycle.check_can_close`); a finding's extensions run
from its original deadline, each from the deadline then in force to a later one,
and its current deadline is the last one's new date
(:func:`app.domain.finding_lifecycle.current_deadline`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.case_lifecycle import CaseStatus, check_can_close
from app.domain.date_order import check_not_before
from app.domain.errors import InspectDeskError, ValidationError
from app.domain.finding_lifecycle import RESOLVED_STATUSES, current_deadline
from app.services.exchange.records import read_fields
from app.services.exchange.spec import SPECS, RecordSpec, ref_target

Fields = dict[str, Any]


class View:
    """Every record as it will be: ``overlay`` (type -> id -> fields) over the database."""

    def __init__(self, session: Session, overlay: Mapping[str, Mapping[str, Fields]]) -> None:
        self.session = session
        self.overlay = {name: dict(overlay.get(name, {})) for name in SPECS}
        self._stored: dict[tuple[str, str], Fields | None] = {}

    def stored(self, record_type: str, record_id: str) -> Fields | None:
        """The record as this database holds it (None: not here)."""
        key = (record_type, record_id)
        if key not in self._stored:
            spec = SPECS[record_type]
            obj = self.session.get(spec.model, uuid.UUID(record_id))
            self._stored[key] = read_fields(spec, obj) if obj is not None else None
        return self._stored[key]

    def get(self, record_type: str, record_id: str) -> Fields | None:
        """The record as it will be (None: neither in the package nor here)."""
        found = self.overlay[record_type].get(record_id)
        return found if found is not None else self.stored(record_type, record_id)

    def children(self, record_type: str, field: str, parent_id: str) -> dict[str, Fields]:
        """Every record of ``record_type`` whose ``field`` will point at ``parent_id``."""
        spec = SPECS[record_type]
        column = getattr(spec.model, field)
        found: dict[str, Fields] = {}
        for obj in self.session.execute(
            select(spec.model).where(column == uuid.UUID(parent_id))
        ).scalars():
            found[str(obj.id)] = read_fields(spec, obj)  # type: ignore[attr-defined]
        for record_id, fields in self.overlay[record_type].items():
            if fields.get(field) == parent_id:
                found[record_id] = fields
            else:
                found.pop(record_id, None)
        return found

    def case_of(self, spec: RecordSpec, fields: Mapping[str, Any]) -> str | None:
        """The id of the case a record belongs to (following its parents), if any."""
        if spec.name == "case":
            return None
        for _ in range(len(SPECS)):
            parent = spec.parent
            if not parent:
                return None
            value = fields.get(parent)
            if value is None and spec.name == "attachment":
                parent, value = "owner_id", fields.get("owner_id")
            if value is None:
                return None
            target = ref_target(spec, parent, fields)
            if target == "case":
                return str(value)
            found = self.get(target, str(value))
            if found is None:
                return None
            spec, fields = SPECS[target], found
        return None  # pragma: no cover - parents end at a case

    def province_of_case(self, case_id: str | None) -> str | None:
        case = self.get("case", case_id) if case_id else None
        return str(case["province_code"]) if case else None

    def label(self, spec: RecordSpec, fields: Mapping[str, Any]) -> str:
        """How an official recognises the record: a case number, a finding's "#n", a name."""
        if spec.name == "company":
            return f"{fields['name_zh']} ({fields['credit_code']})"
        if spec.name == "case":
            return str(fields["case_number"])
        if spec.name in ("agency", "service"):
            return str(fields["name"])
        if spec.name == "summons":
            return f"{fields['held_on']} {str(fields['topic'])[:40]}"
        case = self.get("case", cid) if (cid := self.case_of(spec, fields)) else None
        number = str(case["case_number"]) if case else ""
        if spec.name == "finding":
            return f"{number} #{fields['number']}"
        return f"{number} {spec.name}".strip()


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _moment(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


class Broken(Exception):
    """A rule spanning records is broken at ``record`` (type, id): ``error`` says how."""

    def __init__(self, record_type: str, record_id: str, error: InspectDeskError) -> None:
        super().__init__(record_type, record_id)
        self.record_type = record_type
        self.record_id = record_id
        self.error = error


def _check_extensions(view: View, finding_id: str) -> None:
    """The finding's extensions, oldest first, chain from its original deadline; its
    current deadline is the one in force after the last (never before the original)."""
    finding = view.get("finding", finding_id)
    if finding is None:
        return
    extensions = sorted(
        view.children("extension", "finding_id", finding_id).items(),
        key=lambda pair: (_moment(pair[1]["created_at"]), pair[0]),
    )
    in_force = _day(finding["original_deadline"])
    for extension_id, extension in extensions:
        old, new = _day(extension["old_deadline"]), _day(extension["new_deadline"])
        if old != in_force:
            raise Broken(
                "extension",
                extension_id,
                ValidationError(
                    "exchange.extension_chain", old=old.isoformat(), expected=in_force.isoformat()
                ),
            )
        in_force = new
    expected = current_deadline(
        _day(finding["original_deadline"]), [_day(e["new_deadline"]) for _, e in extensions]
    )
    if _day(finding["current_deadline"]) != expected:
        raise Broken(
            "finding",
            finding_id,
            ValidationError(
                "exchange.current_deadline",
                current=_day(finding["current_deadline"]).isoformat(),
                expected=expected.isoformat(),
            ),
        )


def _check_closed_case(view: View, case_id: str) -> None:
    """A closed case has no finding left neither verified nor waived."""
    case = view.get("case", case_id)
    if case is None or case["status"] != CaseStatus.CLOSED.value:
        return
    resolved = {s.value for s in RESOLVED_STATUSES}
    unresolved = [
        f
        for f in view.children("finding", "case_id", case_id).values()
        if f["status"] not in resolved
    ]
    try:
        check_can_close(len(unresolved))
    except InspectDeskError as exc:
        raise Broken("case", case_id, exc) from None


def _check_status_history(view: View, case_id: str) -> None:
    """The status changes a package adds to a case lead, one step after another, from the
    status this database holds (none for a new case) to the case's status in the package:
    as the commands write them, one record per move.  A move without its record, or a
    record that is not a move of the case, refuses."""
    case = view.get("case", case_id)
    if case is None:
        return
    stored = view.stored("case", case_id)
    status: str | None = stored["status"] if stored is not None else None
    changes = view.children("status_change", "case_id", case_id)
    kept = [
        _day(fields["changed_on"])
        for record_id, fields in changes.items()
        if view.stored("status_change", record_id) is not None
    ]
    last: date | None = max(kept, default=None)
    added = sorted(
        (
            (record_id, fields)
            for record_id, fields in changes.items()
            if view.stored("status_change", record_id) is None
        ),
        key=lambda pair: (_moment(pair[1]["changed_at"]), pair[0]),
    )
    while added:
        step = next((pair for pair in added if pair[1]["from_status"] == status), None)
        if step is None:
            break
        added.remove(step)
        step_id, fields = step
        status = fields["to_status"]
        try:  # each move on or after the one before (app.domain.date_order)
            check_not_before(fields["changed_on"], "changed_on", last, "last_change")
        except InspectDeskError as exc:
            raise Broken("status_change", step_id, exc) from None
        last = _day(fields["changed_on"])
    if added or status != case["status"]:
        raise Broken(
            "case",
            case_id,
            ValidationError(
                "exchange.status_history",
                status=case["status"],
                recorded=status if status is not None else "—",
            ),
        )


def _check_summons(view: View, summons_id: str) -> None:
    """A summons names at least one company, as ``register_summons`` asks."""
    if view.stored("summons", summons_id) is None and not view.children(
        "attendance", "summons_id", summons_id
    ):
        raise Broken("summons", summons_id, ValidationError("field.required", field="companies"))


def _touched(view: View, written: Mapping[str, Iterable[str]]) -> tuple[set[str], set[str]]:
    """The cases and findings whose cross-record rules a write of ``written`` (type ->
    ids) may change: the cases and findings written, and those whose findings or
    extensions are."""
    cases = set(written.get("case", ()))
    findings = set(written.get("finding", ()))
    for extension_id in written.get("extension", ()):
        extension = view.get("extension", extension_id)
        if extension is not None:
            findings.add(str(extension["finding_id"]))
    for finding_id in findings:
        finding = view.get("finding", finding_id)
        if finding is not None:
            cases.add(str(finding["case_id"]))
    return cases, findings


def check_across(view: View, written: Mapping[str, Iterable[str]]) -> None:
    """Every rule spanning records, for what ``written`` may change; raises :class:`Broken`."""
    cases, findings = _touched(view, written)
    for finding_id in sorted(findings):
        _check_extensions(view, finding_id)
    for case_id in sorted(cases):
        _check_closed_case(view, case_id)
    for change_id in written.get("status_change", ()):
        change = view.get("status_change", change_id)
        if change is not None:
            cases.add(str(change["case_id"]))
    for case_id in sorted(cases):
        _check_status_history(view, case_id)
    for summons_id in sorted(written.get("summons", ())):
        _check_summons(view, summons_id)
