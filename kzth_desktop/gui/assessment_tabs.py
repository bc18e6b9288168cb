"""The coordinator's assessment tabs: Risks (register, scores per expert, heat map), Analysis
(the nine headings with their evidence and the expert group's texts, sources, population) and
Report (make, preview, save, print the PDF of rule 17)."""

from __future__ import annotations

import html
import json
import textwrap
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
)

from kzth_desktop.assessment.evidence import (
    CategoryEvidence,
    CountEvidence,
    ListEvidence,
    RateEvidence,
    TextEvidence,
    YesNoEvidence,
    analysis_headings,
)
from kzth_desktop.assessment.method import Method
from kzth_desktop.assessment.ranking import Flag, RiskScore
from kzth_desktop.assessment.suppression import Edition
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.assessment import (
    CONCLUSIONS,
    PROFILE_PARTS,
    RECOMMENDATIONS,
    AssessmentService,
    analysis_section,
    profile_section,
)
from kzth_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from kzth_desktop.gui.coordinator_window import CoordinatorWindow

ROLE = Qt.ItemDataRole.UserRole
LEVEL_COLOURS = {
    "low": "#c8e6c9", "medium_low": "#e6ee9c", "medium": "#fff59d",
    "medium_high": "#ffcc80", "high": "#ef9a9a",
}
SOURCES_PAGE, POPULATION_PAGE = "sources", "population"
TEXT_SAVE_MS = 600


def _pct(value: Fraction | None) -> str:
    return "—" if value is None else f"{float(value) * 100:.0f}%"


def _num(value: Fraction | int | None) -> str:
    if value is None:
        return "—"
    return f"{float(value):.1f}".rstrip("0").rstrip(".")


class AssessmentTabs(QObject):
    """Drives the three tabs of ``window.ui`` (built from ui/coordinator_window.ui)."""

    def __init__(self, window: CoordinatorWindow) -> None:
        super().__init__(window)
        self.w = window
        self.ui = window.ui
        self.annex = window.annex
        self.service = AssessmentService(window.ws, window.annex, window.desk)
        self._scores: list[RiskScore] = []
        self._section: str | None = None
        self._report: bytes | None = None
        self._op: BackgroundOp | None = None
        self._text_timer = QTimer(self, singleShot=True, interval=TEXT_SAVE_MS)
        self._text_timer.timeout.connect(self.save_text)
        ui = self.ui
        ui.periodCombo.currentIndexChanged.connect(lambda _: self.refresh())
        ui.territoryCombo.currentIndexChanged.connect(lambda _: self.fill_risks())
        ui.registerTable.itemSelectionChanged.connect(self._risk_chosen)
        ui.saveScoreButton.clicked.connect(lambda: self.save_score())
        ui.saveJustificationButton.clicked.connect(lambda: self.save_justification())
        ui.methodButton.clicked.connect(lambda: self.edit_method())
        ui.sectionsList.currentItemChanged.connect(lambda *_: self._section_chosen())
        self._evidence_for: str | None = None  # the section whose evidence is shown
        ui.tabs.currentChanged.connect(lambda _: self._show_evidence())
        ui.sectionEditor.textChanged.connect(self._text_edited)
        ui.addSourceButton.clicked.connect(lambda: self.add_source())
        ui.removeSourceButton.clicked.connect(lambda: self.remove_source())
        ui.populationTable.itemChanged.connect(self._population_edited)
        ui.generateButton.clicked.connect(lambda: self.make_report())
        ui.saveReportButton.clicked.connect(lambda: self.save_report())
        ui.printReportButton.clicked.connect(lambda: self.print_report())
        ui.risksSplitter.setSizes([1050, 400])
        ui.analysisSplitter.setSizes([330, 1000])
        ui.textSplitter.setSizes([430, 260])

    @property
    def lang(self) -> str:
        return self.w.lang

    # --- period ------------------------------------------------------------------------------
    def _fill_periods(self) -> None:
        desk = self.w.desk
        desk_years = sorted(desk.years()) if desk is not None else []
        combo = self.ui.periodCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        # rule 3: an assessment covers three years of data collection
        for last in reversed(desk_years):
            years = tuple(y for y in range(last - 2, last + 1))
            combo.addItem(f"{years[0]}–{years[-1]}", years)
        if current is not None and combo.findData(current) >= 0:
            combo.setCurrentIndex(combo.findData(current))
        combo.blockSignals(False)

    @property
    def years(self) -> tuple[int, ...] | None:
        data = self.ui.periodCombo.currentData()
        return tuple(data) if data else None

    def refresh(self) -> None:
        """Everything again (after an import, a language change…), on the window's desk."""
        self.service = AssessmentService(self.w.ws, self.annex, self.w.desk)
        self._fill_periods()
        self._fill_territories()
        self.fill_risks()
        self._fill_sections()
        self._fill_report_choices()

    # --- risks -------------------------------------------------------------------------------
    def _fill_territories(self) -> None:
        lang = self.lang
        combo = self.ui.territoryCombo
        current = combo.currentData() or "KZ"
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Kazakhstan (national)"), "KZ")
        for r in self.annex.regions:
            combo.addItem(r.name.get(lang), r.code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    @property
    def territory(self) -> str:
        return self.ui.territoryCombo.currentData() or "KZ"

    def fill_risks(self) -> None:
        years = self.years
        table = self.ui.registerTable
        if years is None:
            table.setRowCount(0)
            self.ui.methodSummary.setText(self.tr("No submissions yet: nothing to assess."))
            return
        lang = self.lang
        period = self.service.period(years)
        method = period.method
        self._scores = self.service.scores(years, self.territory)
        headers = [self.tr("Rank"), self.tr("Risk"), self.tr("Share reporting it"),
                   self.tr("Respondents"), self.tr("Data likelihood"),
                   self.tr("Experts: likelihood / impact"), self.tr("Likelihood"),
                   self.tr("Impact"), self.tr("Score"), self.tr("Level"), self.tr("Flags")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels([textwrap.fill(h, 14) for h in headers])
        table.setRowCount(len(self._scores))
        rank = 0
        for row, s in enumerate(self._scores):
            rank_text = ""
            if s.level is not None:
                rank += 1
                rank_text = str(rank)
            level = s.level_label(method).get(lang)
            colour = LEVEL_COLOURS.get(s.level.value if s.level else "")
            cells = [
                rank_text, s.risk.name.get(lang), _pct(s.share), f"{s.respondents}/{s.competent}",
                _num(s.data_likelihood),
                f"{_num(s.expert_likelihood)} / {_num(s.expert_impact)} ({s.experts})",
                _num(s.likelihood), _num(s.impact), _num(s.score), level,
                ", ".join(self._flag_name(f) for f in sorted(s.flags)),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(ROLE, row)
                if col == 9 and colour:
                    item.setBackground(QBrush(QColor(colour)))
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((44, 0, 80, 80, 80, 100, 70, 70, 50, 100, 130)):
            if width:
                table.setColumnWidth(col, width)
        table.resizeRowsToContents()
        QTimer.singleShot(0, table.resizeRowsToContents)  # once the name column has its width
        bands = ", ".join(f"{b:g}%" for b in method.share_bands)
        levels = "; ".join(f"{lv.label.get(lang)} {lv.low}-{lv.high}" for lv in method.levels)
        self.ui.methodSummary.setText(
            self.tr("Method: likelihood = %1 × experts + %2 × data (round half up); data "
                    "likelihood bands %3; levels of likelihood × impact: %4; at least %5 "
                    "respondents.")
            .replace("%1", f"{method.expert_weight:g}")
            .replace("%2", f"{1 - method.expert_weight:g}").replace("%3", bands)
            .replace("%4", levels).replace("%5", str(method.min_respondents)))
        self.ui.anchorsLabel.setText("<br>".join(
            [self.tr("<b>Likelihood</b>:")]
            + [f"{a.value} — {a.label.get(lang)}" for a in method.likelihood_anchors]
            + [self.tr("<b>Impact</b>:")]
            + [f"{a.value} — {a.label.get(lang)}" for a in method.impact_anchors]))
        self._fill_heat_map(method)

    def _flag_name(self, flag: Flag) -> str:
        return {
            Flag.WIDE_SPREAD: self.tr("experts disagree: another round"),
            Flag.JUSTIFICATION_REQUIRED: self.tr("justification required"),
            Flag.JUSTIFICATION_MISSING: self.tr("justification missing"),
            Flag.TOO_LITTLE_EVIDENCE: self.tr("too little evidence"),
            Flag.NOT_SCORED: self.tr("not scored yet"),
        }.get(flag, str(flag))

    def _fill_heat_map(self, method: Method) -> None:
        table = self.ui.heatMapTable
        table.setRowCount(5)
        table.setColumnCount(5)
        lang = self.lang
        table.setHorizontalHeaderLabels([f"{a.value}" for a in method.impact_anchors])
        table.setVerticalHeaderLabels([f"{a.value}" for a in reversed(method.likelihood_anchors)])
        numbers = {s.risk.id: str(i + 1) for i, s in enumerate(self._scores)}
        grid = self.service.heat_map(self.years or (), self.territory) if self.years else None
        for r in range(5):
            likelihood = 5 - r
            for c in range(5):
                impact = c + 1
                level = method.level_of(likelihood * impact)
                ids = grid[likelihood - 1][impact - 1] if grid else ()
                item = QTableWidgetItem(", ".join(numbers.get(i, "?") for i in ids))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QBrush(QColor(LEVEL_COLOURS[level.id.value])))
                item.setToolTip(level.label.get(lang))
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def selected_score(self) -> RiskScore | None:
        items = self.ui.registerTable.selectedItems()
        if not items:
            return None
        first = self.ui.registerTable.item(items[0].row(), 0)
        index = first.data(ROLE) if first is not None else None
        return self._scores[index] if index is not None else None

    def _risk_chosen(self) -> None:
        s = self.selected_score()
        if s is None:
            self.ui.selectedRiskLabel.clear()
            return
        lang = self.lang
        comments = "".join(f"<br><i>{html.escape(e)}</i>: {html.escape(c)}"
                           for e, c in s.comments if c)
        self.ui.selectedRiskLabel.setText(f"<b>{html.escape(s.risk.name.get(lang))}</b>"
                                          + comments)
        self.ui.justificationEdit.setPlainText(s.justification)
        expert = self.ui.expertEdit.text().strip()
        for e in self.service.expert_scores(self.years or (), self.territory):
            if e.expert == expert and e.risk_id == s.risk.id:
                self.ui.likelihoodSpin.setValue(e.likelihood)
                self.ui.impactSpin.setValue(e.impact)
                self.ui.scoreCommentEdit.setText(e.comment)

    def save_score(self) -> bool:
        s = self.selected_score()
        expert = self.ui.expertEdit.text().strip()
        if s is None or not self.years:
            return False
        if not expert:
            QMessageBox.information(self.w, self.tr("Score"),
                                    self.tr("Type your name as the expert first."))
            return False
        try:
            self.service.set_score(self.years, expert, s.risk.id, self.territory,
                                   self.ui.likelihoodSpin.value(), self.ui.impactSpin.value(),
                                   self.ui.scoreCommentEdit.text())
        except ServiceError as exc:
            QMessageBox.warning(self.w, self.tr("Score"), exc.message(self.lang))
            return False
        risk_id = s.risk.id
        self.fill_risks()
        self._select_risk(risk_id)
        return True

    def save_justification(self) -> bool:
        s = self.selected_score()
        if s is None or not self.years:
            return False
        try:
            self.service.set_justification(self.years, s.risk.id, self.territory,
                                           self.ui.justificationEdit.toPlainText())
        except ServiceError as exc:
            QMessageBox.warning(self.w, self.tr("Justification"), exc.message(self.lang))
            return False
        risk_id = s.risk.id
        self.fill_risks()
        self._select_risk(risk_id)
        return True

    def _select_risk(self, risk_id: str) -> None:
        for row, s in enumerate(self._scores):
            if s.risk.id == risk_id:
                self.ui.registerTable.selectRow(row)

    def edit_method(self) -> bool:
        """The method as data: shown as JSON, changed and checked (the report prints it)."""
        if not self.years:
            return False
        current = json.dumps(self.service.method(self.years).to_json(), ensure_ascii=False,
                             indent=2)
        text, ok = QInputDialog.getMultiLineText(
            self.w, self.tr("Method"), self.tr(
                "Weights, share bands, level boundaries and anchors of this period (JSON). "
                "They are checked before they are kept, and the report prints them."), current)
        if not ok or text == current:
            return False
        try:
            self.service.set_method(self.years, json.loads(text))
        except (ValueError, ServiceError) as exc:
            message = exc.message(self.lang) if isinstance(exc, ServiceError) else str(exc)
            details = exc.details(self.lang) if isinstance(exc, ServiceError) else []
            QMessageBox.warning(self.w, self.tr("Method"), "\n".join([message, *details]))
            return False
        self.fill_risks()
        return True

    # --- analysis ------------------------------------------------------------------------------
    def _sections(self) -> list[tuple[str, str]]:
        lang = self.lang
        out = [(analysis_section(h.number), f"{h.number}. {h.display(lang)}")
               for h in analysis_headings()]
        out.append((CONCLUSIONS, self.tr("Conclusions")))
        out.append((RECOMMENDATIONS, self.tr("Recommendations")))
        if self.years:
            for profile in self.service.profiles(self.years):
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

    def _fill_sections(self) -> None:
        lst = self.ui.sectionsList
        current = self._section
        lst.blockSignals(True)
        lst.clear()
        for key, label in self._sections():
            item = QListWidgetItem(label)
            item.setData(ROLE, key)
            lst.addItem(item)
        lst.blockSignals(False)
        for i in range(lst.count()):
            if lst.item(i).data(ROLE) == current:
                lst.setCurrentRow(i)
                return
        if lst.count():
            lst.setCurrentRow(0)

    def _section_chosen(self) -> None:
        self.save_text()
        item = self.ui.sectionsList.currentItem()
        if item is None:
            return
        key = item.data(ROLE)
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
        text = self.service.text(self.years, key, self.lang) if self.years else ""
        editor.setHtml(text) if "<" in text else editor.setPlainText(text)
        editor.blockSignals(False)

    def _show_evidence(self) -> None:
        """The chosen section's evidence, made once the Analysis tab is seen: it aggregates
        every year of the period (about a second for a national campaign), which the window
        must not wait for before it is first shown (DESIGN §8: within 1.5 s, kzth bench)."""
        key = self._section
        if (key is None or key == self._evidence_for or key in (SOURCES_PAGE, POPULATION_PAGE)
                or self.ui.tabs.currentWidget() is not self.ui.analysisTab):
            return
        self.ui.evidenceBrowser.setHtml(self._evidence_html(key))
        self._evidence_for = key

    def _evidence_html(self, key: str) -> str:
        if not self.years or not key.startswith("analysis:"):
            return "<p>" + html.escape(self.tr(
                "The expert group's own text: no table of evidence belongs to this part."))\
                + "</p>"
        lang = self.lang
        number = int(key.split(":")[1])
        heading = self.service.analysis(self.years).heading(number)
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
                f"</td><td align=right>{_pct(i.share)}</td></tr>" for i in ev.items)
            return (f"<p><b>{esc(said_yes)}</b></p>"
                    f"<table border=1 cellpadding=3>{rows}</table>")
        if isinstance(ev, CountEvidence | CategoryEvidence):
            years = "".join(f"<th>{y}</th>" for y in ev.years)
            body = "".join(
                f"<tr><td>{esc(name.get(lang))}</td>"
                + "".join(f"<td align=right>{_num(v)}</td>" for v in cells) + "</tr>"
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
                f"<td align=right>{_num(r.rate)}</td></tr>" for r in ev.rows)
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

    def _text_edited(self) -> None:
        self._text_timer.start()

    def save_text(self) -> None:
        self._text_timer.stop()
        key = self._section
        if (not self.years or key is None or key in (SOURCES_PAGE, POPULATION_PAGE)
                or self.ui.sectionStack.currentWidget() is not self.ui.textPage):
            return
        editor = self.ui.sectionEditor
        text = editor.toHtml() if editor.toPlainText().strip() else ""
        if text == self.service.text(self.years, key, self.lang):
            return
        try:
            self.service.set_text(self.years, key, self.lang, text)
        except ServiceError as exc:
            QMessageBox.warning(self.w, self.tr("Analysis"), exc.message(self.lang))
            return
        self.w.statusBar().showMessage(self.tr("The text is saved."), 3000)

    # sources ----------------------------------------------------------------------------------
    def _fill_sources(self) -> None:
        table = self.ui.sourcesTable
        entries = self.service.sources(self.years) if self.years else []
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Author or organisation"),
                                         self.tr("Year"), self.tr("Reference or address")])
        table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for col, text in enumerate([e.title, e.author, str(e.year or ""), e.reference]):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setData(ROLE, e.id)
                table.setItem(row, col, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def add_source(self) -> bool:
        if not self.years:
            return False
        ui = self.ui
        try:
            self.service.add_source(self.years, ui.sourceTitleEdit.text(),
                                    ui.sourceAuthorEdit.text(), ui.sourceYearSpin.value(),
                                    ui.sourceRefEdit.text())
        except ServiceError as exc:
            QMessageBox.warning(self.w, self.tr("Sources cited"), exc.message(self.lang))
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
        self.service.remove_source(self.years, source_id)
        self._fill_sources()
        return True

    # population -------------------------------------------------------------------------------
    def _fill_population(self) -> None:
        table = self.ui.populationTable
        years = self.years or ()
        figures = self.service.population_table()
        table.blockSignals(True)
        table.setColumnCount(len(years))
        table.setHorizontalHeaderLabels([str(y) for y in years])
        table.setRowCount(len(self.annex.regions))
        table.setVerticalHeaderLabels([r.name.get(self.lang) for r in self.annex.regions])
        for row, region in enumerate(self.annex.regions):
            for col, year in enumerate(years):
                value = figures.get((region.code, year))
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(ROLE, (region.code, year))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, col, item)
        table.blockSignals(False)

    def _population_edited(self, item: QTableWidgetItem) -> None:
        where = item.data(ROLE)
        if not where:
            return
        text = item.text().replace(" ", "").replace("\u00a0", "")
        if text and not text.isdigit():
            QMessageBox.warning(self.w, self.tr("Population"),
                                self.tr("A population is a whole number."))
            self._fill_population()
            return
        try:
            self.service.set_population(where[0], where[1], int(text) if text else None)
        except ServiceError as exc:
            QMessageBox.warning(self.w, self.tr("Population"), exc.message(self.lang))

    # --- report --------------------------------------------------------------------------------
    def _fill_report_choices(self) -> None:
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
        self.save_text()
        years = self.years
        lang = self.ui.reportLangCombo.currentData() or self.lang
        edition = self.ui.editionCombo.currentData()
        service = self.service

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
        QMessageBox.warning(self.w, self.tr("Report"), text)

    def _report_made(self, result: tuple[bytes, list[Any]]) -> None:
        data, pages = result
        self._report = data
        lst = self.ui.previewList
        lst.clear()
        for n, image in enumerate(pages, start=1):
            lst.addItem(QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(n)))
        self.ui.reportStatus.setText(self.tr("%1 pages, %2 KB. Save it as PDF or print it.")
                                     .replace("%1", str(len(pages)))
                                     .replace("%2", str(len(data) // 1024)))
        self.ui.saveReportButton.setEnabled(True)
        self.ui.printReportButton.setEnabled(True)

    def _report_name(self) -> str:
        years = self.years or (0,)
        lang = self.ui.reportLangCombo.currentData() or self.lang
        return f"kzth-assessment-{years[0]}-{years[-1]}-{lang}.pdf"

    def save_report(self) -> Any:
        from kzth_desktop.gui.printing import save_pdf

        if self._report is None:
            return None
        return save_pdf(self.w, self._report, self._report_name(), self.tr("Save as PDF"))

    def print_report(self) -> bool:
        from kzth_desktop.gui.printing import print_pdf

        return self._report is not None and print_pdf(self.w, self._report, self._report_name())
