"""The coordinator's window. For now it shows the workspace and the questionnaire it expects:
which kinds of subject answer which blocks. The desk (inbox, completeness, data, quality)
grows here with the exchange of bundles."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.dialogs import RulesDialog
from kzth_desktop.services.workspace import Workspace


class CoordinatorWindow(QMainWindow):
    switch_workspace = Signal(str)

    def __init__(self, ctx: AppContext, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ws = workspace
        central = QWidget()
        layout = QVBoxLayout(central)
        self.heading = QLabel(wordWrap=True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.setCentralWidget(central)
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.action_new = self.menu_file.addAction("")
        self.action_new.triggered.connect(lambda: ctx.new_workspace(self))
        self.action_open = self.menu_file.addAction("")
        self.action_open.triggered.connect(lambda: ctx.open_workspace_dialog(self))
        self.action_quit = self.menu_file.addAction("")
        self.action_quit.triggered.connect(self.close)
        self.menu_lang = bar.addMenu("")
        group = QActionGroup(self)
        self.lang_actions = {}
        for lang, name in (("kk", "Қазақша"), ("ru", "Русский")):
            action = self.menu_lang.addAction(name)
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _=False, lang=lang: ctx.language.set(lang))
            self.lang_actions[lang] = action
        self.menu_help = bar.addMenu("")
        self.action_rules = self.menu_help.addAction("")
        self.action_rules.setShortcut("F1")
        self.action_rules.triggered.connect(
            lambda: RulesDialog(ctx.language.current, self).exec())
        self.resize(1000, 700)
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.ctx.language.current
        annex = self.ctx.annex
        profile = self.ws.profile()
        name = (profile.name_kk if lang == "kk" else profile.name_ru) if profile else ""
        self.setWindowTitle(self.tr("KZTH Desktop — coordinator — %1").replace(
            "%1", self.ws.location.describe()))
        self.menu_file.setTitle(self.tr("&File"))
        self.action_new.setText(self.tr("&New workspace…"))
        self.action_open.setText(self.tr("&Open workspace…"))
        self.action_quit.setText(self.tr("&Quit"))
        self.menu_lang.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.action_rules.setText(self.tr("The &Rules (order No. 849 / No. 410)"))
        self.lang_actions[lang].setChecked(True)
        self.heading.setText(
            f"<h2>{name}</h2><p>"
            + self.tr("Coordinator workspace. The questionnaire expects these subjects:")
            + "</p>")
        self.tree.setHeaderLabels([self.tr("Kind of subject"), self.tr("Blocks")])
        self.tree.clear()
        for kind in annex.kinds:
            item = QTreeWidgetItem(self.tree, [kind.name.get(lang),
                                               ", ".join(b[1:] for b in kind.blocks)])
            for bid in kind.blocks:
                block = annex.block(bid)
                QTreeWidgetItem(item, [f"{block.number}. {block.heading(lang)}",
                                       str(len(block.questions))])
        self.tree.resizeColumnToContents(0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.sync()
        super().closeEvent(event)
