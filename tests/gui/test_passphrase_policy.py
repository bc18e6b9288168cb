"""The passphrase dialog explains why a new passphrase is refused, in the interface language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.passphrase import PassphraseDialog


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("ru", "12345678", "нужно не менее 12 символов"),
    ("kk", "12345678", "кемінде 12 таңба қажет"),
    ("ru", "qwerty123456", "есть в списке самых частых"),
    ("kk", "zzzzzzzzzzzzzz", "тым қарапайым"),
])
def test_a_weak_new_passphrase_is_refused_with_the_reason(qtbot, lang, typed, said):
    language = Language(QApplication.instance(), lang)
    try:
        dialog = PassphraseDialog(None, new=True)
        qtbot.addWidget(dialog)
        dialog.ui.passphraseEdit.setText(typed)
        dialog.ui.confirmEdit.setText(typed)
        dialog._accept()
        assert said in dialog.ui.problemLabel.text()
        assert dialog.result() == 0  # still open
        dialog.ui.passphraseEdit.setText("көктемгі-дала-2026")
        dialog.ui.confirmEdit.setText("көктемгі-дала-2026")
        dialog._accept()
        assert dialog.result() == 1
    finally:
        language.set("ru")


def test_an_existing_passphrase_is_not_judged(qtbot):
    dialog = PassphraseDialog(None)  # unlocking a key sealed long ago
    qtbot.addWidget(dialog)
    dialog.ui.passphraseEdit.setText("short")
    dialog._accept()
    assert dialog.result() == 1
