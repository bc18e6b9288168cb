"""The respondent's Exchange menu: the coordinator's request in, the registration file and the
signed bundle out, and new keys when the old ones are lost."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.respondent_desk import RespondentDesk
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.bundle_export import BundleExport, ExchangeService
from kzth_desktop.services.errors import FileRefusedError, NotValidError, ServiceError
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.workspace import current_user


class ExchangeMenu(QObject):
    """What the respondent's window does with the coordinator (menu Exchange)."""

    exported = Signal(object)  # the bundle's Path once written, None if it was not

    def __init__(self, window: RespondentDesk) -> None:
        super().__init__(window)
        self.w = window
        self._op: BackgroundOp | None = None

    @property
    def exchange(self) -> ExchangeService:
        return ExchangeService(self.w.ws, self.w.annex)

    def import_request(self, path: str | None = None) -> bool:
        """Imports the coordinator's .kzreq: it sets the reporting year and the deadline."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.w, self.tr("The coordinator's request"), "",
                self.tr("Data request (*.kzreq);;All files (*)"))
            if not path:
                return False
        try:
            result = self.exchange.import_request_file(path)
        except FileRefusedError as exc:
            if exc.reason.value != "coordinator_changed":
                QMessageBox.warning(self.w, self.tr("The coordinator's request"),
                                    exc.message(self.w.lang))
                return False
            answer = QMessageBox.question(
                self.w, self.tr("The coordinator's request"),
                exc.message(self.w.lang) + "\n\n" + self.tr(
                    "Accept the new coordinator only after comparing the fingerprint with "
                    "them by phone. Accept it?"))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            result = self.exchange.import_request_file(path, accept_new_coordinator=True)
        except ServiceError as exc:
            QMessageBox.warning(self.w, self.tr("The coordinator's request"),
                                exc.message(self.w.lang))
            return False
        info = result.request
        self.w.load_years(select=info.reporting_year)
        self.w.statusBar().showMessage(
            self.tr("Request for %1 imported; the answers are due by %2.")
            .replace("%1", str(info.reporting_year))
            .replace("%2", info.deadline.strftime("%d.%m.%Y")))
        return True

    def export_registration(self, path: str | None = None) -> str | None:
        """Saves the .kzkey the coordinator registers; shows the fingerprint to read out."""
        passphrase = PassphraseDialog.ask(self.w, self.tr(
            "The registration file carries your public key; the passphrase unlocks it."))
        if passphrase is None:
            return None
        if path is None:
            profile = self.w.ws.profile()
            suggested = f"registration-{profile.region if profile else 'kz'}.kzkey"
            path, _ = QFileDialog.getSaveFileName(
                self.w, self.tr("Save the registration file"), suggested,
                self.tr("Registration (*.kzkey)"))
            if not path:
                return None
        try:
            self.exchange.export_registration(path, passphrase)
        except ServiceError as exc:
            QMessageBox.warning(self.w, self.tr("Registration"), exc.message(self.w.lang))
            return None
        fingerprint = KeyService(self.w.ws).key("signing").display
        QMessageBox.information(
            self.w, self.tr("Registration"),
            self.tr("Saved: %1\n\nSend it to the coordinator, then read them this fingerprint "
                    "over the phone so that they can confirm it:\n\n%2")
            .replace("%1", path).replace("%2", fingerprint))
        return fingerprint

    def export_bundle(self, out_dir: str | None = None) -> BackgroundOp | None:
        """Writes the signed, encrypted bundle of the year, refused while anything is missing;
        unlocking the key and sealing the bundle run off the interface thread, and
        :attr:`exported` says how it ended (the bundle's path, or None)."""
        if not self.w.flush() or self.w.year is None:  # unsaved edits: the banner says why
            return None
        # the window's validation, current after every autosave (the export checks again,
        # off the interface thread)
        report = self.w.report or self.w.service.validate(self.w.year)
        if not report.ok:
            self.w.refresh()
            self.w.ui.problemsDock.show()
            QMessageBox.warning(self.w, self.tr("Export"), self.tr(
                "The answers cannot leave the workspace yet: %1 problem(s) are listed in the "
                "Problems panel.").replace("%1", str(len(report.problems))))
            return None
        passphrase = PassphraseDialog.ask(self.w, self.tr(
            "The answers are signed with your key; the passphrase unlocks it."))
        if passphrase is None:
            return None
        if out_dir is None:
            out_dir = QFileDialog.getExistingDirectory(
                self.w, self.tr("Folder for the file to send (e.g. a USB stick)"))
            if not out_dir:
                return None
        exchange, year, user = self.exchange, self.w.year, current_user()

        def work(progress: Progress) -> BundleExport:
            return exchange.export_bundle(year, out_dir, passphrase, user=user)

        self._op = BackgroundOp(self.w, self.tr("Signing and encrypting the answers…"), work,
                                on_done=self._exported, on_error=self._export_failed,
                                cancellable=False)
        self._op.start()
        return self._op

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotValidError):
            QMessageBox.warning(self.w, self.tr("Export"), "\n".join(
                [exc.message(self.w.lang), *exc.details(self.w.lang)[:10]]))
        elif isinstance(exc, ServiceError):
            QMessageBox.warning(self.w, self.tr("Export"), exc.message(self.w.lang))
        else:
            QMessageBox.critical(self.w, self.tr("Export"), str(exc))
        self.exported.emit(None)

    def _exported(self, result: BundleExport) -> None:
        self.w.refresh()
        self.w.statusBar().showMessage(
            self.tr("Exported version %1: %2").replace("%1", str(result.version))
            .replace("%2", str(result.path)))
        QMessageBox.information(self.w, self.tr("Export"), self.tr(
            "Saved version %1 of the answers for %2:\n%3\n\nSend this file to the "
            "coordinator (USB stick or e-mail). Only the coordinator can open it.")
            .replace("%1", str(result.version)).replace("%2", str(result.year))
            .replace("%3", str(result.path)))
        self.exported.emit(result.path)

    def replace_keys(self) -> str | None:
        """New keys for a lost key or a forgotten passphrase; then register again."""
        if QMessageBox.question(self.w, self.tr("Replace the key"), self.tr(
                "New keys replace the old ones: files already sent stay valid, but the "
                "coordinator must register this workspace again before accepting new ones. "
                "Go on?")) != QMessageBox.StandardButton.Yes:
            return None
        passphrase = PassphraseDialog.ask(self.w, self.tr("A passphrase for the new keys:"),
                                          new=True)
        if passphrase is None:
            return None
        try:
            KeyService(self.w.ws).replace_keys(passphrase)
        except ServiceError as exc:
            QMessageBox.warning(self.w, self.tr("Replace the key"), exc.message(self.w.lang))
            return None
        fingerprint = KeyService(self.w.ws).key("signing").display
        QMessageBox.information(self.w, self.tr("Replace the key"), self.tr(
            "New key made. Save the registration file (menu Exchange) and send it to the "
            "coordinator; its fingerprint:\n\n%1").replace("%1", fingerprint))
        return fingerprint
