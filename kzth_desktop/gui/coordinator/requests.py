"""The Requests tab: the data requests issued (rule 9) and a new one, signed and saved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import fill, item
from kzth_desktop.gui.forms.ui_requests_tab import Ui_RequestsTab
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.services.errors import ServiceError


class RequestsTab(CoordinatorTab):
    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_RequestsTab()
        self.ui.setupUi(self)
        self.ui.createRequestButton.clicked.connect(lambda: self.create_request())
        today = dt.date.today()
        self.ui.requestYear.setValue(today.year - 1)
        self.ui.requestDeadline.setDate(QDate(today.year, today.month, today.day).addMonths(1))

    def refresh(self) -> None:
        rows = [[
            item(r.reporting_year, number=True),
            item(r.issued_on.strftime("%d.%m.%Y")),
            item(r.deadline.strftime("%d.%m.%Y")),
            item(r.request_id),
        ] for r in self.w.service.requests()]
        fill(self.ui.requestsTable, [self.tr("Year"), self.tr("Issued"), self.tr("Deadline"),
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
            issued = self.w.service.create_request(year, passphrase, deadline=deadline)
            Path(path).write_bytes(issued.data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Request"), exc.message(self.lang))
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Request"), str(exc))
            return False
        self.w.statusBar().showMessage(self.tr("Request for %1 saved: %2")
                                       .replace("%1", str(year)).replace("%2", path))
        self.w.reload()
        return True
