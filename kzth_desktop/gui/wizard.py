"""First start: interface language, role, organisation, workspace folder."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget, QWizard

from kzth_desktop.annex import Annex
from kzth_desktop.gui.forms.ui_first_run_wizard import Ui_FirstRunWizard
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.passphrase import passphrase_problem
from kzth_desktop.gui.work import BackgroundOp, Progress
from kzth_desktop.services.errors import ServiceError
from kzth_desktop.services.workspace import OrgProfile, Workspace, check_profile

RESPONDENT, COORDINATOR = "respondent", "coordinator"


class FirstRunWizard(QWizard):
    """Creates a workspace; after ``exec()`` returns Accepted, ``workspace`` is open."""

    def __init__(
        self, annex: Annex, language: Language, default_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.annex = annex
        self.language = language
        self.workspace: Workspace | None = None
        self.creating: BackgroundOp | None = None  # the workspace being made (tests wait on it)
        self.ui = Ui_FirstRunWizard()
        self.ui.setupUi(self)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.ui.kazakhRadio.setChecked(language.current == "kk")
        self.ui.russianRadio.setChecked(language.current == "ru")
        self.ui.kazakhRadio.toggled.connect(self._language_toggled)
        self.ui.respondentRadio.toggled.connect(self._role_toggled)
        self.ui.folderEdit.setText(str(default_folder))
        self.ui.browseButton.clicked.connect(self._browse)
        self._fill_choices()
        self._role_toggled()

    # --- state -------------------------------------------------------------------------------
    @property
    def role(self) -> str:
        return RESPONDENT if self.ui.respondentRadio.isChecked() else COORDINATOR

    def profile(self) -> OrgProfile:
        kinds = []
        for i in range(self.ui.kindsList.count()):
            item = self.ui.kindsList.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                kinds.append(item.data(Qt.ItemDataRole.UserRole))
        respondent = self.role == RESPONDENT
        return OrgProfile(
            name_kk=self.ui.nameKkEdit.text(),
            name_ru=self.ui.nameRuEdit.text(),
            region=(self.ui.regionCombo.currentData() or "") if respondent else "",
            kinds=tuple(kinds) if respondent else (),
            contact_person=self.ui.contactEdit.text(),
            phone=self.ui.phoneEdit.text(),
            email=self.ui.emailEdit.text(),
        )

    def folder(self) -> Path:
        return Path(self.ui.folderEdit.text().strip()).expanduser()

    # --- pages -------------------------------------------------------------------------------
    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        lang = self.language.current
        if page is self.ui.orgPage:
            try:
                check_profile(self.profile(), self.role, self.annex)
            except ServiceError as exc:
                self.ui.orgProblem.setText(self._profile_problem(exc, lang))
                return False
            self.ui.orgProblem.clear()
        if page is self.ui.folderPage:
            if not self.ui.folderEdit.text().strip():
                self.ui.folderProblem.setText(self.tr("Choose a folder for the workspace."))
                return False
            passphrase = self.ui.passphraseEdit.text()
            problem = passphrase_problem(passphrase, lang)
            if problem is not None:  # too short, common, or a pattern: the reason is shown
                self.ui.folderProblem.setText(
                    "<span style='color:#b00020'>" + problem + "</span>")
                return False
            if passphrase != self.ui.confirmEdit.text():
                self.ui.folderProblem.setText(self.tr("The two passphrases differ."))
                return False
            if self.workspace is None:  # made in the background, then Finish again
                self._create(passphrase)
                return False
        return super().validateCurrentPage()

    def _create(self, passphrase: str) -> None:
        """Creates the workspace and seals its keys under the passphrase (scrypt, a second or
        so) off the interface thread; once made, the wizard finishes by itself."""
        if self.creating is not None and self.creating.running:
            return
        folder, role, profile, annex = self.folder(), self.role, self.profile(), self.annex
        lang = self.language.current

        def work(progress: Progress) -> Workspace:
            return Workspace.create(folder, role, profile, annex=annex, passphrase=passphrase)

        def created(ws: Workspace) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            self.workspace = ws
            self.accept()  # validates the page again: now it has its workspace

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            if isinstance(exc, ServiceError):
                text = exc.message(lang)
            elif isinstance(exc, OSError):
                text = self.tr("The folder cannot be used: %1").replace("%1", str(exc))
            else:
                raise exc
            self.ui.folderProblem.setText("<span style='color:#b00020'>" + text + "</span>")

        self.ui.folderProblem.setText(self.tr("Creating the workspace and its keys…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.creating = BackgroundOp(self, self.tr("Creating the workspace and its keys…"),
                                     work, on_done=created, on_error=failed, cancellable=False)
        self.creating.start()

    def _profile_problem(self, exc: ServiceError, lang: str) -> str:
        """What to correct on the organisation page, as a clerk would say it: one sentence,
        then what is missing or wrong, one item a line (not "profile not accepted: …")."""
        missing = {
            ("name_required", "kk"): self.tr("the organisation's name in Kazakh"),
            ("name_required", "ru"): self.tr("the organisation's name in Russian"),
            ("region_required", ""): self.tr("the region (choose it in the list)"),
            ("kind_required", ""): self.tr("the kind of organisation (tick at least one)"),
        }
        items = []
        for error in getattr(exc, "errors", (exc,)):
            key = (error.code.value, str(dict(error.params).get("lang", "")))
            items.append(html.escape(missing.get(key) or error.message(lang)))
        return ("<span style='color:#b00020'>"
                + html.escape(self.tr("To go on, please fill in or correct:"))
                + "<ul style='margin-top:2px'>" + "".join(f"<li>{i}</li>" for i in items)
                + "</ul></span>")

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the workspace"), self.ui.folderEdit.text()
        )
        if chosen:
            self.ui.folderEdit.setText(chosen)

    def _language_toggled(self) -> None:
        self.language.set("kk" if self.ui.kazakhRadio.isChecked() else "ru")

    def _role_toggled(self) -> None:
        respondent = self.role == RESPONDENT
        for w in (self.ui.regionLabel, self.ui.regionCombo, self.ui.kindsLabel,
                  self.ui.kindsList):
            w.setVisible(respondent)

    def _fill_choices(self) -> None:
        lang = self.language.current
        current_region = self.ui.regionCombo.currentData()
        self.ui.regionCombo.clear()
        self.ui.regionCombo.addItem("—", "")
        for r in self.annex.regions:
            self.ui.regionCombo.addItem(f"{r.name.get(lang)} ({r.code})", r.code)
        if current_region:
            self.ui.regionCombo.setCurrentIndex(self.ui.regionCombo.findData(current_region))
        checked = set()
        for i in range(self.ui.kindsList.count()):
            item = self.ui.kindsList.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                checked.add(item.data(Qt.ItemDataRole.UserRole))
        self.ui.kindsList.clear()
        for k in self.annex.kinds:
            blocks = ", ".join(b.removeprefix("b") for b in k.blocks)
            item = QListWidgetItem(f"{k.name.get(lang)}  [{blocks}]")
            item.setData(Qt.ItemDataRole.UserRole, k.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if k.id in checked else Qt.CheckState.Unchecked
            )
            self.ui.kindsList.addItem(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_choices()
        super().changeEvent(event)
