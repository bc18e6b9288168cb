"""The Paper forms tab: keyed entry of a paper questionnaire and double keying (issue 18).

The form is the respondent's own (formgen's ``BlockForm`` per block, the same validation,
"no data" with its reason), its blocks, questions and fields in the order of the printed
blank copy, so the operator's eyes follow the sheet; Tab and Enter move from field to field.
After the second keying the differences are listed side by side (first keying, second
keying, the value read on the paper) and resolved one by one. The use cases are
:class:`kzth_desktop.services.paper.PaperService`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kzth_desktop.annex import numbers
from kzth_desktop.annex.problems import short_text
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import fill, item
from kzth_desktop.gui.formgen import BlockForm, ui_text
from kzth_desktop.gui.forms.ui_paper_tab import Ui_PaperTab
from kzth_desktop.services.errors import AnswersError, ServiceError
from kzth_desktop.services.paper import (
    SINGLE,
    SUBMITTED,
    Discrepancy,
    PaperFormState,
    PaperService,
)
from kzth_desktop.services.workspace import current_user

PAPER_COLOURS = {"first": "#fff3e0", "second": "#e3f2fd", "resolved": "#c8e6c9"}


def shown_value(value: Any, lang: str) -> str:
    """A canonical answer as the table shows it (numbers the kk/ru way)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return numbers.number(value)
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and "no_data" in value:
        return f"{ui_text('no_data', lang)}: {value['no_data']}"
    if isinstance(value, dict) and value.get("answer") in ("yes", "no"):
        word = ui_text(str(value["answer"]), lang)
        details = str(value.get("details") or "")
        return f"{word}: {details}" if details else word
    return json.dumps(value, ensure_ascii=False)


class PaperTab(CoordinatorTab):
    follows_year = True

    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_PaperTab()
        self.ui.setupUi(self)
        self.service = PaperService(window.ws, window.annex)
        self.forms: list[BlockForm] = []
        self.state: PaperFormState | None = None
        self._kinds: tuple[str, ...] = ()
        ui = self.ui
        ui.paperSplitter.setSizes([760, 520])
        ui.paperYearSpin.setValue(window.year or dt.date.today().year - 1)
        ui.keyerEdit.setText(current_user())
        self._holder = QVBoxLayout(ui.formHolder)
        self._holder.setContentsMargins(0, 0, 0, 0)
        ui.officeCombo.currentIndexChanged.connect(lambda _: self.show_form())
        ui.paperYearSpin.valueChanged.connect(lambda _: self.show_form())
        ui.registerButton.clicked.connect(lambda: self.register_office())
        ui.saveButton.clicked.connect(lambda: self.save_keying())
        ui.takeFirstButton.clicked.connect(lambda: self.take(1))
        ui.takeSecondButton.clicked.connect(lambda: self.take(2))
        ui.resolveButton.clicked.connect(lambda: self.resolve())
        ui.valueEdit.returnPressed.connect(lambda: self.resolve())
        ui.discrepancyTable.itemSelectionChanged.connect(self._selected)
        ui.discrepancyTable.installEventFilter(self)

    # --- filling -------------------------------------------------------------------------------
    def refresh(self) -> None:
        lang, annex, ui = self.lang, self.annex, self.ui
        for combo, entries in ((ui.regionCombo, [(r.code, r.name.get(lang))
                                                 for r in annex.regions]),
                               (ui.kindCombo, [(k.id, k.name.get(lang)) for k in annex.kinds])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key, name in entries:
                combo.addItem(name, key)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        chosen = ui.officeCombo.currentData()
        ui.officeCombo.blockSignals(True)
        ui.officeCombo.clear()
        for office in self.service.offices():
            ui.officeCombo.addItem(f"{office.id}. {office.name(lang)} — "
                                   f"{office.organisation.region}", office.id)
        index = ui.officeCombo.findData(chosen)
        ui.officeCombo.setCurrentIndex(index if index >= 0 else ui.officeCombo.count() - 1)
        ui.officeCombo.blockSignals(False)
        self.show_form(rebuild=True)

    def office_id(self) -> int | None:
        data = self.ui.officeCombo.currentData()
        return int(data) if data is not None else None

    def show_form(self, *, rebuild: bool = False) -> None:
        """The office's form of the year: the blank form to key, and the differences."""
        office_id, year = self.office_id(), self.ui.paperYearSpin.value()
        self.state = None
        if office_id is not None:
            try:
                self.state = self.service.form(year, office_id)
            except ServiceError:
                self.state = None
        kinds = self.service.office(office_id).organisation.kinds if office_id else ()
        if rebuild or kinds != self._kinds:
            self._build_forms(kinds)
        for form in self.forms:
            form.set_values({}, clear_missing=True)
            form.set_problem_marks({})
        self._show_state()
        self._fill_differences()

    def _build_forms(self, kinds: tuple[str, ...]) -> None:
        while self._holder.count():  # the forms and the stretch below them
            taken = self._holder.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()
        self.forms = []
        self._kinds = kinds
        # the paper copy's order: the blocks of the office's kinds, questions and fields in
        # the annex's order (reports/questionnaire.py prints them so)
        for block in self.annex.blocks_for_kinds(list(kinds)):
            form = BlockForm(self.annex, block, self.lang,
                             reporting_year=self.ui.paperYearSpin.value())
            form.complete()
            self._holder.addWidget(form)
            form.show()
            self.forms.append(form)
            for child in form.findChildren(QWidget):  # Enter moves on, like Tab
                if isinstance(child, QLineEdit | QAbstractSpinBox | QComboBox
                              | QCheckBox | QRadioButton):
                    child.installEventFilter(self)
        self._holder.addStretch(1)

    def _show_state(self) -> None:
        ui, st = self.ui, self.state
        keying_open = st is None or (st.state != SUBMITTED and len(st.keyings) <
                                     (1 if st.mode == SINGLE else 2))
        ui.saveButton.setEnabled(self.office_id() is not None and keying_open)
        ui.singleCheck.setEnabled(st is None)
        for w in (ui.takeFirstButton, ui.takeSecondButton, ui.resolveButton, ui.valueEdit):
            w.setEnabled(st is not None and bool(st.open))
        if self.office_id() is None:
            text = self.tr("Register an office that answers on paper, then key its form.")
        elif st is None:
            text = self.tr("Not keyed yet: the first operator keys the form.")
        elif st.state == SUBMITTED:
            mode = (self.tr("single keying") if st.mode == SINGLE
                    else self.tr("double keying"))
            text = self.tr("Verified: a submission, entered from paper (%1; operators: %2).") \
                .replace("%1", mode).replace("%2", ", ".join(st.keyers))
        elif len(st.keyings) < 2:
            text = self.tr("Keyed once by %1: another operator keys the same form again.") \
                .replace("%1", st.keyings[0].keyer)
        else:
            text = self.tr("Keyed, to verify: %1 difference(s) left to resolve against the "
                           "paper.").replace("%1", numbers.integer(len(st.open)))
        ui.paperState.setText(text)

    def _fill_differences(self) -> None:
        table, lang, st = self.ui.discrepancyTable, self.lang, self.state
        first = st.keyings[0].keyer if st and st.keyings else "1"
        second = st.keyings[1].keyer if st and len(st.keyings) > 1 else "2"
        headers = [self.tr("Field"), self.tr("Keying 1 (%1)").replace("%1", first),
                   self.tr("Keying 2 (%1)").replace("%1", second),
                   self.tr("Read on the paper")]
        rows = []
        for d in st.discrepancies if st else ():
            text = short_text(self.annex.field(d.field_id).text.get(lang), 70)
            resolved = shown_value(d.value, lang) if d.resolved else ""
            rows.append([item(f"{d.field_id}\n{text}", data=d.field_id),
                         item(shown_value(d.first, lang), colour=PAPER_COLOURS["first"]),
                         item(shown_value(d.second, lang), colour=PAPER_COLOURS["second"]),
                         item(resolved, colour=PAPER_COLOURS["resolved"] if d.resolved
                              else None)])
        fill(table, headers, rows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        if rows:
            open_rows = [i for i, d in enumerate(st.discrepancies if st else ())
                         if not d.resolved]
            table.selectRow(open_rows[0] if open_rows else 0)

    # --- keyed entry ---------------------------------------------------------------------------
    def register_office(self) -> bool:
        ui = self.ui
        kinds = [ui.kindCombo.currentData()] if ui.kindCombo.currentData() else []
        try:
            office = self.service.register_office(
                ui.nameKkEdit.text(), ui.nameRuEdit.text(), ui.regionCombo.currentData() or "",
                kinds, user=current_user())
        except ServiceError as exc:
            lines = [exc.message(self.lang), *exc.details(self.lang)]
            errors = getattr(exc, "errors", ())
            lines += [e.message(self.lang) for e in errors]
            QMessageBox.warning(self, self.tr("A new office on paper"), "\n".join(lines))
            return False
        ui.nameKkEdit.clear()
        ui.nameRuEdit.clear()
        self.refresh()
        ui.officeCombo.setCurrentIndex(ui.officeCombo.findData(office.id))
        self.focus_first_field()
        return True

    def focus_first_field(self) -> None:
        if self.forms and self.forms[0].field_ids():
            self.forms[0].focus_field(self.forms[0].field_ids()[0])

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for form in self.forms:
            out.update({k: v for k, v in form.values().items() if v is not None})
        return out

    def save_keying(self) -> bool:
        """Stores the keyed form as this operator's keying (refused: the fields marked)."""
        office_id, title = self.office_id(), self.tr("Save this keying")
        if office_id is None:
            return False
        try:
            made = self.service.enter(self.ui.paperYearSpin.value(), office_id, self.answers(),
                                      self.ui.keyerEdit.text(),
                                      single=self.ui.singleCheck.isChecked())
        except AnswersError as exc:
            marks: dict[str, str] = {}
            for p in exc.problems:
                if p.field_id:
                    marks.setdefault(p.field_id, p.message(self.annex, self.lang))
            for form in self.forms:
                form.set_problem_marks({k: v for k, v in marks.items()
                                        if k in form.field_ids()})
            first = next(iter(marks), None)
            for form in self.forms:
                if first in form.field_ids():
                    form.focus_field(first)
            QMessageBox.warning(self, title, "\n".join([exc.message(self.lang),
                                                        *exc.details(self.lang)[:10]]))
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, title, exc.message(self.lang))
            return False
        if made.submitted:
            self.w.reload()  # a submission now: every tab counts it
        else:
            self.show_form()
        self.w.statusBar().showMessage(self.tr("Keying %1 saved.").replace(
            "%1", str(made.number)))
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if watched is self.ui.discrepancyTable:  # Enter: type the value read
                self.ui.valueEdit.setFocus()
                return True
            entry = getattr(watched.parent(), "entry", None)  # a list's "new entry, Enter"
            if entry is watched and isinstance(watched, QLineEdit) and watched.text().strip():
                return super().eventFilter(watched, event)
            self.focusNextChild()
            return True
        return super().eventFilter(watched, event)

    # --- resolving the differences -------------------------------------------------------------
    def selected(self) -> Discrepancy | None:
        rows = self.ui.discrepancyTable.selectionModel().selectedRows()
        if not rows or self.state is None:
            return None
        return self.state.discrepancies[rows[0].row()]

    def _selected(self) -> None:
        d = self.selected()
        if d is not None:
            value = d.value if d.resolved else d.first
            self.ui.valueEdit.setText(value if isinstance(value, str)
                                      else json.dumps(value, ensure_ascii=False))

    def take(self, number: int) -> bool:
        """The value of keying ``number`` is what the paper says."""
        d = self.selected()
        if d is None:
            return False
        return self._resolve(d, d.first if number == 1 else d.second)

    def resolve(self) -> bool:
        """The value typed (canonical JSON, or the text of a text field) is the paper's."""
        d = self.selected()
        if d is None:
            return False
        try:
            value = self.service.parse_value(d.field_id, self.ui.valueEdit.text())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Resolve"), exc.message(self.lang))
            return False
        return self._resolve(d, value)

    def _resolve(self, d: Discrepancy, value: Any) -> bool:
        office_id, title = self.office_id(), self.tr("Resolve")
        assert office_id is not None
        try:
            state = self.service.resolve(self.ui.paperYearSpin.value(), office_id, d.field_id,
                                         value, self.ui.keyerEdit.text())
        except AnswersError as exc:
            QMessageBox.warning(self, title, "\n".join([exc.message(self.lang),
                                                        *exc.details(self.lang)[:10]]))
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, title, exc.message(self.lang))
            return False
        if state.state == SUBMITTED:
            self.w.reload()
        else:
            self.show_form()
        self.ui.discrepancyTable.setFocus()
        return True
