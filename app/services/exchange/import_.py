"""Importing an exchange package: a plan first, then one transaction.

:func:`plan_import` checks the package completely (see :mod:`package` and
:mod:`validate`), resolves every reference within the package or this
database, checks the actor's province scope, and decides the fate of each
record without writing anything.  :func:`import_package` does the same inside
one write transaction and then writes, so a refusal anywhere leaves the
database and the attachment store as they were.

Records are matched by UUID; a company with the same credit code, an agency
with the same name and province, an attendance of the same company at the
same summons and a checklist result for the same item of the same inspection
are the same record even under another UUID (each office registers them
itself).  Per record, with ``hash`` its content here, ``base`` what this office
last exchanged for it, and the incoming ``hash``/``base``:

* unknown here: **new**, inserted;
* incoming hash equals ours, or equals our base (the sender has not changed it
  since we last exchanged; our change is newer): **unchanged**;
* incoming base equals our hash (the sender changed what we hold, we did
  not): **updated**;
* otherwise both sides changed it: a **conflict** kept for review, the record
  left as it is here.

Importing a package a second time changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.exc import IntegrityError

from app.db.engine import Database
from app.domain.errors import ConflictError
from app.services.exchange.items import ACTIONS, ImportSummary
from app.services.exchange.package import Limits
from app.services.exchange.plan import build_plan
from app.services.exchange.write import write_plan
from app.services.rectification import attachments as store
from app.services.support.context import Actor
from app.services.support.permissions import IMPORT_ACTIONS, require

__all__ = [
    "ACTIONS",
    "IMPORT_ACTIONS",
    "ImportSummary",
    "import_package",
    "plan_import",
    "require_import",
]


def require_import(actor: Actor) -> None:
    for action in IMPORT_ACTIONS:
        require(actor, action)


def default_limits(db: Database) -> Limits:
    """The package limits of this office: attachments no larger than it accepts itself."""
    return Limits(max_attachment_bytes=store.max_bytes(db))


def plan_import(
    db: Database, actor: Actor, path: Path, *, limits: Limits | None = None
) -> ImportSummary:
    """What importing ``path`` would do (new, updated, unchanged, conflicts), writing nothing.

    Refuses a damaged or hostile package with a ValidationError naming the file
    and the problem, exactly as :func:`import_package` would.
    """
    require_import(actor)
    limits = limits or default_limits(db)
    with db.read() as session:
        return build_plan(session, actor, Path(path), limits).summary


def import_package(
    db: Database, actor: Actor, path: Path, *, limits: Limits | None = None
) -> ImportSummary:
    """Merge the package into this database in one transaction and return what was done.

    Everything is checked before the first write; each inserted or updated record
    is an audit event, and so is the import (package id, file hash, counts).
    """
    require_import(actor)
    limits = limits or default_limits(db)
    with db.write() as session:
        plan = build_plan(session, actor, Path(path), limits)
        if plan.summary.already_imported:
            return plan.summary
        try:
            write_plan(db, session, actor, plan, limits)
        except IntegrityError as exc:
            raise ConflictError("exchange.write_failed", reason=str(exc.orig)) from exc
        return plan.summary
