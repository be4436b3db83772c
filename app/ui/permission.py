"""Greying out what the official may not do, and saying why: the window's side of the authority.

Every write action of the window asks :func:`app.services.support.permissions.can` and hands the
decision to :func:`apply`, which enables the button or action only when the authority
allows it, and otherwise puts the authority's reason, in the window's language, in its
tooltip.  The services still decide: a refusal they raise is shown as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.services.support.permissions import Decision

Target = QAction | QWidget
_OWN_TIP = "permission_own_tooltip"  # the tooltip the target had before a refusal replaced it


def apply(
    targets: Target | Iterable[Target],
    decision: Decision,
    lang: str,
    *,
    ready: bool = True,
    hide: bool = False,
) -> None:
    """Enable ``targets`` exactly when ``decision`` allows and ``ready`` holds.

    ``ready`` is the window's own condition (a row is selected, a report is received);
    when only it fails, the target is disabled and keeps its own tooltip.  When the
    decision refuses, the tooltip says why (``decision.render(lang)``), or with ``hide``
    the target is not shown at all.  Called again when the decision changes, it puts the
    target's own tooltip back.
    """
    for target in [targets] if isinstance(targets, QAction | QWidget) else targets:
        own = target.property(_OWN_TIP)
        if own is None:
            own = target.toolTip()
            target.setProperty(_OWN_TIP, own)
        target.setEnabled(decision.allowed and ready)
        target.setToolTip(str(own) if decision.allowed else decision.render(lang))
        if hide:
            target.setVisible(decision.allowed)
