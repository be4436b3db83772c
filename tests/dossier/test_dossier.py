"""The case dossier read back with pypdf: sections, Chinese text, page footers, hashes, robustness."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

import app.dossier.case_dossier as case_dossier
from app.db.engine import Database
from app.domain.errors import NotFoundError
from app.dossier import DossierOptions, build_case_dossier
from app.dossier.labels import label
from app.services.casework import cases
from app.services.exports.dossier_export import DossierResult, bundle_name, export_dossier
from app.services.rectification import attachments, inspections
from app.services.support.context import Actor
from tests.conftest import Databases, location_of

TODAY = date(2026, 6, 15)
ACTOR = Actor("demo", role="admin")
CASE = "BJ-2021-0004"  # ByteDance: a report, two reviews, an inspection with a photo
OVERDUE_CASE = "BJ-2021-0001"  # Inke: one finding overdue as of TODAY
SECTIONS = (
    "cover",
    "contents",
    "overview",
    "company",
    "summons",
    "chronology",
    "reports",
    "findings",
    "inspections",
    "evidence",
    "manifest",
    "integrity",
)


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, backend: str, databases: Databases
) -> Iterator[Database]:
    """One demo database shared by the tests that only read it."""
    db = databases.open_demo(backend, tmp_path_factory.mktemp("dossier"), ACTOR, TODAY)
    yield db
    databases.close(db)


@pytest.fixture
def fresh_demo(tmp_path: Path, backend: str, databases: Databases) -> Iterator[Database]:
    """A demo database of its own, for tests that add records."""
    db = databases.open_demo(backend, tmp_path, ACTOR, TODAY)
    yield db
    databases.close(db)


@dataclasses.dataclass
class Exported:
    result: DossierResult
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def _export(db: Database, target: Path, case: str = CASE, **kw: object) -> Exported:
    result = export_dossier(db, ACTOR, case, target, as_of=TODAY, **kw)  # type: ignore[arg-type]
    reader = PdfReader(str(target))
    return Exported(result, reader, [p.extract_text() for p in reader.pages])


@pytest.fixture(scope="module")
def zh(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    return _export(demo, tmp_path_factory.mktemp("zh") / "dossier.pdf", lang="zh")


@pytest.fixture(scope="module")
def en(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> Exported:
    return _export(demo, tmp_path_factory.mktemp("en") / "dossier.pdf", lang="en")


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)  # type: ignore[attr-defined]

    walk(reader.outline)  # type: ignore[arg-type]
    return titles


def _flat(text: str) -> str:
    """Extracted text without the line breaks the layout put in."""
    return re.sub(r"\s+", "", text)


# --- the demo dossier ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_has_header_and_footer(lang: str, zh: Exported, en: Exported) -> None:
    # Given the dossier of a demo case
    doc = zh if lang == "zh" else en
    total = len(doc.pages)
    # Then every page carries the case number, the marking and "page N of M"
    assert doc.result.pages == total > 5
    marking = label("default_marking", lang)
    for n, text in enumerate(doc.pages, 1):
        assert CASE in text
        assert marking in text
        assert label("page_footer", lang, n=n, m=total) in text
    if lang == "zh":
        assert "第 1 页 共" in doc.pages[0]
        assert f"第 {total} 页 共 {total} 页" in doc.pages[-1]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_outline_contents_and_metadata(lang: str, zh: Exported, en: Exported) -> None:
    doc = zh if lang == "zh" else en
    titles = _outline_titles(doc.reader)
    for key in SECTIONS:
        assert label(key, lang) in titles
        assert label(key, lang) in doc.text
    # the contents page lists the sections with the pages they start on
    toc = doc.pages[1].split("\n", 3)[3]
    listed = {int(n) for n in re.findall(r"\d+", toc)}
    for key in SECTIONS[2:]:
        title = label(key, lang)
        assert title in toc
        start = next(n for n, text in enumerate(doc.pages, 1) if text.split("\n")[3] == title)
        assert start in listed
    meta = doc.reader.metadata
    assert meta is not None
    assert meta.title and CASE in meta.title
    assert meta.author == "InspectDesk"
    assert meta.subject == label("subject", lang)
    assert meta.creation_date is not None


def test_chinese_text_extracts_as_the_same_characters(demo: Database, zh: Exported) -> None:
    detail = cases.show_case(demo, ACTOR, CASE, as_of=TODAY)
    flat = _flat(zh.text)
    assert str(detail.company.name_zh) in flat
    assert _flat(detail.findings[0].description) in flat
    sentence = "检查组在企业测试环境中对人脸融合特效进行了实际操作验证"
    assert sentence in detail.inspections[0].notes
    assert sentence in flat
    assert "，" in zh.text and "。" in zh.text  # punctuation kept


def test_english_dossier_labels_and_names(en: Exported) -> None:
    assert "ByteDance" in en.text
    assert "Page 1 of" in en.pages[0]
    assert "Assessment report" not in en.text or "Assessment reports and reviews" in en.text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_audit_head_and_manifest_hashes(
    lang: str, demo: Database, zh: Exported, en: Exported
) -> None:
    doc = zh if lang == "zh" else en
    detail = cases.show_case(demo, ACTOR, CASE, as_of=TODAY)
    assert detail.audit_head and detail.audit_head in doc.text
    assert detail.attachments
    for a in detail.attachments:
        assert a.sha256 in doc.text
        assert a.original_name in _flat(doc.text)


def test_manifest_hashes_are_those_of_the_stored_files(demo: Database, zh: Exported) -> None:
    detail = cases.show_case(demo, ACTOR, CASE, as_of=TODAY)
    for a in detail.attachments:
        stored = attachments.stored_file(demo, attachments.relative_path(a.sha256))
        assert hashlib.sha256(stored.read_bytes()).hexdigest() in zh.text


@pytest.mark.parametrize(("lang", "word"), [("zh", "逾期 {n} 天"), ("en", "OVERDUE {n} days")])
def test_overdue_findings_are_marked_in_text(
    demo: Database, tmp_path: Path, lang: str, word: str
) -> None:
    detail = cases.show_case(demo, ACTOR, OVERDUE_CASE, as_of=TODAY)
    overdue = [f for f in detail.findings if f.overdue]
    assert overdue
    doc = _export(demo, tmp_path / "o.pdf", case=OVERDUE_CASE, lang=lang)
    for f in overdue:
        assert word.format(n=f.days_overdue) in doc.text


def test_options_office_and_marking(demo: Database, tmp_path: Path) -> None:
    doc = _export(demo, tmp_path / "m.pdf", lang="zh", office="北京市委网信办", marking="秘密★1年")
    assert doc.reader.metadata is not None
    assert doc.reader.metadata.author == "北京市委网信办"
    assert all("秘密★1年" in p for p in doc.pages)


def test_unknown_case_is_refused(demo: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_dossier(demo, ACTOR, "XX-2099-0001", tmp_path / "x.pdf")
    assert not list(tmp_path.iterdir())


# --- robustness ----------------------------------------------------------------------------


def test_case_without_findings_or_inspections(fresh_demo: Database, tmp_path: Path) -> None:
    # Given a newly opened case: no summons, report, finding, inspection or attachment
    credit = cases.show_case(fresh_demo, ACTOR, CASE).company.credit_code
    number = cases.open_case(fresh_demo, ACTOR, str(credit), opened_on=TODAY)
    # When its dossier is exported, Then every section is there and says it is empty
    for lang in ("zh", "en"):
        doc = _export(fresh_demo, tmp_path / f"{lang}.pdf", case=number, lang=lang)
        for key in ("no_findings", "no_inspections", "no_attachments", "no_reports"):
            assert _flat(label(key, lang)) in _flat(doc.text)
        assert doc.result.warnings == []


def test_long_notes_emoji_and_markup(fresh_demo: Database, tmp_path: Path) -> None:
    # Given an inspection whose notes are 100,000 characters with emoji and markup-like text
    sentence = "检查组逐项核对了日志留存记录，未发现异常。"
    tricky = "标记<b>粗体</b> & 符号 😀👍🏻 结束"
    notes = (tricky + "\n") + sentence * (100_000 // len(sentence))
    notes = notes[:100_000]
    detail = cases.show_case(fresh_demo, ACTOR, CASE)
    inspections.record_inspection(
        fresh_demo, ACTOR, detail.inspections[0].id, inspections.InspectionRecord(notes=notes)
    )
    # When the dossier is exported
    doc = _export(fresh_demo, tmp_path / "long.pdf", lang="zh")
    # Then the notes flow over many pages, markup shows as text, emoji are replaced and reported
    assert doc.result.pages > 30
    flat = _flat(doc.text)
    assert "标记<b>粗体</b>&符号" in flat
    assert flat.count(sentence) > 4000
    codes = [w.code for w in doc.result.warnings]
    assert "dossier.chars_replaced" in codes
    replaced = next(w for w in doc.result.warnings if w.code == "dossier.chars_replaced")
    assert "U+1F600" in replaced.render("en")
    assert label("left_out", "zh") in doc.text


def test_control_characters_and_huge_table_cells(demo: Database, tmp_path: Path) -> None:
    # Given plain data the services would refuse: control characters, a 20,000-character cell
    detail = cases.show_case(demo, ACTOR, CASE, as_of=TODAY)
    finding = dataclasses.replace(
        detail.findings[0],
        description="开始\x00\x07\x1b[31m控制字符\u2028" + "很长的问题描述。" * 2500,
        required_rectification="<script>&amp; 整改 </script>",
    )
    crafted = dataclasses.replace(detail, findings=[finding, *detail.findings[1:]])
    target = tmp_path / "crafted.pdf"
    # When the builder is fed it
    with target.open("wb") as out:
        outcome = build_case_dossier(crafted, out, DossierOptions(lang="zh"), {})
    # Then it builds, the long row breaks across pages, and no control character is written
    text = "\n".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert outcome.pages > 10
    assert "\x00" not in text and "\x07" not in text and "\x1b" not in text
    assert "控制字符" in _flat(text)
    # the cell shows the beginning; the full text follows the table
    assert _flat(label("full_text", "zh", n=1)) in _flat(text)
    assert _flat(text).count("很长的问题描述。") > 2500
    assert "<script>&amp;整改</script>" in _flat(text)


def test_invalid_image_is_left_out_with_a_warning(fresh_demo: Database, tmp_path: Path) -> None:
    # Given an inspection photo that is not an image at all
    detail = cases.show_case(fresh_demo, ACTOR, CASE)
    fake = tmp_path / "破损照片.png"
    fake.write_bytes(b"this is not a PNG")
    attachments.add_attachment(
        fresh_demo,
        ACTOR,
        CASE,
        fake,
        owner_type="inspection",
        owner_id=detail.inspections[0].id,
    )
    # When the dossier is exported
    doc = _export(fresh_demo, tmp_path / "img.pdf", lang="zh")
    # Then it succeeds, the photo is left out and said so, and the manifest still lists it
    warning = next(w for w in doc.result.warnings if w.code == "dossier.image_invalid")
    assert warning.values["name"] == "破损照片.png"
    assert "破损照片.png" in _flat(doc.text)
    assert hashlib.sha256(b"this is not a PNG").hexdigest() in doc.text


def test_missing_stored_file_is_reported(fresh_demo: Database, tmp_path: Path) -> None:
    detail = cases.show_case(fresh_demo, ACTOR, CASE)
    stored = attachments.stored_file(
        fresh_demo, attachments.relative_path(detail.attachments[0].sha256)
    )
    stored.unlink()
    if not fresh_demo.is_sqlite:  # gone from the server too, not only from the local cache
        with fresh_demo.engine.begin() as conn:
            conn.execute(
                sa.text("DELETE FROM attachment_blobs WHERE sha256 = :sha"),
                {"sha": detail.attachments[0].sha256},
            )
    doc = _export(fresh_demo, tmp_path / "missing.pdf", lang="en")
    assert [w.code for w in doc.result.warnings] == ["dossier.file_missing"]
    assert detail.attachments[0].sha256 in doc.text


def test_failed_export_leaves_the_existing_file_unchanged(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a good dossier already in place
    target = tmp_path / "dossier.pdf"
    _export(demo, target, lang="zh")
    before = target.read_bytes()

    # When a later export fails half-way through writing
    def broken_build(self: object, out: object) -> None:
        out.write(b"%PDF-1.4 half a file")  # type: ignore[attr-defined]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(case_dossier._Builder, "build", broken_build)
    with pytest.raises(RuntimeError):
        export_dossier(demo, ACTOR, CASE, target, as_of=TODAY)
    # Then the old file is untouched and no temporary file is left behind
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.pdf"]


def test_cli_export_dossier(
    demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    target = tmp_path / "cli.pdf"
    url = location_of(demo)
    rc = main(["--db", url, "--lang", "en", "export-dossier", CASE, "-o", str(target)])
    out = capsys.readouterr()
    assert rc == 0, out.err
    pages = len(PdfReader(str(target)).pages)
    assert f"{pages} pages" in out.out
    rc = main(["--db", url, "--lang", "en", "export-dossier", "XX-2099-0009", "-o", str(target)])
    assert rc == 2


# --- --with-files ----------------------------------------------------------------------------


def test_with_files_zip_matches_the_manifest(demo: Database, tmp_path: Path) -> None:
    # Given a case with attachments
    detail = cases.show_case(demo, ACTOR, CASE, as_of=TODAY)
    assert detail.attachments
    # When the dossier is exported with its files
    pdf, bundle = tmp_path / "d.pdf", tmp_path / "d.zip"
    result = export_dossier(demo, ACTOR, CASE, pdf, as_of=TODAY, with_files=bundle)
    # Then the zip holds the PDF and every attachment under its manifest number,
    # and the listing's hashes are those of the manifest and of the files themselves
    assert result.bundle == bundle
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        assert archive.read("d.pdf") == pdf.read_bytes()
        sums = dict(
            reversed(line.split("  ", 1))  # type: ignore[misc]
            for line in archive.read("SHA256SUMS").decode().splitlines()
        )
        text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
        for number, a in enumerate(detail.attachments, 1):
            name = bundle_name(number, a.original_name)
            assert name in names
            assert sums[name] == a.sha256 == hashlib.sha256(archive.read(name)).hexdigest()
            assert a.sha256 in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.pdf", "d.zip"]


def test_cli_with_files(demo: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    bundle = tmp_path / "卷宗.zip"
    argv = ["--db", location_of(demo), "--lang", "zh", "export-dossier", CASE]
    rc = main([*argv, "-o", str(tmp_path / "卷宗.pdf"), "--with-files", str(bundle)])
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert str(bundle) in out.out
    with zipfile.ZipFile(bundle) as archive:
        assert "卷宗.pdf" in archive.namelist()
