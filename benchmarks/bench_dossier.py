"""Time the case dossier of a large synthetic case against ReportLab alone (issue 4, part 7).

    python benchmarks/bench_dossier.py [--repeat 3] [--keep DIR] [--lang zh|en]

The case is made through the services on a temporary database: 500 findings
(every fifth with one or two deadline extensions), 20 inspections with notes of
about 5,000 Chinese characters and a full checklist each, and 50 small
attachments.  Every text is different: descriptions, legal bases, required
rectifications, notes, checklist remarks and extension reasons are put together
from a phrase bank with varied numbers (fixed seed), and no sentence occurs
twice, so nothing in the dossier can be laid out once and reused.

Then ``export_dossier`` (the function the CLI and the GUI call: reading the
case and its export facts, checking the stored files, laying out and writing the
PDF, embedding the facts) is timed ``--repeat`` times, each run followed by one
of the limit: ReportLab alone laying out and writing the same texts as plain
Paragraphs and Tables in a ``SimpleDocTemplate`` (one pass, no page totals, no
contents), from the case already read.  The two alternate, so that other work on
the machine weighs on both alike.  The median of the dossier is compared with
the target of 1 second; wall and CPU time are both printed (on a busy machine
CPU time is the steadier figure, the target is wall time on a quiet machine).

The last dossier is read back with pypdf: it must have at least 150 pages and
show the beginning of every one of the 500 findings' descriptions, or nothing is
reported (exit status 2).  The last line holds the figures for ``run_all.py``
(``BENCH_FIGURES [...]``, see ``figures.py``).

Exit status: 0 when the median meets the target, 1 when it does not, 2 when the
dossier is not what was asked for.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

# The repository root, after any PYTHONPATH (so a scratch copy can be measured).
sys.path.append(str(Path(__file__).resolve().parent.parent))

from figures import Figure, emit

from app.db.engine import Database
from app.db.migrate import open_database
from app.domain.credit_code import make_credit_code
from app.readmodel.case import CaseDetail
from app.services.casework import cases
from app.services.exports import dossier_export
from app.services.exports.dossier_export import export_dossier
from app.services.rectification import attachments, findings, inspections
from app.services.registry.companies import CompanyInput, create_company
from app.services.support.context import Actor

TARGET_SECONDS = 1.0
MIN_PAGES = 150
SEED = 20260615
FINDINGS = 500
INSPECTIONS = 20
NOTES_CHARS = 5_000
ATTACHMENTS = 50
ITEMS = ("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8")
RESULTS = ("compliant", "non_compliant", "not_applicable", "not_checked")
OPENED = date(2025, 3, 3)
AS_OF = date(2026, 6, 15)
ACTOR = Actor("bench", role="supervisor")

# --- distinct texts --------------------------------------------------------------------------

_WHO = (
    "检查组",
    "执法人员",
    "技术检测人员",
    "省委网信办工作人员",
    "市公安局网安支队民警",
    "第三方测评机构人员",
    "企业安全负责人",
    "企业技术总监",
    "企业法务人员",
    "企业数据安全专员",
    "企业内容审核主管",
    "企业运维工程师",
)
_DID = (
    "调阅了",
    "核对了",
    "抽查了",
    "现场查看了",
    "比对了",
    "复核了",
    "逐条检查了",
    "演示了",
    "说明了",
    "导出了",
    "提交了",
    "补充提供了",
)
_SPAN = (
    "近{a}个月的",
    "{y}年第{q}季度的",
    "第{a}批次共{b}条",
    "{a}个业务系统的",
    "自{y}年{q}月起的",
    "随机抽取的{b}份",
    "涉及{b}万用户的",
    "{a}个服务器节点上的",
)
_WHAT = (
    "用户日志留存记录",
    "账号注册实名核验流程",
    "内容发布审核记录",
    "个人信息收集使用清单",
    "数据出境安全评估材料",
    "网络安全事件应急预案",
    "算法推荐服务备案材料",
    "后台管理账号权限分配表",
    "重要数据分类分级台账",
    "等级保护测评报告",
    "违法有害信息处置台账",
    "用户投诉举报受理记录",
    "第三方共享数据协议",
    "未成年人模式运行日志",
    "数据库访问审计记录",
    "漏洞扫描及修复记录",
)
_FOUND = (
    "未发现明显问题",
    "发现{c}处记录缺失",
    "其中{c}条未按要求留存",
    "部分字段未加密存储",
    "个别账号权限划分不清",
    "处置时限超过规定{c}小时",
    "有{c}项内容与备案不一致",
    "留存期限不足{c}个月",
    "审批记录缺少负责人签字",
    "相关制度未及时更新",
    "已当场要求企业说明情况",
    "企业承诺在{c}个工作日内完成整改",
)
_LINK = ("，", "；经询问，", "，经核实，", "，据企业介绍，", "，复查时")
_LAWS = (
    "《中华人民共和国网络安全法》",
    "《中华人民共和国数据安全法》",
    "《中华人民共和国个人信息保护法》",
    "《网络信息内容生态治理规定》",
    "《互联网信息服务算法推荐管理规定》",
    "《数据出境安全评估办法》",
    "《网络数据安全管理条例》",
    "《未成年人网络保护条例》",
)
_CN_DIGITS = "零一二三四五六七八九"


def _cn(n: int) -> str:
    """1-99 in Chinese numerals (article numbers)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_DIGITS[tens] + "十")
    return head + (_CN_DIGITS[ones] if ones else "")


class Phrases:
    """Chinese sentences from a phrase bank, each one different (deterministic for a seed)."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def sentence(self) -> str:
        r = self.rng
        while True:
            span = r.choice(_SPAN).format(
                a=r.randint(2, 48), b=r.randint(3, 900), y=r.randint(2021, 2025), q=r.randint(1, 4)
            )
            found = r.choice(_FOUND).format(c=r.randint(2, 99))
            text = (
                f"{r.choice(_WHO)}{r.choice(_DID)}{span}{r.choice(_WHAT)}{r.choice(_LINK)}{found}。"
            )
            if text not in self.used:
                self.used.add(text)
                return text

    def sentences(self, n: int) -> str:
        return "".join(self.sentence() for _ in range(n))

    def legal_basis(self, n: int) -> str:
        r = self.rng
        law = _LAWS[n % len(_LAWS)]
        return f"{law}第{_cn(r.randint(9, 69))}条第（{_cn(r.randint(1, 6))}）项；" + self.sentence()

    def notes(self, n: int) -> str:
        """About NOTES_CHARS characters in paragraphs of five to eight sentences."""
        parts: list[str] = []
        size = 0
        while size < NOTES_CHARS:
            para = f"（{n + 1}.{len(parts) + 1}）" + self.sentences(self.rng.randint(5, 8))
            parts.append(para)
            size += len(para) + 1
        return "\n".join(parts)


def _finding_texts(ph: Phrases, n: int) -> tuple[str, str, str]:
    description = f"问题 {n + 1}：" + ph.sentences(2)
    required = f"限期 {10 + n % 50} 个工作日内完成整改并报送整改材料。" + ph.sentence()
    return description, ph.legal_basis(n), required


def build_case(db: Database, files: Path) -> tuple[str, list[str]]:
    """The synthetic case, created through the services; its number and the descriptions."""
    ph = Phrases()
    create_company(
        db,
        ACTOR,
        CompanyInput(
            credit_code=make_credit_code("91330100MA2BENCH0"),
            name_zh="杭州基准测试网络科技有限公司",
            name_en="Hangzhou Benchmark Network Technology Co., Ltd.",
            province="330000",
            address="浙江省杭州市西湖区文三路 100 号",
        ),
    )
    number = cases.open_case(db, ACTOR, "杭州基准测试网络科技有限公司", opened_on=OPENED)
    for n in range(INSPECTIONS):
        on = OPENED + timedelta(days=10 + 7 * n)
        inspection_id = inspections.schedule_inspection(
            db,
            ACTOR,
            number,
            inspections.InspectionInput(
                inspected_on=on,
                address=f"杭州市西湖区文三路 100 号 {n + 1} 号楼",
                agencies=(
                    ("浙江省委网信办", "cyberspace"),
                    ("杭州市公安局", "public_security"),
                ),
                inspectors="张三、李四、王五",
                company_staff="赵六（安全负责人）、钱七（技术总监）",
                scope="用户信息保护、日志留存、内容审核、应急处置",
            ),
        )
        inspections.record_inspection(
            db,
            ACTOR,
            inspection_id,
            inspections.InspectionRecord(
                checklist={
                    item: (
                        RESULTS[(n + k) % len(RESULTS)],
                        f"第 {k + 1} 项检查备注：" + ph.sentence(),
                    )
                    for k, item in enumerate(ITEMS)
                },
                notes=ph.notes(n),
                conclusion=f"第 {n + 1} 次检查结论：" + ph.sentence(),
                done=True,
            ),
        )
    descriptions: list[str] = []
    for n in range(FINDINGS):
        raised = OPENED + timedelta(days=20 + n % 200)
        description, legal_basis, required = _finding_texts(ph, n)
        descriptions.append(description)
        findings.add_finding(
            db,
            ACTOR,
            number,
            findings.FindingInput(
                item_code=ITEMS[n % len(ITEMS)],
                severity=("high", "medium", "low")[n % 3],
                description=description,
                raised_on=raised,
                deadline=raised + timedelta(days=30),
                legal_basis=legal_basis,
                required_rectification=required,
                source="inspection" if n % 2 else "review",
            ),
        )
        if n % 5 == 0:
            for k in range(1 + n % 2):
                findings.extend_deadline(
                    db,
                    ACTOR,
                    number,
                    n + 1,
                    new_deadline=raised + timedelta(days=60 + 30 * k),
                    reason="企业申请延期：" + ph.sentence(),
                    approver="孙主任",
                    approved_on=raised + timedelta(days=25 + 30 * k),
                )
    for n in range(ATTACHMENTS):
        source = files / f"整改材料_{n + 1:02d}.txt"
        source.write_text(f"附件 {n + 1}\n" + ph.sentences(20), encoding="utf-8")
        attachments.add_attachment(db, ACTOR, number, source)
    return number, descriptions


# --- the limit: ReportLab alone --------------------------------------------------------------

PLAIN_FONT = "BenchPlainMicroHei"


def _plain_font() -> str:
    """The dossier's font file as ReportLab's own TrueType font (none of the app's speed-ups)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from app.dossier.text import FONT_FILE
    from app.paths import resource_path

    if PLAIN_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(PLAIN_FONT, str(resource_path("fonts", FONT_FILE))))
    return PLAIN_FONT


def limit_document(detail: CaseDetail, out: io.BytesIO, lang: str) -> int:
    """The case's texts as plain Paragraphs and Tables in a SimpleDocTemplate; the page count.

    One pass; a header and "page N" (no total) on every page; the findings table,
    each inspection with its details, checklist, notes and conclusion, the
    manifest with the hashes.  No contents, bookmarks, cover or page totals.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, TableStyle

    font = _plain_font()
    wrap = "CJK" if lang == "zh" else None
    body = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=14, wordWrap=wrap)
    small = ParagraphStyle("s", fontName=font, fontSize=8, leading=11, wordWrap=wrap)
    h1 = ParagraphStyle("h1", fontName=font, fontSize=16, leading=22, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12.5, leading=17, spaceBefore=10)
    grid = TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
    )

    def p(text: object, style: ParagraphStyle = small) -> Paragraph:
        return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)

    def grid_table(rows: list[list[Any]], widths: list[float], header: int = 1) -> LongTable:
        t = LongTable(rows, colWidths=widths, repeatRows=header, splitInRow=1, hAlign="LEFT")
        t.setStyle(grid)
        return t

    width = A4[0] - 36 * mm
    story: list[Any] = [p("问题清单", h1)]
    rows: list[list[Any]] = [[p(h) for h in ("#", "检查项", "等级", "问题描述", "期限", "状态")]]
    for f in detail.findings:
        text = [
            p(f.description),
            Paragraph("<font size=7>整改要求:</font> " + escape(f.required_rectification), small),
            Paragraph("<font size=7>法律依据:</font> " + escape(f.legal_basis), small),
            Paragraph(f"<font size=7>提出日期: {f.raised_on.isoformat()}</font>", small),
        ]
        deadlines = [f"原期限: {f.original_deadline.isoformat()}"]
        for e in f.extensions:
            deadlines.append(f"延期: {e.old_deadline.isoformat()} → {e.new_deadline.isoformat()}")
            deadlines.append(f"{e.approver} {e.approved_on.isoformat()} {e.reason}")
        deadlines.append(f"现期限: {f.current_deadline.isoformat()}")
        item = f"{f.item_code} {f.item_name_zh}"
        rows.append(
            [p(f.number), p(item), p(f.severity), text, p("\n".join(deadlines)), p(f.status)]
        )
    story.append(grid_table(rows, [width * k for k in (0.05, 0.15, 0.1, 0.32, 0.2, 0.18)]))
    for n, i in enumerate(detail.inspections, 1):
        story.append(p(f"现场检查 {n}（{i.inspected_on.isoformat()}）", h2))
        kv = [
            ("地点", i.address),
            ("检查单位", "、".join(i.agencies)),
            ("检查人员", i.inspectors),
            ("企业人员", i.company_staff),
            ("范围", i.scope),
        ]
        story.append(grid_table([[p(k), p(v)] for k, v in kv], [0.26 * width, 0.74 * width], 0))
        checklist = [[p("检查项"), p("结果"), p("备注")]]
        checklist += [
            [p(f"{c.item_code} {c.item_name_zh}"), p(c.result), p(c.remark)] for c in i.checklist
        ]
        story.append(grid_table(checklist, [0.34 * width, 0.14 * width, 0.52 * width]))
        story.extend(p(para, body) for para in (i.notes or "").split("\n") if para.strip())
        story.append(p(i.conclusion or "—", body))
    story.append(PageBreak())
    story.append(p("附件清单", h1))
    manifest: list[list[Any]] = [[p(h) for h in ("#", "文件名", "大小", "添加", "SHA-256")]]
    for n, a in enumerate(detail.attachments, 1):
        manifest.append([p(n), p(a.original_name), p(a.size), p(a.added_by), p(a.sha256)])
    story.append(grid_table(manifest, [width * k for k in (0.06, 0.3, 0.1, 0.14, 0.4)]))

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8.5)
        canvas.drawString(18 * mm, A4[1] - 13 * mm, f"{detail.case_number}  内部")
        canvas.drawCentredString(A4[0] / 2, 11 * mm, f"第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
    )
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return int(doc.page)


# --- measuring -------------------------------------------------------------------------------


class Clock:
    """Wall and CPU time of one call."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    @contextmanager
    def timed(self) -> Iterator[None]:
        w, c = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall.append(time.perf_counter() - w)
            self.cpu.append(time.process_time() - c)


@contextmanager
def phases(clocks: dict[str, Clock]) -> Iterator[None]:
    """Time the layout (``build_case_dossier``) and the finishing (``finish_pdf``) inside the export.

    Wraps the two names where ``export_dossier`` looks them up; what is left of
    an export is the services' part (reading the case and its facts, hashing the files).
    """
    saved: dict[str, Callable[..., Any]] = {}
    for name in ("build_case_dossier", "finish_pdf"):
        original = getattr(dossier_export, name, None)
        if original is None:
            continue
        saved[name] = original
        clock = clocks.setdefault(name, Clock())

        def wrapper(
            *a: Any, _f: Callable[..., Any] = original, _c: Clock = clock, **kw: Any
        ) -> Any:
            with _c.timed():
                return _f(*a, **kw)

        setattr(dossier_export, name, wrapper)
    try:
        yield
    finally:
        for name, original in saved.items():
            setattr(dossier_export, name, original)


def check_dossier(path: Path, descriptions: list[str]) -> tuple[int, list[str]]:
    """The page count of the dossier and what is wrong with it (empty: it shows every finding)."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = len(reader.pages)
    problems: list[str] = []
    if pages < MIN_PAGES:
        problems.append(f"{pages} pages, fewer than {MIN_PAGES}")
    flat = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    missing = [d for d in descriptions if re.sub(r"\s+", "", d)[:24] not in flat]
    if missing:
        problems.append(
            f"{len(missing)} of {len(descriptions)} findings not found, e.g. {missing[0]!r}"
        )
    return pages, problems


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the last dossier in this folder")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]
    dossier, limit = Clock(), Clock()
    parts: dict[str, Clock] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(str(folder / "bench.sqlite3"))
        started = time.perf_counter()
        number, descriptions = build_case(db, folder)
        setup = time.perf_counter() - started
        target = (args.keep or folder) / f"dossier_{args.lang}.pdf"
        detail = cases.show_case(db, ACTOR, number, as_of=AS_OF)
        _plain_font()
        result = None
        limit_pages = 0
        for _ in range(args.repeat):
            with phases(parts), dossier.timed():
                result = export_dossier(db, ACTOR, number, target, lang=args.lang, as_of=AS_OF)
            out = io.BytesIO()
            with limit.timed():
                limit_pages = limit_document(detail, out, args.lang)
        db.dispose()
        assert result is not None
        pages, problems = check_dossier(target, descriptions)
    load_after = os.getloadavg()[0]
    print(
        f"python {platform.python_version()} on {platform.machine()}, nproc {os.cpu_count()}, "
        f"load average {load_before:.1f} before, {load_after:.1f} after; setup {setup:.1f} s"
    )
    print(
        f"case: {FINDINGS} findings, {INSPECTIONS} inspections x {NOTES_CHARS} chars, "
        f"{ATTACHMENTS} attachments; every text distinct"
    )
    if problems:
        for problem in problems:
            print(f"the dossier is not what was asked for: {problem}")
        return 2
    print(f"dossier ({args.lang}): {pages} pages; all {len(descriptions)} findings found in it")
    print(f"limit (ReportLab alone, same texts): {limit_pages} pages")
    print()
    print(f"{'measurement':<42}{'median s':>10}{'cpu s':>9}   runs (wall)")
    rows = [("dossier: export_dossier", dossier)]
    names = {
        "build_case_dossier": "  of which: layout and PDF",
        "finish_pdf": "  of which: embedded facts",
    }
    rows += [(names[name], clock) for name, clock in parts.items()]
    rows.append(("limit: SimpleDocTemplate, one pass", limit))
    for name, clock in rows:
        runs = ", ".join(f"{t:.2f}" for t in clock.wall)
        print(f"{name:<42}{_median(clock.wall):>10.2f}{_median(clock.cpu):>9.2f}   {runs}")
    median = _median(dossier.wall)
    ok = median <= TARGET_SECONDS
    print()
    print(
        f"target: dossier median <= {TARGET_SECONDS:.1f} s: {'PASS' if ok else 'FAIL'} "
        f"({median:.2f} s; {median / _median(limit.wall):.2f}x the limit)"
    )
    if load_before > (os.cpu_count() or 1):
        print(f"(the machine was busy: load {load_before:.1f}; compare the CPU column)")
    emit(
        [
            Figure(
                f"dossier {FINDINGS} findings ({args.lang}), wall",
                round(median, 3),
                "s",
                TARGET_SECONDS,
                limit=round(_median(limit.wall), 3),
                work=f"{pages} pages, {len(descriptions)} findings found",
                empty=pages == 0,
            ),
            Figure(
                f"dossier {FINDINGS} findings ({args.lang}), CPU",
                round(_median(dossier.cpu), 3),
                "s",
                None,
                limit=round(_median(limit.cpu), 3),
                work=f"load {load_before:.1f} before, {load_after:.1f} after",
            ),
        ]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
