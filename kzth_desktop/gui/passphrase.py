"""Asking for the key passphrase (never stored; asked when a key is needed) and changing it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

from kzth_desktop.gui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.passphrases import MIN_PASSPHRASE, check_new_passphrase
from kzth_desktop.services.workspace import Workspace

MIN_LENGTH = MIN_PASSPHRASE  # the policy of services.passphrases


def interface_language() -> str:
    """The language the interface shows now (Language.set sets the default locale)."""
    return "kk" if QLocale().language() == QLocale.Language.Kazakh else "ru"


def passphrase_problem(text: str, lang: str | None = None) -> str | None:
    """Why the policy refuses ``text`` as a new passphrase (kk/ru), or None if it is good:
    at least 12 characters, not a common password, not a repeated character or a run along
    the keyboard (services.passphrases)."""
    try:
        check_new_passphrase(text)
    except ServiceError as exc:
        return exc.message(lang or interface_language())
    return None


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, new: bool = False,
                 message: str = "") -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.new = new
        if message:
            self.ui.messageLabel.setText(message)
        self.ui.confirmLabel.setVisible(new)
        self.ui.confirmEdit.setVisible(new)
        self.ui.showCheck.toggled.connect(self._show)
        self.ui.buttonBox.accepted.connect(self._accept)

    def passphrase(self) -> str:
        return self.ui.passphraseEdit.text()

    def _show(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        self.ui.passphraseEdit.setEchoMode(mode)
        self.ui.confirmEdit.setEchoMode(mode)

    def _accept(self) -> None:
        text = self.passphrase()
        problem = passphrase_problem(text) if self.new else None
        if problem is not None:
            self.ui.problemLabel.setText(problem)
            return
        if self.new and text != self.ui.confirmEdit.text():
            self.ui.problemLabel.setText(self.tr("The two passphrases differ."))
            return
        if not text:
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, message: str = "", *, new: bool = False) -> str | None:
        """The passphrase typed, or None if the user cancelled (tests patch this)."""
        dialog = cls(parent, new=new, message=message)
        return dialog.passphrase() if dialog.exec() else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)


def change_passphrase(parent: QWidget, ws: Workspace, lang: str) -> bool:
    """File → change the key passphrase (both roles)."""
    old = PassphraseDialog.ask(parent, QApplication.translate("PassphraseDialog", "Current passphrase:"))
    if old is None:
        return False
    new = PassphraseDialog.ask(
        parent, QApplication.translate("PassphraseDialog", "New passphrase:"), new=True)
    if new is None:
        return False
    try:
        KeyService(ws).change_passphrase(old, new)
    except ServiceError as exc:
        QMessageBox.warning(parent, QApplication.translate("PassphraseDialog", "Passphrase"),
                            exc.message(lang))
        return False
    QMessageBox.information(parent, QApplication.translate("PassphraseDialog", "Passphrase"),
                            QApplication.translate("PassphraseDialog", "The passphrase is changed."))
    return True
