"""The Quality tab: the year's findings (values are kept as sent), the reviewer's decision on
each, and the reasons given for "no data"."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QMessageBox, QTreeWidgetItem

from kzth_desktop.analysis.quality import CODE_NAMES, SEVERITY_NAMES, Severity
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import ROLE, fill, item
from kzth_desktop.gui.dialogs import ReviewDialog
from kzth_desktop.gui.forms.ui_quality_tab import Ui_QualityTab
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.reviews import REVIEW_NAMES, ReviewService, ReviewStatus
from kzth_desktop.services.workspace import current_user


class QualityTab(CoordinatorTab):
    follows_year = True

    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_QualityTab()
        self.ui.setupUi(self)
        self._findings: list[Any] = []
        ui = self.ui
        ui.qualityTable.itemActivated.connect(lambda cell: self.review_finding(cell.row()))
        ui.qualityTable.itemDoubleClicked.connect(lambda cell: self.review_finding(cell.row()))
        ui.qualitySplitter.setSizes([560, 200])
        ui.noDataTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        desk, year = self.w.desk, self.w.year
        lang = self.lang
        if desk is None or year is None:
            fill(self.ui.qualityTable, [], [])
            self.ui.noDataTree.clear()
            return
        report = desk.quality([year])
        reviews = ReviewService(self.w.ws).reviews()
        colours = {Severity.ERROR: "#ffcdd2", Severity.WARNING: "#fff9c4"}
        review_colours = {ReviewStatus.PLAUSIBLE: "#c8e6c9", ReviewStatus.TO_CORRECT: "#ffe0b2"}
        rows = []
        self._findings = list(report.findings)
        for i, f in enumerate(self._findings):
            review = reviews.get(f.id)
            status = review.status if review else ReviewStatus.OPEN
            rows.append([
                item(SEVERITY_NAMES[f.severity].get(lang), colour=colours.get(f.severity),
                     data=i),
                item(CODE_NAMES[f.code].get(lang)),
                item(f.name(lang)),
                item(f.field_id or f.block_id or ""),
                item(f.message(self.annex, lang)),
                item(REVIEW_NAMES[status].get(lang) + (f": {review.comment}" if review else ""),
                     colour=review_colours.get(status)),
            ])
        fill(self.ui.qualityTable, [
            self.tr("Severity"), self.tr("Finding"), self.tr("Organisation"), self.tr("Field"),
            self.tr("Details"), self.tr("Review"),
        ], rows, stretch=4)
        reviewed = sum(1 for f in self._findings if f.id in reviews)
        self.ui.qualitySummary.setText(self.tr(
            "%1 finding(s) for %2, %3 reviewed. Values are kept as sent; double-click a finding "
            "to record your decision.")
            .replace("%1", str(len(self._findings))).replace("%2", str(year))
            .replace("%3", str(reviewed)))
        tree = self.ui.noDataTree
        tree.clear()
        for group in report.no_data:
            top = QTreeWidgetItem(tree, [group.reason or "—", str(group.count)])
            for field_id, n in sorted(group.fields().items()):
                text = (self.annex.field(field_id).text.get(lang)
                        if self.annex.has_field(field_id) else field_id)
                QTreeWidgetItem(top, [text, str(n)])

    def review_finding(self, row: int) -> bool:
        """The reviewer's decision on the finding in ``row`` of the quality table."""
        first = self.ui.qualityTable.item(row, 0)
        if first is None:
            return False
        finding = self._findings[first.data(ROLE)]
        lang = self.lang
        service = ReviewService(self.w.ws)
        current = service.review(finding.id)
        names = {s.value: REVIEW_NAMES[s].get(lang) for s in ReviewStatus}
        text = f"<b>{finding.name(lang)}</b><br>{finding.message(self.annex, lang)}"
        chosen = ReviewDialog.ask(self, text, current.status.value, current.comment, names)
        if chosen is None:
            return False
        try:
            service.set_review(finding.id, chosen[0], chosen[1], reviewer=current_user())
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Review"), exc.message(lang))
            return False
        self.refresh()
        return True
