"""The respondent's main window: the reporting year, the blocks, the form, the problems."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kzth_desktop import __version__
from kzth_desktop.annex import Annex, Block
from kzth_desktop.annex.validation import ValidationReport
from kzth_desktop.gui import window_fit
from kzth_desktop.gui.block_nav import BlockNavigation
from kzth_desktop.gui.dialogs import AddYearDialog, RulesDialog
from kzth_desktop.gui.exchange_menu import ExchangeMenu
from kzth_desktop.gui.formgen import BlockForm
from kzth_desktop.gui.forms.ui_main_window import Ui_MainWindow
from kzth_desktop.gui.office_mail import CoordinatorMail
from kzth_desktop.gui.paper_copies import PaperCopies
from kzth_desktop.gui.passphrase import change_passphrase
from kzth_desktop.gui.problems_panel import ProblemsPanel
from kzth_desktop.gui.support import open_log_folder
from kzth_desktop.gui.unsaved import SaveBanner, SaveQueue
from kzth_desktop.gui.window_context import WindowContext
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.respondent import DRAFT, Campaign, PendingEdits, RespondentService
from kzth_desktop.services.workspace import Workspace, current_user

PREFERRED_SIZE = QSize(1280, 860)  # on a smaller screen: what it has (window_fit)
AUTOSAVE_MS = 300  # an edit reaches the disk this long after the typing pauses (< 1 s)
ROLE_ID = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """One open respondent workspace."""

    saved = Signal()  # after every autosave that reached the disk (tests wait on it)
    switch_workspace = Signal(str)  # asks the application to open another workspace

    def __init__(self, ctx: WindowContext, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.annex: Annex = ctx.annex
        self.ws = workspace
        self.service = RespondentService(workspace, self.annex)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._forms: dict[str, BlockForm] = {}
        self.saves = SaveQueue(self, self.service)  # edits leave it only once stored
        self._report: ValidationReport | None = None
        self._year: int | None = None
        self._block_id: str | None = None
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self.saves.retry.timeout.connect(self.flush)
        self.ui.centralLayout.insertWidget(0, self.saves.banner)
        self.exchange_menu = ExchangeMenu(self)
        self.nav = BlockNavigation(self)
        self.problems = ProblemsPanel(self)
        self.mail = CoordinatorMail(self)  # File → Open a file from the coordinator, drops
        self.copies = PaperCopies(self)  # File → Print / Save as PDF
        self._placeholder = self._make_placeholder()

        self._setup_actions()
        self.ui.yearCombo.currentIndexChanged.connect(self._year_chosen)
        self.ui.markReadyButton.clicked.connect(self.mark_ready)
        window_fit.restore(self, ctx.settings, "main", PREFERRED_SIZE)  # fits a 1366×768 laptop
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([max(300, self.width() * 3 // 10), self.width() * 7 // 10])
        self.dock_share = window_fit.DockShare(self, self.ui.problemsDock)  # the form keeps 60 %

        self.load_years()
        self._restore_position()
        self.retranslate()

    # --- set-up ------------------------------------------------------------------------------
    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionNewWorkspace.triggered.connect(lambda: self.ctx.new_workspace(self))
        ui.actionOpenWorkspace.triggered.connect(lambda: self.ctx.open_workspace_dialog(self))
        ui.actionAddYear.triggered.connect(self.add_year)
        ui.actionValidate.triggered.connect(self.show_validation)
        ui.actionMarkReady.triggered.connect(self.mark_ready)
        ui.actionReopen.triggered.connect(self.reopen)
        ui.actionNextProblem.triggered.connect(self.problems.next_problem)
        ui.actionRules.triggered.connect(lambda: RulesDialog(self.ctx.language.current,
                                                             self).exec())
        ui.actionAbout.triggered.connect(self.about)
        ui.actionOpenLogFolder.triggered.connect(lambda: open_log_folder(self))
        group = QActionGroup(self)
        group.setExclusive(True)
        for action, lang in ((ui.actionKazakh, "kk"), (ui.actionRussian, "ru")):
            group.addAction(action)
            action.triggered.connect(lambda _=False, lang=lang: self.ctx.language.set(lang))
        ui.actionQuit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        exchange = self.exchange_menu
        ui.actionImportRequest.triggered.connect(lambda: exchange.import_request())
        ui.actionExportRegistration.triggered.connect(lambda: exchange.export_registration())
        ui.actionExportBundle.triggered.connect(lambda: exchange.export_bundle())
        ui.actionChangePassphrase.triggered.connect(lambda: change_passphrase(self, self.ws,
                                                                              self.lang))
        ui.actionReplaceKeys.triggered.connect(lambda: exchange.replace_keys())
        copies = self.copies
        ui.actionPrintSubmission.triggered.connect(lambda: copies.print_copy(blank=False))
        ui.actionSaveSubmissionPdf.triggered.connect(lambda: copies.save_copy(blank=False))
        ui.actionPrintBlank.triggered.connect(lambda: copies.print_copy(blank=True))
        ui.actionSaveBlankPdf.triggered.connect(lambda: copies.save_copy(blank=True))
        ui.menuRecent.aboutToShow.connect(self._fill_recent)

    def _make_placeholder(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addStretch(1)
        self._placeholder_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._placeholder_request = QPushButton()
        self._placeholder_request.clicked.connect(lambda: self.exchange_menu.import_request())
        self._placeholder_button = QPushButton()
        self._placeholder_button.clicked.connect(self.add_year)
        layout.addWidget(self._placeholder_label)
        layout.addWidget(self._placeholder_request, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._placeholder_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return w

    # --- years and blocks --------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.ctx.language.current

    @property
    def year(self) -> int | None:
        return self._year

    def blocks(self) -> tuple[Block, ...]:
        profile = self.ws.profile()
        return self.annex.blocks_for_kinds(list(profile.kinds) if profile else [])

    def load_years(self, select: int | None = None) -> None:
        campaigns = self.service.campaigns()
        combo = self.ui.yearCombo
        combo.blockSignals(True)
        combo.clear()
        for c in campaigns:
            combo.addItem(str(c.year), c.year)
        if not campaigns:
            combo.blockSignals(False)
            self._year = None
            self._show_placeholder()
            self._update_header()
            return
        target = select if select is not None else campaigns[-1].year
        index = combo.findData(target)
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)
        self._year_chosen()  # once (the index change above would have called it a second time)

    def _year_chosen(self, *_: object) -> None:
        self.flush()
        year = self.ui.yearCombo.currentData()
        if year is None:
            return
        self._year = int(year)
        if self._forms:  # a form shows its year's answers and earlier notes: made anew
            self.ui.formArea.takeWidget()
            for form in self._forms.values():
                form.deleteLater()
            self._forms.clear()
        self.nav.build()
        self.refresh()
        self.show_block(self._block_id or self.blocks()[0].id)

    @property
    def report(self) -> ValidationReport | None:
        """The validation of the year's answers, as of the last refresh."""
        return self._report

    def campaign(self) -> Campaign | None:
        if self._year is None:
            return None
        return self.service.campaign(self._year)

    def form(self, block_id: str) -> BlockForm:
        form = self._forms.get(block_id)
        if form is None:
            earlier = self.service.earlier_answers(self._year) if self._year is not None else ()
            form = BlockForm(self.annex, self.annex.block(block_id), self.lang,
                             reporting_year=self._year, earlier=earlier)
            form.answerEdited.connect(self._edited)
            form.endReached.connect(lambda b=block_id: self.nav.enter_next_block(b))
            if self._year is not None:
                answers = self.saves.overlay(self._year, self.service.answers(self._year))
                form.set_values({f.id: answers.get(f.id) for f in form.block.fields()})
            self._forms[block_id] = form
            self._apply_marks(form)
        return form

    def show_block(self, block_id: str) -> None:
        if self._year is None:
            self._show_placeholder()
            return
        self._block_id = block_id
        form = self.form(block_id)
        area = self.ui.formArea
        if area.widget() is not form:
            area.takeWidget()  # keep the previous form alive (cached)
            area.setWidget(form)
        form.setEnabled(self._editable())
        self.nav.select(block_id)

    def _show_placeholder(self) -> None:
        area = self.ui.formArea
        if area.widget() is not self._placeholder:
            area.takeWidget()
            area.setWidget(self._placeholder)

    def focus_field(self, field_id: str) -> bool:
        field = self.annex.field(field_id)
        self.show_block(field.block_id)
        form = self._forms[field.block_id]
        QTimer.singleShot(0, lambda: form.focus_field(field_id))
        return form.focus_field(field_id)

    # --- editing and autosave ----------------------------------------------------------------
    def _editable(self) -> bool:
        c = self.campaign()
        return c is not None and c.status == DRAFT

    @property
    def pending(self) -> PendingEdits:
        return self.saves.pending

    @property
    def banner(self) -> SaveBanner:
        return self.saves.banner

    def _edited(self, field_id: str, value: Any) -> None:
        if self._year is None:
            return
        self.saves.pending.put(self._year, field_id, value)
        self._autosave.start()
        if not self.banner.isVisible():
            self.statusBar().showMessage(self.tr("Editing…"))

    def flush(self) -> bool:
        """Writes every pending edit (one short transaction each); an edit leaves the queue
        only once stored, a failed one stays with the banner and is retried (SaveQueue).
        True when nothing is left waiting."""
        self._autosave.stop()
        if not self.saves.pending:
            return True
        started = time.perf_counter()
        result = self.saves.save(self.lang)
        if result.failures:  # the status bar says it too, not «Editing…»
            self.statusBar().showMessage(self.banner.text(), 0)
        else:
            ms = (time.perf_counter() - started) * 1000
            self.statusBar().showMessage(
                self.tr("All changes saved (%1)").replace("%1", time.strftime("%H:%M:%S")), 0)
            self.statusBar().setToolTip(f"{len(result.saved)} · {ms:.0f} ms")
        try:
            self.refresh()
        except ServiceError as exc:  # the workspace cannot be read either: say so, keep going
            self.statusBar().showMessage(exc.message(self.lang))
        if result.saved or not result.failures:
            self.saved.emit()
        return not self.saves.pending

    # --- validation, problems ----------------------------------------------------------------
    def refresh(self) -> None:
        if self._year is None:
            self._report = None
            self._update_header()
            return
        self._report = self.service.validate(self._year)
        self.nav.update_marks()
        self.problems.fill()
        for form in self._forms.values():
            self._apply_marks(form)
        self._update_header()

    def _apply_marks(self, form: BlockForm) -> None:
        if self._report is None:
            form.set_problem_marks({})
            return
        marks: dict[str, str] = {}
        for p in self._report.problems:
            if p.field_id and p.block_id == form.block.id and p.code != "unanswered":
                marks.setdefault(p.field_id, p.message(self.annex, self.lang))
        form.set_problem_marks(marks)

    def show_validation(self) -> None:
        self.flush()
        self.refresh()
        self.ui.problemsDock.show()
        self.ui.problemsDock.raise_()

    def _update_header(self) -> None:
        profile = self.ws.profile()
        self.ui.orgLabel.setText(
            f"<b>{(profile.name_kk if self.lang == 'kk' else profile.name_ru) if profile else ''}"
            "</b>"
        )
        c = self.campaign()
        ready_ok = bool(c and c.status == DRAFT and self._report and self._report.ok)
        self.ui.markReadyButton.setEnabled(ready_ok)
        self.ui.actionMarkReady.setEnabled(ready_ok)
        self.ui.actionReopen.setEnabled(bool(c and c.status != DRAFT))
        if c is None:
            self.ui.statusValue.setText("—")
            self.ui.completenessValue.clear()
            return
        status = self.mail.returned_state(c.status) or {
            "draft": self.tr("draft"),
            "ready": self.tr("ready"),
            "exported": self.tr("exported"),
        }.get(c.status, c.status)
        version = self.tr(", version %1").replace("%1", str(c.version)) if c.version else ""
        deadline = (self.tr(" · due %1").replace("%1", c.deadline.strftime("%d.%m.%Y"))
                    if c.deadline else "")
        exported = ""
        if c.status == "exported":
            when = self._last_export(c.year)
            if when is not None:
                exported = self.tr(" · exported %1").replace(
                    "%1", when.astimezone().strftime("%d.%m.%Y %H:%M"))
        self.ui.statusValue.setText(f"<b>{status}</b>{version}{deadline}{exported}")
        pct = self._report.overall if self._report else 0.0
        self.ui.completenessValue.setText("· " + self.tr("filled %1%").replace("%1", f"{pct:.0f}"))
        if not ready_ok and self._report is not None and c.status == DRAFT:
            self.ui.markReadyButton.setToolTip(
                self.tr("First answer every field or mark it “no data” with a reason."))
        else:
            self.ui.markReadyButton.setToolTip("")
        for form in self._forms.values():
            form.setEnabled(c.status == DRAFT)

    def _last_export(self, year: int) -> Any:
        """When the submission was last exported (from its audit trail), or None."""
        ats = [e.at for e in self.service.audit(year) if e.action == "status" and e.new == "exported"]
        return (ats[-1] if ats[-1].tzinfo else ats[-1].replace(tzinfo=dt.UTC)) if ats else None

    # --- commands ------------------------------------------------------------------------------
    def add_year(self) -> None:
        dialog = AddYearDialog(self)
        if not dialog.exec():
            return
        year, deadline = dialog.values()
        try:
            self.service.add_campaign(year, deadline)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Reporting year"), exc.message(self.lang))
            return
        self.load_years(select=year)

    def mark_ready(self) -> None:
        if not self.flush() or self._year is None:
            return
        try:
            self.service.mark_ready(self._year, user=current_user())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Mark as ready"), exc.message(self.lang))
            self.refresh()
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("The submission is ready to be exported."))

    def reopen(self) -> None:
        if self._year is None:
            return
        try:
            self.service.reopen(self._year, user=current_user())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Reopen"), exc.message(self.lang))
        self.refresh()

    def about(self) -> None:
        a = self.annex
        QMessageBox.about(
            self,
            self.tr("About KZTH Desktop"),
            "<h3>KZTH Desktop " + __version__ + "</h3>"
            + "<p>" + a.rules_title.get(self.lang) + "</p>"
            + "<p>" + self.tr("Questionnaire version: %1").replace("%1", a.version.stamp) + "<br>"
            + a.version.order.get(self.lang) + "</p>"
            + "<p>" + self.tr("Workspace: %1").replace("%1", self.ws.location.describe())
            + "</p>",
        )

    def _fill_recent(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        for loc in self.ctx.settings.recent_workspaces():
            action = menu.addAction(loc)
            action.triggered.connect(lambda _=False, loc=loc: self.switch_workspace.emit(loc))
        if menu.isEmpty():
            menu.addAction(self.tr("(none)")).setEnabled(False)

    # --- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.ui.actionKazakh.setChecked(self.lang == "kk")
        self.ui.actionRussian.setChecked(self.lang == "ru")
        self._placeholder_label.setText(self.tr(
            "There is no reporting year in this workspace yet. Import the coordinator's request "
            "(a .kzreq file): it sets the year and the deadline. Without a request you can add "
            "the year you report on by hand and fill the questionnaire already."))
        self._placeholder_request.setText(self.tr("Import the coordinator's request…"))
        self._placeholder_button.setText(self.tr("Add reporting year…"))
        for button in (self._placeholder_request, self._placeholder_button):
            button.setAccessibleName(button.text())
        self.setWindowTitle(self.tr("KZTH Desktop — %1").replace(
            "%1", self.ws.location.describe()))
        for form in self._forms.values():
            form.set_language(self.lang)
        self.nav.retranslate()
        self.problems.fill()
        self.saves.banner.retranslate(self.lang)
        self._update_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    # --- position and closing ------------------------------------------------------------------
    def _restore_position(self) -> None:
        where = self.ctx.settings.position(self.ws.location.describe())
        year = where.get("year")
        combo = self.ui.yearCombo
        if year and year.isdigit() and combo.findData(int(year)) >= 0 and int(year) != self._year:
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(int(year)))
            combo.blockSignals(False)
            self._year_chosen()
        block = where.get("block")
        if block and block in {b.id for b in self.blocks()} and self._year is not None:
            self.show_block(block)
        field = where.get("field")
        if field and self.annex.has_field(field) and self._year is not None:
            self.focus_field(field)

    def _save_position(self) -> None:
        focused = self.focusWidget()
        field_id = ""
        if self._block_id and focused is not None:
            form = self._forms.get(self._block_id)
            row = form.row_of(focused) if form is not None else None
            if row is not None:
                field_id = row.field.id
        self.ctx.settings.set_position(
            self.ws.location.describe(), year=str(self._year or ""),
            block=self._block_id or "", field=field_id,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush() and not self.saves.may_close(self.lang):
            event.ignore()
            return
        self.saves.stop()
        self._save_position()
        window_fit.save(self, self.ctx.settings, "main")
        self.ctx.settings.sync()
        super().closeEvent(event)
