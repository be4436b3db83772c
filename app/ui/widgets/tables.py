"""The table view every list uses: whole rows selected, one at a time, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def read_only_table() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    return view
