"""Index the unresolved findings of each case by deadline.

Serves the per-case open count, overdue count and next deadline of the case
list from the index alone (no table row is read).  Partial, like
ix_findings_unresolved_deadline, with the same "status NOT IN (...)" condition;
status is deliberately not an index column (see models.Finding).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNRESOLVED = "status NOT IN ('verified', 'waived')"


def upgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_findings_case_unresolved",
            ["case_id", "current_deadline"],
            unique=False,
            sqlite_where=sa.text(UNRESOLVED),
            postgresql_where=sa.text(UNRESOLVED),
        )


def downgrade() -> None:
    with op.batch_alter_table("findings", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_findings_case_unresolved",
            sqlite_where=sa.text(UNRESOLVED),
            postgresql_where=sa.text(UNRESOLVED),
        )
