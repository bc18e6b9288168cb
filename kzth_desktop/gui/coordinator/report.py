"""The Report tab: make the assessment's PDF (rule 17) off the interface thread in a language
and an edition, preview its pages, save or print it.

The expert group's texts edited here are those of the report's language chosen in the tab
(not the interface's): switching the report's language switches the text edited. Before the
PDF is laid out, the gaps the report would print (texts missing in its language, placeholders,
risks not scored by experts, the blanks of the approval and the transmittal) are listed and
the user makes it anyway or goes back (issue 19)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox

from kzth_desktop.assessment.evidence import analysis_headings
from kzth_desktop.assessment.suppression import Edition
from kzth_desktop.gui.coordinator.analysis import AnalysisTab
from kzth_desktop.gui.coordinator.loop import ResultsExportDialog
from kzth_desktop.gui.coordinator.report_gaps import ReportGapsDialog
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.forms.ui_report_tab import Ui_ReportTab
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.assessment import (
    CONCLUSIONS,
    PROFILE_PARTS,
    RECOMMENDATIONS,
    PreparedReport,
    analysis_section,
    profile_section,
)
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.files import write_file
from kzth_desktop.services.results import ResultsService
from kzth_desktop.services.workspace import current_user


class ReportTab(CoordinatorTab):
    follows_period = True
    # the PDF made (bytes), or None: the user went back, cancelled, or it failed
    finished = Signal(object)

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
        # the (period, section, language) whose text the editor holds
        self._text_key: tuple[tuple[int, ...], str, str] | None = None
        self.ui.sectionCombo.currentIndexChanged.connect(lambda _i: self.show_text())
        self.ui.reportLangCombo.currentIndexChanged.connect(lambda _i: self.show_text())
        self.ui.saveTextButton.clicked.connect(lambda: self.save_text())
        self.ui.saveApprovalButton.clicked.connect(lambda: self.save_approval())
        self.ui.reportSplitter.setStretchFactor(1, 2)

    @property
    def years(self) -> tuple[int, ...] | None:
        return self.w.period

    def refresh(self) -> None:
        ui = self.ui
        self.save_text()  # what is typed, before the period or the language changes
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
            combo.blockSignals(True)
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)
        has_report = self._report is not None
        ui.saveReportButton.setEnabled(has_report)
        ui.printReportButton.setEnabled(has_report)
        ui.resultsButton.setEnabled(bool(self.years))
        self._fill_sections()
        self._text_key = None  # the period may have changed: read the text again
        self.show_text()
        self._fill_approval()

    # --- the expert group's texts in the report's language (issue 19) -------------------------
    @property
    def text_lang(self) -> str:
        """The language of the text edited: the report's, chosen in the tab."""
        return str(self.ui.reportLangCombo.currentData() or self.lang)

    def _language_name(self, lang: str) -> str:
        return self.tr("Kazakh") if lang == "kk" else self.tr("Russian")

    def _fill_sections(self) -> None:
        combo = self.ui.sectionCombo
        current = combo.currentData()
        lang = self.lang
        items = [(analysis_section(h.number), f"2.{h.number}. {h.display(lang)}")
                 for h in analysis_headings()]
        items += [(CONCLUSIONS, self.tr("4. Conclusions")),
                  (RECOMMENDATIONS, self.tr("5. Recommendations"))]
        for kind in self.annex.kinds:
            for part in PROFILE_PARTS:
                label = (self.tr("risk area") if part == "risk_area"
                         else self.tr("measures to minimise the risk"))
                items.append((profile_section(kind.id, part),
                              self.tr("Risk profile: %1 — %2")
                              .replace("%1", kind.name.get(lang)).replace("%2", label)))
        combo.blockSignals(True)
        combo.clear()
        for key, label in items:
            combo.addItem(label, key)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def show_text(self) -> None:
        """Loads the chosen section's text in the report's language (saving the one before)."""
        section = self.ui.sectionCombo.currentData()
        lang = self.text_lang
        if self.years and self._text_key == (self.years, section, lang):
            return
        self.save_text()
        ui = self.ui
        name = self._language_name(lang)
        other = "ru" if lang == "kk" else "kk"
        ui.textLangLabel.setText(self.tr(
            "<b>%1 text</b>: printed in the %1 report. Switch the report's language above "
            "to write the text in the other language.").replace("%1", name))
        ui.textEditor.setAccessibleDescription(name)
        editor = ui.textEditor
        editor.blockSignals(True)
        if not self.years or section is None:
            editor.clear()
            self._text_key = None
            ui.otherTextLabel.clear()
            editor.blockSignals(False)
            return
        service = self.w.assessment_service
        text = service.text(self.years, section, lang)
        editor.setHtml(text) if "<" in text else editor.setPlainText(text)
        editor.blockSignals(False)
        self._text_key = (self.years, section, lang)
        has_other = bool(service.text(self.years, section, other).strip())
        ui.otherTextLabel.setText(
            (self.tr("This section has a %1 text; without a text here the %2 report prints "
                     "it, marked as written in the other language.") if has_other
             else self.tr("This section has no %1 text either."))
            .replace("%1", self._language_name(other)).replace("%2", name))

    def save_text(self) -> bool:
        """Stores the editor's text as the section's text in the language it was loaded in."""
        key = self._text_key
        if key is None:
            return False
        years, section, lang = key
        editor = self.ui.textEditor
        text = editor.toHtml() if editor.toPlainText().strip() else ""
        service = self.w.assessment_service
        if text == service.text(years, section, lang):
            return False
        try:
            service.set_text(years, section, lang, text)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Report"), exc.message(self.lang))
            return False
        self.w.statusBar().showMessage(self.tr("The text is saved."), 3000)
        return True

    # --- the approval and the transmittal (issue 19, rule 18) ---------------------------------
    def _fill_approval(self) -> None:
        ui = self.ui
        edits = (ui.approvedByEdit, ui.approverPositionEdit, ui.approvalDateEdit,
                 ui.transmittalNumberEdit, ui.transmittalDateEdit, ui.signatoryEdit,
                 ui.signatoryPositionEdit)
        for e in edits:
            e.setEnabled(bool(self.years))
            e.setPlaceholderText("")
        ui.approvalDateEdit.setPlaceholderText("2026-03-15")
        ui.transmittalDateEdit.setPlaceholderText("2026-03-15")
        if not self.years:
            return
        service = self.w.assessment_service
        ap, tr = service.approval(self.years), service.transmittal(self.years)
        for edit, value in ((ui.approvedByEdit, ap.name), (ui.approverPositionEdit, ap.position),
                            (ui.approvalDateEdit, ap.date.isoformat() if ap.date else ""),
                            (ui.transmittalNumberEdit, tr.number),
                            (ui.transmittalDateEdit, tr.date.isoformat() if tr.date else ""),
                            (ui.signatoryEdit, tr.signatory),
                            (ui.signatoryPositionEdit, tr.position)):
            edit.setText(value)

    def save_approval(self) -> bool:
        if not self.years:
            return False
        ui, service = self.ui, self.w.assessment_service
        try:
            service.set_approval(self.years, ui.approvedByEdit.text(),
                                 ui.approverPositionEdit.text(), ui.approvalDateEdit.text())
            service.set_transmittal(self.years, ui.transmittalNumberEdit.text(),
                                    ui.transmittalDateEdit.text(), ui.signatoryEdit.text(),
                                    ui.signatoryPositionEdit.text())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Report"), exc.message(self.lang))
            return False
        self.w.statusBar().showMessage(self.tr("The approval and transmittal are saved."), 3000)
        return True

    def make_report(self) -> BackgroundOp | None:
        """Gathers the report's data off the interface thread, lists what it would miss (the
        user makes it anyway or goes back), then lays out the PDF and shows its pages, also
        off the interface thread; :attr:`finished` tells the outcome."""
        if not self.years or (self._op is not None and self._op.running):
            return None
        analysis = self.w.made(AnalysisTab)
        if analysis is not None:  # the text being typed is part of the report
            analysis.save_text()
        self.save_text()
        years = self.years
        lang = self.ui.reportLangCombo.currentData() or self.lang
        edition = self.ui.editionCombo.currentData()
        service = self.w.assessment_service
        self._making = (years, lang, edition)

        def work(progress: Progress) -> PreparedReport:
            progress.update(0, 3, self.tr("Gathering the data of the report…"))
            prepared = service.prepare_report(years, lang, edition)
            progress.check()
            return prepared

        self._op = self._start(work, self._prepared)
        return self._op

    def _start(self, work: Any, done: Any) -> BackgroundOp:
        op = BackgroundOp(self.w, self.tr("Making the report…"), work, on_done=done,
                          on_error=self._report_failed)
        op.done.connect(lambda result: self.finished.emit(None) if result is None else None)
        op.start()
        return op

    def _prepared(self, prepared: PreparedReport) -> None:
        if prepared.gaps:
            name = self._language_name(prepared.lang)
            intro = self.tr("The %1 report would print these as missing or provisional. "
                            "Make it anyway, or go back and fix them first.").replace("%1", name)
            if not ReportGapsDialog.ask(self, intro,
                                        [g.message(self.lang) for g in prepared.gaps]):
                self._making = None
                self.ui.reportStatus.setText(self.tr(
                    "The report was not made: fix what is missing, then make it again."))
                self.finished.emit(None)
                return
        service = self.w.assessment_service

        def work(progress: Progress) -> tuple[bytes, list[Any]]:
            from kzth_desktop.gui.printing import render_pages

            progress.update(1, 3, self.tr("Laying out the pages…"))
            data = service.render(prepared)
            progress.check()
            progress.update(2, 3, self.tr("Drawing the preview…"))
            pages = render_pages(data, 40)
            progress.update(3, 3)
            return data, pages

        self._op = self._start(work, self._report_made)

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
        self.finished.emit(data)

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
