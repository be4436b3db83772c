"""Looking at two offices' databases from outside: rows, files, and the whole state."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select, text

from app.db.engine import Database
from app.services.attachments import stored_file
from app.services.exchange.spec import BOOKKEEPING, SPECS

# Columns each database keeps for itself (bookkeeping), besides the record's content.
LOCAL_COLUMNS = BOOKKEEPING - {"id", "stored_path"}


def rows(db: Database, model: Any) -> dict[str, dict[str, Any]]:
    """Every row of a table by id, with every column except the bookkeeping ones."""
    columns = [c for c in inspect(model).column_attrs if c.key not in LOCAL_COLUMNS]
    with db.read() as session:
        return {
            str(obj.id): {c.key: getattr(obj, c.key) for c in columns}
            for obj in session.execute(select(model)).scalars()
        }


def links(db: Database, table: str) -> set[tuple[str, ...]]:
    with db.engine.connect() as conn:
        return {tuple(str(v) for v in r) for r in conn.execute(text(f"SELECT * FROM {table}"))}


def file_sha(db: Database, stored_path: str) -> str:
    return hashlib.sha256(stored_file(db, stored_path).read_bytes()).hexdigest()


def state(db: Database) -> dict[str, Any]:
    """Everything an import could write: every row of every table and every stored file."""
    dump: dict[str, Any] = {}
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            result = conn.execute(text(f'SELECT * FROM "{table}"'))
            dump[table] = sorted(repr(tuple(r)) for r in result)
    root = db.attachments_dir
    dump["<files>"] = (
        sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*") if p.is_file())
        if root.exists()
        else []
    )
    return dump


def read_package(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def write_package(path: Path, members: dict[str, bytes], *, relist: bool = True) -> Path:
    """Write members as a package; with ``relist`` the manifest lists them all afresh."""
    members = dict(members)
    if relist:
        manifest = json.loads(members["manifest.json"])
        manifest["files"] = {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
            if name != "manifest.json"
        }
        members["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def records(members: dict[str, bytes], record_type: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(members[SPECS[record_type].file])
    return data
