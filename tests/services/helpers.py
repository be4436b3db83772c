"""Small builders for service tests."""

from __future__ import annotations

from app.db.engine import Database
from app.domain.credit_code import make_credit_code
from app.services.registry import companies
from app.services.support.context import Actor


def credit_code(n: int, division: str = "330106") -> str:
    return make_credit_code(f"91{division}{n:09d}")


def add_company(
    db: Database,
    actor: Actor,
    n: int = 1,
    province: str = "330000",
    name: str = "杭州测试网络科技有限公司",
) -> str:
    code = credit_code(n, province[:2] + "0106")
    companies.create_company(db, actor, companies.CompanyInput(code, name, province))
    return code
