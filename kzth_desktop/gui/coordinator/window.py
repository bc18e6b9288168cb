"""The coordinator's desk: the menus, the reporting year, the assessment period and the tabs
(inbox, completeness, data, quality, paper forms, signers, requests, risks, analysis, report),
each tab a widget of its own made the first time it is shown."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from kzth_desktop import __version__
from kzth_desktop.gui import window_fit
from kzth_desktop.gui.coordinator.analysis import AnalysisTab
from kzth_desktop.gui.coordinator.completeness import CompletenessTab
from kzth_desktop.gui.coordinator.data import DataTab
from kzth_desktop.gui.coordinator.inbox import InboxTab
from kzth_desktop.gui.coordinator.paper import PaperTab
from kzth_desktop.gui.coordinator.quality import QualityTab
from kzth_desktop.gui.coordinator.report import ReportTab
from kzth_desktop.gui.coordinator.requests import RequestsTab
from kzth_desktop.gui.coordinator.risks import RisksTab
from kzth_desktop.gui.coordinator.signers import SignersTab
from kzth_desktop.gui.coordinator.tab import CoordinatorTab
from kzth_desktop.gui.dialogs import RulesDialog
from kzth_desktop.gui.forms.ui_coordinator_window import Ui_CoordinatorWindow
from kzth_desktop.gui.passphrase import change_passphrase
from kzth_desktop.gui.support import open_log_folder
from kzth_desktop.gui.window_context import WindowContext
from kzth_desktop.services.assessment import AssessmentService
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.workspace import Workspace

T = TypeVar("T", bound=CoordinatorTab)
PREFERRED_SIZE = QSize(1400, 900)  # on a smaller screen: what it has (window_fit)


class CoordinatorWindow(QMainWindow):
    switch_workspace = Signal(str)
    imported = Signal(object)  # an ImportReport, after the inbox has shown it

    def __init__(self, ctx: WindowContext, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.annex = ctx.annex
        self.ws = workspace
        self.service = CoordinationService(workspace, self.annex)
        self.ui = Ui_CoordinatorWindow()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        self._desk: Desk | None = None
        self.assessment_service = AssessmentService(workspace, self.annex)  # reload(): on the desk
        self._period: tuple[int, ...] | None = None
        ui = self.ui
        # each page of the tab widget is filled by its tab's widget on first show
        self._pages: dict[type[CoordinatorTab], QWidget] = {
            InboxTab: ui.inboxTab, CompletenessTab: ui.completenessTab, DataTab: ui.dataTab,
            QualityTab: ui.qualityTab, PaperTab: ui.paperTab, SignersTab: ui.signersTab,
            RequestsTab: ui.requestsTab,
            RisksTab: ui.risksTab, AnalysisTab: ui.analysisTab, ReportTab: ui.reportTab,
        }
        self._tabs: dict[type[CoordinatorTab], CoordinatorTab] = {}
        ui.actionQuit.triggered.connect(self.close)
        ui.actionNewWorkspace.triggered.connect(lambda: ctx.new_workspace(self))
        ui.actionOpenWorkspace.triggered.connect(lambda: ctx.open_workspace_dialog(self))
        ui.actionImportBundles.triggered.connect(lambda: self.tab(InboxTab).import_files())
        ui.actionChangePassphrase.triggered.connect(
            lambda: change_passphrase(self, self.ws, self.lang))
        ui.actionPrintBlank.triggered.connect(lambda: self.blank_copy(save=False))
        ui.actionSaveBlankPdf.triggered.connect(lambda: self.blank_copy(save=True))
        ui.actionRules.triggered.connect(lambda: RulesDialog(self.lang, self).exec())
        ui.actionAbout.triggered.connect(self.about)
        ui.actionOpenLogFolder.triggered.connect(lambda: open_log_folder(self))
        ui.menuRecent.aboutToShow.connect(self._fill_recent)
        group = QActionGroup(self)
        for action, lang in ((ui.actionKazakh, "kk"), (ui.actionRussian, "ru")):
            group.addAction(action)
            action.triggered.connect(lambda _=False, lang=lang: ctx.language.set(lang))
        ui.yearCombo.currentIndexChanged.connect(lambda _: self.refresh_year())
        # the first size fits the screen (a 1366×768 laptop); the geometry is kept per screen
        window_fit.restore(self, ctx.settings, "coordinator", PREFERRED_SIZE)
        self.reload()
        ui.tabs.currentChanged.connect(self._tab_shown)
        self._tab_shown(ui.tabs.currentIndex())

    @property
    def lang(self) -> str:
        return self.ctx.language.current

    # --- the tabs ------------------------------------------------------------------------------
    def tab(self, cls: type[T]) -> T:
        """The tab of that class, made now if it has not been shown yet."""
        made = self._tabs.get(cls)
        if made is None:
            made = cls(self)
            layout = QVBoxLayout(self._pages[cls])
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(made)
            made.show()  # at once, not on the next turn of the event loop
            self._tabs[cls] = made
            made.refresh()
        return made  # type: ignore[return-value]

    def made(self, cls: type[T]) -> T | None:
        """The tab of that class if it has been made (shown or asked for), else None."""
        return self._tabs.get(cls)  # type: ignore[return-value]

    def _tab_shown(self, index: int) -> None:
        page = self.ui.tabs.widget(index)
        for cls, holder in self._pages.items():
            if holder is page:
                self.tab(cls)

    # --- loading ------------------------------------------------------------------------------
    def reload(self, desk: Desk | None = None) -> None:
        """Re-reads everything from the workspace (after an import, a new signer…); ``desk``:
        one already read off the interface thread (the inbox, after an import)."""
        self._desk = desk if desk is not None else Desk.from_workspace(self.ws, self.annex)
        self.assessment_service = AssessmentService(self.ws, self.annex, self._desk)
        years = sorted(set(self._desk.years()) | {r.reporting_year
                                                   for r in self.service.requests()})
        combo = self.ui.yearCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for y in years:
            combo.addItem(str(y), y)
        index = combo.findData(current) if current is not None else combo.count() - 1
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1)
        combo.blockSignals(False)
        periods = self.periods()
        if self._period not in periods:
            self._period = periods[0] if periods else None
        self.retranslate()
        for made in list(self._tabs.values()):
            made.refresh()

    @property
    def desk(self) -> Desk | None:
        return self._desk

    @property
    def year(self) -> int | None:
        data = self.ui.yearCombo.currentData()
        return int(data) if data is not None else None

    def refresh_year(self) -> None:
        for made in list(self._tabs.values()):
            if made.follows_year:
                made.refresh()

    def periods(self) -> list[tuple[int, ...]]:
        """The assessment periods the desk allows, the latest first: rule 3, three years of
        data collection ending with a year that has submissions."""
        desk_years = sorted(self._desk.years()) if self._desk is not None else []
        return [tuple(range(last - 2, last + 1)) for last in reversed(desk_years)]

    @property
    def period(self) -> tuple[int, ...] | None:
        """The assessment period of the Risks, Analysis and Report tabs."""
        return self._period

    def set_period(self, years: tuple[int, ...] | None) -> None:
        self._period = years
        for made in list(self._tabs.values()):
            if made.follows_period:
                made.refresh()

    # --- drops and the File menu -----------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.tab(InboxTab).import_paths(paths)

    def blank_copy(self, save: bool, kind: str | None = None,
                   lang: str | None = None) -> bytes | None:
        """A blank questionnaire for a kind of subject, for offices that work on paper."""
        from kzth_desktop.gui.printing import print_pdf, save_pdf
        from kzth_desktop.services import printing

        if kind is None:
            names = [k.name.get(self.lang) for k in self.annex.kinds]
            chosen, ok = QInputDialog.getItem(self, self.tr("Blank questionnaire"),
                                              self.tr("For which kind of subject?"), names,
                                              0, False)
            if not ok:
                return None
            kind = self.annex.kinds[names.index(chosen)].id
        if lang is None:
            langs = {"Қазақша": "kk", "Русский": "ru",
                     self.tr("Both (Kazakh, then Russian)"): "both"}
            chosen, ok = QInputDialog.getItem(self, self.tr("Blank questionnaire"),
                                              self.tr("Language:"), list(langs), 0, False)
            if not ok:
                return None
            lang = langs[chosen]
        data = printing.blank_copy(self.annex, [kind], lang, self.ws.profile())
        name = f"kzth-blank-{kind}-{lang}.pdf"
        if save:
            save_pdf(self, data, name, self.tr("Save as PDF"))
        else:
            print_pdf(self, data, name)
        return data

    def _fill_recent(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        for loc in self.ctx.settings.recent_workspaces():
            action = menu.addAction(loc)
            action.triggered.connect(lambda _=False, loc=loc: self.switch_workspace.emit(loc))

    def about(self) -> None:
        a = self.annex
        QMessageBox.about(
            self, self.tr("About KZTH Desktop"),
            f"<h3>KZTH Desktop {__version__}</h3><p>{a.rules_title.get(self.lang)}</p>"
            f"<p>{a.version.order.get(self.lang)}</p>")

    # --- language and closing -------------------------------------------------------------------
    def retranslate(self) -> None:
        """The window's own texts (each tab re-reads its own on a language change)."""
        lang = self.lang
        profile = self.ws.profile()
        name = (profile.name_kk if lang == "kk" else profile.name_ru) if profile else ""
        self.ui.orgLabel.setText(f"<b>{name}</b>")
        self.setWindowTitle(self.tr("KZTH Desktop — coordinator — %1").replace(
            "%1", self.ws.location.describe()))
        self.ui.actionKazakh.setChecked(lang == "kk")
        self.ui.actionRussian.setChecked(lang == "ru")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_fit.save(self, self.ctx.settings, "coordinator")
        self.ctx.settings.sync()
        super().closeEvent(event)


