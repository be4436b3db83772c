"""Global search: cases, companies, findings and inspection notes by any word, Chinese included.

Every searchable record has one small row in ``search_documents`` (where to find it,
and a digest of its tokens); the title, excerpt and ranking of a hit are computed
from the record itself when it is shown.  On SQLite the contentless FTS5 table
``search_fts`` holds the tokens under ``docid`` (migration 0010 says why and how);
on PostgreSQL ``search_documents.terms`` with a GIN index on
``to_tsvector('simple', terms)``.

The ``index_*`` functions upsert one document in the caller's transaction, so a
use case that writes a record calls them before it commits and the index is
never behind the data.  :func:`reindex_all` rebuilds everything (and on SQLite
clears the tokens of records' earlier versions, which a contentless index keeps).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import (
    Case,
    ChecklistResult,
    Company,
    Finding,
    Inspection,
    SearchDocument,
)
from app.domain.errors import NotFoundError
from app.domain.tokenize import fts_terms, index_terms, is_ideograph, normalise, query_terms
from app.services.overview.search_documents import (
    Document,
    case_doc,
    case_query,
    checklist_remarks,
    company_doc,
    company_query,
    finding_doc,
    finding_query,
    inspection_doc,
    inspection_query,
)
from app.services.support.context import Actor
from app.services.support.permissions import provinces_in_scope, require

KINDS = ("case", "company", "finding", "inspection")
# A term found in very many records (整改 is in almost every finding) must not cost
# time in proportion to its matches: the index is walked newest first (docids grow
# as records are indexed) and only the newest WINDOW matches are ranked.  Below
# WINDOW matches the ranking is over all of them.
WINDOW = 200
TYPICAL_LENGTH = 300  # the length norm of the ranking, in characters (a finding's text)
_BATCH = 5_000
_UNIQUE = "ix_search_documents_kind_ref_id"
_AUTOMERGE, _BULK_AUTOMERGE = 4, 16  # FTS5's default, and what a rebuild uses meanwhile
_DOCUMENTS = SearchDocument.metadata.tables[SearchDocument.__tablename__]
_ADD_TOKENS = text("INSERT INTO search_fts(rowid, terms) VALUES (:rowid, :terms)")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # case | company | finding | inspection
    ref_id: str  # the record's UUID as text
    case_number: str | None
    province_code: str
    title: str
    snippet: str
    rank: float  # smaller is better


# --- keeping the index up to date ----------------------------------------------------------


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def digest(province_code: str, terms: str) -> int:
    """The ``digest`` of a document: MD5 of its province and stored terms, first 8 bytes
    as a signed integer (migration 0010 computes the same, PostgreSQL in SQL)."""
    raw = hashlib.md5(f"{province_code} {terms}".encode(), usedforsecurity=False).digest()
    return int.from_bytes(raw[:8], "big", signed=True)


def _stored(doc: Document, *, sqlite: bool) -> dict[str, Any]:
    """The row of ``search_documents`` for ``doc`` and, on SQLite, its FTS5 tokens."""
    terms = fts_terms(doc.text) if sqlite else index_terms(doc.text)
    return {
        "kind": doc.kind,
        "ref_id": doc.ref_id,
        "province_code": doc.province_code,
        "digest": digest(doc.province_code, terms),
        "terms": None if sqlite else terms,
        "tokens": f"{terms} #{doc.province_code}" if sqlite else None,
    }


def _row(stored: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in stored.items() if k != "tokens"}


def _upsert(session: Session, doc: Document) -> None:
    sqlite = _is_sqlite(session)
    stored = _stored(doc, sqlite=sqlite)
    where = (SearchDocument.kind == doc.kind) & (SearchDocument.ref_id == doc.ref_id)
    old = session.execute(
        select(SearchDocument.docid, SearchDocument.digest).where(where)
    ).one_or_none()
    if old is not None and old.digest == stored["digest"]:
        return  # unchanged: nothing to write
    if not sqlite:
        if old is None:
            session.execute(insert(_DOCUMENTS), _row(stored))
        else:
            session.execute(update(_DOCUMENTS).where(where).values(_row(stored)))
        return
    # A contentless index cannot forget the old tokens without being told them: the
    # new version gets a new docid, the old one no longer joins search_documents.
    if old is not None:
        session.execute(delete(SearchDocument).where(SearchDocument.docid == old.docid))
    docid = session.execute(
        insert(_DOCUMENTS).values(_row(stored)).returning(_DOCUMENTS.c.docid)
    ).scalar_one()
    session.execute(_ADD_TOKENS, {"rowid": docid, "terms": stored["tokens"]})


def _next_docid(session: Session) -> int:
    # AUTOINCREMENT's high-water mark: a docid once used (its tokens may still be in
    # the index) is never handed out again.  Writers hold SQLite's write lock.
    used = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = 'search_documents'")
    ).scalar_one_or_none()
    top = session.execute(select(func.max(SearchDocument.docid))).scalar_one()
    return max(used or 0, top or 0) + 1


def _write(session: Session, docs: Iterable[Document], *, first: int | None) -> Iterator[int]:
    """Insert ``docs`` in batches (docids from ``first`` on SQLite); yields the count so far.

    The hot path of a rebuild: on SQLite the rows go to the driver as tuples, past
    SQLAlchemy's per-parameter processing (plain strings and integers need none)."""
    if first is None:  # PostgreSQL: docids from the sequence
        rows: list[dict[str, Any]] = []
        count = 0
        for count, doc in enumerate(docs, start=1):
            rows.append(_row(_stored(doc, sqlite=False)))
            if len(rows) == _BATCH:
                session.execute(insert(_DOCUMENTS), rows)
                rows.clear()
                yield count
        if rows:
            session.execute(insert(_DOCUMENTS), rows)
        yield count
        return
    connection = session.connection()
    documents: list[tuple[int, str, str, str, int]] = []
    tokens: list[tuple[int, str]] = []
    docid = first - 1
    for doc in docs:
        docid += 1
        terms = fts_terms(doc.text)
        province = doc.province_code
        documents.append((docid, doc.kind, doc.ref_id, province, digest(province, terms)))
        tokens.append((docid, f"{terms} #{province}"))
        if len(documents) == _BATCH:
            _flush_sqlite(connection, documents, tokens)
            yield docid - first + 1
    _flush_sqlite(connection, documents, tokens)
    yield docid - first + 1


def _flush_sqlite(
    connection: Any, documents: list[tuple[int, str, str, str, int]], tokens: list[tuple[int, str]]
) -> None:
    if documents:
        connection.exec_driver_sql(
            "INSERT INTO search_documents (docid, kind, ref_id, province_code, digest)"
            " VALUES (?, ?, ?, ?, ?)",
            documents,
        )
        connection.exec_driver_sql("INSERT INTO search_fts(rowid, terms) VALUES (?, ?)", tokens)
    documents.clear()
    tokens.clear()


def index_company(session: Session, company_id: uuid.UUID) -> None:
    """Add or refresh the company's search document in the caller's transaction."""
    r = session.execute(company_query().where(Company.id == company_id)).one_or_none()
    if r is None:
        raise NotFoundError("company.not_found", value=str(company_id))
    _upsert(session, company_doc(r))


def index_new_companies(session: Session, companies: Sequence[Mapping[str, Any]]) -> None:
    """Add the search documents of companies just inserted (their column values), in bulk:
    what :func:`index_company` writes for each, in a few statements (a bulk import)."""
    if not companies:
        return
    first = _next_docid(session) if _is_sqlite(session) else None
    docs = (company_doc(SimpleNamespace(**values)) for values in companies)  # type: ignore[arg-type]
    for _count in _write(session, docs, first=first):  # the counts are for reindex_all's bar
        continue


def index_case(session: Session, case_id: uuid.UUID) -> None:
    """Add or refresh the case's search document in the caller's transaction."""
    r = session.execute(case_query().where(Case.id == case_id)).one_or_none()
    if r is None:
        raise NotFoundError("case.not_found", case_number=str(case_id))
    _upsert(session, case_doc(r))


def index_finding(session: Session, finding_id: uuid.UUID) -> None:
    """Add or refresh the finding's search document in the caller's transaction."""
    r = session.execute(finding_query().where(Finding.id == finding_id)).one_or_none()
    if r is None:
        raise NotFoundError("finding.not_found", value=str(finding_id))
    _upsert(session, finding_doc(r))


def index_inspection(session: Session, inspection_id: uuid.UUID) -> None:
    """Add or refresh the inspection's search document (notes, checklist remarks included)."""
    session.flush()  # checklist rows added by the caller are read back below
    r = session.execute(inspection_query().where(Inspection.id == inspection_id)).one_or_none()
    if r is None:
        raise NotFoundError("inspection.not_found", value=str(inspection_id))
    remarks = checklist_remarks(session, ChecklistResult.inspection_id == inspection_id)
    _upsert(session, inspection_doc(r, remarks.get(r.id, ())))


def _all_documents(session: Session) -> Iterator[Document]:
    # Streams: the caller inserts into search_documents while these reads of other
    # tables are still open, which SQLite and PostgreSQL both allow.
    yield from (company_doc(r) for r in session.execute(company_query()))
    yield from (case_doc(r) for r in session.execute(case_query()))
    remarks = checklist_remarks(session)
    for r in session.execute(inspection_query()):
        yield inspection_doc(r, remarks.get(r.id, ()))
    yield from (finding_doc(r) for r in session.execute(finding_query()))


def rebuild_index(
    db: Database, actor: Actor, *, progress: Callable[[int, int], None] | None = None
) -> int:
    """``search reindex``: :func:`reindex_all` for an official allowed to rebuild it
    (``search.reindex``: supervisors and administrators who see every province)."""
    require(actor, "search.reindex")
    return reindex_all(db, progress=progress)


def reindex_all(db: Database, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Rebuild every search document from the records in one transaction; returns their number.

    ``progress(done, total)`` is called as the documents are written (every few thousand)."""
    with db.write() as session:
        total = _record_count(session) if progress is not None else 0
        sqlite = _is_sqlite(session)
        session.execute(delete(SearchDocument))
        # Made again once every row is in: faster than keeping it up to date row by row.
        session.execute(text(f"DROP INDEX {_UNIQUE}"))
        if sqlite:
            # Every token goes, earlier versions' too: docids may start again from 1.
            session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('delete-all')"))
            session.execute(text("DELETE FROM sqlite_sequence WHERE name = 'search_documents'"))
            # Fewer, larger merges of the index's segments while it is filled in bulk.
            session.execute(
                text(
                    f"INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', {_BULK_AUTOMERGE})"
                )
            )
        count = 0
        for count in _write(session, _all_documents(session), first=1 if sqlite else None):
            if progress is not None:
                progress(count, total)
        if sqlite:
            session.execute(
                text(f"INSERT INTO search_fts(search_fts, rank) VALUES ('automerge', {_AUTOMERGE})")
            )
        session.execute(text(f"CREATE UNIQUE INDEX {_UNIQUE} ON search_documents (kind, ref_id)"))
        return count


def _record_count(session: Session) -> int:
    return sum(
        session.execute(select(func.count()).select_from(model)).scalar_one()
        for model in (Company, Case, Finding, Inspection)
    )


# --- searching --------------------------------------------------------------------------------


def _quote(term: str) -> str:
    # An FTS5 string: whatever the user typed ("AND", NEAR, *, ^, :, quotes) is a word to find.
    return '"' + term.replace('"', '""') + '"'


def search(
    db: Database,
    actor: Actor,
    query: str,
    *,
    provinces: frozenset[str] | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """Records containing every word of ``query``, best first, only in provinces the actor sees.

    ``provinces`` narrows the search further.  Blank or punctuation-only queries
    give no hits; no input makes it raise.
    """
    terms = query_terms(query)
    scope = provinces_in_scope(actor, provinces)
    if scope is not None:
        # Stored codes are digits; anything else cannot match and must not reach FTS5.
        scope = frozenset(p for p in scope if p.isalnum())
    if not terms or limit <= 0 or (scope is not None and not scope):
        return []
    with db.read() as session:
        if _is_sqlite(session):
            return _search_sqlite(session, terms, scope, limit)
        return _search_postgresql(session, terms, scope, limit)


def _token(term: str) -> str:
    # One ideograph is indexed as the first character of its bigrams (and alone only
    # at the end of a run): fts_terms says why.
    return _quote(term) + "*" if is_ideograph(term) else _quote(term)


def _search_sqlite(
    session: Session, terms: list[str], scope: frozenset[str] | None, limit: int
) -> list[SearchHit]:
    match = " AND ".join(_token(t) for t in terms)
    if scope is not None:
        match += " AND (" + " OR ".join(_quote("#" + p) for p in sorted(scope)) + ")"
    sql = text(
        "SELECT d.docid, d.kind, d.ref_id FROM search_fts"
        " JOIN search_documents AS d ON d.docid = search_fts.rowid"
        " WHERE search_fts MATCH :match ORDER BY search_fts.rowid DESC LIMIT :window"
    )
    found = session.execute(sql, {"match": match, "window": max(WINDOW, limit)}).all()
    docs = _documents_of(session, [(r.kind, r.ref_id) for r in found])
    candidates = [(r.docid, docs[r.kind, r.ref_id]) for r in found if (r.kind, r.ref_id) in docs]
    scores = _scores([doc.text for _, doc in candidates], terms)
    ranked = sorted(zip(scores, candidates, strict=True), key=lambda p: (-p[0], -p[1][0]))
    return _hits(((doc, -score) for score, (_, doc) in ranked), scope, limit)


def _hits(
    ranked: Iterable[tuple[Document, float]], scope: frozenset[str] | None, limit: int
) -> list[SearchHit]:
    hits = []
    for doc, rank in ranked:
        if scope is not None and doc.province_code not in scope:
            continue  # the record moved since it was indexed: its province decides
        hits.append(
            SearchHit(
                doc.kind,
                doc.ref_id,
                doc.case_number,
                doc.province_code,
                doc.title,
                doc.snippet,
                rank,
            )
        )
        if len(hits) == limit:
            break
    return hits


def _documents_of(session: Session, refs: list[tuple[str, str]]) -> dict[tuple[str, str], Document]:
    """The documents of the records ``refs`` names, built from the records as they are now."""
    ids: dict[str, list[uuid.UUID]] = {}
    for kind, ref_id in refs:
        ids.setdefault(kind, []).append(uuid.UUID(ref_id))
    docs: list[Document] = []
    if "company" in ids:
        query = company_query().where(Company.id.in_(ids["company"]))
        docs += [company_doc(r) for r in session.execute(query)]
    if "case" in ids:
        docs += [case_doc(r) for r in session.execute(case_query().where(Case.id.in_(ids["case"])))]
    if "finding" in ids:
        query = finding_query().where(Finding.id.in_(ids["finding"]))
        docs += [finding_doc(r) for r in session.execute(query)]
    if "inspection" in ids:
        wanted = ids["inspection"]
        remarks = checklist_remarks(session, ChecklistResult.inspection_id.in_(wanted))
        query = inspection_query().where(Inspection.id.in_(wanted))
        docs += [inspection_doc(r, remarks.get(r.id, ())) for r in session.execute(query)]
    return {(d.kind, d.ref_id): d for d in docs}


def _scores(documents: list[str], terms: list[str]) -> list[float]:
    """BM25 term-frequency weighting (k1 = 1.2, b = 0.75) of each candidate.

    A term's frequency is how often it occurs in the record's normalised text (a
    word also counts inside a longer one: the ranking only orders records that all
    contain every term).  Every term is in every candidate, so the inverse document
    frequency, which would need a count over the whole index, is left out; the
    length norm is a fixed typical length, so a record scores the same whoever
    searches.
    """
    scores = []
    for doc in documents:
        flat = normalise(doc)
        norm = 1.2 * (0.25 + 0.75 * len(flat) / TYPICAL_LENGTH)
        tf = (flat.count(term) for term in terms)
        scores.append(sum(n * 2.2 / (n + norm) for n in tf if n))
    return scores


def _search_postgresql(
    session: Session, terms: list[str], scope: frozenset[str] | None, limit: int
) -> list[SearchHit]:
    # plainto_tsquery ANDs the words and ignores operator characters; the
    # expression is written exactly as in the GIN index so that the index serves it.
    vector = "to_tsvector('simple', terms)"
    query = "plainto_tsquery('simple', :q)"
    where = f"{vector} @@ {query}"
    params: dict[str, Any] = {"q": " ".join(terms), "limit": limit}
    if scope is not None:
        where += " AND province_code = ANY(:scope)"
        params["scope"] = sorted(scope)
    sql = text(
        f"SELECT kind, ref_id, -ts_rank({vector}, {query}) AS rank FROM search_documents"
        f" WHERE {where}"
        # Equal ranks are common (short texts): a total order keeps the hits of one
        # query in the same order for every official, whatever rows the plan visits.
        " ORDER BY rank, kind, ref_id LIMIT :limit"
    )
    found = session.execute(sql, params).all()
    docs = _documents_of(session, [(r.kind, r.ref_id) for r in found])
    ranked = ((docs[r.kind, r.ref_id], float(r.rank)) for r in found if (r.kind, r.ref_id) in docs)
    return _hits(ranked, scope, limit)
