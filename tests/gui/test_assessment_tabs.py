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

    # Report: made off the interface thread, previewed page by page
    window.ui.tabs.setCurrentWidget(window.ui.reportTab)
    report = window.made(ReportTab)
    ui = report.ui
    with qtbot.waitSignal(report.make_report().done, timeout=60000):
        pass
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
    with qtbot.waitSignal(report.make_report().done, timeout=60000):
        pass
    report.save_report()
    assert saved[-1] == "kzth-assessment-2023-2025-ru-restricted.pdf"
    ws.close()
