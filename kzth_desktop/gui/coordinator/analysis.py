"""The Analysis tab: the nine headings of rule 14 with their evidence and the expert group's
texts (conclusions, recommendations, risk profiles), the sources cited and the population."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QTableWidgetItem

from kzth_desktop.assessment.evidence import (
    Analysis,
    CategoryEvidence,
    CountEvidence,
    ListEvidence,
    RateEvidence,
    TextEvidence,
    YesNoEvidence,
    analysis_headings,
)
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import ROLE, num, pct
from kzth_desktop.gui.forms.ui_analysis_tab import Ui_AnalysisTab
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.assessment import (
    CONCLUSIONS,
    PROFILE_PARTS,
    RECOMMENDATIONS,
    analysis_section,
    profile_section,
)
from kzth_desktop.services.errors import ServiceError

SOURCES_PAGE, POPULATION_PAGE = "sources", "population"
TEXT_SAVE_MS = 600


class AnalysisTab(CoordinatorTab):
    follows_period = True

    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_AnalysisTab()
        self.ui.setupUi(self)
        self._section: str | None = None
        self._evidence_for: str | None = None  # the section whose evidence is shown
        # the period's analysis with its years, until the next refresh; the one being made
        self._analysis: tuple[tuple[int, ...], Analysis] | None = None
        self._generation = 0  # counts the refreshes: an analysis made before one is dropped
        self._op: BackgroundOp | None = None
        # the period's risk profiles (which kinds, alone or together), listed off the
        # interface thread (issue 19: 0,2 s on a national campaign); None until listed
        self._profiles: tuple[tuple[int, ...], list[Any]] | None = None
        self._profiles_op: BackgroundOp | None = None
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_SAVE_MS)
        self._text_timer.timeout.connect(self.save_text)
        ui = self.ui
        ui.sectionsList.currentItemChanged.connect(lambda *_: self._section_chosen())
        window.ui.tabs.currentChanged.connect(lambda _: self._show_evidence())
        ui.sectionEditor.textChanged.connect(self._text_timer.start)
        ui.addSourceButton.clicked.connect(lambda: self.add_source())
        ui.removeSourceButton.clicked.connect(lambda: self.remove_source())
        ui.populationTable.itemChanged.connect(self._population_edited)
        ui.analysisSplitter.setSizes([330, 1000])
        ui.textSplitter.setSizes([430, 260])

    @property
    def years(self) -> tuple[int, ...] | None:
        return self.w.period

    def refresh(self) -> None:
        self._forget_analysis()
        self._fill_sections()

    def _forget_analysis(self) -> None:
        """The desk, the period or the population changed: the evidence is made again."""
        self._analysis = None
        self._profiles = None
        self._evidence_for = None
        self._generation += 1

    # --- the sections ------------------------------------------------------------------------
    def _sections(self) -> list[tuple[str, str]]:
        lang = self.lang
        out = [(analysis_section(h.number), f"{h.number}. {h.display(lang)}")
               for h in analysis_headings()]
        out.append((CONCLUSIONS, self.tr("Conclusions")))
        out.append((RECOMMENDATIONS, self.tr("Recommendations")))
        if self.years:
            for profile in self._period_profiles():
                name = " + ".join(n.get(lang) for n in profile.kind_names) or profile.kind
                for part in PROFILE_PARTS:
                    label = (self.tr("risk area") if part == "risk_area"
                             else self.tr("measures to minimise the risk"))
                    out.append((profile_section(profile.kind, part),
                                self.tr("Risk profile: %1 — %2").replace("%1", name)
                                .replace("%2", label)))
        out.append((SOURCES_PAGE, self.tr("Sources cited (rules 10, 15)")))
        out.append((POPULATION_PAGE, self.tr("Population (for rates per 100,000)")))
        return out

    def _period_profiles(self) -> list[Any]:
        """The profiles listed for the period, or none yet while they are being listed in
        the background (the list of sections is filled again when they are)."""
        years = self.years
        if self._profiles is not None and self._profiles[0] == years:
            return self._profiles[1]
        if years and (self._profiles_op is None or not self._profiles_op.running):
            service, generation = self.w.assessment_service, self._generation

            def work(progress: Progress) -> list[Any]:
                return list(service.profiles(years))

            def done(profiles: list[Any]) -> None:
                if generation == self._generation:
                    self._profiles = (years, profiles)
                    self._fill_sections(keep=True)

            self._profiles_op = BackgroundOp(self.w.ui.analysisTab, "", work, on_done=done,
                                             show_progress=False)
            self._profiles_op.start()
        return []

    def _fill_sections(self, keep: bool = False) -> None:
        """The list of sections; ``keep``: only more entries came (the profiles), the section
        shown stays as it is (its text is not read again over what is being typed)."""
        lst = self.ui.sectionsList
        current = self._section
        lst.blockSignals(True)
        lst.clear()
        for key, label in self._sections():
            entry = QListWidgetItem(label)
            entry.setData(ROLE, key)
            lst.addItem(entry)
        lst.blockSignals(False)
        for i in range(lst.count()):
            if lst.item(i).data(ROLE) == current:
                lst.blockSignals(keep)
                lst.setCurrentRow(i)
                lst.blockSignals(False)
                return
        if lst.count():
            lst.setCurrentRow(0)

    def _section_chosen(self) -> None:
        self.save_text()
        chosen = self.ui.sectionsList.currentItem()
        if chosen is None:
            return
        key = chosen.data(ROLE)
        self._section = key
        stack = self.ui.sectionStack
        if key == SOURCES_PAGE:
            stack.setCurrentWidget(self.ui.sourcesPage)
            self._fill_sources()
            return
        if key == POPULATION_PAGE:
            stack.setCurrentWidget(self.ui.populationPage)
            self._fill_population()
            return
        stack.setCurrentWidget(self.ui.textPage)
        self._evidence_for = None
        self._show_evidence()
        editor = self.ui.sectionEditor
        editor.blockSignals(True)
        text = self.w.assessment_service.text(self.years, key, self.lang) if self.years else ""
        editor.setHtml(text) if "<" in text else editor.setPlainText(text)
        editor.blockSignals(False)

    def _show_evidence(self) -> None:
        """The chosen section's evidence, made once the Analysis tab is seen: it aggregates
        every year of the period (about a second for a national campaign), off the interface
        thread (issue 19: it never waits for it), and kept for the desk and period it was
        made of."""
        key = self._section
        if (key is None or key == self._evidence_for or key in (SOURCES_PAGE, POPULATION_PAGE)
                or self.w.ui.tabs.currentWidget() is not self.w.ui.analysisTab):
            return
        years = self.years
        if not years or not key.startswith("analysis:"):
            self._show_html(key, None)
            return
        if self._analysis is not None and self._analysis[0] == years:
            self._show_html(key, self._analysis[1])
            return
        if self._op is not None and self._op.running:
            return  # its end shows the section chosen by then
        self.ui.evidenceBrowser.setHtml(
            "<p><i>" + html.escape(self.tr("Preparing the evidence…")) + "</i></p>")
        service, generation = self.w.assessment_service, self._generation

        def work(progress: Progress) -> Analysis:
            return service.analysis(years)

        def done(analysis: Analysis) -> None:
            if generation == self._generation:
                self._analysis = (years, analysis)
            self._evidence_for = None
            self._show_evidence()

        self._op = BackgroundOp(self.w.ui.analysisTab, self.tr("Preparing the evidence…"),
                                work, on_done=done, show_progress=False)
        self._op.start()

    def _show_html(self, key: str, analysis: Analysis | None) -> None:
        self.ui.evidenceBrowser.setHtml(self._evidence_html(key, analysis))
        self._evidence_for = key

    def _evidence_html(self, key: str, analysis: Analysis | None) -> str:
        if analysis is None or not key.startswith("analysis:"):
            return "<p>" + html.escape(self.tr(
                "The expert group's own text: no table of evidence belongs to this part."))\
                + "</p>"
        lang = self.lang
        number = int(key.split(":")[1])
        heading = analysis.heading(number)
        out = [f"<h3>{number}. {html.escape(heading.heading.display(lang))}</h3>"]
        for ev in heading.evidence:
            out.append(self._one_evidence(ev, lang))
        return "".join(out)

    def _one_evidence(self, ev: Any, lang: str) -> str:
        esc = html.escape
        if isinstance(ev, YesNoEvidence):
            said_yes = self.tr("Answered “yes”")
            rows = "".join(
                f"<tr><td>{esc(i.label.get(lang))}</td><td align=right>{i.yes}/{i.answered}"
                f"</td><td align=right>{pct(i.share)}</td></tr>" for i in ev.items)
            return (f"<p><b>{esc(said_yes)}</b></p>"
                    f"<table border=1 cellpadding=3>{rows}</table>")
        if isinstance(ev, CountEvidence | CategoryEvidence):
            years = "".join(f"<th>{y}</th>" for y in ev.years)
            body = "".join(
                f"<tr><td>{esc(name.get(lang))}</td>"
                + "".join(f"<td align=right>{num(v)}</td>" for v in cells) + "</tr>"
                for (_, name), cells in zip(ev.rows, ev.cells, strict=False))
            title = ev.label.get(lang)
            if isinstance(ev, CategoryEvidence):
                title += f" — {ev.dimension_label.get(lang)} ({ev.kind_name.get(lang)})"
            return (f"<p><b>{esc(title)}</b></p><table border=1 cellpadding=3>"
                    f"<tr><th></th>{years}</tr>{body}</table>")
        if isinstance(ev, RateEvidence):
            per = self.tr("per 100,000 population a year")
            body = "".join(
                f"<tr><td>{esc(r.name.get(lang))}</td><td align=right>{r.count}</td>"
                f"<td align=right>{num(r.rate)}</td></tr>" for r in ev.rows)
            return (f"<p><b>{esc(ev.label.get(lang))} — {esc(per)}</b></p>"
                    f"<table border=1 cellpadding=3>{body}</table>")
        if isinstance(ev, ListEvidence):
            items = "".join(f"<li>{esc(t)} ({n})</li>" for t, n in ev.items[:30])
            return f"<p><b>{esc(ev.label.get(lang))}</b></p><ul>{items}</ul>"
        if isinstance(ev, TextEvidence):
            parts = [f"<p><b>{esc(ev.label.get(lang))}</b></p>"]
            for region in ev.regions:
                items = "".join(f"<li>{esc(i.text)}</li>" for i in region.items[:10])
                parts.append(f"<p><i>{esc(region.name.get(lang))}</i></p><ul>{items}</ul>")
            return "".join(parts)
        return ""

    def save_text(self) -> None:
        self._text_timer.stop()
        key = self._section
        if (not self.years or key is None or key in (SOURCES_PAGE, POPULATION_PAGE)
                or self.ui.sectionStack.currentWidget() is not self.ui.textPage):
            return
        editor = self.ui.sectionEditor
        text = editor.toHtml() if editor.toPlainText().strip() else ""
        service = self.w.assessment_service
        if text == service.text(self.years, key, self.lang):
            return
        try:
            service.set_text(self.years, key, self.lang, text)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Analysis"), exc.message(self.lang))
            return
        self.w.statusBar().showMessage(self.tr("The text is saved."), 3000)

    # --- sources -----------------------------------------------------------------------------
    def _fill_sources(self) -> None:
        table = self.ui.sourcesTable
        entries = self.w.assessment_service.sources(self.years) if self.years else []
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Author or organisation"),
                                         self.tr("Year"), self.tr("Reference or address")])
        table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, text in enumerate([e.title, e.author, str(e.year or ""), e.reference]):
                cell = QTableWidgetItem(text)
                if col == 0:
                    cell.setData(ROLE, e.id)
                table.setItem(row, col, cell)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def add_source(self) -> bool:
        if not self.years:
            return False
        ui = self.ui
        try:
            self.w.assessment_service.add_source(
                self.years, ui.sourceTitleEdit.text(), ui.sourceAuthorEdit.text(),
                ui.sourceYearSpin.value(), ui.sourceRefEdit.text())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Sources cited"), exc.message(self.lang))
            return False
        for edit in (ui.sourceTitleEdit, ui.sourceAuthorEdit, ui.sourceRefEdit):
            edit.clear()
        self._fill_sources()
        return True

    def remove_source(self) -> bool:
        items = self.ui.sourcesTable.selectedItems()
        if not items or not self.years:
            return False
        source_id = self.ui.sourcesTable.item(items[0].row(), 0).data(ROLE)
        self.w.assessment_service.remove_source(self.years, source_id)
        self._fill_sources()
        return True

    # --- population --------------------------------------------------------------------------
    def _fill_population(self) -> None:
        table = self.ui.populationTable
        years = self.years or ()
        figures = self.w.assessment_service.population_table()
        table.blockSignals(True)
        table.setColumnCount(len(years))
        table.setHorizontalHeaderLabels([str(y) for y in years])
        table.setRowCount(len(self.annex.regions))
        table.setVerticalHeaderLabels([r.name.get(self.lang) for r in self.annex.regions])
        for row, region in enumerate(self.annex.regions):
            for col, year in enumerate(years):
                value = figures.get((region.code, year))
                cell = QTableWidgetItem("" if value is None else str(value))
                cell.setData(ROLE, (region.code, year))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, cell)
        table.blockSignals(False)

    def _population_edited(self, cell: QTableWidgetItem) -> None:
        where = cell.data(ROLE)
        if not where:
            return
        text = cell.text().replace(" ", "").replace("\u00a0", "")
        if text and not text.isdigit():
            QMessageBox.warning(self, self.tr("Population"),
                                self.tr("A population is a whole number."))
            self._fill_population()
            return
        try:
            self.w.assessment_service.set_population(where[0], where[1],
                                                     int(text) if text else None)
            self._forget_analysis()  # the rates per 100,000 change with it
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Population"), exc.message(self.lang))
