"""Who is acting: carried into every use case and recorded in the audit trail."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Actor:
    """The official on whose behalf a use case runs."""

    login: str
    role: str = "admin"
    all_provinces: bool = True
    provinces: frozenset[str] = field(default_factory=frozenset)

    def sees(self, province_code: str) -> bool:
        return self.all_provinces or province_code in self.provinces


def local_actor(login: str | None = None) -> Actor:
    """The actor for a workstation with no user accounts yet: the ``--user`` given, or the OS login."""
    if login:
        return Actor(login=login)
    try:
        name = getpass.getuser()
    except (OSError, KeyError):  # no login name in containers without a passwd entry
        name = "local"
    return Actor(login=name or "local")
