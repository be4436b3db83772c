"""The demo records the scope matrix works on, and how a result is read as text.

Built once per module from ``load_demo(today=TODAY, with_users=True)``: two
Zhejiang cases (ZJ-2021-0001 with an overdue finding and a received report,
ZJ-2021-0002 with an inspection) and cases in Beijing, Tianjin, Shanghai and
Guangdong, whose case numbers, company names and credit codes are the
"markers" no Zhejiang official may ever be shown.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db.engine import Database
from app.db.models import (
    AssessmentReport,
    Case,
    Company,
    ExchangeConflict,
    Finding,
    Inspection,
    Summons,
)
from app.services.support.context import Actor
from tests.sqlite_rows import rows_digest

TODAY = date(2026, 11, 25)
ZJ, BJ, EMPTY = "330000", "110000", "460000"  # Hainan: a province with no records
ROLES = ("viewer", "inspector", "supervisor", "admin")
SCOPES = {"zj": ZJ, "bj": BJ}
ADMIN = Actor("matrix_admin", role="admin")
NO_ID = uuid.UUID(int=0)


def scoped(role: str, scope: str) -> Actor:
    """An official of ``role`` who sees only the province of ``scope`` ("zj" or "bj").

    Real administrators always see every province (``users.add_user``); an admin
    Actor limited to one province is still built here, to show that the services
    apply the scope the actor carries whatever its role.
    """
    return Actor(
        f"{scope}_{role}", role=role, all_provinces=False, provinces=frozenset({SCOPES[scope]})
    )


@dataclass
class World:
    """One copy of the demo database and the records the calls refer to."""

    db: Database
    tmp: Path
    zj_case: str = "ZJ-2021-0001"  # a received report with reviews, finding #3 open and overdue
    zj_case2: str = "ZJ-2021-0002"  # an inspection, finding #4 open
    zj_case_id: uuid.UUID = NO_ID
    zj_company: str = ""
    zj_company2: str = ""
    bj_company: str = ""
    zj_report: uuid.UUID = NO_ID
    zj_inspection: uuid.UUID = NO_ID
    zj_finding: uuid.UUID = NO_ID
    zj_deadline: date = TODAY
    summons: uuid.UUID = NO_ID
    conflict: str = ""  # an open exchange conflict on a Zhejiang company (see add_a_conflict)
    package: Path = Path()  # an exchange package of Zhejiang's cases
    finding_ids: list[uuid.UUID] = field(default_factory=list)
    # province code -> texts that name a case of that province
    markers: dict[str, set[str]] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # what a set-up step made

    @classmethod
    def find(cls, db: Database, tmp: Path, package: Path) -> World:
        world = cls(db, tmp)
        with db.read() as s:
            for case, company in s.execute(select(Case, Company).join(Company)):
                names = {case.case_number, company.name_zh, company.credit_code}
                if company.name_en:
                    names.add(company.name_en)
                world.markers.setdefault(case.province_code, set()).update(names)
                if case.case_number == world.zj_case:
                    world.zj_company = company.credit_code
                    world.zj_case_id = case.id
                if case.case_number == world.zj_case2:
                    world.zj_company2 = company.credit_code
                if case.province_code == BJ:
                    world.bj_company = company.credit_code
            world.zj_report = s.execute(
                select(AssessmentReport.id)
                .join(Case)
                .where(Case.case_number == world.zj_case, AssessmentReport.received_on.is_not(None))
                .limit(1)
            ).scalar_one()
            world.zj_inspection = s.execute(
                select(Inspection.id).join(Case).where(Case.case_number == world.zj_case2)
            ).scalar_one()
            finding = s.execute(
                select(Finding)
                .join(Case)
                .where(Case.case_number == world.zj_case, Finding.number == 3)
            ).scalar_one()
            world.zj_finding, world.zj_deadline = finding.id, finding.current_deadline
            world.summons = s.execute(select(Summons.id)).scalars().first()
            world.finding_ids = list(s.execute(select(Finding.id)).scalars())
            world.conflict = str(s.execute(select(ExchangeConflict.id)).scalars().first() or "")
        world.package = package
        return world

    def hidden_from(self, province: str) -> set[str]:
        """Every marker of the cases outside ``province``."""
        return {m for code, names in self.markers.items() if code != province for m in names}


def add_a_conflict(db: Database, folder: Path) -> Path:
    """Leave an open exchange conflict on a Zhejiang company in ``db``; returns the package
    of Zhejiang's cases exported on the way.

    Another office imports Zhejiang's cases, both offices change the company's address,
    and the other office's package comes back: the two changes conflict.
    """
    from app.db.migrate import open_database
    from app.services.exchange.export import export_package
    from app.services.exchange.import_ import import_package
    from app.services.registry import company_edit

    package = folder / "zhejiang-package.zip"
    export_package(db, ADMIN, package, province=ZJ)
    other = open_database(str(folder / "other-office.sqlite3"))
    try:
        import_package(other, ADMIN, package)
        with db.read() as s:
            code = s.execute(
                select(Company.credit_code).join(Case).where(Case.case_number == "ZJ-2021-0002")
            ).scalar_one()
        for office, address in ((db, "杭州市滨江区甲路"), (other, "杭州市滨江区乙路")):
            data = company_edit.get_company(office, ADMIN, code).data
            company_edit.update_company(
                office, ADMIN, code, dataclasses.replace(data, address=address)
            )
        export_package(other, ADMIN, folder / "other-office.zip", province=ZJ)
    finally:
        other.dispose()
    import_package(db, ADMIN, folder / "other-office.zip")
    return package


# --- reading a result as text -------------------------------------------------------------


def _squeeze(text: str) -> str:
    # PDF text breaks lines anywhere (inside a name, after a hyphen): compare without spaces.
    return "".join(text.split())


def file_text(path: Path) -> str:
    """The text a user reads in an exported file: PDF pages, XLSX cells, zip member names."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        try:
            return "\n".join(
                "\t".join("" if v is None else str(v) for v in row)
                for sheet in book.worksheets
                for row in sheet.iter_rows(values_only=True)
            )
        finally:
            book.close()
    if suffix == ".zip":  # member names, and the text of the records an exchange package holds
        with zipfile.ZipFile(path) as archive:
            texts = [
                # as the characters themselves, not \uXXXX escapes
                json.dumps(json.loads(document), ensure_ascii=False)
                for name in archive.namelist()
                if name.endswith((".json", ".jsonl"))
                for document in (
                    archive.read(name).decode("utf-8").splitlines()
                    if name.endswith(".jsonl")
                    else [archive.read(name).decode("utf-8")]
                )
                if document.strip()
            ]
            return "\n".join([*archive.namelist(), *texts])
    raise AssertionError(f"no reader for {path}")


def shown(result: Any) -> str:
    """All a caller could show of ``result`` (dataclass reprs hold every field)."""
    return _squeeze(result if isinstance(result, str) else repr(result))


def leaked(text: str, markers: set[str]) -> set[str]:
    return {m for m in markers if _squeeze(m) in text}


def fingerprint(path: Path) -> str:
    """The SHA-256 of every row of every table: equal before and after means nothing was written."""
    conn = sqlite3.connect(path)
    try:
        return rows_digest(conn)
    finally:
        conn.close()
