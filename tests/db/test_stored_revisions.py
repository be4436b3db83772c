"""Every released schema revision, as a stored database, opened by this program.

``tests/db/fixtures/rev_<NNNN>.sqlite3`` is an office's database written at revision
NNNN, made once when that revision was released and never regenerated
(``scripts/make_revision_fixtures.py``, ``tests/db/fixtures/README.md``). Each test
here copies one, opens the copy with ``open_database`` (what the GUI and every command
call at start-up) and checks that it reached head, wrote its backup, kept every row with
every value, and that the program works on it.

SQLite only: the stored fixtures are SQLite files. Upgrades on PostgreSQL are tested by
tests/db/test_migrations_pg.py (and the backend-parametrised migration tests).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Database
from app.db.migrate import head_revision, known_revisions, open_database
from app.services.casework import cases
from app.services.overview import search
from app.services.rectification import findings
from app.services.registry import users
from app.services.registry.settings import get_setting
from app.services.safekeeping import maintenance
from app.services.support.audit import verify_chain

FIXTURES = Path(__file__).parent / "fixtures"
STORED = sorted(FIXTURES.glob("rev_*.sqlite3"))
NAME = re.compile(r"rev_(\w+)\.sqlite3")
PASSWORD = "Fixture-Passw0rd"
CASE = "ZJ-2021-0001"
AS_OF = date(2021, 5, 7)
# Rows migrations add to tables that already held the office's rows (0002's reference data).
REFERENCE = {"provinces", "assessment_items", "report_triggers"}
# The search index: derived data, reshaped by 0010; checked by searching and by comparing
# it with a rebuild (test_the_program_works_on_it), not row by row.
SEARCH_INDEX = re.compile(r"search_(documents|fts(_\w+)?)")
NOTES = (
    "现场查看日志留存系统：网络日志仅保存 30 天，不满足留存不少于六个月的要求；"
    "实名核验模块已部署但未强制启用。"
)
ATTACHMENT_SHA = "35a130ac1f31a3efae643a54b518fc30d1b6a21bffa5e900e2ca2ada7607d755"


def _revision_of(path: Path) -> str:
    match = NAME.fullmatch(path.name)
    assert match, path
    return match.group(1)


def _at_least(revision: str, other: str) -> bool:
    return int(revision) >= int(other)


Dump = dict[str, tuple[list[str], list[tuple[Any, ...]]]]


def _dump(conn: sqlite3.Connection) -> Dump:
    """Every table's columns and rows, as stored (the search index's tables left out)."""
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if r[0] != "alembic_version" and not SEARCH_INDEX.fullmatch(r[0])
    ]
    dump: Dump = {}
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        dump[table] = (columns, cursor.fetchall())
    return dump


def _read_only(path: Path) -> sqlite3.Connection:
    # immutable: nothing is written beside a stored fixture, not even -wal/-shm files.
    return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)


def _stored_dump(path: Path) -> Dump:
    conn = _read_only(path)
    try:
        return _dump(conn)
    finally:
        conn.close()


@dataclass
class Opened:
    revision: str
    path: Path  # the copy, now at head
    before: Dump  # the stored fixture's rows
    db: Database

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(self.path)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


@pytest.fixture(params=STORED, ids=[p.stem for p in STORED])
def opened(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opened]:
    fixture: Path = request.param
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    files = fixture.with_name(fixture.name + ".files")
    if files.is_dir():
        shutil.copytree(files, path.with_name(path.name + ".files"))
    before = _stored_dump(fixture)
    db = open_database(str(path))
    try:
        yield Opened(_revision_of(fixture), path, before, db)
    finally:
        db.dispose()


# --- the set of stored fixtures --------------------------------------------------------------


def test_every_released_revision_has_a_stored_fixture() -> None:
    stored = {_revision_of(p) for p in STORED}
    missing = sorted(known_revisions() - stored)
    assert not missing, (
        f"no stored database for revision(s) {', '.join(missing)}: run"
        " scripts/make_revision_fixtures.py and commit the new tests/db/fixtures/rev_*.sqlite3,"
        " its .files folder and SHA256SUMS (see tests/db/fixtures/README.md)"
    )
    assert not stored - known_revisions(), "a stored fixture for a revision that does not exist"


def test_stored_fixtures_are_as_made() -> None:
    # A fixture is made once and never changes: an edit, a regeneration or the program
    # opening one in place (which would migrate it) shows here.
    sums = {}
    for line in (FIXTURES / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split()
        sums[name] = digest
    assert set(sums) == {p.name for p in STORED}
    for path in STORED:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == sums[path.name], path.name
        assert not path.with_name(path.name + "-wal").exists(), path.name
        conn = _read_only(path)
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            conn.close()
        assert version == [(_revision_of(path),)], path.name


# --- each stored fixture, opened -------------------------------------------------------------


def test_opening_reaches_head_and_writes_a_backup(opened: Opened) -> None:
    assert opened.query("SELECT version_num FROM alembic_version") == [(head_revision(),)]
    backups = sorted(opened.path.parent.glob(f"{opened.path.name}.*.bak"))
    if opened.revision == head_revision():
        assert backups == []  # nothing migrated, nothing copied
        return
    assert len(backups) == 1, backups
    pattern = re.escape(opened.path.name) + r"\.\d{8}-\d{6}\.rev-" + opened.revision + r"\.bak"
    assert re.fullmatch(pattern, backups[0].name), backups[0].name
    # The backup is the database as it was: the stored revision, every row.
    assert _stored_dump(backups[0]) == opened.before
    conn = _read_only(backups[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (opened.revision,)
        ]
    finally:
        conn.close()


def test_every_row_survives_with_its_values(opened: Opened) -> None:
    conn = sqlite3.connect(opened.path)
    try:
        after = _dump(conn)
    finally:
        conn.close()
    for table, (columns, rows) in opened.before.items():
        assert table in after, table
        new_columns, new_rows = after[table]
        assert set(columns) <= set(new_columns), (table, set(columns) - set(new_columns))
        at = [new_columns.index(c) for c in columns]
        kept = Counter(tuple(row[i] for i in at) for row in new_rows)
        lost = Counter(rows) - kept
        assert not lost, (table, list(lost))
        if table not in REFERENCE:
            assert len(new_rows) == len(rows), table  # no row added nor removed
    # The attachment's file is still there, unchanged.
    content = (opened.path.parent / f"{opened.path.name}.files/35/{ATTACHMENT_SHA}").read_bytes()
    assert hashlib.sha256(content).hexdigest() == ATTACHMENT_SHA


def test_the_stored_values(opened: Opened) -> None:
    q = opened.query
    assert q("SELECT case_number, status, opened_on, version FROM cases") == [
        (CASE, "rectification", "2021-03-10", 13)
    ]
    assert q(
        "SELECT number, status, raised_on, original_deadline, current_deadline, submitted_on,"
        " version FROM findings ORDER BY number"
    ) == [
        (1, "open", "2021-03-25", "2021-05-10", "2021-05-31", None, 2),
        (2, "submitted", "2021-04-08", "2021-04-22", "2021-04-22", "2021-04-20", 2),
    ]
    assert q(
        "SELECT f.number, e.old_deadline, e.new_deadline, e.reason, e.approver, e.approved_on"
        " FROM deadline_extensions e JOIN findings f ON f.id = e.finding_id"
    ) == [
        (
            1,
            "2021-05-10",
            "2021-05-31",
            "企业申请延期：实名核验需与运营商接口联调，预计 5 月下旬完成。",
            "刘建国",
            "2021-05-06",
        )
    ]
    assert q("SELECT inspected_on, notes, status, version FROM inspections") == [
        ("2021-04-08", NOTES, "done", 2)
    ]
    assert q("SELECT item_code, result, remark FROM checklist_results ORDER BY item_code") == [
        ("A2", "non_compliant", "实名核验模块已部署但未强制启用"),
        ("A3", "non_compliant", "网络日志仅保存 30 天"),
        ("A5", "compliant", ""),
    ]
    assert q("SELECT original_name, size, sha256, stored_path, owner_type FROM attachments") == [
        ("现场检查笔录.txt", 319, ATTACHMENT_SHA, f"35/{ATTACHMENT_SHA}", "inspection")
    ]
    assert q("SELECT credit_code, name_zh FROM companies ORDER BY credit_code") == [
        ("91310115MA1H7Q8K3U", "上海声浪信息技术有限公司"),
        ("91330106MA2GL3JX0D", "杭州云栖智联网络科技有限公司"),
    ]
    assert q("SELECT reviewer, conclusion FROM reviews") == [("周敏", "inspection")]
    assert q("SELECT trigger_code, due_date, received_on FROM assessment_reports") == [
        ("T3", "2021-03-18", "2021-03-15")
    ]
    # Reference data: a 0001 database had only what the office entered; 0002 adds the rest.
    assert q("SELECT count(*) FROM provinces") == [(34,)]
    assert q("SELECT abbr, name_zh FROM provinces WHERE code = '330000'") == [("ZJ", "浙江省")]
    # Accounts, with the lockout counter where the revision had one (0006).
    failed = 1 if _at_least(opened.revision, "0006") else 0
    assert q("SELECT login, role, failed_count FROM users ORDER BY login") == [
        ("admin", "admin", 0),
        ("zj_inspector", "inspector", failed),
        ("zj_supervisor", "supervisor", 0),
    ]
    # Who changed each record last: stored from 0008, else taken from the audit trail by 0008.
    assert q("SELECT number, updated_by FROM findings ORDER BY number") == [
        (1, "zj_supervisor"),
        (2, "zj_inspector"),
    ]
    assert q("SELECT updated_by, updated_at FROM cases") == [
        ("zj_supervisor", "2021-05-06 02:30:00.000000")
    ]
    events = 22 if _at_least(opened.revision, "0006") else 21
    assert q("SELECT count(*) FROM audit_events") == [(events,)]
    if _at_least(opened.revision, "0004"):
        assert q("SELECT login, announced_step FROM reminder_states") == [("zj_inspector", -30)]


def test_the_audit_chain_and_the_files_check(opened: Opened) -> None:
    chain = verify_chain(opened.db)
    assert chain.ok, chain
    assert chain.events == len(opened.before["audit_events"][1])
    report = maintenance.check(opened.db)  # integrity, foreign keys, chain, attachment hashes
    assert report.ok, report.problems
    assert report.attachments == 1
    if _at_least(opened.revision, "0005"):
        # The stored search index still matches its documents.
        conn = sqlite3.connect(opened.path)
        try:
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
        finally:
            conn.close()


def test_the_program_works_on_it(opened: Opened) -> None:
    db = opened.db
    actor = users.authenticate(db, "zj_supervisor", PASSWORD)
    assert (actor.role, actor.provinces) == ("supervisor", frozenset({"330000"}))
    listed = cases.list_cases(db, actor, as_of=AS_OF)
    assert [row.case_number for row in listed] == [CASE]

    detail = cases.show_case(db, actor, CASE, as_of=AS_OF)
    assert detail.company.credit_code == "91330106MA2GL3JX0D"
    assert detail.summons is not None
    assert [(f.number, f.current_deadline) for f in detail.findings] == [
        (1, date(2021, 5, 31)),
        (2, date(2021, 4, 22)),
    ]
    assert [(e.old_deadline, e.new_deadline) for e in detail.findings[0].extensions] == [
        (date(2021, 5, 10), date(2021, 5, 31))
    ]
    assert [i.notes for i in detail.inspections] == [NOTES]
    assert [a.sha256 for a in detail.attachments] == [ATTACHMENT_SHA]
    assert [r.reviews[0].reviewer for r in detail.reports] == ["周敏"]
    assert [s.to_status for s in detail.status_changes] == [
        "opened",
        "under_review",
        "inspection",
        "rectification",
    ]
    hits = {(h.kind, h.case_number) for h in search.search(db, actor, "日志留存")}
    assert hits == {("finding", CASE), ("inspection", CASE)}
    assert {h.kind for h in search.search(db, actor, "存")} >= {"finding", "inspection"}
    # The index the upgrade left is the one a rebuild writes, document for document.
    index = "SELECT kind, ref_id, province_code, digest, terms FROM search_documents"
    upgraded = sorted(opened.query(index))
    assert len(upgraded) == 6  # two companies, the case, two findings, the inspection
    search.reindex_all(db)
    assert sorted(opened.query(index)) == upgraded
    assert get_setting(db, "attachment_max_mb") == 50

    # And it is written to as at head: the change joins the audit chain.
    findings.verify_finding(
        db,
        actor,
        CASE,
        2,
        verified_on=date(2021, 5, 7),
        expected_version=detail.findings[1].version,
    )
    assert cases.show_case(db, actor, CASE, as_of=AS_OF).findings[1].status == "verified"
    assert verify_chain(db).ok
