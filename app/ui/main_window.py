"""The main window (a first version: the cases of the database in use)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QTableView

from app.db.engine import Database
from app.services.context import Actor
from app.ui.models.case_table_model import CaseTableModel


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, lang: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("InspectDesk"))
        self.model = CaseTableModel(db, actor, lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.setCentralWidget(self.table)
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", db.display_name()))
        self.statusBar().addPermanentWidget(self.db_label)
        self.model.reload()
        self.table.resizeColumnsToContents()
        self.resize(1100, 700)
