"""Field editors, one class per annex field type, and the read-only table that maps them.

Every editor is a ``FieldEditor``: ``value()`` gives the canonical answer value of DESIGN §3
(or None while nothing is entered), ``set_value(v)`` loads one without emitting anything, and
``edited`` is emitted on the user's edits only. "No data" is not an editor's business: the
form's ``FieldRow`` wraps every editor with that switch.

Adding a field type = one editor class + one row in ``EDITORS`` (a test in
tests/gui/test_formgen.py names the missing row); nothing else in the gui switches on the type.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kzth_desktop.annex.model import Field, FieldType
from kzth_desktop.gui.formgen import ui_text
from kzth_desktop.gui.formgen.base import FieldEditor, caption_label, zero_margins
from kzth_desktop.gui.formgen.number_editors import CountEditor, MoneyEditor
from kzth_desktop.gui.formgen.victims import VictimsEditor


class AutoHeightTextEdit(QPlainTextEdit):
    """A plain-text box that grows with its text from ``min_lines`` to ``max_lines``."""

    def __init__(self, parent: QWidget | None = None, min_lines: int = 3,
                 max_lines: int = 12) -> None:
        super().__init__(parent)
        self._min_lines, self._max_lines = min_lines, max_lines
        self.setTabChangesFocus(True)  # Tab walks the form; text has no use for tabs
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_: object) -> None:
        lines = int(self.document().documentLayout().documentSize().height())
        lines = min(max(lines, self._min_lines), self._max_lines)
        margins = self.contentsMargins()
        extra = int(2 * self.document().documentMargin()) + margins.top() + margins.bottom()
        height = lines * self.fontMetrics().lineSpacing() + extra + 2
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)


# --- yes / no (+ describe) ----------------------------------------------------------------------


class _Choice(QRadioButton):
    """A radio button that a second click or Space leaves checked (the yes/no pair keeps
    itself exclusive: see ``YesNoEditor``)."""

    def nextCheckState(self) -> None:
        self.setChecked(True)


class YesNoEditor(FieldEditor):
    """Two radio buttons and a "describe" box, enabled on "yes" only.

    The pair is exclusive by hand, in no ``QButtonGroup`` and not auto-exclusive: Qt takes Tab
    away from the unchecked buttons of a group (``fixFocusPolicy``), and a clerk must reach
    both by Tab (issue 19). The
    arrow keys answer as radio buttons do (left/up "yes", right/down "no"), Space checks the
    focused one. On "no" the details typed earlier stay in the (disabled) box, so that going
    back to "yes" restores them, but the value carries ``"details": ""``.
    """

    PARTS = (("yes", "yes"), ("no", "no"), ("details", "a11y_details"))
    _ARROWS = {Qt.Key.Key_Left: "yes", Qt.Key.Key_Up: "yes", Qt.Key.Key_Right: "no",
               Qt.Key.Key_Down: "no"}

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        lay = QVBoxLayout(self)
        zero_margins(lay)
        self.hint = caption_label("", self) if field.hint is not None else None
        if self.hint is not None:
            lay.addWidget(self.hint)
        row = QHBoxLayout()
        zero_margins(row, 16)
        self.yes = _Choice(self)
        self.no = _Choice(self)
        for button in (self.yes, self.no):
            button.setAutoExclusive(False)
            button.installEventFilter(self)
            button.toggled.connect(lambda on, b=button: self._answer_toggled(b, on))
            row.addWidget(button)
        row.addStretch(1)
        lay.addLayout(row)
        self.details = AutoHeightTextEdit(self, min_lines=2)
        self.details.setEnabled(False)
        lay.addWidget(self.details)
        self.details.textChanged.connect(self._details_changed)
        self._retranslate()

    def _retranslate(self) -> None:
        self.yes.setText(ui_text("yes", self.lang))
        self.no.setText(ui_text("no", self.lang))
        self.details.setPlaceholderText(ui_text("describe", self.lang))
        if self.hint is not None and self.field.hint is not None:
            self.hint.setText(self.field.hint.get(self.lang))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and watched in (self.yes, self.no)
                and isinstance(event, QKeyEvent) and event.key() in self._ARROWS
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            button = getattr(self, self._ARROWS[Qt.Key(event.key())])
            button.setFocus(Qt.FocusReason.TabFocusReason)
            button.setChecked(True)
            return True
        return False

    def _answer_toggled(self, button: QAbstractButton, on: bool) -> None:
        if on:  # the other one goes off first (quietly: one edit per answer)
            other = self.no if button is self.yes else self.yes
            with self.silenced():
                other.setChecked(False)
        self.details.setEnabled(self.yes.isChecked())
        if on:
            self._user_edit()

    def _details_changed(self) -> None:
        if self.yes.isChecked():
            self._user_edit()

    def value(self) -> object | None:
        if self.yes.isChecked():
            return {"answer": "yes", "details": self.details.toPlainText()}
        if self.no.isChecked():
            return {"answer": "no", "details": ""}
        return None

    def _load(self, value: object | None) -> None:
        answer = value.get("answer") if isinstance(value, Mapping) else None
        details = value.get("details", "") if isinstance(value, Mapping) else ""
        self.yes.setChecked(answer == "yes")
        self.no.setChecked(answer == "no")
        self.details.setPlainText(details if isinstance(details, str) else "")
        self.details.setEnabled(answer == "yes")

    def focus_target(self) -> QWidget:
        return self.no if self.no.isChecked() else self.yes


# --- text ---------------------------------------------------------------------------------------


class TextEditor(FieldEditor):
    """Free text; about three lines high, growing with the text."""

    PARTS = (("edit", None),)

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        lay = QVBoxLayout(self)
        zero_margins(lay)
        self.edit = AutoHeightTextEdit(self)
        lay.addWidget(self.edit)
        self.edit.textChanged.connect(self._user_edit)

    def value(self) -> object | None:
        text = self.edit.toPlainText()
        return text if text.strip() else None

    def _load(self, value: object | None) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")

    def focus_target(self) -> QWidget:
        return self.edit


# --- period -------------------------------------------------------------------------------------


class PeriodEditor(FieldEditor):
    """From / to dates with calendar pop-ups; unset (None) until the user sets the period.

    "Set the period" fills in the reporting year (``default_year``, by default the previous
    calendar year), which the user then adjusts.
    """

    PARTS = (("set_button", "period_set"), ("date_from", "a11y_start"),
             ("date_to", "a11y_end"), ("clear_button", "period_clear"))

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.default_year = date.today().year - 1
        lay = QHBoxLayout(self)
        zero_margins(lay, 6)
        self.set_button = QPushButton(self)
        lay.addWidget(self.set_button)
        self.dates = QWidget(self)
        dl = QHBoxLayout(self.dates)
        zero_margins(dl, 6)
        self.from_label = QLabel(self.dates)
        self.date_from = self._date_edit()
        self.to_label = QLabel(self.dates)
        self.date_to = self._date_edit()
        self.clear_button = QPushButton(self.dates)
        for w in (self.from_label, self.date_from, self.to_label, self.date_to,
                  self.clear_button):
            dl.addWidget(w)
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        lay.addWidget(self.dates)
        lay.addStretch(1)
        self.dates.hide()
        self.set_button.clicked.connect(self._set_clicked)
        self.clear_button.clicked.connect(self._clear_clicked)
        self._retranslate()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self.dates)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(QDate(1991, 12, 16))
        edit.setMaximumDate(QDate(2100, 12, 31))
        edit.dateChanged.connect(self._user_edit)
        return edit

    def _retranslate(self) -> None:
        self.set_button.setText(ui_text("period_set", self.lang))
        self.from_label.setText(ui_text("period_from", self.lang))
        self.to_label.setText(ui_text("period_to", self.lang))
        self.clear_button.setText(ui_text("period_clear", self.lang))

    def is_set(self) -> bool:
        return not self.dates.isHidden()

    def _show_dates(self, on: bool) -> None:
        self.dates.setVisible(on)
        self.set_button.setVisible(not on)

    def _set_clicked(self) -> None:
        with self.silenced():
            self.date_from.setDate(QDate(self.default_year, 1, 1))
            self.date_to.setDate(QDate(self.default_year, 12, 31))
        self._show_dates(True)
        self.date_from.setFocus(Qt.FocusReason.OtherFocusReason)
        self._user_edit()

    def _clear_clicked(self) -> None:
        self._show_dates(False)
        self.set_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._user_edit()

    def value(self) -> object | None:
        if not self.is_set():
            return None
        return {"from": self.date_from.date().toString(Qt.DateFormat.ISODate),
                "to": self.date_to.date().toString(Qt.DateFormat.ISODate)}

    def _load(self, value: object | None) -> None:
        if not isinstance(value, Mapping):
            self._show_dates(False)
            return
        for key, edit, default in (("from", self.date_from, QDate(self.default_year, 1, 1)),
                                   ("to", self.date_to, QDate(self.default_year, 12, 31))):
            raw = value.get(key)
            d = QDate.fromString(raw, Qt.DateFormat.ISODate) if isinstance(raw, str) else QDate()
            edit.setDate(d if d.isValid() else default)
        self._show_dates(True)

    def focus_target(self) -> QWidget:
        return self.date_from if self.is_set() else self.set_button


# --- list ---------------------------------------------------------------------------------------


class ListEditor(FieldEditor):
    """A list of short entries: type a line, Enter adds it; double-click edits; Remove deletes.

    A line typed but not yet added counts as the last entry, so nothing typed is ever lost.
    """

    PARTS = (("list", "a11y_entries"), ("entry", "a11y_new_entry"), ("add_button", "add"),
             ("remove_button", "remove"))

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        lay = QVBoxLayout(self)
        zero_margins(lay)
        self.list = QListWidget(self)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setFrameShape(QFrame.Shape.StyledPanel)
        self.list.hide()
        lay.addWidget(self.list)
        row = QHBoxLayout()
        zero_margins(row, 6)
        self.entry = QLineEdit(self)
        row.addWidget(self.entry, 1)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        lay.addLayout(row)
        self.entry.returnPressed.connect(self._add_entry)
        self.entry.textEdited.connect(self._user_edit)
        self.add_button.clicked.connect(self._add_entry)
        self.remove_button.clicked.connect(self._remove_selected)
        self.list.itemChanged.connect(self._item_changed)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems())))
        self._retranslate()

    def _retranslate(self) -> None:
        self.entry.setPlaceholderText(ui_text("list_new", self.lang))
        self.add_button.setText(ui_text("add", self.lang))
        self.remove_button.setText(ui_text("remove", self.lang))

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def _fit(self) -> None:
        n = self.list.count()
        self.list.setVisible(n > 0)
        if n:
            rows = min(n, 8)
            row_h = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height()) + 4
            self.list.setFixedHeight(rows * row_h + 2 * self.list.frameWidth() + 6)

    def _add_entry(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        with self.silenced():
            self._append(text)
            self.entry.clear()
        self._fit()
        self.list.scrollToBottom()
        self._user_edit()  # the value is the same (a pending line counts); harmless

    def _remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        if not rows:
            return
        with self.silenced():
            for r in rows:
                self.list.takeItem(r)
        self._fit()
        self._user_edit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self._quiet:
            return
        if not item.text().strip():  # an entry edited to nothing goes away
            with self.silenced():
                self.list.takeItem(self.list.row(item))
            self._fit()
        self._user_edit()

    def items(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def value(self) -> object | None:
        items = [t for t in self.items() if t.strip()]
        pending = self.entry.text()
        if pending.strip():
            items.append(pending.strip())
        return items or None

    def _load(self, value: object | None) -> None:
        self.list.clear()
        self.entry.clear()
        if isinstance(value, list):
            for text in value:
                self._append(str(text))
        self._fit()

    def focus_target(self) -> QWidget:
        return self.entry


# --- the table ----------------------------------------------------------------------------------

EDITORS: Mapping[FieldType, type[FieldEditor]] = MappingProxyType({
    FieldType.YES_NO: YesNoEditor,
    FieldType.TEXT: TextEditor,
    FieldType.COUNT: CountEditor,
    FieldType.MONEY: MoneyEditor,
    FieldType.PERIOD: PeriodEditor,
    FieldType.LIST: ListEditor,
    FieldType.VICTIMS: VictimsEditor,
})


def editor_for(field: Field, lang: str, parent: QWidget | None = None) -> FieldEditor:
    """A new editor for ``field`` from the ``EDITORS`` table."""
    return EDITORS[field.type](field, lang, parent)


__all__ = [
    "EDITORS",
    "AutoHeightTextEdit",
    "CountEditor",
    "ListEditor",
    "MoneyEditor",
    "PeriodEditor",
    "TextEditor",
    "YesNoEditor",
    "editor_for",
]
