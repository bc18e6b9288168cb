"""The Inbox tab: import bundles (files, folders, drops on the window) and each file's result."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from kzth_desktop.exchange.reasons import ImportResult, reason_message
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import fill, item
from kzth_desktop.gui.forms.ui_inbox_tab import Ui_InboxTab
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.bundle_import import ImportOutcome, ImportReport
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.errors import ServiceError

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
        self._last_report = report
        self.w.reload()
        self.w.ui.tabs.setCurrentWidget(self.w.ui.inboxTab)
        self.w.imported.emit(report)

    def refresh(self) -> None:
        lang = self.lang
        report = self._last_report
        rows = []
        if report is not None:
            for o in report.outcomes:
                rows.append([
                    item(Path(o.file).name, data=o.file),
                    item(self._result_name(o.result), colour=RESULT_COLOURS[o.result]),
                    item(o.org_name_kk if lang == "kk" else o.org_name_ru),
                    item(o.region),
                    item(o.reporting_year or "", number=True),
                    item(o.version or "", number=True),
                    item(o.reason.value if o.reason else ""),
                    item(o.message(lang)),
                ])
            counts = {r: len(report.of(r)) for r in ImportResult}
            summary = " · ".join(f"{self._result_name(r)}: {n}" for r, n in counts.items())
            if report.cancelled:
                summary += " · " + self.tr("cancelled: the files not yet read were left")
            self.ui.inboxSummary.setText(summary)
        else:
            service = self.w.service
            orgs = {s.fingerprint: s.organisation for s in service.signers()}
            for rc in reversed(service.receipts()[-500:]):
                detail = reason_message(rc.reason, lang, rc.params) if rc.reason else ""
                org = orgs.get(rc.sender_fingerprint or "")
                rows.append([
                    item(Path(rc.name).name, data=rc.name),
                    item(self._result_name(rc.result), colour=RESULT_COLOURS[rc.result]),
                    item((org.name_kk if lang == "kk" else org.name_ru) if org else ""),
                    item(org.region if org else ""), item(""), item(""),
                    item(rc.reason.value if rc.reason else ""),
                    item(detail or rc.received_at.strftime("%d.%m.%Y %H:%M")),
                ])
            self.ui.inboxSummary.setText(self.tr(
                "Files received so far: %1. Every file is kept unchanged in the workspace.")
                .replace("%1", str(len(rows))))
        fill(self.ui.inboxTable, [
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
