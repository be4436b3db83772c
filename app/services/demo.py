"""The demo data set: the meeting of 18 March 2021 and the follow-up work on its 11 cases.

Everything is written through the use cases of this package inside ONE write
transaction (``Database.write()`` is re-entrant), so a failure part-way leaves
nothing behind except, possibly, attachment files in the content-addressed store
(harmless: see :mod:`app.services.attachments`).

The data is fictitious and marked as such: companies carry ``is_demo``, their
names, addresses and legal representatives say （演示）/（演示数据）, and their
credit codes are generated (valid check character, body ``MA01DEMnn``), never a
real company's code.  The first round (reports, reviews, findings, inspections)
happens in 2021; a follow-up round is dated relative to ``today`` so that some
findings are overdue and some due within the next weeks whenever the demo is
loaded.  Apart from those relative dates the data set is deterministic.
"""

from __future__ import annotations

import struct
import tempfile
import uuid
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Attachment, Case, Company, Finding, Inspection
from app.domain.credit_code import make_credit_code
from app.domain.errors import ConflictError, ValidationError
from app.domain.workdays import Deadline, PeriodUnit
from app.services import (
    attachments,
    calendar,
    cases,
    companies,
    findings,
    inspections,
    reports,
    summons,
    users,
)
from app.services.calendar import load_calendar
from app.services.context import Actor
from app.services.permissions import require

SUMMONS_DATE = date(2021, 3, 18)
# The first round ends by 2021-08-31; the follow-up round starts up to 120 days
# before ``today``.  An earlier ``today`` would put the rounds out of order.
EARLIEST_TODAY = date(2022, 1, 1)
DEMO_MARK = "（演示数据）"


@dataclass(frozen=True)
class DemoSummary:
    companies: int
    cases: list[str]
    findings: int
    overdue: int
    inspections: int
    attachments: int


@dataclass(frozen=True)
class DemoCompany:
    short_name: str
    legal_suffix: str
    name_en: str
    province: str  # GB/T 2260 code
    district: str  # a district code of that province, used in the generated credit code
    address: str
    service: str  # the service or function assessed

    @property
    def name_zh(self) -> str:
        return f"{self.short_name}（演示）{self.legal_suffix}"


# The 11 companies of reference/summons_2021_03_18.md, in the order of the notice.
COMPANIES: tuple[DemoCompany, ...] = (
    DemoCompany(
        "映客",
        "网络科技有限公司",
        "Inke",
        "110000",
        "110105",
        "北京市朝阳区某路1号（演示数据）",
        "映客直播“语音连麦”功能",
    ),
    DemoCompany(
        "小米",
        "科技有限责任公司",
        "Xiaomi",
        "110000",
        "110108",
        "北京市海淀区某路2号（演示数据）",
        "“小爱同学”AI语音合成功能",
    ),
    DemoCompany(
        "快手",
        "科技有限公司",
        "Kuaishou",
        "110000",
        "110108",
        "北京市海淀区某路3号（演示数据）",
        "快手“语音聊天室”功能",
    ),
    DemoCompany(
        "字节跳动",
        "网络技术有限公司",
        "ByteDance",
        "110000",
        "110108",
        "北京市海淀区某路4号（演示数据）",
        "抖音“人脸融合”特效（深度合成）",
    ),
    DemoCompany(
        "鲸准数服",
        "信息科技有限公司",
        "Jingzhun Shufu",
        "110000",
        "110105",
        "北京市朝阳区某路5号（演示数据）",
        "“鲸准”语音社交应用",
    ),
    DemoCompany(
        "云账户",
        "科技有限公司",
        "Yunzhanghu (Cloud Account)",
        "120000",
        "120116",
        "天津市滨海新区某路6号（演示数据）",
        "“云账户”语音直播间功能",
    ),
    DemoCompany(
        "喜马拉雅",
        "网络科技有限公司",
        "Ximalaya (Himalaya)",
        "310000",
        "310115",
        "上海市浦东新区某路7号（演示数据）",
        "喜马拉雅“语音直播连麦”功能",
    ),
    DemoCompany(
        "阿里巴巴",
        "网络技术有限公司",
        "Alibaba",
        "330000",
        "330108",
        "浙江省杭州市滨江区某路8号（演示数据）",
        "“AI虚拟主播”深度合成服务",
    ),
    DemoCompany(
        "网易云音乐",
        "科技有限公司",
        "NetEase Cloud Music",
        "330000",
        "330108",
        "浙江省杭州市滨江区某路9号（演示数据）",
        "网易云音乐“声波”语音社交功能",
    ),
    DemoCompany(
        "腾讯",
        "计算机系统有限公司",
        "Tencent",
        "440000",
        "440305",
        "广东省深圳市南山区某路10号（演示数据）",
        "QQ“语音房”功能",
    ),
    DemoCompany(
        "去演",
        "文化科技有限公司",
        "Quyan",
        "440000",
        "440106",
        "广东省广州市天河区某路11号（演示数据）",
        "“去演”虚拟形象直播（深度合成）功能",
    ),
)

# province code -> (cyberspace department, public-security organ, cyberspace reviewer,
# public-security reviewer)
AGENCIES: dict[str, tuple[str, str, str, str]] = {
    "110000": ("北京市委网信办", "北京市公安局", "王某（演示）", "李某（演示）"),
    "120000": ("天津市委网信办", "天津市公安局", "赵某（演示）", "钱某（演示）"),
    "310000": ("上海市委网信办", "上海市公安局", "孙某（演示）", "周某（演示）"),
    "330000": ("浙江省委网信办", "浙江省公安厅", "吴某（演示）", "郑某（演示）"),
    "440000": ("广东省委网信办", "广东省公安厅", "陈某（演示）", "林某（演示）"),
}

_PROVISIONS = "《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》"
_CLAUSE = {
    "A1": "（一）",
    "A2": "（二）",
    "A3": "（三）",
    "A4": "（四）",
    "A5": "（五）",
    "A6": "（六）",
    "A7": "（七）",
    "A8": "（八）",
}
_RELATED_LAW = {
    "A2": "《中华人民共和国网络安全法》第二十四条",
    "A3": "《中华人民共和国网络安全法》第二十一条第（三）项",
    "A4": "《中华人民共和国网络安全法》第四十七条",
    "A5": "《中华人民共和国网络安全法》第四十二条",
    "A8": "《中华人民共和国网络安全法》第二十八条",
}


def legal_basis(item_code: str) -> str:
    """The legal basis quoted in a finding against assessment item ``item_code``."""
    text = f"{_PROVISIONS}第五条第{_CLAUSE[item_code]}项"
    if item_code in _RELATED_LAW:
        text += f"；{_RELATED_LAW[item_code]}"
    return text


def demo_credit_code(index: int, district: str) -> str:
    """A generated, valid code: '91' + district + 'MA01DEM' + two digits + check character.

    'DEM' marks it as demo data; it is not any real company's code.
    """
    return make_credit_code(f"91{district}MA01DEM{index + 1:02d}")


SUMMONS_TOPIC = "语音社交软件和涉“深度伪造”技术的互联网新技术新应用安全评估"
SUMMONS_REQUIREMENTS = (
    "一、依据《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》，上线具有舆论属性或者"
    "社会动员能力的新功能，功能属性、技术实现方式、基础资源配置等发生重大变更，或者用户规模"
    "显著增加时，应当自行开展安全评估。\n"
    "二、将安全评估报告提交属地网信部门和公安机关。\n"
    "三、完善风险防控机制和措施，提升安全防范能力。\n"
    "四、对安全评估中发现的安全隐患及时有效整改。\n"
    "五、切实落实企业信息内容安全主体责任。\n"
    f"{DEMO_MARK}"
)


# --- small files for the attachments ---------------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """A valid RGB PNG of a few pixels, written by hand (signature, IHDR, IDAT, IEND)."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            rows += bytes(((x * 60) % 256, (y * 90) % 256, 160))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _png_chunk(b"IEND", b"")
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


# --- the loader ------------------------------------------------------------------------------


class _Loader:
    """Writes the data set through the use cases; every call joins the caller's transaction."""

    def __init__(self, db: Database, actor: Actor, today: date, files: Path) -> None:
        self.db = db
        self.actor = actor
        self.today = today
        self.files = files
        self.company_of: dict[str, DemoCompany] = {}
        with db.read() as session:
            self.calendar = load_calendar(session)

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

    # helpers over the use cases -------------------------------------------------------------

    def agencies(self, case: str) -> tuple[str, str, str, str]:
        return AGENCIES[self.company_of[case].province]

    def report(
        self,
        case: str,
        trigger: str,
        *,
        received_on: date | None,
        summary: str,
        event_date: date | None = None,
        planned_launch: date | None = None,
        version: int = 1,
    ) -> uuid.UUID:
        return reports.add_report(
            self.db,
            self.actor,
            case,
            reports.ReportInput(
                trigger=trigger,
                received_on=received_on,
                event_date=event_date,
                planned_launch=planned_launch,
                receiving_agency=self.agencies(case)[0] if received_on else None,
                agency_kind="cyberspace",
                report_version=version,
                summary=summary,
            ),
        )

    def review(
        self,
        report_id: uuid.UUID,
        case: str,
        *,
        public_security: bool,
        on: date,
        conclusion: str,
        notes: str,
    ) -> uuid.UUID:
        cyber, police, cyber_reviewer, police_reviewer = self.agencies(case)
        return reports.record_review(
            self.db,
            self.actor,
            report_id,
            reports.ReviewInput(
                agency=police if public_security else cyber,
                agency_kind="public_security" if public_security else "cyberspace",
                reviewer=police_reviewer if public_security else cyber_reviewer,
                reviewed_on=on,
                conclusion=conclusion,
                notes=notes,
            ),
        )

    def finding(
        self,
        case: str,
        item: str,
        severity: str,
        description: str,
        required: str,
        *,
        raised_on: date,
        period: int,
        unit: PeriodUnit = PeriodUnit.WORKING,
        review_id: uuid.UUID | None = None,
        inspection_id: uuid.UUID | None = None,
    ) -> tuple[int, Deadline]:
        finding_id, deadline = findings.add_finding(
            self.db,
            self.actor,
            case,
            findings.FindingInput(
                item_code=item,
                severity=severity,
                description=description,
                raised_on=raised_on,
                period=period,
                unit=unit.value,
                legal_basis=legal_basis(item),
                required_rectification=required,
                source="inspection" if inspection_id else "review",
                review_id=review_id,
                inspection_id=inspection_id,
            ),
        )
        with self.db.read() as session:
            number = session.execute(
                select(Finding.number).where(Finding.id == finding_id)
            ).scalar_one()
        return number, deadline

    def rectified(
        self,
        case: str,
        finding: tuple[int, Deadline],
        raised_on: date,
        evidence: str,
        *,
        verify: bool = True,
    ) -> date:
        """Evidence submitted a few days before the deadline, verified a week later."""
        number, deadline = finding
        submitted = self.workday(
            max(deadline.due - timedelta(days=3), raised_on + timedelta(days=1)), step=-1
        )
        findings.submit_rectification(
            self.db,
            self.actor,
            case,
            number,
            evidence=f"{evidence}{DEMO_MARK}",
            submitted_on=submitted,
        )
        if not verify:
            return submitted
        verified = self.workday(submitted + timedelta(days=7))
        findings.verify_finding(
            self.db,
            self.actor,
            case,
            number,
            verified_by=f"{self.agencies(case)[0]} {self.agencies(case)[2]}",
            verified_on=verified,
        )
        return verified

    def attach(
        self,
        case: str,
        name: str,
        content: bytes | None = None,
        *,
        owner_type: str = "case",
        owner_id: uuid.UUID | None = None,
    ) -> None:
        path = self.files / name
        if content is not None:
            path.write_bytes(content)
        attachments.add_attachment(
            self.db, self.actor, case, path, owner_type=owner_type, owner_id=owner_id
        )

    # the data set ---------------------------------------------------------------------------

    def load(self) -> list[str]:
        for index, company in enumerate(COMPANIES):
            companies.create_company(
                self.db,
                self.actor,
                companies.CompanyInput(
                    credit_code=demo_credit_code(index, company.district),
                    name_zh=company.name_zh,
                    province=company.province,
                    name_en=company.name_en,
                    short_name=company.short_name,
                    address=company.address,
                    legal_representative=f"某某某{DEMO_MARK}",
                    contact_name=f"安全负责人{DEMO_MARK}",
                ),
                demo=True,
            )
        agencies: list[tuple[str, str, str | None]] = []
        for code, (cyber, police, _, _) in AGENCIES.items():
            agencies += [(cyber, "cyberspace", code), (police, "public_security", code)]
        _, numbers = summons.register_summons(
            self.db,
            self.actor,
            summons.SummonsInput(
                held_on=SUMMONS_DATE,
                place=f"北京{DEMO_MARK}",
                topic=SUMMONS_TOPIC,
                requirements=SUMMONS_REQUIREMENTS,
                agencies=tuple(agencies),
                attendances=tuple(
                    summons.AttendanceInput(
                        company=demo_credit_code(index, company.district),
                        attended=True,
                        attendees=f"{company.short_name}分管安全工作的副总裁、法务负责人、"
                        f"信息安全负责人{DEMO_MARK}",
                        commitments=(
                            f"对{company.service}按《规定》开展安全评估，"
                            "于2021年4月底前向属地网信部门和公安机关报送安全评估报告；"
                            "对评估和审查中发现的安全隐患限期整改，落实信息内容安全主体责任。"
                            f"{DEMO_MARK}"
                        ),
                    )
                    for index, company in enumerate(COMPANIES)
                ),
            ),
        )
        self.company_of = dict(zip(numbers, COMPANIES, strict=True))
        inke, xiaomi, kuaishou, bytedance, jingzhun = numbers[:5]
        yunzhanghu, ximalaya, alibaba, netease, tencent, quyan = numbers[5:]
        self.inke(inke)
        self.xiaomi(xiaomi)
        self.kuaishou(kuaishou)
        self.bytedance(bytedance)
        self.jingzhun(jingzhun)
        self.yunzhanghu(yunzhanghu)
        self.ximalaya(ximalaya)
        self.alibaba(alibaba)
        self.netease(netease)
        self.tencent(tencent)
        self.quyan(quyan)
        return numbers

    def _service(self, case: str) -> str:
        return self.company_of[case].service

    # Beijing ------------------------------------------------------------------------------

    def inke(self, case: str) -> None:
        """Voice co-hosting: three findings verified in 2021; a follow-up finding overdue."""
        report = self.report(
            case,
            "T1",
            received_on=date(2021, 4, 9),
            planned_launch=date(2021, 5, 10),
            summary=f"对{self._service(case)}开展安全评估，覆盖第五条全部八项评估内容。{DEMO_MARK}",
        )
        cyber = self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 4, 20),
            conclusion="rectification",
            notes="报告内容基本完整，但语音内容审核和实名核验措施不足，需整改。",
        )
        police = self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 4, 23),
            conclusion="rectification",
            notes="未明确向公安机关提供技术、数据支持的工作机制，需整改。",
        )
        raised = date(2021, 4, 20)
        first = self.finding(
            case,
            "A4",
            "high",
            "语音连麦房间缺少实时语音内容识别能力，违法有害语音仅依靠用户举报发现，处置滞后。",
            "上线语音实时转写和识别能力，建立7×24小时人工巡查机制，并保存处置记录。",
            raised_on=raised,
            period=20,
            review_id=cyber,
        )
        self.rectified(
            case, first, raised, "已上线语音实时识别系统并配备专职审核人员，附整改报告。"
        )
        second = self.finding(
            case,
            "A2",
            "medium",
            "部分连麦用户未完成真实身份核验即可开启连麦。",
            "开启连麦前强制完成基于移动电话号码的真实身份核验，并留存注册信息。",
            raised_on=raised,
            period=15,
            review_id=cyber,
        )
        self.rectified(case, second, raised, "已在连麦入口增加实名核验校验，未核验用户无法连麦。")
        raised_ps = date(2021, 4, 23)
        third = self.finding(
            case,
            "A8",
            "medium",
            "未明确向公安机关提供技术、数据支持和协助的联络人及响应时限。",
            "明确专门联络人和7×24小时响应机制，书面报送公安机关备案。",
            raised_on=raised_ps,
            period=20,
            review_id=police,
        )
        self.rectified(case, third, raised_ps, "已书面报送联络人名单及响应机制。")
        # Follow-up: user growth, a new report, a finding now overdue.
        follow_up = self.report(
            case,
            "T3",
            received_on=self.ago(80),
            event_date=self.ago(100),
            version=2,
            summary=f"语音连麦日活跃用户显著增长，重新开展安全评估。{DEMO_MARK}",
        )
        review = self.review(
            follow_up,
            case,
            public_security=False,
            on=self.ago(65),
            conclusion="rectification",
            notes="用户规模增长后，防范社会动员功能失控的技术措施未同步扩容。",
        )
        self.finding(
            case,
            "A5",
            "high",
            "连麦房间人数上限由50人提高至500人后，未同步建立大规模聚集的预警和限流措施。",
            "建立房间人数和传播速度的实时预警、限流机制，并报送整改报告。",
            raised_on=self.ago(65),
            period=20,
            review_id=review,
        )
        self.attach(
            case,
            "整改报告.txt",
            (
                f"{self.company_of[case].name_zh} 整改报告{DEMO_MARK}\n\n"
                "一、语音连麦房间已上线实时语音识别，违法有害语音平均处置时间由30分钟缩短至3分钟。\n"
                "二、开启连麦前须完成真实身份核验。\n"
                "三、已明确向公安机关提供技术、数据支持的联络人和响应时限。\n"
            ).encode(),
        )

    def xiaomi(self, case: str) -> None:
        """Deep synthesis: one finding, verified; the case closed in July 2021."""
        report = self.report(
            case,
            "T2",
            received_on=date(2021, 4, 16),
            planned_launch=date(2021, 6, 1),
            summary=f"{self._service(case)}引入深度合成技术，功能属性发生重大变更。{DEMO_MARK}",
        )
        cyber = self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 4, 29),
            conclusion="rectification",
            notes="合成语音缺少可识别的标识，需整改后上线。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 4, 30),
            conclusion="accepted",
            notes="日志留存和技术协助机制符合要求。",
        )
        raised = date(2021, 4, 29)
        one = self.finding(
            case,
            "A5",
            "medium",
            "合成语音未添加可识别的标识，公众难以区分合成语音与真人语音。",
            "对合成语音添加显著提示和隐式标识，并保存合成记录。",
            raised_on=raised,
            period=20,
            review_id=cyber,
        )
        verified = self.rectified(case, one, raised, "合成语音已加入显著提示音和隐式标识。")
        cases.change_status(
            self.db,
            self.actor,
            case,
            "closed",
            outcome="安全隐患已全部整改并核验，予以结案。",
            note=f"整改报告及核验记录已归档。{DEMO_MARK}",
            on=max(verified, date(2021, 7, 15)),
        )

    def kuaishou(self, case: str) -> None:
        """Voice chat rooms: two findings verified; a follow-up finding with an extension."""
        report = self.report(
            case,
            "T1",
            received_on=date(2021, 4, 26),
            planned_launch=date(2021, 6, 15),
            summary=f"对{self._service(case)}上线前开展安全评估。{DEMO_MARK}",
        )
        cyber = self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 5, 10),
            conclusion="rectification",
            notes="投诉举报入口不明显，语音内容审核覆盖不全。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 5, 12),
            conclusion="accepted",
            notes="技术协助工作机制健全。",
        )
        raised = date(2021, 5, 10)
        one = self.finding(
            case,
            "A6",
            "low",
            "语音聊天室内投诉举报入口位于三级菜单，不便于用户使用。",
            "在聊天室主界面设置显著的投诉举报入口，并公布处理时限。",
            raised_on=raised,
            period=10,
            review_id=cyber,
        )
        self.rectified(case, one, raised, "已在聊天室主界面增加举报按钮。")
        two = self.finding(
            case,
            "A4",
            "high",
            "私密语音聊天室未纳入内容审核范围。",
            "将私密聊天室纳入实时审核，建立违法有害信息处置记录。",
            raised_on=raised,
            period=20,
            review_id=cyber,
        )
        self.rectified(case, two, raised, "私密聊天室已纳入审核，处置记录完整留存。")
        # Follow-up: a finding whose deadline was extended (the only extension in the set).
        follow_up = self.report(
            case,
            "T3",
            received_on=self.ago(50),
            event_date=self.ago(70),
            version=2,
            summary=f"语音聊天室用户规模显著增加，重新开展安全评估。{DEMO_MARK}",
        )
        review = self.review(
            follow_up,
            case,
            public_security=False,
            on=self.ago(40),
            conclusion="rectification",
            notes="审核系统处理能力未随用户规模扩容。",
        )
        number, deadline = self.finding(
            case,
            "A4",
            "medium",
            "高峰时段语音审核队列积压，部分违法有害语音处置超过30分钟。",
            "扩容审核系统并增加审核人员，高峰时段处置时间不超过5分钟。",
            raised_on=self.ago(40),
            period=20,
            review_id=review,
        )
        new_deadline = calendar.deadline(self.db, deadline.due, 20, PeriodUnit.WORKING).due
        findings.extend_deadline(
            self.db,
            self.actor,
            case,
            number,
            new_deadline=new_deadline,
            reason="企业申请延期：审核系统底层架构改造需跨部门协调，已提交分阶段实施计划。",
            approver=f"{self.agencies(case)[0]} 处长 王某（演示）",
            approved_on=self.workday(deadline.due - timedelta(days=2), step=-1),
        )

    def bytedance(self, case: str) -> None:
        """Deep synthesis: on-site inspection in Beijing, two findings raised there, verified."""
        report = self.report(
            case,
            "T2",
            received_on=date(2021, 4, 14),
            planned_launch=date(2021, 6, 1),
            summary=f"{self._service(case)}采用人脸融合深度合成技术。{DEMO_MARK}",
        )
        for public_security, on in ((False, date(2021, 4, 28)), (True, date(2021, 4, 30))):
            self.review(
                report,
                case,
                public_security=public_security,
                on=on,
                conclusion="inspection",
                notes="报告对深度合成内容标识和日志留存的描述不充分，需现场核实。",
            )
        cyber, police, _, _ = self.agencies(case)
        on = date(2021, 5, 18)
        inspection = inspections.schedule_inspection(
            self.db,
            self.actor,
            case,
            inspections.InspectionInput(
                inspected_on=on,
                address=self.company_of[case].address,
                agencies=((cyber, "cyberspace"), (police, "public_security")),
                inspectors=f"{cyber} 王某、刘某；{police} 李某、张某{DEMO_MARK}",
                company_staff=f"副总裁（分管信息安全）、安全合规部负责人、特效产品负责人{DEMO_MARK}",
                scope="抖音“人脸融合”特效的安全评估落实情况，对照第五条八项评估内容逐项检查。",
            ),
        )
        inspections.record_inspection(
            self.db,
            self.actor,
            inspection,
            inspections.InspectionRecord(
                checklist={
                    "A1": ("compliant", "设有安全管理委员会和专职信息审核团队。"),
                    "A2": ("not_applicable", "特效沿用主应用账号体系，不单独注册。"),
                    "A3": ("non_compliant", "2020年11月部分日志因存储迁移缺失，留存不足六个月。"),
                    "A4": ("compliant", "机器初审加人工复审，处置记录完整。"),
                    "A5": ("non_compliant", "合成视频画面未添加显著标识。"),
                    "A6": ("compliant", "举报入口两处，现场测试响应及时。"),
                    "A7": ("compliant", "已明确对接网信部门的工作机制。"),
                    "A8": ("compliant", "已明确对接公安机关的联络人和响应时限。"),
                },
                notes=(
                    "2021年5月18日上午9时30分，检查组一行四人到达企业北京办公区，企业分管"
                    "信息安全的副总裁及相关部门负责人参加。检查组首先听取了企业关于“人脸融合”"
                    "特效安全评估情况的汇报，随后查阅了安全评估报告原件、内容审核制度文本及近六个月"
                    "的日志留存记录。\n\n"
                    "检查组在企业测试环境中对人脸融合特效进行了实际操作验证：使用测试账号上传照片"
                    "生成合成视频，发现合成视频画面中未添加显著的深度合成标识，仅在视频元数据中写入"
                    "隐式标记；企业称显著标识功能已在开发中，计划随下一版本上线。\n\n"
                    "在日志留存方面，检查组抽查了2020年11月至2021年5月的特效使用日志，发现2020年"
                    "11月部分日志因存储迁移缺失，留存时间不足六个月。\n\n"
                    "在违法有害信息处置方面，企业建立了“机器初审+人工复审”的双重审核机制，审核人员"
                    "规模与业务量基本匹配，处置记录完整。投诉举报入口设置在特效页面和个人中心两处，"
                    "检查组现场提交测试举报，企业在规定时间内作出了响应。\n\n"
                    "检查结束时，检查组向企业反馈了初步意见，企业表示将按期完成整改并报送整改报告。"
                    f"{DEMO_MARK}"
                ),
                conclusion=(
                    "企业已建立基本的安全管理制度和技术措施，但深度合成内容标识和日志留存方面存在"
                    "安全隐患，责令限期整改，整改完成后报送整改报告，视情开展复查。"
                ),
                done=True,
            ),
        )
        one = self.finding(
            case,
            "A5",
            "high",
            "人脸融合生成的合成视频画面中未添加显著的深度合成标识。",
            "在合成视频画面中添加显著标识，并在元数据中保留隐式标识。",
            raised_on=on,
            period=20,
            inspection_id=inspection,
        )
        two = self.finding(
            case,
            "A3",
            "medium",
            "2020年11月部分特效使用日志缺失，日志留存不足六个月。",
            "修复日志存储迁移流程，确保日志留存不少于六个月，并报送核查记录。",
            raised_on=on,
            period=30,
            inspection_id=inspection,
        )
        cases.change_status(
            self.db,
            self.actor,
            case,
            "rectification",
            note="现场检查发现安全隐患，进入整改阶段。",
            on=on,
        )
        self.rectified(case, one, on, "合成视频已添加“AI合成”显著标识。")
        self.rectified(case, two, on, "日志存储已改为双副本，留存期限调整为十二个月。")
        self.attach(
            case,
            "现场照片-测试环境.png",
            tiny_png(),
            owner_type="inspection",
            owner_id=inspection,
        )

    def jingzhun(self, case: str) -> None:
        """Re-assessment required; the re-filed report, due in 2021, has never arrived."""
        review_on = date(2021, 5, 14)
        report = self.report(
            case,
            "T1",
            received_on=date(2021, 4, 30),
            planned_launch=date(2021, 6, 30),
            summary=f"对{self._service(case)}开展安全评估。{DEMO_MARK}",
        )
        self.review(
            report,
            case,
            public_security=False,
            on=review_on,
            conclusion="reassessment",
            notes="报告缺少第五条第（七）项、第（八）项评估内容，评估方法明显不当，需重新评估。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 5, 17),
            conclusion="reassessment",
            notes="同意网信部门意见，需重新开展评估。",
        )
        # The written notice to re-assess starts the period of the re-filed report.
        self.report(
            case,
            "T5",
            received_on=None,
            event_date=review_on,
            version=2,
            summary=f"依书面通知重新开展安全评估，报告待报送。{DEMO_MARK}",
        )

    # Tianjin, Shanghai ------------------------------------------------------------------------

    def yunzhanghu(self, case: str) -> None:
        """User growth: one finding verified; a follow-up finding submitted late, still overdue."""
        report = self.report(
            case,
            "T3",
            received_on=date(2021, 4, 8),
            event_date=date(2021, 3, 1),
            summary=f"{self._service(case)}用户规模显著增加，开展安全评估。{DEMO_MARK}",
        )
        cyber = self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 4, 21),
            conclusion="rectification",
            notes="未设立与服务相适应的安全管理机构。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 4, 23),
            conclusion="accepted",
            notes="日志留存符合要求。",
        )
        raised = date(2021, 4, 21)
        one = self.finding(
            case,
            "A1",
            "medium",
            "未设立与语音直播服务相适应的安全管理机构，信息审核人员均为兼职。",
            "设立安全管理机构，配备专职信息审核人员，报送人员名单。",
            raised_on=raised,
            period=30,
            review_id=cyber,
        )
        self.rectified(case, one, raised, "已成立信息安全部，配备专职审核人员12名。")
        follow_up = self.report(
            case,
            "T3",
            received_on=self.ago(95),
            event_date=self.ago(120),
            version=2,
            summary=f"直播间用户规模再次显著增加，重新开展安全评估。{DEMO_MARK}",
        )
        review = self.review(
            follow_up,
            case,
            public_security=False,
            on=self.ago(80),
            conclusion="rectification",
            notes="新增用户的真实身份核验存在漏洞。",
        )
        finding = self.finding(
            case,
            "A2",
            "medium",
            "通过第三方渠道注册的用户未完成真实身份核验即可进入直播间发言。",
            "对第三方渠道注册用户补充真实身份核验，留存核验记录。",
            raised_on=self.ago(80),
            period=30,
            review_id=review,
        )
        # Evidence arrived after the deadline and is not verified yet: still overdue.
        findings.submit_rectification(
            self.db,
            self.actor,
            case,
            finding[0],
            evidence=f"已对第三方渠道注册用户补充实名核验（逾期提交）。{DEMO_MARK}",
            submitted_on=self.ago(10),
        )

    def ximalaya(self, case: str) -> None:
        """Two findings verified in 2021; follow-up findings: one overdue, one due later."""
        report = self.report(
            case,
            "T1",
            received_on=date(2021, 4, 19),
            planned_launch=date(2021, 6, 1),
            summary=f"对{self._service(case)}上线前开展安全评估。{DEMO_MARK}",
        )
        cyber = self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 4, 30),
            conclusion="rectification",
            notes="违法有害信息处置和技术支持机制需完善。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 5, 7),
            conclusion="rectification",
            notes="同意网信部门意见。",
        )
        raised = date(2021, 4, 30)
        one = self.finding(
            case,
            "A4",
            "high",
            "连麦直播中的违法有害语音缺少录音留存，事后无法核查。",
            "对连麦直播语音全程录音并留存不少于六个月，建立处置记录。",
            raised_on=raised,
            period=20,
            review_id=cyber,
        )
        self.rectified(case, one, raised, "已实现连麦直播全程录音留存。")
        two = self.finding(
            case,
            "A7",
            "medium",
            "未建立为网信部门提供技术、数据支持和协助的工作机制。",
            "明确对接部门和人员，建立数据调取和协助流程。",
            raised_on=raised,
            period=30,
            review_id=cyber,
        )
        self.rectified(case, two, raised, "已制定《配合网信部门依法监督工作制度》。")
        follow_up = self.report(
            case,
            "T3",
            received_on=self.ago(38),
            event_date=self.ago(53),
            version=2,
            summary=f"连麦直播用户规模显著增加，重新开展安全评估。{DEMO_MARK}",
        )
        review = self.review(
            follow_up,
            case,
            public_security=False,
            on=self.ago(28),
            conclusion="rectification",
            notes="审核能力和投诉处理时限需随用户规模调整。",
        )
        self.finding(
            case,
            "A6",
            "low",
            "投诉举报处理时限未公开，部分举报超过7日未答复。",
            "公开投诉举报处理时限，积压举报限期处理完毕。",
            raised_on=self.ago(28),
            period=10,
            review_id=review,
        )
        self.finding(
            case,
            "A4",
            "medium",
            "夜间时段语音直播人工审核力量不足。",
            "夜间时段增配审核人员，确保违法有害信息及时处置。",
            raised_on=self.ago(28),
            period=30,
            review_id=review,
        )

    # Zhejiang -------------------------------------------------------------------------------

    def alibaba(self, case: str) -> None:
        """Deep synthesis: two findings verified; a follow-up finding overdue."""
        report = self.report(
            case,
            "T2",
            received_on=date(2021, 4, 20),
            planned_launch=date(2021, 6, 8),
            summary=f"{self._service(case)}采用语音合成和虚拟形象生成技术。{DEMO_MARK}",
        )
        cyber = self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 5, 6),
            conclusion="rectification",
            notes="深度合成内容标识和使用者身份核验不足。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 5, 8),
            conclusion="rectification",
            notes="同意网信部门意见。",
        )
        raised = date(2021, 5, 6)
        one = self.finding(
            case,
            "A5",
            "high",
            "虚拟主播生成的音视频未添加深度合成标识。",
            "对生成内容添加显著标识，建立合成内容溯源机制。",
            raised_on=raised,
            period=20,
            review_id=cyber,
        )
        self.rectified(case, one, raised, "生成内容已添加显著标识和数字水印。")
        two = self.finding(
            case,
            "A2",
            "medium",
            "虚拟主播服务使用者未进行真实身份核验。",
            "对服务使用者进行真实身份核验并留存注册信息。",
            raised_on=raised,
            period=20,
            review_id=cyber,
        )
        self.rectified(case, two, raised, "已接入企业实名认证。")
        follow_up = self.report(
            case,
            "T2",
            received_on=self.ago(75),
            planned_launch=self.ago(50),
            version=2,
            summary=f"新增“声音克隆”能力，技术实现方式发生重大变更。{DEMO_MARK}",
        )
        review = self.review(
            follow_up,
            case,
            public_security=False,
            on=self.ago(60),
            conclusion="rectification",
            notes="声音克隆缺少被克隆人授权核验。",
        )
        self.finding(
            case,
            "A5",
            "high",
            "“声音克隆”功能未核验被克隆声音所有人的授权，存在冒用他人声音的风险。",
            "上线授权核验流程，未经授权的声音样本不得用于克隆。",
            raised_on=self.ago(60),
            period=20,
            review_id=review,
        )
        self.attach(
            case,
            "安全评估报告（摘要）.pdf",
            owner_type="report",
            owner_id=report,
            content=None,
        )

    def netease(self, case: str) -> None:
        """Voice social: on-site inspection in Zhejiang; a follow-up finding due later."""
        report = self.report(
            case,
            "T1",
            received_on=date(2021, 4, 22),
            planned_launch=date(2021, 6, 10),
            summary=f"对{self._service(case)}上线前开展安全评估。{DEMO_MARK}",
        )
        self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 5, 7),
            conclusion="inspection",
            notes="需现场核实语音审核和日志留存情况。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 5, 10),
            conclusion="inspection",
            notes="同意开展现场检查。",
        )
        cyber, police, _, _ = self.agencies(case)
        on = date(2021, 5, 25)
        inspection = inspections.schedule_inspection(
            self.db,
            self.actor,
            case,
            inspections.InspectionInput(
                inspected_on=on,
                address=self.company_of[case].address,
                agencies=((cyber, "cyberspace"), (police, "public_security")),
                inspectors=f"{cyber} 吴某、何某；{police} 郑某{DEMO_MARK}",
                company_staff=f"安全合规总监、“声波”产品负责人、审核中心负责人{DEMO_MARK}",
                scope="“声波”语音社交功能的安全管理、实名核验、日志留存、内容审核及协助机制。",
            ),
        )
        inspections.record_inspection(
            self.db,
            self.actor,
            inspection,
            inspections.InspectionRecord(
                checklist={
                    "A1": ("non_compliant", "审核中心夜班仅2人，与语音房数量不相适应。"),
                    "A2": ("compliant", "手机号实名核验，注册信息留存完整。"),
                    "A3": ("non_compliant", "语音房进出记录未记录源端口。"),
                    "A4": ("non_compliant", "语音房名称、简介未纳入审核。"),
                    "A5": ("compliant", "单房间人数上限和传播限流措施已落实。"),
                    "A6": ("compliant", "举报入口明显，处理时限已公示。"),
                    "A7": ("compliant", "对接网信部门的机制已建立。"),
                    "A8": ("compliant", "对接公安机关的机制已建立。"),
                },
                notes=(
                    "2021年5月25日，检查组到企业杭州办公区开展现场检查。企业安全合规总监介绍了"
                    "“声波”语音社交功能的业务规模、安全评估过程和整改计划。\n\n"
                    "检查组查看了审核中心的排班表和审核系统后台。日间审核人员配置充足，但夜间仅"
                    "安排2名审核人员，而夜间在线语音房数量约占全天的四成，人员配置与服务规模不相"
                    "适应。\n\n"
                    "检查组抽查了近三个月的语音房日志，日志包含账号、时间、操作类型和网络地址，但"
                    "未记录源端口号，不符合日志留存要求。另发现语音房名称和简介未纳入审核范围，"
                    "现场检索到两个名称含不良导向内容的语音房，企业当场予以处置。\n\n"
                    "检查组现场测试了举报功能和房间人数上限，均符合要求。企业表示将在规定期限内"
                    "完成整改。"
                    f"{DEMO_MARK}"
                ),
                conclusion="存在三项安全隐患，责令限期整改并报送整改报告。",
                done=True,
            ),
        )
        items = (
            (
                "A4",
                "high",
                "语音房名称、简介未纳入内容审核范围。",
                "将名称、简介纳入先审后发。",
                20,
            ),
            (
                "A3",
                "medium",
                "语音房日志未记录源端口号。",
                "补充记录源端口号，留存六个月以上。",
                30,
            ),
            ("A1", "low", "夜间审核人员配置不足。", "按在线语音房数量配置夜间审核人员。", 30),
        )
        raised_all = [
            self.finding(
                case,
                item,
                severity,
                description,
                required,
                raised_on=on,
                period=period,
                inspection_id=inspection,
            )
            for item, severity, description, required, period in items
        ]
        cases.change_status(
            self.db,
            self.actor,
            case,
            "rectification",
            note="现场检查发现安全隐患，进入整改阶段。",
            on=on,
        )
        for finding in raised_all:
            self.rectified(case, finding, on, "已按要求完成整改，附整改前后对比截图。")
        self.attach(
            case,
            "现场检查补充说明.txt",
            (
                f"现场检查补充说明{DEMO_MARK}\n\n"
                "检查当日现场检索到的两个不良导向语音房已由企业处置，处置记录截图已留存。\n"
            ).encode(),
            owner_type="inspection",
            owner_id=inspection,
        )
        follow_up = self.report(
            case,
            "T3",
            received_on=self.ago(15),
            event_date=self.ago(40),
            version=2,
            summary=f"“声波”用户规模显著增加，重新开展安全评估。{DEMO_MARK}",
        )
        review = self.review(
            follow_up,
            case,
            public_security=False,
            on=self.ago(5),
            conclusion="rectification",
            notes="审核人员配置需随用户规模同步调整。",
        )
        self.finding(
            case,
            "A1",
            "medium",
            "用户规模增长后，审核人员未按承诺比例增配。",
            "按在线用户规模增配审核人员，报送人员名单。",
            raised_on=self.ago(5),
            period=30,
            review_id=review,
        )

    # Guangdong ------------------------------------------------------------------------------

    def tencent(self, case: str) -> None:
        """One finding verified; follow-up: one finding overdue, one due in calendar days."""
        report = self.report(
            case,
            "T1",
            received_on=date(2021, 4, 28),
            planned_launch=date(2021, 6, 20),
            summary=f"对{self._service(case)}上线前开展安全评估。{DEMO_MARK}",
        )
        cyber = self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 5, 12),
            conclusion="rectification",
            notes="语音房群组名称审核不足。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 5, 14),
            conclusion="accepted",
            notes="技术协助机制符合要求。",
        )
        raised = date(2021, 5, 12)
        one = self.finding(
            case,
            "A4",
            "medium",
            "语音房群组名称和公告未纳入审核。",
            "将群组名称和公告纳入先审后发。",
            raised_on=raised,
            period=20,
            review_id=cyber,
        )
        self.rectified(case, one, raised, "群组名称和公告已纳入先审后发。")
        follow_up = self.report(
            case,
            "T3",
            received_on=self.ago(70),
            event_date=self.ago(90),
            version=2,
            summary=f"语音房用户规模显著增加，重新开展安全评估。{DEMO_MARK}",
        )
        review = self.review(
            follow_up,
            case,
            public_security=False,
            on=self.ago(55),
            conclusion="rectification",
            notes="协助机制和个人信息保护需完善。",
        )
        self.finding(
            case,
            "A8",
            "medium",
            "向公安机关提供数据协助的响应时限超过承诺的24小时。",
            "优化数据调取流程，确保24小时内响应。",
            raised_on=self.ago(55),
            period=20,
            review_id=review,
        )
        self.finding(
            case,
            "A5",
            "low",
            "语音房录音留存未告知用户，个人信息处理规则不完整。",
            "完善个人信息处理规则，向用户明示录音留存。",
            raised_on=self.ago(55),
            period=75,
            unit=PeriodUnit.CALENDAR,
            review_id=review,
        )

    def quyan(self, case: str) -> None:
        """One finding verified; the report on a new function is awaited, due in the future."""
        report = self.report(
            case,
            "T1",
            received_on=date(2021, 5, 6),
            planned_launch=date(2021, 6, 30),
            summary=f"对{self._service(case)}上线前开展安全评估。{DEMO_MARK}",
        )
        cyber = self.review(
            report,
            case,
            public_security=False,
            on=date(2021, 5, 20),
            conclusion="rectification",
            notes="未明确安全管理负责人。",
        )
        self.review(
            report,
            case,
            public_security=True,
            on=date(2021, 5, 21),
            conclusion="accepted",
            notes="无意见。",
        )
        raised = date(2021, 5, 20)
        one = self.finding(
            case,
            "A1",
            "medium",
            "未明确安全管理负责人，安全管理职责分散。",
            "明确安全管理负责人，书面报送。",
            raised_on=raised,
            period=15,
            review_id=cyber,
        )
        self.rectified(case, one, raised, "已任命安全管理负责人并书面报送。")
        self.report(
            case,
            "T1",
            received_on=None,
            planned_launch=self.today + timedelta(days=40),
            summary=f"企业拟上线“多人虚拟形象连麦”新功能，安全评估报告待报送。{DEMO_MARK}",
        )


# The demo's user accounts (login, name, role, provinces or None for all), created by
# ``load_demo(..., with_users=True)`` when the database has no users yet.
DEMO_PASSWORD = "demo-pass-2021"
DEMO_USERS: tuple[tuple[str, str, str, frozenset[str] | None], ...] = (
    ("demo_admin", "演示管理员", "admin", None),
    ("demo_supervisor", "演示督导", "supervisor", None),
    ("demo_zj_inspector", "演示检查员（浙江）", "inspector", frozenset({"330000"})),
    ("demo_bj_viewer", "演示查阅人员（北京）", "viewer", frozenset({"110000"})),
)


def load_demo(
    db: Database, actor: Actor, *, today: date | None = None, with_users: bool = False
) -> DemoSummary:
    """Load the demo data set into an empty database, all or nothing.

    Refuses with ``ConflictError("demo.not_empty")`` when any company or case is
    already stored, and as :func:`app.services.permissions.can` says for "demo.load":
    ``role.forbidden`` for an actor who may not verify findings and approve extensions
    (the demo does both), ``scope.every_province`` for one who does not see every
    province (the demo has cases in five).  ``today``
    (default: the current date) is the day the follow-up round is dated from; it must
    not be before :data:`EARLIEST_TODAY`.  ``with_users`` also creates the demo
    accounts of :data:`DEMO_USERS` (password :data:`DEMO_PASSWORD`) if no user exists yet.
    """
    day = today or date.today()
    if day < EARLIEST_TODAY:
        raise ValidationError(
            "demo.today_too_early", earliest=EARLIEST_TODAY.isoformat(), value=day.isoformat()
        )
    require(actor, "demo.load")  # the demo opens cases in five provinces: every province
    with db.write() as session, tempfile.TemporaryDirectory(prefix="inspectdesk-demo-") as tmp:
        existing = session.execute(select(func.count()).select_from(Company)).scalar_one()
        existing += session.execute(select(func.count()).select_from(Case)).scalar_one()
        if existing:
            raise ConflictError("demo.not_empty", count=int(existing))
        files = Path(tmp)
        loader = _Loader(db, actor, day, files)
        _write_pdf(
            files / "安全评估报告（摘要）.pdf",
            f"“AI虚拟主播”深度合成服务安全评估报告（摘要）{DEMO_MARK}",
            [
                "一、评估对象：“AI虚拟主播”深度合成服务。",
                "二、评估依据：《具有舆论属性或社会动员能力的互联网信息服务安全评估规定》。",
                "三、评估内容：第五条第（一）项至第（八）项。",
                "四、评估结论：发现安全隐患两项，已制定整改计划。",
            ],
        )
        numbers = loader.load()
        if with_users and not users.users_exist(db):
            for login, name, role, scope in DEMO_USERS:
                users.add_user(db, actor, login, name, role, scope, DEMO_PASSWORD)
        finding_count = session.execute(select(func.count()).select_from(Finding)).scalar_one()
        attachment_count = session.execute(
            select(func.count()).select_from(Attachment)
        ).scalar_one()
        inspection_count = session.execute(
            select(func.count()).select_from(Inspection)
        ).scalar_one()
        overdue = cases.overdue(db, actor, as_of=day)
        return DemoSummary(
            companies=len(COMPANIES),
            cases=numbers,
            findings=int(finding_count),
            overdue=len(overdue),
            inspections=int(inspection_count),
            attachments=int(attachment_count),
        )
