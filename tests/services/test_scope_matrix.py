"""Every service function against every role and an out-of-scope province (issue 5, part 2).

The inventory (tests/services/scope_inventory.py) names every public function of
``app.services``; a function added without an entry fails the first test here.
Each use case is then called by a viewer, an inspector, a supervisor and an
admin who see only Zhejiang, on Zhejiang records (the role table decides), and
by the same four seeing only Beijing, on the same records (refused as "not
found or not permitted", nothing written).  Lists, search, dashboard, reminders,
the deadline calendar and the exports never name a case of a province the actor
does not see: checked by case number, company name and credit code in what is
returned, and in the exported PDF/XLSX files read back.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

import app.services
from app.db.migrate import open_database
from app.db.models import AssessmentReport, Case, Finding, Inspection, Review
from app.domain.credit_code import make_credit_code
from app.domain.errors import ConflictError, InspectDeskError, NotFoundError, template_for
from app.services.casework import cases, summons
from app.services.rectification import attachments, findings, reports
from app.services.registry import companies
from app.services.seed.demo import load_demo
from app.services.support.context import Actor
from app.services.support.permissions import ACTIONS, PERMISSIONS
from tests.cli.conftest import copy_db
from tests.services.scope_inventory import INVENTORY, Exempt, Listing, Lookup, Write
from tests.services.scope_world import (
    ADMIN,
    BJ,
    EMPTY,
    ROLES,
    SCOPES,
    TODAY,
    ZJ,
    World,
    add_a_conflict,
    fingerprint,
    leaked,
    scoped,
    shown,
)

# A refusal by role (app.services.support.permissions: reopening a case included).
ROLE_REFUSALS = frozenset({"role.forbidden"})


def _public_functions() -> set[str]:
    found = set()
    for info in pkgutil.walk_packages(app.services.__path__, prefix="app.services."):
        module = importlib.import_module(info.name)
        short = info.name.removeprefix("app.services.")
        for name, obj in inspect.getmembers(module, inspect.isfunction):
            if obj.__module__ == module.__name__ and not name.startswith("_"):
                found.add(f"{short}.{name}")
    return found


def test_the_matrix_lists_every_public_service_function() -> None:
    listed = {name.split("[")[0] for name in INVENTORY}
    public = _public_functions()
    assert not public - listed, "public service functions missing from scope_inventory.py"
    assert not listed - public, "scope_inventory.py lists functions that no longer exist"
    for name, entry in INVENTORY.items():
        assert not isinstance(entry, Exempt) or len(entry.reason) > 10, name
    # Every action of the role table is exercised by at least one use case.
    exercised = {e.action for e in INVENTORY.values() if isinstance(e, Write)}
    assert ACTIONS - {"read", "export"} <= exercised


def _entries(kind: type) -> list[tuple[str, object]]:
    return [(name, entry) for name, entry in INVENTORY.items() if isinstance(entry, kind)]


WRITES = _entries(Write)
LOOKUPS = _entries(Lookup)
LISTINGS = _entries(Listing)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo with its users and an open exchange conflict; and a package of Zhejiang."""
    folder = tmp_path_factory.mktemp("scope-matrix")
    path = folder / "demo.sqlite3"
    database = open_database(str(path))
    load_demo(database, Actor("loader", role="admin"), today=TODAY, with_users=True)
    package = add_a_conflict(database, folder)
    database.dispose()
    return path, package


@pytest.fixture(scope="module")
def shared(
    template: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[World]:
    """One copy of the demo for the reads (each read test checks it wrote nothing)."""
    folder = tmp_path_factory.mktemp("scope-reads")
    database = open_database(str(copy_db(template[0], folder / "reads.sqlite3")))
    yield World.find(database, folder, template[1])
    database.dispose()


@pytest.fixture
def reads(shared: World, tmp_path: Path) -> Iterator[World]:
    assert shared.db.file is not None
    before = fingerprint(shared.db.file)
    yield dataclasses.replace(shared, tmp=tmp_path, extra={})
    assert fingerprint(shared.db.file) == before, "a read wrote to the database"


@pytest.fixture
def world(template: tuple[Path, Path], tmp_path: Path) -> Iterator[World]:
    """A private copy of the demo for a test that may write."""
    database = open_database(str(copy_db(template[0], tmp_path / "demo.sqlite3")))
    yield World.find(database, tmp_path, template[1])
    database.dispose()


def _renders(exc: InspectDeskError) -> None:
    for lang in ("zh", "en"):
        assert template_for(exc.code, lang), f"no {lang} message for {exc.code}"
        assert exc.render(lang)


def _not_permitted(exc: InspectDeskError) -> None:
    """A refusal that does not say whether the record exists."""
    assert isinstance(exc, NotFoundError), exc
    if not exc.code.endswith(".not_found"):
        return  # e.g. a province out of scope: provinces are public, the refusal may say so
    # "No X (or not permitted)", or "No X in this case" for a part of the case named
    en, zh = exc.render("en"), exc.render("zh")
    assert "not permitted" in en or "in this case" in en, en
    assert "无权" in zh or "本案件中" in zh, zh


# --- writes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("scope", list(SCOPES))
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "entry"), WRITES, ids=[n for n, _ in WRITES])
def test_a_write_is_allowed_by_role_and_scope_only(
    world: World, name: str, entry: Write, role: str, scope: str
) -> None:
    actor = scoped(role, scope)
    if entry.setup is not None:
        entry.setup(world)
    by_role = entry.action is None or entry.action in PERMISSIONS[role]
    in_scope = entry.scope == "office" or (entry.scope == "record" and scope == "zj")
    assert world.db.file is not None
    before = fingerprint(world.db.file)
    if by_role and in_scope:
        entry.call(world, actor)  # any refusal here is a bug
        return
    with pytest.raises(InspectDeskError) as caught:
        entry.call(world, actor)
    refusal = caught.value
    _renders(refusal)
    if in_scope:
        assert isinstance(refusal, ConflictError) and refusal.code in ROLE_REFUSALS, refusal
    elif by_role:
        assert refusal.code == entry.out_of_scope, refusal
        if isinstance(refusal, NotFoundError):
            _not_permitted(refusal)
    else:  # neither: refused by role or as not found, whichever is checked first
        assert refusal.code in ROLE_REFUSALS | {entry.out_of_scope}, refusal
    assert fingerprint(world.db.file) == before, "a refused call wrote to the database"


# --- reads of one record --------------------------------------------------------------------


@pytest.mark.parametrize("scope", list(SCOPES))
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "entry"), LOOKUPS, ids=[n for n, _ in LOOKUPS])
def test_a_record_out_of_scope_is_not_found(
    request: pytest.FixtureRequest, name: str, entry: Lookup, role: str, scope: str
) -> None:
    reads: World = request.getfixturevalue("world" if entry.writes else "reads")
    actor = scoped(role, scope)
    if scope == "zj":
        text = shown(entry.call(reads, actor))
        assert not leaked(text, reads.hidden_from(ZJ))
        return
    with pytest.raises(NotFoundError) as caught:
        entry.call(reads, actor)
    assert caught.value.code == entry.code
    _renders(caught.value)
    _not_permitted(caught.value)


# --- reads of many records ------------------------------------------------------------------


@pytest.mark.parametrize("scope", list(SCOPES))
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("name", "entry"), LISTINGS, ids=[n for n, _ in LISTINGS])
def test_a_list_never_shows_a_case_out_of_scope(
    request: pytest.FixtureRequest, name: str, entry: Listing, role: str, scope: str
) -> None:
    reads: World = request.getfixturevalue("world" if entry.writes else "reads")
    actor = scoped(role, scope)
    own = SCOPES[scope]
    hidden = reads.hidden_from(own)
    # Given no province filter: only the actor's own province.
    result = entry.call(reads, actor, None)
    text = shown(result)
    assert not leaked(text, hidden), f"{name} shows {sorted(leaked(text, hidden))[:5]}"
    if entry.shows_zj and own == ZJ:
        assert leaked(text, reads.markers[ZJ]), "the list shows nothing of Zhejiang"
    if entry.same_as_admin:
        assert result == entry.call(reads, ADMIN, own)
    # Asking for the other province gives nothing of it.
    other = BJ if own == ZJ else ZJ
    result = entry.call(reads, actor, other)
    text = shown(result)
    assert not leaked(text, hidden), f"{name} shows {sorted(leaked(text, hidden))[:5]}"
    if entry.same_as_admin:
        assert result == entry.call(reads, ADMIN, EMPTY)


# --- references to records of another province ---------------------------------------------


def _beijing_ids(world: World) -> dict[str, uuid.UUID]:
    with world.db.read() as s:
        bj = Case.province_code == BJ
        return {
            "review": s.execute(select(Review.id).join(AssessmentReport).join(Case).where(bj))
            .scalars()
            .first(),
            "inspection": s.execute(select(Inspection.id).join(Case).where(bj)).scalars().first(),
            "finding": s.execute(select(Finding.id).join(Case).where(bj)).scalars().first(),
            "report": s.execute(select(AssessmentReport.id).join(Case).where(bj)).scalars().first(),
        }


CROSS: dict[str, tuple[str, Callable[[World, Actor, dict[str, uuid.UUID]], object]]] = {
    "a finding raised on a Beijing review": (
        "review.not_found",
        lambda w, a, ids: findings.add_finding(
            w.db,
            a,
            w.zj_case,
            dataclasses.replace(FINDING, review_id=ids["review"]),
        ),
    ),
    "a finding raised at a Beijing inspection": (
        "inspection.not_found",
        lambda w, a, ids: findings.add_finding(
            w.db,
            a,
            w.zj_case,
            dataclasses.replace(FINDING, source="inspection", inspection_id=ids["inspection"]),
        ),
    ),
    "a file attached to a Beijing inspection": (
        "inspection.not_found",
        lambda w, a, ids: attachments.add_attachment(
            w.db, a, w.zj_case, _a_file(w), owner_type="inspection", owner_id=ids["inspection"]
        ),
    ),
    "a file attached to a Beijing finding": (
        "finding.not_found",
        lambda w, a, ids: attachments.add_attachment(
            w.db, a, w.zj_case, _a_file(w), owner_type="finding", owner_id=ids["finding"]
        ),
    ),
    "a file attached to a Beijing report": (
        "report.not_found",
        lambda w, a, ids: attachments.add_attachment(
            w.db, a, w.zj_case, _a_file(w), owner_type="report", owner_id=ids["report"]
        ),
    ),
    "a report on a service of no company of the case": (
        "service.not_found",
        lambda w, a, ids: reports.add_report(
            w.db, a, w.zj_case, reports.ReportInput("T3", service_id=uuid.uuid4())
        ),
    ),
    "a Zhejiang case for a Beijing company": (
        "company.not_found",
        lambda w, a, ids: cases.open_case(w.db, a, w.bj_company, opened_on=TODAY),
    ),
    "a case opened in Beijing": (
        "scope.forbidden",
        lambda w, a, ids: cases.open_case(w.db, a, w.zj_company, province=BJ, opened_on=TODAY),
    ),
    "a company registered under a Beijing company's credit code": (
        "company.duplicate_elsewhere",
        lambda w, a, ids: companies.create_company(
            w.db, a, companies.CompanyInput(w.bj_company, "杭州同码科技有限公司", ZJ)
        ),
    ),
    "a Beijing company registered": (
        "scope.forbidden",
        lambda w, a, ids: companies.create_company(
            w.db, a, companies.CompanyInput(make_credit_code("91110105MA0NEWC00"), "北京新设", BJ)
        ),
    ),
    "a summons opening a Beijing case": (
        "company.not_found",
        lambda w, a, ids: summons.register_summons(
            w.db,
            a,
            summons.SummonsInput(
                TODAY,
                "杭州",
                "约谈",
                attendances=(
                    summons.AttendanceInput(w.zj_company),
                    summons.AttendanceInput(w.bj_company),
                ),
            ),
        ),
    ),
}
FINDING = findings.FindingInput("A2", "medium", "日志留存不足", "2026-11-20", period=10)


def _a_file(world: World) -> Path:
    path = world.tmp / "photo.txt"
    path.write_text("现场照片", encoding="utf-8")
    return path


@pytest.mark.parametrize("what", list(CROSS))
def test_a_zhejiang_record_never_points_at_a_record_out_of_scope(world: World, what: str) -> None:
    code, call = CROSS[what]
    inspector = scoped("inspector", "zj")
    ids = _beijing_ids(world)
    assert world.db.file is not None
    before = fingerprint(world.db.file)
    with pytest.raises(InspectDeskError) as caught:
        call(world, inspector, ids)
    assert caught.value.code == code, caught.value
    _renders(caught.value)
    if isinstance(caught.value, NotFoundError):
        _not_permitted(caught.value)
    # The refusal names no Beijing company (what the official typed aside: codes, numbers).
    names = {m for m in world.markers[BJ] if not re.fullmatch(r"[0-9A-Z-]+", m)}
    for lang in ("zh", "en"):
        assert not leaked(shown(caught.value.render(lang)), names)
    assert fingerprint(world.db.file) == before
