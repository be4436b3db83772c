"""Damaged and hostile exchange packages: each is refused with its reason, and nothing is written.

Each test starts from a genuine package (Zhejiang's cases of the demo data) and
spoils it one way; the receiving office already holds Beijing's cases, so that
"nothing written" is checked against a database with rows and stored files.
"""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.db.engine import Database
from app.domain.errors import ValidationError, render
from app.services.exchange import Limits, export_package, import_package, plan_import
from app.services.support.context import Actor
from tests.cli.conftest import Cli
from tests.conftest import Databases, location_of
from tests.services.exchange_helpers import (
    Forgery,
    read_package,
    records,
    refused_import,
    state,
    write_package,
)

TODAY = date(2025, 6, 30)
SUPERVISOR = Actor("office_a", role="supervisor")
OTHER = Actor("office_b", role="supervisor")
GiB = 1024**3
MiB = 1024**2


@pytest.fixture(scope="module")
def packages(
    backend: str, databases: Databases, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """A genuine Zhejiang package and a Beijing one, exported once per backend."""
    folder = tmp_path_factory.mktemp("hostile-source")
    source = databases.open_demo(backend, folder, SUPERVISOR, TODAY)
    try:
        zj = export_package(source, SUPERVISOR, folder / "zj.zip", province="330000").path
        bj = export_package(source, SUPERVISOR, folder / "bj.zip", province="110000").path
    finally:
        databases.close(source)
    return {"zj": zj, "bj": bj}


@pytest.fixture
def receiver(
    backend: str, databases: Databases, tmp_path: Path, packages: dict[str, Path]
) -> Iterator[Database]:
    database = databases.open(backend, tmp_path, "receiver")
    import_package(database, OTHER, packages["bj"])
    yield database
    databases.close(database)


@pytest.fixture
def genuine(packages: dict[str, Path]) -> dict[str, bytes]:
    return read_package(packages["zj"])


@pytest.fixture
def zj(packages: dict[str, Path]) -> Forgery:
    return Forgery(packages["zj"])


def refused(db: Database, path: Path, code: str, **values: Any) -> ValidationError:
    """Import ``path``: refused with ``code`` (and these values), the database and files untouched."""
    before = state(db)
    with pytest.raises(ValidationError) as planned:
        plan_import(db, OTHER, path)
    with pytest.raises(ValidationError) as caught:
        import_package(db, OTHER, path)
    error = caught.value
    assert (planned.value.code, planned.value.values) == (error.code, error.values)
    assert error.code == code, error.render("en")
    for name, value in values.items():
        assert error.values[name] == value, (name, error.values)
    for lang in ("zh", "en"):
        text = render(error.code, error.values, lang)
        assert "{" not in text, text
    assert state(db) == before
    return error


def _attachment(members: dict[str, bytes]) -> str:
    return next(n for n in members if n.startswith("attachments/"))


def test_the_genuine_package_is_accepted(receiver: Database, packages: dict[str, Path]) -> None:
    # Guards the tests below: they spoil a package that is otherwise imported.
    assert import_package(receiver, OTHER, packages["zj"]).new["case"] == 2


def test_a_truncated_package(receiver: Database, packages: dict[str, Path], tmp_path: Path) -> None:
    data = packages["zj"].read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    refused(receiver, cut, "exchange.not_zip", file=str(cut))


def test_a_file_whose_hash_differs_from_the_manifest(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    name = _attachment(genuine)
    genuine[name] = genuine[name][:-1] + bytes([genuine[name][-1] ^ 1])  # same size, one bit
    path = write_package(tmp_path / "tampered.zip", genuine, relist=False)
    error = refused(receiver, path, "exchange.hash_mismatch", name=name)
    assert error.values["expected"] == name.split("/")[1]


def test_a_records_file_changed_after_the_manifest(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    genuine["records/finding.json"] = genuine["records/finding.json"].replace(
        "整改".encode(), "改整".encode(), 1
    )
    path = write_package(tmp_path / "tampered.zip", genuine, relist=False)
    refused(receiver, path, "exchange.hash_mismatch", name="records/finding.json")


@pytest.mark.parametrize(
    "name",
    [
        "../evil.txt",
        "records/../../evil.json",
        "/etc/cron.d/evil",
        "attachments\\..\\evil",
        "C:/evil",
    ],
)
def test_a_path_that_escapes_the_package(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path, name: str
) -> None:
    genuine[name] = b"* * * * * root rm -rf /\n"
    path = write_package(tmp_path / "escape.zip", genuine)  # listed in the manifest, even
    refused(receiver, path, "exchange.unsafe_name", name=name)
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path.parent / "evil.txt").exists()


def test_a_symbolic_link(receiver: Database, genuine: dict[str, bytes], tmp_path: Path) -> None:
    path = write_package(tmp_path / "link.zip", genuine)
    name = "attachments/" + "ab" * 32
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(info, "/etc/passwd")
    refused(receiver, path, "exchange.link", name=name)


def _bomb(path: Path, members: dict[str, bytes], size: int) -> str:
    """A package with an attachment of ``size`` zero bytes, written streaming."""
    name = "attachments/" + hashlib.sha256(b"bomb").hexdigest()
    write_package(path, members)
    zero = bytes(MiB)
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        zf.open(name, "w", force_zip64=True) as out,
    ):
        for _ in range(size // MiB):
            out.write(zero)
    return name


def test_a_zip_bomb(receiver: Database, genuine: dict[str, bytes], tmp_path: Path) -> None:
    # 1 GiB of zeros in about 4 MB: refused from its header, before a byte is unpacked
    path = tmp_path / "bomb.zip"
    name = _bomb(path, genuine, GiB)
    assert path.stat().st_size < 10 * MiB
    refused(receiver, path, "exchange.file_too_large", name=name, size=GiB)


def test_a_zip_bomb_within_the_size_limit_is_refused_for_its_ratio(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    path = tmp_path / "bomb.zip"
    name = _bomb(path, genuine, 64 * MiB)
    error = refused(receiver, path, "exchange.ratio", name=name)
    assert error.values["ratio"] > error.values["limit"]


def _understate(path: Path, name: str, declared: int) -> None:
    """Patch the zip so that its headers say ``name`` unpacks to ``declared`` bytes."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    # local header: the uncompressed size is at offset 22
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02"))
    while central != -1:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == name.encode():
            struct.pack_into("<I", data, central + 24, declared)  # central directory entry
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_a_header_understating_the_size_is_not_trusted(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    # The header says 1,000 bytes; the stream holds 8 MiB: never read beyond, refused
    name = "attachments/" + hashlib.sha256(bytes(8 * MiB)).hexdigest()
    genuine[name] = bytes(8 * MiB)
    path = write_package(tmp_path / "liar.zip", genuine)
    _understate(path, name, 1000)
    error = refused(receiver, path, "exchange.corrupt_member", name=name)
    assert error.values["reason"]


def test_a_manifest_of_another_schema_version(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    manifest = json.loads(genuine["manifest.json"])
    manifest["schema_version"] = 2
    genuine["manifest.json"] = json.dumps(manifest).encode()
    path = write_package(tmp_path / "v2.zip", genuine, relist=False)
    refused(receiver, path, "exchange.schema_version", name="manifest.json", version=2, supported=1)


def test_a_records_file_of_another_schema_version(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    document = records(genuine, "case")
    document["schema_version"] = 0
    genuine["records/case.json"] = json.dumps(document).encode()
    path = write_package(tmp_path / "v0.zip", genuine)
    refused(receiver, path, "exchange.schema_version", name="records/case.json", version=0)


def test_malformed_json(receiver: Database, genuine: dict[str, bytes], tmp_path: Path) -> None:
    genuine["records/finding.json"] = genuine["records/finding.json"][:-20]
    path = write_package(tmp_path / "broken.zip", genuine)
    refused(receiver, path, "exchange.bad_json", name="records/finding.json")


def test_an_unlisted_extra_file(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    path = write_package(tmp_path / "extra.zip", genuine)
    content = b"not in the manifest"
    name = "attachments/" + hashlib.sha256(content).hexdigest()
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(name, content)
    refused(receiver, path, "exchange.unlisted_file", name=name)


def test_a_file_the_format_does_not_know(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    genuine["records/users.json"] = b"[]"
    path = write_package(tmp_path / "users.zip", genuine)
    refused(receiver, path, "exchange.unexpected_file", name="records/users.json")


def test_a_listed_file_that_is_missing(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    name = _attachment(genuine)
    manifest = json.loads(genuine["manifest.json"])
    del genuine[name]
    genuine["manifest.json"] = json.dumps(manifest).encode()
    path = write_package(tmp_path / "missing.zip", genuine, relist=False)
    refused(receiver, path, "exchange.missing_file", name=name)


def _spoil_record(genuine: dict[str, bytes], record_type: str, change: Any) -> None:
    document = records(genuine, record_type)
    change(document["records"][0])
    genuine[f"records/{record_type}.json"] = json.dumps(document, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("record_type", "field", "value", "problem"),
    [
        ("finding", "status", "done", "choice"),
        ("finding", "current_deadline", "2021-02-30", "date"),
        ("finding", "number", "3", "type"),
        ("case", "opened_on", None, "null"),
        ("case", "company_id", "not-a-uuid", "uuid"),
        ("company", "credit_code", "91330108MA01DEM08A", "credit_code"),
        ("company", "province_code", "999999", "unknown_code"),
        ("inspection", "notes", "x\x00y", "control_chars"),
        ("attachment", "added_at", "2021-05-06T10:00:00", "datetime"),
    ],
)
def test_a_record_with_a_wrong_field(
    receiver: Database,
    genuine: dict[str, bytes],
    tmp_path: Path,
    record_type: str,
    field: str,
    value: Any,
    problem: str,
) -> None:
    _spoil_record(genuine, record_type, lambda r: r["fields"].__setitem__(field, value))
    path = write_package(tmp_path / "field.zip", genuine)
    refused(
        receiver,
        path,
        "exchange.bad_field",
        name=f"records/{record_type}.json",
        index=1,
        field=field,
        problem=problem,
    )


def test_a_record_missing_a_field(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    _spoil_record(genuine, "review", lambda r: r["fields"].pop("conclusion"))
    path = write_package(tmp_path / "field.zip", genuine)
    refused(receiver, path, "exchange.bad_field", field="conclusion", problem="missing")


def test_a_reference_to_nothing(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    nowhere = str(uuid.uuid4())
    _spoil_record(genuine, "finding", lambda r: r["fields"].__setitem__("case_id", nowhere))
    path = write_package(tmp_path / "dangling.zip", genuine)
    error = refused(
        receiver, path, "exchange.dangling_ref", name="records/finding.json", field="case_id"
    )
    assert error.values["target"] == f"case {nowhere}"


def test_a_record_that_does_not_match_its_hash(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    # Repacked with a fresh manifest: only the record's own hash shows the change
    _spoil_record(
        genuine,
        "finding",
        lambda r: r["fields"].__setitem__("description", r["fields"]["description"] + "（已删去）"),
    )
    path = write_package(tmp_path / "edited.zip", genuine)
    refused(receiver, path, "exchange.record_hash", name="records/finding.json")


def test_the_same_record_twice(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    document = records(genuine, "finding")
    document["records"].append(document["records"][0])
    genuine["records/finding.json"] = json.dumps(document).encode()
    path = write_package(tmp_path / "twice.zip", genuine)
    refused(receiver, path, "exchange.duplicate_id", name="records/finding.json")


def test_an_attachment_whose_file_is_not_in_the_package(
    receiver: Database, genuine: dict[str, bytes], tmp_path: Path
) -> None:
    del genuine[_attachment(genuine)]
    path = write_package(tmp_path / "nofile.zip", genuine)
    refused(receiver, path, "exchange.attachment_file_missing", name="records/attachment.json")


def test_not_a_package_at_all(receiver: Database, tmp_path: Path) -> None:
    path = tmp_path / "other.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "inspectdesk-backup"}))
    refused(receiver, path, "exchange.not_a_package", name="manifest.json", field="format")
    empty = tmp_path / "empty.zip"
    zipfile.ZipFile(empty, "w").close()
    refused(receiver, empty, "exchange.manifest_missing")


def test_too_many_files(receiver: Database, packages: dict[str, Path]) -> None:
    before = state(receiver)
    with pytest.raises(ValidationError) as caught:
        import_package(receiver, OTHER, packages["zj"], limits=Limits(max_members=3))
    assert caught.value.code == "exchange.too_many_files"
    assert state(receiver) == before


# --- values the commands never store (the rules: tests/services/test_exchange_rules.py) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("../../../../zipslip.txt", "exchange.file_name"),
        ("..\\..\\windows.txt", "exchange.file_name"),
        ("/etc/passwd", "exchange.file_name"),
        ("C:\\Users\\x.txt", "exchange.file_name"),
        ("CON.txt", "exchange.file_name"),
        ("nul", "exchange.file_name"),
        ("report\u202etxt.exe", "exchange.file_name"),  # a right-to-left override
        (".hidden", "exchange.file_name"),
        ("line\nbreak.txt", "exchange.file_name"),
        ("..", "attachment.name_invalid"),
    ],
)
def test_an_attachment_name_the_command_would_have_changed(
    receiver: Database, zj: Forgery, tmp_path: Path, name: str, rule: str
) -> None:
    zj.add("attachment", zj.find("attachment", owner_type="inspection"), original_name=name)
    error = refused_import(
        receiver, zj.write(receiver, tmp_path / "name.zip"), OTHER, "exchange.record_refused"
    )
    assert error.values["rule"] == rule and error.values["name"] == "records/attachment.json"


@pytest.mark.parametrize("name", ["evil\x00.txt", "evil\x1b[2J.txt", "bell\x07.txt"])
def test_an_attachment_name_with_control_characters(
    receiver: Database, zj: Forgery, tmp_path: Path, name: str
) -> None:
    zj.add("attachment", zj.find("attachment", owner_type="inspection"), original_name=name)
    path = zj.write(receiver, tmp_path / "name.zip")
    refused_import(receiver, path, OTHER, "exchange.bad_field", field="original_name")


@pytest.mark.parametrize(
    ("record_type", "field", "value"),
    [("finding", "description", "\ud800 lone"), ("case", "official_logins", ["\udfff"])],
)
def test_a_lone_surrogate_no_database_can_store(
    receiver: Database, zj: Forgery, tmp_path: Path, record_type: str, field: str, value: Any
) -> None:
    zj.update(zj.all(record_type)[0], **{field: value})
    path = zj.write(receiver, tmp_path / "surrogate.zip")
    refused_import(receiver, path, OTHER, "exchange.bad_field", field=field, problem="surrogate")


def test_a_manifest_naming_its_sender_with_control_characters(
    receiver: Database, zj: Forgery, tmp_path: Path
) -> None:
    path = zj.write(receiver, tmp_path / "m.zip")
    members = read_package(path)
    manifest = json.loads(members["manifest.json"])
    manifest["exported_by"] = "office\x1b]0;owned\x07\ud800"
    members["manifest.json"] = json.dumps(manifest).encode()
    write_package(path, members, relist=False)
    refused_import(receiver, path, OTHER, "exchange.not_a_package", field="exported_by")


@pytest.mark.parametrize(
    ("record_type", "field", "value"),
    [
        ("case", "seq", 9223372036854775807),  # the issue: every later `case open` failed
        ("case", "seq", 1_000_000),
        ("case", "year", 3000),
        ("finding", "number", 0),
        ("finding", "number", 2**40),
        ("finding", "raised_on", "9999-12-31"),
        ("finding", "original_deadline", "0001-01-01"),
        ("report", "report_version", 5000),
        ("attachment", "added_at", "0001-01-01T00:00:00+08:00"),  # no UTC form at all
        ("status_change", "changed_at", "2201-01-01T00:00:00+00:00"),
    ],
)
def test_a_number_or_date_out_of_range(
    receiver: Database, zj: Forgery, tmp_path: Path, record_type: str, field: str, value: Any
) -> None:
    record = zj.all(record_type)[0]
    zj.update(record, **{field: value})
    if field == "seq":
        record["fields"]["case_number"] = f"ZJ-2021-{value:04d}"
    path = zj.write(receiver, tmp_path / "range.zip")
    refused_import(receiver, path, OTHER, "exchange.bad_field", field=field, problem="range")


@pytest.mark.parametrize(
    ("where", "content", "code"),
    [
        ("records/finding.json", b"[" * 200_000 + b"]" * 200_000, "exchange.json_too_deep"),
        ("manifest.json", b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "exchange.json_too_deep"),
        (
            "records/case.json",
            b'{"schema_version": ' + b"7" * 5001 + b"}",
            "exchange.json_number_too_long",
        ),
        ("records/case.json", b"[" * 40 + b"]" * 40, "exchange.json_too_deep"),
    ],
)
def test_json_the_parser_cannot_hold_is_refused_with_exit_status_2(
    receiver: Database, zj: Forgery, tmp_path: Path, where: str, content: bytes, code: str
) -> None:
    path = zj.write(receiver, tmp_path / "deep.zip")
    members = read_package(path)
    members[where] = content
    write_package(path, members, relist=where != "manifest.json")
    refused_import(receiver, path, OTHER, code, name=where)
    result = Cli(location_of(receiver), tmp_path / "data")("exchange", "import", str(path))
    assert result.rc == 2, result
    assert where in result.err and "Unexpected" not in result.err
