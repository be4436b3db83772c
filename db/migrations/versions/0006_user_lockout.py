"""user lockout (and an index on users.role): consecutive failed logins and the moment a locked account opens again

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuild): user_provinces keeps its rows.
    op.add_column(
        "users", sa.Column("failed_count", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("users", sa.Column("locked_until", sa.DateTime(), nullable=True))
    # The "last active administrator" check counts users by role.
    op.create_index(op.f("ix_users_role"), "users", ["role"], unique=False)


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+), never a batch rebuild of users: dropping the old
    # table would cascade to user_provinces and lose every user's scope.
    op.drop_index(op.f("ix_users_role"), table_name="users")
    op.drop_column("users", "locked_until")
    op.drop_column("users", "failed_count")
