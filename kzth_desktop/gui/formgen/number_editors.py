"""The editors of counts and amounts: a line that reads what a person types or pastes by the
kk/ru convention (``annex.numbers.parse_number``) and refuses, with the reason, what it cannot
read exactly; it never drops a character or cuts a long text (issue 19)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from kzth_desktop.annex import numbers
from kzth_desktop.annex.model import Field
from kzth_desktop.annex.values import MONEY_DECIMALS
from kzth_desktop.gui.formgen import ui_text
from kzth_desktop.gui.formgen.base import FieldEditor, zero_margins

# QLineEdit's own limit; a longer paste is cut by Qt to this, which is still refused as too
# long (numbers.MAX_DIGITS), so nothing reaches the answer cut
LINE_MAX = 32767


class _NumberEditor(FieldEditor):
    """A right-aligned line; empty means unanswered. What is typed is read on every edit
    (a regular expression, microseconds); a text not read is kept as typed, its reason is
    ``refusal()`` (the row shows it and sends nothing), and the form keeps the last value."""

    decimals = 0
    width_chars = 16
    PARTS = (("edit", None),)

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        lay = QHBoxLayout(self)
        zero_margins(lay, 6)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(LINE_MAX)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.setFixedWidth(self.edit.fontMetrics().horizontalAdvance("0") * self.width_chars
                                + 16)
        lay.addWidget(self.edit)
        self.suffix = QLabel(self)
        lay.addWidget(self.suffix)
        lay.addStretch(1)
        self._parsed: int | Decimal | None = None
        self._error: numbers.NumberError | None = None
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self._retranslate()

    def _typed(self, text: str) -> None:
        self._read(text)
        self._user_edit()

    def _read(self, text: str) -> None:
        self._parsed, self._error = None, None
        if text.strip():
            try:
                self._parsed = numbers.parse_number(text, self.decimals)
            except numbers.NumberError as exc:
                self._error = exc

    def refusal(self) -> str | None:
        return None if self._error is None else self._error.message(self.lang, self.decimals)

    def _show(self, value: int | Decimal) -> str:
        return numbers.integer(int(value))

    def _tidy(self) -> None:
        """Once typed, the number is shown by the convention (the value does not change)."""
        if self._parsed is not None and self._error is None:
            text = self._show(self._parsed)
            if text != self.edit.text():
                self.edit.setText(text)

    def _load(self, value: object | None) -> None:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        self.edit.setText(self._show(Decimal(repr(value))) if ok else "")  # type: ignore[arg-type]
        self._read(self.edit.text())

    def focus_target(self) -> QWidget:
        return self.edit


class CountEditor(_NumberEditor):
    """A whole number ≥ 0 ("1 234"); one above the count's bound is flagged by the row."""

    def _retranslate(self) -> None:
        self.suffix.setVisible(False)

    def value(self) -> object | None:
        return int(self._parsed) if self._parsed is not None else None

    def _load(self, value: object | None) -> None:
        ok = isinstance(value, int) and not isinstance(value, bool)
        super()._load(value if ok else None)


class MoneyEditor(_NumberEditor):
    """An amount in tenge ≥ 0 with at most 2 decimals, shown "1 234,50 ₸"."""

    decimals = MONEY_DECIMALS

    def _retranslate(self) -> None:
        self.suffix.setText("₸")
        self.suffix.setToolTip(ui_text("tenge", self.lang))

    def _show(self, value: int | Decimal) -> str:
        return numbers.decimal(Decimal(value), self.decimals)

    def value(self) -> object | None:
        return float(self._parsed) if self._parsed is not None else None


__all__ = ["CountEditor", "MoneyEditor"]
