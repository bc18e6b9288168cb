"""The Report tab: make the assessment's PDF (rule 17) off the interface thread in a language
and an edition, preview its pages, save or print it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListWidgetItem, QMessageBox

from kzth_desktop.assessment.suppression import Edition
from kzth_desktop.gui.coordinator.analysis import AnalysisTab
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.forms.ui_report_tab import Ui_ReportTab
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.errors import ServiceError


class ReportTab(CoordinatorTab):
    follows_period = True

    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_ReportTab()
        self.ui.setupUi(self)
        self._report: bytes | None = None
        # (years, language, edition) of the report being made, then of the one shown
        self._making: tuple[tuple[int, ...], str, str] | None = None
        self._made_as: tuple[tuple[int, ...], str, str] | None = None
        self._op: BackgroundOp | None = None
        self.ui.generateButton.clicked.connect(lambda: self.make_report())
        self.ui.saveReportButton.clicked.connect(lambda: self.save_report())
        self.ui.printReportButton.clicked.connect(lambda: self.print_report())

    @property
    def years(self) -> tuple[int, ...] | None:
        return self.w.period

    def refresh(self) -> None:
        ui = self.ui
        for combo, items in (
            (ui.reportLangCombo, [("Қазақша", "kk"), ("Русский", "ru")]),
            (ui.editionCombo, [(self.tr("published (small counts hidden)"),
                                Edition.PUBLISHED.value),
                               (self.tr("restricted (exact figures)"),
                                Edition.RESTRICTED.value)]),
        ):
            current = combo.currentData()
            if current is None:  # first time: the interface language, the published edition
                current = self.lang if combo is ui.reportLangCombo else items[0][1]
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        has_report = self._report is not None
        ui.saveReportButton.setEnabled(has_report)
        ui.printReportButton.setEnabled(has_report)

    def make_report(self) -> BackgroundOp | None:
        """Builds the PDF off the interface thread, then shows its pages."""
        if not self.years:
            return None
        analysis = self.w.made(AnalysisTab)
        if analysis is not None:  # the text being typed is part of the report
            analysis.save_text()
        years = self.years
        lang = self.ui.reportLangCombo.currentData() or self.lang
        edition = self.ui.editionCombo.currentData()
        service = self.w.assessment_service
        self._making = (years, lang, edition)

        def work(progress: Progress) -> tuple[bytes, list[Any]]:
            from kzth_desktop.gui.printing import render_pages

            data = service.report(years, lang, edition)
            return data, render_pages(data, 40)

        self._op = BackgroundOp(self.w, self.tr("Making the report…"), work,
                                on_done=self._report_made, on_error=self._report_failed)
        self._op.start()
        return self._op

    def _report_failed(self, exc: BaseException) -> None:
        text = exc.message(self.lang) if isinstance(exc, ServiceError) else str(exc)
        QMessageBox.warning(self, self.tr("Report"), text)

    def _report_made(self, result: tuple[bytes, list[Any]]) -> None:
        data, pages = result
        self._report = data
        self._made_as, self._making = self._making, None
        lst = self.ui.previewList
        lst.clear()
        for n, image in enumerate(pages, start=1):
            lst.addItem(QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(n)))
        self.ui.reportStatus.setText(self.tr("%1 pages, %2 KB. Save it as PDF or print it.")
                                     .replace("%1", str(len(pages)))
                                     .replace("%2", str(len(data) // 1024)))
        self.ui.saveReportButton.setEnabled(True)
        self.ui.printReportButton.setEnabled(True)

    def report_name(self) -> str:
        """The file name offered for the report shown: its period, language and edition, e.g.
        ``kzth-assessment-2023-2025-ru-published.pdf`` (a restricted one says so)."""
        if self._made_as is not None:
            years, lang, edition = self._made_as
        else:
            years = self.years or (0,)
            lang = self.ui.reportLangCombo.currentData() or self.lang
            edition = self.ui.editionCombo.currentData() or Edition.PUBLISHED.value
        return f"kzth-assessment-{years[0]}-{years[-1]}-{lang}-{edition}.pdf"

    def save_report(self) -> Any:
        from kzth_desktop.gui.printing import save_pdf

        if self._report is None:
            return None
        return save_pdf(self, self._report, self.report_name(), self.tr("Save as PDF"))

    def print_report(self) -> bool:
        from kzth_desktop.gui.printing import print_pdf

        return self._report is not None and print_pdf(self, self._report, self.report_name())
