"""Every refusal of the exchange has a Chinese and an English message with the same values."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from app.domain.catalogue import catalogue, labels_of

# The exchange's own catalogue file and the words of a field's problems.
MESSAGES = {
    key: entry
    for key, entry in catalogue().messages.items()
    if catalogue().sources[key] == "exchange.json"
}
PROBLEMS = labels_of("exchange_field_problem")

SOURCE = Path(__file__).resolve().parents[2] / "app" / "services" / "exchange"
RAISED = re.compile(r'(?:Error|Problem|_refuse)\(\s*"(exchange\.[a-z0-9_]+)"')
PROBLEM = re.compile(r'_Problem\([^,]+,\s*"([a-z0-9_]+)"\)')


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in SOURCE.glob("*.py"))


def test_the_scan_finds_the_codes() -> None:
    assert {"exchange.not_zip", "exchange.bad_field"} <= set(RAISED.findall(_source()))
    assert "type" in set(PROBLEM.findall(_source()))


@pytest.mark.parametrize("code", sorted(set(RAISED.findall(_source()))))
def test_every_raised_code_reads_in_both_languages(code: str) -> None:
    entry = MESSAGES[code]
    assert set(entry) == {"zh", "en"}
    assert _placeholders(entry["zh"]) == _placeholders(entry["en"])


def test_the_catalogue_holds_no_code_that_nothing_raises() -> None:
    assert set(MESSAGES) == set(RAISED.findall(_source()))


def test_every_field_problem_reads_in_both_languages() -> None:
    raised = set(PROBLEM.findall(_source()))
    assert raised == set(PROBLEMS)
    assert all(set(PROBLEMS[p]) == {"zh", "en"} for p in raised)
