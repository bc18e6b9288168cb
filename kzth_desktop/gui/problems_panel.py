"""The respondent's Problems panel: what keeps the year's answers from being ready, one line
per problem; a click (or F8, the next one) goes to the field."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidgetItem

from kzth_desktop.annex.problems import ProblemCode
from kzth_desktop.gui.respondent_desk import RespondentDesk

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_CODE = Qt.ItemDataRole.UserRole + 1  # the problem's code


class ProblemsPanel(QObject):
    """Fills ``window.ui.problemsList`` and its summary from the window's validation report."""

    def __init__(self, window: RespondentDesk) -> None:
        super().__init__(window)
        self.w = window
        self._index = -1
        window.ui.problemsList.itemActivated.connect(self.go_to)
        window.ui.problemsList.itemClicked.connect(self.go_to)

    def fill(self) -> None:
        lst = self.w.ui.problemsList
        lst.clear()
        report = self.w.report
        if report is None:
            self.w.ui.problemsSummary.clear()
            return
        for p in report.problems:
            item = QListWidgetItem(p.message(self.w.annex, self.w.lang))
            item.setData(ROLE_ID, p.field_id or "")
            item.setData(ROLE_CODE, getattr(p.code, "value", p.code))
            if p.code == ProblemCode.RETURNED_BY_COORDINATOR:  # the coordinator's, not a rule's
                item.setForeground(QColor("#b71c1c"))
                item.setToolTip(self.tr("A note of the coordinator: correct the field, or "
                                        "select it and answer the note with a comment."))
            lst.addItem(item)
        if report.ok:
            self.w.ui.problemsSummary.setText(
                self.tr("Nothing is missing: every field is answered or marked “no data”."))
        else:
            self.w.ui.problemsSummary.setText(
                self.tr("%1 problem(s). Click one to go to its field; F8 goes to the next.")
                .replace("%1", str(len(report.problems))))
        self._index = -1

    def go_to(self, item: QListWidgetItem) -> None:
        field_id = item.data(ROLE_ID)
        if field_id:
            self._index = self.w.ui.problemsList.row(item)
            self.w.focus_field(field_id)

    def next_problem(self) -> None:
        lst = self.w.ui.problemsList
        if lst.count() == 0:
            return
        self._index = (self._index + 1) % lst.count()
        item = lst.item(self._index)
        lst.setCurrentItem(item)
        self.go_to(item)
