"""Every record an import writes, held to the rules of the command that would write it.

An exchange package is data from outside: the import writes a record only if
the official importing it could have made the same record, or the same change
to it, with the application's own commands.  For each record written (new or
updated) that means, with the commands' own functions:

* the **right** to do it (:func:`app.services.support.permissions.require`): opening a
  case, closing (``case.close``) or reopening it (``case.reopen``), verifying
  (``finding.verify``) or waiving (``finding.waive``) a finding, extending a
  deadline (``finding.extend``), editing a company (``company.edit``), and so on;
* the **values** the command would accept and store: texts through
  :func:`app.services.support.text_rules.checked` with the commands' own limits, companies
  through :func:`app.services.registry.companies.validated_values`, attachment names
  through :func:`app.domain.filenames.sanitize_filename` (a name the command
  would have changed is refused, not changed), the case number through
  :func:`app.domain.case_number.case_number_problem`;
* the **dates in order** (:mod:`app.domain.date_order`): nothing in a record, or in
  the record it belongs to, dated before what it follows;
* the **lifecycles**: a case or a finding moves only along
  :mod:`app.domain.case_lifecycle` / :mod:`app.domain.finding_lifecycle`, a
  status carries the fields its command sets (a verified finding its verifier
  and date, a closed case its closing date and outcome), an extension passes
  :func:`app.domain.finding_lifecycle.check_extension`;
* a field no command changes once the record exists (a case's number, province
  or company; a finding's case, number or original deadline; an extension, an
  attachment, a status change) stays as it is.

The rules spanning records (a closed case's findings, a finding's extensions)
are in :mod:`view`.  A broken rule is an ``InspectDeskError`` of the command's
own (or of the exchange catalogue); :mod:`enforce` names the record with it.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from app.db.models import Province
from app.domain.case_lifecycle import TRANSITIONS, CaseStatus, check_transition, is_reopen
from app.domain.case_number import case_number_problem, format_case_number
from app.domain.date_order import check_not_before, check_record_dates
from app.domain.errors import ConflictError, NotFoundError, ValidationError
from app.domain.filenames import sanitize_filename
from app.domain.finding_lifecycle import (
    FINDING_TRANSITIONS,
    RESOLVED_STATUSES,
    FindingStatus,
    check_extension,
)
from app.services.exchange.rule_tables import (
    ALL,
    FINDING_EDIT,
    FINDING_STATE,
    FIXED,
    SUBMITTED,
    TEXTS,
    VERIFIED,
    WAIVED,
)
from app.services.exchange.spec import SPECS, RecordSpec
from app.services.exchange.view import View
from app.services.registry.companies import CompanyInput, validated_values
from app.services.support.context import Actor
from app.services.support.permissions import require
from app.services.support.text_rules import checked

Fields = dict[str, Any]


@dataclass(frozen=True)
class Change:
    """One record the import writes: as stored here (None: new) and as it will be."""

    spec: RecordSpec
    record_id: str
    before: Fields | None
    after: Fields


@dataclass(frozen=True)
class Rules:
    actor: Actor
    view: View
    file_sizes: Mapping[str, int]  # sha256 -> bytes of attachments/<sha256> in the package


def _need(rules: Rules, *actions: str) -> None:
    for action in actions:
        require(rules.actor, action)


def _texts(change: Change) -> None:
    for name in TEXTS.get(change.spec.name, {}):
        value = change.after[name]
        if value is None:
            continue
        if checked(change.spec.name, name, value) != value:
            raise ValidationError("exchange.not_canonical", field=name)


def _fixed(change: Change) -> None:
    if change.before is None:
        return
    fixed = FIXED[change.spec.name]
    names = [n for n, f in change.spec.fields.items() if f.hashed] if ALL in fixed else list(fixed)
    for name in names:
        if change.before[name] != change.after[name]:
            raise ValidationError("exchange.field_fixed", field=name)


def _changed(change: Change, *names: str) -> bool:
    return change.before is not None and any(change.before[n] != change.after[n] for n in names)


def _present(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


S = TypeVar("S", bound=StrEnum)


def _reachable(graph: Mapping[S, frozenset[S]], start: S, goal: S) -> bool:
    seen, todo = {start}, deque([start])
    while todo:
        for nxt in graph[todo.popleft()]:
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return False


def _day(value: Any) -> date:
    return date.fromisoformat(str(value))


# --- per type ---------------------------------------------------------------------------------


def _company(rules: Rules, change: Change) -> None:
    after = change.after
    values = validated_values(
        rules.view.session,
        CompanyInput(
            credit_code=after["credit_code"],
            name_zh=after["name_zh"],
            province=after["province_code"],
            name_en=after["name_en"],
            short_name=after["short_name"],
            address=after["address"],
            legal_representative=after["legal_representative"],
            contact_name=after["contact_name"],
            contact_phone=after["contact_phone"],
            contact_email=after["contact_email"],
        ),
    )
    for name, value in values.items():
        if after[name] != value:
            raise ValidationError("exchange.not_canonical", field=name)
    if change.before is None:
        _need(rules, "company.import")
        return
    _need(rules, "company.edit")  # company_edit.update_company


def _service(rules: Rules, change: Change) -> None:
    # No command registers a service apart from the demo: a service is part of its
    # company's record, written with the right to edit companies.
    _need(rules, "company.edit")


def _summons(rules: Rules, change: Change) -> None:
    _need(rules, "summons.register")


def _case(rules: Rules, change: Change) -> None:
    after, before = change.after, change.before
    province = rules.view.session.get(Province, after["province_code"])
    assert province is not None  # a known code (validate)
    problem = case_number_problem(after["case_number"], province.abbr, after["year"], after["seq"])
    opened = _day(after["opened_on"])
    if problem is None and after["year"] != opened.year:
        problem = "opened_on"
    if problem is not None:
        raise ValidationError(
            "exchange.case_number",
            case_number=after["case_number"],
            expected=format_case_number(province.abbr, opened.year, after["seq"]),
            problem=problem,
        )
    status = CaseStatus(after["status"])
    if status is CaseStatus.CLOSED:
        if after["closed_on"] is None:
            raise ValidationError("field.required", field="closed_on")
        checked("case", "outcome", after["outcome"], required=True)  # as cases.change_status
    elif after["closed_on"] is not None:
        raise ValidationError("exchange.field_not_allowed", field="closed_on", status=status.value)
    if before is None:
        _need(rules, "case.open")
        if status is not CaseStatus.OPENED:
            _need(rules, "case.status")
        if status is CaseStatus.CLOSED:
            _need(rules, "case.close")
        return
    was = CaseStatus(before["status"])
    if status is not was:
        _need(rules, "case.status")
        if not _reachable(TRANSITIONS, was, status):
            raise ConflictError("case.transition", current=was.value, target=status.value)
    closing = _changed(change, "closed_on", "outcome", "closing_note")
    if status is CaseStatus.CLOSED and (was is not CaseStatus.CLOSED or closing):
        _need(rules, "case.close")
    if was is CaseStatus.CLOSED and (status is not CaseStatus.CLOSED or closing):
        _need(rules, "case.reopen")


def _status_change(rules: Rules, change: Change) -> None:
    after = change.after
    case = rules.view.get("case", after["case_id"])
    if case is not None:
        check_not_before(after["changed_on"], "changed_on", case["opened_on"], "opened_on")
    target = CaseStatus(after["to_status"])
    if after["from_status"] is None:
        if target is not CaseStatus.OPENED:  # a case's first status is "opened"
            raise ConflictError("case.transition", current="-", target=target.value)
        _need(rules, "case.open")
        return
    current = CaseStatus(after["from_status"])
    check_transition(current, target)
    _need(rules, "case.status")
    if target is CaseStatus.CLOSED:
        _need(rules, "case.close")
    if is_reopen(current, target):
        _need(rules, "case.reopen")


def _report(rules: Rules, change: Change) -> None:
    after = change.after
    if change.before is None:
        _need(rules, "report.add")
        if after["service_id"] is not None:  # reports.add_report: a service of the company
            service = rules.view.get("service", after["service_id"])
            case = rules.view.get("case", after["case_id"])
            if service is None or case is None or service["company_id"] != case["company_id"]:
                raise NotFoundError("service.not_found", value=after["service_id"])
    elif _changed(change, "received_on", "receiving_agency_id"):
        _need(rules, "report.receive")


def _review(rules: Rules, change: Change) -> None:
    _need(rules, "review.record")
    report = rules.view.get("report", change.after["report_id"])
    if report is None or report["received_on"] is None:
        raise ValidationError("report.not_received")
    check_not_before(
        change.after["reviewed_on"], "reviewed_on", report["received_on"], "received_on"
    )


def _inspection(rules: Rules, change: Change) -> None:
    after, before = change.after, change.before
    if before is None:
        _need(rules, "inspection.schedule")
        if after["status"] == "done" or after["notes"] or after["conclusion"]:
            _need(rules, "inspection.record")
        return
    if before["status"] == "done" and after["status"] != "done":
        raise ValidationError("exchange.field_fixed", field="status")
    if _changed(change, "notes", "conclusion", "status"):
        _need(rules, "inspection.record")


def _checklist(rules: Rules, change: Change) -> None:
    _need(rules, "inspection.record")


def _finding_state(after: Fields) -> None:
    status = after["status"]
    required, forbidden = FINDING_STATE[status]
    for name in required:
        if not _present(after[name]):
            raise ValidationError("field.required", field=name)
    for name in forbidden:
        if after[name] is not None:
            raise ValidationError("exchange.field_not_allowed", field=name, status=status)


def _finding_source(rules: Rules, after: Fields) -> None:
    """findings.add_finding: the review and the inspection named are of the same case."""
    view = rules.view
    if after["review_id"] is not None:
        review = view.get("review", after["review_id"])
        report = view.get("report", review["report_id"]) if review else None
        if report is None or report["case_id"] != after["case_id"]:
            raise NotFoundError("review.not_found", value=after["review_id"])
    if after["inspection_id"] is not None:
        inspection = view.get("inspection", after["inspection_id"])
        if inspection is None or inspection["case_id"] != after["case_id"]:
            raise NotFoundError("inspection.not_found", value=after["inspection_id"])


def _finding_moves(rules: Rules, was: FindingStatus, status: FindingStatus) -> None:
    """The rights of the commands that take a finding from ``was`` to ``status``."""
    if status is was:
        return
    if not _reachable(FINDING_TRANSITIONS, was, status):
        raise ConflictError("finding.transition", current=was.value, target=status.value)
    if status is FindingStatus.SUBMITTED:
        _need(rules, "finding.submit")
    elif status is FindingStatus.OPEN:
        _need(rules, "finding.reject")
    elif status is FindingStatus.VERIFIED:
        _need(rules, *(["finding.submit"] if was is FindingStatus.OPEN else []), "finding.verify")
    else:
        _need(rules, "finding.waive")


def _finding(rules: Rules, change: Change) -> None:
    after, before = change.after, change.before
    raised, original = _day(after["raised_on"]), _day(after["original_deadline"])
    if original < raised:
        raise ValidationError(
            "finding.deadline_before_raised",
            deadline=original.isoformat(),
            raised_on=raised.isoformat(),
        )
    _finding_state(after)
    status = FindingStatus(after["status"])
    if before is None:
        _need(rules, "finding.add")
        _finding_source(rules, after)
        _finding_moves(rules, FindingStatus.OPEN, status)
        return
    was = FindingStatus(before["status"])
    if _changed(change, *FINDING_EDIT):
        _need(rules, "finding.edit")
    lifecycle = ("status", *SUBMITTED, *VERIFIED, *WAIVED, "current_deadline")
    if was in RESOLVED_STATUSES and _changed(change, *lifecycle):
        if status is not was:
            raise ConflictError("finding.transition", current=was.value, target=status.value)
        name = next(n for n in lifecycle if before[n] != after[n])
        raise ValidationError("exchange.field_fixed", field=name)
    _finding_moves(rules, was, status)
    if _changed(change, *SUBMITTED):
        _need(rules, "finding.submit")
    if status is not FindingStatus.VERIFIED and _changed(change, *VERIFIED):
        raise ValidationError("exchange.field_fixed", field="verified_by")
    if status is not FindingStatus.WAIVED and _changed(change, *WAIVED):
        raise ValidationError("exchange.field_fixed", field="waive_reason")
    if _changed(change, "current_deadline"):
        _need(rules, "finding.extend")


def _extension(rules: Rules, change: Change) -> None:
    after = change.after
    _need(rules, "finding.extend")
    check_extension(
        _day(after["old_deadline"]), _day(after["new_deadline"]), after["reason"], after["approver"]
    )
    finding = rules.view.get("finding", after["finding_id"])
    if finding is not None:
        check_not_before(after["approved_on"], "approved_on", finding["raised_on"], "raised_on")


def _attachment(rules: Rules, change: Change) -> None:
    after = change.after
    name = after["original_name"]
    if sanitize_filename(name) != name:
        raise ValidationError("exchange.file_name", value=name, safe=sanitize_filename(name))
    if after["case_id"] is None:
        raise ValidationError("field.required", field="case_id")
    size = rules.file_sizes.get(after["sha256"])
    if size is not None and size != after["size"]:
        raise ValidationError("exchange.attachment_size", size=after["size"], actual=size)
    _need(rules, "attachment.add")
    owner_type, owner_id = after["owner_type"], after["owner_id"]
    if owner_type == "case":  # attachments._check_owner: a record of the case itself
        if owner_id != after["case_id"]:
            raise NotFoundError("case.not_found", case_number=owner_id)
        return
    owner = rules.view.get(owner_type, owner_id)
    if owner is None or owner["case_id"] != after["case_id"]:
        raise NotFoundError(f"{owner_type}.not_found", value=owner_id)


RULES: dict[str, Callable[[Rules, Change], None]] = {
    "agency": lambda rules, change: None,  # made along with a summons, report or review
    "company": _company,
    "service": _service,
    "summons": _summons,
    "attendance": _summons,
    "case": _case,
    "status_change": _status_change,
    "report": _report,
    "review": _review,
    "inspection": _inspection,
    "checklist": _checklist,
    "finding": _finding,
    "extension": _extension,
    "attachment": _attachment,
}
assert set(RULES) == set(SPECS) == set(FIXED)


def check_change(rules: Rules, change: Change) -> None:
    """Refuse (with the command's own error) a record the actor could not have written so."""
    _texts(change)
    _fixed(change)
    RULES[change.spec.name](rules, change)
    check_record_dates(change.spec.name, change.after)
    if change.spec.parent:
        # Nothing is added to or changed in a closed case without reopening it
        # (cases.ensure_open): only an official who may reopen cases may do so here.
        case_id = rules.view.case_of(change.spec, change.after)
        stored = rules.view.stored("case", case_id) if case_id else None
        if stored is not None and stored["status"] == CaseStatus.CLOSED.value:
            _need(rules, "case.reopen")
