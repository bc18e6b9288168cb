"""Issue 19: a submission entered from paper (issue 18) has no key; in the Data tab it is
withdrawn by its number, refused for a return (no office program would receive a .kzret) with
what to do instead, and printed as "entered from paper (operators: …)", not with an empty
fingerprint."""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kzth_desktop.gui import printing as gui_printing
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.data import DataTab, WithdrawDialog
from kzth_desktop.gui.coordinator.loop import ReturnDialog
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services import OrgProfile, Workspace
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.paper import PaperService

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import sample_answers  # noqa: E402

YEAR = 2025
POLICE = ("Шымкент қ. ПД", "ДП г. Шымкент", "KZ-79", ("police",))


@pytest.fixture
def opened(qtbot, annex, tmp_path, monkeypatch):
    shown: list[tuple[str, str]] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, name=name, **k:
                            shown.append((name, text)) or QMessageBox.StandardButton.Ok)
    app = QApplication.instance()
    language = Language(app, "ru")
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), language)
    ws = Workspace.create(tmp_path / "coordinator", "coordinator",
                          OrgProfile("Үйлестіруші", "Координатор"), annex=annex)
    paper = PaperService(ws, annex)
    office = paper.register_office(*POLICE)
    answers = sample_answers(annex, POLICE[3])
    paper.enter(YEAR, office.id, answers, "Айгүл")
    paper.enter(YEAR, office.id, answers, "Бауыржан")
    window = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.ui.tabs.setCurrentWidget(window.ui.dataTab)
    tab = window.tab(DataTab)
    tab.ui.submissionsTable.selectRow(0)
    assert tab.selected_held() is not None and tab.selected_held().from_paper
    yield window, tab, shown, language
    language.set("ru")
    ws.close()


def test_a_paper_submission_is_withdrawn_from_the_data_tab(opened, monkeypatch) -> None:
    window, tab, shown, _ = opened
    monkeypatch.setattr(WithdrawDialog, "ask", classmethod(
        lambda cls, parent, title, label: "введено не с того бланка"))
    assert tab.withdraw_held() is True, shown
    assert shown == []  # no "key not found"
    (held,) = CoordinationService(window.ws, window.annex).submissions(
        YEAR, include_superseded=True)
    assert (held.status, held.withdrawn_reason) == ("withdrawn", "введено не с того бланка")
    assert window.service.submissions(YEAR) == []


def test_a_paper_submission_is_not_returned_and_the_message_says_why(opened, monkeypatch) -> None:
    window, tab, shown, language = opened
    asked: list[object] = []
    monkeypatch.setattr(ReturnDialog, "ask", classmethod(lambda cls, *a: asked.append(a)))
    assert tab.return_held(out=str(Path(window.ws.folder) / "x.kzret")) is None
    assert asked == []  # refused before any dialog, nothing signed or saved
    ((kind, text),) = shown
    assert kind == "information"
    assert "введены с бумажного бланка" in text and "«Бумажные бланки»" in text
    language.set("kk")
    QApplication.processEvents()
    tab.ui.submissionsTable.selectRow(0)
    tab.return_held()
    assert "қағаз бланктен енгізілген" in shown[-1][1]
    assert window.service.submissions(YEAR)[0].status == "current"  # unchanged


def test_the_printed_copy_says_entered_from_paper_with_its_operators(opened,
                                                                     monkeypatch) -> None:
    _, tab, shown, _ = opened
    printed: list[bytes] = []
    monkeypatch.setattr(gui_printing, "save_pdf",
                        lambda parent, data, name, title: printed.append(data) or Path(name))
    assert tab.print_held(save=True) is not None
    assert shown == []
    pdf = pdfium.PdfDocument(printed[0])
    first = " ".join(pdf[0].get_textpage().get_text_range().split())
    pdf.close()
    assert "введено с бумажного бланка (операторы: Айгүл, Бауыржан)" in first
    assert "Отпечаток ключа" not in first
