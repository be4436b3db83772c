"""Companies: registration, listing and the all-or-nothing import from CSV or XLSX.

Which companies an actor sees is one rule, :func:`visible`: those registered in a
province of the actor's scope (every company, for an actor who sees every province).
Listing, looking one up by credit code or name (:func:`find_company`, and through it
opening a case or recording a summons), reading or editing one
(:mod:`app.services.registry.company_edit`) and the company profile shown with a case all
apply it; a company outside it is "not found", exactly like one that does not exist.
A case of the actor's province for a company registered elsewhere (opened by an
official who sees both) stays visible as a case, and names its company, but not
the company's address, legal representative or contacts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.models import Case, Company, Province
from app.db.types import utcnow
from app.domain.credit_code import validate_credit_code
from app.domain.errors import ConflictError, InspectDeskError, NotFoundError, ValidationError
from app.domain.text import LIKE_ESCAPE, like_contains
from app.services.overview import search as search_index
from app.services.registry.table_files import read_table
from app.services.support import audit
from app.services.support.common import (
    EMAIL_RE,
    clean_text,
    filter_text,
    findable,
    optional_text,
    resolve_province,
)
from app.services.support.context import Actor
from app.services.support.permissions import require, scope_clause

# Column name -> accepted header spellings (English and the Chinese a spreadsheet carries).
COLUMNS: dict[str, tuple[str, ...]] = {
    "credit_code": ("credit_code", "统一社会信用代码"),
    "name_zh": ("name_zh", "企业名称"),
    "province": ("province", "省份"),
    "name_en": ("name_en", "英文名称"),
    "short_name": ("short_name", "简称"),
    "address": ("address", "地址"),
    "legal_representative": ("legal_representative", "法定代表人"),
    "contact_name": ("contact_name", "联系人"),
    "contact_phone": ("contact_phone", "联系电话"),
    "contact_email": ("contact_email", "电子邮箱"),
}
REQUIRED_COLUMNS = ("credit_code", "name_zh", "province")
_HEADER_LOOKUP = {alias.lower(): name for name, aliases in COLUMNS.items() for alias in aliases}


@dataclass(frozen=True)
class CompanyInput:
    credit_code: str
    name_zh: str
    province: str
    name_en: str | None = None
    short_name: str | None = None
    address: str | None = None
    legal_representative: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    contact_email: str | None = None


@dataclass(frozen=True)
class CompanyRow:
    id: uuid.UUID
    credit_code: str
    name_zh: str
    name_en: str | None
    short_name: str | None
    province_code: str
    province_name_zh: str
    province_name_en: str
    is_demo: bool
    case_count: int


@dataclass(frozen=True)
class RowProblem:
    row: int  # as a spreadsheet shows it: the header is row 1
    column: str
    error: InspectDeskError


class ImportRejected(ValidationError):
    """Some rows are bad: nothing was written. ``problems`` lists every one of them."""

    def __init__(self, file: str, problems: Sequence[RowProblem]) -> None:
        self.problems = list(problems)
        super().__init__("import.rejected", file=file, count=len(self.problems))

    def render(self, lang: str = "en") -> str:
        from app.domain.errors import render

        lines = [super().render(lang)]
        for problem in self.problems:
            lines.append(
                render(
                    "import.row_problem",
                    {
                        "row": problem.row,
                        "column": problem.column,
                        "message": problem.error.render(lang),
                    },
                    lang,
                )
            )
        return "\n".join(lines)


def validated_values(
    session: Session, data: CompanyInput, provinces: dict[str, str] | None = None
) -> dict[str, Any]:
    """Every field checked; raises a ValidationError whose ``values['field']`` names the column.

    ``provinces`` (an import's memo: the text of a province cell -> the code it resolved
    to) spares looking the same text up again on every row; a text that does not
    resolve is never remembered, so each such row is refused on its own."""
    values: dict[str, Any] = {}
    try:
        values["credit_code"] = validate_credit_code(data.credit_code or "")
    except ValidationError as exc:
        exc.values.setdefault("field", "credit_code")
        raise
    values["name_zh"] = clean_text(data.name_zh, "name_zh", required=True)
    try:
        code = provinces.get(data.province) if provinces is not None else None
        if code is None:
            code = resolve_province(session, data.province).code
            if provinces is not None:
                provinces[data.province] = code
        values["province_code"] = code
    except ValidationError as exc:
        exc.values.setdefault("field", "province")
        raise
    # The lengths of the columns (VARCHAR), which PostgreSQL enforces and SQLite does not.
    for name, length in (
        ("name_en", 200),
        ("short_name", 100),
        ("legal_representative", 100),
        ("contact_name", 100),
    ):
        values[name] = optional_text(getattr(data, name), name, max_length=length)
    values["address"] = optional_text(data.address, "address", max_length=500)
    values["contact_phone"] = optional_text(data.contact_phone, "contact_phone", max_length=50)
    email = optional_text(data.contact_email, "contact_email")
    if email and not EMAIL_RE.match(email):
        raise ValidationError("field.invalid_email", field="contact_email", value=email)
    values["contact_email"] = email
    return values


def _check_province_in_scope(actor: Actor, province_code: str) -> None:
    """A company is registered only in a province the actor sees (else they could not see it)."""
    require(actor, "company.create", province_code)


def _existing_names(session: Session, codes: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Credit code -> (Chinese name, province) of the companies already registered."""
    wanted = list(set(codes))
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = session.execute(
            select(Company.credit_code, Company.name_zh, Company.province_code).where(
                Company.credit_code.in_(chunk)
            )
        )
        found.update({code: (name, province) for code, name, province in rows})
    return found


def duplicate_refusal(
    actor: Actor | None, credit_code: str, name: str, province_code: str
) -> ValidationError:
    """The refusal of a credit code already registered: naming the company only to an
    actor who may see it (a code is unique nationwide, the company may be elsewhere)."""
    if actor is None or actor.sees(province_code):
        return ValidationError(
            "company.duplicate", credit_code=credit_code, name=name, field="credit_code"
        )
    return ValidationError(
        "company.duplicate_elsewhere", credit_code=credit_code, field="credit_code"
    )


def create_company(
    db: Database, actor: Actor, data: CompanyInput, *, demo: bool = False
) -> uuid.UUID:
    """Register one company; refuses an invalid or already registered credit code."""
    require(actor, "company.create")
    with db.write() as session:
        values = validated_values(session, data)
        _check_province_in_scope(actor, values["province_code"])
        existing = _existing_names(session, [values["credit_code"]])
        if existing:
            raise duplicate_refusal(actor, values["credit_code"], *existing[values["credit_code"]])
        company = Company(**values, is_demo=demo)
        session.add(company)
        session.flush()
        audit.record(
            session, actor, "company.create", "company", company.id, after=audit.snapshot(company)
        )
        search_index.index_company(session, company.id)
        return company.id


# --- import ------------------------------------------------------------------------------------

ImportProgress = Callable[[str, int, int], None]
"""Told ``(stage, done, total)`` as an import goes: ``"check"`` (rows checked of the
file's rows), then ``"write"`` (companies inserted), ``"audit"`` and ``"index"``
(0 of the count when the stage starts, the count when it ends). It may raise to stop
the import: the transaction is rolled back and nothing is written."""

_CHECK_STEP = 2_000  # rows checked between two reports


@dataclass
class ImportPreview:
    """What an import would write: the parsed rows and every problem found."""

    file: str
    rows: list[tuple[int, CompanyInput]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    # The checked column values of each row, as they will be stored (rows' order).
    values: list[dict[str, Any]] = field(default_factory=list)


def _parse(
    session: Session, path: Path, actor: Actor, progress: ImportProgress | None = None
) -> ImportPreview:
    table = read_table(path)
    preview = ImportPreview(file=path.name)
    if not table:
        raise ValidationError("import.empty", file=path.name)
    header = [(cell or "").strip().lstrip("\ufeff") for cell in table[0]]
    mapping: dict[int, str] = {}
    for index, title in enumerate(header):
        if not title:
            continue
        name = _HEADER_LOOKUP.get(title.lower())
        if name is None:
            raise ValidationError("import.unknown_column", file=path.name, column=title)
        mapping[index] = name
    missing = [c for c in REQUIRED_COLUMNS if c not in mapping.values()]
    if missing:
        raise ValidationError("import.missing_columns", file=path.name, columns=", ".join(missing))
    # Held while the rows are read: each row's province is then found in the session,
    # not fetched again (the session keeps only the records someone holds).
    provinces = list(session.execute(select(Province)).scalars())
    allowed: set[str] = set()
    resolved: dict[str, str] = {}
    seen: dict[str, int] = {}
    parsed: list[tuple[int, CompanyInput, dict[str, Any]]] = []
    total = len(table) - 1
    for offset, cells in enumerate(table[1:], start=2):
        if progress is not None and (offset - 2) % _CHECK_STEP == 0:
            progress("check", offset - 2, total)
        if not any((c or "").strip() for c in cells):
            continue  # blank lines at the end of a spreadsheet are not rows
        record = {name: (cells[i] if i < len(cells) else "") for i, name in mapping.items()}
        data = CompanyInput(**{k: record.get(k, "") for k in COLUMNS})
        try:
            values = validated_values(session, data, resolved)
            province = values["province_code"]
            if province not in allowed:  # the authority asked once per province
                _check_province_in_scope(actor, province)
                allowed.add(province)
        except (ValidationError, ConflictError) as exc:
            column = str(exc.values.get("field", ""))
            preview.problems.append(RowProblem(offset, column, exc))
            continue
        code = values["credit_code"]
        if code in seen:
            preview.problems.append(
                RowProblem(
                    offset,
                    "credit_code",
                    ValidationError(
                        "company.duplicate_in_file", credit_code=code, other_row=seen[code]
                    ),
                )
            )
            continue
        seen[code] = offset
        parsed.append((offset, data, values))
    existing = _existing_names(session, [values["credit_code"] for _, _, values in parsed])
    for offset, data, values in parsed:
        code = values["credit_code"]
        if code in existing:
            preview.problems.append(
                RowProblem(offset, "credit_code", duplicate_refusal(actor, code, *existing[code]))
            )
        else:
            preview.rows.append((offset, data))
            preview.values.append(values)
    preview.problems.sort(key=lambda p: p.row)
    if progress is not None:
        progress("check", total, total)
    del provinces
    if not preview.rows and not preview.problems:
        raise ValidationError("import.empty", file=path.name)
    return preview


def preview_import(
    db: Database, actor: Actor, path: Path, *, progress: ImportProgress | None = None
) -> ImportPreview:
    """Read and check a file without writing anything (the GUI shows this before importing).

    The same checks as :func:`import_companies` for the same actor: a row registering a
    company in a province the actor does not see is a problem, and a credit code already
    registered names its company only to an actor who sees that company.
    """
    require(actor, "company.import")
    with db.read() as session:
        return _parse(session, path, actor, progress)


def import_companies(
    db: Database, actor: Actor, path: Path, *, progress: ImportProgress | None = None
) -> int:
    """Import every row or none: any bad row raises ImportRejected listing all problems.

    A row registering a company in a province the actor does not see is one of them.
    The rows are checked once (as :func:`preview_import` checks them) and written in
    one transaction, in batches: each company with its own audit event (the chain
    verifies as after one-by-one registrations) and its search document. ``progress``
    is told how far it got (:data:`ImportProgress`); if it raises, nothing is written.
    """
    require(actor, "company.import")

    def report(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    with db.write() as session:
        preview = _parse(session, path, actor, progress)
        if preview.problems:
            raise ImportRejected(path.name, preview.problems)
        now = utcnow()
        companies = [
            {
                "id": uuid.uuid4(),
                **values,
                "is_demo": False,
                "created_at": now,
                "version": 1,
                "updated_at": now,
                "updated_by": "",
            }
            for values in preview.values
        ]
        count = len(companies)
        for start in range(0, count, _IMPORT_BATCH):
            report("write", start, count)
            session.execute(
                insert(Company.metadata.tables[Company.__tablename__]),
                companies[start : start + _IMPORT_BATCH],
            )
        report("write", count, count)
        report("audit", 0, count)
        audit.record_many(
            session,
            actor,
            "company.import",
            "company",
            [(c["id"], {k: c[k] for k in _SNAPSHOT_COLUMNS}) for c in companies],
        )
        report("audit", count, count)
        report("index", 0, count)
        search_index.index_new_companies(session, companies)
        report("index", count, count)
        return count


_IMPORT_BATCH = 5_000
# What an audit event of a company holds (audit.snapshot of the stored record), in order.
_SNAPSHOT_COLUMNS = tuple(
    c.key for c in sa_inspect(Company).column_attrs if c.key not in audit.SECRET_COLUMNS
)


def list_companies(
    db: Database, actor: Actor, *, province: str | None = None, text: str | None = None
) -> list[CompanyRow]:
    """Companies registered in the provinces the actor may see, ordered by credit code.

    ``text`` is found literally in a name or the credit code (a ValidationError
    for text no filter can hold: control characters, more than 200 characters).
    """
    from app.db.models import Province

    with db.read() as session:
        case_count = (
            select(func.count(Case.id)).where(Case.company_id == Company.id).scalar_subquery()
        )
        query = (
            select(Company, Province.name_zh, Province.name_en, case_count)
            .join(Province, Province.code == Company.province_code)
            .order_by(Company.credit_code)
        )
        if province:
            query = query.where(Company.province_code == resolve_province(session, province).code)
        query = query.where(visible(actor))
        wanted = filter_text(text)
        if wanted:
            like = like_contains(wanted)
            query = query.where(
                Company.name_zh.like(like, escape=LIKE_ESCAPE)
                | Company.name_en.like(like, escape=LIKE_ESCAPE)
                | Company.short_name.like(like, escape=LIKE_ESCAPE)
                | Company.credit_code.like(like, escape=LIKE_ESCAPE)
            )
        return [
            CompanyRow(
                c.id,
                c.credit_code,
                c.name_zh,
                c.name_en,
                c.short_name,
                c.province_code,
                pzh,
                pen,
                c.is_demo,
                count,
            )
            for c, pzh, pen, count in session.execute(query)
        ]


def visible(actor: Actor) -> ColumnElement[bool]:
    """The companies ``actor`` sees, as a condition on :class:`Company`: those registered
    in a province of the actor's scope (every company, for an actor seeing every province).

    The one rule of company visibility (see the module's docstring): a company outside
    it is refused as "not found", never named.
    """
    return scope_clause(actor, Company.province_code)


def sees_company(actor: Actor, company: Company) -> bool:
    """Whether ``actor`` sees ``company``: :func:`visible` for a company already loaded."""
    return actor.sees(company.province_code)


def find_company(session: Session, actor: Actor, value: str) -> Company:
    """A company ``actor`` sees (:func:`visible`), by credit code or exact Chinese, English
    or short name; ``company.not_found`` otherwise, whether it does not exist or is
    registered in a province out of scope (the refusal never says which).

    The scope is part of the query, so a name shared by a company out of scope never
    hides the one the actor sees.
    """
    text = (value or "").strip()
    if not text or not findable(text):
        raise NotFoundError("company.not_found", value=text)
    query = (
        select(Company)
        .where(
            (Company.credit_code == text.upper())
            | (Company.name_zh == text)
            | (Company.name_en == text)
            | (Company.short_name == text)
        )
        .where(visible(actor))
        .order_by(Company.credit_code)
    )
    company = session.execute(query).scalars().first()
    if company is None:
        raise NotFoundError("company.not_found", value=text)
    return company
