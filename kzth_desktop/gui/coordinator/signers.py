"""The Signers tab: the offices whose keys the coordinator trusts; add one from its
registration file (after checking the fingerprint by phone), revoke a lost key."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from kzth_desktop.exchange.formats import OrgInfo
from kzth_desktop.gui.coordinator.headers import fit_headers
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import ROLE, fill, item, known_kind
from kzth_desktop.gui.forms.ui_signers_tab import Ui_SignersTab
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.keys import KeyService


class RevokeDialog:
    """Asks what becomes of a revoked key's submissions: keep, withdraw or suspect (None:
    cancelled). Tests patch ask()."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str,
            labels: tuple[str, str, str]) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Cancel, parent)
        buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): fate
                   for label, fate in zip(labels, ("keep", "withdraw", "suspect"), strict=True)}
        box.exec()
        return buttons.get(box.clickedButton())  # type: ignore[call-overload]


class SignersTab(CoordinatorTab):
    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_SignersTab()
        self.ui.setupUi(self)
        self.ui.addSignerButton.clicked.connect(lambda: self.add_signer())
        self.ui.revokeSignerButton.clicked.connect(lambda: self.revoke_signer())
        # the rows take the height of their wrapped names again when a column's width changes
        # (the stretched one, as the window is laid out or resized), once things settle
        self._rows_fit = QTimer(self, singleShot=True, interval=0)
        self._rows_fit.timeout.connect(self.ui.signersTable.resizeRowsToContents)
        self.ui.signersTable.horizontalHeader().sectionResized.connect(
            lambda *_: self._rows_fit.start())

    def refresh(self) -> None:
        rows = []
        for s in self.w.service.signers():
            org = s.organisation
            kinds = self.kind_names(org.kinds)
            rows.append([
                item(self.org_name(org), data=s.fingerprint, tip=self.org_name(org)),
                item(self.region_name(org.region), tip=org.region),
                item(kinds, tip=kinds),
                item(s.display),
                item(org.contact_person),
                item(org.phone),
                item(s.approved_at.strftime("%d.%m.%Y"), sort=s.approved_at.isoformat()),
                item(s.revoked_at.strftime("%d.%m.%Y") if s.revoked_at else "",
                     colour="#ffcdd2" if s.revoked_at else None,
                     sort=s.revoked_at.isoformat() if s.revoked_at else ""),
            ])
        table = self.ui.signersTable
        headers = [
            self.tr("Organisation"), self.tr("Region"), self.tr("Kinds"), self.tr("Fingerprint"),
            self.tr("Contact person"), self.tr("Phone"), self.tr("Approved"), self.tr("Revoked"),
        ]
        fill(table, headers, rows, stretch=2)
        header = table.horizontalHeader()
        for col in (0, 1, 4, 6, 7):  # long names wrapped, whole in the tooltip
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        fit_headers(table, headers, (250, 110, 0, 0, 110, 0, 80, 90))
        table.resizeRowsToContents()
        keys = KeyService(self.w.ws)
        self.ui.ownFingerprint.setText(
            self.tr("This coordinator's key: %1").replace("%1", keys.key("signing").display)
            if keys.has_keys() else "")

    def org_name(self, org: OrgInfo) -> str:
        return org.name_kk if self.lang == "kk" else org.name_ru

    def region_name(self, code: str) -> str:
        known = {r.code: r for r in self.annex.regions}
        return known[code].name.get(self.lang) if code in known else code

    def kind_names(self, kinds: Sequence[str]) -> str:
        """The kinds of subject by name ("Акимат области"), not by id ("akimat")."""
        return "; ".join(self.annex.kind(k).name.get(self.lang) if known_kind(self.annex, k)
                         else k for k in kinds)

    def add_signer(self, path: str | None = None, *, confirm: bool = True) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Registration file"), "",
                self.tr("Registration (*.kzkey);;All files (*)"))
            if not path:
                return False
        lang = self.lang
        service = self.w.service
        try:
            data = Path(path).read_bytes()
            preview = service.preview_registration(data, name=path)
        except (OSError, ServiceError) as exc:
            text = exc.message(lang) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, self.tr("Registration file"), text)
            return False
        org = preview.organisation
        text = self.tr(
            "%1 (%2; %3) asks to be registered.\n\nFingerprint of its key:\n\n%4\n\n"
            "Call the office and have them read their fingerprint to you. Approve only if "
            "it matches.")
        text = (text.replace("%1", self.org_name(org))
                .replace("%2", self.region_name(org.region))
                .replace("%3", self.kind_names(org.kinds)).replace("%4", preview.display))
        if org.phone:
            text += "\n\n" + self.tr(
                "Call to compare the fingerprint: %1 (%2). Use the number you know for this "
                "office if it differs from the one in the file.").replace(
                    "%1", org.phone).replace("%2", org.contact_person or "—")
        else:
            text += "\n\n" + self.tr(
                "The registration gives no phone number: call the office at the number you "
                "know for it to compare the fingerprint.")
        if org.email:
            text += "\n" + self.tr("E-mail: %1").replace("%1", org.email)
        for alike in preview.looks_like:
            text += "\n\n" + self.tr(
                "This name looks like the registered %1 (%2) and differs only by look-alike "
                "letters: the key is registered as the same office, its history continues.") \
                .replace("%1", alike.organisation.name_kk if lang == "kk"
                         else alike.organisation.name_ru).replace("%2", alike.display)
        if preview.same_organisation:
            text += "\n\n" + self.tr(
                "This organisation already has %1 registered key(s): the new one is added "
                "beside them (revoke a lost key in the table).").replace(
                    "%1", str(len(preview.same_organisation)))
        if confirm and QMessageBox.question(self, self.tr("Registration file"), text) \
                != QMessageBox.StandardButton.Yes:
            return False
        try:
            added = service.add_signer(data)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Registration file"), exc.message(lang))
            return False
        self.w.statusBar().showMessage(self.tr("Registered: %1").replace(
            "%1", org.name_kk if lang == "kk" else org.name_ru))
        if added.still_quarantined:
            passphrase = PassphraseDialog.ask(self, self.tr(
                "%1 bundle(s) of this office wait in quarantine. Enter the passphrase to "
                "import them now.").replace("%1", str(added.still_quarantined)))
            if passphrase:
                try:
                    service.release_quarantined(passphrase)
                except ServiceError as exc:
                    QMessageBox.warning(self, self.tr("Registration file"), exc.message(lang))
        self.w.reload()
        return True

    def revoke_signer(self, fingerprint: str | None = None, *, confirm: bool = True,
                      fate: str | None = None) -> bool:
        """Revokes the chosen key after asking what becomes of its submissions (``fate``
        given: not asked; not confirmed: suspect, which loses and hides nothing)."""
        if fingerprint is None:
            items = self.ui.signersTable.selectedItems()
            if not items:
                return False
            fingerprint = self.ui.signersTable.item(items[0].row(), 0).data(ROLE)
        if fate is None and confirm:
            try:
                signer = self.w.service.find_signer(fingerprint)
            except ServiceError as exc:
                QMessageBox.warning(self, self.tr("Revoke"), exc.message(self.lang))
                return False
            org = signer.organisation
            chosen = RevokeDialog.ask(self, self.tr("Revoke"), self.tr(
                "Revoke the key of %1 (%2), fingerprint %3?\n\nBundles signed with this key "
                "will be refused from now on. What becomes of the submissions it sent?")
                .replace("%1", self.org_name(org)).replace("%2", self.region_name(org.region))
                .replace("%3", signer.display), (
                self.tr("Keep them (the key was lost)"),
                self.tr("Withdraw them (the key was misused)"),
                self.tr("Mark them suspect")))
            if chosen is None:
                return False
            fate = chosen
        try:
            self.w.service.revoke_signer(fingerprint, fate or "suspect")
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Revoke"), exc.message(self.lang))
            return False
        self.w.reload()
        return True
