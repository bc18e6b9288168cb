"""The coordinator records a decision on a quality finding; the value itself is untouched."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kzth_desktop.analysis.quality import Finding, FindingCode, QualityReport, Severity
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.quality import QualityTab
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.dialogs import ReviewDialog
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.reviews import ReviewService, ReviewStatus
from kzth_desktop.services.workspace import OrgProfile, Workspace

PASS = "көктемгі-дала-2026"
FINDING = Finding(
    id="year_jump:2025:KZ-10|akimat:b14.q1.meetings", code=FindingCode.YEAR_JUMP,
    severity=Severity.WARNING, submission_id="s1", org_key="KZ-10|akimat",
    name_kk="Абай облысының әкімдігі", name_ru="Акимат области Абай", region="KZ-10",
    kinds=("akimat",), year=2025, block_id="b14", field_id="b14.q1.meetings", value=30,
    comparison=(("previous", 3), ("previous_year", 2024)),
)


def test_a_finding_gets_a_decision_and_a_comment(qtbot, annex, tmp_path, monkeypatch):
    app = QApplication.instance()
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), Language(app, "ru"))
    ws = Workspace.create(tmp_path / "c", "coordinator", OrgProfile("Топ", "Группа"),
                          annex=annex, passphrase=PASS)
    CoordinationService(ws, annex).create_request(2025, PASS)
    monkeypatch.setattr(Desk, "quality", lambda self, years=None: QualityReport(
        tuple(years or ()), (FINDING,), ()))
    window = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(window)
    quality = window.tab(QualityTab)
    table = quality.ui.qualityTable
    assert table.rowCount() == 1
    assert table.item(0, 4).text().endswith("значение 30, а в 2024 году было 3")
    assert table.item(0, 5).text() == "не рассмотрено"

    monkeypatch.setattr(ReviewDialog, "ask", classmethod(
        lambda cls, parent, text, status, comment, names: (
            "plausible", "Проверено по протоколам комиссии")))
    assert quality.review_finding(0)
    review = ReviewService(ws).review(FINDING.id)
    assert review.status is ReviewStatus.PLAUSIBLE
    assert review.comment == "Проверено по протоколам комиссии"
    assert table.item(0, 5).text() == "проверено: значение верно: Проверено по протоколам комиссии"
    assert "рассмотрено: 1" in quality.ui.qualitySummary.text()
    ws.close()


def test_the_coordinator_prints_a_blank_copy_for_any_kind(qtbot, annex, tmp_path, monkeypatch):
    import pypdfium2

    import kzth_desktop.gui.printing as gui_printing

    app = QApplication.instance()
    ctx = AppContext(app, annex, Settings(tmp_path / "s.ini"), Language(app, "ru"))
    ws = Workspace.create(tmp_path / "c", "coordinator", OrgProfile("Топ", "Группа"),
                          annex=annex)
    window = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(window)
    saved: list[bytes] = []
    monkeypatch.setattr(gui_printing, "save_pdf",
                        lambda parent, data, name, caption="": saved.append(data))
    data = window.blank_copy(save=True, kind="border_service", lang="kk")
    assert saved == [data]
    pdf = pypdfium2.PdfDocument(data)
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert "Шекара қызметі" in text and "Жалпы сұрақтар" in text
    ws.close()
