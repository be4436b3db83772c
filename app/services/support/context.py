"""Who is acting: carried into every use case and recorded in the audit trail."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from app.services.support import permissions


@dataclass(frozen=True)
class Actor:
    """The official on whose behalf a use case runs.

    Without a ``role`` an actor may do nothing and sees no province
    (:mod:`app.services.support.permissions` decides both).
    """

    login: str
    role: str | None = None
    all_provinces: bool = True
    provinces: frozenset[str] = field(default_factory=frozenset)

    def sees(self, province_code: str) -> bool:
        """Whether records of this province are visible to the actor (the authority's rule)."""
        return permissions.sees(self, province_code)


def local_actor(login: str | None = None) -> Actor:
    """The actor of a workstation with no user accounts yet: its one administrator, named by
    the ``--user`` given or the OS login."""
    if not login:
        try:
            login = getpass.getuser()
        except (OSError, KeyError):  # no login name in containers without a passwd entry
            login = "local"
    return Actor(login=login or "local", role="admin", all_provinces=True)
