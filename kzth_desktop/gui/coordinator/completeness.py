"""The Completeness tab: who has answered for the year (region × kind, with the reporting rate
of each region, each kind and the country), the late and missing offices with whom to call,
the refused files that explain a missing office, and the reminders to send."""

from __future__ import annotations

import textwrap
from fractions import Fraction

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

from kzth_desktop.analysis.completeness import STATUS_NAMES, CellStatus, CompletenessMatrix
from kzth_desktop.analysis.completeness_offices import LateOffice, RefusedFile
from kzth_desktop.annex import numbers
from kzth_desktop.gui.coordinator.headers import fit_headers
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import fill, item, known_kind
from kzth_desktop.gui.forms.ui_completeness_tab import Ui_CompletenessTab
from kzth_desktop.services.desk import late_offices

STATUS_COLOURS = {
    CellStatus.ON_TIME: "#c8e6c9",
    CellStatus.RECEIVED: "#c8e6c9",
    CellStatus.LATE: "#ffe0b2",
    CellStatus.PENDING: "#e3f2fd",
    CellStatus.MISSING: "#ffcdd2",
}
RATE_COLOUR = "#eeeeee"
# the late offices' table
COL_OFFICE, COL_REGION, COL_KIND, COL_DEADLINE, COL_DAYS = range(5)
COL_CONTACT, COL_PHONE, COL_EMAIL, COL_STATUS = range(5, 9)


class CompletenessTab(CoordinatorTab):
    follows_year = True

    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_CompletenessTab()
        self.ui.setupUi(self)
        self.ui.completenessSplitter.setSizes([400, 300])
        self.late: tuple[LateOffice, ...] = ()
        self._sized = False
        # the late offices' rows take the height of their wrapped texts again when a column's
        # width changes (the stretched one, as the window is laid out or resized)
        self._rows_fit = QTimer(self, singleShot=True, interval=0)
        self._rows_fit.timeout.connect(self.ui.lateTable.resizeRowsToContents)
        self.ui.lateTable.horizontalHeader().sectionResized.connect(
            lambda *_: self._rows_fit.start())

    def refresh(self) -> None:
        table = self.ui.completenessTable
        desk, year = self.w.desk, self.w.year
        if desk is None or year is None:
            fill(table, [], [])
            fill(self.ui.lateTable, [], [])
            self.ui.completenessSummary.setText(self.tr("No reporting year yet."))
            self.ui.reminderText.clear()
            self.late = ()
            return
        matrix = desk.completeness(year)
        self.late = late_offices(self.w.ws, self.annex, matrix)
        self._fill_matrix(matrix)
        self._fill_summary(matrix)
        self._fill_late()
        self._fill_reminders()

    # --- names ---------------------------------------------------------------------------------
    def region_name(self, code: str) -> str:
        known = {r.code: r for r in self.annex.regions}
        return known[code].name.get(self.lang) if code in known else code

    def kind_name(self, kind: str) -> str:
        return self.annex.kind(kind).name.get(self.lang) if known_kind(self.annex, kind) \
            else kind

    def rate_text(self, matrix: CompletenessMatrix, region: str | None = None,
                  kind: str | None = None) -> str:
        """``93,8 % (15 / 16)``; ``—`` where nothing is expected."""
        done, expected = matrix.reported(region, kind)
        if not expected:
            return "—"
        return f"{numbers.share(Fraction(done, expected))} ({done} / {expected})"

    # --- the matrix ----------------------------------------------------------------------------
    def _fill_matrix(self, matrix: CompletenessMatrix) -> None:
        """Regions × kinds; the first column is each region's reporting rate, the last row
        each kind's, their corner the national rate."""
        table = self.ui.completenessTable
        kinds = list(matrix.kinds)
        known = {r.code for r in self.annex.regions}
        regions = [code for code in matrix.regions if code in known]
        table.clear()
        table.setColumnCount(len(kinds) + 1)
        table.setRowCount(len(regions) + 1)
        names = [self.tr("Reporting rate"), *(self.kind_name(k) for k in kinds)]
        # long names of kinds: wrapped over a few lines, the whole name in the tooltip
        table.setHorizontalHeaderLabels(
            [textwrap.fill(n, 20, max_lines=5, placeholder=" …") for n in names])
        for col, name in enumerate(names):
            table.horizontalHeaderItem(col).setToolTip(name)
        table.setVerticalHeaderLabels([self.region_name(r) for r in regions]
                                      + [self.tr("Reporting rate by kind")])
        bold = QFont(table.font())
        bold.setBold(True)
        for row, region in enumerate(regions):
            table.setItem(row, 0, self._rate_cell(matrix, bold, region=region))
            for col, kind in enumerate(kinds, 1):
                table.setItem(row, col, self._cell(matrix, region, kind))
        national = self._rate_cell(matrix, bold)
        national.setToolTip(self.tr("Reporting rate, national"))
        table.setItem(len(regions), 0, national)
        for col, kind in enumerate(kinds, 1):
            table.setItem(len(regions), col, self._rate_cell(matrix, bold, kind=kind))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(170)
        for col in range(len(kinds) + 1):
            table.setColumnWidth(col, 170)
        table.resizeRowsToContents()
        if not self._sized:  # the matrix takes what it needs (up to 60 %), the offices the rest
            self._sized = True
            need = (header.sizeHint().height() + table.horizontalScrollBar().sizeHint().height()
                    + sum(table.rowHeight(r) for r in range(table.rowCount())) + 8)
            total = max(sum(self.ui.completenessSplitter.sizes()), 600)
            top = min(need, int(total * 0.6))
            self.ui.completenessSplitter.setSizes([top, total - top])

    def _cell(self, matrix: CompletenessMatrix, region: str, kind: str) -> QTableWidgetItem:
        cell = matrix.cell(region, kind)
        if cell is None:
            return item("", colour="#fafafa")
        text = STATUS_NAMES[cell.status].get(self.lang)
        if cell.answered_pct is not None:
            text += " · " + numbers.percent(cell.answered_pct, 0)
        shown = item(text, data=cell.status.value, colour=STATUS_COLOURS.get(cell.status))
        if not cell.expected:
            shown.setToolTip(self.tr("not expected, but received"))
        return shown

    def _rate_cell(self, matrix: CompletenessMatrix, bold: QFont, *, region: str | None = None,
                   kind: str | None = None) -> QTableWidgetItem:
        shown = item(self.rate_text(matrix, region, kind), colour=RATE_COLOUR,
                     data=matrix.reporting_rate(region, kind))
        shown.setFont(bold)
        return shown

    def _fill_summary(self, matrix: CompletenessMatrix) -> None:
        lang = self.lang
        deadline = matrix.deadline
        parts = [
            self.tr("Deadline: %1").replace(
                "%1", deadline.strftime("%d.%m.%Y") if deadline else "—"),
            self.tr("Reporting rate, national: %1").replace("%1", self.rate_text(matrix)),
        ]
        parts += [f"{STATUS_NAMES[CellStatus(k)].get(lang)}: {v}"
                  for k, v in matrix.counts().items() if k in {s.value for s in CellStatus}]
        self.ui.completenessSummary.setText(" · ".join(parts))

    # --- the late offices and the reminders ------------------------------------------------------
    def refused_text(self, f: RefusedFile) -> str:
        label = (self.tr("file in quarantine: %1") if f.quarantined
                 else self.tr("file refused: %1"))
        return label.replace("%1", f.reason.get(self.lang))

    def office_name(self, late: LateOffice) -> str:
        if late.office is None:
            return self.tr("(no office registered)")
        name = late.office.name(self.lang)
        return name + (" " + self.tr("(on paper)") if late.office.on_paper else "")

    def status_text(self, late: LateOffice) -> str:
        """Late or missing, and beside a missing office the files of it that were refused."""
        return "\n".join([STATUS_NAMES[late.status].get(self.lang),
                          *(self.refused_text(f) for f in late.refused)])

    def _fill_late(self) -> None:
        rows = []
        for late in self.late:
            if not late.overdue:
                continue
            office = late.office
            files = "\n".join(f.file_name for f in late.refused)
            deadline = late.deadline
            kinds = "; ".join(self.kind_name(k) for k in late.kinds)
            status = self.status_text(late)
            rows.append([
                item(self.office_name(late), tip=self.office_name(late)),
                item(self.region_name(late.region)),
                item(kinds, tip=kinds),
                item(deadline.strftime("%d.%m.%Y") if deadline else "—",
                     sort=deadline.isoformat() if deadline else ""),
                item(late.days_late if late.days_late is not None else "—",
                     number=late.days_late is not None),
                item(office.contact_person if office else ""),
                item(office.phone if office else ""),
                item(office.email if office else ""),
                item(status, tip=f"{status}\n{files}".strip(),
                     colour="#ffcdd2" if late.refused else STATUS_COLOURS.get(late.status)),
            ])
        table = self.ui.lateTable
        headers = [
            self.tr("Office"), self.tr("Region"), self.tr("Kind"), self.tr("Deadline"),
            self.tr("Days late"), self.tr("Contact person"), self.tr("Phone"), self.tr("E-mail"),
            self.tr("Status"),
        ]
        fill(table, headers, rows, stretch=COL_STATUS)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(COL_EMAIL)
        table.resizeColumnToContents(COL_PHONE)
        # long names wrapped, whole in the tooltip; headers wrapped between words, never cut
        fit_headers(table, headers, (220, 110, 170, 80, 70, 100, 0, 0, 0))
        table.verticalHeader().hide()
        table.resizeRowsToContents()
        tabs = self.ui.lateTabs
        tabs.setTabText(tabs.indexOf(self.ui.latePage),
                        self.tr("Late and missing offices (%1)").replace("%1", str(len(rows))))

    def reminder_line(self, late: LateOffice) -> str:
        """One office to remind: where, what, how late, whom to call, what it sent."""
        kinds = "; ".join(self.kind_name(k) for k in late.kinds)
        line = f"{self.region_name(late.region)} — {kinds}"
        if late.overdue and late.days_late:
            line += " — " + self.tr("%1 day(s) overdue").replace("%1", str(late.days_late))
        line += " — " + self.office_name(late)
        office = late.office
        if office is not None and office.has_contact:
            contact = ", ".join(x for x in (
                office.contact_person,
                self.tr("tel. %1").replace("%1", office.phone) if office.phone else "",
                office.email) if x)
            line += " — " + self.tr("contact: %1").replace("%1", contact)
        elif office is not None:
            line += " — " + self.tr("no contact on record")
        for f in late.refused:
            line += " — " + self.refused_text(f)
        return line

    def _fill_reminders(self) -> None:
        lines = [self.reminder_line(late) for late in self.late
                 if late.status is not CellStatus.LATE]
        self.ui.reminderText.setPlainText("\n".join(lines) or self.tr("Nobody is missing."))
