"""One field of a generated form: its annex text, its editor, the "no data" switch and
reason, and the line under it that says what is wrong (a refused number, a broken bound, a
validation problem)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kzth_desktop.annex.model import Annex, Field
from kzth_desktop.annex.problems import Problem
from kzth_desktop.annex.values import bound_problems
from kzth_desktop.gui.formgen import ui_text
from kzth_desktop.gui.formgen.access import field_label, name_reason, name_row
from kzth_desktop.gui.formgen.base import FieldEditor, zero_margins
from kzth_desktop.gui.formgen.widgets import editor_for

NO_DATA = "no_data"
PROBLEM_COLOR = QColor("#c62828")


def make_label(text: str, parent: QWidget, *, bold: bool = False, italic: bool = False,
           scale: float = 1.0) -> QLabel:
    """A word-wrapped plain-text label (labels never clip; they wrap and grow)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(200)
    if bold or italic or scale != 1.0:
        font = QFont(label.font())
        font.setBold(bold)
        font.setItalic(italic)
        if scale != 1.0:
            font.setPointSizeF(font.pointSizeF() * scale)
        label.setFont(font)
    return label


class FieldRow(QFrame):
    """One field: its annex text, its editor, the "no data" switch and reason, problem mark.

    A number the editor cannot read ("-5", "12 34", "1,234.56") is refused the same way with
    the editor's reason (``FieldEditor.refusal``), and the text stays as typed.
    An edit that breaks a bound of the field's type (``annex.values.BOUNDS``: a count above
    10^8, a text of more than 10,000 characters…) is refused here: the field is marked with
    the bound's message and ``changed`` is not emitted, so the stored answer stays the last
    one within bounds until the user puts the value right. ``describe(lang)`` gives the
    accessible description of its inputs (the question they answer; ``access``).
    """

    changed = Signal(str, object)  # field id, canonical value or None
    entered = Signal()  # Enter in one of its single-line inputs: the form goes to the next field

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None,
                 annex: Annex | None = None,
                 describe: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.describe = describe
        self.lang = lang
        self.annex = annex
        self._quiet = 0
        self.problem: str | None = None  # the message shown (a bound's, else validation's)
        self._mark: str | None = None  # the validation's message (set_problem)
        self.bound: Problem | None = None  # the bound the value being typed breaks
        self.refused = False  # what is typed is not read as a value (editor.refusal())
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 6)
        lay.setSpacing(4)
        top = QHBoxLayout()
        zero_margins(top, 12)
        self.label = make_label("", self)
        top.addWidget(self.label, 1)
        lay.addLayout(top)
        self.editor: FieldEditor = editor_for(field, lang, self)
        self.label.setBuddy(self.editor.buddy())
        body = QHBoxLayout()
        body.setContentsMargins(12, 0, 0, 0)
        body.addWidget(self.editor, 1)
        lay.addLayout(body)
        # created after the editor: Tab goes editor -> "no data" -> next field
        self.no_data = QCheckBox(self)
        top.addWidget(self.no_data, 0, Qt.AlignmentFlag.AlignTop)
        # the reason's line edit is made when first needed (most fields never have "no data";
        # a form of 100 fields is shown in 150 ms, DESIGN §8)
        self._reason: QLineEdit | None = None
        self._reason_row = QHBoxLayout()
        self._reason_row.setContentsMargins(12, 0, 0, 0)
        lay.addLayout(self._reason_row)
        self.problem_label: QLabel | None = None
        self.editor.edited.connect(self._emit)
        line = getattr(self.editor, "edit", None)
        if isinstance(line, QLineEdit):  # a number: Enter goes on (a list's Enter adds)
            line.returnPressed.connect(self.entered)
        self.no_data.toggled.connect(self._no_data_toggled)
        self.set_language(lang)

    @property
    def reason(self) -> QLineEdit:
        """The "no data" reason (hidden unless "no data" is ticked)."""
        if self._reason is None:
            reason = QLineEdit(self)
            reason.hide()
            reason.setPlaceholderText(ui_text("no_data_reason", self.lang))
            self._reason_row.addWidget(reason, 1)
            QWidget.setTabOrder(self.no_data, reason)  # Tab: "no data" -> its reason
            reason.textEdited.connect(self._emit)
            reason.returnPressed.connect(self.entered)
            self._reason = reason
            name_reason(self)
        return self._reason

    def has_reason(self) -> bool:
        return self._reason is not None

    # language ----------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.label.setText(field_label(self.field, lang))
        self.no_data.setText(ui_text("no_data", lang))
        self.no_data.setToolTip(ui_text("no_data_tip", lang))
        if self._reason is not None:
            self._reason.setPlaceholderText(ui_text("no_data_reason", lang))
        self.editor.set_language(lang)
        name_row(self)
        self._show_problem()

    # value -------------------------------------------------------------------------------------
    def is_no_data(self) -> bool:
        return self.no_data.isChecked()

    def value(self) -> object | None:
        if self.no_data.isChecked():
            return {NO_DATA: self.reason.text()}
        return self.editor.value()

    def set_value(self, value: object | None) -> None:
        """Show ``value`` without emitting ``changed``."""
        self._quiet += 1
        try:
            if isinstance(value, Mapping) and NO_DATA in value:
                reason = value[NO_DATA]
                self.reason.setText(reason if isinstance(reason, str) else "")
                self.editor.set_value(None)
                self.no_data.setChecked(True)
            else:
                self.no_data.setChecked(False)
                if self._reason is not None:
                    self._reason.clear()
                self.editor.set_value(value)
            if self.refused:
                self.refused = False
                self._show_problem()
        finally:
            self._quiet -= 1

    def toggle_no_data(self) -> None:
        self.no_data.toggle()

    def _no_data_toggled(self, on: bool) -> None:
        self.editor.setEnabled(not on)
        if on or self._reason is not None:
            self.reason.setVisible(on)
        if on and not self._quiet:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self._emit()

    def _emit(self, *_: object) -> None:
        if self._quiet:
            return
        self.refused = not self.no_data.isChecked() and self.editor.refusal() is not None
        if self.refused:  # kept as typed, said why; the stored answer stays the last one read
            self._show_problem()
            return
        value = self.value()
        broken = bound_problems(self.field, value) if value is not None else []
        self.bound = broken[0] if broken else None
        self._show_problem()
        if not broken:
            self.changed.emit(self.field.id, value)

    # focus and problems ------------------------------------------------------------------------
    def focus_target(self) -> QWidget:
        return self.reason if self.no_data.isChecked() else self.editor.focus_target()

    def set_problem(self, message: str | None) -> None:
        """Mark the field (red frame, message under it, tooltip) or clear the mark; a bound
        broken by the value being typed is shown instead while it lasts."""
        self._mark = message
        self._show_problem()

    def _show_problem(self) -> None:
        message = self._mark
        if self.bound is not None:
            message = (self.bound.message(self.annex, self.lang) if self.annex is not None
                       else self.bound.code.value)
        if self.refused:
            message = self.editor.refusal() or message
        if message == self.problem:
            return
        self.problem = message
        self.setToolTip(message or "")
        if message:
            if self.problem_label is None:
                self.problem_label = make_label("", self)
                pal = self.problem_label.palette()
                pal.setColor(QPalette.ColorRole.WindowText, PROBLEM_COLOR)
                self.problem_label.setPalette(pal)
                self.layout().addWidget(self.problem_label)
            self.problem_label.setText(message)
            self.problem_label.show()
        elif self.problem_label is not None:
            self.problem_label.hide()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.problem:
            painter = QPainter(self)
            painter.setPen(QPen(PROBLEM_COLOR, 2))
            painter.drawRect(QRect(1, 1, self.width() - 2, self.height() - 2))
            painter.end()
