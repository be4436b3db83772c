"""The catalogues of app/catalogues held to what the program needs of them.

Every entry reads in Chinese and English with the same placeholders, every code
raised anywhere in app/ has a template, every kind an error's value is shown by
exists, and a key written in two files is refused rather than one silently
winning.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from app.domain import catalogue as catalogue_module
from app.domain.catalogue import CatalogueError, catalogue, labels_of, read
from app.domain.errors import ValidationError, render
from app.domain.labels import KINDS, label
from app.services.support import permissions

APP = Path(__file__).resolve().parents[2] / "app"
CATALOGUE = catalogue()

RAISERS = (
    "ValidationError|ConflictError|NotFoundError|IntegrityProblem|RecordRefusedError"
    "|ImportRejected|CliProblem|_refuse"
)
RAISED = re.compile(rf'\b(?:{RAISERS})\(\s*"([a-z_0-9]+\.[a-z_0-9.]+)"')
# A refusal of the permission authority: Decision(False, "role.forbidden", …)
DECIDED = re.compile(r'\bDecision\(\s*False,\s*"([a-z_0-9]+\.[a-z_0-9.]+)"')
# Codes built from a record's type: f"{owner_type}.not_found"
OWNER_NOT_FOUND = re.compile(r'\(\s*f"\{owner_type\}\.not_found"')
# Refusals that show the accepted spellings of a value, Chinese ones among them
QUOTES_CHINESE_INPUT = {"date.invalid", "report.due_invalid"}
SAID = re.compile(r'\bsay\(\s*"([a-z_0-9.]+)"')


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(APP.rglob("*.py")))


SOURCE = _source()


def _codes() -> set[str]:
    return set(RAISED.findall(SOURCE)) | set(DECIDED.findall(SOURCE))


def test_the_scans_find_what_they_should() -> None:
    # Guards the scans: a broken pattern would make the tests below vacuous.
    raised = _codes()
    assert len(raised) > 150
    assert {"credit_code.check", "role.forbidden", "exchange.not_zip", "cli.input_not_a_file"} <= (
        raised
    )
    assert OWNER_NOT_FOUND.search(SOURCE)
    assert {"password_prompt", "all_provinces"} <= set(SAID.findall(SOURCE))


@pytest.mark.parametrize("key", sorted(CATALOGUE.messages))
def test_every_message_reads_in_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE.messages[key]
    assert set(entry) == {"zh", "en"}, key
    assert entry["zh"].strip() and entry["en"].strip()
    assert _placeholders(entry["zh"]) == _placeholders(entry["en"])
    # A Chinese template is written in Chinese (at least its punctuation) unless it is
    # the same in every language (a dash, the program's name); an English one holds no
    # Chinese words except where it quotes what an official may type
    if entry["zh"] != entry["en"]:
        assert re.search(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]", entry["zh"]), entry["zh"]
    if key not in QUOTES_CHINESE_INPUT:
        assert not re.search(r"[\u4e00-\u9fff]", entry["en"]), entry["en"]


@pytest.mark.parametrize("kind", sorted(CATALOGUE.labels))
def test_every_label_reads_in_both_languages(kind: str) -> None:
    table = labels_of(kind)
    assert table, kind
    for value, entry in table.items():
        assert set(entry) == {"zh", "en"}, (kind, value)
        assert entry["zh"].strip() and entry["en"].strip(), (kind, value)
        assert label(kind, value, "zh") == entry["zh"]
        assert label(kind, value, "en") == entry["en"]


def test_a_label_kind_is_owned_by_one_table() -> None:
    assert not set(CATALOGUE.labels) & set(KINDS)


@pytest.mark.parametrize("code", sorted(_codes()))
def test_every_code_raised_anywhere_has_a_template(code: str) -> None:
    assert code in CATALOGUE.messages, f"{code} is raised but no catalogue says it"


@pytest.mark.parametrize("owner_type", ["case", "finding", "inspection", "report", "review"])
def test_every_record_type_not_found_has_a_template(owner_type: str) -> None:
    assert f"{owner_type}.not_found" in CATALOGUE.messages


@pytest.mark.parametrize("key", sorted(set(SAID.findall(SOURCE))))
def test_every_line_the_command_line_says_exists(key: str) -> None:
    assert f"cli.{key}" in CATALOGUE.messages


def test_every_value_shown_by_a_label_names_a_kind_that_exists() -> None:
    assert CATALOGUE.value_labels
    for (code, name), kinds in CATALOGUE.value_labels.items():
        assert code in CATALOGUE.messages, code
        assert name in _placeholders(CATALOGUE.messages[code]["en"]), (code, name)
        for kind in kinds:
            assert kind in KINDS or kind in CATALOGUE.labels, (code, name, kind)


def test_every_action_and_role_has_words_in_both_languages() -> None:
    for action in permissions.ACTIONS:
        zh, en = (permissions.action_label(action, lang) for lang in ("zh", "en"))
        assert zh != action and en != action and zh != en, action
    for role in permissions.ROLES:
        zh, en = (permissions.role_label(role, lang) for lang in ("zh", "en"))
        assert zh != role and zh != en, role


def test_a_refusal_names_the_role_in_words() -> None:
    shown = render("role.forbidden", {"role": "viewer", "action": "case.open"}, "zh")
    assert "viewer" not in shown and "case.open" not in shown
    assert label("role", "viewer", "zh") in shown


def _write(folder: Path, name: str, data: dict[str, object]) -> None:
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_key_in_two_files_is_refused_naming_both(tmp_path: Path) -> None:
    entry = {"zh": "甲", "en": "A"}
    _write(tmp_path, "a.json", {"messages": {"x.y": entry}})
    _write(tmp_path, "b.json", {"messages": {"x.y": entry}})
    with pytest.raises(CatalogueError, match=r"b\.json: x\.y is also in a\.json"):
        read(tmp_path)


def test_a_label_kind_in_two_files_is_refused(tmp_path: Path) -> None:
    table = {"k": {"v": {"zh": "甲", "en": "A"}}}
    _write(tmp_path, "a.json", {"labels": table})
    _write(tmp_path, "b.json", {"labels": table})
    with pytest.raises(CatalogueError, match="labels k"):
        read(tmp_path)


def test_a_damaged_file_or_an_empty_folder_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="no catalogue files"):
        read(tmp_path)
    (tmp_path / "broken.json").write_text('{"messages": {', encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"broken\.json"):
        read(tmp_path)


def test_the_catalogues_are_read_once() -> None:
    assert catalogue_module.catalogue() is catalogue_module.catalogue()


def test_a_value_shown_by_a_catalogue_label_reads_in_the_language() -> None:
    error = ValidationError("case.transition", current="opened", target="closed")
    zh, en = error.render("zh"), error.render("en")
    assert "opened" not in zh and "closed" not in zh
    assert label("case_status", "opened", "zh") in zh
    assert label("case_status", "opened", "en") in en
