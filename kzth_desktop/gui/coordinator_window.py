"""The coordinator's desk: inbox, completeness, data, quality, signers, requests."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import (
    QActionGroup,
    QBrush,
    QCloseEvent,
    QColor,
    QDragEnterEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from kzth_desktop import __version__
from kzth_desktop.analysis.completeness import STATUS_NAMES, CellStatus
from kzth_desktop.analysis.quality import CODE_NAMES, SEVERITY_NAMES, Severity
from kzth_desktop.exchange.reasons import ImportResult, reason_message
from kzth_desktop.gui.dialogs import ReviewDialog, RulesDialog
from kzth_desktop.gui.forms.ui_coordinator_window import Ui_CoordinatorWindow
from kzth_desktop.gui.passphrase import PassphraseDialog, change_passphrase
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.coordination import (
    CoordinationService,
    HeldSubmission,
    ImportOutcome,
    ImportReport,
)
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.reviews import REVIEW_NAMES, ReviewService, ReviewStatus
from kzth_desktop.services.workspace import Workspace, current_user

if TYPE_CHECKING:
    from kzth_desktop.gui.context import AppContext

ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    CellStatus.ON_TIME: "#c8e6c9",
    CellStatus.RECEIVED: "#c8e6c9",
    CellStatus.LATE: "#ffe0b2",
    CellStatus.PENDING: "#e3f2fd",
    CellStatus.MISSING: "#ffcdd2",
}
RESULT_COLOURS = {
    ImportResult.ACCEPTED: "#c8e6c9",
    ImportResult.SUPERSEDED: "#c8e6c9",
    ImportResult.DUPLICATE: "#eeeeee",
    ImportResult.QUARANTINED: "#fff9c4",
    ImportResult.REJECTED: "#ffcdd2",
}


def _item(text: object, *, data: Any = None, colour: str | None = None,
          number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem()
    if number and isinstance(text, int | float):
        item.setData(Qt.ItemDataRole.DisplayRole, text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    else:
        item.setText("" if text is None else str(text))
    if data is not None:
        item.setData(ROLE, data)
    if colour:
        item.setBackground(QBrush(QColor(colour)))
    return item


def _fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[QTableWidgetItem]],
          *, stretch: int | None = None) -> None:
    table.setSortingEnabled(False)
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None and 0 <= stretch < len(headers):
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(table.isSortingEnabled() or False)


def _short_value(value: Any, lang: str) -> str:
    if isinstance(value, dict) and "no_data" in value:
        return ("деректер жоқ: " if lang == "kk" else "нет данных: ") + str(value["no_data"])
    if isinstance(value, dict) and "answer" in value:
        yes = {"yes": "иә" if lang == "kk" else "да", "no": "жоқ" if lang == "kk" else "нет"}
        text = yes.get(value["answer"], value["answer"])
        return f"{text}: {value.get('details', '')}".rstrip(": ")
    if isinstance(value, dict) and "rows" in value:
        total = sum(int(r.get("count", 0)) for r in value["rows"])
        return f"Σ {total} ({len(value['rows'])})"
    if isinstance(value, dict) and "from" in value:
        return f"{value['from']} — {value['to']}"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


class CoordinatorWindow(QMainWindow):
    switch_workspace = Signal(str)
    imported = Signal(object)  # an ImportReport, after the inbox has shown it

    def __init__(self, ctx: AppContext, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.annex = ctx.annex
        self.ws = workspace
        self.service = CoordinationService(workspace, self.annex)
        self.ui = Ui_CoordinatorWindow()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        self._desk: Desk | None = None
        self._last_report: ImportReport | None = None
        self._op: BackgroundOp | None = None
        self._held: list[HeldSubmission] = []
        ui = self.ui
        ui.actionQuit.triggered.connect(self.close)
        ui.actionNewWorkspace.triggered.connect(lambda: ctx.new_workspace(self))
        ui.actionOpenWorkspace.triggered.connect(lambda: ctx.open_workspace_dialog(self))
        ui.actionImportBundles.triggered.connect(lambda: self.import_files())
        ui.actionChangePassphrase.triggered.connect(self._change_passphrase)
        ui.actionPrintBlank.triggered.connect(lambda: self.blank_copy(save=False))
        ui.actionSaveBlankPdf.triggered.connect(lambda: self.blank_copy(save=True))
        ui.actionRules.triggered.connect(lambda: RulesDialog(self.lang, self).exec())
        ui.actionAbout.triggered.connect(self.about)
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        group = QActionGroup(self)
        for action, lang in ((ui.actionKazakh, "kk"), (ui.actionRussian, "ru")):
            group.addAction(action)
            action.triggered.connect(lambda _=False, lang=lang: ctx.language.set(lang))
        ui.importFilesButton.clicked.connect(lambda: self.import_files())
        ui.importFolderButton.clicked.connect(lambda: self.import_folder())
        ui.addSignerButton.clicked.connect(lambda: self.add_signer())
        ui.revokeSignerButton.clicked.connect(lambda: self.revoke_signer())
        ui.createRequestButton.clicked.connect(lambda: self.create_request())
        ui.exportXlsxButton.clicked.connect(lambda: self.export_workbook())
        ui.printHeldButton.clicked.connect(lambda: self.print_held(save=False))
        ui.saveHeldButton.clicked.connect(lambda: self.print_held(save=True))
        ui.yearCombo.currentIndexChanged.connect(lambda _: self.refresh_year())
        ui.regionFilter.currentIndexChanged.connect(lambda _: self._fill_data())
        ui.kindFilter.currentIndexChanged.connect(lambda _: self._fill_data())
        ui.submissionsTable.itemSelectionChanged.connect(self._show_submission)
        ui.qualityTable.itemActivated.connect(lambda item: self.review_finding(item.row()))
        ui.qualityTable.itemDoubleClicked.connect(lambda item: self.review_finding(item.row()))
        self._findings: list[Any] = []
        today = dt.date.today()
        ui.requestYear.setValue(today.year - 1)
        ui.requestDeadline.setDate(QDate(today.year, today.month, today.day).addMonths(1))
        ui.answersTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.completenessSplitter.setSizes([620, 160])
        ui.dataSplitter.setSizes([820, 640])
        ui.qualitySplitter.setSizes([560, 200])
        ui.noDataTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        from kzth_desktop.gui.assessment_tabs import AssessmentTabs

        self.assessment = AssessmentTabs(self)  # filled by reload() below
        geometry = ctx.settings.geometry("coordinator")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.reload()

    @property
    def lang(self) -> str:
        return self.ctx.language.current

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-reads everything from the workspace (after an import, a new signer…)."""
        self._desk = Desk.from_workspace(self.ws, self.annex)
        years = sorted(set(self._desk.years()) | {r.reporting_year
                                                   for r in self.service.requests()})
        combo = self.ui.yearCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for y in years:
            combo.addItem(str(y), y)
        index = combo.findData(current) if current is not None else combo.count() - 1
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)
        self.retranslate()

    @property
    def desk(self) -> Desk | None:
        return self._desk

    @property
    def year(self) -> int | None:
        data = self.ui.yearCombo.currentData()
        return int(data) if data is not None else None

    def refresh_year(self) -> None:
        self._fill_completeness()
        self._fill_data()
        self._fill_quality()

    # --- inbox ---------------------------------------------------------------------------------
    def import_files(self, paths: Sequence[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import bundles"), "", self.tr("Bundles (*.kzth);;All files (*)"))
        if paths:
            self.import_paths(list(paths))

    def import_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of bundles"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str], passphrase: str | None = None) -> BackgroundOp | None:
        """Imports files and folders off the interface thread; each file's result is shown."""
        if self._op is not None and self._op.running:
            return None
        if passphrase is None:
            passphrase = PassphraseDialog.ask(self, self.tr(
                "The bundles are opened with the coordinator's key; the passphrase unlocks it."))
            if passphrase is None:
                return None
        service = CoordinationService(self.ws, self.annex)

        def work(progress: Progress) -> ImportReport:
            def step(done: int, total: int, outcome: ImportOutcome) -> bool:
                progress.update(done, total, Path(outcome.file).name)
                return not progress.cancelled

            return service.import_paths(paths, passphrase, progress=step)

        self._op = BackgroundOp(self, self.tr("Importing bundles…"), work,
                                on_done=self._imported, on_error=self._import_failed)
        self._op.start()
        return self._op

    def _import_failed(self, exc: BaseException) -> None:
        text = exc.message(self.lang) if isinstance(exc, ServiceError) else str(exc)
        QMessageBox.warning(self, self.tr("Import bundles"), text)

    def _imported(self, report: ImportReport) -> None:
        self._last_report = report
        self.reload()
        self.ui.tabs.setCurrentWidget(self.ui.inboxTab)
        self.imported.emit(report)

    def _fill_inbox(self) -> None:
        lang = self.lang
        report = self._last_report
        rows = []
        if report is not None:
            for o in report.outcomes:
                rows.append([
                    _item(Path(o.file).name, data=o.file),
                    _item(self._result_name(o.result), colour=RESULT_COLOURS[o.result]),
                    _item(o.org_name_kk if lang == "kk" else o.org_name_ru),
                    _item(o.region),
                    _item(o.reporting_year or "", number=True),
                    _item(o.version or "", number=True),
                    _item(o.reason.value if o.reason else ""),
                    _item(o.message(lang)),
                ])
            counts = {r: len(report.of(r)) for r in ImportResult}
            summary = " · ".join(f"{self._result_name(r)}: {n}" for r, n in counts.items())
            if report.cancelled:
                summary += " · " + self.tr("cancelled: the files not yet read were left")
            self.ui.inboxSummary.setText(summary)
        else:
            orgs = {s.fingerprint: s.organisation for s in self.service.signers()}
            for rc in reversed(self.service.receipts()[-500:]):
                detail = reason_message(rc.reason, lang, rc.params) if rc.reason else ""
                org = orgs.get(rc.sender_fingerprint or "")
                rows.append([
                    _item(Path(rc.name).name, data=rc.name),
                    _item(self._result_name(rc.result), colour=RESULT_COLOURS[rc.result]),
                    _item((org.name_kk if lang == "kk" else org.name_ru) if org else ""),
                    _item(org.region if org else ""), _item(""), _item(""),
                    _item(rc.reason.value if rc.reason else ""),
                    _item(detail or rc.received_at.strftime("%d.%m.%Y %H:%M")),
                ])
            self.ui.inboxSummary.setText(self.tr(
                "Files received so far: %1. Every file is kept unchanged in the workspace.")
                .replace("%1", str(len(rows))))
        _fill(self.ui.inboxTable, [
            self.tr("File"), self.tr("Result"), self.tr("Organisation"), self.tr("Region"),
            self.tr("Year"), self.tr("Version"), self.tr("Reason code"), self.tr("Message"),
        ], rows, stretch=7)

    def _result_name(self, result: ImportResult) -> str:
        return {
            ImportResult.ACCEPTED: self.tr("accepted"),
            ImportResult.SUPERSEDED: self.tr("accepted, replaces an older version"),
            ImportResult.DUPLICATE: self.tr("duplicate"),
            ImportResult.QUARANTINED: self.tr("waiting: unknown signer"),
            ImportResult.REJECTED: self.tr("rejected"),
        }[result]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- completeness --------------------------------------------------------------------------
    def _fill_completeness(self) -> None:
        table = self.ui.completenessTable
        year = self.year
        if self._desk is None or year is None:
            _fill(table, [], [])
            self.ui.completenessSummary.setText(self.tr("No reporting year yet."))
            self.ui.reminderText.clear()
            return
        lang = self.lang
        matrix = self._desk.completeness(year)
        kinds = list(matrix.kinds)
        known = {r.code: r for r in self.annex.regions}
        regions = [known[code] for code in matrix.regions if code in known]
        table.clear()
        table.setColumnCount(len(kinds))
        table.setRowCount(len(regions))
        names = [self.annex.kind(k).name.get(lang) if self._known_kind(k) else k for k in kinds]
        # long names of kinds: wrapped over a few lines, the whole name in the tooltip
        table.setHorizontalHeaderLabels([textwrap.fill(n, 20, max_lines=5, placeholder=" …")
                                         for n in names])
        for col, name in enumerate(names):
            table.horizontalHeaderItem(col).setToolTip(name)
        table.setVerticalHeaderLabels([r.name.get(lang) for r in regions])
        for row, region in enumerate(regions):
            for col, kind in enumerate(kinds):
                cell = matrix.cell(region.code, kind)
                if cell is None:
                    table.setItem(row, col, _item("", colour="#fafafa"))
                    continue
                text = STATUS_NAMES[cell.status].get(lang)
                if cell.answered_pct is not None:
                    text += f" · {cell.answered_pct:.0f}%"
                item = _item(text, data=cell.status.value,
                             colour=STATUS_COLOURS.get(cell.status))
                if not cell.expected:
                    item.setToolTip(self.tr("not expected, but received"))
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(170)
        for col in range(len(kinds)):
            table.setColumnWidth(col, 170)
        table.resizeRowsToContents()
        counts = matrix.counts()
        deadline = self._desk.deadline(year)
        parts = [self.tr("Deadline: %1").replace(
            "%1", deadline.strftime("%d.%m.%Y") if deadline else "—")]
        parts += [f"{STATUS_NAMES[CellStatus(k)].get(lang)}: {v}" for k, v in counts.items()
                  if k in {s.value for s in CellStatus}]
        self.ui.completenessSummary.setText(" · ".join(parts))
        lines = []
        for r in matrix.reminders:
            region = known[r.region].name.get(lang) if r.region in known else r.region
            kind = self.annex.kind(r.kind).name.get(lang) if self._known_kind(r.kind) else r.kind
            late = (" — " + self.tr("%1 day(s) overdue").replace("%1", str(r.days_overdue))
                    if r.overdue and r.days_overdue else "")
            lines.append(f"{region} — {kind}{late}")
        self.ui.reminderText.setPlainText("\n".join(lines) or self.tr("Nobody is missing."))

    def _known_kind(self, kind_id: str) -> bool:
        return any(k.id == kind_id for k in self.annex.kinds)

    # --- data ----------------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        lang = self.lang
        for combo, items in (
            (self.ui.regionFilter, [(r.name.get(lang), r.code) for r in self.annex.regions]),
            (self.ui.kindFilter, [(k.name.get(lang), k.id) for k in self.annex.kinds]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(all)"), None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _fill_data(self) -> None:
        year = self.year
        region = self.ui.regionFilter.currentData()
        kind = self.ui.kindFilter.currentData()
        held = self.service.submissions(year, include_superseded=True) if year else []
        self._held = [h for h in held
                      if (region is None or h.organisation.region == region)
                      and (kind is None or kind in h.organisation.kinds)]
        lang = self.lang
        rows = []
        for i, h in enumerate(self._held):
            org = h.organisation
            rows.append([
                _item(org.name_kk if lang == "kk" else org.name_ru, data=i),
                _item(self.annex.region(org.region).name.get(lang)
                      if org.region.startswith("KZ-") else org.region),
                _item("; ".join(self.annex.kind(k).name.get(lang) if self._known_kind(k) else k
                                for k in org.kinds)),
                _item(h.version, number=True),
                _item(self.tr("current") if h.status == "current" else self.tr("superseded")),
                _item(h.imported_at.strftime("%d.%m.%Y %H:%M")),
            ])
        _fill(self.ui.submissionsTable, [
            self.tr("Organisation"), self.tr("Region"), self.tr("Kinds"), self.tr("Version"),
            self.tr("State"), self.tr("Imported"),
        ], rows, stretch=0)
        self.ui.answersTree.clear()

    def selected_held(self) -> HeldSubmission | None:
        items = self.ui.submissionsTable.selectedItems()
        if not items:
            return None
        row = items[0].row()
        first = self.ui.submissionsTable.item(row, 0)
        index = first.data(ROLE) if first is not None else None
        return self._held[index] if index is not None else None

    def _show_submission(self) -> None:
        tree = self.ui.answersTree
        tree.clear()
        held = self.selected_held()
        if held is None:
            return
        lang = self.lang
        for block in self.annex.blocks_for_kinds(
                [k for k in held.organisation.kinds if self._known_kind(k)]):
            top = QTreeWidgetItem(tree, [f"{block.number}. {block.heading(lang)}", ""])
            for f in block.fields():
                value = held.answers.get(f.id)
                child = QTreeWidgetItem(top, [f.text.get(lang),
                                              "" if value is None else _short_value(value, lang)])
                child.setToolTip(0, f.id)
            top.setExpanded(True)

    def print_held(self, save: bool) -> Path | bool | None:
        # reportlab and PDFium are loaded on the first print, not at start-up (DESIGN §8)
        from kzth_desktop.gui.printing import print_pdf, save_pdf
        from kzth_desktop.services import printing

        held = self.selected_held()
        if held is None:
            QMessageBox.information(self, self.tr("Print"),
                                    self.tr("Choose a submission in the table first."))
            return None
        data = printing.held_copy(self.annex, held, self.lang)
        name = f"kzth-{held.reporting_year}-{held.organisation.region}-v{held.version}.pdf"
        if save:
            return save_pdf(self, data, name, self.tr("Save as PDF"))
        return print_pdf(self, data, name)

    def blank_copy(self, save: bool, kind: str | None = None,
                   lang: str | None = None) -> bytes | None:
        """A blank questionnaire for a kind of subject, for offices that work on paper."""
        from kzth_desktop.gui.printing import print_pdf, save_pdf
        from kzth_desktop.services import printing

        if kind is None:
            names = [k.name.get(self.lang) for k in self.annex.kinds]
            chosen, ok = QInputDialog.getItem(self, self.tr("Blank questionnaire"),
                                              self.tr("For which kind of subject?"), names,
                                              0, False)
            if not ok:
                return None
            kind = self.annex.kinds[names.index(chosen)].id
        if lang is None:
            langs = {"Қазақша": "kk", "Русский": "ru",
                     self.tr("Both (Kazakh, then Russian)"): "both"}
            chosen, ok = QInputDialog.getItem(self, self.tr("Blank questionnaire"),
                                              self.tr("Language:"), list(langs), 0, False)
            if not ok:
                return None
            lang = langs[chosen]
        data = printing.blank_copy(self.annex, [kind], lang)
        name = f"kzth-blank-{kind}-{lang}.pdf"
        if save:
            save_pdf(self, data, name, self.tr("Save as PDF"))
        else:
            print_pdf(self, data, name)
        return data

    def export_workbook(self, path: str | None = None) -> BackgroundOp | None:
        if self._desk is None or not self._desk.years():
            QMessageBox.information(self, self.tr("Excel workbook"),
                                    self.tr("No submissions have been imported yet."))
            return None
        years = list(self._desk.years())[-3:]
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Excel workbook"), f"kzth-{years[0]}-{years[-1]}.xlsx",
                "Excel (*.xlsx)")
            if not path:
                return None
        desk, lang = self._desk, self.lang

        def work(progress: Progress) -> str:
            def step(done: int, total: int) -> None:
                progress.update(done, total)
                progress.check()

            desk.write_workbook(path, years, lang, progress=step)
            return path

        def done(result: str) -> None:
            self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", result))

        self._op = BackgroundOp(self, self.tr("Writing the workbook…"), work, on_done=done)
        self._op.start()
        return self._op

    # --- quality -------------------------------------------------------------------------------
    def _fill_quality(self) -> None:
        year = self.year
        lang = self.lang
        if self._desk is None or year is None:
            _fill(self.ui.qualityTable, [], [])
            self.ui.noDataTree.clear()
            return
        report = self._desk.quality([year])
        reviews = ReviewService(self.ws).reviews()
        colours = {Severity.ERROR: "#ffcdd2", Severity.WARNING: "#fff9c4"}
        review_colours = {ReviewStatus.PLAUSIBLE: "#c8e6c9", ReviewStatus.TO_CORRECT: "#ffe0b2"}
        rows = []
        self._findings = list(report.findings)
        for i, f in enumerate(self._findings):
            review = reviews.get(f.id)
            status = review.status if review else ReviewStatus.OPEN
            rows.append([
                _item(SEVERITY_NAMES[f.severity].get(lang), colour=colours.get(f.severity),
                      data=i),
                _item(CODE_NAMES[f.code].get(lang)),
                _item(f.name(lang)),
                _item(f.field_id or f.block_id or ""),
                _item(f.message(self.annex, lang)),
                _item(REVIEW_NAMES[status].get(lang) + (f": {review.comment}" if review else ""),
                      colour=review_colours.get(status)),
            ])
        _fill(self.ui.qualityTable, [
            self.tr("Severity"), self.tr("Finding"), self.tr("Organisation"), self.tr("Field"),
            self.tr("Details"), self.tr("Review"),
        ], rows, stretch=4)
        reviewed = sum(1 for f in self._findings if f.id in reviews)
        self.ui.qualitySummary.setText(self.tr(
            "%1 finding(s) for %2, %3 reviewed. Values are kept as sent; double-click a finding "
            "to record your decision.")
            .replace("%1", str(len(self._findings))).replace("%2", str(year))
            .replace("%3", str(reviewed)))
        tree = self.ui.noDataTree
        tree.clear()
        for group in report.no_data:
            top = QTreeWidgetItem(tree, [group.reason or "—", str(group.count)])
            for field_id, n in sorted(group.fields().items()):
                text = (self.annex.field(field_id).text.get(lang)
                        if self.annex.has_field(field_id) else field_id)
                QTreeWidgetItem(top, [text, str(n)])

    def review_finding(self, row: int) -> bool:
        """The reviewer's decision on the finding in ``row`` of the quality table."""
        first = self.ui.qualityTable.item(row, 0)
        if first is None:
            return False
        finding = self._findings[first.data(ROLE)]
        lang = self.lang
        service = ReviewService(self.ws)
        current = service.review(finding.id)
        names = {s.value: REVIEW_NAMES[s].get(lang) for s in ReviewStatus}
        text = f"<b>{finding.name(lang)}</b><br>{finding.message(self.annex, lang)}"
        chosen = ReviewDialog.ask(self, text, current.status.value, current.comment, names)
        if chosen is None:
            return False
        try:
            service.set_review(finding.id, chosen[0], chosen[1], reviewer=current_user())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Review"), exc.message(lang))
            return False
        self._fill_quality()
        return True

    # --- signers -------------------------------------------------------------------------------
    def _fill_signers(self) -> None:
        lang = self.lang
        rows = []
        for s in self.service.signers():
            org = s.organisation
            rows.append([
                _item(org.name_kk if lang == "kk" else org.name_ru, data=s.fingerprint),
                _item(org.region),
                _item(", ".join(org.kinds)),
                _item(s.display),
                _item(s.approved_at.strftime("%d.%m.%Y")),
                _item(s.revoked_at.strftime("%d.%m.%Y") if s.revoked_at else "",
                      colour="#ffcdd2" if s.revoked_at else None),
            ])
        _fill(self.ui.signersTable, [
            self.tr("Organisation"), self.tr("Region"), self.tr("Kinds"), self.tr("Fingerprint"),
            self.tr("Approved"), self.tr("Revoked"),
        ], rows, stretch=0)
        keys = KeyService(self.ws)
        self.ui.ownFingerprint.setText(
            self.tr("This coordinator's key: %1").replace("%1", keys.key("signing").display)
            if keys.has_keys() else "")

    def add_signer(self, path: str | None = None, *, confirm: bool = True) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Registration file"), "",
                self.tr("Registration (*.kzkey);;All files (*)"))
            if not path:
                return False
        lang = self.lang
        try:
            data = Path(path).read_bytes()
            preview = self.service.preview_registration(data, name=path)
        except (OSError, ServiceError) as exc:
            text = exc.message(lang) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, self.tr("Registration file"), text)
            return False
        org = preview.organisation
        text = self.tr(
            "%1 (%2) asks to be registered.\n\nFingerprint of its key:\n\n%3\n\nCall the "
            "office and have them read their fingerprint to you. Approve only if it matches.")
        text = (text.replace("%1", org.name_kk if lang == "kk" else org.name_ru)
                .replace("%2", org.region).replace("%3", preview.display))
        if preview.same_organisation:
            text += "\n\n" + self.tr(
                "This organisation already has %1 registered key(s): the new one is added "
                "beside them (revoke a lost key in the table).").replace(
                    "%1", str(len(preview.same_organisation)))
        if confirm and QMessageBox.question(self, self.tr("Registration file"), text) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            added = self.service.add_signer(data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Registration file"), exc.message(lang))
            return False
        self.statusBar().showMessage(self.tr("Registered: %1").replace(
            "%1", org.name_kk if lang == "kk" else org.name_ru))
        if added.still_quarantined:
            passphrase = PassphraseDialog.ask(self, self.tr(
                "%1 bundle(s) of this office wait in quarantine. Enter the passphrase to "
                "import them now.").replace("%1", str(added.still_quarantined)))
            if passphrase:
                try:
                    self.service.release_quarantined(passphrase)
                except ServiceError as exc:
                    QMessageBox.warning(self, self.tr("Registration file"), exc.message(lang))
        self.reload()
        return True

    def revoke_signer(self, fingerprint: str | None = None, *, confirm: bool = True) -> bool:
        if fingerprint is None:
            items = self.ui.signersTable.selectedItems()
            if not items:
                return False
            fingerprint = self.ui.signersTable.item(items[0].row(), 0).data(ROLE)
        if confirm and QMessageBox.question(self, self.tr("Revoke"), self.tr(
                "Bundles signed with this key will be refused from now on. Revoke it?")) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.service.revoke_signer(fingerprint)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Revoke"), exc.message(self.lang))
            return False
        self.reload()
        return True

    # --- requests ------------------------------------------------------------------------------
    def _fill_requests(self) -> None:
        rows = [[
            _item(r.reporting_year, number=True),
            _item(r.issued_on.strftime("%d.%m.%Y")),
            _item(r.deadline.strftime("%d.%m.%Y")),
            _item(r.request_id),
        ] for r in self.service.requests()]
        _fill(self.ui.requestsTable, [self.tr("Year"), self.tr("Issued"), self.tr("Deadline"),
                                      self.tr("Request")], rows, stretch=3)

    def create_request(self, path: str | None = None, passphrase: str | None = None) -> bool:
        year = self.ui.requestYear.value()
        d = self.ui.requestDeadline.date()
        deadline = dt.date(d.year(), d.month(), d.day())
        if passphrase is None:
            passphrase = PassphraseDialog.ask(self, self.tr(
                "The request is signed with the coordinator's key; the passphrase unlocks it."))
            if passphrase is None:
                return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the request"), f"kzth-request-{year}.kzreq",
                self.tr("Data request (*.kzreq)"))
            if not path:
                return False
        try:
            issued = self.service.create_request(year, passphrase, deadline=deadline)
            Path(path).write_bytes(issued.data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Request"), exc.message(self.lang))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Request"), str(exc))
            return False
        self.statusBar().showMessage(self.tr("Request for %1 saved: %2")
                                     .replace("%1", str(year)).replace("%2", path))
        self.reload()
        return True

    # --- misc ----------------------------------------------------------------------------------
    def _change_passphrase(self) -> None:
        change_passphrase(self, self.ws, self.lang)

    def _fill_recent(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        for loc in self.ctx.settings.recent_workspaces():
            action = menu.addAction(loc)
            action.triggered.connect(lambda _=False, loc=loc: self.switch_workspace.emit(loc))

    def about(self) -> None:
        a = self.annex
        QMessageBox.about(
            self, self.tr("About KZTH Desktop"),
            f"<h3>KZTH Desktop {__version__}</h3><p>{a.rules_title.get(self.lang)}</p>"
            f"<p>{a.version.order.get(self.lang)}</p>")

    def retranslate(self) -> None:
        lang = self.lang
        profile = self.ws.profile()
        name = (profile.name_kk if lang == "kk" else profile.name_ru) if profile else ""
        self.ui.orgLabel.setText(f"<b>{name}</b>")
        self.setWindowTitle(self.tr("KZTH Desktop — coordinator — %1").replace(
            "%1", self.ws.location.describe()))
        self.ui.actionKazakh.setChecked(lang == "kk")
        self.ui.actionRussian.setChecked(lang == "ru")
        self._fill_filters()
        self._fill_inbox()
        self._fill_signers()
        self._fill_requests()
        self.refresh_year()
        if hasattr(self, "assessment"):
            self.assessment.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.set_geometry("coordinator", self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)
