"""The Inbox tab: import bundles (files, folders, drops on the window) and each file's result."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem

from kzth_desktop.exchange.reasons import ImportReason, ImportResult, reason_fix, reason_message
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import ROLE, TableFilter, fill, item, known_kind
from kzth_desktop.gui.forms.ui_inbox_tab import Ui_InboxTab
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.bundle_import import ImportOutcome, ImportReport
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.errors import ServiceError

COL_RESULT, COL_REASON, COL_ORG, COL_REGION, COL_KINDS = 2, 3, 4, 5, 6
# px at most, the rest of the width to the reason (the whole of each in its tooltip)
CAPPED = {0: 200, COL_RESULT: 170, COL_ORG: 200, COL_REGION: 120, COL_KINDS: 140}
RESULT_COLOURS = {
    ImportResult.ACCEPTED: "#c8e6c9",
    ImportResult.SUPERSEDED: "#c8e6c9",
    ImportResult.DUPLICATE: "#eeeeee",
    ImportResult.QUARANTINED: "#fff9c4",
    ImportResult.REJECTED: "#ffcdd2",
}


class InboxTab(CoordinatorTab):
    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_InboxTab()
        self.ui.setupUi(self)
        self._last_report: ImportReport | None = None
        self._op: BackgroundOp | None = None
        self.ui.importFilesButton.clicked.connect(lambda: self.import_files())
        self.ui.importFolderButton.clicked.connect(lambda: self.import_folder())
        # filters: result, region, kinds (and a text anywhere)
        self.filters = TableFilter(self.ui.inboxTable, (COL_RESULT, COL_REGION, COL_KINDS))
        self.ui.inboxTable.itemSelectionChanged.connect(self._show_detail)
        self.ui.inboxTable.setTextElideMode(Qt.TextElideMode.ElideNone)

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
        service = CoordinationService(self.w.ws, self.annex)

        def work(progress: Progress) -> ImportReport:
            def step(done: int, total: int, outcome: ImportOutcome) -> bool:
                progress.update(done, total, Path(outcome.file).name)
                return not progress.cancelled

            return service.import_paths(paths, passphrase, progress=step)

        self._op = BackgroundOp(self.w, self.tr("Importing bundles…"), work,
                                on_done=self._imported, on_error=self._import_failed)
        self._op.start()
        return self._op

    def _import_failed(self, exc: BaseException) -> None:
        text = exc.message(self.lang) if isinstance(exc, ServiceError) else str(exc)
        QMessageBox.warning(self, self.tr("Import bundles"), text)

    def _imported(self, report: ImportReport) -> None:
        """The desk is read again off the interface thread too (every submission of every
        year: seconds for a national campaign), then the window shows it."""
        self._last_report = report
        ws, annex, year = self.w.ws, self.annex, self.w.year

        def work(progress: Progress) -> Desk:
            desk = Desk.from_workspace(ws, annex)
            if year is not None:  # what the year's tabs show first, made here too
                desk.aggregate_year(year)
            return desk

        def loaded(desk: Desk) -> None:
            self.w.reload(desk)
            self.w.ui.tabs.setCurrentWidget(self.w.ui.inboxTab)
            self.w.imported.emit(report)

        self._op = BackgroundOp(self.w, self.tr("Reading the submissions again…"), work,
                                on_done=loaded, on_error=self._import_failed)
        self._op.start()

    def refresh(self) -> None:
        lang = self.lang
        report = self._last_report
        service = self.w.service
        signers = {s.fingerprint: s for s in service.signers()}
        rows = []
        if report is not None:
            for o in report.outcomes:
                signer = signers.get(o.sender_fingerprint or "")
                rows.append(self._row(
                    o.file, None, o.result, o.org_name_kk if lang == "kk" else o.org_name_ru,
                    o.region, signer.organisation.kinds if signer else (), o.reporting_year,
                    o.version, o.reason, o.message(lang)))
            counts = {r: len(report.of(r)) for r in ImportResult}
            summary = " · ".join(f"{self._result_name(r)}: {n}" for r, n in counts.items())
            if report.cancelled:
                summary += " · " + self.tr("cancelled: the files not yet read were left")
        else:
            receipts = service.receipts()
            for rc in reversed(receipts):  # the whole history, newest first
                detail = reason_message(rc.reason, lang, rc.params) if rc.reason else ""
                signer = signers.get(rc.sender_fingerprint or "")
                org = signer.organisation if signer else None
                year, version = rc.params.get("year"), rc.params.get("version")
                rows.append(self._row(
                    rc.name, rc.received_at, rc.result,
                    (org.name_kk if lang == "kk" else org.name_ru) if org else "",
                    org.region if org else "", org.kinds if org else (),
                    year if isinstance(year, int) else None,
                    version if isinstance(version, int) else None, rc.reason, detail))
            summary = self.tr(
                "Files received so far: %1. Every file is kept unchanged in the workspace."
            ).replace("%1", str(len(rows)))
            waiting = {rc.sender_fingerprint for rc in receipts
                       if rc.result is ImportResult.QUARANTINED and rc.sender_fingerprint}
            if waiting:
                summary += " " + self.tr(
                    "Keys waiting for a phone check: %1 — their files are imported once the "
                    "key is approved in Signers.").replace("%1", str(len(waiting)))
        self.ui.inboxSummary.setText(summary)
        fill(self.ui.inboxTable, [
            self.tr("File"), self.tr("Received"), self.tr("Result"), self.tr("Reason"),
            self.tr("Organisation"), self.tr("Region"), self.tr("Kinds"), self.tr("Year"),
            self.tr("Version"),
        ], rows, stretch=COL_REASON)
        table = self.ui.inboxTable
        header = table.horizontalHeader()
        for col, most in CAPPED.items():
            width = min(header.sectionSize(col), most)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self._fit_rows()
        self._show_detail()

    def _row(self, name: str, received: object, result: ImportResult, org: str, region: str,
             kinds: Sequence[str], year: int | None, version: int | None,
             reason: ImportReason | None, message: str) -> list[QTableWidgetItem]:
        lang, annex = self.lang, self.annex
        fix = reason_fix(reason, lang) if reason is not None else ""
        tip = "\n".join(t for t in (message, fix, f"[{reason.value}]" if reason else "") if t)
        when = getattr(received, "strftime", None)
        return [
            item(Path(name).name, data=(name, message, fix, reason.value if reason else ""),
                 tip=name),
            item(when("%d.%m.%Y %H:%M") if when else "", sort=received),
            item(self._result_name(result), colour=RESULT_COLOURS[result],
                 tip=self._result_name(result)),
            item(message, tip=tip),
            item(org, tip=org),
            item(annex.region(region).name.get(lang) if region.startswith("KZ-") else region),
            item(kind_names := "; ".join(annex.kind(k).name.get(lang)
                                         if known_kind(annex, k) else k for k in kinds),
                 tip=kind_names),
            item(year if year is not None else "", number=year is not None),
            item(version if version is not None else "", number=version is not None),
        ]

    def _fit_rows(self) -> None:
        """Each row as tall as its reason wrapped in its column (the other columns keep one
        or two lines; their whole text is in the tooltip)."""
        table = self.ui.inboxTable
        width = max(table.columnWidth(COL_REASON) - 8, 40)
        metrics = QFontMetrics(table.font())
        base = table.verticalHeader().defaultSectionSize()
        flags = int(Qt.TextFlag.TextWordWrap)
        for r in range(table.rowCount()):
            cell = table.item(r, COL_REASON)
            text = cell.text() if cell is not None else ""
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height() + 8
            table.setRowHeight(r, max(base, needed))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.ui.inboxTable.rowCount():
            self._fit_rows()

    def _show_detail(self) -> None:
        """The selected file's whole reason and what to do about it, under the table."""
        table = self.ui.inboxTable
        rows = {i.row() for i in table.selectedItems()}
        first = table.item(min(rows), 0) if rows else None
        data = first.data(ROLE) if first is not None else None
        if not data:
            self.ui.inboxDetail.setText(self.tr(
                "Select a file to see its whole reason and what to do about it."))
            return
        name, message, fix, code = data
        lines = [name, message or self.tr("accepted")]
        if fix:
            lines.append(self.tr("What to do: %1").replace("%1", fix))
        if code:
            lines.append(self.tr("Reason code: %1").replace("%1", code))
        self.ui.inboxDetail.setText("\n".join(lines))

    def _result_name(self, result: ImportResult) -> str:
        return {
            ImportResult.ACCEPTED: self.tr("accepted"),
            ImportResult.SUPERSEDED: self.tr("accepted, replaces an older version"),
            ImportResult.DUPLICATE: self.tr("duplicate"),
            ImportResult.QUARANTINED: self.tr("waiting: unknown signer"),
            ImportResult.REJECTED: self.tr("rejected"),
        }[result]
