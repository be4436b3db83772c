"""attachment contents kept in the database (shared through a PostgreSQL server)

``attachment_blobs`` holds each distinct attachment content once, keyed by its
SHA-256 (the same key ``attachments.sha256`` and ``stored_path`` use). On a
PostgreSQL server it is where the files live, so every workstation of an office
reads them through the server; a SQLite database keeps its files in the
``<database>.files`` folder and leaves this table empty.

No backfill: before this revision a PostgreSQL database kept its files in a folder
local to the workstation that added them, which a migration run elsewhere cannot
reach.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )


def downgrade() -> None:
    op.drop_table("attachment_blobs")
