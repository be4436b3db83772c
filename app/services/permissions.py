"""Who may do what: the role table of DOMAIN.md, checked at the top of every write use case.

Each role may do everything the role before it may do, and more.  Province scope
is a separate matter, applied where records are looked up (``Actor.sees``,
``common.get_case``): a record outside the actor's scope is "not found or not
permitted", never revealed by a permission message.
"""

from __future__ import annotations

from app.domain.errors import ConflictError
from app.services.context import Actor

ROLES: tuple[str, ...] = ("viewer", "inspector", "supervisor", "admin")

_VIEWER = frozenset({"read", "export"})
_INSPECTOR = _VIEWER | {
    "company.create",
    "company.import",
    "company.edit",
    "case.open",
    "case.status",
    "report.add",
    "report.receive",
    "review.record",
    "finding.add",
    "finding.edit",
    "finding.submit",
    "finding.reject",
    "inspection.schedule",
    "inspection.record",
    "attachment.add",
    "summons.register",
}
_SUPERVISOR = _INSPECTOR | {
    "finding.extend",
    "finding.verify",
    "finding.waive",
    "case.close",
    "case.reopen",
    "calendar.set",
    "demo.load",
    # A backup holds every record of every province: supervisors and administrators who
    # see them all (app.services.maintenance.backup checks the scope too).
    "database.backup",
    # Office settings (attachment size limit): supervisors too, because the existing
    # flows and their tests change them as supervisor; security settings are "user.manage".
    "setting.set",
}
_ADMIN = _SUPERVISOR | {"user.manage"}

PERMISSIONS: dict[str, frozenset[str]] = {
    "viewer": _VIEWER,
    "inspector": frozenset(_INSPECTOR),
    "supervisor": frozenset(_SUPERVISOR),
    "admin": frozenset(_ADMIN),
}
ACTIONS: frozenset[str] = PERMISSIONS["admin"]


def allowed(actor: Actor, action: str) -> bool:
    """Whether the actor's role may do ``action`` (an unknown role may do nothing)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return action in PERMISSIONS.get(actor.role, frozenset())


def require(actor: Actor, action: str) -> None:
    """Refuse with ``ConflictError("role.forbidden")`` unless the actor's role may do ``action``."""
    if not allowed(actor, action):
        raise ConflictError("role.forbidden", role=actor.role, action=action)
