"""The ORM mappings of every record in DOMAIN.md.

Primary keys are UUIDs because records travel between provincial offices;
human-facing numbers (case numbers) are separate unique columns.  Status
columns hold the string values of the domain enums so that the database stays
readable and the domain stays free of SQLAlchemy.

The schema itself is created only by the Alembic migrations in
``db/migrations``; these mappings must match them (a test compares both).

Why this file is longer than 500 lines: it is the schema, one mapped class per
table and nothing else, read as a whole (the relationships run between all of
them, and a reviewer of a migration compares it with this one file).  Split by
table it would need a module per class and their mutual imports, for no rule
gained.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.db.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


def _uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(Uuid, primary_key=True, default=uuid.uuid4)


# Editable records carry a version (optimistic locking, migration 0008) and who
# changed them last and when, so that a refused save can say "changed by NAME at
# TIME".  Most map ``version`` as SQLAlchemy's version_id_col: every UPDATE then
# says ``WHERE version = <the version loaded>`` and a stale write fails instead of
# overwriting (app/services/support/versioning.py turns that into "record.changed").
def _new_version() -> Mapped[int]:
    return mapped_column(Integer, default=1, server_default="1")


def _updated_at() -> Mapped[datetime | None]:
    return mapped_column(default=utcnow)


def _updated_by() -> Mapped[str]:
    return mapped_column(String(64), default="", server_default=text("''"))  # a login


# --- reference data (loaded by a migration from resources/reference) ---------------------


class Province(Base):
    __tablename__ = "provinces"
    code: Mapped[str] = mapped_column(String(6), primary_key=True)  # GB/T 2260
    abbr: Mapped[str] = mapped_column(String(2), unique=True)  # ISO 3166-2:CN, used in case numbers
    name_zh: Mapped[str] = mapped_column(String(40))
    name_en: Mapped[str] = mapped_column(String(80))


class AssessmentItem(Base):
    __tablename__ = "assessment_items"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    basis: Mapped[str] = mapped_column(Text)


class ReportTrigger(Base):
    __tablename__ = "report_triggers"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name_zh: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str] = mapped_column(Text)
    due_kind: Mapped[str] = mapped_column(String(16))  # before_launch | within
    period: Mapped[int | None]
    period_unit: Mapped[str | None] = mapped_column(String(10))  # calendar | working
    basis: Mapped[str] = mapped_column(Text)


class CalendarDay(Base):
    """A day entered by a user for a year the chinesecalendar package does not cover."""

    __tablename__ = "calendar_days"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- people and organisations --------------------------------------------------------------


user_provinces = Table(
    "user_provinces",
    Base.metadata,
    Column("user_id", Uuid, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("province_code", String(6), ForeignKey("provinces.code"), primary_key=True),
)


class User(Base):
    __tablename__ = "users"
    id: Mapped[uuid.UUID] = _uuid_pk()
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16), index=True)  # viewer|inspector|supervisor|admin
    all_provinces: Mapped[bool] = mapped_column(Boolean, default=False)
    password_hash: Mapped[str | None] = mapped_column(Text)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    failed_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column()
    # Not a version_id_col: a login attempt updates the row too (failed_count) and
    # must neither move the version nor fail; account edits check it explicitly.
    version: Mapped[int] = _new_version()
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    provinces: Mapped[list[Province]] = relationship(secondary=user_provinces)


class Agency(Base):
    __tablename__ = "agencies"
    __table_args__ = (UniqueConstraint("name", "province_code"),)
    id: Mapped[uuid.UUID] = _uuid_pk()
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # cyberspace | public_security | other
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"))


class Company(Base):
    __tablename__ = "companies"
    id: Mapped[uuid.UUID] = _uuid_pk()
    credit_code: Mapped[str] = mapped_column(String(18), unique=True)
    name_zh: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(100))
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    legal_representative: Mapped[str | None] = mapped_column(String(100))
    contact_name: Mapped[str | None] = mapped_column(String(100))
    contact_phone: Mapped[str | None] = mapped_column(String(50))
    contact_email: Mapped[str | None] = mapped_column(String(200))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    province: Mapped[Province] = relationship()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Service(Base):
    __tablename__ = "services"
    id: Mapped[uuid.UUID] = _uuid_pk()
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))  # voice_social | deep_synthesis | ...
    launch_date: Mapped[date | None]
    user_count: Mapped[int | None] = mapped_column(BigInteger)
    version: Mapped[int] = _new_version()
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# --- summons ---------------------------------------------------------------------------------

summons_agencies = Table(
    "summons_agencies",
    Base.metadata,
    Column("summons_id", Uuid, ForeignKey("summons.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", Uuid, ForeignKey("agencies.id"), primary_key=True),
)


class Summons(Base):
    __tablename__ = "summons"
    id: Mapped[uuid.UUID] = _uuid_pk()
    held_on: Mapped[date]
    place: Mapped[str] = mapped_column(Text)
    topic: Mapped[str] = mapped_column(Text)
    requirements: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = _new_version()
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    agencies: Mapped[list[Agency]] = relationship(secondary=summons_agencies)
    attendances: Mapped[list[SummonsAttendance]] = relationship(back_populates="summons")


class SummonsAttendance(Base):
    __tablename__ = "summons_attendances"
    __table_args__ = (UniqueConstraint("summons_id", "company_id"),)
    id: Mapped[uuid.UUID] = _uuid_pk()
    summons_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("summons.id"))
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    attended: Mapped[bool] = mapped_column(Boolean, default=True)
    attendees: Mapped[str] = mapped_column(Text, default="")
    commitments: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = _new_version()
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    summons: Mapped[Summons] = relationship(back_populates="attendances")
    company: Mapped[Company] = relationship()


# --- cases -------------------------------------------------------------------------------------


class CaseCounter(Base):
    """The last case number handed out per province and year (gapless allocation)."""

    __tablename__ = "case_counters"
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


case_officials = Table(
    "case_officials",
    Base.metadata,
    Column("case_id", Uuid, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", Uuid, ForeignKey("users.id"), primary_key=True),
)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("province_code", "year", "seq"),
        Index("ix_cases_province_status", "province_code", "status"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    case_number: Mapped[str] = mapped_column(String(20), unique=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"))
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    company_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("companies.id"), index=True)
    summons_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("summons.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    opened_on: Mapped[date]
    closed_on: Mapped[date | None]
    outcome: Mapped[str | None] = mapped_column(Text)
    closing_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A case's version and updated_at/_by count activity on the whole case (see
    # cases.touch): writers of different findings bump it at once, so it is
    # incremented in SQL rather than mapped as a version_id_col.
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_by: Mapped[str] = _updated_by()
    company: Mapped[Company] = relationship()
    province: Mapped[Province] = relationship()
    summons: Mapped[Summons | None] = relationship()
    officials: Mapped[list[User]] = relationship(secondary=case_officials)


class CaseStatusChange(Base):
    __tablename__ = "case_status_changes"
    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date]
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    changed_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")


class AssessmentReport(Base):
    """A self-assessment report: awaited (received_on is NULL) or received."""

    __tablename__ = "assessment_reports"
    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("services.id"))
    trigger_code: Mapped[str] = mapped_column(ForeignKey("report_triggers.code"))
    event_date: Mapped[date | None]  # T3-T5: the event the period counts from
    planned_launch: Mapped[date | None]  # T1-T2: due before this day
    due_date: Mapped[date | None]
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    received_on: Mapped[date | None]
    receiving_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agencies.id"))
    report_version: Mapped[int] = mapped_column(Integer, default=1)
    summary: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    trigger: Mapped[ReportTrigger] = relationship()
    service: Mapped[Service | None] = relationship()
    receiving_agency: Mapped[Agency | None] = relationship()


class Review(Base):
    __tablename__ = "reviews"
    id: Mapped[uuid.UUID] = _uuid_pk()
    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("assessment_reports.id"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agencies.id"))
    reviewer: Mapped[str] = mapped_column(String(120))
    reviewed_on: Mapped[date]
    # accepted | reassessment | rectification | inspection
    conclusion: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = _new_version()
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    agency: Mapped[Agency] = relationship()


class Inspection(Base):
    __tablename__ = "inspections"
    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    inspected_on: Mapped[date]
    address: Mapped[str] = mapped_column(Text)
    inspectors: Mapped[str] = mapped_column(Text, default="")
    company_staff: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    conclusion: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="scheduled")  # scheduled | done
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    agencies: Mapped[list[Agency]] = relationship(
        secondary="inspection_agencies", order_by="Agency.name"
    )
    checklist: Mapped[list[ChecklistResult]] = relationship(
        order_by="ChecklistResult.item_code", back_populates="inspection"
    )


inspection_agencies = Table(
    "inspection_agencies",
    Base.metadata,
    Column(
        "inspection_id", Uuid, ForeignKey("inspections.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("agency_id", Uuid, ForeignKey("agencies.id"), primary_key=True),
)


class ChecklistResult(Base):
    __tablename__ = "checklist_results"
    __table_args__ = (UniqueConstraint("inspection_id", "item_code"),)
    id: Mapped[uuid.UUID] = _uuid_pk()
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"))
    item_code: Mapped[str] = mapped_column(ForeignKey("assessment_items.code"))
    # compliant | non_compliant | not_applicable | not_checked
    result: Mapped[str] = mapped_column(String(16))
    remark: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = _new_version()
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    inspection: Mapped[Inspection] = relationship(back_populates="checklist")


class Finding(Base):
    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("case_id", "number"),
        # Serves "most overdue first" and due-soon lists over unresolved findings only.
        # Deliberately not (case_id, status, current_deadline): SQLite 3.40.1 miscounts
        # "status IN (...) AND current_deadline < ?" when such an index serves it.
        Index(
            "ix_findings_unresolved_deadline",
            "current_deadline",
            sqlite_where=text("status NOT IN ('verified', 'waived')"),
            postgresql_where=text("status NOT IN ('verified', 'waived')"),
        ),
        # Serves the case list's open count, overdue count and next deadline per
        # case from the index alone (status is in the WHERE, not an index column).
        Index(
            "ix_findings_case_unresolved",
            "case_id",
            "current_deadline",
            sqlite_where=text("status NOT IN ('verified', 'waived')"),
            postgresql_where=text("status NOT IN ('verified', 'waived')"),
        ),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, ... within the case
    source: Mapped[str] = mapped_column(String(12))  # review | inspection
    review_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("reviews.id"))
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspections.id"))
    item_code: Mapped[str] = mapped_column(ForeignKey("assessment_items.code"))
    severity: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    required_rectification: Mapped[str] = mapped_column(Text, default="")
    raised_on: Mapped[date]
    original_deadline: Mapped[date]
    current_deadline: Mapped[date]
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="open")
    rectification_evidence: Mapped[str] = mapped_column(Text, default="")
    submitted_on: Mapped[date | None]
    verified_by: Mapped[str | None] = mapped_column(String(120))
    verified_on: Mapped[date | None]
    waive_reason: Mapped[str | None] = mapped_column(Text)
    waived_by: Mapped[str | None] = mapped_column(String(120))
    waived_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime | None] = _updated_at()
    updated_by: Mapped[str] = _updated_by()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    item: Mapped[AssessmentItem] = relationship()
    extensions: Mapped[list[DeadlineExtension]] = relationship(
        order_by="DeadlineExtension.created_at", back_populates="finding"
    )


class DeadlineExtension(Base):
    __tablename__ = "deadline_extensions"
    id: Mapped[uuid.UUID] = _uuid_pk()
    finding_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("findings.id"), index=True)
    old_deadline: Mapped[date]
    new_deadline: Mapped[date]
    reason: Mapped[str] = mapped_column(Text)
    approver: Mapped[str] = mapped_column(String(120))
    approved_on: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finding: Mapped[Finding] = relationship(back_populates="extensions")


class Attachment(Base):
    """A file kept content-addressed by SHA-256 beside the database."""

    __tablename__ = "attachments"
    id: Mapped[uuid.UUID] = _uuid_pk()
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id"), index=True)
    owner_type: Mapped[str] = mapped_column(String(24))  # case | report | inspection | finding
    owner_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    stored_path: Mapped[str] = mapped_column(String(80))
    added_by: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class AttachmentBlob(Base):
    """One attachment content, kept once by SHA-256: the file store of a PostgreSQL server.

    SQLite databases keep their files in the ``<database>.files`` folder instead.
    """

    __tablename__ = "attachment_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    # Deferred: only the code that writes the file into the local cache reads the bytes.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)


# --- reminders -------------------------------------------------------------------------------


class ReminderState(Base):
    """What one official has been told about one finding's deadline.

    Steps are days relative to the deadline (-30, -10, -5, -1, 1, 5, 10, 30):
    each is announced once; a dismissal silences the finding until the next step.
    """

    __tablename__ = "reminder_states"
    login: Mapped[str] = mapped_column(String(64), primary_key=True)
    finding_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    announced_step: Mapped[int | None]
    dismissed_step: Mapped[int | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- audit -----------------------------------------------------------------------------------


class AuditEvent(Base):
    """One change, chained to the previous event by its SHA-256."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True, default=uuid.uuid4)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The newest event's number and hash: a single row every writer updates.

    Updating it serialises appends on every backend and lets a verifier notice
    events removed from the end of the chain.
    """

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


# --- global search ---------------------------------------------------------------------------


class SearchDocument(Base):
    """One searchable record (case, company, finding, inspection): where the search finds it.

    Derived data, rebuilt at will by ``app.services.overview.search.reindex_all``; the
    title and excerpt a hit shows are read from the record itself.  ``digest`` is a
    hash of the record's searchable text, so indexing an unchanged record writes
    nothing.

    SQLite (migration 0010): the contentless FTS5 table ``search_fts`` holds each
    document's tokens (``app.domain.tokenize.fts_terms`` and the province as the
    token ``#<code>``) under ``docid`` and stores no text.  FTS5 cannot remove a
    contentless row without being told its old tokens, so a changed record gets a
    new ``docid`` and its old one is left in the index, where it no longer joins
    this table; ``AUTOINCREMENT`` makes sure an old ``docid`` never comes back for
    another record; ``reindex_all`` clears what is left over.  ``terms`` is NULL.

    PostgreSQL: ``terms`` holds ``app.domain.tokenize.index_terms`` of the text and
    a GIN index on ``to_tsvector('simple', terms)`` serves the search.
    """

    __tablename__ = "search_documents"
    __table_args__ = (
        # An index rather than a constraint: reindex_all drops it while it writes.
        Index("ix_search_documents_kind_ref_id", "kind", "ref_id", unique=True),
        {"sqlite_autoincrement": True},
    )
    docid: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    kind: Mapped[str] = mapped_column(String(12))  # case | company | finding | inspection
    ref_id: Mapped[str] = mapped_column(String(36))  # the record's UUID as text
    province_code: Mapped[str] = mapped_column(String(6))
    digest: Mapped[int] = mapped_column(BigInteger)
    terms: Mapped[str | None] = mapped_column(Text)  # PostgreSQL only


# The FTS5 table of migration 0010 (SQLite only) and the shadow tables SQLite makes
# for it (contentless and without column sizes: no _content, no _docsize), declared so
# that the models describe every table the migrations create (tests/db compares them).
# Never create these from the metadata: only ``CREATE VIRTUAL TABLE search_fts USING
# fts5(...)`` makes a working index.
_FTS_INFO = {"sqlite_fts5": True}
search_fts = Table("search_fts", Base.metadata, Column("terms"), info=_FTS_INFO)
search_fts_data = Table(
    "search_fts_data",
    Base.metadata,
    Column(
        "id", Integer, primary_key=True, nullable=True
    ),  # an INTEGER PRIMARY KEY as SQLite reflects it
    Column("block"),
    info=_FTS_INFO,
)
search_fts_idx = Table(
    "search_fts_idx",
    Base.metadata,
    Column("segid", primary_key=True),
    Column("term", primary_key=True),
    Column("pgno"),
    info=_FTS_INFO,
)
search_fts_config = Table(
    "search_fts_config",
    Base.metadata,
    Column("k", primary_key=True),
    Column("v"),
    info=_FTS_INFO,
)


# --- case exchange between offices (migration 0009) ------------------------------------------


class ExchangeRecord(Base):
    """The content hash a record had when it was last exported or imported.

    Lets an import tell "unchanged here since the last exchange" (update it) from
    "changed on both sides" (keep a conflict for review).
    """

    __tablename__ = "exchange_records"
    record_type: Mapped[str] = mapped_column(String(24), primary_key=True)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    base_hash: Mapped[str] = mapped_column(String(64))
    exchanged_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExchangeConflict(Base):
    """A record changed both here and in an imported package, kept until an official decides."""

    __tablename__ = "exchange_conflicts"
    __table_args__ = (
        Index("ix_exchange_conflicts_record_type_record_id", "record_type", "record_id"),
    )
    id: Mapped[uuid.UUID] = _uuid_pk()
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    record_type: Mapped[str] = mapped_column(String(24))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    local: Mapped[dict[str, Any]] = mapped_column(JSON)  # the record here when the package came
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    # field -> "local" | "incoming"; {"superseded": ...} when a later package replaced it
    resolution: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ExchangeImport(Base):
    """A package imported here: importing the same package again changes nothing."""

    __tablename__ = "exchange_imports"
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    file_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(64))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)
