"""The editor used during an on-site visit: checklist, notes, conclusion, photos and documents.

What is typed is never lost: one second after the last change (and at least
every ten seconds while typing goes on, and when the window closes) the notes
and the rest of the form are written to a draft on disk. The draft is
discarded only after a successful save; a refused save keeps it. When the
editor opens on an inspection with a draft newer than what is saved, the
draft is restored and the window says so.

A draft remembers the version of the inspection it was typed on: saving it
after someone else saved the inspection is refused ("changed by NAME at TIME"),
and the official chooses to reload the stored record or keep editing.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from html import escape
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import NotFoundError
from app.readmodel.case import CaseDetail, InspectionView
from app.services.casework import cases
from app.services.rectification import inspection_list, inspections
from app.services.registry import reference
from app.services.support.permissions import can
from app.ui import errors, permission
from app.ui.context import UiContext
from app.ui.drafts import Autosaver, DraftBanner, DraftStore, FormDraft
from app.ui.errors import show_error
from app.ui.formatting import show_date
from app.ui.models.checklist_model import ChecklistModel, ResultDelegate
from app.ui.widgets.photo_grid import InspectionFilesPanel

EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


class InspectionEditor(QWidget):
    """A window of its own (non-modal), one per inspection."""

    saved = Signal()

    def __init__(
        self,
        ctx: UiContext,
        case_number: str,
        inspection_id: uuid.UUID,
        parent: QWidget | None = None,
        *,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.case_number = case_number
        self.inspection_id = inspection_id
        self.drafts = drafts or DraftStore()
        self.draft = FormDraft(self.drafts, f"inspection-{inspection_id}")
        self.notes_key = self.draft.text_key
        self._loading = False
        self._saved_state: dict[str, Any] = {}
        self.version: int | None = None  # of the inspection the form was loaded from
        self.ask_reload: errors.AskReload = errors.ask_reload  # tests replace it
        self.autosave = Autosaver(self.write_draft, self)  # 1 s after the last change
        self._build()
        self.view = self._load()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = DraftBanner(lang=self.ctx.lang)
        self.banner.load_button.clicked.connect(self.load_draft)
        self.banner.discard_button.clicked.connect(self.discard_draft)
        self.banner_text = self.banner.text
        self.load_draft_button = self.banner.load_button
        self.discard_draft_button = self.banner.discard_button

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Notes taken during the visit…"))
        font = QFont(self.notes.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.notes.setFont(font)
        self.notes.setTabChangesFocus(True)

        self.checklist = ChecklistModel(self.ctx.lang, self)
        self.table = QTableView()
        self.table.setObjectName("checklist")
        self.table.setModel(self.checklist)
        self.table.setItemDelegateForColumn(
            ChecklistModel.RESULT, ResultDelegate(self.ctx.lang, self.table)
        )
        self.table.setWordWrap(True)
        self.table.setEditTriggers(EDIT_TRIGGERS)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.REMARK, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        # Wrapped item names and remarks need taller rows whenever the columns change width
        # or a remark changes; once the layout has settled (a zero-time timer), not during it.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.checklist.dataChanged.connect(lambda *_: self._rows_timer.start())

        self.conclusion = QPlainTextEdit()
        self.conclusion.setObjectName("conclusion")
        self.conclusion.setPlaceholderText(self.tr("Conclusion of the inspection"))
        self.conclusion.setTabChangesFocus(True)
        self.done = QCheckBox(self.tr("Inspection &done"))

        self.files = InspectionFilesPanel(self.ctx, self.case_number, self.inspection_id)
        self.photos = self.files.grid

        self.draft_status = QLabel()
        self.draft_status.setObjectName("draft_status")
        self.finding_button = QPushButton(self.tr("Raise &finding…"))
        self.finding_button.clicked.connect(self.raise_finding)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the checklist, notes and conclusion (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.close)
        save_action = QAction(self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)
        # Ctrl+W, not Esc: Esc cancels a checklist edit and must not close the window mid-visit.
        close_action = QAction(self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        self.addAction(close_action)

        notes_pane = self._pane(self.tr("&Notes"), self.notes)
        checklist_pane = self._pane(self.tr("Check&list"), self.table)
        conclusion_pane = self._pane(self.tr("&Conclusion"), self.conclusion, self.done)
        photos_pane = self._pane(self.tr("&Photos and documents"), self.files)
        self.side = QSplitter(Qt.Orientation.Vertical)
        for pane in (checklist_pane, conclusion_pane, photos_pane):
            self.side.addWidget(pane)
        self.side.setSizes([420, 110, 230])  # until the user's own layout is restored
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(notes_pane)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        buttons = QHBoxLayout()
        buttons.addWidget(self.draft_status, 1)
        buttons.addWidget(self.finding_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        tab_chain: list[QWidget] = [self.notes, self.table, self.conclusion, self.done]
        tab_chain += [self.photos, self.files.add_button, self.finding_button]
        tab_chain += [self.save_button, close_button]
        for first, second in pairwise(tab_chain):
            QWidget.setTabOrder(first, second)

        self.notes.textChanged.connect(self._edited)
        self.conclusion.textChanged.connect(self._edited)
        self.done.toggled.connect(self._edited)
        self.checklist.dataChanged.connect(self._edited)
        self.resize(1200, 800)
        self._restore_layout()

    @staticmethod
    def _pane(title: str, body: QWidget, extra: QWidget | None = None) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setBuddy(body)  # Alt+the underlined letter moves to the field
        bold = QFont(label.font())
        bold.setBold(True)
        label.setFont(bold)
        layout.addWidget(label)
        layout.addWidget(body, 1)
        if extra is not None:
            layout.addWidget(extra)
        return pane

    # --- loading and drafts -------------------------------------------------------------------

    def _load(self) -> InspectionView:
        detail = cases.show_case(self.ctx.db, self.ctx.actor, self.case_number)
        view = next((i for i in detail.inspections if i.id == self.inspection_id), None)
        if view is None:
            raise NotFoundError("inspection.not_found", value=str(self.inspection_id))
        names = detail.company
        company = str(
            (names.name_en if self.ctx.lang == "en" else None)
            or names.short_name
            or names.name_zh
            or ""
        )
        title = self.tr("Inspection %1 — %2").replace(
            "%1", show_date(view.inspected_on, self.ctx.lang)
        )
        self.setWindowTitle(title.replace("%2", self.case_number) + " [*]")
        scope = self.tr("Scope:")  # outside the f-string, where lupdate finds it
        self.header.setText(
            f"<b>{escape(self.case_number)} · {escape(company)} · {show_date(view.inspected_on, self.ctx.lang)}</b>"
            f"<br>{escape(view.address)}"
            + (f"<br>{scope} {escape(view.scope)}" if view.scope else "")
        )
        self._loading = True
        self.checklist.load(
            reference.assessment_items(self.ctx.db),
            {c.item_code: (c.result, c.remark) for c in view.checklist},
        )
        self.table.resizeColumnToContents(ChecklistModel.ITEM)
        width = min(self.table.columnWidth(ChecklistModel.ITEM), 320)
        self.table.setColumnWidth(ChecklistModel.ITEM, width)
        self.notes.setPlainText(view.notes)
        self.conclusion.setPlainText(view.conclusion)
        self.done.setChecked(view.status == "done")
        self._loading = False
        self._saved_state = self._state()
        self.version = view.version
        self._allow(detail, view)
        self._offer_draft()
        self.files.refresh()
        return view

    def _allow(self, detail: CaseDetail, view: InspectionView) -> None:
        """Editable as far as the authority allows (a closed case, a viewer: read-only), and
        every greyed-out control says why."""
        lang = self.ctx.lang
        record = can(self.ctx.actor, "inspection.record", detail)
        self.notes.setReadOnly(not record)
        self.conclusion.setReadOnly(not record)
        no_edits = QAbstractItemView.EditTrigger.NoEditTriggers
        self.table.setEditTriggers(EDIT_TRIGGERS if record else no_edits)
        permission.apply(self.save_button, record, lang)
        # The service records an inspection done, never undone.
        permission.apply(self.done, record, lang, ready=view.status != "done")
        permission.apply(self.finding_button, can(self.ctx.actor, "finding.add", detail), lang)
        files = can(self.ctx.actor, "attachment.add", detail)
        self.files.set_read_only(not files)
        permission.apply(self.files.add_button, files, lang)
        self.draft_status.setText(
            "" if record else self.tr("Read-only: %1").replace("%1", record.render(lang))
        )

    def _state(self) -> dict[str, Any]:
        return {
            "notes": self.notes.toPlainText(),
            "conclusion": self.conclusion.toPlainText(),
            "checklist": {code: list(value) for code, value in self.checklist.values().items()},
            "done": self.done.isChecked(),
        }

    def _offer_draft(self) -> None:
        """Restore a draft newer than the saved record; offer an older one without loading it."""
        drafted, state = self.draft.saved_at(), self.draft.load()
        if drafted is None or state is None:
            return
        if all(state.get(k, v) == v for k, v in self._saved_state.items()):
            self.draft.discard()  # nothing in the draft that is not saved
            return
        saved_at = inspection_list.inspection_saved_at(
            self.ctx.db, self.ctx.actor, self.inspection_id
        )
        if saved_at is None or drafted > saved_at:
            self.load_draft()
            self.banner.restored(drafted)
        else:
            self.banner.older(drafted, saved_at)

    def _apply(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("notes"), str):
            self.notes.setPlainText(state["notes"])
        if isinstance(state.get("conclusion"), str):
            self.conclusion.setPlainText(state["conclusion"])
        checklist = state.get("checklist")
        if isinstance(checklist, dict):
            self.checklist.set_values(
                {
                    str(code): (str(value[0]), str(value[1]))
                    for code, value in checklist.items()
                    if isinstance(value, list | tuple) and len(value) == 2
                }
            )
        if isinstance(state.get("done"), bool) and self.done.isEnabled():
            self.done.setChecked(state["done"])

    def load_draft(self) -> None:
        state = self.draft.load() or {}
        self._apply(state)
        if isinstance(state.get("version"), int):
            self.version = state["version"]  # the draft was typed on that version
        self.autosave.cancel()  # loading is not typing: the draft on disk is already this
        self.banner.load_button.hide()
        self.setWindowModified(True)

    def discard_draft(self) -> None:
        """Back to what is saved; the draft file goes."""
        self.autosave.cancel()
        self.draft.discard()
        self._loading = True
        self._apply(self._saved_state)
        self._loading = False
        self.banner.hide()
        self.setWindowModified(False)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.setWindowModified(True)
            self.autosave.changed()

    def write_draft(self) -> None:
        """Put what is on screen into the draft (or drop the draft if it matches what is saved)."""
        self.autosave.cancel()
        state = self._state()
        try:
            if state == self._saved_state:
                self.draft.discard()
                self.setWindowModified(False)
                return
            self.draft.save(state | {"version": self.version})
        except OSError as exc:
            self.draft_status.setText(
                self.tr("⚠ The draft could not be written: %1").replace("%1", str(exc))
            )
            return
        self.draft_status.setText(
            self.tr("Draft kept at %1 (not saved yet)").replace(
                "%1", datetime.now().strftime("%H:%M:%S")
            )
        )

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Record the inspection; the draft goes only once the record is stored."""
        if not self.save_button.isEnabled():
            return False
        self._commit_pending_edit()
        state = self._state()
        record = inspections.InspectionRecord(
            checklist=self.checklist.results(),
            notes=state["notes"],
            conclusion=state["conclusion"],
            done=state["done"],
        )
        try:
            self.version = inspections.record_inspection(
                self.ctx.db,
                self.ctx.actor,
                self.inspection_id,
                record,
                expected_version=self.version,
            )
        except Exception as exc:
            self.write_draft()  # whatever happens next, what was typed is on disk
            if errors.is_changed_meanwhile(exc):
                errors.show_save_error(self, exc, self.ctx.lang, self.reload, self.ask_reload)
            else:
                show_error(self, exc, self.ctx.lang)
            return False
        self.autosave.cancel()
        self.draft.discard()
        self.checklist.mark_stored()
        self._saved_state = state
        self.done.setEnabled(not state["done"])
        self.banner.hide()
        self.setWindowModified(False)
        message = self.tr("Inspection saved at %1.").replace(
            "%1", datetime.now().strftime("%H:%M:%S")
        )
        self.draft_status.setText(message)
        self.ctx.bus.status_message.emit(message)
        self.ctx.bus.data_changed.emit()
        self.saved.emit()
        return True

    def reload(self) -> None:
        """Show the inspection as stored now (someone else saved it); the draft goes."""
        self.autosave.cancel()
        self.draft.discard()
        self.banner.hide()
        try:
            self.view = self._load()
        except Exception as exc:  # e.g. no longer visible to this official
            show_error(self, exc, self.ctx.lang)
            return
        self.setWindowModified(False)  # _load said whether the inspection is read-only

    def _commit_pending_edit(self) -> None:
        """A remark still being typed in the table counts (Ctrl+S while the cell is open)."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None and self.table.state() == QAbstractItemView.State.EditingState:
            self.table.commitData(editor)

    def raise_finding(self) -> None:
        from app.ui.dialogs.finding_dialog import FindingDialog

        dialog = FindingDialog(
            self.ctx, self.case_number, self, source="inspection", inspection_id=self.inspection_id
        )
        dialog.exec()

    # --- window state -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        for key, apply in (
            ("geometry", self.restoreGeometry),
            ("splitter", self.splitter.restoreState),
            ("side", self.side.restoreState),
        ):
            value = self.ctx.settings.value(f"inspection_editor/{key}")
            if isinstance(value, QByteArray):
                apply(value)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.autosave.pending or self.isWindowModified():
            self.write_draft()
            if self._state() != self._saved_state:
                self.ctx.bus.status_message.emit(
                    self.tr("The unsaved inspection notes were kept as a draft.")
                )
        for key, state in (
            ("geometry", self.saveGeometry()),
            ("splitter", self.splitter.saveState()),
            ("side", self.side.saveState()),
        ):
            self.ctx.settings.setValue(f"inspection_editor/{key}", state)
        super().closeEvent(event)


_open_editors: dict[uuid.UUID, InspectionEditor] = {}


def show_editor(
    ctx: UiContext, case_number: str, inspection_id: uuid.UUID, parent: QWidget | None = None
) -> InspectionEditor | None:
    """Bring up the editor of an inspection: one window per inspection, wherever opened from.

    Two windows on one inspection would overwrite each other's draft, so an open
    one is raised instead. A refusal (e.g. no longer visible) is shown on ``parent``.
    """
    editor = _open_editors.get(inspection_id)
    if editor is None:
        try:
            editor = InspectionEditor(ctx, case_number, inspection_id)
        except Exception as exc:
            show_error(parent, exc, ctx.lang)
            return None
        editor.destroyed.connect(lambda *_: _open_editors.pop(inspection_id, None))
        _open_editors[inspection_id] = editor
    editor.show()
    editor.raise_()
    editor.activateWindow()
    return editor
