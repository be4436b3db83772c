"""search index: search_documents, its full-text index, and the documents of existing records

One row per case, company, finding and inspection in ``search_documents``;
``terms`` holds the record's text as ``app.domain.tokenize.index_terms`` writes it
(overlapping bigrams for Chinese, lower-cased words otherwise).

SQLite: an FTS5 table ``search_fts`` over ``terms`` and ``province_code`` with
``search_documents`` as its *external content* and ``fts_rowid`` as its rowid.
External content rather than contentless because the text is in
``search_documents`` anyway (the table the results are read from): the index
stores no second copy, ``'rebuild'`` re-creates it from that table in one
statement, and ``'integrity-check'`` can compare the two.  ``fts_rowid`` is an
explicit column, not the implicit rowid of ``search_documents``, because VACUUM
may renumber implicit rowids and the index would then point at other rows.
``province_code`` is indexed too so that the province scope is applied inside
the index instead of by reading every matching row.  The ``unicode61``
tokenizer only splits the pre-tokenised terms at spaces (no trigrams: those
cannot find two-character Chinese words).

PostgreSQL: a GIN index on ``to_tsvector('simple', terms)``.

The upgrade fills the index for every existing record, with Core queries here
(no app.services import).  The document builders below are this revision's own
copy: later changes to what is indexed are applied by ``reindex_all``.  The
tokenizer is imported from app.domain on purpose: the terms must be written
exactly as the running program reads queries.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

import uuid
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.domain.tokenize import index_terms

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5_000
SNIPPET = 100

companies = sa.table(
    "companies",
    sa.column("id", sa.Uuid),
    sa.column("credit_code", sa.String),
    sa.column("name_zh", sa.String),
    sa.column("name_en", sa.String),
    sa.column("short_name", sa.String),
    sa.column("province_code", sa.String),
    sa.column("address", sa.Text),
    sa.column("legal_representative", sa.String),
    sa.column("contact_name", sa.String),
    sa.column("created_at", sa.DateTime),
)
cases = sa.table(
    "cases",
    sa.column("id", sa.Uuid),
    sa.column("case_number", sa.String),
    sa.column("province_code", sa.String),
    sa.column("company_id", sa.Uuid),
    sa.column("outcome", sa.Text),
    sa.column("closing_note", sa.Text),
    sa.column("created_at", sa.DateTime),
)
findings = sa.table(
    "findings",
    sa.column("id", sa.Uuid),
    sa.column("case_id", sa.Uuid),
    sa.column("number", sa.Integer),
    sa.column("item_code", sa.String),
    sa.column("description", sa.Text),
    sa.column("legal_basis", sa.Text),
    sa.column("required_rectification", sa.Text),
    sa.column("rectification_evidence", sa.Text),
    sa.column("waive_reason", sa.Text),
    sa.column("created_at", sa.DateTime),
)
inspections = sa.table(
    "inspections",
    sa.column("id", sa.Uuid),
    sa.column("case_id", sa.Uuid),
    sa.column("inspected_on", sa.Date),
    sa.column("address", sa.Text),
    sa.column("inspectors", sa.Text),
    sa.column("company_staff", sa.Text),
    sa.column("scope", sa.Text),
    sa.column("notes", sa.Text),
    sa.column("conclusion", sa.Text),
    sa.column("created_at", sa.DateTime),
)
checklist_results = sa.table(
    "checklist_results",
    sa.column("inspection_id", sa.Uuid),
    sa.column("remark", sa.Text),
)
search_documents = sa.table(
    "search_documents",
    sa.column("id", sa.Uuid),
    sa.column("kind", sa.String),
    sa.column("ref_id", sa.String),
    sa.column("case_number", sa.String),
    sa.column("province_code", sa.String),
    sa.column("title", sa.Text),
    sa.column("snippet", sa.Text),
    sa.column("terms", sa.Text),
    sa.column("fts_rowid", sa.BigInteger),
)


def upgrade() -> None:
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
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    _backfill(bind, with_rowids=sqlite)
    if sqlite:
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "terms, province_code, content='search_documents', content_rowid='fts_rowid',"
            " tokenize='unicode61')"
        )
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_search_documents_terms_tsv ON search_documents"
            " USING gin (to_tsvector('simple', terms))"
        )


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_documents_terms_tsv")
    op.drop_table("search_documents")


# --- backfill ------------------------------------------------------------------------------


def _short(text: str | None, length: int = SNIPPET) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def _terms(*parts: object) -> str:
    return index_terms("\n".join(str(p) for p in parts if p))


def _documents(bind: sa.Connection) -> Iterator[dict[str, Any]]:
    for c in bind.execute(sa.select(companies).order_by(companies.c.created_at)).mappings():
        yield {
            "kind": "company",
            "ref_id": str(c["id"]),
            "case_number": None,
            "province_code": c["province_code"],
            "title": c["name_zh"],
            "snippet": _short(" · ".join(p for p in (c["credit_code"], c["name_en"]) if p)),
            "terms": _terms(
                c["name_zh"],
                c["name_en"],
                c["short_name"],
                c["credit_code"],
                c["address"],
                c["legal_representative"],
                c["contact_name"],
            ),
        }
    case_query = (
        sa.select(
            cases,
            companies.c.name_zh,
            companies.c.name_en,
            companies.c.short_name,
            companies.c.credit_code,
        )
        .join(companies, companies.c.id == cases.c.company_id)
        .order_by(cases.c.created_at)
    )
    for c in bind.execute(case_query).mappings():
        yield {
            "kind": "case",
            "ref_id": str(c["id"]),
            "case_number": c["case_number"],
            "province_code": c["province_code"],
            "title": f"{c['case_number']} {c['name_zh']}",
            "snippet": _short(" · ".join(p for p in (c["name_en"], c["outcome"]) if p)),
            "terms": _terms(
                c["case_number"],
                c["name_zh"],
                c["name_en"],
                c["short_name"],
                c["credit_code"],
                c["outcome"],
                c["closing_note"],
            ),
        }
    remarks: dict[uuid.UUID, list[str]] = {}
    for inspection_id, remark in bind.execute(
        sa.select(checklist_results.c.inspection_id, checklist_results.c.remark).where(
            checklist_results.c.remark != ""
        )
    ):
        remarks.setdefault(inspection_id, []).append(remark)
    inspection_query = (
        sa.select(inspections, cases.c.case_number, cases.c.province_code)
        .join(cases, cases.c.id == inspections.c.case_id)
        .order_by(inspections.c.created_at)
    )
    for i in bind.execute(inspection_query).mappings():
        yield {
            "kind": "inspection",
            "ref_id": str(i["id"]),
            "case_number": i["case_number"],
            "province_code": i["province_code"],
            "title": f"{i['case_number']} {i['inspected_on'].isoformat()}",
            "snippet": _short(i["notes"] or i["address"]),
            "terms": _terms(
                i["case_number"],
                i["address"],
                i["inspectors"],
                i["company_staff"],
                i["scope"],
                i["notes"],
                i["conclusion"],
                *remarks.get(i["id"], ()),
            ),
        }
    finding_query = (
        sa.select(findings, cases.c.case_number, cases.c.province_code)
        .join(cases, cases.c.id == findings.c.case_id)
        .order_by(findings.c.created_at)
    )
    for f in bind.execute(finding_query).mappings():
        yield {
            "kind": "finding",
            "ref_id": str(f["id"]),
            "case_number": f["case_number"],
            "province_code": f["province_code"],
            "title": f"{f['case_number']} #{f['number']}",
            "snippet": _short(f["description"]),
            "terms": _terms(
                f["case_number"],
                f["item_code"],
                f["description"],
                f["legal_basis"],
                f["required_rectification"],
                f["rectification_evidence"],
                f["waive_reason"],
            ),
        }


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _backfill(bind: sa.Connection, *, with_rowids: bool) -> None:
    # Streams: SQLite and PostgreSQL both allow inserting on the connection while
    # a select on other tables is still being read.  Rowids go up in the order
    # records were created (the search prefers the newest of very common terms).
    rowid = 0
    for batch in _batches(_documents(bind)):
        for doc in batch:
            doc["id"] = uuid.uuid4()
            if with_rowids:
                rowid += 1
                doc["fts_rowid"] = rowid
            else:
                doc["fts_rowid"] = None
        bind.execute(search_documents.insert(), batch)
