"""Applying the command rules (:mod:`rules`, :mod:`view`) where an exchange writes.

Three places write what a package says: the plan of an import (checked there,
so that a dry run refuses exactly what the import refuses), the import's write
transaction (the flushed state checked once more before commit, with the
commands' own function for an attachment's owner), and the resolution of a
conflict (the merged record is a change like any other).  A broken rule is one
:class:`ValidationError` ``exchange.record_refused`` naming the package file, the
record, how an official knows it (case number, "#n" of a finding, a company's
name) and the command's own reason, in both languages.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.domain.errors import InspectDeskError, ValidationError, render
from app.services.exchange.items import Item
from app.services.exchange.rules import Change, Rules, check_change
from app.services.exchange.spec import SPECS, RecordSpec
from app.services.exchange.view import Broken, View, check_across
from app.services.support.context import Actor
from app.services.support.permissions import sees_every_province

WRITTEN = ("new", "updated")


class RecordRefusedError(ValidationError):
    """A record of a package breaks a rule of the commands: ``cause`` is the command's
    own refusal, shown (``{reason}``) in the language of the whole message."""

    def __init__(self, code: str, *, cause: InspectDeskError, **values: Any) -> None:
        self.cause = cause
        super().__init__(code, rule=cause.code, reason=cause.render("en"), **values)

    def render(self, lang: str = "en") -> str:
        return render(self.code, {**self.values, "reason": self.cause.render(lang)}, lang)


def refusal(
    view: View, spec: RecordSpec, record: str, fields: Mapping[str, Any], error: InspectDeskError
) -> RecordRefusedError:
    """The refusal of a package for ``error`` at one of its records."""
    try:
        label = view.label(spec, fields)
    except (KeyError, TypeError, ValueError):  # pragma: no cover - fields were checked
        label = spec.name
    return RecordRefusedError(
        "exchange.record_refused", cause=error, name=spec.file, record=record, label=label
    )


def _broken(view: View, items: Mapping[str, list[Item]], broken: Broken) -> ValidationError:
    spec = SPECS[broken.record_type]
    item = next((i for i in items.get(spec.name, []) if i.local_id == broken.record_id), None)
    fields = view.get(spec.name, broken.record_id) or {}
    shown = item.rec.id if item is not None else broken.record_id
    return refusal(view, spec, shown, fields, broken.error)


def written_view(session: Session, items: Mapping[str, list[Item]]) -> View:
    """The records as the plan leaves them: the package's where it writes them."""
    return View(
        session,
        {
            name: {i.local_id: i.fields for i in items[name] if i.action in WRITTEN}
            for name in SPECS
        },
    )


def _written(items: Mapping[str, list[Item]]) -> dict[str, list[str]]:
    return {name: [i.local_id for i in items[name] if i.action in WRITTEN] for name in SPECS}


def check_plan(
    view: View, actor: Actor, items: Mapping[str, list[Item]], file_sizes: Mapping[str, int]
) -> None:
    """Every record the plan writes, and the rules across them; the first broken refuses."""
    rules = Rules(actor, view, file_sizes)
    for name, spec in SPECS.items():
        for item in items[name]:
            if item.action not in WRITTEN:
                continue
            before = item.local_fields if item.action == "updated" else None
            try:
                check_change(rules, Change(spec, item.local_id, before, item.fields))
            except InspectDeskError as exc:
                raise refusal(view, spec, item.rec.id, item.fields, exc) from exc
    try:
        check_across(view, _written(items))
    except Broken as broken:
        raise _broken(view, items, broken) from broken.error


def check_flushed(session: Session, items: Mapping[str, list[Item]]) -> None:
    """The rules across records once more, on the state the write transaction holds."""
    from app.services.rectification.attachments import _check_owner

    view = View(session, {})
    try:
        check_across(view, _written(items))
        for item in items["attachment"]:
            if item.action == "new":
                fields = item.fields
                try:
                    _check_owner(
                        session,
                        uuid.UUID(fields["case_id"]),
                        fields["owner_type"],
                        uuid.UUID(fields["owner_id"]),
                    )
                except InspectDeskError as exc:
                    raise Broken("attachment", item.local_id, exc) from exc
    except Broken as broken:
        raise _broken(view, items, broken) from broken.error


def check_resolution(
    session: Session,
    actor: Actor,
    spec: RecordSpec,
    record_id: str,
    current: dict[str, Any],
    merged: dict[str, Any],
) -> None:
    """A conflict resolved into ``merged`` (from ``current``) is a change like an import's:
    in the actor's scope after as before, and passing the command rules."""
    from app.services.exchange.checks import provinces_of

    view = View(session, {spec.name: {record_id: merged}})
    if not sees_every_province(actor):
        for province in provinces_of(view, spec, merged):
            if not actor.sees(province):
                raise ValidationError(
                    "exchange.out_of_scope", name=spec.file, record=record_id, province=province
                )
    try:
        check_change(Rules(actor, view, {}), Change(spec, record_id, current, merged))
        check_across(view, {spec.name: [record_id]})
    except InspectDeskError as exc:
        raise refusal(view, spec, record_id, merged, exc) from exc
    except Broken as broken:
        raise _broken(view, {}, broken) from broken.error
