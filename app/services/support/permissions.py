"""Who may do what, on which record: the one authority behind every refusal and every greyed-out button.

:func:`can` answers with a :class:`Decision`: allowed, or refused with a reason (a
message code and its values, rendered in Chinese or English).  It checks, in order:

1. the role: an actor without a role may do nothing; otherwise the role table of
   DOMAIN.md ("Who does what", :data:`PERMISSIONS`) decides.  Each role may do
   everything the role before it may, and more;
2. the province scope: the ``record`` (a case, a province code, or any row with a
   ``province_code``) must lie in a province the actor sees, and a few actions
   (:data:`EVERY_PROVINCE`) need every province;
3. the lifecycle, where the rule depends on the record's state: nothing is added to
   a closed case, only a closed case is reopened, a case closes only from where the
   lifecycle allows it, a finding moves only along its own lifecycle.  These are the
   domain's checks (:mod:`app.domain.case_lifecycle`, :mod:`app.domain.finding_lifecycle`),
   asked here, never written again.

:func:`require` raises the refusal of the same decision.  A write use case calls it
first with the action alone (the role, before any input is read or anything looked
up) and again on the record it loaded (scope and lifecycle); the window asks
:func:`can` to grey out what the official may not do and to say why.

Which provinces an actor sees has one rule, :func:`provinces_in_scope`; its SQL form is
:func:`scope_clause` (through :func:`app.db.queries.within`) and its form for one code
``Actor.sees``.  A record outside the scope that a service is asked for by name stays
"not found or not permitted" (``common.get_case``): never revealed by a refusal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from sqlalchemy import ColumnElement, SQLColumnExpression

from app.db.queries import within
from app.domain.case_lifecycle import (
    CaseStatus,
    check_reopenable,
    check_transition,
    check_writable,
)
from app.domain.errors import ConflictError, render
from app.domain.finding_lifecycle import (
    FindingStatus,
    check_extendable,
    check_finding_transition,
)
from app.domain.labels import label

if TYPE_CHECKING:
    from app.services.support.context import Actor

ROLES: tuple[str, ...] = ("viewer", "inspector", "supervisor", "admin")

# action: the least role that may do it.  How an action and a role read is the labels
# "action" and "role" of app/catalogues/permissions.json.
_TABLE: dict[str, str] = {
    "read": "viewer",
    "export": "viewer",
    "company.create": "inspector",
    "company.import": "inspector",
    "company.edit": "inspector",
    "case.open": "inspector",
    "case.status": "inspector",
    "report.add": "inspector",
    "report.receive": "inspector",
    "review.record": "inspector",
    "finding.add": "inspector",
    "finding.edit": "inspector",
    "finding.submit": "inspector",
    "finding.reject": "inspector",
    "inspection.schedule": "inspector",
    "inspection.record": "inspector",
    "attachment.add": "inspector",
    "summons.register": "inspector",
    "finding.extend": "supervisor",
    "finding.verify": "supervisor",
    "finding.waive": "supervisor",
    "case.close": "supervisor",
    "case.reopen": "supervisor",
    "calendar.set": "supervisor",
    "demo.load": "supervisor",
    # A backup holds every record of every province: supervisors and administrators who
    # see them all (EVERY_PROVINCE).
    "database.backup": "supervisor",
    # Rebuilding the search index rewrites every province's documents (derived data).
    "search.reindex": "supervisor",
    # Office settings (attachment size limit): supervisors too, because the existing
    # flows and their tests change them as supervisor; the security settings (lockout,
    # idle lock) only administrators, who also manage the accounts they protect.
    "setting.set": "supervisor",
    "setting.security": "admin",
    "user.manage": "admin",
}

ACTIONS: frozenset[str] = frozenset(_TABLE)
PERMISSIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        role: frozenset(a for a, least in _TABLE.items() if ROLES.index(least) <= rank)
        for rank, role in enumerate(ROLES)
    }
)
# The demo opens cases in five provinces; a backup copies every province's records.
EVERY_PROVINCE: frozenset[str] = frozenset({"demo.load", "database.backup", "search.reindex"})

# Importing an exchange package writes every kind of record a package holds: the
# importer must be allowed to write each of them here (inspectors and above).
IMPORT_ACTIONS: tuple[str, ...] = (
    "company.import",
    "case.open",
    "report.add",
    "review.record",
    "finding.add",
    "inspection.record",
    "attachment.add",
)

# Writes into a case: refused on a closed case (case.reopen and case.close have rules
# of their own below).
_CASE_WRITES = frozenset(
    {
        "case.status",
        "report.add",
        "report.receive",
        "review.record",
        "finding.add",
        "finding.edit",
        "finding.extend",
        "finding.submit",
        "finding.verify",
        "finding.reject",
        "finding.waive",
        "inspection.schedule",
        "inspection.record",
        "attachment.add",
    }
)
# The status each step of a finding moves it to (checked against its lifecycle).
_FINDING_STEPS: Mapping[str, FindingStatus] = MappingProxyType(
    {
        "finding.submit": FindingStatus.SUBMITTED,
        "finding.verify": FindingStatus.VERIFIED,
        "finding.reject": FindingStatus.OPEN,
        "finding.waive": FindingStatus.WAIVED,
    }
)


@runtime_checkable
class InProvince(Protocol):
    """Any record of a province: a company, a case, a list row."""

    @property
    def province_code(self) -> str: ...


@runtime_checkable
class CaseLike(InProvince, Protocol):
    """A case as the services or the window hold it: the ORM row, ``CaseDetail``, a list row."""

    @property
    def case_number(self) -> str: ...

    @property
    def status(self) -> str: ...  # a CaseStatus value


@dataclass(frozen=True)
class FindingRecord:
    """A finding within its case, for the steps whose rule depends on the finding's status."""

    case: CaseLike
    status: str  # a FindingStatus value

    @property
    def province_code(self) -> str:
        return self.case.province_code


Record = str | InProvince


@dataclass(frozen=True)
class Decision:
    """Allowed, or refused with a reason: a message code and the values that fill it."""

    allowed: bool
    code: str = ""
    values: Mapping[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return self.allowed

    def render(self, lang: str) -> str:
        """Why not, in ``lang`` ("" when allowed)."""
        return "" if self.allowed else render(self.code, self.values, lang)

    def error(self) -> ConflictError:
        """The refusal as the error a use case raises."""
        assert not self.allowed, "an allowed decision has no error"
        return ConflictError(self.code, **self.values)


ALLOWED = Decision(True)


def role_label(role: str | None, lang: str) -> str:
    """The role as an official reads it (the stored name for a role this version lacks)."""
    return label("role", role or "", lang)


def action_label(action: str, lang: str) -> str:
    """The action as an official reads it (开立案件, Open a case)."""
    return label("action", action, lang)


def _has_role(actor: Actor) -> bool:
    return actor.role in PERMISSIONS


def provinces_in_scope(actor: Actor, wanted: Iterable[str] | None = None) -> frozenset[str] | None:
    """The provinces a list shows: ``wanted`` (None: all) within those the actor sees.

    ``None`` means every province; an empty set none.  An actor without a known role
    sees no province at all.
    """
    if not _has_role(actor):
        return frozenset()
    asked = None if wanted is None else frozenset(wanted)
    if actor.all_provinces:
        return asked
    return actor.provinces if asked is None else actor.provinces & asked


def sees_every_province(actor: Actor) -> bool:
    """Whether no province is outside the actor's scope (an actor with a role and all provinces)."""
    return provinces_in_scope(actor) is None


def sees(actor: Actor, province_code: str) -> bool:
    """Whether the actor sees records of this province (``Actor.sees`` asks this)."""
    return province_code in (provinces_in_scope(actor, (province_code,)) or ())


def scope_clause(
    actor: Actor, column: SQLColumnExpression[str], wanted: Iterable[str] | None = None
) -> ColumnElement[bool]:
    """SQL limiting ``column`` (a province code) to :func:`provinces_in_scope`."""
    return within(column, provinces_in_scope(actor, wanted))


def transition_action(current: str, target: str) -> str:
    """The action that moves a case from ``current`` to ``target``: reopening a closed case,
    closing one, or any other step."""
    if CaseStatus(current) is CaseStatus.CLOSED:
        return "case.reopen"
    return "case.close" if CaseStatus(target) is CaseStatus.CLOSED else "case.status"


def can(actor: Actor, action: str, record: Record | None = None) -> Decision:
    """Whether ``actor`` may do ``action`` (on ``record``), and if not, why.

    ``record`` adds the province scope (a province code, or anything with a
    ``province_code``) and, for a case (:class:`CaseLike`) or a :class:`FindingRecord`,
    the lifecycle rules of the action.  Raises ``ValueError`` for an action not in
    the table (a programming error, not a refusal).
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if not actor.role:
        return Decision(False, "role.missing", {"action": action})
    if action not in PERMISSIONS.get(actor.role, frozenset()):
        return Decision(False, "role.forbidden", {"role": actor.role, "action": action})
    if action in EVERY_PROVINCE and not actor.all_provinces:
        return Decision(False, "scope.every_province", {"action": action})
    if record is None:
        return ALLOWED
    province = record if isinstance(record, str) else record.province_code
    if not sees(actor, province):
        return Decision(False, "scope.forbidden", {"action": action, "province": province})
    refusal = _lifecycle(action, record)  # a refusal is falsy: no `or` here
    return ALLOWED if refusal is None else refusal


def can_all(actor: Actor, actions: Iterable[str], record: Record | None = None) -> Decision:
    """Allowed when every one of ``actions`` is; otherwise the first refusal."""
    for action in actions:
        decision = can(actor, action, record)
        if not decision:
            return decision
    return ALLOWED


def require(actor: Actor, action: str, record: Record | None = None) -> None:
    """Raise the refusal of :func:`can` (a ``ConflictError``) unless it allows the action."""
    decision = can(actor, action, record)
    if not decision:
        raise decision.error()


def _lifecycle(action: str, record: Record) -> Decision | None:
    """The refusal of the lifecycle rule ``action`` has on ``record``, if any."""
    finding = record if isinstance(record, FindingRecord) else None
    case = finding.case if finding is not None else record
    if not isinstance(case, CaseLike):
        return None  # a province or a record of no case: nothing more to check
    try:
        _check_lifecycle(action, case, finding)
    except ConflictError as refusal:
        return Decision(False, refusal.code, refusal.values)
    return None


def _check_lifecycle(action: str, case: CaseLike, finding: FindingRecord | None) -> None:
    if action == "case.reopen":
        check_reopenable(CaseStatus(case.status), case.case_number)
    elif action == "case.close":
        check_transition(CaseStatus(case.status), CaseStatus.CLOSED)
    elif action in _CASE_WRITES:
        check_writable(CaseStatus(case.status), case.case_number)
    if finding is None:
        return
    current = FindingStatus(finding.status)
    target = _FINDING_STEPS.get(action)
    if target is not None:
        check_finding_transition(current, target)
    elif action == "finding.extend":
        check_extendable(current)
