"""case exchange: what each record looked like at the last exchange, and conflicts kept for review

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # New tables only: no existing row is touched, so nothing to carry forward.
    op.create_table(
        "exchange_records",
        sa.Column("record_type", sa.String(length=24), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("base_hash", sa.String(length=64), nullable=False),
        sa.Column("exchanged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", name=op.f("pk_exchange_records")),
    )
    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("record_type", sa.String(length=24), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("local", sa.JSON(), nullable=False),
        sa.Column("incoming", sa.JSON(), nullable=False),
        sa.Column("incoming_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolution", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    op.create_index(op.f("ix_exchange_conflicts_package_id"), "exchange_conflicts", ["package_id"])
    op.create_index(
        "ix_exchange_conflicts_record_type_record_id",
        "exchange_conflicts",
        ["record_type", "record_id"],
    )
    op.create_table(
        "exchange_imports",
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_exchange_imports")),
    )


def downgrade() -> None:
    op.drop_table("exchange_imports")
    op.drop_index("ix_exchange_conflicts_record_type_record_id", table_name="exchange_conflicts")
    op.drop_index(op.f("ix_exchange_conflicts_package_id"), table_name="exchange_conflicts")
    op.drop_table("exchange_conflicts")
    op.drop_table("exchange_records")
