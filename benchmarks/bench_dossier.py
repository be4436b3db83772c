"""Time the case dossier of a large synthetic case (issue 4, part 7).

    python benchmarks/bench_dossier.py [--repeat 3] [--keep DIR]

The case is made through the services on a temporary database: 500 findings
(every fifth with one or two deadline extensions), 20 inspections with notes of
about 5,000 Chinese characters and a full checklist each, and 50 small
attachments.  Then ``export_dossier`` (the function the CLI and the GUI call:
reading the case, checking the stored files, laying out and writing the PDF) is
timed ``--repeat`` times; the median is compared with the target of 2 seconds.

Exit status: 0 when the median meets the target, 1 otherwise.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

# The repository root, after any PYTHONPATH (so a scratch copy can be measured).
sys.path.append(str(Path(__file__).resolve().parent.parent))

import app.services  # noqa: F401  (registers the message catalogues)
from app.db.engine import Database
from app.db.migrate import open_database
from app.domain.credit_code import make_credit_code
from app.services import attachments, cases, findings, inspections
from app.services.companies import CompanyInput, create_company
from app.services.context import Actor
from app.services.dossier_export import export_dossier

TARGET_SECONDS = 2.0
FINDINGS = 500
INSPECTIONS = 20
NOTES_CHARS = 5_000
ATTACHMENTS = 50
ITEMS = ("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8")
RESULTS = ("compliant", "non_compliant", "not_applicable", "not_checked")
OPENED = date(2025, 3, 3)
AS_OF = date(2026, 6, 15)
ACTOR = Actor("bench", role="supervisor")

SENTENCES = (
    "检查组调阅了企业近六个月的用户日志留存记录，核对了账号注册、登录及内容发布环节的实名核验流程。",
    "企业安全负责人介绍了信息内容审核机制，现场演示了违法有害信息的识别、处置及上报流程。",
    "经抽查，部分历史数据未按要求加密存储，个别后台账号权限划分不清，已当场要求企业说明情况。",
    "企业承诺在规定期限内完成整改，并报送整改报告及相关证明材料（含系统截图、制度文件）。",
)


def long_notes(n: int) -> str:
    """About NOTES_CHARS characters of Chinese notes in paragraphs."""
    parts: list[str] = []
    size = 0
    k = n
    while size < NOTES_CHARS:
        para = "".join(SENTENCES[(k + j) % len(SENTENCES)] for j in range(6))
        parts.append(para)
        size += len(para) + 1
        k += 1
    return "\n".join(parts)[:NOTES_CHARS]


def build_case(db: Database, files: Path) -> str:
    """The synthetic case, created through the services; returns its number."""
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
    inspection_ids = []
    for n in range(INSPECTIONS):
        on = OPENED + timedelta(days=10 + 7 * n)
        inspection_ids.append(
            inspections.schedule_inspection(
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
        )
        inspections.record_inspection(
            db,
            ACTOR,
            inspection_ids[-1],
            inspections.InspectionRecord(
                checklist={
                    item: (
                        RESULTS[(n + k) % len(RESULTS)],
                        f"第 {k + 1} 项检查备注：" + SENTENCES[k % 4],
                    )
                    for k, item in enumerate(ITEMS)
                },
                notes=long_notes(n),
                conclusion="存在若干问题，已责令限期整改。",
                done=True,
            ),
        )
    for n in range(FINDINGS):
        raised = OPENED + timedelta(days=20 + n % 200)
        findings.add_finding(
            db,
            ACTOR,
            number,
            findings.FindingInput(
                item_code=ITEMS[n % len(ITEMS)],
                severity=("high", "medium", "low")[n % 3],
                description=f"问题 {n + 1}：" + SENTENCES[n % 4] + SENTENCES[(n + 1) % 4],
                raised_on=raised,
                deadline=raised + timedelta(days=30),
                legal_basis="《网络安全法》第二十一条" if n % 2 else "",
                required_rectification="限期完成整改并报送整改材料。" + SENTENCES[(n + 2) % 4],
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
                    reason="企业申请延期：系统改造涉及第三方供应商，需要更多时间。",
                    approver="孙主任",
                    approved_on=raised + timedelta(days=25 + 30 * k),
                )
    for n in range(ATTACHMENTS):
        source = files / f"整改材料_{n + 1:02d}.txt"
        source.write_text(f"附件 {n + 1}\n" + SENTENCES[n % 4] * 20, encoding="utf-8")
        attachments.add_attachment(db, ACTOR, number, source)
    return number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the last dossier in this folder")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(str(folder / "bench.sqlite3"))
        started = time.perf_counter()
        number = build_case(db, folder)
        setup = time.perf_counter() - started
        target = (args.keep or folder) / f"dossier_{args.lang}.pdf"
        timings: list[float] = []
        pages = 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = export_dossier(db, ACTOR, number, target, lang=args.lang, as_of=AS_OF)
            timings.append(time.perf_counter() - t0)
            pages = result.pages
        db.dispose()
    median = statistics.median(timings)
    print(f"python {platform.python_version()} on {platform.machine()}, setup {setup:.1f} s")
    print(
        f"case: {FINDINGS} findings, {INSPECTIONS} inspections x {NOTES_CHARS} chars, "
        f"{ATTACHMENTS} attachments"
    )
    print(f"dossier ({args.lang}): {pages} pages")
    print("runs: " + ", ".join(f"{t:.2f} s" for t in timings))
    verdict = "meets" if median < TARGET_SECONDS else "MISSES"
    print(f"median: {median:.2f} s ({verdict} the target of {TARGET_SECONDS:.1f} s)")
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
