"""The tree beside the respondent's form: the blocks and their questions, how much of each is
answered; choosing one shows its block or goes to the question's first field."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem

from kzth_desktop.gui.respondent_desk import RespondentDesk

ROLE_ID = Qt.ItemDataRole.UserRole


def _shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class BlockNavigation(QObject):
    """Drives ``window.ui.navTree`` (its items carry the block or question id)."""

    def __init__(self, window: RespondentDesk) -> None:
        super().__init__(window)
        self.w = window
        self.tree = window.ui.navTree
        self.tree.currentItemChanged.connect(self._chosen)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def build(self) -> None:
        tree = self.tree
        tree.blockSignals(True)
        tree.clear()
        for b in self.w.blocks():
            item = QTreeWidgetItem(tree)
            item.setData(0, ROLE_ID, b.id)
            for q in b.questions:
                child = QTreeWidgetItem(item)
                child.setData(0, ROLE_ID, q.id)
        tree.blockSignals(False)
        self.retranslate()

    def retranslate(self) -> None:
        tree = self.tree
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            block = self.w.annex.block(item.data(0, ROLE_ID))
            item.setText(0, self.tr("Block %1. ").replace("%1", str(block.number))
                         + _shorten(block.short_heading(self.w.lang), 60))
            item.setToolTip(0, "\n".join(
                [block.title.get(self.w.lang)] if block.title else
                [a.get(self.w.lang) for a in block.addressees]))
            for j in range(item.childCount()):
                child = item.child(j)
                q = self.w.annex.question(child.data(0, ROLE_ID))
                label = q.text or q.fields[0].text
                child.setText(0, self.tr("Question %1. ").replace("%1", str(q.number))
                              + _shorten(label.get(self.w.lang), 50))
                child.setToolTip(0, label.get(self.w.lang))
        self.update_marks()

    def update_marks(self) -> None:
        report = self.w.report
        if report is None:
            return
        missing = set(report.unanswered) | {p.field_id for p in report.problems if p.field_id}
        tree = self.tree
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            bid = item.data(0, ROLE_ID)
            pct = report.completeness_by_block.get(bid, 0.0)
            item.setText(1, f"{pct:.0f}%")
            for j in range(item.childCount()):
                child = item.child(j)
                q = self.w.annex.question(child.data(0, ROLE_ID))
                done = sum(f.id not in missing for f in q.fields)
                child.setText(1, f"{done}/{len(q.fields)}")
                child.setForeground(
                    1, Qt.GlobalColor.darkGreen if done == len(q.fields) else Qt.GlobalColor.red)

    def _chosen(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        ident = current.data(0, ROLE_ID)
        if ident.count(".") == 0:
            self.w.show_block(ident)
        else:
            q = self.w.annex.question(ident)
            self.w.show_block(q.block_id)
            self.w.focus_field(q.fields[0].id)

    def select(self, ident: str) -> None:
        tree = self.tree
        current = tree.currentItem()
        if current is not None and current.data(0, ROLE_ID).split(".")[0] == ident.split(".")[0]:
            return
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            if item.data(0, ROLE_ID) == ident:
                tree.blockSignals(True)
                tree.setCurrentItem(item)
                item.setExpanded(True)
                tree.blockSignals(False)
                return
