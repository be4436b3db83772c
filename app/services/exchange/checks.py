"""The checks of an import plan that need this database: references, hashes, scope, numbers.

Each refuses with a ValidationError naming the package file and the record.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ValidationError
from app.services.exchange.items import Item
from app.services.exchange.records import DbNatural, layered, load_by_ids, read_fields
from app.services.exchange.spec import (
    NATURAL_REFS,
    SPECS,
    RecordSpec,
    natural_key_text,
    record_hash,
    ref_target,
)
from app.services.exchange.view import View
from app.services.support.context import Actor
from app.services.support.permissions import sees_every_province


def _refs(item: Item) -> Iterable[tuple[str, str, str]]:
    """(field, target type, id) of every reference the record makes."""
    for name, f in item.spec.fields.items():
        value = item.fields[name]
        if value is None or f.kind not in ("ref", "refs"):
            continue
        target = ref_target(item.spec, name, item.fields)
        for v in value if f.kind == "refs" else [value]:
            yield name, target, v


def check_refs(
    session: Session, items: dict[str, list[Item]], in_package: dict[str, dict[str, Item]]
) -> dict[str, dict[str, Any]]:
    """Every reference points into the package or this database; returns the stored targets."""
    wanted: dict[str, set[str]] = {t: set() for t in SPECS}
    for name in SPECS:
        for item in items[name]:
            for _, target, value in _refs(item):
                if value not in in_package[target]:
                    wanted[target].add(value)
    stored = {
        t: load_by_ids(session, SPECS[t].model, [uuid.UUID(v) for v in ids])
        for t, ids in wanted.items()
    }
    for name in SPECS:
        for item in items[name]:
            for ref_field, target, value in _refs(item):
                if value not in in_package[target] and value not in stored[target]:
                    raise ValidationError(
                        "exchange.dangling_ref",
                        name=item.spec.file,
                        record=item.rec.id,
                        field=ref_field,
                        target=f"{target} {value}",
                    )
    return stored


def check_hashes(session: Session, items: dict[str, list[Item]]) -> None:
    own = {(t, i.local_id): natural_key_text(t, i.fields) for t in NATURAL_REFS for i in items[t]}
    natural = layered(own, DbNatural(session))
    for name, spec in SPECS.items():
        for item in items[name]:
            item.hash = record_hash(spec, item.fields, natural)
            if item.hash != item.rec.hash:
                raise ValidationError(
                    "exchange.record_hash",
                    name=spec.file,
                    record=item.rec.id,
                    expected=item.rec.hash,
                    actual=item.hash,
                )


def provinces_of(view: View, spec: RecordSpec, fields: Mapping[str, Any]) -> set[str]:
    """The provinces a record (with these fields) belongs to, as ``view`` holds the rest:
    its case's, a case's own, a company's registration; none for agencies and summons."""
    found: set[str | None] = set()
    if spec.name == "case":
        found.add(fields["province_code"])
    elif spec.parent:
        found.add(view.province_of_case(view.case_of(spec, fields)))
    elif spec.name == "company":
        found.add(fields["province_code"])
    elif "company_id" in spec.fields:  # a service, an attendance at a summons
        company = view.get("company", fields["company_id"])
        found.add(company["province_code"] if company else None)
    return {p for p in found if p is not None}


def check_scope(actor: Actor, items: dict[str, list[Item]], view: View) -> None:
    """Every record the package holds for a case, and every company (with its services
    and attendances) the import writes, must be in a province the actor sees: as this
    database has it (before) and as the package gives it (after).  A company merely
    named by a case and unchanged here is not written; but a new case is opened only
    for a company the actor sees, as by ``case open``.  Finds each record's case.
    """
    before = View(view.session, {})
    cited = {i.fields["company_id"] for i in items["case"]}
    for name, spec in SPECS.items():
        for item in items[name]:
            item.case_id = item.local_id if name == "case" else view.case_of(spec, item.fields)
            if sees_every_province(actor):
                continue
            if not spec.parent and name != "case":
                company = item.local_id if name == "company" else item.fields.get("company_id")
                if company is None or (item.action == "unchanged" and company in cited):
                    continue
            provinces = provinces_of(view, spec, item.fields)
            if name == "case" and item.action == "new":
                provinces |= provinces_of(view, SPECS["service"], item.fields)  # its company
            for province in sorted(provinces):
                if not actor.sees(province):
                    raise ValidationError(
                        "exchange.out_of_scope",
                        name=spec.file,
                        record=item.rec.id,
                        province=province,
                    )
            # What this database holds of a record outside the actor's scope is not told,
            # not even its province (the refusal would say that it exists, and where).
            if item.local_fields is not None and not all(
                actor.sees(p) for p in provinces_of(before, spec, item.local_fields)
            ):
                raise ValidationError("exchange.not_permitted", name=spec.file, record=item.rec.id)


def check_unique(
    session: Session, items: dict[str, list[Item]], in_package: dict[str, dict[str, Item]]
) -> None:
    """A case number (or a finding number within its case) used here by another record refuses."""
    for name, spec in SPECS.items():
        for key in spec.unique:
            seen: dict[tuple[Any, ...], str] = {}
            for item in items[name]:
                values = tuple(item.fields[k] for k in key)
                if values in seen or _taken_here(session, spec, key, values, item):
                    raise _clash(session, name, item, in_package)
                seen[values] = item.local_id


def _taken_here(
    session: Session, spec: RecordSpec, key: tuple[str, ...], values: tuple[Any, ...], item: Item
) -> bool:
    if item.local is not None and all(
        read_fields(spec, item.local)[k] == v for k, v in zip(key, values, strict=True)
    ):
        return False
    query = select(spec.model.id)  # type: ignore[attr-defined]
    for k, v in zip(key, values, strict=True):
        column = getattr(spec.model, k)
        query = query.where(column == (uuid.UUID(v) if spec.fields[k].kind == "ref" else v))
    other = session.execute(query).scalars().first()
    return other is not None and str(other) != item.local_id


def _clash(
    session: Session, name: str, item: Item, in_package: dict[str, dict[str, Item]]
) -> ValidationError:
    if name == "case":
        return ValidationError("exchange.case_number_taken", case_number=item.fields["case_number"])
    case_id = item.fields["case_id"]
    case = in_package["case"].get(case_id)
    if case is not None:
        number = case.fields["case_number"]
    else:
        stored = session.get(SPECS["case"].model, uuid.UUID(case_id))
        number = getattr(stored, "case_number", case_id)
    return ValidationError(
        "exchange.finding_number_taken", case_number=number, number=item.fields["number"]
    )
