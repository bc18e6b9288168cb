"""The Report tab: make the assessment's PDF (rule 17) off the interface thread in a language
and an edition, preview its pages, save or print it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox

from kzth_desktop.assessment.suppression import Edition
from kzth_desktop.gui.coordinator.analysis import AnalysisTab
from kzth_desktop.gui.coordinator.loop import ResultsExportDialog
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.forms.ui_report_tab import Ui_ReportTab
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.files import write_file
from kzth_desktop.services.results import ResultsService
from kzth_desktop.services.workspace import current_user


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
        self.ui.resultsButton.clicked.connect(lambda: self.export_results())
        self._results_op: BackgroundOp | None = None

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
        ui.resultsButton.setEnabled(bool(self.years))

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

    # --- results to the subjects (rule 19) ------------------------------------------------------
    def export_results(self, out: str | None = None) -> BackgroundOp | None:
        """The signed results package of the period (.kzres): the published edition in both
        languages, the recommendations and each kind's risk profile, with the commission's
        meeting date and decision; made off the interface thread (two PDFs)."""
        years = self.years
        if not years or (self._results_op is not None and self._results_op.running):
            return None
        title = self.tr("Results for the subjects")
        analysis = self.w.made(AnalysisTab)
        if analysis is not None:  # the text being typed goes into the package
            analysis.save_text()
        asked = ResultsExportDialog.ask(self, self.tr(
            "The results of the assessment for %1–%2 are brought to the subjects (rule 19): "
            "the offices open the file with “Open a file from the coordinator”.")
            .replace("%1", str(years[0])).replace("%2", str(years[-1])))
        if asked is None:
            return None
        meeting, decision = asked
        passphrase = PassphraseDialog.ask(self, self.tr(
            "The results are signed with the coordinator's key; the passphrase unlocks it."))
        if passphrase is None:
            return None
        if out is None:
            out, _ = QFileDialog.getSaveFileName(
                self, title, f"kzth-results-{years[0]}-{years[-1]}.kzres",
                self.tr("Results of the assessment (*.kzres)"))
            if not out:
                return None
        target = Path(out)
        service = ResultsService(self.w.assessment_service)

        def work(progress: Progress) -> Path:
            progress.update(0, 2, self.tr("Making the published report in both languages…"))
            _id, data = service.export(years, passphrase, meeting_date=meeting,
                                       decision=decision, user=current_user())
            progress.check()
            progress.update(1, 2, str(target))
            write_file(target, data)
            progress.update(2, 2)
            return target

        def done(path: Path) -> None:
            self.w.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)))
            QMessageBox.information(self, title, self.tr(
                "Saved: %1\n\nSend this file to the offices; only the published edition is "
                "in it.").replace("%1", str(path)))

        def failed(exc: BaseException) -> None:
            text = exc.message(self.lang) if isinstance(exc, ServiceError) else str(exc)
            QMessageBox.warning(self, title, text)

        self._results_op = BackgroundOp(self.w, self.tr("Making the results package…"), work,
                                        on_done=done, on_error=failed)
        self._results_op.start()
        return self._results_op
