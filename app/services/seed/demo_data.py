"""The demo data set as files (``resources/demo``): read and checked before anything is written.

``companies.json``
    the 11 companies of the meeting, in the order of the notice (their cases are numbered
    in this order); each names its case script ``cases/<case>.json``.
``agencies.json``
    per province (GB/T 2260 code): the cyberspace department, the public-security organ and
    the reviewer of each.
``summons.json``
    the meeting: place, topic, requirements, and the attendees and commitments written for
    every company (``{short_name}`` and ``{service}`` stand for the company's).
``legal_basis.json``
    the provision quoted by a finding against each assessment item.
``cases/<case>.json``
    ``{"about": …, "events": [...]}``: what happens in the case, in order. Every event has a
    ``kind`` (see :data:`SHAPES` and :mod:`app.services.seed.demo`, which writes each through the
    use case named there); an event that others refer to has an ``id``, and a reference
    (``report``, ``review``, ``inspection``, ``finding``, ``owner``) names an earlier ``id``.

Texts are written out in full, the demo mark included; a long text (``notes``, ``text``,
``requirements``) may be a list of lines, joined with line breaks. A date is either

- ``"2021-04-20"``: that day (the first round, in 2021); or
- ``{"ago": n}``: the working day on or before ``n`` days before ``today`` (officials do not
  review on Sundays; moving earlier, never later, keeps an overdue finding overdue); or
- ``{"after": n}``: ``n`` calendar days after ``today``, as it falls.

A file that is missing, is not JSON, or holds anything the loader does not understand (an
unknown kind or field, a reference to no earlier event, a value of the wrong type) is refused
with ``import.unreadable`` naming the file and the event, before the database is touched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.domain.errors import ValidationError
from app.domain.workdays import WorkCalendar
from app.paths import resource_path

# kind -> (fields required, fields allowed besides). The loader has a writer for each kind.
SHAPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "report": (
        frozenset({"trigger", "received_on", "summary"}),
        frozenset({"id", "event_date", "planned_launch", "version"}),
    ),
    "review": (frozenset({"report", "agency", "on", "conclusion", "notes"}), frozenset({"id"})),
    "inspection": (
        frozenset(
            {"id", "on", "inspectors", "company_staff", "scope", "checklist", "notes", "conclusion"}
        ),
        frozenset(),
    ),
    "finding": (
        frozenset({"item", "severity", "description", "required", "raised_on", "period"}),
        frozenset({"id", "review", "inspection", "unit"}),
    ),
    "rectification": (frozenset({"finding", "evidence"}), frozenset()),
    "submission": (frozenset({"finding", "on", "evidence"}), frozenset()),
    "extension": (
        frozenset({"finding", "period", "approved_days_before_due", "reason", "approver"}),
        frozenset({"unit"}),
    ),
    "status": (frozenset({"to", "on", "note"}), frozenset({"outcome"})),
    "attachment": (frozenset({"name"}), frozenset({"owner", "text", "file", "pdf"})),
}
# A reference field -> the kinds of event it may name.
REFERENCES: dict[str, frozenset[str]] = {
    "report": frozenset({"report"}),
    "review": frozenset({"review"}),
    "inspection": frozenset({"inspection"}),
    "finding": frozenset({"finding"}),
    "owner": frozenset({"report", "inspection"}),
}
DATES = frozenset({"received_on", "event_date", "planned_launch", "on", "raised_on"})
NUMBERS = frozenset({"period", "version", "approved_days_before_due"})
LINES = frozenset({"notes", "text"})  # a text or a list of lines
ATTACHMENT_CONTENT = ("text", "file", "pdf")

_SHAPED = REFERENCES.keys() | DATES | NUMBERS | LINES | {"checklist", "pdf"}

DateValue = str | dict[str, int] | None


@dataclass(frozen=True)
class DemoCompany:
    case: str  # the case script, cases/<case>.json
    credit_code: str  # generated ('DEM' in the body, valid check character): no real company's
    name_zh: str
    short_name: str
    name_en: str
    province: str  # GB/T 2260 code
    address: str
    legal_representative: str
    contact_name: str
    service: str  # the service or function assessed


@dataclass(frozen=True)
class Agencies:
    cyberspace: str
    public_security: str
    cyberspace_reviewer: str
    public_security_reviewer: str


COMPANY_FIELDS = tuple(f.name for f in fields(DemoCompany))
AGENCY_FIELDS = tuple(f.name for f in fields(Agencies))
SUMMONS_FIELDS = ("place", "topic", "requirements", "attendees", "commitments")


@dataclass(frozen=True)
class Event:
    where: str  # "cases/inke.json, event 3": for messages
    kind: str
    fields: Mapping[str, Any]

    def text(self, key: str) -> str:
        return _joined(self.fields[key])

    def number(self, key: str, default: int) -> int:
        return int(self.fields.get(key, default))

    def get(self, key: str) -> str | None:
        value = self.fields.get(key)
        return None if value is None else str(value)

    def day(self, key: str) -> DateValue:
        value: DateValue = self.fields.get(key)
        return value


@dataclass(frozen=True)
class CaseScript:
    company: DemoCompany
    events: tuple[Event, ...]


@dataclass(frozen=True)
class DemoData:
    folder: Path
    companies: tuple[DemoCompany, ...]
    agencies: dict[str, Agencies]
    summons: Mapping[str, str]  # requirements joined; attendees, commitments: templates
    legal_basis: Mapping[str, Any]
    scripts: tuple[CaseScript, ...]

    def attachment_file(self, event: Event, scratch: Path) -> Path:
        """An attachment's file: one of the data set, or its text or PDF written in ``scratch``."""
        if file := event.get("file"):
            return self.folder / file
        path = scratch / event.text("name")
        if pdf := event.fields.get("pdf"):
            _write_pdf(path, pdf["title"], list(pdf["lines"]))
        else:
            path.write_bytes(event.text("text").encode("utf-8"))
        return path


@dataclass(frozen=True)
class Days:
    """The dates of the data, as of ``today`` and the working-day ``calendar``."""

    today: date
    calendar: WorkCalendar

    def of(self, value: DateValue) -> date | None:
        if value is None or isinstance(value, str):
            return None if value is None else date.fromisoformat(value)
        if "ago" in value:
            return self.ago(value["ago"])
        return self.today + timedelta(days=value["after"])

    def ago(self, days: int) -> date:
        """The working day on or before ``today - days``: officials do not review on Sundays.

        Moving earlier (never later) keeps an overdue finding overdue.
        """
        return self.workday(self.today - timedelta(days=days), step=-1)

    def workday(self, day: date, *, step: int = 1) -> date:
        """``day`` if it is a working day, else the next (``step=1``) or previous one."""
        while not self.calendar.is_working_day(day):
            day += timedelta(days=step)
        return day


def _joined(value: object) -> str:
    """A text written as one string or as a list of lines."""
    return "\n".join(value) if isinstance(value, list) else str(value)


def read_demo_data(folder: Path | None = None) -> DemoData:
    """Every file of the data set, checked; refused with ``import.unreadable`` if any is not right."""
    base = folder or resource_path("demo")
    companies = tuple(
        DemoCompany(**_record(base, "companies.json", f"company {n}", raw, COMPANY_FIELDS))
        for n, raw in enumerate(_list(base, "companies.json", _read(base, "companies.json")), 1)
    )
    agencies_raw = _read(base, "agencies.json")
    if not isinstance(agencies_raw, dict):
        raise _refused(base, "agencies.json", "not an object of provinces")
    agencies = {
        code: Agencies(**_record(base, "agencies.json", code, raw, AGENCY_FIELDS))
        for code, raw in agencies_raw.items()
    }
    summons = _record(
        base, "summons.json", "the meeting", _read(base, "summons.json"), SUMMONS_FIELDS, lines=True
    )
    legal = _read(base, "legal_basis.json")
    if not isinstance(legal, dict) or not {"provisions", "clauses", "related_law"} <= set(legal):
        raise _refused(base, "legal_basis.json", "provisions, clauses and related_law expected")
    for company in companies:
        if company.province not in agencies:
            raise _refused(base, "agencies.json", f"no agencies of province {company.province}")
        for template in ("attendees", "commitments"):
            try:
                summons[template].format(short_name="", service="")
            except (KeyError, IndexError, ValueError) as exc:
                raise _refused(base, "summons.json", f"{template}: {exc!r}") from exc
    names = {f"{c.case}.json" for c in companies}
    stray = sorted(p.name for p in (base / "cases").glob("*") if p.name not in names)
    if stray:
        raise _refused(base, "cases", f"no company names the case script {', '.join(stray)}")
    scripts = tuple(CaseScript(c, _events(base, f"cases/{c.case}.json")) for c in companies)
    return DemoData(base, companies, agencies, summons, legal, scripts)


def _refused(base: Path, name: str, reason: str) -> ValidationError:
    return ValidationError("import.unreadable", file=str(base / name), reason=reason)


def _read(base: Path, name: str) -> Any:
    try:
        return json.loads((base / name).read_text(encoding="utf-8"))
    except OSError as exc:
        raise _refused(base, name, exc.strerror or str(exc)) from exc
    except ValueError as exc:  # not UTF-8, or not JSON (the message says where)
        raise _refused(base, name, str(exc)) from exc


def _list(base: Path, name: str, value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _refused(base, name, "a list expected")
    return value


def _record(
    base: Path, name: str, where: str, raw: Any, fields: tuple[str, ...], *, lines: bool = False
) -> dict[str, str]:
    """An object with exactly ``fields``, each a text (or, with ``lines``, a list of lines)."""
    if not isinstance(raw, dict) or set(raw) != set(fields):
        got = sorted(raw) if isinstance(raw, dict) else type(raw).__name__
        raise _refused(base, name, f"{where}: fields {', '.join(fields)} expected, not {got}")
    for key, value in raw.items():
        if not (isinstance(value, str) or (lines and _is_lines(value))):
            raise _refused(base, name, f"{where}: {key} is not a text")
    return {key: _joined(value) for key, value in raw.items()}


def _is_lines(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(line, str) for line in value)


def _events(base: Path, name: str) -> tuple[Event, ...]:
    script = _read(base, name)
    if not isinstance(script, dict) or set(script) != {"about", "events"}:
        raise _refused(base, name, "an object of 'about' and 'events' expected")
    events: list[Event] = []
    kinds: dict[str, str] = {}  # id -> the kind of the event it names
    for n, raw in enumerate(_list(base, name, script["events"]), 1):
        where = f"event {n}"
        problem = _problem(raw, kinds)
        if problem:
            raise _refused(base, name, f"{where}: {problem}")
        if "file" in raw and not (base / str(raw["file"])).is_file():
            raise _refused(base, name, f"{where}: no file {raw['file']} beside the data")
        if "id" in raw:
            kinds[raw["id"]] = raw["kind"]
        events.append(Event(f"{name}, {where}", raw["kind"], raw))
    return tuple(events)


def _problem(raw: Any, kinds: Mapping[str, str]) -> str | None:
    """What is wrong with one event (``kinds``: the ids of the events before it), or None."""
    if not isinstance(raw, dict) or raw.get("kind") not in SHAPES:
        kind = raw.get("kind") if isinstance(raw, dict) else raw
        return f"unknown kind {kind!r} (known: {', '.join(SHAPES)})"
    required, allowed = SHAPES[raw["kind"]]
    given = set(raw) - {"kind"}
    if missing := required - given:
        return f"{', '.join(sorted(missing))} missing"
    if unknown := given - required - allowed:
        return f"unknown field {', '.join(sorted(unknown))}"
    if raw.get("id") in kinds:
        return f"id {raw['id']!r} used twice"
    for key, value in raw.items():
        if key in REFERENCES and (kinds.get(value) not in REFERENCES[key]):
            return f"{key} {value!r} names no earlier {' or '.join(sorted(REFERENCES[key]))}"
        if key in DATES and not _is_date(value, nullable=key == "received_on"):
            return f'{key} {value!r} is not a date ("2021-04-20", {{"ago": n}}, {{"after": n}})'
        if key in NUMBERS and (type(value) is not int or value < 0):
            return f"{key} {value!r} is not a number of days"
        if key in LINES and not (isinstance(value, str) or _is_lines(value)):
            return f"{key} is not a text or a list of lines"
        if key == "unit" and value not in ("working", "calendar"):
            return f"unit {value!r} is not working or calendar"
        if key == "checklist" and not _is_checklist(value):
            return "checklist: item -> [result, remark] expected"
        if key == "pdf" and not _is_pdf(value):
            return 'pdf: {"title": text, "lines": [texts]} expected'
        if key not in _SHAPED and not isinstance(value, str):
            return f"{key} is not a text"
    if raw["kind"] == "finding" and ("review" in raw) == ("inspection" in raw):
        return "a finding comes from one review or one inspection"
    if raw["kind"] == "attachment" and sum(k in raw for k in ATTACHMENT_CONTENT) != 1:
        return f"an attachment has one of {', '.join(ATTACHMENT_CONTENT)}"
    return None


def _is_date(value: object, *, nullable: bool) -> bool:
    if value is None:
        return nullable
    if isinstance(value, dict):
        return len(value) == 1 and set(value) <= {"ago", "after"} and _days(value)
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _days(value: dict[str, object]) -> bool:
    (n,) = value.values()
    return type(n) is int and n >= 0


def _is_checklist(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(pair, list) and len(pair) == 2 and _is_lines(pair) for pair in value.values()
    )


def _is_pdf(value: object) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"title", "lines"}
        and isinstance(value["title"], str)
        and _is_lines(value["lines"])
    )


def _write_pdf(path: Path, title: str, lines: list[str]) -> None:
    """A one-page PDF (reportlab's built-in CJK font, invariant output)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    font = "STSong-Light"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setTitle(title)
    pdf.setFont(font, 16)
    pdf.drawString(72, 760, title)
    pdf.setFont(font, 11)
    y = 730
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 18
    pdf.showPage()
    pdf.save()
