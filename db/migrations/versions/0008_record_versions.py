"""version columns on every editable record (optimistic locking)

Every editable record gets ``version`` (not null, 1 for existing rows where the
table had none), ``updated_at`` and ``updated_by`` (the login of the last
writer), so that a save made on an outdated copy is refused with "changed by
NAME at TIME". Existing rows take who and when from their newest audit event,
else from when they were created (or from the record they belong to).

Only plain ADD/DROP COLUMN: a batch rebuild of a table on SQLite would drop the
old table, and with foreign keys on that deletes the rows of every ON DELETE
CASCADE child (user_provinces, case_officials, summons_agencies, ...).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> (audit entity_type of its events or None, has created_at, already has version)
TABLES: dict[str, tuple[str | None, bool, bool]] = {
    "users": ("user", True, False),
    "companies": ("company", True, True),
    "services": ("service", False, False),
    "summons": ("summons", True, False),
    "summons_attendances": ("summons_attendance", False, False),
    "assessment_reports": ("report", True, True),
    "reviews": ("review", True, False),
    "inspections": ("inspection", True, True),
    "checklist_results": (None, False, False),
    "findings": ("finding", True, True),
}
# Rows without events of their own take who and when from the record they belong to.
PARENTS = {
    "services": ("companies", "company_id"),
    "summons_attendances": ("summons", "summons_id"),
    "checklist_results": ("inspections", "inspection_id"),
}
AUDIT_LOOKUP_INDEX = "tmp_audit_events_entity"


def _entity_id(table: str) -> str:
    """SQL for a row's id as audit events store it (the UUID as text, with dashes)."""
    if op.get_bind().dialect.name == "sqlite":
        # SQLAlchemy keeps a Uuid on SQLite as 32 hex digits.
        parts = [(1, 8), (9, 4), (13, 4), (17, 4), (21, 12)]
        return (
            "lower(" + " || '-' || ".join(f"substr({table}.id, {a}, {n})" for a, n in parts) + ")"
        )
    return f"CAST({table}.id AS TEXT)"


def _newest_event(table: str, entity_type: str, column: str) -> str:
    return (
        f"(SELECT e.{column} FROM audit_events e WHERE e.entity_type = '{entity_type}'"
        f" AND e.entity_id = {_entity_id(table)} ORDER BY e.seq DESC LIMIT 1)"
    )


def upgrade() -> None:
    for table, (_entity, _created, has_version) in TABLES.items():
        if not has_version:
            op.add_column(
                table, sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
        op.add_column(table, sa.Column("updated_at", sa.DateTime(), nullable=True))
        op.add_column(
            table,
            sa.Column(
                "updated_by", sa.String(length=64), nullable=False, server_default=sa.text("''")
            ),
        )
    # cases.updated_at exists since 0001 (last activity on the case).
    op.add_column(
        "cases",
        sa.Column("updated_by", sa.String(length=64), nullable=False, server_default=sa.text("''")),
    )

    # Backfill. A temporary index keeps the newest-event look-ups from scanning the
    # whole audit trail once per row.
    op.create_index(AUDIT_LOOKUP_INDEX, "audit_events", ["entity_type", "entity_id", "seq"])
    for table, (entity, has_created, _version) in TABLES.items():
        at = [_newest_event(table, entity, "at")] if entity else []
        by = [_newest_event(table, entity, "actor")] if entity else []
        if has_created:
            at.append(f"{table}.created_at")
        if table in PARENTS:
            parent, key = PARENTS[table]
            at.append(f"(SELECT p.updated_at FROM {parent} p WHERE p.id = {table}.{key})")
            by.append(f"(SELECT p.updated_by FROM {parent} p WHERE p.id = {table}.{key})")
        at.append("NULL")  # never reached for the tables above: each has a source
        by.append("''")
        op.execute(
            f"UPDATE {table} SET updated_at = COALESCE({', '.join(at)}),"
            f" updated_by = COALESCE({', '.join(by)})"
        )
    op.drop_index(AUDIT_LOOKUP_INDEX, table_name="audit_events")
    # A case's version counts activity on the whole case: its last writer is the
    # actor of the newest event about anything in it.
    op.execute(
        "UPDATE cases SET updated_by = COALESCE((SELECT e.actor FROM audit_events e"
        " WHERE e.case_id = cases.id ORDER BY e.seq DESC LIMIT 1), '')"
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), never a batch rebuild (see the module docstring).
    op.drop_column("cases", "updated_by")
    for table, (_entity, _created, has_version) in reversed(TABLES.items()):
        op.drop_column(table, "updated_by")
        op.drop_column(table, "updated_at")
        if not has_version:
            op.drop_column(table, "version")
