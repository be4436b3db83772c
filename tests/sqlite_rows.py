"""Every stored row of a SQLite file, for tests that prove nothing was written.

``sqlite3.Connection.iterdump`` cannot be used: it reads every table with
``SELECT *``, which a contentless FTS5 table (the search index, migration 0010)
refuses.  Its rows live in its shadow tables (``search_fts_data`` and the others),
ordinary tables that are read here like any other, so a write to the index still
shows.
"""

from __future__ import annotations

import hashlib
import sqlite3


def stored_tables(conn: sqlite3.Connection) -> list[str]:
    """Every table holding rows: virtual tables left out (their shadow tables hold them)."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    )
    return [str(r[0]) for r in rows]


def rows_digest(conn: sqlite3.Connection) -> str:
    """The SHA-256 of every row of every table, in a stable order."""
    digest = hashlib.sha256()
    for table in stored_tables(conn):
        quoted = table.replace('"', '""')
        rows = conn.execute(f'SELECT * FROM "{quoted}"').fetchall()
        digest.update(f"{table}:{sorted(map(repr, rows))}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()
