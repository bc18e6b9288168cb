"""The Data tab: the submissions of the year (filtered by region and kind), one submission's
answers, its printout, and the Excel workbook of the last three years."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from kzth_desktop.gui.coordinator.loop import ReturnDialog
from kzth_desktop.gui.coordinator.tab import CoordinatorDesk, CoordinatorTab
from kzth_desktop.gui.coordinator.tables import ROLE, TableFilter, fill, item, known_kind
from kzth_desktop.gui.forms.ui_data_tab import Ui_DataTab
from kzth_desktop.gui.passphrase import PassphraseDialog
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.coordination import HeldSubmission, org_key
from kzth_desktop.services.errors import REVIEW_NAMES, ServiceError
from kzth_desktop.services.files import write_file
from kzth_desktop.services.loop import LoopService
from kzth_desktop.services.workspace import current_user

REVIEW_COLOURS = {"returned": "#ffe0b2", "corrected": "#c8e6c9"}


class WithdrawDialog:
    """Asks why a submission is withdrawn (the reason goes to the audit); tests patch ask()."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None


def short_value(value: Any, lang: str) -> str:
    """An answer in one line of the answers tree."""
    if isinstance(value, dict) and "no_data" in value:
        return ("деректер жоқ: " if lang == "kk" else "нет данных: ") + str(value["no_data"])
    if isinstance(value, dict) and "answer" in value:
        yes = {"yes": "иә" if lang == "kk" else "да", "no": "жоқ" if lang == "kk" else "нет"}
        text = yes.get(value["answer"], value["answer"])
        return f"{text}: {value.get('details', '')}".rstrip(": ")
    if isinstance(value, dict) and "rows" in value:
        total = sum(int(r.get("count", 0)) for r in value["rows"])
        return f"Σ {total} ({len(value['rows'])})"
    if isinstance(value, dict) and "from" in value:
        return f"{value['from']} — {value['to']}"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


class DataTab(CoordinatorTab):
    follows_year = True

    def __init__(self, window: CoordinatorDesk) -> None:
        super().__init__(window)
        self.ui = Ui_DataTab()
        self.ui.setupUi(self)
        self._held: list[HeldSubmission] = []
        self._op: BackgroundOp | None = None
        ui = self.ui
        ui.exportXlsxButton.clicked.connect(lambda: self.export_workbook())
        ui.printHeldButton.clicked.connect(lambda: self.print_held(save=False))
        ui.saveHeldButton.clicked.connect(lambda: self.print_held(save=True))
        ui.withdrawHeldButton.clicked.connect(lambda: self.withdraw_held())
        ui.returnHeldButton.clicked.connect(lambda: self.return_held())
        self._reviews: dict[int, str] = {}
        ui.regionFilter.currentIndexChanged.connect(lambda _: self._fill_data())
        ui.kindFilter.currentIndexChanged.connect(lambda _: self._fill_data())
        ui.submissionsTable.itemSelectionChanged.connect(self._show_submission)
        # state and review as choices, any text; region and kind above (they also narrow
        # what the workbook and printouts take)
        self.filters = TableFilter(ui.submissionsTable, (4, 5))
        ui.answersTree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.dataSplitter.setSizes([820, 640])

    def refresh(self) -> None:
        self._fill_filters()
        self._fill_data()

    def _fill_filters(self) -> None:
        lang = self.lang
        for combo, items in (
            (self.ui.regionFilter, [(r.name.get(lang), r.code) for r in self.annex.regions]),
            (self.ui.kindFilter, [(k.name.get(lang), k.id) for k in self.annex.kinds]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(all)"), None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _fill_data(self) -> None:
        year = self.w.year
        region = self.ui.regionFilter.currentData()
        kind = self.ui.kindFilter.currentData()
        held = self.w.service.submissions(year, include_superseded=True) if year else []
        self._reviews = ({d.submission.id: d.review for d in LoopService(self.w.service)
                          .decisions(year)} if year else {})
        self._held = [h for h in held
                      if (region is None or h.organisation.region == region)
                      and (kind is None or kind in h.organisation.kinds)]
        lang = self.lang
        annex = self.annex
        rows = []
        for i, h in enumerate(self._held):
            org = h.organisation
            rows.append([
                item(org.name_kk if lang == "kk" else org.name_ru, data=i),
                item(annex.region(org.region).name.get(lang)
                     if org.region.startswith("KZ-") else org.region),
                item("; ".join(annex.kind(k).name.get(lang) if known_kind(annex, k) else k
                               for k in org.kinds)),
                item(h.version, number=True),
                item(self._state(h), colour="#ffcdd2" if h.suspect or h.status == "withdrawn"
                     else None),
                item(REVIEW_NAMES[review].get(lang) if (review := self._reviews.get(h.id))
                     else "", colour=REVIEW_COLOURS.get(review or "")),
                item(h.imported_at.strftime("%d.%m.%Y %H:%M")),
            ])
        fill(self.ui.submissionsTable, [
            self.tr("Organisation"), self.tr("Region"), self.tr("Kinds"), self.tr("Version"),
            self.tr("State"), self.tr("Review"), self.tr("Imported"),
        ], rows, stretch=0)
        self.ui.answersTree.clear()

    def _state(self, h: HeldSubmission) -> str:
        state = {"current": self.tr("current"), "superseded": self.tr("superseded"),
                 "withdrawn": self.tr("withdrawn")}.get(h.status, h.status)
        return state + (" — " + self.tr("suspect: its key was revoked") if h.suspect else "")

    def withdraw_held(self, reason: str | None = None) -> bool:
        """Withdraws the chosen current submission (it no longer counts) with a reason."""
        held = self.selected_held()
        title = self.tr("Withdraw")
        if held is None or held.status != "current":
            QMessageBox.information(self, title,
                                    self.tr("Choose a current submission in the table first."))
            return False
        if reason is None:
            reason = WithdrawDialog.ask(self, title, self.tr(
                "The submission will no longer count in aggregates, completeness and reports; "
                "the version before it, if any, becomes current again. Reason:"))
            if reason is None:
                return False
        try:  # by its number: a paper submission has no key to name it by (issue 19)
            self.w.service.withdraw_held(held.id, reason)
        except ServiceError as exc:
            QMessageBox.warning(self, title, exc.message(self.lang))
            return False
        self.w.reload()
        return True

    def return_held(self, out: str | None = None) -> Path | None:
        """Returns the chosen current submission for correction: a note on each field (its
        quality findings proposed), signed, saved as a .kzret for the office."""
        held = self.selected_held()
        title = self.tr("Return for correction")
        if held is None or held.status != "current":
            QMessageBox.information(self, title,
                                    self.tr("Choose a current submission in the table first."))
            return None
        if held.from_paper:
            # no office program receives a .kzret: the coordinator corrects a paper form by
            # calling the office, withdrawing this version and keying the corrected paper
            QMessageBox.information(self, title, self.tr(
                "This submission was entered from a paper form: there is no office program "
                "to open a return. Call the office to check the paper; if a value must "
                "change, withdraw this version and key the corrected form in the Paper forms "
                "tab."))
            return None
        lang = self.lang
        org = held.organisation
        intro = self.tr("%1, %2, version %3. Tick the fields the office is to check and write "
                        "a note for each; the quality findings of this submission are ticked.") \
            .replace("%1", org.name_kk if lang == "kk" else org.name_ru) \
            .replace("%2", str(held.reporting_year)).replace("%3", str(held.version))
        notes = ReturnDialog.ask(self, self.annex, lang, intro, self.proposed_notes(held))
        if notes is None:
            return None
        passphrase = PassphraseDialog.ask(self, self.tr(
            "The return is signed with the coordinator's key; the passphrase unlocks it."))
        if passphrase is None:
            return None
        loop = LoopService(self.w.service)
        try:
            made = loop.return_submission(held.reporting_year, held.signer_fingerprint, notes,
                                          passphrase, user=current_user())
        except ServiceError as exc:
            QMessageBox.warning(self, title, exc.message(lang))
            return None
        saved = self._save_return(made.data, made.file_name, out)
        self.w.reload()
        if saved is not None:
            self.w.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(saved)))
            QMessageBox.information(self, title, self.tr(
                "Saved: %1\n\nSend this file to the office (USB stick or e-mail); it opens it "
                "with “Open a file from the coordinator”.").replace("%1", str(saved)))
        return saved

    def _save_return(self, data: bytes, name: str, out: str | None) -> Path | None:
        title = self.tr("Return for correction")
        while True:
            if out is None:
                out, _ = QFileDialog.getSaveFileName(
                    self, self.tr("Save the return for the office"), name,
                    self.tr("Return for correction (*.kzret)"))
                if not out:
                    QMessageBox.warning(self, title, self.tr(
                        "The submission is marked returned, but the file was not saved. "
                        "Return it again to save a new file."))
                    return None
            try:
                write_file(Path(out), data)
            except ServiceError as exc:
                QMessageBox.warning(self, title, exc.message(self.lang))
                out = None
                continue
            return Path(out)

    def proposed_notes(self, held: HeldSubmission) -> list[tuple[str, str]]:
        """The quality findings of ``held`` on a field, as (field id, message) notes."""
        desk = self.w.desk
        if desk is None:
            return []
        sid = f"{org_key(held.organisation)}@{held.reporting_year}#{held.version}"
        out: dict[str, str] = {}
        for f in desk.quality([held.reporting_year]).for_submission(sid):
            if f.field_id and self.annex.has_field(f.field_id):
                text = f.message(self.annex, self.lang)
                out[f.field_id] = f"{out[f.field_id]}; {text}" if f.field_id in out else text
        return list(out.items())

    def selected_held(self) -> HeldSubmission | None:
        items = self.ui.submissionsTable.selectedItems()
        if not items:
            return None
        row = items[0].row()
        first = self.ui.submissionsTable.item(row, 0)
        index = first.data(ROLE) if first is not None else None
        return self._held[index] if index is not None else None

    def _show_submission(self) -> None:
        tree = self.ui.answersTree
        tree.clear()
        held = self.selected_held()
        if held is None:
            return
        lang = self.lang
        for block in self.annex.blocks_for_kinds(
                [k for k in held.organisation.kinds if known_kind(self.annex, k)]):
            top = QTreeWidgetItem(tree, [f"{block.number}. {block.heading(lang)}", ""])
            for f in block.fields():
                value = held.answers.get(f.id)
                child = QTreeWidgetItem(top, [f.text.get(lang),
                                              "" if value is None else short_value(value, lang)])
                child.setToolTip(0, f.id)
            top.setExpanded(True)

    def print_held(self, save: bool) -> Path | bool | None:
        # reportlab and PDFium are loaded on the first print, not at start-up (DESIGN §8)
        from kzth_desktop.gui.printing import print_pdf, save_pdf
        from kzth_desktop.services import printing

        held = self.selected_held()
        if held is None:
            QMessageBox.information(self, self.tr("Print"),
                                    self.tr("Choose a submission in the table first."))
            return None
        data = printing.held_copy(self.annex, held, self.lang)
        name = f"kzth-{held.reporting_year}-{held.organisation.region}-v{held.version}.pdf"
        if save:
            return save_pdf(self, data, name, self.tr("Save as PDF"))
        return print_pdf(self, data, name)

    def export_workbook(self, path: str | None = None) -> BackgroundOp | None:
        desk = self.w.desk
        if desk is None or not desk.years():
            QMessageBox.information(self, self.tr("Excel workbook"),
                                    self.tr("No submissions have been imported yet."))
            return None
        years = list(desk.years())[-3:]
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Excel workbook"), f"kzth-{years[0]}-{years[-1]}.xlsx",
                "Excel (*.xlsx)")
            if not path:
                return None
        lang = self.lang

        def work(progress: Progress) -> str:
            def step(done: int, total: int) -> None:
                progress.update(done, total)
                progress.check()

            desk.write_workbook(path, years, lang, progress=step)
            return path

        def done(result: str) -> None:
            self.w.statusBar().showMessage(self.tr("Saved: %1").replace("%1", result))

        self._op = BackgroundOp(self.w, self.tr("Writing the workbook…"), work, on_done=done)
        self._op.start()
        return self._op
