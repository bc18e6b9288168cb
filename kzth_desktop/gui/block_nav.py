"""The tree beside the respondent's form: the blocks and their questions, how much of each is
answered. The arrow keys walk the tree and show what they reach without leaving it; Enter or
Tab (or a click on a question) goes into the form, to the first field of what is chosen; Tab
past a block's last field goes on to the next block (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from kzth_desktop.gui.respondent_desk import RespondentDesk

ROLE_ID = Qt.ItemDataRole.UserRole
_INTO_FORM = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


BLOCK_CHARS = 70  # a block's heading is shown up to this long (wrapped), its whole as tooltip
QUESTION_CHARS = 90  # a question's text


def _elide_middle(text: str, limit: int) -> str:
    """The text's first words and its last ones, the middle left out: questions that begin
    alike ("Какие риски …", "Какие факторы …", "Количество …") stay apart (issue 19)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit * 2 // 3].rsplit(" ", 1)[0]
    tail = text[len(text) - (limit - len(head) - 3):].split(" ", 1)[-1]
    return f"{head} … {tail}"


class WrappedLines(QStyledItemDelegate):
    """Rows as tall as their text wrapped to the column's width (a ``QTreeView`` with
    ``wordWrap`` paints wrapped text but sizes its rows for one line, then elides)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != 0:
            return size
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - depth * self.tree.indentation() - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        fm = option.fontMetrics
        rect = fm.boundingRect(QRect(0, 0, max(width, 80), 10_000),
                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), rect.height() + 6))


class BlockNavigation(QObject):
    """Drives ``window.ui.navTree`` (its items carry the block or question id)."""

    def __init__(self, window: RespondentDesk) -> None:
        super().__init__(window)
        self.w = window
        self.tree = window.ui.navTree
        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.installEventFilter(self)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setItemDelegate(WrappedLines(self.tree))  # whole labels, wrapped, not cut
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.sectionResized.connect(self._relayout)

    def _relayout(self, column: int, _old: int, _new: int) -> None:
        if column == 0:  # rows wrap anew to the new width (once, after the drag)
            QTimer.singleShot(0, self.tree, self.tree.doItemsLayout)

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
            number = self.tr("Block %1. ").replace("%1", str(block.number))
            item.setText(0, number + _elide_middle(block.short_heading(self.w.lang), BLOCK_CHARS))
            item.setToolTip(0, number + "\n".join(
                [block.title.get(self.w.lang)] if block.title else
                [a.get(self.w.lang) for a in block.addressees]))
            for j in range(item.childCount()):
                child = item.child(j)
                q = self.w.annex.question(child.data(0, ROLE_ID))
                label = q.text or q.fields[0].text
                number = self.tr("Question %1. ").replace("%1", str(q.number))
                child.setText(0, number + _elide_middle(label.get(self.w.lang), QUESTION_CHARS))
                child.setToolTip(0, number + " ".join(label.get(self.w.lang).split()))
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
        """Shows what the arrow keys reached; the focus stays in the tree."""
        if current is None:
            return
        ident = current.data(0, ROLE_ID)
        if ident.count(".") == 0:
            self.w.show_block(ident)
        else:
            q = self.w.annex.question(ident)
            self.w.show_block(q.block_id)
            self.w.form(q.block_id).reveal(q.fields[0].id)

    def _first_field(self, item: QTreeWidgetItem | None) -> str | None:
        if item is None:
            return None
        ident = item.data(0, ROLE_ID)
        if ident.count(".") == 0:
            return self.w.annex.block(ident).questions[0].fields[0].id
        return self.w.annex.question(ident).fields[0].id

    def enter_form(self, item: QTreeWidgetItem | None) -> None:
        """Goes into the form: the first field of the chosen question (or block)."""
        field_id = self._first_field(item)
        if field_id is not None and self.w.year is not None:
            self.w.focus_field(field_id)

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if item.data(0, ROLE_ID).count("."):  # a question: its field (a block: shown, enough)
            self.enter_form(item)

    def enter_next_block(self, block_id: str) -> None:
        """Tab past the last field of ``block_id``: the next block's first field."""
        ids = [b.id for b in self.w.blocks()]
        if block_id in ids and ids.index(block_id) + 1 < len(ids):
            nxt = ids[ids.index(block_id) + 1]
            self.w.show_block(nxt)
            first = self.w.annex.block(nxt).questions[0].fields[0].id
            QTimer.singleShot(0, lambda: self.w.focus_field(first))
        else:  # the last block: on to the button that ends the work
            self.w.ui.markReadyButton.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _INTO_FORM
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.enter_form(self.tree.currentItem())
            return True
        return False

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
