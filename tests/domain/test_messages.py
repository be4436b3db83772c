"""Every code the domain raises has a Chinese and an English template that use the
values the code is raised with."""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from app.domain import (
    case_lifecycle,
    credit_code,
    date_order,
    filenames,
    finding_lifecycle,
    report_due,
    workdays,
)
from app.domain.catalogue import catalogue
from app.domain.errors import InspectDeskError, render, shown_in, value_label

# The rules' own catalogue file: the codes app/domain raises and nothing else.
MESSAGES = {
    key: entry
    for key, entry in catalogue().messages.items()
    if catalogue().sources[key] == "rules.json"
}
DOMAIN_DIR = Path(__file__).resolve().parents[2] / "app" / "domain"
RAISE_PATTERN = re.compile(r'(?:ValidationError|ConflictError)\(\s*"([a-z_]+\.[a-z_]+)"')


def placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def codes_raised_in_source() -> set[str]:
    codes: set[str] = set()
    for path in DOMAIN_DIR.glob("*.py"):
        codes.update(RAISE_PATTERN.findall(path.read_text(encoding="utf-8")))
    return codes


def test_the_source_scan_finds_the_codes_it_should() -> None:
    # Guards the scan itself: a broken pattern would make the next tests vacuous.
    assert {"credit_code.check", "case.transition", "attachment.name_invalid"} <= (
        codes_raised_in_source()
    )


@pytest.mark.parametrize("code", sorted(codes_raised_in_source()))
def test_every_raised_code_has_both_languages_with_the_same_placeholders(code: str) -> None:
    assert code in MESSAGES
    entry = MESSAGES[code]
    assert set(entry) == {"zh", "en"}
    assert entry["zh"].strip() and entry["en"].strip()
    assert placeholders(entry["zh"]) == placeholders(entry["en"])


def test_the_catalogue_holds_no_code_that_nothing_raises() -> None:
    assert set(MESSAGES) == codes_raised_in_source()


# One way to provoke each code, to compare the values it is raised with against
# the placeholders of its templates.
TRIGGERS: dict[str, Callable[[], object]] = {
    "field.required": lambda: finding_lifecycle.check_extension(
        date(2021, 5, 1), date(2021, 6, 1), " ", "王主任"
    ),
    "date.invalid": lambda: workdays.parse_date("2021-02-30", "received_on"),
    "credit_code.length": lambda: credit_code.validate_credit_code("123"),
    "credit_code.char": lambda: credit_code.validate_credit_code("91110108551385082I"),
    "credit_code.check": lambda: credit_code.validate_credit_code("91110108551385082A"),
    "deadline.period": lambda: workdays.compute_deadline(
        date(2021, 1, 1), 0, workdays.PeriodUnit.WORKING, workdays.WorkCalendar()
    ),
    "deadline.out_of_range": lambda: workdays.compute_deadline(
        date(9999, 12, 30), 5, workdays.PeriodUnit.CALENDAR, workdays.WorkCalendar()
    ),
    "case.transition": lambda: case_lifecycle.check_transition(
        case_lifecycle.CaseStatus.OPENED, case_lifecycle.CaseStatus.CLOSED
    ),
    "case.status_unknown": lambda: case_lifecycle.parse_case_status("finished"),
    "case.close_unresolved": lambda: case_lifecycle.check_can_close(2),
    "case.closed_readonly": lambda: case_lifecycle.check_writable(
        case_lifecycle.CaseStatus.CLOSED, "ZJ-2021-0001"
    ),
    "case.not_closed": lambda: case_lifecycle.check_reopenable(
        case_lifecycle.CaseStatus.UNDER_REVIEW, "ZJ-2021-0001"
    ),
    "finding.transition": lambda: finding_lifecycle.check_finding_transition(
        finding_lifecycle.FindingStatus.VERIFIED, finding_lifecycle.FindingStatus.OPEN
    ),
    "extension.not_later": lambda: finding_lifecycle.check_extension(
        date(2021, 5, 1), date(2021, 5, 1), "资料补充", "王主任"
    ),
    "report.planned_launch_required": lambda: report_due.report_due_date(
        report_due.make_trigger_rule("T1", "before launch"),
        event_date=None,
        planned_launch=None,
        calendar=workdays.WorkCalendar(),
    ),
    "report.event_date_required": lambda: report_due.report_due_date(
        report_due.make_trigger_rule("T3", "within 30 working days"),
        event_date=None,
        planned_launch=date(2021, 5, 1),
        calendar=workdays.WorkCalendar(),
    ),
    "report.due_invalid": lambda: report_due.parse_report_due("soon"),
    "attachment.name_invalid": lambda: filenames.sanitize_filename("../..."),
    "date.order": lambda: date_order.check_record_dates(
        "case", {"opened_on": date(2021, 5, 1), "closed_on": date(2021, 4, 30)}
    ),
}


def test_there_is_a_trigger_for_every_code() -> None:
    assert set(TRIGGERS) == set(MESSAGES)


@pytest.mark.parametrize("code", sorted(TRIGGERS))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_code_is_raised_with_exactly_the_values_its_template_uses(
    code: str, lang: str
) -> None:
    with pytest.raises(InspectDeskError) as caught:
        TRIGGERS[code]()
    error = caught.value
    assert error.code == code
    assert set(error.values) == placeholders(MESSAGES[code][lang])
    text = render(code, error.values, lang)
    assert "{" not in text and "}" not in text
    for name, value in error.values.items():
        assert str(shown_in(value_label(code, name, value, lang), lang)) in text
    # A day in a Chinese sentence is written the Chinese way, never as 2021-05-01
    if lang == "zh":
        assert not re.search(r"\b\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b", text) or (
            code == "date.invalid"
        ), text
