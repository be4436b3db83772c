"""Global search: cases, companies, findings and inspection notes by any word, Chinese included.

Every searchable record has one row in ``search_documents`` (title and snippet
to show, ``terms`` to match, see :mod:`app.domain.tokenize`).  On SQLite the
FTS5 table ``search_fts`` indexes it (external content, ``fts_rowid`` as its
rowid: migration 0005 says why); on PostgreSQL a GIN index on
``to_tsvector('simple', terms)``.

The ``index_*`` functions upsert one document in the caller's transaction, so a
use case that writes a record calls them before it commits and the index is
never behind the data.  :func:`reindex_all` rebuilds everything.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import delete, func, insert, select, text
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
from app.domain.tokenize import query_terms
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
# time in proportion to its matches: the index is walked newest first (FTS5 rowids
# grow as records are indexed) and only the newest WINDOW matches are ranked.  Below
# WINDOW matches the ranking is over all of them.  FTS5's own bm25() is not used:
# it counts every row of every query term to weigh the terms, ~14 ms per common
# term on 500,000 findings, whatever the window.
WINDOW = 200
TYPICAL_TOKENS = 100  # the length norm of the ranking (a finding has about this many)
_BATCH = 5_000


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


def _fts(session: Session, rowid: int, doc_terms: str, province: str, *, remove: bool) -> None:
    # External content: FTS5 is told the indexed values itself, the old ones to remove.
    if remove:
        session.execute(
            text(
                "INSERT INTO search_fts(search_fts, rowid, terms, province_code)"
                " VALUES ('delete', :rowid, :terms, :province)"
            ),
            {"rowid": rowid, "terms": doc_terms, "province": province},
        )
    else:
        session.execute(
            text(
                "INSERT INTO search_fts(rowid, terms, province_code)"
                " VALUES (:rowid, :terms, :province)"
            ),
            {"rowid": rowid, "terms": doc_terms, "province": province},
        )


def _upsert(session: Session, doc: Document) -> None:
    sqlite = _is_sqlite(session)
    row = session.execute(
        select(SearchDocument).where(
            SearchDocument.kind == doc.kind, SearchDocument.ref_id == doc.ref_id
        )
    ).scalar_one_or_none()
    if row is None:
        rowid = None
        if sqlite:
            # Writers hold SQLite's write lock from BEGIN (app.db.engine), so max + 1 is unique.
            top = session.execute(select(func.max(SearchDocument.fts_rowid))).scalar_one()
            rowid = (top or 0) + 1
        session.add(SearchDocument(fts_rowid=rowid, **vars(doc)))
        session.flush()
        if rowid is not None:
            _fts(session, rowid, doc.terms, doc.province_code, remove=False)
        return
    reindex = (row.terms, row.province_code) != (doc.terms, doc.province_code)
    if sqlite and reindex and row.fts_rowid is not None:
        _fts(session, row.fts_rowid, row.terms, row.province_code, remove=True)
        _fts(session, row.fts_rowid, doc.terms, doc.province_code, remove=False)
    for name, value in vars(doc).items():
        setattr(row, name, value)
    session.flush()


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
    sqlite = _is_sqlite(session)
    top = session.execute(select(func.max(SearchDocument.fts_rowid))).scalar_one() if sqlite else 0
    rows: list[dict[str, Any]] = []
    for n, values in enumerate(companies, start=(top or 0) + 1):
        doc = company_doc(SimpleNamespace(**values))  # type: ignore[arg-type]
        rows.append({"id": uuid.uuid4(), "fts_rowid": n if sqlite else None, **vars(doc)})
    for start in range(0, len(rows), _BATCH):
        session.execute(
            insert(SearchDocument.metadata.tables[SearchDocument.__tablename__]),
            rows[start : start + _BATCH],
        )
    if sqlite:  # one statement: FTS5 indexes the new documents without a round trip each
        session.execute(
            text(
                "INSERT INTO search_fts(rowid, terms, province_code)"
                " SELECT fts_rowid, terms, province_code FROM search_documents"
                " WHERE fts_rowid > :top ORDER BY fts_rowid"
            ),
            {"top": top or 0},
        )


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
        batch: list[dict[str, Any]] = []
        count = 0
        for doc in _all_documents(session):
            count += 1
            batch.append({"id": uuid.uuid4(), "fts_rowid": count if sqlite else None, **vars(doc)})
            if len(batch) == _BATCH:
                session.execute(insert(SearchDocument), batch)
                batch = []
                if progress is not None:
                    progress(count, total)
        if batch:
            session.execute(insert(SearchDocument), batch)
        if sqlite:
            session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
        if progress is not None:
            progress(count, count)
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


def _search_sqlite(
    session: Session, terms: list[str], scope: frozenset[str] | None, limit: int
) -> list[SearchHit]:
    match = "terms : (" + " AND ".join(_quote(t) for t in terms) + ")"
    if scope is not None:
        match += " AND province_code : (" + " OR ".join(_quote(p) for p in sorted(scope)) + ")"
    sql = text(
        "SELECT d.kind, d.ref_id, d.case_number, d.province_code, d.title, d.snippet,"
        " d.terms, m.rid"
        " FROM (SELECT rowid AS rid FROM search_fts WHERE search_fts MATCH :match"
        "       ORDER BY rowid DESC LIMIT :window) AS m"
        " JOIN search_documents AS d ON d.fts_rowid = m.rid"
    )
    rows = session.execute(sql, {"match": match, "window": max(WINDOW, limit)}).all()
    scores = _scores([r.terms for r in rows], terms)
    ranked = sorted(zip(scores, rows, strict=True), key=lambda p: (-p[0], -p[1].rid))[:limit]
    return [
        SearchHit(r.kind, r.ref_id, r.case_number, r.province_code, r.title, r.snippet, -score)
        for score, r in ranked
    ]


def _scores(documents: list[str], terms: list[str]) -> list[float]:
    """BM25 term-frequency weighting (k1 = 1.2, b = 0.75) of each candidate.

    Every term is in every candidate, so the inverse document frequency, which
    would need a count over the whole index, is left out; the length norm is a
    fixed typical length, so a document scores the same whoever searches.
    """
    wanted = set(terms)
    scores = []
    for doc in documents:
        tokens = doc.split()
        tf: dict[str, int] = {}
        for token in tokens:
            if token in wanted:
                tf[token] = tf.get(token, 0) + 1
        norm = 1.2 * (0.25 + 0.75 * len(tokens) / TYPICAL_TOKENS)
        scores.append(sum(n * 2.2 / (n + norm) for n in tf.values()))
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
        "SELECT kind, ref_id, case_number, province_code, title, snippet,"
        f" -ts_rank({vector}, {query}) AS rank FROM search_documents WHERE {where}"
        # Equal ranks are common (short texts): a total order keeps the hits of one
        # query in the same order for every official, whatever rows the plan visits.
        " ORDER BY rank, kind, ref_id LIMIT :limit"
    )
    return [
        SearchHit(
            r.kind, r.ref_id, r.case_number, r.province_code, r.title, r.snippet, float(r.rank)
        )
        for r in session.execute(sql, params)
    ]
