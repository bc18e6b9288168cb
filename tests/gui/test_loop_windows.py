"""Issue 17 in both windows: the coordinator returns a submission from the Data tab (its
quality findings proposed), the office opens the .kzret (a tampered copy refused with its
reason), sees the notes in the Problems panel and on their fields, answers one with a comment;
the coordinator's results package, made in the background, reaches the office's Results view.
"""

from __future__ import annotations

import io
import os
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from kzth_desktop.analysis.quality import Finding, FindingCode, QualityReport, Severity
from kzth_desktop.exchange import formats
from kzth_desktop.exchange.container import write_container
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.data import DataTab
from kzth_desktop.gui.coordinator.loop import ResultsExportDialog, ReturnDialog
from kzth_desktop.gui.coordinator.report import ReportTab
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.main_window import MainWindow
from kzth_desktop.gui.office_mail import CommentDialog, ResultsDialog
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.problems_panel import ROLE_CODE
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.loop import LoopService
from kzth_desktop.services.office_mail import OfficeMail

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from loop_world import PASS, POLICE, YEAR, build  # noqa: E402

SHOTS = Path(os.environ.get("KZTH_SCREENSHOTS", ""))  # set: the README's screenshots go there


def shot(widget: Any, name: str, ctx: AppContext) -> None:
    """With KZTH_SCREENSHOTS set, saves ``widget`` in Russian and in Kazakh (name-ru/kk.png)."""
    if str(SHOTS) in ("", "."):
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    for lang in ("ru", "kk"):
        ctx.language.set(lang)
        if isinstance(widget, ResultsDialog):  # filled in the language it is given
            widget.lang = lang
            widget.fill()
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"{name}-{lang}.png"))
    ctx.language.set("ru")
    if isinstance(widget, ResultsDialog):
        widget.lang = "ru"
        widget.fill()


@pytest.fixture
def world(tmp_path, annex, monkeypatch) -> dict[str, Any]:
    """A coordinator holding version 1 of the police's 2025 answers; the dialogs answered as
    a user would (message boxes recorded)."""
    co, police = build(tmp_path, annex)

    app = QApplication.instance()
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), Language(app, "ru"))
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, name=name, **k:
                            shown.append((name, text)) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: PASS))
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    yield {"co": co, "police": police, "ctx": ctx, "shown": shown, "opened": opened,
           "tmp": tmp_path, "annex": annex}
    co.close()
    police.close()


def finding(field_id: str, value: int) -> Finding:
    return Finding(
        id=f"year_jump:{YEAR}:KZ-79|дп г. шымкент:{field_id}", code=FindingCode.YEAR_JUMP,
        severity=Severity.WARNING, submission_id=f"KZ-79|дп г. шымкент@{YEAR}#1",
        org_key="KZ-79|дп г. шымкент", name_kk=POLICE.name_kk, name_ru=POLICE.name_ru,
        region="KZ-79", kinds=("police",), year=YEAR, block_id=field_id.split(".")[0],
        field_id=field_id, value=value, comparison=(("previous", 3), ("previous_year", 2024)))


def return_from_the_data_tab(qtbot, world, monkeypatch) -> Path:
    """The coordinator returns the police's answers, the proposed finding kept, a note added."""
    annex = world["annex"]
    monkeypatch.setattr(Desk, "quality", lambda self, years=None: QualityReport(
        tuple(years or ()), (finding("b2.q1.crimes", 30),), ()))
    window = CoordinatorWindow(world["ctx"], world["co"])
    qtbot.addWidget(window)
    data = window.tab(DataTab)
    table = data.ui.submissionsTable
    assert table.rowCount() == 1
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    review = headers.index("Решение")
    assert table.item(0, review).text() == "принято"
    table.selectRow(0)
    held = data.selected_held()
    proposed = data.proposed_notes(held)
    assert [f for f, _ in proposed] == ["b2.q1.crimes"]
    assert "30" in proposed[0][1]

    # the dialog itself: the finding ticked with its message, another field added with a note
    intro = "ДП г. Шымкент, 2025"
    dialog = ReturnDialog(annex, "ru", intro, proposed, window)
    qtbot.addWidget(dialog)
    assert dialog.notes() == proposed
    row = dialog.add_field("b2.q5.detained", "")
    dialog.ui.notesTable.item(row, 1).setText("Почему нет данных?")
    dialog.resize(900, 420)
    shot(dialog, "coordinator-return", world["ctx"])
    chosen = dialog.notes()
    assert chosen == [proposed[0], ("b2.q5.detained", "Почему нет данных?")]

    monkeypatch.setattr(ReturnDialog, "ask", classmethod(lambda cls, *a, **k: chosen))
    out = world["tmp"] / "police.kzret"
    table.selectRow(0)  # again: a language change (the screenshots) refills the table
    assert data.return_held(str(out)) == out and out.is_file()
    assert table.item(0, review).text() == "возвращено на доработку"
    decisions = LoopService(CoordinationService(world["co"], annex)).decisions(YEAR)
    assert [(d.review, [n["field"] for n in d.notes]) for d in decisions] == [
        ("returned", ["b2.q1.crimes", "b2.q5.detained"])]
    return out


def test_return_dialog_refuses_an_empty_note(qtbot, world):
    dialog = ReturnDialog(world["annex"], "ru", "", [("b2.q1.crimes", "")])
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() == 0  # not accepted
    assert world["shown"][-1] == ("warning", "Напишите замечание к b2.q1.crimes: организация "
                                             "должна знать, что проверить.")
    dialog.ui.notesTable.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.ui.buttonBox.accepted.emit()
    assert world["shown"][-1][1] == "Отметьте хотя бы одно поле и напишите замечание к нему."


def test_the_office_takes_a_return_refuses_a_tampered_one_and_comments(qtbot, world,
                                                                      monkeypatch):
    ret = return_from_the_data_tab(qtbot, world, monkeypatch)
    window = MainWindow(world["ctx"], world["police"])
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    assert window.ui.actionReceiveFile.shortcut().toString() == "Ctrl+Shift+O"
    shown = world["shown"]

    # tampered: a note edited and the container re-zipped properly; only the signature tells
    with zipfile.ZipFile(io.BytesIO(ret.read_bytes())) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["return.json"] = parts["return.json"].replace("Почему".encode(), "Зачем".encode())
    forged = world["tmp"] / "forged.kzret"
    forged.write_bytes(write_container([(n, parts[n]) for n, _ in
                                        formats.ENTRIES[formats.RETURN]]))
    assert window.mail.receive_file(str(forged)) is None
    assert shown[-1][0] == "warning" and "подпись не подтверждается" in shown[-1][1]
    assert window.service.returned_notes(YEAR) == []
    assert window.campaign().status == "exported"

    # the genuine one, dropped on the window: the year is editable again, the notes listed
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ret))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert window.acceptDrops()
    assert window.mail.eventFilter(window, drop)  # what the window's drop is handed to
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: len(window.service.returned_notes(YEAR)) == 2)
    assert "с замечаниями (2)" in shown[-1][1] and "версию 2" in shown[-1][1]
    assert window.campaign().status == "draft" and window.form("b2").isEnabled()
    assert "возвращено на доработку" in window.ui.statusValue.text()
    lst = window.ui.problemsList
    notes = [lst.item(i) for i in range(lst.count())
             if lst.item(i).data(ROLE_CODE) == "returned_by_coordinator"]
    texts = sorted(n.text() for n in notes)
    assert all("координатор вернул этот ответ на доработку: «" in t for t in texts)
    assert any(t.endswith("координатор вернул этот ответ на доработку: «Почему нет данных?»; "
                          "измените ответ или ответьте комментарием") for t in texts)
    assert any("30" in t for t in texts) and len(texts) == 2
    assert not window.ui.markReadyButton.isEnabled()
    marks = window.form("b2")._marks  # the messages shown on the fields
    assert "«Почему нет данных?»" in marks["b2.q5.detained"]
    assert "b2.q1.crimes" in marks
    window.show_block("b2")
    shot(window, "respondent-returned", world["ctx"])
    notes = [lst.item(i) for i in range(lst.count())  # a language change refills the list
             if lst.item(i).data(ROLE_CODE) == "returned_by_coordinator"]

    # the comment button follows the selection; a comment answers the note
    note_item = next(n for n in notes if "Почему" in n.text())
    lst.setCurrentItem(note_item)
    assert window.ui.commentButton.isEnabled()
    assert window.mail.selected_note_field() == "b2.q5.detained"
    monkeypatch.setattr(CommentDialog, "ask", classmethod(lambda cls, *a, **k: ""))
    assert not window.mail.comment_note()  # empty: refused with its reason
    assert shown[-1] == ("warning", "напишите текст комментария")
    monkeypatch.setattr(CommentDialog, "ask", classmethod(
        lambda cls, *a, **k: "Задержаний не было, сверено с ЕРДР"))
    assert window.mail.comment_note()
    left = [n.field_id for n in window.service.returned_notes(YEAR) if n.open]
    assert left == ["b2.q1.crimes"]
    commented = [n for n in window.service.returned_notes(YEAR) if n.field_id == "b2.q5.detained"]
    assert commented[0].comment == "Задержаний не было, сверено с ЕРДР"
    assert not any("Почему" in lst.item(i).text() for i in range(lst.count()))
    # the same file again: nothing changes
    assert window.mail.receive_file(str(ret)).already


def test_results_exported_in_the_background_reach_the_office(qtbot, world, monkeypatch):
    co_window = CoordinatorWindow(world["ctx"], world["co"])
    qtbot.addWidget(co_window)
    report = co_window.tab(ReportTab)
    assert co_window.period == (2023, 2024, 2025) and report.ui.resultsButton.isEnabled()
    dialog = ResultsExportDialog("intro")
    qtbot.addWidget(dialog)
    assert dialog.values() == (None, "")
    dialog.ui.meetingCheck.setChecked(True)
    assert dialog.ui.meetingDate.isEnabled()
    import datetime as dt

    monkeypatch.setattr(ResultsExportDialog, "ask", classmethod(
        lambda cls, *a, **k: (dt.date(2026, 5, 20), "Одобрить рекомендации")))
    out = world["tmp"] / "results.kzres"
    op = report.export_results(str(out))
    assert op is not None
    with qtbot.waitSignal(op.done, timeout=120_000):
        pass
    assert out.is_file() and world["shown"][-1][0] == "information"

    # tampered: one PDF replaced, re-zipped properly -> refused with its reason
    window = MainWindow(world["ctx"], world["police"])
    qtbot.addWidget(window)
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    pdf = next(n for n in parts if n.endswith(".pdf"))
    parts[pdf] = parts[pdf][:-20] + b"%%EOF tampered\n"
    forged = world["tmp"] / "forged.kzres"
    forged.write_bytes(write_container([(n, parts[n]) for n, _ in
                                        formats.ENTRIES[formats.RESULTS]]))
    assert window.mail.receive_file(str(forged)) is None
    assert world["shown"][-1][0] == "warning"
    assert OfficeMail(world["police"], world["annex"]).results() == []

    got = window.mail.receive_file(str(out))
    assert got is not None and got.kind == "results"
    view = window.mail.results_dialog
    assert view is not None and view.ui.resultsList.count() == 1
    assert "20.05.2026" in view.ui.headerLabel.text()
    assert "Одобрить рекомендации" in view.ui.headerLabel.text()
    text = view.ui.resultsText.toPlainText()
    assert text.startswith("Полиция") or "(ваш вид)" in text.split("\n")[0]
    assert "Рекомендации" in text
    view.ui.pdfLangCombo.setCurrentIndex(view.ui.pdfLangCombo.findData("kk"))
    saved = view.save_pdf(str(world["tmp"] / "results-kk.pdf"))
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")
    assert saved.read_bytes() == view.doc.pdfs["kk"]
    assert world["opened"] == [str(saved)]
    view.resize(1000, 640)
    shot(view, "respondent-results", world["ctx"])
