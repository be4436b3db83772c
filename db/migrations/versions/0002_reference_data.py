"""Reference data: provinces, assessment items and report triggers.

Loaded from resources/reference so that every new database, SQLite or
PostgreSQL, starts with the same lists.  Rows already present (matched by
code) are left as they are so the migration never overwrites an office's
edits of a reporting period.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import csv
import re
from collections.abc import Sequence
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _reference(name: str) -> list[dict[str, str]]:
    from app.paths import resource_path

    path: Path = resource_path("reference", name)
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _parse_due(text: str) -> tuple[str, int | None, str | None]:
    """'before launch…' or 'within N [working] days…' (see resources/reference/README.md)."""
    lowered = text.strip().lower()
    if lowered.startswith("before"):
        return "before_launch", None, None
    match = re.match(r"within\s+(\d+)\s+(working\s+)?days?", lowered)
    if not match:
        raise ValueError(f"triggers.csv: cannot read report_due {text!r}")
    return "within", int(match.group(1)), "working" if match.group(2) else "calendar"


def _insert_missing(table: sa.Table, rows: list[dict[str, object]]) -> None:
    bind = op.get_bind()
    present = {r[0] for r in bind.execute(sa.select(table.c.code))}
    new = [r for r in rows if r["code"] not in present]
    if new:
        op.bulk_insert(table, new)


def upgrade() -> None:
    provinces = sa.table(
        "provinces",
        sa.column("code", sa.String),
        sa.column("abbr", sa.String),
        sa.column("name_zh", sa.String),
        sa.column("name_en", sa.String),
    )
    items = sa.table(
        "assessment_items",
        sa.column("code", sa.String),
        sa.column("name_zh", sa.Text),
        sa.column("name_en", sa.Text),
        sa.column("basis", sa.Text),
    )
    triggers = sa.table(
        "report_triggers",
        sa.column("code", sa.String),
        sa.column("name_zh", sa.Text),
        sa.column("name_en", sa.Text),
        sa.column("due_kind", sa.String),
        sa.column("period", sa.Integer),
        sa.column("period_unit", sa.String),
        sa.column("basis", sa.Text),
    )
    _insert_missing(provinces, [dict(r) for r in _reference("provinces.csv")])
    _insert_missing(items, [dict(r) for r in _reference("assessment_items.csv")])
    trigger_rows: list[dict[str, object]] = []
    for row in _reference("triggers.csv"):
        kind, period, unit = _parse_due(row["report_due"])
        trigger_rows.append(
            {
                "code": row["code"],
                "name_zh": row["name_zh"],
                "name_en": row["name_en"],
                "due_kind": kind,
                "period": period,
                "period_unit": unit,
                "basis": row["basis"],
            }
        )
    _insert_missing(triggers, trigger_rows)


def downgrade() -> None:
    op.execute("DELETE FROM report_triggers")
    op.execute("DELETE FROM assessment_items")
    op.execute("DELETE FROM provinces")
