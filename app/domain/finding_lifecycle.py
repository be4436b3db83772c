"""The finding lifecycle, deadlines and extensions, and the one rule for "overdue".

Every place that shows whether a finding is overdue (lists, dashboard, dossier,
command line, SQL filters checked against it in tests) goes through
:func:`is_overdue`, so the figures cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from app.domain.errors import ConflictError, ValidationError


class FindingStatus(StrEnum):
    OPEN = "open"
    SUBMITTED = "submitted"
    VERIFIED = "verified"
    WAIVED = "waived"


RESOLVED_STATUSES: frozenset[FindingStatus] = frozenset(
    {FindingStatus.VERIFIED, FindingStatus.WAIVED}
)

FINDING_TRANSITIONS: Mapping[FindingStatus, frozenset[FindingStatus]] = MappingProxyType(
    {
        FindingStatus.OPEN: frozenset({FindingStatus.SUBMITTED, FindingStatus.WAIVED}),
        # Back to open when the submitted rectification is rejected.
        FindingStatus.SUBMITTED: frozenset(
            {FindingStatus.VERIFIED, FindingStatus.OPEN, FindingStatus.WAIVED}
        ),
        FindingStatus.VERIFIED: frozenset(),
        FindingStatus.WAIVED: frozenset(),
    }
)

FINDING_STATUS_LABELS: dict[FindingStatus, dict[str, str]] = {
    FindingStatus.OPEN: {"zh": "待整改", "en": "Open"},
    FindingStatus.SUBMITTED: {"zh": "已提交整改", "en": "Rectification submitted"},
    FindingStatus.VERIFIED: {"zh": "已核验", "en": "Verified"},
    FindingStatus.WAIVED: {"zh": "已豁免", "en": "Waived"},
}


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


SEVERITY_LABELS: dict[Severity, dict[str, str]] = {
    Severity.LOW: {"zh": "低", "en": "Low"},
    Severity.MEDIUM: {"zh": "中", "en": "Medium"},
    Severity.HIGH: {"zh": "高", "en": "High"},
    Severity.CRITICAL: {"zh": "严重", "en": "Critical"},
}


def check_finding_transition(current: FindingStatus, target: FindingStatus) -> None:
    """Return quietly when ``current`` -> ``target`` is a legal move of a finding.

    Otherwise raise :class:`ConflictError` ``finding.transition`` naming both
    status values.  Verified and waived are final.
    """
    if target not in FINDING_TRANSITIONS[current]:
        raise ConflictError("finding.transition", current=current.value, target=target.value)


def check_extendable(current: FindingStatus) -> None:
    """Return quietly when the deadline of a finding in ``current`` may be extended.

    A verified or waived finding has no deadline left to extend: :class:`ConflictError`
    ``finding.transition`` (``current``, ``target`` = ``extended``).
    """
    if current in RESOLVED_STATUSES:
        raise ConflictError("finding.transition", current=current.value, target="extended")


def is_overdue(status: FindingStatus, current_deadline: date | None, as_of: date) -> bool:
    """True exactly when the current deadline has passed (``as_of`` is after it) and
    the finding is neither verified nor waived.  No deadline is never overdue;
    on the deadline day itself the finding is not yet overdue."""
    if current_deadline is None or status in RESOLVED_STATUSES:
        return False
    return as_of > current_deadline


def days_overdue(status: FindingStatus, current_deadline: date | None, as_of: date) -> int:
    """Days since the deadline when :func:`is_overdue`, else 0 (so always >= 0)."""
    if current_deadline is None or not is_overdue(status, current_deadline, as_of):
        return 0
    return (as_of - current_deadline).days


def days_left(current_deadline: date, as_of: date) -> int:
    """Days from ``as_of`` to the deadline: 0 on the day, negative once it has passed."""
    return (current_deadline - as_of).days


def check_extension(current_deadline: date, new_deadline: date, reason: str, approver: str) -> None:
    """Return quietly when an extension may be recorded.

    Raises :class:`ValidationError` ``field.required`` (``field`` = ``reason`` or
    ``approver``) for a blank reason or approver, checked first, then
    ``extension.not_later`` (``current``, ``new`` as ISO dates) unless the new
    deadline is strictly later than the current one.
    """
    for field, value in (("reason", reason), ("approver", approver)):
        if not value.strip():
            raise ValidationError("field.required", field=field)
    if new_deadline <= current_deadline:
        raise ValidationError(
            "extension.not_later",
            current=current_deadline.isoformat(),
            new=new_deadline.isoformat(),
        )


def current_deadline(original: date, extensions_new_dates_in_order: Sequence[date]) -> date:
    """The deadline in force: the new date of the latest extension, or ``original``
    when there is none.  (Extensions only ever move it later, see
    :func:`check_extension`, so this is also the latest date.)"""
    if extensions_new_dates_in_order:
        return extensions_new_dates_in_order[-1]
    return original
