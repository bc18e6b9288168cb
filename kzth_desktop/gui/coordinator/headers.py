"""Column headers that are read whole (issue 19): wrapped at word boundaries into lines that
fit their column, the column widened where one word is longer than the column is wide.

A header cut by an ellipsis ("Respon…") or split at a fixed number of letters — whatever the
language and the font — is what made the risks table hard to read on a laptop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidget, QTableWidgetItem

SORT_ARROW = 18  # room kept for the sort indicator beside the text


def header_room(header: QHeaderView) -> int:
    """What a section needs besides its text: the style's margins and the sort indicator
    where the table sorts."""
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return 2 * margin + (SORT_ARROW if header.isSortIndicatorShown() else 0) + 4


def wrap_words(text: str, width: int, measure: Callable[[str], int]) -> list[str]:
    """``text`` in lines no wider than ``width`` pixels, broken between words only (a word
    wider than ``width`` makes a line of its own); ``measure`` is the font's advance."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and measure(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def fit_headers(table: QTableWidget, headers: Sequence[str], widths: Sequence[int],
                *, max_lines: int = 3, stretch_min: int = 0) -> None:
    """Sets ``headers`` on ``table``, each wrapped to its column's width (``widths[col]``;
    0 keeps the column as it is), widening a column until its header fits in ``max_lines``
    lines and no word is cut. Call after the columns have their resize modes. A stretched
    column left narrower than ``stretch_min`` by the others gets that width and the table
    scrolls sideways instead (a risk's name needs room more than the table needs to fit)."""
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    room = header_room(header)
    for col, text in enumerate(headers):
        width = widths[col] if col < len(widths) else 0
        current = width or header.sectionSize(col)
        inner = max(current - room, 8)
        longest = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        inner = max(inner, longest)
        lines = wrap_words(text, inner, metrics.horizontalAdvance)
        while len(lines) > max_lines:
            inner += metrics.averageCharWidth() * 2
            lines = wrap_words(text, inner, metrics.horizontalAdvance)
        shown = "\n".join(lines)
        cell = table.horizontalHeaderItem(col)
        if cell is None:
            cell = QTableWidgetItem()
            table.setHorizontalHeaderItem(col, cell)
        cell.setText(shown)
        cell.setToolTip(text)
        if header.sectionResizeMode(col) is QHeaderView.ResizeMode.Stretch:
            continue  # it takes what is left; its header is short (the risk's name)
        need = max(metrics.horizontalAdvance(line) for line in lines) + room
        if width or header.sectionSize(col) < need:
            table.setColumnWidth(col, max(width, need))
    if stretch_min:
        fixed = sum(header.sectionSize(c) for c in range(table.columnCount())
                    if header.sectionResizeMode(c) is not QHeaderView.ResizeMode.Stretch)
        for col in range(table.columnCount()):
            if header.sectionResizeMode(col) is QHeaderView.ResizeMode.Stretch \
                    and table.viewport().width() - fixed < stretch_min:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                table.setColumnWidth(col, stretch_min)


__all__ = ["fit_headers", "header_room", "wrap_words"]
