"""The respondent's Problems panel: what keeps the year's answers from being ready. Real errors
come first, one line each; what is only not answered yet follows as one line per block with
its count ("Блок 3: без ответа 12"), so that on the first day fifty empty fields do not bury
the errors (issue 19). A click goes to the field (a block's line: its first unanswered one);
F8 walks the errors, then, when there are none, the blocks still to answer."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidgetItem

from kzth_desktop.annex.problems import ProblemCode
from kzth_desktop.gui.formgen import ui_text
from kzth_desktop.gui.respondent_desk import RespondentDesk

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_CODE = Qt.ItemDataRole.UserRole + 1  # the problem's code
ROLE_BLOCK = Qt.ItemDataRole.UserRole + 2  # on a block's "not answered yet" line: its id
UNANSWERED = ProblemCode.UNANSWERED.value


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
        errors = [p for p in report.problems if p.code != ProblemCode.UNANSWERED]
        for p in errors:
            item = QListWidgetItem(p.message(self.w.annex, self.w.lang))
            item.setData(ROLE_ID, p.field_id or "")
            item.setData(ROLE_CODE, getattr(p.code, "value", p.code))
            if p.code == ProblemCode.RETURNED_BY_COORDINATOR:  # the coordinator's, not a rule's
                item.setForeground(QColor("#b71c1c"))
                item.setToolTip(self.tr("A note of the coordinator: correct the field, or "
                                        "select it and answer the note with a comment."))
            lst.addItem(item)
        blocks = self._unanswered_by_block()
        for block_id, fields in blocks.items():
            block = self.w.annex.block(block_id)
            item = QListWidgetItem(self.tr("%1: not answered yet %2")
                                   .replace("%1", ui_text("block", self.w.lang, n=block.number))
                                   .replace("%2", str(len(fields))))
            item.setData(ROLE_ID, fields[0])
            item.setData(ROLE_CODE, UNANSWERED)
            item.setData(ROLE_BLOCK, block_id)
            item.setForeground(QColor("#5f6368"))
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            item.setToolTip(self.tr("Click to go to the block's first field without an answer."))
            lst.addItem(item)
        if report.ok:
            self.w.ui.problemsSummary.setText(
                self.tr("Nothing is missing: every field is answered or marked “no data”."))
        else:
            self.w.ui.problemsSummary.setText(
                self.tr("Errors: %1. Not answered yet: %2 field(s) in %3 block(s). Click a "
                        "line to go to its field; F8 goes to the next error.")
                .replace("%1", str(len(errors)))
                .replace("%2", str(sum(len(f) for f in blocks.values())))
                .replace("%3", str(len(blocks))))
        self._index = -1

    def _unanswered_by_block(self) -> dict[str, list[str]]:
        """Block id -> its unanswered fields, in the annex's order."""
        report = self.w.report
        shown = {b.id for b in self.w.blocks()}
        out: dict[str, list[str]] = {}
        for field_id in report.unanswered if report is not None else ():
            block_id = self.w.annex.field(field_id).block_id
            if block_id in shown:
                out.setdefault(block_id, []).append(field_id)
        return out

    def go_to(self, item: QListWidgetItem) -> None:
        field_id = item.data(ROLE_ID)
        if field_id:
            self._index = self.w.ui.problemsList.row(item)
            self.w.focus_field(field_id)

    def next_problem(self) -> None:
        """F8: the next error after the current one; with no error left, the next block that
        still has fields without an answer."""
        lst = self.w.ui.problemsList
        rows = [i for i in range(lst.count()) if lst.item(i).data(ROLE_CODE) != UNANSWERED]
        rows = rows or list(range(lst.count()))
        if not rows:
            return
        after = [i for i in rows if i > self._index]
        self._index = after[0] if after else rows[0]
        item = lst.item(self._index)
        lst.setCurrentItem(item)
        self.go_to(item)
