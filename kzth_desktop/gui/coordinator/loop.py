"""The coordinator's side of the loop back to the offices (issue 17): the dialog returning a
submission for correction with a note on each field (the submission's quality findings ticked
beforehand), and the one asking the commission's meeting date and decision for the results
package (rule 19)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from kzth_desktop.annex import Annex
from kzth_desktop.gui.forms.ui_results_export_dialog import Ui_ResultsExportDialog
from kzth_desktop.gui.forms.ui_return_dialog import Ui_ReturnDialog

ROLE = Qt.ItemDataRole.UserRole


class ReturnDialog(QDialog):
    """Fields with a note each: ``proposed`` (field id, note) rows come ticked (the quality
    findings of the submission), any other field of the questionnaire can be added."""

    def __init__(self, annex: Annex, lang: str, intro: str,
                 proposed: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnDialog()
        self.ui.setupUi(self)
        self.annex, self.lang = annex, lang
        self.ui.introLabel.setText(intro)
        table = self.ui.notesTable
        table.setColumnCount(2)
        self._headers()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 300)
        table.verticalHeader().setVisible(False)
        for field_id, note in proposed:
            self.add_field(field_id, note)
        for block in annex.blocks:
            for f in block.fields():
                self.ui.fieldCombo.addItem(f"{f.id} — {f.text.get(lang)}", f.id)
        self.ui.addFieldButton.clicked.connect(
            lambda: self.add_field(self.ui.fieldCombo.currentData(), ""))
        self.ui.buttonBox.accepted.connect(self._accept)

    def _headers(self) -> None:
        self.ui.notesTable.setHorizontalHeaderLabels([self.tr("Field"),
                                                      self.tr("Note to the office")])

    def add_field(self, field_id: str, note: str, checked: bool = True) -> int:
        """A row for ``field_id`` (ticked); an existing row's note is kept."""
        table = self.ui.notesTable
        for row in range(table.rowCount()):
            if table.item(row, 0).data(ROLE) == field_id:
                table.item(row, 0).setCheckState(Qt.CheckState.Checked)
                return row
        row = table.rowCount()
        table.insertRow(row)
        text = (self.annex.field(field_id).text.get(self.lang)
                if self.annex.has_field(field_id) else "")
        first = QTableWidgetItem(f"{field_id}\n{text}")
        first.setData(ROLE, field_id)
        first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                       | Qt.ItemFlag.ItemIsSelectable)
        first.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        first.setToolTip(text)
        table.setItem(row, 0, first)
        table.setItem(row, 1, QTableWidgetItem(note))
        table.resizeRowToContents(row)
        return row

    def notes(self) -> list[tuple[str, str]]:
        """The ticked fields with their notes, in the table's order."""
        table = self.ui.notesTable
        out = []
        for row in range(table.rowCount()):
            first, note = table.item(row, 0), table.item(row, 1)
            if first.checkState() == Qt.CheckState.Checked:
                out.append((str(first.data(ROLE)), note.text().strip() if note else ""))
        return out

    def _accept(self) -> None:
        notes = self.notes()
        if not notes:
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("Tick at least one field and write its note."))
            return
        empty = [f for f, n in notes if not n]
        if empty:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Write a note for %1: the office must know what to check.")
                .replace("%1", ", ".join(empty)))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, annex: Annex, lang: str, intro: str,
            proposed: Sequence[tuple[str, str]]) -> list[tuple[str, str]] | None:
        """The (field, note) pairs to return, or None when cancelled (tests patch this)."""
        dialog = cls(annex, lang, intro, proposed, parent)
        return dialog.notes() if dialog.exec() else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._headers()
        super().changeEvent(event)


class ResultsExportDialog(QDialog):
    """The commission's meeting date and decision recorded with the results package."""

    def __init__(self, intro: str, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResultsExportDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(intro)
        today = today or dt.date.today()
        self.ui.meetingDate.setDate(QDate(today.year, today.month, today.day))

    def values(self) -> tuple[dt.date | None, str]:
        meeting = None
        if self.ui.meetingCheck.isChecked():
            d = self.ui.meetingDate.date()
            meeting = dt.date(d.year(), d.month(), d.day())
        return meeting, " ".join(self.ui.decisionEdit.toPlainText().split())

    @classmethod
    def ask(cls, parent: QWidget | None, intro: str) -> tuple[dt.date | None, str] | None:
        """(meeting date or None, decision) or None when cancelled (tests patch this)."""
        dialog = cls(intro, parent)
        return dialog.values() if dialog.exec() else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
