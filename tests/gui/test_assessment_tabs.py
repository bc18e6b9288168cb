"""The coordinator's assessment tabs on a small demo campaign: the ranked register and an
expert's score, the analysis with its evidence and the expert group's text, the report made
off the interface thread and previewed page by page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

import kzth_desktop.gui.printing as gui_printing
from kzth_desktop.demo.campaign import build_demo
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.analysis import AnalysisTab
from kzth_desktop.gui.coordinator.report import ReportTab
from kzth_desktop.gui.coordinator.report_gaps import ReportGapsDialog
from kzth_desktop.gui.coordinator.risks import RisksTab
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.assessment import AssessmentService, analysis_section
from kzth_desktop.services.workspace import Workspace

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo")
    build_demo(out, years=[2023, 2024, 2025], regions=2)
    return out


def test_risks_analysis_report(qtbot, annex, demo, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    app = QApplication.instance()
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), Language(app, "ru"))
    ws = Workspace.open(demo / "coordinator", annex=annex)
    window = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.ui.tabs.setCurrentWidget(window.ui.risksTab)
    risks = window.made(RisksTab)
    assert risks is not None and window.made(AnalysisTab) is None  # made on first show
    ui = risks.ui

    # Risks: the 8 + 2 risks of block 1, shares from the answers, ranked once scored
    assert ui.periodCombo.currentText() == "2023–2025"
    table = ui.registerTable
    assert table.rowCount() == 10
    names = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert any(n.startswith("Пробелы в законодательстве") for n in names)
    assert all(table.item(r, 2).text().endswith("%") for r in range(table.rowCount()))
    row = names.index(next(n for n in names if n.startswith("Недостаточное финансирование")))
    table.selectRow(row)
    # every score refers to a registered person (issue 21); before, all ranked from the data
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        str(n) for n in range(1, 11)]
    AssessmentService(ws, annex).add_expert("Ахметова А.", "МВД РК", "member")
    ui.expertEdit.setText("Ахметова А.")
    ui.likelihoodSpin.setValue(4)
    ui.impactSpin.setValue(5)
    ui.scoreCommentEdit.setText("Бюджеттік қаржыландыру жеткіліксіз")
    assert risks.save_score()
    service = AssessmentService(ws, annex)
    stored = service.expert_scores((2023, 2024, 2025), "KZ")
    assert [(s.expert, s.likelihood, s.impact) for s in stored] == [("Ахметова А.", 4, 5)]
    ranked = next(r for r in range(table.rowCount())
                  if table.item(r, 1).text().startswith("Недостаточное финансирование"))
    assert table.item(ranked, 0).text() == "1"  # the only scored risk ranks first
    assert table.item(ranked, 7).text() == "5"  # impact = the experts' median
    heat = [ui.heatMapTable.item(r, c).text() for r in range(5) for c in range(5)]
    assert sum(1 for cell in heat if cell) == 1

    # Analysis: the nine headings of rule 14 with evidence; the group's text is kept
    window.ui.tabs.setCurrentWidget(window.ui.analysisTab)
    analysis = window.made(AnalysisTab)
    ui = analysis.ui
    assert ui.sectionsList.count() >= 11
    ui.sectionsList.setCurrentRow(0)  # the evidence is made off the interface thread
    qtbot.waitUntil(lambda: "<table" in ui.evidenceBrowser.toHtml(), timeout=30000)
    ui.sectionEditor.setPlainText("Негізгі тәуекел көзі — еңбек көші-қоны.")
    analysis.save_text()
    assert "еңбек көші-қоны" in service.text((2023, 2024, 2025), analysis_section(1), "ru")

    # Report: made off the interface thread, previewed page by page (its gaps accepted)
    asked: list[list[str]] = []
    monkeypatch.setattr(ReportGapsDialog, "ask",
                        classmethod(lambda cls, parent, intro, items: asked.append(items)
                                    or True))
    window.ui.tabs.setCurrentWidget(window.ui.reportTab)
    report = window.made(ReportTab)
    ui = report.ui
    with qtbot.waitSignal(report.finished, timeout=60000):
        report.make_report()
    assert asked and asked[0]
    assert ui.previewList.count() >= 5
    assert report._report is not None and report._report.startswith(b"%PDF")
    assert ui.saveReportButton.isEnabled()
    # the file name offered says the period, the language and the edition of the report
    saved: list[str] = []
    monkeypatch.setattr(gui_printing, "save_pdf",
                        lambda parent, data, name, caption="": saved.append(name))
    report.save_report()
    assert saved == ["kzth-assessment-2023-2025-ru-published.pdf"]
    ui.editionCombo.setCurrentIndex(ui.editionCombo.findData("restricted"))
    with qtbot.waitSignal(report.finished, timeout=60000):
        report.make_report()
    report.save_report()
    assert saved[-1] == "kzth-assessment-2023-2025-ru-restricted.pdf"
    ws.close()


def test_report_texts_follow_the_report_language_and_gaps_are_asked(qtbot, annex, demo,
                                                                    tmp_path, monkeypatch):
    """Issue 19: in the Russian interface, the Report tab edits the text of the report's
    language (Kazakh here), says so, and before making the report lists what it would miss;
    "go back" makes nothing."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    app = QApplication.instance()
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), Language(app, "ru"))
    ws = Workspace.open(demo / "coordinator", annex=annex)
    window = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.ui.tabs.setCurrentWidget(window.ui.reportTab)
    report = window.made(ReportTab)
    ui = report.ui
    years = window.period
    service = AssessmentService(ws, annex)
    service.set_text(years, "conclusions", "ru", "Вывод только на русском.")
    ui.reportLangCombo.setCurrentIndex(ui.reportLangCombo.findData("kk"))
    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData("conclusions"))
    assert report.text_lang == "kk"
    assert "казахском" in ui.textLangLabel.text()  # the text's language, shown plainly
    assert "русском" in ui.otherTextLabel.text()
    assert ui.textEditor.toPlainText() == ""
    ui.textEditor.setPlainText("Негізгі қорытынды: еңбек көші-қоны.")
    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData("recommendations"))
    assert "еңбек көші-қоны" in service.text(years, "conclusions", "kk")
    assert service.text(years, "conclusions", "ru") == "Вывод только на русском."
    # switching the report's language switches the text edited
    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData("conclusions"))
    ui.reportLangCombo.setCurrentIndex(ui.reportLangCombo.findData("ru"))
    assert ui.textEditor.toPlainText() == "Вывод только на русском."
    ui.reportLangCombo.setCurrentIndex(ui.reportLangCombo.findData("kk"))
    # the approval block's fields are stored for the period
    ui.approvedByEdit.setText("Сейтова Ә. Қ.")
    ui.approvalDateEdit.setText("2026-03-15")
    ui.transmittalNumberEdit.setText("12-04/77")
    assert report.save_approval()
    assert service.approval(years).name == "Сейтова Ә. Қ."
    assert service.transmittal(years).number == "12-04/77"

    # before making the report, the list of what it would miss; "go back" makes nothing
    asked: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(ReportGapsDialog, "ask",
                        classmethod(lambda cls, parent, intro, items: asked.append(
                            (intro, list(items))) and False))
    with qtbot.waitSignal(report.finished, timeout=60000) as blocker:
        report.make_report()
    assert blocker.args == [None]
    assert report._report is None and ui.previewList.count() == 0
    intro, items = asked[0]
    assert "казахском" in intro
    text = "\n".join(items)
    assert "Рекомендации" in text or "5." in text  # a section without any text
    assert "Последствия еще не оценены" in text  # a risk no expert has scored
    assert "не внесена дата — будет" in text  # the transmittal's date is blank
    assert "исходящий номер" not in text  # it was entered
    assert "Гриф утверждения: не внесено" not in text  # who approves was entered
    ws.close()
