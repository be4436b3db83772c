"""Looking a company up by credit code or name finds only a company the official sees.

The rule (app.services.registry.companies.visible): a company is visible to an official when it
is registered in a province of their scope. Out of scope it is "not found", in the
same words as a company nobody registered, whichever province a case would open in:
a Zhejiang inspector cannot open a Zhejiang case for a Beijing company to read its
address, legal representative and contacts. An official who sees both provinces may
open such a case; the Zhejiang officials then see the case and the company's names,
never its profile.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, inspect, select

from app.db.engine import Database
from app.db.models import Base
from app.domain.errors import ConflictError, InspectDeskError, NotFoundError
from app.services.casework import cases, summons
from app.services.registry import companies, company_edit
from app.services.support.context import Actor
from tests.services.helpers import credit_code

ZJ, BJ = "330000", "110000"
NATIONAL = Actor("national", role="admin")
ZJ_INSPECTOR = Actor(
    "zj_inspector", role="inspector", all_provinces=False, provinces=frozenset({ZJ})
)
BJ_NAME, BJ_SHORT = "北京映客测试网络科技有限公司", "映客测试"
PROFILE = {
    "address": "北京市朝阳区测试路 1 号",
    "legal_representative": "张测试",
    "contact_name": "李联系",
    "contact_phone": "010-12345678",
    "contact_email": "contact@example.cn",
}


def _counts(db: Database) -> dict[str, int]:
    """The row count of every table the database has: equal means nothing was written."""
    names = set(inspect(db.engine).get_table_names())
    with db.read() as session:
        return {
            t.name: int(session.execute(select(func.count()).select_from(t)).scalar_one())
            for t in Base.metadata.sorted_tables
            # search_fts refuses a scan; its shadow tables (counted) hold its rows.
            if t.name in names and t.name != "search_fts"
        }


@pytest.fixture
def world(db: Database) -> dict[str, str]:
    """A Beijing company with a full profile and a Zhejiang one, registered nationally."""
    bj = credit_code(1, "110105")
    companies.create_company(
        db,
        NATIONAL,
        companies.CompanyInput(
            bj, BJ_NAME, BJ, name_en="Inke Test", short_name=BJ_SHORT, **PROFILE
        ),
    )
    zj = credit_code(2, "330106")
    companies.create_company(
        db, NATIONAL, companies.CompanyInput(zj, "杭州测试网络科技有限公司", ZJ, short_name="杭测")
    )
    return {"bj": bj, "zj": zj, "nobody": credit_code(3, "110105")}


def _refusal(call: Any) -> InspectDeskError:
    with pytest.raises(InspectDeskError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize("how", ["credit code", "lower-case code", "name", "English", "short"])
@pytest.mark.parametrize("province", [ZJ, None])
def test_a_company_out_of_scope_is_not_found_by_code_or_name(
    db: Database, world: dict[str, str], how: str, province: str | None
) -> None:
    value = {
        "credit code": world["bj"],
        "lower-case code": world["bj"].lower(),
        "name": BJ_NAME,
        "English": "Inke Test",
        "short": BJ_SHORT,
    }[how]
    before = _counts(db)
    # When a Zhejiang inspector opens a case for the Beijing company (in Zhejiang, or
    # where it is registered)
    refused = _refusal(lambda: cases.open_case(db, ZJ_INSPECTOR, value, province=province))
    # Then it is not found, in the words used for a company nobody registered
    assert isinstance(refused, NotFoundError)
    assert refused.code == "company.not_found"
    unknown = _refusal(
        lambda: cases.open_case(db, ZJ_INSPECTOR, world["nobody"], province=province)
    )
    for lang in ("zh", "en"):
        assert refused.render(lang) == unknown.render(lang).replace(world["nobody"], value.strip())
        assert BJ not in refused.render(lang)
    # And nothing was written (no case, no counter, no audit event)
    assert _counts(db) == before


def test_the_company_in_scope_is_found_when_one_out_of_scope_shares_its_name(
    db: Database, world: dict[str, str]
) -> None:
    # Given a Zhejiang company with the short name of the Beijing one
    twin = credit_code(4, "330106")
    companies.create_company(
        db, NATIONAL, companies.CompanyInput(twin, "杭州同名科技有限公司", ZJ, short_name=BJ_SHORT)
    )
    # When the Zhejiang inspector opens a case by that name
    number = cases.open_case(db, ZJ_INSPECTOR, BJ_SHORT, opened_on=date(2026, 5, 1))
    # Then it is the Zhejiang company's
    detail = cases.show_case(db, ZJ_INSPECTOR, number)
    assert detail.company.credit_code == twin
    assert number.startswith("ZJ-")


def test_a_national_official_opens_a_zhejiang_case_whose_profile_zhejiang_does_not_see(
    db: Database, world: dict[str, str]
) -> None:
    # Given a Zhejiang case for the Beijing company, opened by a national official
    number = cases.open_case(db, NATIONAL, world["bj"], province=ZJ, opened_on=date(2026, 5, 1))
    assert number.startswith("ZJ-")
    # Then the national official sees the whole profile
    full = cases.show_case(db, NATIONAL, number).company
    assert {k: getattr(full, k) for k in PROFILE} == PROFILE
    assert full.profile_withheld is False
    # And the Zhejiang inspector sees the case and the company's names, no profile
    seen = cases.show_case(db, ZJ_INSPECTOR, number).company
    assert seen.credit_code == world["bj"] and seen.name_zh == BJ_NAME
    assert all(getattr(seen, k) is None for k in PROFILE)
    assert seen.profile_withheld is True
    assert not {str(v) for v in vars(seen).values()} & set(PROFILE.values())
    # And still cannot open another case for it, nor read or edit the company itself
    before = _counts(db)
    assert _refusal(lambda: cases.open_case(db, ZJ_INSPECTOR, world["bj"])).code == (
        "company.not_found"
    )
    assert _refusal(lambda: company_edit.get_company(db, ZJ_INSPECTOR, world["bj"])).code == (
        "company.not_found"
    )
    listed = {r.credit_code for r in companies.list_companies(db, ZJ_INSPECTOR)}
    assert listed == {world["zj"]}
    assert _counts(db) == before


def test_an_inspector_opens_a_case_for_a_company_of_their_province(
    db: Database, world: dict[str, str]
) -> None:
    number = cases.open_case(db, ZJ_INSPECTOR, "杭测", opened_on=date(2026, 5, 1))
    assert cases.show_case(db, ZJ_INSPECTOR, number).company.credit_code == world["zj"]
    # but not in a province they do not see (a refusal that may name the province:
    # provinces are public, the company is theirs)
    before = _counts(db)
    refused = _refusal(lambda: cases.open_case(db, ZJ_INSPECTOR, world["zj"], province=BJ))
    assert isinstance(refused, ConflictError)
    assert _counts(db) == before


def test_a_summons_cannot_name_a_company_out_of_scope(db: Database, world: dict[str, str]) -> None:
    data = summons.SummonsInput(
        date(2026, 5, 1),
        "杭州",
        "约谈",
        attendances=(summons.AttendanceInput(world["zj"]), summons.AttendanceInput(BJ_SHORT)),
    )
    before = _counts(db)
    refused = _refusal(lambda: summons.register_summons(db, ZJ_INSPECTOR, data))
    assert refused.code == "company.not_found" and refused.values["value"] == BJ_SHORT
    assert _counts(db) == before  # not the summons, not the Zhejiang company's case either
    # The national official may summon both; each case opens where its company is registered
    _, numbers = summons.register_summons(db, NATIONAL, data)
    assert [n[:3] for n in numbers] == ["ZJ-", "BJ-"]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def test_the_import_preview_applies_the_scope_of_the_import(
    db: Database, world: dict[str, str], tmp_path: Path
) -> None:
    # Given a file re-registering the Beijing company's code in Zhejiang, and a Beijing row
    path = _csv(
        tmp_path / "companies.csv",
        [
            ["credit_code", "name_zh", "province"],
            [world["bj"], "杭州冒名科技有限公司", ZJ],
            [credit_code(5, "110105"), "北京新设科技有限公司", BJ],
            [credit_code(6, "330106"), "杭州新设科技有限公司", ZJ],
        ],
    )
    before = _counts(db)
    # When the Zhejiang inspector previews it
    preview = companies.preview_import(db, ZJ_INSPECTOR, path)
    # Then the duplicate does not name the Beijing company, and the Beijing row is refused
    problems = {p.row: p.error for p in preview.problems}
    assert problems[2].code == "company.duplicate_elsewhere"
    for lang in ("zh", "en"):
        assert BJ_NAME not in problems[2].render(lang)
    assert problems[3].code == "scope.forbidden"
    assert [row for row, _ in preview.rows] == [4]
    # And the import itself refuses the same rows for the same reasons
    with pytest.raises(companies.ImportRejected) as rejected:
        companies.import_companies(db, ZJ_INSPECTOR, path)
    assert [(p.row, p.error.code) for p in rejected.value.problems] == [
        (p.row, p.error.code) for p in preview.problems
    ]
    # A national official's preview names the company (they see it)
    national = companies.preview_import(db, NATIONAL, path)
    duplicate = next(p.error for p in national.problems if p.row == 2)
    assert duplicate.code == "company.duplicate" and BJ_NAME in duplicate.render("zh")
    # A viewer may not import, so is not shown a preview either
    viewer = Actor("zj_viewer", role="viewer", all_provinces=False, provinces=frozenset({ZJ}))
    assert _refusal(lambda: companies.preview_import(db, viewer, path)).code == "role.forbidden"
    assert _counts(db) == before


def test_the_dossier_of_such_a_case_holds_no_profile_zhejiang_does_not_see(
    db: Database, world: dict[str, str], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from app.services.exports.dossier_export import export_dossier

    number = cases.open_case(db, NATIONAL, world["bj"], province=ZJ, opened_on=date(2026, 5, 1))

    def text(actor: Actor) -> str:
        target = tmp_path / f"{actor.login}.pdf"
        export_dossier(db, actor, number, target, lang="zh", as_of=date(2026, 6, 1))
        return "".join(page.extract_text() for page in PdfReader(str(target)).pages)

    national, zhejiang = text(NATIONAL), text(ZJ_INSPECTOR)
    assert PROFILE["legal_representative"] in national and PROFILE["contact_email"] in national
    assert BJ_SHORT in zhejiang  # the company is named
    for value in PROFILE.values():
        assert value not in zhejiang
