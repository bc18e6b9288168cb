"""The respondent's main window: the reporting year, the blocks, the form, the problems."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzth_desktop import __version__
from kzth_desktop.annex import Annex, Block
from kzth_desktop.annex.validation import ValidationReport
from kzth_desktop.gui.dialogs import AddYearDialog, RulesDialog
from kzth_desktop.gui.formgen import BlockForm
from kzth_desktop.gui.forms.ui_main_window import Ui_MainWindow
from kzth_desktop.gui.passphrase import PassphraseDialog, change_passphrase
from kzth_desktop.services.errors import FileRefusedError, NotValidError, ServiceError
from kzth_desktop.services.exchange import ExchangeService
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.respondent import DRAFT, Campaign, RespondentService
from kzth_desktop.services.workspace import Workspace, current_user

if TYPE_CHECKING:
    from kzth_desktop.gui.context import AppContext

AUTOSAVE_MS = 300  # an edit reaches the disk this long after the typing pauses (< 1 s)
ROLE_ID = Qt.ItemDataRole.UserRole


def _shorten(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class MainWindow(QMainWindow):
    """One open respondent workspace."""

    saved = Signal()  # after every autosave that reached the disk (tests wait on it)
    switch_workspace = Signal(str)  # asks the application to open another workspace

    def __init__(self, ctx: AppContext, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.annex: Annex = ctx.annex
        self.ws = workspace
        self.service = RespondentService(workspace, self.annex)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._forms: dict[str, BlockForm] = {}
        self._pending: dict[str, Any] = {}
        self._report: ValidationReport | None = None
        self._year: int | None = None
        self._block_id: str | None = None
        self._problem_index = -1
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self._placeholder = self._make_placeholder()

        self._setup_actions()
        self.ui.yearCombo.currentIndexChanged.connect(self._year_chosen)
        self.ui.navTree.currentItemChanged.connect(self._nav_chosen)
        self.ui.problemsList.itemActivated.connect(self._problem_chosen)
        self.ui.problemsList.itemClicked.connect(self._problem_chosen)
        self.ui.markReadyButton.clicked.connect(self.mark_ready)
        header = self.ui.navTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([340, 860])
        geometry = ctx.settings.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)

        self._load_years()
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
        ui.actionNextProblem.triggered.connect(self.next_problem)
        ui.actionRules.triggered.connect(lambda: RulesDialog(self.ctx.language.current,
                                                             self).exec())
        ui.actionAbout.triggered.connect(self.about)
        group = QActionGroup(self)
        group.setExclusive(True)
        for action, lang in ((ui.actionKazakh, "kk"), (ui.actionRussian, "ru")):
            group.addAction(action)
            action.triggered.connect(lambda _=False, lang=lang: self.ctx.language.set(lang))
        ui.actionQuit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        ui.actionImportRequest.triggered.connect(lambda: self.import_request())
        ui.actionExportRegistration.triggered.connect(lambda: self.export_registration())
        ui.actionExportBundle.triggered.connect(lambda: self.export_bundle())
        ui.actionChangePassphrase.triggered.connect(lambda: change_passphrase(self, self.ws,
                                                                              self.lang))
        ui.actionReplaceKeys.triggered.connect(lambda: self.replace_keys())
        ui.actionPrintSubmission.triggered.connect(lambda: self.print_copy(blank=False))
        ui.actionSaveSubmissionPdf.triggered.connect(lambda: self.save_copy(blank=False))
        ui.actionPrintBlank.triggered.connect(lambda: self.print_copy(blank=True))
        ui.actionSaveBlankPdf.triggered.connect(lambda: self.save_copy(blank=True))
        ui.menuRecent.aboutToShow.connect(self._fill_recent)

    def _make_placeholder(self) -> QWidget:
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addStretch(1)
        self._placeholder_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self._placeholder_request = QPushButton()
        self._placeholder_request.clicked.connect(lambda: self.import_request())
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

    def _load_years(self, select: int | None = None) -> None:
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
        answers = self.service.answers(self._year)
        for form in self._forms.values():
            form.set_values({f.id: answers.get(f.id) for f in self.annex.block(
                form.block.id).fields()})
        self._build_nav()
        self.refresh()
        self.show_block(self._block_id or self.blocks()[0].id)

    def campaign(self) -> Campaign | None:
        if self._year is None:
            return None
        return self.service.campaign(self._year)

    def _build_nav(self) -> None:
        tree = self.ui.navTree
        tree.blockSignals(True)
        tree.clear()
        for b in self.blocks():
            item = QTreeWidgetItem(tree)
            item.setData(0, ROLE_ID, b.id)
            for q in b.questions:
                child = QTreeWidgetItem(item)
                child.setData(0, ROLE_ID, q.id)
        tree.blockSignals(False)
        self._retranslate_nav()

    def _retranslate_nav(self) -> None:
        tree = self.ui.navTree
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            block = self.annex.block(item.data(0, ROLE_ID))
            item.setText(0, self.tr("Block %1. ").replace("%1", str(block.number))
                         + _shorten(block.short_heading(self.lang), 60))
            item.setToolTip(0, "\n".join(
                [block.title.get(self.lang)] if block.title else
                [a.get(self.lang) for a in block.addressees]))
            for j in range(item.childCount()):
                child = item.child(j)
                q = self.annex.question(child.data(0, ROLE_ID))
                label = q.text or q.fields[0].text
                child.setText(0, self.tr("Question %1. ").replace("%1", str(q.number))
                              + _shorten(label.get(self.lang), 50))
                child.setToolTip(0, label.get(self.lang))
        self._update_nav_marks()

    def _update_nav_marks(self) -> None:
        report = self._report
        if report is None:
            return
        missing = set(report.unanswered) | {p.field_id for p in report.problems if p.field_id}
        tree = self.ui.navTree
        for i in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(i)
            bid = item.data(0, ROLE_ID)
            pct = report.completeness_by_block.get(bid, 0.0)
            item.setText(1, f"{pct:.0f}%")
            for j in range(item.childCount()):
                child = item.child(j)
                q = self.annex.question(child.data(0, ROLE_ID))
                done = sum(f.id not in missing for f in q.fields)
                child.setText(1, f"{done}/{len(q.fields)}")
                child.setForeground(
                    1, Qt.GlobalColor.darkGreen if done == len(q.fields) else Qt.GlobalColor.red)

    def _nav_chosen(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if current is None:
            return
        ident = current.data(0, ROLE_ID)
        if ident.count(".") == 0:
            self.show_block(ident)
        else:
            q = self.annex.question(ident)
            self.show_block(q.block_id)
            self.focus_field(q.fields[0].id)

    def form(self, block_id: str) -> BlockForm:
        form = self._forms.get(block_id)
        if form is None:
            form = BlockForm(self.annex, self.annex.block(block_id), self.lang,
                             reporting_year=self._year)
            form.answerEdited.connect(self._edited)
            if self._year is not None:
                answers = self.service.answers(self._year)
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
        self._select_nav(block_id)

    def _select_nav(self, ident: str) -> None:
        tree = self.ui.navTree
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

    def _edited(self, field_id: str, value: Any) -> None:
        self._pending[field_id] = value
        self._autosave.start()
        self.statusBar().showMessage(self.tr("Editing…"))

    def flush(self) -> None:
        """Writes every pending edit to the workspace (one short transaction each)."""
        self._autosave.stop()
        if not self._pending or self._year is None:
            return
        pending, self._pending = self._pending, {}
        user = current_user()
        started = time.perf_counter()
        failed: list[str] = []
        for field_id, value in pending.items():
            try:
                self.service.save_draft(self._year, field_id, value, user=user)
            except ServiceError as exc:
                failed.append(exc.message(self.lang))
        if failed:
            self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", failed[0]))
        else:
            ms = (time.perf_counter() - started) * 1000
            self.statusBar().showMessage(
                self.tr("All changes saved (%1)").replace("%1", time.strftime("%H:%M:%S")),
                0,
            )
            self.statusBar().setToolTip(f"{len(pending)} · {ms:.0f} ms")
        self.refresh()
        self.saved.emit()

    # --- validation, problems ----------------------------------------------------------------
    def refresh(self) -> None:
        if self._year is None:
            self._report = None
            self._update_header()
            return
        self._report = self.service.validate(self._year)
        self._update_nav_marks()
        self._fill_problems()
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

    def _fill_problems(self) -> None:
        lst = self.ui.problemsList
        lst.clear()
        report = self._report
        if report is None:
            self.ui.problemsSummary.clear()
            return
        for p in report.problems:
            item = QListWidgetItem(p.message(self.annex, self.lang))
            item.setData(ROLE_ID, p.field_id or "")
            lst.addItem(item)
        if report.ok:
            self.ui.problemsSummary.setText(
                self.tr("Nothing is missing: every field is answered or marked “no data”."))
        else:
            self.ui.problemsSummary.setText(
                self.tr("%1 problem(s). Click one to go to its field; F8 goes to the next.")
                .replace("%1", str(len(report.problems))))
        self._problem_index = -1

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        field_id = item.data(ROLE_ID)
        if field_id:
            self._problem_index = self.ui.problemsList.row(item)
            self.focus_field(field_id)

    def next_problem(self) -> None:
        lst = self.ui.problemsList
        if lst.count() == 0:
            return
        self._problem_index = (self._problem_index + 1) % lst.count()
        item = lst.item(self._problem_index)
        lst.setCurrentItem(item)
        self._problem_chosen(item)

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
        status = {
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
        for entry in reversed(self.service.audit(year)):
            if entry.action == "status" and entry.new == "exported":
                at = entry.at
                return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at
        return None

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
        self._load_years(select=year)

    def mark_ready(self) -> None:
        self.flush()
        if self._year is None:
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

    # --- exchange with the coordinator ---------------------------------------------------------
    @property
    def exchange(self) -> ExchangeService:
        return ExchangeService(self.ws, self.annex)

    def import_request(self, path: str | None = None) -> bool:
        """Imports the coordinator's .kzreq: it sets the reporting year and the deadline."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("The coordinator's request"), "",
                self.tr("Data request (*.kzreq);;All files (*)"))
            if not path:
                return False
        try:
            result = self.exchange.import_request_file(path)
        except FileRefusedError as exc:
            if exc.reason.value != "coordinator_changed":
                QMessageBox.warning(self, self.tr("The coordinator's request"),
                                    exc.message(self.lang))
                return False
            answer = QMessageBox.question(
                self, self.tr("The coordinator's request"),
                exc.message(self.lang) + "\n\n" + self.tr(
                    "Accept the new coordinator only after comparing the fingerprint with "
                    "them by phone. Accept it?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            result = self.exchange.import_request_file(path, accept_new_coordinator=True)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("The coordinator's request"),
                                exc.message(self.lang))
            return False
        info = result.request
        self._load_years(select=info.reporting_year)
        self.statusBar().showMessage(
            self.tr("Request for %1 imported; the answers are due by %2.")
            .replace("%1", str(info.reporting_year))
            .replace("%2", info.deadline.strftime("%d.%m.%Y")))
        return True

    def export_registration(self, path: str | None = None) -> str | None:
        """Saves the .kzkey the coordinator registers; shows the fingerprint to read out."""
        passphrase = PassphraseDialog.ask(self, self.tr(
            "The registration file carries your public key; the passphrase unlocks it."))
        if passphrase is None:
            return None
        if path is None:
            profile = self.ws.profile()
            suggested = f"registration-{profile.region if profile else 'kz'}.kzkey"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the registration file"), suggested,
                self.tr("Registration (*.kzkey)"))
            if not path:
                return None
        try:
            self.exchange.export_registration(path, passphrase)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Registration"), exc.message(self.lang))
            return None
        fingerprint = KeyService(self.ws).key("signing").display
        QMessageBox.information(
            self, self.tr("Registration"),
            self.tr("Saved: %1\n\nSend it to the coordinator, then read them this fingerprint "
                    "over the phone so that they can confirm it:\n\n%2")
            .replace("%1", path).replace("%2", fingerprint))
        return fingerprint

    def export_bundle(self, out_dir: str | None = None) -> Path | None:
        """Writes the signed, encrypted bundle of the year, refused while anything is missing."""
        self.flush()
        if self._year is None:
            return None
        report = self.service.validate(self._year)
        if not report.ok:
            self.refresh()
            self.ui.problemsDock.show()
            QMessageBox.warning(self, self.tr("Export"), self.tr(
                "The answers cannot leave the workspace yet: %1 problem(s) are listed in the "
                "Problems panel.").replace("%1", str(len(report.problems))))
            return None
        passphrase = PassphraseDialog.ask(self, self.tr(
            "The answers are signed with your key; the passphrase unlocks it."))
        if passphrase is None:
            return None
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the file to send (e.g. a USB stick)"))
            if not out_dir:
                return None
        try:
            result = self.exchange.export_bundle(self._year, out_dir, passphrase, user=current_user())
        except NotValidError as exc:
            QMessageBox.warning(self, self.tr("Export"), "\n".join(
                [exc.message(self.lang), *exc.details(self.lang)[:10]]))
            return None
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Export"), exc.message(self.lang))
            return None
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Exported version %1: %2").replace("%1", str(result.version))
            .replace("%2", str(result.path)))
        QMessageBox.information(self, self.tr("Export"), self.tr(
            "Saved version %1 of the answers for %2:\n%3\n\nSend this file to the "
            "coordinator (USB stick or e-mail). Only the coordinator can open it.")
            .replace("%1", str(result.version)).replace("%2", str(result.year))
            .replace("%3", str(result.path)))
        return result.path

    def replace_keys(self) -> str | None:
        """New keys for a lost key or a forgotten passphrase; then register again."""
        if QMessageBox.question(self, self.tr("Replace the key"), self.tr(
                "New keys replace the old ones: files already sent stay valid, but the "
                "coordinator must register this workspace again before accepting new ones. "
                "Go on?")) != QMessageBox.StandardButton.Yes:
            return None
        passphrase = PassphraseDialog.ask(self, self.tr("A passphrase for the new keys:"),
                                          new=True)
        if passphrase is None:
            return None
        try:
            KeyService(self.ws).replace_keys(passphrase)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Replace the key"), exc.message(self.lang))
            return None
        fingerprint = KeyService(self.ws).key("signing").display
        QMessageBox.information(self, self.tr("Replace the key"), self.tr(
            "New key made. Save the registration file (menu Exchange) and send it to the "
            "coordinator; its fingerprint:\n\n%1").replace("%1", fingerprint))
        return fingerprint

    # --- printing ------------------------------------------------------------------------------
    def _copy(self, blank: bool) -> tuple[bytes, str] | None:
        # reportlab and PDFium are loaded on the first print, not at start-up (DESIGN §8)
        from kzth_desktop.services import printing

        self.flush()
        profile = self.ws.profile()
        try:
            if blank:
                data = printing.blank_copy(self.annex, list(profile.kinds) if profile else [],
                                           self.lang)
                return data, f"kzth-blank-{self.lang}.pdf"
            if self._year is None:
                return None
            data = printing.filled_copy(self.ws, self.annex, self._year, self.lang)
            return data, f"kzth-{self._year}-{profile.region if profile else ''}.pdf"
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Print"), exc.message(self.lang))
            return None

    def print_copy(self, blank: bool) -> bool:
        from kzth_desktop.gui.printing import print_pdf

        made = self._copy(blank)
        return made is not None and print_pdf(self, made[0], made[1])

    def save_copy(self, blank: bool) -> Path | None:
        from kzth_desktop.gui.printing import save_pdf

        made = self._copy(blank)
        if made is None:
            return None
        return save_pdf(self, made[0], made[1], self.tr("Save as PDF"))

    def about(self) -> None:
        a = self.annex
        QMessageBox.about(
            self,
            self.tr("About KZTH Desktop"),
            "<h3>KZTH Desktop " + __version__ + "</h3>"
            + "<p>" + a.rules_title.get(self.lang) + "</p>"
            + "<p>" + self.tr("Questionnaire version: %1").replace("%1", a.version.id) + "<br>"
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
        self.setWindowTitle(self.tr("KZTH Desktop — %1").replace(
            "%1", self.ws.location.describe()))
        for form in self._forms.values():
            form.set_language(self.lang)
        self._retranslate_nav()
        self._fill_problems()
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
        self.flush()
        self._save_position()
        self.ctx.settings.set_geometry("main", self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)
