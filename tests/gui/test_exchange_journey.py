"""The journey of issue 5 in the GUI: the coordinator and a respondent, each in a window.

Coordinator issues a request; the respondent imports it, registers, fills, exports; the
coordinator approves the signer and imports the bundle (accepted); a second export supersedes
the first; a tampered copy is rejected with its reason.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.completeness import CompletenessTab
from kzth_desktop.gui.coordinator.inbox import InboxTab
from kzth_desktop.gui.coordinator.requests import RequestsTab
from kzth_desktop.gui.coordinator.signers import SignersTab
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.main_window import MainWindow
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import OrgProfile, Workspace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import no_data_answers  # noqa: E402

PASS = "көктемгі-дала-2026"
AKIMAT = OrgProfile("Абай облысының әкімдігі", "Акимат области Абай", "KZ-10", ("akimat",),
                    "Серікова А.", "+7 722 000 00 00", "abai@example.kz")
MINISTRY = OrgProfile("ІІМ сараптама тобы", "Экспертная группа МВД", "", (), "", "", "")


@pytest.fixture
def ctx(tmp_path, annex, monkeypatch):
    app = QApplication.instance()
    language = Language(app, "ru")
    context = AppContext(app, annex, Settings(tmp_path / "settings.ini"), language)
    # dialogs answered as a user would
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: PASS))
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    return context


def table_rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_request_register_fill_export_import_supersede_reject(qtbot, ctx, annex, tmp_path):
    coord_ws = Workspace.create(tmp_path / "coordinator", "coordinator", MINISTRY, annex=annex,
                                passphrase=PASS)
    resp_ws = Workspace.create(tmp_path / "akimat", "respondent", AKIMAT, annex=annex,
                               passphrase=PASS)
    coordinator = CoordinatorWindow(ctx, coord_ws)
    respondent = MainWindow(ctx, resp_ws)
    for w in (coordinator, respondent):
        qtbot.addWidget(w)
        w.show()

    # 1. the coordinator issues the request for 2025, due in a month
    due = QDate.currentDate().addMonths(1)
    coordinator.ui.tabs.setCurrentWidget(coordinator.ui.requestsTab)
    requests = coordinator.made(RequestsTab)  # made when its tab is shown
    assert requests is not None
    requests.ui.requestYear.setValue(2025)
    requests.ui.requestDeadline.setDate(due)
    request = tmp_path / "request-2025.kzreq"
    assert requests.create_request(str(request))
    assert request.is_file()
    year, _issued, deadline, _id = table_rows(requests.ui.requestsTable)[0]
    assert (year, deadline) == ("2025", due.toString("dd.MM.yyyy"))

    # 2. the respondent imports it: the year and its deadline appear
    assert respondent.exchange_menu.import_request(str(request))
    assert respondent.year == 2025
    assert due.toString("dd.MM.yyyy") in respondent.ui.statusValue.text()

    # 3. registers: the .kzkey and the fingerprint to read out
    kzkey = tmp_path / "abai.kzkey"
    fingerprint = respondent.exchange_menu.export_registration(str(kzkey))
    assert kzkey.is_file() and len(fingerprint.split()) >= 8

    # 4. fills (every field; one typed in the form) and exports
    service = RespondentService(resp_ws, annex)
    answers = no_data_answers(annex, ["akimat"])
    answers.pop("b14.q1.meetings")
    service.import_answers({"reporting_year": 2025, "answers": answers})
    respondent.refresh()
    respondent.show_block("b14")
    qtbot.keyClicks(respondent.form("b14").field_widget("b14.q1.meetings").editor.edit, "6")
    outbox = tmp_path / "usb"
    outbox.mkdir()
    with qtbot.waitSignal(respondent.exchange_menu.exported, timeout=20000) as got:
        assert respondent.exchange_menu.export_bundle(str(outbox)) is not None
    first = got.args[0]  # sealed off the interface thread
    assert first is not None and first.suffix == ".kzth"
    assert service.campaign(2025).status == "exported" and service.campaign(2025).version == 1
    assert not respondent.form("b14").isEnabled()  # locked after export
    assert "выгружено" in respondent.ui.statusValue.text()  # and when it was exported

    # 5. the coordinator approves the signer after "the phone call", then imports the bundle
    signers_tab = coordinator.tab(SignersTab)
    assert signers_tab.add_signer(str(kzkey))
    signers = table_rows(signers_tab.ui.signersTable)
    assert signers[0][0] == "Акимат области Абай" and signers[0][3] == fingerprint
    inbox_tab = coordinator.tab(InboxTab)
    with qtbot.waitSignal(coordinator.imported, timeout=20000) as got:
        inbox_tab.import_paths([str(outbox)], PASS)
    assert [o.result.value for o in got.args[0].outcomes] == ["accepted"]
    inbox = table_rows(inbox_tab.ui.inboxTable)
    assert inbox[0][2] == "принят" and inbox[0][4] == "Акимат области Абай"
    held = coordinator.service.submissions(2025)
    assert held[0].answers["b14.q1.meetings"] == 6

    # 6. a second export (after a correction) supersedes the first
    respondent.reopen()
    editor = respondent.form("b14").field_widget("b14.q1.meetings").editor
    editor.edit.clear()
    qtbot.keyClicks(editor.edit, "8")
    with qtbot.waitSignal(respondent.exchange_menu.exported, timeout=20000) as got:
        respondent.exchange_menu.export_bundle(str(outbox))
    second = got.args[0]
    assert second is not None and second != first
    with qtbot.waitSignal(coordinator.imported, timeout=20000) as got:
        inbox_tab.import_paths([str(second)], PASS)
    assert [o.result.value for o in got.args[0].outcomes] == ["superseded"]
    assert coordinator.service.submissions(2025)[0].answers["b14.q1.meetings"] == 8
    assert coordinator.service.submissions(2025)[0].version == 2

    # 7. a tampered copy is rejected with its reason, and the file is kept
    data = bytearray(second.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.kzth"
    tampered.write_bytes(bytes(data))
    with qtbot.waitSignal(coordinator.imported, timeout=20000) as got:
        inbox_tab.import_paths([str(tampered)], PASS)
    outcome = got.args[0].outcomes[0]
    assert outcome.result.value == "rejected" and outcome.reason is not None
    row = table_rows(inbox_tab.ui.inboxTable)[0]
    assert row[2] == "отклонен" and row[3] == outcome.message("ru")
    assert f"[{outcome.reason.value}]" in inbox_tab.ui.inboxTable.item(0, 3).toolTip()
    assert any(r.name.endswith("tampered.kzth") for r in coordinator.service.receipts())

    # the desk sees the submission: completeness cell for Abai × akimat is filled
    coordinator.ui.yearCombo.setCurrentIndex(coordinator.ui.yearCombo.findData(2025))
    matrix = coordinator.tab(CompletenessTab).ui.completenessTable
    regions = [matrix.verticalHeaderItem(r).text() for r in range(matrix.rowCount())]
    kinds = [matrix.horizontalHeaderItem(c).toolTip() for c in range(matrix.columnCount())]
    cell = matrix.item(regions.index("Абайская область"),
                       kinds.index(annex.kind("akimat").name.ru))
    assert cell.data(Qt.ItemDataRole.UserRole) == "on_time"
    assert cell.text().startswith("в срок")
    coord_ws.close()
    resp_ws.close()
