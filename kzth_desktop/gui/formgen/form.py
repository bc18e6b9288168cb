"""One block of the questionnaire as a form, generated from the annex at run time (its
fields are ``row.FieldRow``s).

``BlockForm`` is a plain widget that grows with its content: put it in a ``QScrollArea``
(``widgetResizable=True``) or use ``BlockFormScroll``, which does just that.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kzth_desktop.annex.model import Annex, Block, LocalizedText, Question
from kzth_desktop.gui.formgen import ui_text
from kzth_desktop.gui.formgen.access import question_description
from kzth_desktop.gui.formgen.row import NO_DATA, PROBLEM_COLOR, FieldRow, make_label

# a form builds about this many fields before it is first shown (more than a screen holds) …
FIRST_FIELDS = 20
# … and the rest this many at a time, between the turns of the event loop
LATER_FIELDS = 12


class EarlierNote(Protocol):
    """An answer given under an earlier definition of the annex, shown on its question
    (``annex.upgrades.EarlierAnswer``)."""

    question_id: str

    def note(self, lang: str) -> str: ...


class BlockForm(QWidget):
    """The form of one annex block: heading, then each question and its fields in order.

    Signals: ``answerEdited(field_id, value)`` on every user edit (canonical value, or None when
    the field was emptied). ``set_values`` loads answers silently. Put it in a scroll area (or
    use ``BlockFormScroll``); ``focus_field`` scrolls the nearest enclosing ``QScrollArea``.
    """

    answerEdited = Signal(str, object)
    # Tab from the last input, or Enter in the last field: the window goes on to the next block
    endReached = Signal()

    def __init__(self, annex: Annex, block: Block | str, lang: str = "ru",
                 parent: QWidget | None = None, *, reporting_year: int | None = None,
                 earlier: Sequence[EarlierNote] = ()) -> None:
        super().__init__(parent)
        self.annex = annex
        self.block = annex.block(block) if isinstance(block, str) else block
        self.lang = lang
        self.rows: dict[str, FieldRow] = {}
        # question id -> what an earlier definition's answer was, shown above its new fields
        self._earlier: dict[str, list[EarlierNote]] = {}
        for e in earlier:
            self._earlier.setdefault(e.question_id, []).append(e)
        self.earlier_labels: dict[str, list[QLabel]] = {}
        # (label, how to compute its text in a language) - rebuilt by set_language
        self._texts: list[tuple[QLabel, object]] = []
        self._reporting_year = reporting_year
        self._todo: list[Question] = list(self.block.questions)  # not built yet
        self._values: Mapping[str, object] = {}  # the last set_values, for rows built later
        self._marks: Mapping[str, str] = {}
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 16)
        lay.setSpacing(6)
        self._layout = lay
        self._build_heading(lay)
        # what a screen holds is built now; the rest right after the first paint, a little
        # per turn of the event loop, so that even a very long block shows at once
        self._build_some(FIRST_FIELDS)
        if self._todo:
            QTimer.singleShot(0, self, self._build_later)
        else:
            lay.addStretch(1)
        shortcut = QShortcut(QKeySequence("Alt+N"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._toggle_focused_no_data)

    # building ----------------------------------------------------------------------------------
    def _text(self, label: QLabel, make: object) -> QLabel:
        self._texts.append((label, make))
        label.setText(make(self.lang))  # type: ignore[operator]
        return label

    def _build_some(self, fields: int) -> None:
        """Builds questions (whole) until about ``fields`` more fields exist."""
        built = 0
        while self._todo and built < fields:
            question = self._todo.pop(0)
            self._build_question(self._layout, question, self._reporting_year)
            for fld in question.fields:
                row = self.rows[fld.id]
                if fld.id in self._values:
                    row.set_value(self._values[fld.id])
                if self._marks.get(fld.id):
                    row.set_problem(self._marks[fld.id])
            built += len(question.fields)
        if not self._todo and self._layout.itemAt(self._layout.count() - 1).spacerItem() is None:
            self._layout.addStretch(1)

    def _build_later(self) -> None:
        self._build_some(LATER_FIELDS)
        if self._todo:
            QTimer.singleShot(0, self, self._build_later)

    def complete(self) -> None:
        """Builds what is still to come (any call that needs a row does this first)."""
        if self._todo:
            self._build_some(len(list(self.block.fields())))

    def _build_heading(self, lay: QVBoxLayout) -> None:
        block = self.block
        title = block.title

        def heading(lang: str) -> str:
            number = ui_text("block", lang, n=block.number)
            return f"{number}. {title.get(lang)}" if title is not None else number

        self.heading = self._text(make_label("", self, bold=True, scale=1.35), heading)
        lay.addWidget(self.heading)
        for addressee in block.addressees:
            lay.addWidget(self._text(make_label("", self, bold=True), addressee.get))
        lay.addSpacing(6)

    def _build_question(self, lay: QVBoxLayout, question: Question,
                        reporting_year: int | None) -> None:
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        lay.addWidget(line)
        qtext = question.text

        def question_line(lang: str) -> str:
            number = ui_text("question", lang, n=question.number)
            return f"{number}. {qtext.get(lang)}" if qtext is not None else number

        lay.addWidget(self._text(make_label("", self, bold=True, scale=1.1), question_line))
        if question.note is not None:
            note, note_label = question.note, question.note_label

            def note_line(lang: str) -> str:
                head = note_label.get(lang) + " " if note_label is not None else ""
                return head + note.get(lang)

            lay.addWidget(self._text(make_label("", self, italic=True), note_line))
        for e in self._earlier.get(question.id, ()):
            kept = self._text(make_label("", self), e.note)
            kept.setObjectName("earlierAnswer")
            kept.setFrameShape(QFrame.Shape.StyledPanel)
            kept.setStyleSheet("QLabel#earlierAnswer { background: #fff8e1; padding: 4px; }")
            self.earlier_labels.setdefault(question.id, []).append(kept)
            lay.addWidget(kept)
        group: LocalizedText | None = None
        previous_text: LocalizedText | None = None
        for field in question.fields:
            # a group whose lead line is the field just above ("total / of which:") needs no
            # heading of its own: its fields are indented under that total
            if field.group is not None and field.group not in (group, previous_text):
                sub = make_label("", self, bold=True)
                sub.setContentsMargins(6, 6, 0, 0)
                lay.addWidget(self._text(sub, field.group.get))
            group = field.group
            previous_text = field.text
            row = FieldRow(field, self.lang, self, self.annex,
                           lambda lang, q=question: question_description(self.block, q, lang))
            if field.group is not None:
                row.setContentsMargins(18, 0, 0, 0)
            if reporting_year is not None and hasattr(row.editor, "default_year"):
                row.editor.default_year = reporting_year
            row.changed.connect(self.answerEdited)
            row.entered.connect(lambda r=row: self._entered(r))
            self.rows[field.id] = row
            lay.addWidget(row)

    def _refresh_texts(self) -> None:
        for label, make in self._texts:
            label.setText(make(self.lang))  # type: ignore[operator]

    # API ---------------------------------------------------------------------------------------
    def field_ids(self) -> list[str]:
        return [f.id for f in self.block.fields()]

    def field_widget(self, field_id: str) -> FieldRow | None:
        """The row of a field (``.label``, ``.editor``, ``.no_data``, ``.reason``)."""
        self.complete()
        return self.rows.get(field_id)

    def value(self, field_id: str) -> object | None:
        self.complete()
        return self.rows[field_id].value()

    def values(self) -> dict[str, object | None]:
        self.complete()
        return {fid: row.value() for fid, row in self.rows.items()}

    def set_values(self, values: Mapping[str, object], *, clear_missing: bool = True) -> None:
        """Load answers without emitting ``answerEdited``.

        Fields of this block absent from ``values`` are emptied (``values`` is the whole state),
        unless ``clear_missing`` is False. Ids of other blocks are ignored.
        """
        mine = {f.id for f in self.block.fields()}
        kept = {k: v for k, v in self._values.items() if not clear_missing and k in mine}
        self._values = kept | {k: v for k, v in values.items() if k in mine}
        self.setUpdatesEnabled(False)
        try:
            for fid, row in self.rows.items():
                if fid in values:
                    row.set_value(values[fid])
                elif clear_missing:
                    row.set_value(None)
        finally:
            self.setUpdatesEnabled(True)

    def set_language(self, lang: str) -> None:
        """Re-read every annex text and interface string in ``lang``; answers stay as typed."""
        if lang == self.lang:
            return
        self.lang = lang
        self.setUpdatesEnabled(False)
        try:
            self._refresh_texts()
            for row in self.rows.values():
                row.set_language(lang)
        finally:
            self.setUpdatesEnabled(True)

    def reveal(self, field_id: str) -> FieldRow | None:
        """Scroll the nearest enclosing ``QScrollArea`` to a field (the focus stays where it
        is); its row, or None if the field is not in this block."""
        pending = bool(self._todo)
        self.complete()
        row = self.rows.get(field_id)
        if row is None:
            return None
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            area = parent
            if pending:  # rows just built: lay them out before scrolling to one of them
                self._layout.activate()
                QApplication.sendPostedEvents(self, QEvent.Type.LayoutRequest)
                QApplication.sendPostedEvents(area, QEvent.Type.LayoutRequest)
                QApplication.sendPostedEvents(area.viewport(), QEvent.Type.LayoutRequest)
                QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(row, 40, 40))
            area.ensureWidgetVisible(row, 40, 40)
        return row

    def focus_field(self, field_id: str) -> bool:
        """Scroll to a field and give its editor the keyboard focus; False if not in this block."""
        row = self.reveal(field_id)
        if row is None:
            return False
        row.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # the keyboard: Enter goes to the next field, Tab past the last input to the next block ---
    def _entered(self, row: FieldRow) -> None:
        ids = self.field_ids()
        at = ids.index(row.field.id) + 1
        if at < len(ids):
            self.focus_field(ids[at])
        else:
            self.endReached.emit()

    def focusNextPrevChild(self, next: bool) -> bool:
        if next and self._focus_at_end():
            self.endReached.emit()
            return True
        return super().focusNextPrevChild(next)

    def _focus_at_end(self) -> bool:
        """True when the focus is on the last input of this form that Tab would reach. Qt
        also asks for the next child when the focused input is hidden or disabled (the form
        taken out of its scroll area, a cell editor closed): that is no Tab, and not the end."""
        current = QApplication.focusWidget()
        if (current is None or not self.isAncestorOf(current) or not self.isVisible()
                or not current.isVisible() or not current.isEnabled()):
            return False
        self.complete()
        top = self.window()
        w = current.nextInFocusChain()
        while w is not None and w is not current:
            if (w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value and w.isEnabled()
                    and w.focusProxy() is None and w.isVisibleTo(top)):
                return not self.isAncestorOf(w)
            w = w.nextInFocusChain()
        return True

    def set_problem_marks(self, marks: Mapping[str, str]) -> None:
        """Mark the fields with problems (message shown and as tooltip); others are cleared."""
        self._marks = dict(marks)
        for fid, row in self.rows.items():
            row.set_problem(marks.get(fid) or None)

    def row_of(self, widget: QWidget | None) -> FieldRow | None:
        self.complete()
        while widget is not None and not isinstance(widget, FieldRow):
            widget = widget.parentWidget()
        return widget if isinstance(widget, FieldRow) and widget.parent() is self else None

    def _toggle_focused_no_data(self) -> None:
        row = self.row_of(QApplication.focusWidget())
        if row is not None:
            row.toggle_no_data()


class BlockFormScroll(QScrollArea):
    """A ``BlockForm`` in a vertical scroll area; the form itself is ``.form``."""

    def __init__(self, annex: Annex, block: Block | str, lang: str = "ru",
                 parent: QWidget | None = None, *, reporting_year: int | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.form = BlockForm(annex, block, lang, reporting_year=reporting_year)
        self.setWidget(self.form)

    def focus_field(self, field_id: str) -> bool:
        return self.form.focus_field(field_id)


__all__ = ["FIRST_FIELDS", "LATER_FIELDS", "NO_DATA", "PROBLEM_COLOR", "BlockForm",
           "BlockFormScroll", "EarlierNote", "FieldRow"]
