"""smaller search index: SQLite keeps only the tokens, in a contentless FTS5 table

Until 0009 every record's tokens were stored twice on SQLite (``search_documents.terms``
and the FTS5 index with positions) beside its title and excerpt: 709 MB on 500,000
findings, more than the records themselves.  From here:

- ``search_documents`` is one small row per record: ``docid`` (the FTS5 rowid,
  ``AUTOINCREMENT`` so that a number once used never comes back), ``kind``,
  ``ref_id``, ``province_code`` and ``digest`` (to skip unchanged records).  The
  title and excerpt a hit shows are read from the record when it is shown.
- SQLite: ``search_fts`` is ``content=''`` (no copy of the text), ``detail=none``
  (no positions: the search asks only whether a record has every token) and
  ``columnsize=0``; the province is the token ``#<code>`` in the same text
  (``detail=none`` allows no column filters).  ``terms`` stays NULL.
- PostgreSQL: ``terms`` and its GIN index stay as they were.

The upgrade converts the stored index, reading no record: the 0009 terms
(``index_terms``: bigrams and every character of each run of ideographs) are read
back into their runs and written as ``fts_terms`` writes them (bigrams and only each
run's last character).  ``digest`` is computed exactly as the program computes it
(MD5 of province and stored terms, first 8 bytes as a signed integer), so records
the program indexes again unchanged are not written again.

The downgrade cannot read the text back from a contentless index: it builds 0009's
documents from the records again, with 0005's backfill (the documents' shape did not
change from 0005 to 0009).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

import hashlib
import importlib.util
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

from app.domain.tokenize import fts_terms

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5_000
FTS5 = (
    "CREATE VIRTUAL TABLE search_fts USING fts5(terms, content='', detail=none,"
    " columnsize=0, tokenize=\"unicode61 tokenchars '#'\")"
)
# One character of a run of ideographs, as app.domain.tokenize defines them.
_IDEOGRAPH = re.compile(
    "[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002ebef\U0002f800-\U0002fa1f\U00030000-\U000323af]"
)

old = sa.table(
    "search_documents",
    sa.column("kind", sa.String),
    sa.column("ref_id", sa.String),
    sa.column("province_code", sa.String),
    sa.column("terms", sa.Text),
    sa.column("fts_rowid", sa.BigInteger),
)


def digest(province_code: str, terms: str) -> int:
    """What app.services.overview.search stores as ``digest`` (this revision's own copy)."""
    raw = hashlib.md5(f"{province_code} {terms}".encode(), usedforsecurity=False).digest()
    return int.from_bytes(raw[:8], "big", signed=True)


def _is_bigram(token: str) -> bool:
    return len(token) == 2 and all(_IDEOGRAPH.fullmatch(c) for c in token)


def text_of_terms(terms: str) -> str:
    """The runs and words a 0009 ``index_terms`` output was made of, space-separated.

    A run of n > 1 ideographs was written as its n - 1 chained bigrams followed by
    its n characters; anything else is a word (or a run of one) as it was.
    ``fts_terms`` of the result is what ``fts_terms`` of the record gives.
    """
    tokens = terms.split()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        k = 1
        if _is_bigram(token):
            while (
                i + k < len(tokens)
                and _is_bigram(tokens[i + k])
                and tokens[i + k][0] == tokens[i + k - 1][1]
            ):
                k += 1
            run = token[0] + "".join(b[1] for b in tokens[i : i + k])
            if tokens[i + k : i + k + len(run)] == list(run):
                out.append(run)
                i += k + len(run)
                continue
        out.append(token)  # not in the expected shape: kept as it is
        i += 1
    return " ".join(out)


def _new_table(name: str) -> None:
    op.create_table(
        name,
        sa.Column(
            "docid",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=False),
        sa.Column("province_code", sa.String(length=6), nullable=False),
        sa.Column("digest", sa.BigInteger(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("docid", name=op.f("pk_search_documents")),
        sqlite_autoincrement=True,
    )


def _unique_index() -> None:
    # An index, not a table constraint: a rebuild drops it and makes it again once
    # every row is in, which is faster than keeping it up to date row by row.
    op.create_index(
        op.f("ix_search_documents_kind_ref_id"), "search_documents", ["kind", "ref_id"], unique=True
    )


def _batches(rows: Iterator[sa.Row[tuple[object, ...]]]) -> Iterator[list[sa.Row]]:  # type: ignore[type-arg]
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        _upgrade_sqlite(bind)
    else:
        _upgrade_postgresql(bind)


def _upgrade_sqlite(bind: sa.Connection) -> None:
    op.execute("DROP TABLE search_fts")
    _new_table("search_documents_new")
    new = sa.table(
        "search_documents_new",
        sa.column("docid", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("ref_id", sa.String),
        sa.column("province_code", sa.String),
        sa.column("digest", sa.BigInteger),
    )
    op.execute(FTS5)
    fts = sa.text("INSERT INTO search_fts(rowid, terms) VALUES (:rowid, :terms)")
    # fts_rowid order is the order records were indexed in: the search's recency.
    query = sa.select(old).order_by(old.c.fts_rowid)
    for batch in _batches(iter(bind.execute(query))):
        rows, tokens = [], []
        for r in batch:
            terms = fts_terms(text_of_terms(r.terms))
            rows.append(
                {
                    "docid": r.fts_rowid,
                    "kind": r.kind,
                    "ref_id": r.ref_id,
                    "province_code": r.province_code,
                    "digest": digest(r.province_code, terms),
                }
            )
            tokens.append({"rowid": r.fts_rowid, "terms": f"{terms} #{r.province_code}"})
        bind.execute(new.insert(), rows)
        bind.execute(fts, tokens)
    op.drop_table("search_documents")
    op.rename_table("search_documents_new", "search_documents")
    _unique_index()


def _upgrade_postgresql(bind: sa.Connection) -> None:
    # The GIN index over terms stays; the columns the search no longer reads go.
    op.drop_constraint("pk_search_documents", "search_documents", type_="primary")
    op.drop_constraint("uq_search_documents_fts_rowid", "search_documents", type_="unique")
    op.drop_constraint("uq_search_documents_kind_ref_id", "search_documents", type_="unique")
    _unique_index()
    for column in ("id", "case_number", "title", "snippet", "fts_rowid"):
        op.drop_column("search_documents", column)
    op.execute("ALTER TABLE search_documents ADD COLUMN docid BIGSERIAL NOT NULL")
    op.create_primary_key("pk_search_documents", "search_documents", ["docid"])
    op.add_column("search_documents", sa.Column("digest", sa.BigInteger(), nullable=True))
    # The program's digest, in SQL: MD5's first 8 bytes read as a signed 64-bit integer.
    op.execute(
        "UPDATE search_documents SET digest ="
        " ('x' || substr(md5(province_code || ' ' || terms), 1, 16))::bit(64)::bigint"
    )
    op.alter_column("search_documents", "digest", nullable=False)
    op.alter_column("search_documents", "terms", nullable=True)


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TABLE search_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_documents_terms_tsv")
    op.drop_table("search_documents")
    op.create_table(
        "search_documents",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=False),
        sa.Column("case_number", sa.String(length=20), nullable=True),
        sa.Column("province_code", sa.String(length=6), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("snippet", sa.Text(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("fts_rowid", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_documents")),
        sa.UniqueConstraint("fts_rowid", name=op.f("uq_search_documents_fts_rowid")),
        sa.UniqueConstraint("kind", "ref_id", name=op.f("uq_search_documents_kind_ref_id")),
    )
    _revision_0005()._backfill(bind, with_rowids=sqlite)
    if sqlite:
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "terms, province_code, content='search_documents', content_rowid='fts_rowid',"
            " tokenize='unicode61')"
        )
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    else:
        op.execute(
            "CREATE INDEX ix_search_documents_terms_tsv ON search_documents"
            " USING gin (to_tsvector('simple', terms))"
        )


def _revision_0005() -> ModuleType:
    """Migration 0005's module (a revision file is no package module to import by name)."""
    path = Path(__file__).with_name("0005_search_index.py")
    spec = importlib.util.spec_from_file_location("inspectdesk_migration_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
