"""Small helpers the coordinator's tabs share to fill their tables."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kzth_desktop.annex import Annex, numbers

ROLE = Qt.ItemDataRole.UserRole


def item(text: object, *, data: Any = None, colour: str | None = None,
         number: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem()
    if number and isinstance(text, int | float):
        cell.setData(Qt.ItemDataRole.DisplayRole, text)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    else:
        cell.setText("" if text is None else str(text))
    if data is not None:
        cell.setData(ROLE, data)
    if colour:
        cell.setBackground(QBrush(QColor(colour)))
    return cell


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[QTableWidgetItem]],
         *, stretch: int | None = None) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            table.setItem(r, c, cell)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None and 0 <= stretch < len(headers):
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(table.isSortingEnabled() or False)


def known_kind(annex: Annex, kind_id: str) -> bool:
    return any(k.id == kind_id for k in annex.kinds)


def pct(value: Fraction | None) -> str:
    return numbers.share(value, 0)


def num(value: Fraction | int | None) -> str:
    """A figure of the tables, one decimal at most: ``2,5``, ``3``, ``1 234``."""
    if value is None:
        return "—"
    return numbers.number(round(float(value), 1))
