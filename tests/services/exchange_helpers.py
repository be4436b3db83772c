"""Looking at two offices' databases from outside: rows, files, and the whole state."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from app.db.engine import Database
from app.domain.errors import InspectDeskError
from app.services.exchange.records import DbNatural
from app.services.exchange.spec import (
    BOOKKEEPING,
    NATURAL_REFS,
    SPECS,
    Natural,
    natural_key_text,
    record_hash,
)
from app.services.rectification.attachments import stored_file
from app.services.support.context import Actor

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
        virtual = set()
        if conn.dialect.name == "sqlite":
            # A contentless FTS5 table refuses SELECT *; its shadow tables hold its rows.
            virtual = set(
                conn.execute(
                    text(
                        "SELECT name FROM sqlite_master"
                        " WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
                    )
                ).scalars()
            )
        for table in sorted(set(inspect(conn).get_table_names()) - virtual):
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


# --- forging packages: a genuine export changed as a sending office (or an attacker) would ---


class Forgery:
    """The records of a genuine package, to change and pack again so that the package
    passes every format check (record hashes, a fresh package id, a manifest listing
    every file with its SHA-256): only the rules of the records are left to refuse it."""

    def __init__(self, path: Path) -> None:
        self.members = read_package(path)
        self.docs: dict[str, dict[str, Any]] = {
            name: json.loads(self.members[spec.file]) if spec.file in self.members else None
            for name, spec in SPECS.items()
        }

    def all(self, record_type: str) -> list[dict[str, Any]]:
        doc = self.docs[record_type]
        if doc is None:
            doc = self.docs[record_type] = {
                "schema_version": 1,
                "type": record_type,
                "records": [],
            }
        found: list[dict[str, Any]] = doc["records"]
        return found

    def find(self, record_type: str, **fields: Any) -> dict[str, Any]:
        """The first record whose fields have these values."""
        for record in self.all(record_type):
            if all(record["fields"].get(k) == v for k, v in fields.items()):
                return record
        raise AssertionError(f"no {record_type} with {fields}")

    def update(self, record: dict[str, Any], **fields: Any) -> dict[str, Any]:
        """Change a record the receiving office holds as exchanged: the package says it
        built on that version (base), so the import takes it as an update."""
        record["base"] = record["hash"]
        record["fields"].update(fields)
        return record

    def add(self, record_type: str, like: dict[str, Any] | None = None, **fields: Any) -> str:
        """A new record (a copy of ``like`` with ``fields`` changed); returns its id."""
        new_id = str(uuid.uuid4())
        base = dict(like["fields"]) if like is not None else {}
        self.all(record_type).append(
            {"id": new_id, "hash": "0" * 64, "base": None, "fields": {**base, **fields}}
        )
        return new_id

    def write(self, db: Database, path: Path) -> Path:
        """Pack the records (hashed as the receiving office will hash them) into ``path``."""
        with db.read() as session:
            _rehash(self.docs, DbNatural(session))
            members = dict(self.members)
            for name, doc in self.docs.items():
                if doc is not None:
                    # escaped: a lone surrogate ("\\ud800") travels as JSON allows
                    members[SPECS[name].file] = json.dumps(doc).encode()
        manifest = json.loads(members["manifest.json"])
        manifest["package_id"] = str(uuid.uuid4())
        members["manifest.json"] = json.dumps(manifest).encode()
        return write_package(path, members)


def _rehash(docs: dict[str, Any], stored: Natural) -> None:
    own: dict[tuple[str, str], str] = {}
    for name in NATURAL_REFS:
        for record in (docs[name] or {}).get("records", []):
            fields = record.get("fields")
            if isinstance(fields, dict) and isinstance(record.get("id"), str):
                own[(name, record["id"])] = natural_key_text(name, fields)

    def natural(record_type: str, record_id: Any) -> str | None:
        if not isinstance(record_id, str):
            return None
        return own.get((record_type, record_id)) or stored(record_type, record_id)

    for name, doc in docs.items():
        for record in (doc or {}).get("records", []):
            # not even a record (its fields of the wrong kinds): refused before its hash
            with contextlib.suppress(TypeError, AttributeError, KeyError, UnicodeError):
                record["hash"] = record_hash(SPECS[name], record["fields"], natural)


# --- copies of a database -----------------------------------------------------------------------


def clone(source: Database, folder: Path, name: str) -> str:
    """Where a new copy of ``source`` is (a file beside its stored files, or a database on
    the same server); ``source`` is disposed first (a server copies idle databases only)."""
    from tests.conftest import new_pg_name, pg_copy, pg_url

    source.dispose()
    if source.file is not None:
        target = folder / f"{name}.sqlite3"
        shutil.copy(source.file, target)
        files = source.attachments_dir
        if files.is_dir():
            shutil.copytree(files, target.with_name(target.name + ".files"))
        return str(target)
    database = new_pg_name()
    pg_copy(database, str(source.url.database))
    return pg_url(database)


def exchanged_demo(
    databases: Any, backend: str, folder: Path, sender: Any, receiver: Any, today: Any
) -> tuple[dict[str, Path], Database]:
    """Zhejiang's (``zj``) and Beijing's (``bj``) cases of the demo data as ``sender``
    exported them, and an office where ``receiver`` has imported both."""
    from app.services.exchange import export_package, import_package

    source = databases.open_demo(backend, folder, sender, today)
    try:
        packages = {
            name: export_package(source, sender, folder / f"{name}.zip", province=code).path
            for name, code in (("zj", "330000"), ("bj", "110000"))
        }
    finally:
        databases.close(source)
    office = databases.open(backend, folder, "office")
    for path in packages.values():
        import_package(office, receiver, path)
    return packages, office


def refused_import(
    db: Database, path: Path, actor: Actor, code: str, **values: Any
) -> InspectDeskError:
    """Importing ``path`` is refused with ``code`` (and these values), by the dry run as by
    the import, readably in both languages, and nothing is written."""
    before = state(db)
    from app.services.exchange import import_package, plan_import

    with pytest.raises(InspectDeskError) as planned:
        plan_import(db, actor, path)
    with pytest.raises(InspectDeskError) as caught:
        import_package(db, actor, path)
    error = caught.value
    assert (planned.value.code, planned.value.values) == (error.code, error.values)
    assert error.code == code, error.render("en")
    for name, value in values.items():
        assert error.values[name] == value, (name, error.render("en"))
    for lang in ("zh", "en"):
        assert "{" not in error.render(lang), error.render(lang)
    assert state(db) == before
    return error
