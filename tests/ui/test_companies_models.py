"""The companies, company-cases, summons and import models, without a window."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt

from app.domain.errors import ValidationError
from app.services.casework.summons_list import AttendanceView, SummonsRow
from app.services.registry.companies import CompanyInput, CompanyRow, RowProblem
from app.services.registry.company_edit import CompanyCaseRow
from app.ui.models.companies_model import SORT_ROLE, CompaniesModel
from app.ui.models.company_cases_model import CASE_NUMBER_ROLE, CompanyCasesModel
from app.ui.models.import_problems_model import ImportProblemsModel
from app.ui.models.import_rows_model import ImportRowsModel
from app.ui.models.summons_attendance_model import SummonsAttendanceModel
from app.ui.models.summons_model import SORT_ROLE as SUMMONS_SORT
from app.ui.models.summons_model import SummonsModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def _company(demo: bool = True) -> CompanyRow:
    return CompanyRow(
        uuid.uuid4(), "91330106MA2B2C3D4E", "杭州某公司", "Hangzhou Co", "某公司",
        "330000", "浙江省", "Zhejiang Province", demo, 3,
    )  # fmt: skip


def test_companies_model_columns_in_both_languages(qapp: object) -> None:
    model = CompaniesModel("zh")
    model.set_rows([_company()])
    assert model.rowCount() == 1 and model.columnCount() == 6
    cell = lambda col, role=DISPLAY: model.data(model.index(0, col), role)  # noqa: E731
    assert cell(CompaniesModel.CODE) == "91330106MA2B2C3D4E"
    assert cell(CompaniesModel.NAME) == "杭州某公司"
    assert cell(CompaniesModel.PROVINCE) == "浙江省"
    assert cell(CompaniesModel.CASES) == 3 and cell(CompaniesModel.CASES, SORT_ROLE) == 3
    assert cell(CompaniesModel.DEMO) == "Demo"
    model.lang = "en"
    assert cell(CompaniesModel.NAME) == "Hangzhou Co"
    assert cell(CompaniesModel.PROVINCE) == "Zhejiang Province"
    model.set_rows([_company(demo=False)])
    assert cell(CompaniesModel.DEMO) == ""


def test_company_cases_model_shows_status_labels(qapp: object) -> None:
    model = CompanyCasesModel("zh")
    row = CompanyCaseRow(
        "ZJ-2021-0001", "330000", "浙江省", "Zhejiang", "opened", date(2021, 3, 18), None, "约谈"
    )
    model.set_rows([row])
    assert model.data(model.index(0, CompanyCasesModel.STATUS)) == "已立案"
    assert model.data(model.index(0, CompanyCasesModel.OPENED)) == "2021年3月18日"
    assert model.data(model.index(0, 0), CASE_NUMBER_ROLE) == "ZJ-2021-0001"
    assert model.case_number(0) == "ZJ-2021-0001" and model.case_number(5) is None


def test_summons_models(qapp: object) -> None:
    model = SummonsModel()
    model.set_rows(
        [
            SummonsRow(uuid.uuid4(), date(2021, 3, 18), "北京", "深度合成", 11, 2),
            SummonsRow(uuid.uuid4(), date(2021, 11, 2), "上海", "算法推荐", 3, 1),
        ]
    )
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "2021年3月18日", "北京", "深度合成", 11, 2,
    ]  # fmt: skip
    en = SummonsModel("en")
    en.set_rows([model.row(0)])
    assert en.data(en.index(0, SummonsModel.DATE)) == "18 Mar 2021"
    # The date column sorts by the day, not by the text ("2021年11月" < "2021年3月" as text)
    early, late = (model.data(model.index(r, SummonsModel.DATE), SUMMONS_SORT) for r in range(2))
    assert early < late
    attendance = SummonsAttendanceModel("en")
    attendance.set_rows(
        [
            AttendanceView(
                "91330106MA2B2C3D4E", "某公司", None, "330000", "浙江省", "Zhejiang",
                False, "张三", "整改\n两周", ("ZJ-2021-0001",),
            )
        ]
    )  # fmt: skip
    cell = lambda col: attendance.data(attendance.index(0, col))  # noqa: E731
    assert cell(SummonsAttendanceModel.COMPANY) == "某公司"  # no English name: the Chinese one
    assert cell(SummonsAttendanceModel.ATTENDED) == "✗ No"  # a mark, not colour alone
    assert cell(SummonsAttendanceModel.COMMITMENTS) == "整改 两周"
    assert attendance.case_number(0) == "ZJ-2021-0001"


def test_import_models(qapp: object) -> None:
    rows = ImportRowsModel()
    rows.set_rows([(2, CompanyInput("91330106MA2B2C3D4E", "某公司", "浙江"))])
    assert rows.columnCount() == 11
    assert rows.data(rows.index(0, 0)) == 2
    assert rows.data(rows.index(0, 1)) == "91330106MA2B2C3D4E"
    assert rows.headerData(1, Qt.Orientation.Horizontal) == "Credit code"
    tip = rows.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip == "credit_code / 统一社会信用代码"  # the headers the file may carry
    problems = ImportProblemsModel("en")
    error = ValidationError("credit_code.check", found="E", expected="7")
    problems.set_problems([RowProblem(3, "credit_code", error)])
    assert problems.data(problems.index(0, ImportProblemsModel.ROW)) == 3
    assert problems.data(problems.index(0, ImportProblemsModel.COLUMN)) == "credit_code"
    assert "expected “7”" in problems.data(problems.index(0, ImportProblemsModel.MESSAGE))
    problems.lang = "zh"
    assert "应为“7”" in problems.data(problems.index(0, ImportProblemsModel.MESSAGE))
