"""The Completeness tab: who has answered for the year (region × kind) and who is missing."""

from __future__ import annotations

import textwrap

from PySide6.QtWidgets import QHeaderView

from kzth_desktop.analysis.completeness import STATUS_NAMES, CellStatus
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import fill, item, known_kind
from kzth_desktop.gui.forms.ui_completeness_tab import Ui_CompletenessTab

STATUS_COLOURS = {
    CellStatus.ON_TIME: "#c8e6c9",
    CellStatus.RECEIVED: "#c8e6c9",
    CellStatus.LATE: "#ffe0b2",
    CellStatus.PENDING: "#e3f2fd",
    CellStatus.MISSING: "#ffcdd2",
}


class CompletenessTab(CoordinatorTab):
    follows_year = True

    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_CompletenessTab()
        self.ui.setupUi(self)
        self.ui.completenessSplitter.setSizes([620, 160])

    def refresh(self) -> None:
        table = self.ui.completenessTable
        desk, year = self.w.desk, self.w.year
        if desk is None or year is None:
            fill(table, [], [])
            self.ui.completenessSummary.setText(self.tr("No reporting year yet."))
            self.ui.reminderText.clear()
            return
        lang = self.lang
        annex = self.annex
        matrix = desk.completeness(year)
        kinds = list(matrix.kinds)
        known = {r.code: r for r in annex.regions}
        regions = [known[code] for code in matrix.regions if code in known]
        table.clear()
        table.setColumnCount(len(kinds))
        table.setRowCount(len(regions))
        names = [annex.kind(k).name.get(lang) if known_kind(annex, k) else k for k in kinds]
        # long names of kinds: wrapped over a few lines, the whole name in the tooltip
        table.setHorizontalHeaderLabels([textwrap.fill(n, 20, max_lines=5, placeholder=" …")
                                         for n in names])
        for col, name in enumerate(names):
            table.horizontalHeaderItem(col).setToolTip(name)
        table.setVerticalHeaderLabels([r.name.get(lang) for r in regions])
        for row, region in enumerate(regions):
            for col, kind in enumerate(kinds):
                cell = matrix.cell(region.code, kind)
                if cell is None:
                    table.setItem(row, col, item("", colour="#fafafa"))
                    continue
                text = STATUS_NAMES[cell.status].get(lang)
                if cell.answered_pct is not None:
                    text += f" · {cell.answered_pct:.0f}%"
                shown = item(text, data=cell.status.value,
                             colour=STATUS_COLOURS.get(cell.status))
                if not cell.expected:
                    shown.setToolTip(self.tr("not expected, but received"))
                table.setItem(row, col, shown)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(170)
        for col in range(len(kinds)):
            table.setColumnWidth(col, 170)
        table.resizeRowsToContents()
        counts = matrix.counts()
        deadline = desk.deadline(year)
        parts = [self.tr("Deadline: %1").replace(
            "%1", deadline.strftime("%d.%m.%Y") if deadline else "—")]
        parts += [f"{STATUS_NAMES[CellStatus(k)].get(lang)}: {v}" for k, v in counts.items()
                  if k in {s.value for s in CellStatus}]
        self.ui.completenessSummary.setText(" · ".join(parts))
        lines = []
        for r in matrix.reminders:
            region = known[r.region].name.get(lang) if r.region in known else r.region
            kind = (annex.kind(r.kind).name.get(lang) if known_kind(annex, r.kind)
                    else r.kind)
            late = (" — " + self.tr("%1 day(s) overdue").replace("%1", str(r.days_overdue))
                    if r.overdue and r.days_overdue else "")
            lines.append(f"{region} — {kind}{late}")
        self.ui.reminderText.setPlainText("\n".join(lines) or self.tr("Nobody is missing."))
