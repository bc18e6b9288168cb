"""Small helpers the coordinator's tabs share to fill their tables."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzth_desktop.annex import Annex, numbers

ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a cell sorts by, when its text would not do


class Cell(QTableWidgetItem):
    """A table cell that sorts by its sort key when both cells have one ("1 234" after "987",
    "96,5 %" after "9,0 %", dates in time order), else by its text."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        # (PySide6 would call this method again from QTableWidgetItem.__lt__: compare here)
        for role in (SORT_ROLE, Qt.ItemDataRole.DisplayRole):
            mine, theirs = self.data(role), other.data(role)
            if role == SORT_ROLE and (mine is None or theirs is None):
                continue
            if isinstance(mine, int | float) and isinstance(theirs, int | float):
                return mine < theirs
            if role == SORT_ROLE:
                try:
                    return bool(mine < theirs)
                except TypeError:
                    continue
        return self.text().casefold() < other.text().casefold()


def item(text: object, *, data: Any = None, colour: str | None = None,
         number: bool = False, sort: Any = None, tip: str | None = None) -> QTableWidgetItem:
    cell = Cell()
    if number and isinstance(text, int | float):
        cell.setData(Qt.ItemDataRole.DisplayRole, text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    else:
        cell.setText("" if text is None else str(text))
    if data is not None:
        cell.setData(ROLE, data)
    if sort is not None:
        cell.setData(SORT_ROLE, sort)
    if tip:
        cell.setToolTip(tip)
    if colour:
        cell.setBackground(QBrush(QColor(colour)))
    return cell


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[QTableWidgetItem]],
         *, stretch: int | None = None, sortable: bool = True) -> None:
    """Fills ``table``; a click on a header sorts it (kept across refills: the rows come back
    in the order the user chose; until then in the order given)."""
    header = table.horizontalHeader()
    if table.property("kzthFilled") is None:  # first fill: no order chosen yet
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setProperty("kzthFilled", True)
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.setItem(r, c, cell)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None and 0 <= stretch < len(headers):
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setSortIndicatorShown(sortable)
    table.setSortingEnabled(sortable)
    filters = table.property("kzthFilter")
    if isinstance(filters, TableFilter):
        filters.refresh()


class TableFilter(QWidget):
    """A row of filters above a table: a text searched in every cell, and for some columns a
    choice among the values they hold ("— all —" first). Rows that do not match are hidden,
    nothing is removed; the choices are rebuilt after every fill, keeping what was chosen."""

    def __init__(self, table: QTableWidget, columns: Sequence[int] = ()) -> None:
        super().__init__(table.parentWidget())
        self.table = table
        self.columns = tuple(columns)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply)
        lay.addWidget(self.search_label)
        lay.addWidget(self.search, 2)
        self.labels: dict[int, QLabel] = {}
        self.combos: dict[int, QComboBox] = {}
        for col in self.columns:
            label, combo = QLabel(self), QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply)
            self.labels[col], self.combos[col] = label, combo
            lay.addWidget(label)
            lay.addWidget(combo, 1)
        self._place()
        table.setProperty("kzthFilter", self)
        self.retranslate()

    def _place(self) -> None:
        """Above the table: in its layout, or with it in a box where a splitter holds it."""
        parent = self.table.parentWidget()
        if isinstance(parent, QSplitter):
            index = parent.indexOf(self.table)
            box = QWidget(parent)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(self)
            lay.addWidget(self.table)
            parent.insertWidget(index, box)
            return
        layout = parent.layout() if parent is not None else None
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(layout.indexOf(self.table), self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Find:"))
        self.search.setPlaceholderText(self.tr("text in any column"))
        self.search.setAccessibleName(self.tr("Find in the table"))
        self.refresh()

    def refresh(self) -> None:
        """The choices from the values the columns now hold; then the rows filtered."""
        for col, combo in self.combos.items():
            header = self.table.horizontalHeaderItem(col)
            name = header.text().replace("\n", " ") if header is not None else ""
            self.labels[col].setText(name + ":")
            combo.setAccessibleName(name)
            chosen = combo.currentData()
            values = sorted({cell.text() for r in range(self.table.rowCount())
                             if (cell := self.table.item(r, col)) is not None and cell.text()})
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— all —"), None)
            for v in values:
                combo.addItem(v, v)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.apply()

    def apply(self, *_: object) -> None:
        needle = self.search.text().strip().casefold()
        wanted = {col: combo.currentData() for col, combo in self.combos.items()}
        table = self.table
        for r in range(table.rowCount()):
            cells = [table.item(r, c) for c in range(table.columnCount())]
            texts = [c.text() if c is not None else "" for c in cells]
            ok = all(v is None or texts[col] == v for col, v in wanted.items())
            if ok and needle:
                ok = any(needle in t.casefold() for t in texts)
            table.setRowHidden(r, not ok)

    def shown(self) -> int:
        return sum(not self.table.isRowHidden(r) for r in range(self.table.rowCount()))


def known_kind(annex: Annex, kind_id: str) -> bool:
    return any(k.id == kind_id for k in annex.kinds)


def pct(value: Fraction | None) -> str:
    return numbers.share(value, 0)


def num(value: Fraction | int | None) -> str:
    """A figure of the tables, one decimal at most: ``2,5``, ``3``, ``1 234``."""
    if value is None:
        return "—"
    return numbers.number(round(float(value), 1))
