"""Schema objects no InspectDesk revision makes: triggers and views.

No migration creates a trigger or a view (the search index is an FTS5 table whose
shadow tables are tables). One planted in a database file would run, or answer, with
the program's own rights: a trigger on ``audit_events`` could mark every finding verified
on the next ordinary write. A restore refuses such a file and ``check`` names each one.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import text
from sqlalchemy.orm import Session

_SQLITE = "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY 2"
_POSTGRES = """
SELECT 'trigger', t.tgname FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal AND n.nspname = current_schema()
UNION ALL
SELECT 'view', table_name FROM information_schema.views WHERE table_schema = current_schema()
ORDER BY 2
"""


def foreign_objects_sqlite(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """(kind, name) of each trigger and view in a SQLite file opened with ``sqlite3``."""
    return [(str(kind), str(name)) for kind, name in connection.execute(_SQLITE)]


def foreign_objects(session: Session) -> list[tuple[str, str]]:
    """(kind, name) of each trigger and view in the database ``session`` is on."""
    dialect = session.get_bind().dialect.name
    query = _SQLITE if dialect == "sqlite" else _POSTGRES
    return [(str(kind), str(name)) for kind, name in session.execute(text(query))]
