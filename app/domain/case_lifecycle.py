"""The case lifecycle as an explicit state machine.

A case is opened (usually by a summons), waits for the company's
self-assessment report, is reviewed in writing, may go through rectification
and on-site inspection, and is closed.  A closed case can be reopened for
review; only a supervisor may do that, which the service layer checks using
:func:`is_reopen`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from app.domain.errors import ConflictError, ValidationError


class CaseStatus(StrEnum):
    OPENED = "opened"
    AWAITING_REPORT = "awaiting_report"
    UNDER_REVIEW = "under_review"
    RECTIFICATION = "rectification"
    INSPECTION = "inspection"
    CLOSED = "closed"


TRANSITIONS: Mapping[CaseStatus, frozenset[CaseStatus]] = MappingProxyType(
    {
        # A case opened on a report already received goes straight to review.
        CaseStatus.OPENED: frozenset({CaseStatus.AWAITING_REPORT, CaseStatus.UNDER_REVIEW}),
        CaseStatus.AWAITING_REPORT: frozenset({CaseStatus.UNDER_REVIEW}),
        CaseStatus.UNDER_REVIEW: frozenset(
            {
                # The review concluded "re-assessment required": a new report is awaited.
                CaseStatus.AWAITING_REPORT,
                CaseStatus.RECTIFICATION,
                CaseStatus.INSPECTION,
                CaseStatus.CLOSED,
            }
        ),
        CaseStatus.RECTIFICATION: frozenset(
            {CaseStatus.UNDER_REVIEW, CaseStatus.INSPECTION, CaseStatus.CLOSED}
        ),
        CaseStatus.INSPECTION: frozenset(
            {CaseStatus.RECTIFICATION, CaseStatus.UNDER_REVIEW, CaseStatus.CLOSED}
        ),
        CaseStatus.CLOSED: frozenset({CaseStatus.UNDER_REVIEW}),
    }
)

REOPEN: tuple[CaseStatus, CaseStatus] = (CaseStatus.CLOSED, CaseStatus.UNDER_REVIEW)

STATUS_LABELS: dict[CaseStatus, dict[str, str]] = {
    CaseStatus.OPENED: {"zh": "已立案", "en": "Opened"},
    CaseStatus.AWAITING_REPORT: {"zh": "待报送报告", "en": "Awaiting report"},
    CaseStatus.UNDER_REVIEW: {"zh": "书面审查中", "en": "Under review"},
    CaseStatus.RECTIFICATION: {"zh": "整改中", "en": "Rectification"},
    CaseStatus.INSPECTION: {"zh": "现场检查", "en": "On-site inspection"},
    CaseStatus.CLOSED: {"zh": "已结案", "en": "Closed"},
}


def allowed_next(status: CaseStatus) -> list[CaseStatus]:
    """The statuses a case in ``status`` may move to, in the order of :class:`CaseStatus`."""
    targets = TRANSITIONS[status]
    return [candidate for candidate in CaseStatus if candidate in targets]


def is_reopen(current: CaseStatus, target: CaseStatus) -> bool:
    """True when moving from ``current`` to ``target`` reopens a closed case."""
    return (current, target) == REOPEN


def check_transition(current: CaseStatus, target: CaseStatus) -> None:
    """Return quietly when ``current`` -> ``target`` is a legal move.

    Otherwise raise :class:`ConflictError` ``case.transition`` naming both status
    values.  Staying in the same status is not a transition and is refused too.
    """
    if target not in TRANSITIONS[current]:
        raise ConflictError("case.transition", current=current.value, target=target.value)


def parse_case_status(text: str) -> CaseStatus:
    """The status named by ``text``: its value (``under_review``) or its Chinese or
    English label, ignoring case and surrounding whitespace.

    Raises :class:`ValidationError` ``case.status_unknown`` (``value``, ``allowed``).
    """
    wanted = text.strip().casefold()
    for status in CaseStatus:
        names = (status.value, *STATUS_LABELS[status].values())
        if wanted in {name.casefold() for name in names}:
            return status
    allowed = ", ".join(status.value for status in CaseStatus)
    raise ValidationError("case.status_unknown", value=text, allowed=allowed)


def check_writable(status: CaseStatus, case_number: str) -> None:
    """Return quietly unless the case is closed: nothing is added to or changed in a closed
    case; corrections come after a reopen.

    Otherwise raise :class:`ConflictError` ``case.closed_readonly`` (``case_number``).
    """
    if status is CaseStatus.CLOSED:
        raise ConflictError("case.closed_readonly", case_number=case_number)


def check_reopenable(status: CaseStatus, case_number: str) -> None:
    """Return quietly when the case may be reopened, i.e. it is closed (see :func:`is_reopen`).

    Otherwise raise :class:`ConflictError` ``case.not_closed`` (``case_number``).
    """
    if not is_reopen(status, REOPEN[1]):
        raise ConflictError("case.not_closed", case_number=case_number)


def check_can_close(unresolved_findings: int) -> None:
    """Return quietly when no finding is left unresolved (neither verified nor waived).

    Otherwise raise :class:`ConflictError` ``case.close_unresolved`` (``count``).
    """
    if unresolved_findings > 0:
        raise ConflictError("case.close_unresolved", count=unresolved_findings)
