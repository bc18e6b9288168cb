"""Issue 15 in the coordinator's window: revoking a key asks what becomes of its submissions
(RevokeDialog: keep / withdraw / suspect, or cancel), and withdrawing a submission asks for its
reason (WithdrawDialog), refused without one; the real dialogs are answered by clicking them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.data import DataTab, WithdrawDialog
from kzth_desktop.gui.coordinator.signers import RevokeDialog, SignersTab
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.coordination import CoordinationService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from loop_world import YEAR, build  # noqa: E402


@pytest.fixture
def desk(qtbot, tmp_path, annex, monkeypatch):
    co, police = build(tmp_path, annex)
    app = QApplication.instance()
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), Language(app, "ru"))
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, name=name, **k:
                            shown.append((name, text)) or QMessageBox.StandardButton.Ok)
    window = CoordinatorWindow(ctx, co)
    qtbot.addWidget(window)
    yield window, CoordinationService(co, annex), shown
    co.close()
    police.close()


def answer_next_dialog(act) -> None:
    """Runs ``act(dialog)`` on the modal dialog about to open (the real one, clicked)."""
    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, later)
            return
        try:
            act(dialog)
        finally:  # a failed check must not leave the test waiting on an open dialog
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, later)


@pytest.mark.parametrize(("label", "fate"), [("Keep them", "keep"), ("Withdraw them", "withdraw"),
                                             ("Mark them suspect", "suspect")])
def test_revoke_dialog_returns_the_fate_clicked(qtbot, desk, label, fate):
    window, _service, _shown = desk

    def click(box: QMessageBox) -> None:
        assert box.text() == "what becomes of them?"
        next(b for b in box.buttons() if b.text() == label).click()

    answer_next_dialog(click)
    assert RevokeDialog.ask(window, "Revoke", "what becomes of them?",
                            ("Keep them", "Withdraw them", "Mark them suspect")) == fate


def test_revoke_dialog_cancelled_revokes_nothing(qtbot, desk):
    window, service, _shown = desk
    signers = window.tab(SignersTab)
    signers.ui.signersTable.selectRow(0)
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not signers.revoke_signer()
    assert [s.revoked_at for s in service.signers()] == [None]
    assert [h.status for h in service.submissions(YEAR)] == ["current"]


def test_revoking_with_withdraw_takes_the_submissions_out(qtbot, desk):
    window, service, _shown = desk
    signers = window.tab(SignersTab)
    signers.ui.signersTable.selectRow(0)

    def click(box: QMessageBox) -> None:
        assert "Что делать с ответами, которые он прислал?" in box.text()
        next(b for b in box.buttons() if b.text().startswith("Отозвать")).click()

    answer_next_dialog(click)
    assert signers.revoke_signer()
    assert service.signers()[0].revoked_at is not None
    held = service.submissions(YEAR, include_superseded=True)
    assert [(h.status, h.suspect) for h in held] == [("withdrawn", False)]
    assert service.submissions(YEAR) == []  # no longer counted
    assert signers.ui.signersTable.item(0, 5).text() != ""  # the table shows the revocation


def test_revoking_with_suspect_keeps_them_counted_and_marked(qtbot, desk):
    window, service, _shown = desk
    signers = window.tab(SignersTab)
    signers.ui.signersTable.selectRow(0)
    answer_next_dialog(lambda box: next(
        b for b in box.buttons() if b.text() == "Пометить как сомнительные").click())
    assert signers.revoke_signer()
    assert [(h.status, h.suspect) for h in service.submissions(YEAR)] == [("current", True)]
    data = window.tab(DataTab)
    assert "сомнительн" in data.ui.submissionsTable.item(0, 4).text()


def test_withdraw_dialog_gives_the_typed_reason(qtbot, desk):
    window, _service, _shown = desk

    def type_reason(dialog: QInputDialog) -> None:
        assert dialog.labelText() == "Why?"
        dialog.setTextValue("Подписано украденным ключом")
        dialog.accept()

    answer_next_dialog(type_reason)
    assert WithdrawDialog.ask(window, "Withdraw", "Why?") == "Подписано украденным ключом"
    answer_next_dialog(lambda dialog: dialog.reject())
    assert WithdrawDialog.ask(window, "Withdraw", "Why?") is None


def test_withdraw_needs_a_reason_then_takes_the_submission_out(qtbot, desk):
    window, service, shown = desk
    data = window.tab(DataTab)
    data.ui.submissionsTable.selectRow(0)
    answer_next_dialog(lambda dialog: (dialog.setTextValue("   "), dialog.accept()))
    assert not data.withdraw_held()  # an empty reason: refused with its reason, nothing changed
    assert shown[-1][0] == "warning" and "причин" in shown[-1][1]
    assert [h.status for h in service.submissions(YEAR)] == ["current"]

    def type_reason(dialog: QInputDialog) -> None:
        assert dialog.labelText().endswith("снова станет текущей. Причина:")
        dialog.setTextValue("Подписано украденным ключом")
        dialog.accept()

    answer_next_dialog(type_reason)
    assert data.withdraw_held()
    held = service.submissions(YEAR, include_superseded=True)
    assert [(h.status, h.withdrawn_reason) for h in held] == [
        ("withdrawn", "Подписано украденным ключом")]
    table = data.ui.submissionsTable
    assert table.item(0, 4).text() == "отозвана"
    # a withdrawn one cannot be withdrawn again: the window says to choose a current one
    table.selectRow(0)
    assert not data.withdraw_held(reason="ещё раз")
    assert shown[-1] == ("information", "Сначала выберите в таблице текущие ответы.")
