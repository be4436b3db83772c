"""Stored fixture databases, one per released schema revision: made ONCE, never regenerated.

    .venv/bin/python scripts/make_revision_fixtures.py            # make the missing ones
    .venv/bin/python scripts/make_revision_fixtures.py 0010       # make this one
    .venv/bin/python scripts/make_revision_fixtures.py 0007 --force   # overwrite (don't)

For each revision in db/migrations/versions this writes
``tests/db/fixtures/rev_<NNNN>.sqlite3``: an empty SQLite file migrated to exactly
that revision, then filled, with plain SQL against that revision's own tables, with
what an office's program of that release would have written: a province set (0001
had no reference data yet), agencies, two companies with valid credit codes, a
summons, a case with an assessment report and its review, an on-site inspection with
its checklist and notes, two findings (one extended, one with its rectification
submitted), an attachment (its file in ``rev_<NNNN>.sqlite3.files/`` beside the
database, where SQLite keeps attachment files at every revision), user accounts, office
settings and the audit trail of all of it, each event hashed and chained as
``app.services.support.audit`` does. Later revisions' tables are filled where that release
had them (reminder states from 0004, the search index from 0005, lockout columns
from 0006, record versions from 0008).

tests/db/test_stored_revisions.py opens every stored fixture the way the program does
and checks that it reaches head with every value intact.

THE RULE: a fixture is made once, when its revision is released, and is never
regenerated afterwards. It is a record of what that release really wrote; made
again later it would be written by later code (this script, the migrations up to
that revision as they are then) and would stop testing anything. So this script
refuses to overwrite an existing fixture unless ``--force`` is given, and the test
suite checks every fixture against ``SHA256SUMS`` beside them.

Releasing a revision: describe what it adds below (``COLUMNS_ADDED``, ``TABLES_ADDED``,
``EMPTY`` and the rows ``build`` writes), run this script (it makes only the missing
fixture), and commit the new ``rev_<NNNN>.sqlite3``, its ``.files`` folder and the new
``SHA256SUMS`` line.
The script checks that the rows it writes name exactly the columns and tables the
revision has, so a revision it does not know yet cannot slip by half described.

The fixtures of 0001 to 0009 were all made on the day this scheme began, from the
migrations as they were then (the releases before it had kept no database of their
own); every later one is made on its release day.

SQLite only: PostgreSQL upgrades are tested by tests/db/test_migrations_pg.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURES = ROOT / "tests" / "db" / "fixtures"
SUMS = FIXTURES / "SHA256SUMS"
PASSWORD = "Fixture-Passw0rd"  # every account's password in the fixtures
_NS = uuid.UUID("5f0c7a52-3d1e-4c41-9a53-0c5a1e2d7b10")

# Columns that revisions after 0001 added to tables that 0001 made. The rows below
# carry every column of head; at an older revision the columns added later are left out.
_VERSIONED = ("version", "updated_at", "updated_by")
COLUMNS_ADDED: dict[str, dict[str, tuple[str, ...]]] = {
    "0006": {"users": ("failed_count", "locked_until")},
    "0008": {
        "users": _VERSIONED,
        "services": _VERSIONED,
        "summons": _VERSIONED,
        "summons_attendances": _VERSIONED,
        "reviews": _VERSIONED,
        "checklist_results": _VERSIONED,
        "companies": ("updated_at", "updated_by"),
        "assessment_reports": ("updated_at", "updated_by"),
        "inspections": ("updated_at", "updated_by"),
        "findings": ("updated_at", "updated_by"),
        "cases": ("updated_by",),
    },
}
# Tables revisions after 0001 added (search_fts and its shadow tables come with 0005).
TABLES_ADDED: dict[str, tuple[str, ...]] = {
    "0004": ("reminder_states",),
    "0005": ("search_documents",),
    "0007": ("attachment_blobs",),
    "0009": ("exchange_records", "exchange_conflicts", "exchange_imports"),
}
# Tables left empty on purpose, and why.
EMPTY: dict[str, str] = {
    "calendar_days": "2021 is covered by the chinesecalendar package: no day entered",
    # No use case writes these two: only an exchange import (0009) does.
    "services": "no use case registers services (only an exchange import writes them)",
    "case_officials": "no use case assigns officials (only an exchange import writes them)",
    "attachment_blobs": "a SQLite database keeps its files in the .files folder (0007)",
    "exchange_records": "this office has not exchanged cases yet",
    "exchange_conflicts": "this office has not exchanged cases yet",
    "exchange_imports": "this office has not exchanged cases yet",
}
FTS_TABLES = frozenset(
    {"search_fts", "search_fts_data", "search_fts_idx", "search_fts_docsize", "search_fts_config"}
)  # (search_fts_docsize and search_fts's external content only until 0009)
# Never in an event's values (audit.SECRET_COLUMNS; users keep their lockout state out too).
NOT_AUDITED = {"users": {"password_hash", "failed_count", "locked_until"}}


def _num(revision: str) -> int:
    return int(revision)


def uid(name: str) -> uuid.UUID:
    return uuid.uuid5(_NS, name)


def utc(text: str) -> datetime:
    """A moment as stored: naive, meaning UTC (app.db.types.UTCDateTime)."""
    return datetime.fromisoformat(text)


# --- storage forms ---------------------------------------------------------------------------


def stored(value: Any) -> Any:
    """A Python value in the form SQLAlchemy stores it on SQLite."""
    if isinstance(value, uuid.UUID):
        return value.hex  # Uuid: 32 hex digits
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value)  # SQLAlchemy's JSON type on SQLite: plain json.dumps
    return value


def as_json(value: Any) -> Any:
    """A Python value as audit.snapshot puts it into an event (audit.to_json_value)."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


# --- the office ------------------------------------------------------------------------------


class Office:
    """The rows of one office's database at ``revision``, built as its program wrote them:
    records change one use case at a time, each change is an audit event."""

    def __init__(self, revision: str, columns: dict[str, list[str]]) -> None:
        self.revision = revision
        self.columns = columns  # table -> its columns at this revision, in order
        self.rows: dict[str, list[dict[str, Any]]] = {}
        self.events: list[dict[str, Any]] = []
        self.files: dict[str, bytes] = {}  # stored_path -> content
        self.search_tokens: list[tuple[int, str]] = []  # (docid, tokens) of search_fts (0010)

    def has(self, table: str) -> bool:
        return table in self.columns

    def at_least(self, revision: str) -> bool:
        return _num(self.revision) >= _num(revision)

    # -- writing rows --

    def add(self, table: str, **row: Any) -> dict[str, Any]:
        self.rows.setdefault(table, []).append(row)
        return row

    def snapshot(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        hidden = {"password_hash"} | NOT_AUDITED.get(table, set())
        return {c: as_json(row[c]) for c in self.columns[table] if c not in hidden and c in row}

    def event(
        self,
        at: datetime,
        actor: str,
        action: str,
        entity_type: str,
        entity_id: uuid.UUID | str,
        *,
        case_id: uuid.UUID | None = None,
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        self.events.append(
            {
                "at": at,
                "actor": actor,
                "action": action,
                "entity_type": entity_type,
                "entity_id": str(entity_id),
                "case_id": case_id,
                "before": json.loads(json.dumps(before)) if before else None,
                "after": json.loads(json.dumps(after)) if after else None,
            }
        )

    def stamp(self, row: dict[str, Any], at: datetime, actor: str) -> None:
        """versioning.stamp: who changed the record last and when (the columns of 0008)."""
        row["updated_at"] = at
        row["updated_by"] = actor

    def change(
        self,
        table: str,
        row: dict[str, Any],
        at: datetime,
        actor: str,
        action: str,
        entity_type: str,
        *,
        case_id: uuid.UUID | None = None,
        extra_before: dict[str, Any] | None = None,
        extra_after: dict[str, Any] | None = None,
        **values: Any,
    ) -> None:
        """Change a record: its version moves on, the event holds only what changed."""
        before = self.snapshot(table, row) | (extra_before or {})
        row.update(values)
        row["version"] += 1
        self.stamp(row, at, actor)
        after = self.snapshot(table, row) | (extra_after or {})
        keys = [k for k in after if before.get(k) != after.get(k)]
        self.event(
            at,
            actor,
            action,
            entity_type,
            row["id"],
            case_id=case_id,
            before={k: before.get(k) for k in keys},
            after={k: after[k] for k in keys},
        )

    def touch(self, case: dict[str, Any], at: datetime, actor: str) -> None:
        """cases.touch: activity on the case moves its version and last-activity time."""
        case["version"] += 1
        self.stamp(case, at, actor)

    def case_status(
        self, case: dict[str, Any], target: str, on: date, at: datetime, actor: str, note: str = ""
    ) -> None:
        self.add(
            "case_status_changes",
            id=uid(f"status-{target}-{on}"),
            case_id=case["id"],
            from_status=case["status"],
            to_status=target,
            changed_on=on,
            changed_at=at,
            changed_by=actor,
            note=note,
        )
        self.change(
            "cases", case, at, actor, "case.status", "case", case_id=case["id"], status=target
        )


def build(office: Office) -> None:
    """Everything the office did, in order, from setting up accounts to a deadline extension."""
    o = office
    zj, sh = "330000", "310000"

    if not o.at_least("0002"):
        # 0001 had no reference data: the office entered what it used (0002 adds the rest).
        for code, abbr, zh, en in (
            ("330000", "ZJ", "浙江省", "Zhejiang Province"),
            ("310000", "SH", "上海市", "Shanghai Municipality"),
            ("440000", "GD", "广东省", "Guangdong Province"),
        ):
            o.add("provinces", code=code, abbr=abbr, name_zh=zh, name_en=en)
        items = _reference_rows("assessment_items.csv", {"A2", "A3", "A5"})
        for item in items:
            o.add("assessment_items", **item)
        o.add(
            "report_triggers",
            code="T3",
            name_zh="用户规模显著增加",
            name_en="The number of users grows significantly",
            due_kind="within",
            period=30,
            period_unit="working",
            basis="2018 Provisions Art. 3(3)",
        )

    # Accounts: the IT administrator, then the Zhejiang supervisor and inspector.
    accounts = (
        ("admin", "系统管理员", "admin", True, (), "2021-03-01 01:00:00", "it-zhang"),
        ("zj_supervisor", "刘建国", "supervisor", False, (zj,), "2021-03-01 01:05:00", "admin"),
        ("zj_inspector", "王磊", "inspector", False, (zj,), "2021-03-01 01:06:00", "admin"),
    )
    from argon2 import PasswordHasher

    hasher = PasswordHasher()
    users: dict[str, dict[str, Any]] = {}
    for login, name, role, every, provinces, created, by in accounts:
        at = utc(created)
        user = o.add(
            "users",
            id=uid(f"user-{login}"),
            login=login,
            display_name=name,
            role=role,
            all_provinces=every,
            password_hash=hasher.hash(PASSWORD),
            disabled=False,
            created_at=at,
            failed_count=0,
            locked_until=None,
            version=1,
            updated_at=at,
            updated_by=by,
        )
        for code in provinces:
            o.add("user_provinces", user_id=user["id"], province_code=code)
        o.event(
            at,
            by,
            "user.add",
            "user",
            user["id"],
            after=o.snapshot("users", user) | {"provinces": sorted(provinces)},
        )
        users[login] = user
    # One wrong password typed by the inspector (the lockout counter came with 0006).
    users["zj_inspector"]["failed_count"] = 1

    o.add("settings", key="attachment_max_mb", value="50")
    o.event(
        utc("2021-03-01 01:10:00"),
        "admin",
        "setting.set",
        "setting",
        "attachment_max_mb",
        after={"value": "50"},
    )
    if o.at_least("0006"):
        o.add("settings", key="lockout_minutes", value="30")
        o.event(
            utc("2021-03-01 01:11:00"),
            "admin",
            "setting.set",
            "setting",
            "lockout_minutes",
            after={"value": "30"},
        )

    # Companies.
    yunqi = o.add(
        "companies",
        id=uid("company-yunqi"),
        credit_code="91330106MA2GL3JX0D",
        name_zh="杭州云栖智联网络科技有限公司",
        name_en="Hangzhou Yunqi Zhilian Network Technology Co., Ltd.",
        short_name="云栖智联",
        province_code=zj,
        address="浙江省杭州市西湖区文三路 398 号东方通信大厦 12 层",
        legal_representative="陈立伟",
        contact_name="王晓敏",
        contact_phone="0571-87023361",
        contact_email="compliance@yunqi-zl.example.cn",
        is_demo=False,
        created_at=utc("2021-03-02 02:10:00"),
        version=1,
        updated_at=utc("2021-03-02 02:10:00"),
        updated_by="zj_inspector",
    )
    o.event(
        yunqi["created_at"],
        "zj_inspector",
        "company.create",
        "company",
        yunqi["id"],
        after=o.snapshot("companies", yunqi),
    )
    shenglang = o.add(
        "companies",
        id=uid("company-shenglang"),
        credit_code="91310115MA1H7Q8K3U",
        name_zh="上海声浪信息技术有限公司",
        name_en="Shanghai Shenglang Information Technology Co., Ltd.",
        short_name="声浪",
        province_code=sh,
        address="上海市浦东新区张江路 665 号 3 幢 501 室",
        legal_representative="赵敏",
        contact_name="孙婷",
        contact_phone="021-50276618",
        contact_email="legal@shenglang.example.cn",
        is_demo=False,
        created_at=utc("2021-03-04 06:45:00"),
        version=1,
        updated_at=utc("2021-03-04 06:45:00"),
        updated_by="admin",
    )
    o.event(
        shenglang["created_at"],
        "admin",
        "company.create",
        "company",
        shenglang["id"],
        after=o.snapshot("companies", shenglang),
    )
    agencies = {
        key: o.add("agencies", id=uid(f"agency-{key}"), name=name, kind=kind, province_code=zj)
        for key, name, kind in (
            ("zj-cac", "浙江省互联网信息办公室", "cyberspace"),
            ("hz-cac", "杭州市互联网信息办公室", "cyberspace"),
            ("hz-psb", "杭州市公安局网络安全保卫支队", "public_security"),
        )
    }

    # The summons, at which the company's case is opened.
    at = utc("2021-03-10 06:00:00")
    summons = o.add(
        "summons",
        id=uid("summons-2021-03-10"),
        held_on=date(2021, 3, 10),
        place="浙江省互联网信息办公室 3 楼会议室",
        topic="语音社交类服务安全评估工作约谈",
        requirements="30 日内报送安全评估报告；落实实名核验与日志留存要求。",
        created_at=at,
        version=1,
        updated_at=at,
        updated_by="zj_supervisor",
    )
    for key in ("zj-cac", "hz-cac"):
        o.add("summons_agencies", summons_id=summons["id"], agency_id=agencies[key]["id"])
    o.event(
        at,
        "zj_supervisor",
        "summons.add",
        "summons",
        summons["id"],
        after=o.snapshot("summons", summons)
        | {"agencies": [agencies[k]["name"] for k in ("zj-cac", "hz-cac")]},
    )
    attendance = o.add(
        "summons_attendances",
        id=uid("attendance-yunqi"),
        summons_id=summons["id"],
        company_id=yunqi["id"],
        attended=True,
        attendees="陈立伟（法定代表人）、王晓敏（合规负责人）",
        commitments="3 月 31 日前完成安全评估并报送报告。",
        version=1,
        updated_at=at,
        updated_by="zj_supervisor",
    )
    o.event(
        at,
        "zj_supervisor",
        "summons.attendance",
        "summons_attendance",
        attendance["id"],
        after=o.snapshot("summons_attendances", attendance),
    )
    at = utc("2021-03-10 06:00:01")
    o.add("case_counters", province_code=zj, year=2021, last_seq=1)
    case = o.add(
        "cases",
        id=uid("case-zj-2021-0001"),
        case_number="ZJ-2021-0001",
        province_code=zj,
        year=2021,
        seq=1,
        company_id=yunqi["id"],
        summons_id=summons["id"],
        status="opened",
        opened_on=date(2021, 3, 10),
        closed_on=None,
        outcome=None,
        closing_note=None,
        created_at=at,
        updated_at=at,
        version=1,
        updated_by="zj_supervisor",
    )
    o.add(
        "case_status_changes",
        id=uid("status-opened"),
        case_id=case["id"],
        from_status=None,
        to_status="opened",
        changed_on=date(2021, 3, 10),
        changed_at=at,
        changed_by="zj_supervisor",
        note="",
    )
    o.event(
        at,
        "zj_supervisor",
        "case.open",
        "case",
        case["id"],
        case_id=case["id"],
        after=o.snapshot("cases", case),
    )

    # The assessment report arrives; the case goes to review.
    at = utc("2021-03-15 03:20:00")
    report = o.add(
        "assessment_reports",
        id=uid("report-yunqi-t3"),
        case_id=case["id"],
        service_id=None,
        trigger_code="T3",
        event_date=date(2021, 2, 1),
        planned_launch=None,
        due_date=date(2021, 3, 18),  # 30 working days after 2021-02-01
        due_provisional=False,
        received_on=date(2021, 3, 15),
        receiving_agency_id=agencies["zj-cac"]["id"],
        report_version=1,
        summary="《云栖语聊安全评估报告》：用户规模由 80 万增至 320 万，已就实名核验、日志留存等八项内容开展自评估。",
        created_at=at,
        version=1,
        updated_at=at,
        updated_by="zj_inspector",
    )
    o.touch(case, at, "zj_inspector")
    o.event(
        at,
        "zj_inspector",
        "report.add",
        "report",
        report["id"],
        case_id=case["id"],
        after=o.snapshot("assessment_reports", report),
    )
    o.case_status(case, "under_review", date(2021, 3, 15), at, "zj_inspector")

    # The review asks for an on-site inspection and raises finding 1.
    at = utc("2021-03-25 07:00:00")
    review = o.add(
        "reviews",
        id=uid("review-1"),
        report_id=report["id"],
        agency_id=agencies["zj-cac"]["id"],
        reviewer="周敏",
        reviewed_on=date(2021, 3, 25),
        conclusion="inspection",
        notes="报告对日志留存期限的说明不充分，实名核验流程需现场核实。",
        created_at=at,
        version=1,
        updated_at=at,
        updated_by="zj_inspector",
    )
    o.touch(case, at, "zj_inspector")
    o.event(
        at,
        "zj_inspector",
        "review.add",
        "review",
        review["id"],
        case_id=case["id"],
        after=o.snapshot("reviews", review),
    )
    o.case_status(case, "inspection", date(2021, 3, 25), at, "zj_inspector")

    at = utc("2021-03-25 07:10:00")
    finding1 = o.add(
        "findings",
        id=uid("finding-1"),
        case_id=case["id"],
        number=1,
        source="review",
        review_id=review["id"],
        inspection_id=None,
        item_code="A2",
        severity="high",
        description="未落实用户真实身份信息核验：新注册账号可跳过手机号验证直接发布语音内容。",
        legal_basis="《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》第五条第（二）项",
        required_rectification="上线手机号实名核验，对存量未核验账号限制发布功能，并报送整改报告。",
        raised_on=date(2021, 3, 25),
        original_deadline=date(2021, 5, 10),  # 30 working days
        current_deadline=date(2021, 5, 10),
        deadline_provisional=False,
        status="open",
        rectification_evidence="",
        submitted_on=None,
        verified_by=None,
        verified_on=None,
        waive_reason=None,
        waived_by=None,
        waived_on=None,
        created_at=at,
        version=1,
        updated_at=at,
        updated_by="zj_inspector",
    )
    o.touch(case, at, "zj_inspector")
    o.event(
        at,
        "zj_inspector",
        "finding.add",
        "finding",
        finding1["id"],
        case_id=case["id"],
        after=o.snapshot("findings", finding1),
    )

    # The inspection: scheduled, then recorded with its checklist.
    at = utc("2021-03-29 02:00:00")
    inspection = o.add(
        "inspections",
        id=uid("inspection-2021-04-08"),
        case_id=case["id"],
        inspected_on=date(2021, 4, 8),
        address="浙江省杭州市西湖区文三路 398 号东方通信大厦 12 层",
        inspectors="王磊、赵静",
        company_staff="陈立伟（法定代表人）、王晓敏（合规负责人）",
        scope="实名核验、日志留存、违法有害信息处置",
        notes="",
        conclusion="",
        status="scheduled",
        created_at=at,
        version=1,
        updated_at=at,
        updated_by="zj_inspector",
    )
    for key in ("zj-cac", "hz-psb"):
        o.add("inspection_agencies", inspection_id=inspection["id"], agency_id=agencies[key]["id"])
    o.touch(case, at, "zj_inspector")
    o.event(
        at,
        "zj_inspector",
        "inspection.schedule",
        "inspection",
        inspection["id"],
        case_id=case["id"],
        after=o.snapshot("inspections", inspection),
    )

    at = utc("2021-04-08 09:30:00")
    checklist = {
        "A2": ("non_compliant", "实名核验模块已部署但未强制启用"),
        "A3": ("non_compliant", "网络日志仅保存 30 天"),
        "A5": ("compliant", ""),
    }
    for code, (result, remark) in checklist.items():
        o.add(
            "checklist_results",
            id=uid(f"checklist-{code}"),
            inspection_id=inspection["id"],
            item_code=code,
            result=result,
            remark=remark,
            version=1,
            updated_at=at,
            updated_by="zj_inspector",
        )
    o.touch(case, at, "zj_inspector")
    o.change(
        "inspections",
        inspection,
        at,
        "zj_inspector",
        "inspection.record",
        "inspection",
        case_id=case["id"],
        extra_before={"checklist": {}},
        extra_after={"checklist": {k: list(v) for k, v in checklist.items()}},
        notes=(
            "现场查看日志留存系统：网络日志仅保存 30 天，不满足留存不少于六个月的要求；"
            "实名核验模块已部署但未强制启用。"
        ),
        conclusion="存在日志留存不足及实名核验未落实问题，责令限期整改。",
        status="done",
    )

    at = utc("2021-04-08 09:40:00")
    finding2 = o.add(
        "findings",
        id=uid("finding-2"),
        case_id=case["id"],
        number=2,
        source="inspection",
        review_id=None,
        inspection_id=inspection["id"],
        item_code="A3",
        severity="medium",
        description="网络日志留存不足六个月：日志服务器仅保留最近 30 天记录。",
        legal_basis="《中华人民共和国网络安全法》第二十一条第（三）项",
        required_rectification="日志留存期限调整为不少于六个月，并提供存储扩容及配置截图。",
        raised_on=date(2021, 4, 8),
        original_deadline=date(2021, 4, 22),  # 10 working days
        current_deadline=date(2021, 4, 22),
        deadline_provisional=False,
        status="open",
        rectification_evidence="",
        submitted_on=None,
        verified_by=None,
        verified_on=None,
        waive_reason=None,
        waived_by=None,
        waived_on=None,
        created_at=at,
        version=1,
        updated_at=at,
        updated_by="zj_inspector",
    )
    o.touch(case, at, "zj_inspector")
    o.event(
        at,
        "zj_inspector",
        "finding.add",
        "finding",
        finding2["id"],
        case_id=case["id"],
        after=o.snapshot("findings", finding2),
    )
    at = utc("2021-04-08 09:50:00")
    o.case_status(
        case, "rectification", date(2021, 4, 8), at, "zj_supervisor", "现场检查发现问题，进入整改"
    )

    at = utc("2021-04-08 10:00:00")
    content = ATTACHMENT_TEXT.encode("utf-8")
    sha = hashlib.sha256(content).hexdigest()
    path = f"{sha[:2]}/{sha}"
    o.files[path] = content
    attachment = o.add(
        "attachments",
        id=uid("attachment-1"),
        case_id=case["id"],
        owner_type="inspection",
        owner_id=inspection["id"],
        original_name="现场检查笔录.txt",
        media_type="text/plain",
        size=len(content),
        sha256=sha,
        stored_path=path,
        added_by="zj_inspector",
        added_at=at,
    )
    o.touch(case, at, "zj_inspector")
    o.event(
        at,
        "zj_inspector",
        "attachment.add",
        "attachment",
        attachment["id"],
        case_id=case["id"],
        after=o.snapshot("attachments", attachment),
    )

    if o.has("reminder_states"):
        o.add(
            "reminder_states",
            login="zj_inspector",
            finding_id=finding1["id"],
            announced_step=-30,
            dismissed_step=None,
            updated_at=utc("2021-04-10 01:00:00"),
        )

    at = utc("2021-04-20 08:15:00")
    o.touch(case, at, "zj_inspector")
    o.change(
        "findings",
        finding2,
        at,
        "zj_inspector",
        "finding.submit",
        "finding",
        case_id=case["id"],
        status="submitted",
        rectification_evidence="已将日志留存期限调整为 180 天，附存储扩容合同及配置截图。",
        submitted_on=date(2021, 4, 20),
    )

    at = utc("2021-05-06 02:30:00")
    o.add(
        "deadline_extensions",
        id=uid("extension-1"),
        finding_id=finding1["id"],
        old_deadline=date(2021, 5, 10),
        new_deadline=date(2021, 5, 31),
        reason="企业申请延期：实名核验需与运营商接口联调，预计 5 月下旬完成。",
        approver="刘建国",
        approved_on=date(2021, 5, 6),
        created_at=at,
    )
    o.touch(case, at, "zj_supervisor")
    o.change(
        "findings",
        finding1,
        at,
        "zj_supervisor",
        "finding.extend",
        "finding",
        case_id=case["id"],
        current_deadline=date(2021, 5, 31),
    )

    if o.has("search_documents"):
        _search_documents(o)


ATTACHMENT_TEXT = (
    "现场检查笔录\n"
    "案件编号：ZJ-2021-0001\n"
    "检查日期：2021 年 4 月 8 日\n"
    "检查地点：浙江省杭州市西湖区文三路 398 号东方通信大厦 12 层\n"
    "检查人员：王磊、赵静\n"
    "企业人员：陈立伟、王晓敏\n"
    "检查情况：网络日志仅保存 30 天；实名核验模块未强制启用。\n"
)


def _reference_rows(name: str, codes: set[str]) -> list[dict[str, str]]:
    import csv

    with (ROOT / "resources" / "reference" / name).open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if row["code"] in codes]


def _search_documents(o: Office) -> None:
    """The search index as the program of 0005 and later kept it (app.services.overview.search):
    until 0009 each document's title, excerpt and terms; from 0010 only where it is, its
    digest and (in search_fts) its tokens."""
    from app.domain.tokenize import fts_terms, index_terms
    from app.services.overview.search import digest

    def terms(*parts: object) -> str:
        return "\n".join(str(p) for p in parts if p)  # the text, tokenised below

    def short(value: str | None, length: int = 100) -> str:
        flat = " ".join((value or "").split())
        return flat if len(flat) <= length else flat[: length - 1] + "…"

    companies = {c["id"]: c for c in o.rows["companies"]}
    case = o.rows["cases"][0]
    company = companies[case["company_id"]]
    docs: list[dict[str, Any]] = []
    for c in o.rows["companies"]:
        docs.append(
            {
                "kind": "company",
                "ref": c["id"],
                "case_number": None,
                "province_code": c["province_code"],
                "title": c["name_zh"],
                "snippet": short(" · ".join(p for p in (c["credit_code"], c["name_en"]) if p)),
                "terms": terms(
                    c["name_zh"],
                    c["name_en"],
                    c["short_name"],
                    c["credit_code"],
                    c["address"],
                    c["legal_representative"],
                    c["contact_name"],
                ),
                "created": c["created_at"],
            }
        )
    docs.append(
        {
            "kind": "case",
            "ref": case["id"],
            "case_number": case["case_number"],
            "province_code": case["province_code"],
            "title": f"{case['case_number']} {company['name_zh']}",
            "snippet": short(" · ".join(p for p in (company["name_en"], case["outcome"]) if p)),
            "terms": terms(
                case["case_number"],
                company["name_zh"],
                company["name_en"],
                company["short_name"],
                company["credit_code"],
                case["outcome"],
                case["closing_note"],
            ),
            "created": case["created_at"],
        }
    )
    for f in o.rows["findings"]:
        docs.append(
            {
                "kind": "finding",
                "ref": f["id"],
                "case_number": case["case_number"],
                "province_code": case["province_code"],
                "title": f"{case['case_number']} #{f['number']}",
                "snippet": short(f["description"]),
                "terms": terms(
                    case["case_number"],
                    f["item_code"],
                    f["description"],
                    f["legal_basis"],
                    f["required_rectification"],
                    f["rectification_evidence"],
                    f["waive_reason"],
                ),
                "created": f["created_at"],
            }
        )
    for i in o.rows["inspections"]:
        remarks = sorted(
            (r["item_code"], r["remark"])
            for r in o.rows["checklist_results"]
            if r["inspection_id"] == i["id"] and r["remark"]
        )
        docs.append(
            {
                "kind": "inspection",
                "ref": i["id"],
                "case_number": case["case_number"],
                "province_code": case["province_code"],
                "title": f"{case['case_number']} {i['inspected_on'].isoformat()}",
                "snippet": short(i["notes"] or i["address"]),
                "terms": terms(
                    case["case_number"],
                    i["address"],
                    i["inspectors"],
                    i["company_staff"],
                    i["scope"],
                    i["notes"],
                    i["conclusion"],
                    *(remark for _, remark in remarks),
                ),
                "created": i["created_at"],
            }
        )
    # Rowids in the order the records were first indexed (when each was created).
    docs.sort(key=lambda d: d["created"])
    for rowid, d in enumerate(docs, start=1):
        if o.at_least("0010"):
            tokens = fts_terms(d["terms"])
            o.add(
                "search_documents",
                docid=rowid,
                kind=d["kind"],
                ref_id=str(d["ref"]),
                province_code=d["province_code"],
                digest=digest(d["province_code"], tokens),
                terms=None,
            )
            o.search_tokens.append((rowid, f"{tokens} #{d['province_code']}"))
            continue
        o.add(
            "search_documents",
            id=uid(f"search-{d['kind']}-{d['ref']}"),
            kind=d["kind"],
            ref_id=str(d["ref"]),
            case_number=d["case_number"],
            province_code=d["province_code"],
            title=d["title"],
            snippet=d["snippet"],
            terms=index_terms(d["terms"]),
            fts_rowid=rowid,
        )


# --- writing the file ------------------------------------------------------------------------


def _added_after(revision: str) -> dict[str, set[str]]:
    later: dict[str, set[str]] = {}
    for rev, tables in COLUMNS_ADDED.items():
        if _num(rev) > _num(revision):
            for table, columns in tables.items():
                later.setdefault(table, set()).update(columns)
    return later


def _expected_tables(revision: str, present: set[str]) -> None:
    added_later = {t for rev, ts in TABLES_ADDED.items() if _num(rev) > _num(revision) for t in ts}
    known_added = {t for ts in TABLES_ADDED.values() for t in ts}
    unknown = {t for t in present if t not in known_added} - BASE_TABLES
    if unknown:
        raise SystemExit(
            f"{revision}: tables {sorted(unknown)} are not described in this script"
            " (TABLES_ADDED and build): describe the revision before making its fixture"
        )
    missing = (BASE_TABLES | known_added) - added_later - present
    if missing:
        raise SystemExit(f"{revision}: tables {sorted(missing)} expected but not in the schema")


BASE_TABLES = frozenset(
    {
        "agencies",
        "assessment_items",
        "assessment_reports",
        "attachments",
        "audit_events",
        "audit_head",
        "calendar_days",
        "case_counters",
        "case_officials",
        "case_status_changes",
        "cases",
        "checklist_results",
        "companies",
        "deadline_extensions",
        "findings",
        "inspection_agencies",
        "inspections",
        "provinces",
        "report_triggers",
        "reviews",
        "services",
        "settings",
        "summons",
        "summons_agencies",
        "summons_attendances",
        "user_provinces",
        "users",
    }
)


def _schema(conn: sqlite3.Connection) -> dict[str, list[str]]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    return {
        name: [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        for name in names
        if name != "alembic_version" and name not in FTS_TABLES
    }


def _insert(conn: sqlite3.Connection, office: Office) -> None:
    later = _added_after(office.revision)
    for table, rows in office.rows.items():
        columns = office.columns.get(table)
        if columns is None:
            raise SystemExit(f"{office.revision}: no table {table}")
        for row in rows:
            written = [c for c in row if c not in later.get(table, set())]
            if set(written) != set(columns):
                raise SystemExit(
                    f"{office.revision}: {table} has columns {columns}, the script writes"
                    f" {written}: describe the revision (COLUMNS_ADDED and build)"
                )
            conn.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES"
                f" ({', '.join('?' for _ in columns)})",
                [stored(row[c]) for c in columns],
            )


def _check_filled(conn: sqlite3.Connection, office: Office) -> None:
    """Every table holds rows (the office's or a migration's), unless EMPTY says why not."""
    for table in office.columns:
        (count,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
        if table in EMPTY:
            assert count == 0, (table, count)
        elif not count:
            raise SystemExit(f"{office.revision}: nothing in {table} (nor listed in EMPTY)")


def _audit(conn: sqlite3.Connection, office: Office) -> None:
    from app.services.support.audit import GENESIS, event_hash

    prev = GENESIS
    for seq, e in enumerate(sorted(office.events, key=lambda e: e["at"]), start=1):
        event_id = uid(f"event-{seq}")
        digest = event_hash(
            seq=seq,
            event_id=str(event_id),
            at=e["at"].replace(tzinfo=UTC),
            actor=e["actor"],
            action=e["action"],
            entity_type=e["entity_type"],
            entity_id=e["entity_id"],
            case_id=str(e["case_id"]) if e["case_id"] else None,
            before=e["before"],
            after=e["after"],
            prev_hash=prev,
        )
        values = {
            "seq": seq,
            "id": event_id,
            "at": e["at"],
            "actor": e["actor"],
            "action": e["action"],
            "entity_type": e["entity_type"],
            "entity_id": e["entity_id"],
            "case_id": e["case_id"],
            "before": e["before"],
            "after": e["after"],
            "prev_hash": prev,
            "hash": digest,
        }
        conn.execute(
            f"INSERT INTO audit_events ({', '.join(values)}) VALUES"
            f" ({', '.join('?' for _ in values)})",
            [None if v is None else stored(v) for v in values.values()],
        )
        prev = digest
    conn.execute(
        "INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)", (len(office.events), prev)
    )


def make(revision: str, target: Path) -> Path:
    """Write the fixture of ``revision`` to ``target`` (and its ``.files`` folder)."""
    from app.db.engine import Database, resolve_url
    from app.db.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="inspectdesk-fixture-") as tmp:
        path = Path(tmp) / target.name
        db = Database(resolve_url(str(path)))
        try:
            upgrade(db, revision)
        finally:
            db.dispose()
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            (found,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            assert found == revision, (found, revision)
            columns = _schema(conn)
            _expected_tables(revision, set(columns))
            office = Office(revision, columns)
            build(office)
            conn.execute("BEGIN")
            # Rows go in table by table; their references are checked at COMMIT.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            _insert(conn, office)
            _audit(conn, office)
            if office.search_tokens:  # contentless (0010): the tokens go in themselves
                conn.executemany(
                    "INSERT INTO search_fts(rowid, terms) VALUES (?, ?)", office.search_tokens
                )
            elif "search_documents" in columns:
                conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            _check_filled(conn, office)
            conn.execute("COMMIT")
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            assert not problems, problems
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            conn.execute("VACUUM")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            assert not path.with_name(path.name + suffix).exists(), suffix
        files = path.with_name(path.name + ".files")
        for rel, content in office.files.items():
            (files / rel).parent.mkdir(parents=True, exist_ok=True)
            (files / rel).write_bytes(content)
        target_files = target.with_name(target.name + ".files")
        if target_files.exists():
            shutil.rmtree(target_files)
        if files.exists():
            shutil.copytree(files, target_files)
        shutil.copyfile(path, target)
    _record_sum(target)
    return target


def _record_sum(path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    lines = [
        line
        for line in (SUMS.read_text(encoding="utf-8").splitlines() if SUMS.exists() else [])
        if line.strip() and not line.endswith(f"  {path.name}")
    ]
    lines.append(f"{digest}  {path.name}")
    SUMS.write_text("\n".join(sorted(lines, key=lambda s: s.split()[-1])) + "\n", encoding="utf-8")


def revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from app.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return sorted((r.revision for r in script.walk_revisions()), key=_num)


def fixture_path(revision: str) -> Path:
    return FIXTURES / f"rev_{revision}.sqlite3"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "revision", nargs="*", help="revisions to make (default: every missing one)"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="overwrite existing fixtures (never do this for a released revision)",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    known = revisions()
    wanted = args.revision or known
    unknown = [r for r in wanted if r not in known]
    if unknown:
        parser.error(f"unknown revisions {unknown}; known: {', '.join(known)}")
    FIXTURES.mkdir(parents=True, exist_ok=True)
    refused = []
    for revision in wanted:
        target = fixture_path(revision)
        if target.exists() and not args.force:
            print(f"kept    {target.relative_to(ROOT)} (made once; --force to overwrite)")
            if args.revision:
                refused.append(revision)
            continue
        make(revision, target)
        size = target.stat().st_size
        print(f"made    {target.relative_to(ROOT)} ({size // 1024} KB)")
    if refused:
        print(f"refused to overwrite {', '.join(refused)}: fixtures are made once", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
