"""The Risks tab: the assessment period, the risk register ranked for a territory, one expert's
scores and the justification of a risk, the heat map, and the method as data."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCompleter,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
)

from kzth_desktop.assessment.method import Method
from kzth_desktop.assessment.ranking import Flag, RiskScore, pending_column
from kzth_desktop.gui.coordinator.headers import fit_headers
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import ROLE, num, pct
from kzth_desktop.gui.forms.ui_risks_tab import Ui_RisksTab
from kzth_desktop.services.errors import ServiceError

LEVEL_COLOURS = {
    "low": "#c8e6c9", "medium_low": "#e6ee9c", "medium": "#fff59d",
    "medium_high": "#ffcc80", "high": "#ef9a9a",
}


class RisksTab(CoordinatorTab):
    follows_period = True

    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_RisksTab()
        self.ui.setupUi(self)
        self._scores: list[RiskScore] = []
        ui = self.ui
        ui.periodCombo.currentIndexChanged.connect(lambda _: self._period_chosen())
        ui.territoryCombo.currentIndexChanged.connect(lambda _: self.fill_risks())
        ui.registerTable.itemSelectionChanged.connect(self._risk_chosen)
        ui.saveScoreButton.clicked.connect(lambda: self.save_score())
        ui.saveJustificationButton.clicked.connect(lambda: self.save_justification())
        ui.methodButton.clicked.connect(lambda: self.edit_method())
        ui.risksSplitter.setSizes([1050, 400])
        # the Delphi rounds (issue 21): medians, IQR, convergence, who has not answered
        self.roundsLabel = QLabel(self)
        self.roundsLabel.setObjectName("roundsLabel")
        self.roundsLabel.setWordWrap(True)
        self.roundsLabel.setTextFormat(Qt.TextFormat.RichText)
        box = ui.methodSummary.parentWidget().layout()
        if box is not None:
            box.addWidget(self.roundsLabel)

    @property
    def years(self) -> tuple[int, ...] | None:
        return self.w.period

    def refresh(self) -> None:
        self._fill_periods()
        self._fill_territories()
        self.fill_risks()

    # --- period and territory ----------------------------------------------------------------
    def _fill_periods(self) -> None:
        combo = self.ui.periodCombo
        combo.blockSignals(True)
        combo.clear()
        periods = self.w.periods()
        for years in periods:
            combo.addItem(f"{years[0]}–{years[-1]}", years)
        if self.w.period in periods:
            combo.setCurrentIndex(periods.index(self.w.period))
        combo.blockSignals(False)

    def _period_chosen(self) -> None:
        data = self.ui.periodCombo.currentData()
        self.w.set_period(tuple(data) if data else None)

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

    # --- the register ------------------------------------------------------------------------
    def fill_risks(self) -> None:
        years = self.years
        table = self.ui.registerTable
        if years is None:
            table.setRowCount(0)
            self.ui.methodSummary.setText(self.tr("No submissions yet: nothing to assess."))
            return
        lang = self.lang
        service = self.w.assessment_service
        period = service.period(years)
        method = period.method
        self._scores = service.scores(years, self.territory)
        headers = [self.tr("Rank"), self.tr("Risk"), self.tr("Share reporting it"),
                   self.tr("Respondents"), self.tr("Data likelihood"),
                   self.tr("Experts: likelihood / impact"), self.tr("Likelihood"),
                   self.tr("Impact"), self.tr("Score"), self.tr("Level"), self.tr("Flags")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(self._scores))
        for row, s in enumerate(self._scores):
            rank_text = str(s.rank) if s.rank is not None else ""
            level = (self.tr("consequences not yet assessed") if s.from_data_only
                     else s.level_label(method).get(lang))
            colour = LEVEL_COLOURS.get(s.level.value if s.level else "")
            cells = [
                rank_text, s.risk.name.get(lang), pct(s.share), f"{s.respondents}/{s.competent}",
                num(s.data_likelihood),
                f"{num(s.expert_likelihood)} / {num(s.expert_impact)} ({s.experts})",
                num(s.likelihood), num(s.impact), num(s.score), level,
                ", ".join(self._flag_name(f) for f in sorted(s.flags)),
            ]
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if col == 0:
                    cell.setData(ROLE, row)
                if col == 9 and colour:
                    cell.setBackground(QBrush(QColor(colour)))
                table.setItem(row, col, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # headers wrapped between words to their columns, never cut (issue 19)
        fit_headers(table, headers, (40, 0, 60, 70, 70, 90, 70, 70, 40, 100, 120),
                    stretch_min=220)
        table.resizeRowsToContents()
        # once the name column has its width (and never after the table is gone)
        QTimer.singleShot(0, table, table.resizeRowsToContents)
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
        self._fill_rounds(years)
        completer = QCompleter([e.name for e in service.experts()], self.ui.expertEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.expertEdit.setCompleter(completer)

    def _fill_rounds(self, years: tuple[int, ...]) -> None:
        from kzth_desktop.services.ballots import BallotService

        service = self.w.assessment_service
        rounds = BallotService(service).rounds(years)
        names = {e.id: e.name for e in service.experts()}
        iqr = f"{service.method(years).iqr_flag:g}".replace(".", ",")
        lines = [self.tr("<b>Delphi rounds.</b> Stopping rule: the interquartile range of "
                         "both scales at most %1 (consensus), or from round 2 both medians "
                         "moved by at most 0,5 (stable).").replace("%1", iqr)]
        codes = {s.risk.id: str(i + 1) for i, s in enumerate(self._scores)}
        for r in rounds:
            missing = ", ".join(html.escape(names.get(i, str(i))) for i in r.not_answered)
            head = (self.tr("Round %1: %2 answered; not answered: %3; stopping rule %4.")
                    .replace("%1", str(r.number)).replace("%2", str(len(r.answered)))
                    .replace("%3", missing or "—")
                    .replace("%4", self.tr("met") if r.settled else self.tr("not met")))
            cells = "; ".join(
                f"{codes.get(x.risk_id, x.risk_id)}: {num(x.median_likelihood)}"
                f"±{num(x.iqr_likelihood)} × {num(x.median_impact)}±{num(x.iqr_impact)}"
                + (" ✓" if x.settled else "") for x in r.risks)
            lines.append(f"{head} {cells}")
        if not rounds:
            lines.append(self.tr("No round yet."))
        self.roundsLabel.setText("<br>".join(lines))

    def _flag_name(self, flag: Flag) -> str:
        return {
            Flag.WIDE_SPREAD: self.tr("experts disagree: another round"),
            Flag.JUSTIFICATION_REQUIRED: self.tr("justification required"),
            Flag.JUSTIFICATION_MISSING: self.tr("justification missing"),
            Flag.TOO_LITTLE_EVIDENCE: self.tr("too little evidence"),
            Flag.NOT_SCORED: self.tr("consequences not yet assessed"),
        }.get(flag, str(flag))

    def _fill_heat_map(self, method: Method) -> None:
        table = self.ui.heatMapTable
        pending = pending_column(self._scores)
        table.setRowCount(5)
        table.setColumnCount(6 if any(pending) else 5)
        lang = self.lang
        table.setHorizontalHeaderLabels([f"{a.value}" for a in method.impact_anchors]
                                        + [self.tr("not yet assessed")])
        table.setVerticalHeaderLabels([f"{a.value}" for a in reversed(method.likelihood_anchors)])
        numbers = {s.risk.id: str(i + 1) for i, s in enumerate(self._scores)}
        grid = (self.w.assessment_service.heat_map(self.years, self.territory)
                if self.years else None)
        for r in range(5):
            likelihood = 5 - r
            for c in range(5):
                impact = c + 1
                level = method.level_of(likelihood * impact)
                ids = grid[likelihood - 1][impact - 1] if grid else ()
                cell = QTableWidgetItem(", ".join(numbers.get(i, "?") for i in ids))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setBackground(QBrush(QColor(LEVEL_COLOURS[level.id.value])))
                cell.setToolTip(level.label.get(lang))
                table.setItem(r, c, cell)
            if any(pending):  # ranked from the data alone: at the row of their likelihood
                cell = QTableWidgetItem(", ".join(numbers.get(i, "?")
                                                  for i in pending[likelihood - 1]))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setToolTip(self.tr("consequences not yet assessed"))
                table.setItem(r, 5, cell)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # --- one risk ----------------------------------------------------------------------------
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
        for e in self.w.assessment_service.expert_scores(self.years or (), self.territory):
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
            QMessageBox.information(self, self.tr("Score"),
                                    self.tr("Type the name of a registered expert first."))
            return False
        try:
            self.w.assessment_service.set_score(
                self.years, expert, s.risk.id, self.territory, self.ui.likelihoodSpin.value(),
                self.ui.impactSpin.value(), self.ui.scoreCommentEdit.text())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Score"), exc.message(self.lang))
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
            self.w.assessment_service.set_justification(
                self.years, s.risk.id, self.territory, self.ui.justificationEdit.toPlainText())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Justification"), exc.message(self.lang))
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
        service = self.w.assessment_service
        current = json.dumps(service.method(self.years).to_json(), ensure_ascii=False,
                             indent=2)
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Method"), self.tr(
                "Weights, share bands, level boundaries and anchors of this period (JSON). "
                "They are checked before they are kept, and the report prints them."), current)
        if not ok or text == current:
            return False
        try:
            service.set_method(self.years, json.loads(text))
        except (ValueError, ServiceError) as exc:
            message = exc.message(self.lang) if isinstance(exc, ServiceError) else str(exc)
            details = exc.details(self.lang) if isinstance(exc, ServiceError) else []
            QMessageBox.warning(self, self.tr("Method"), "\n".join([message, *details]))
            return False
        self.fill_risks()
        return True
