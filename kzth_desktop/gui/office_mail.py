"""What the respondent's window takes in from the coordinator (issue 17): one "Open a file from
the coordinator…" action and drops on the window for a request, a return for correction or the
results; a comment answering a coordinator's note; the results received (rule 19)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QWidget,
)

from kzth_desktop.annex import Annex
from kzth_desktop.annex.problems import ProblemCode
from kzth_desktop.exchange.notices import ResultsDoc
from kzth_desktop.exchange.reasons import ImportReason
from kzth_desktop.gui.forms.ui_results_dialog import Ui_ResultsDialog
from kzth_desktop.gui.problems_panel import ROLE_CODE
from kzth_desktop.gui.respondent_desk import RespondentDesk
from kzth_desktop.services.errors import FileRefusedError, ServiceError
from kzth_desktop.services.files import write_file
from kzth_desktop.services.office_mail import OfficeMail, Received, ResultsInfo
from kzth_desktop.services.respondent import DRAFT
from kzth_desktop.services.workspace import current_user

ROLE = Qt.ItemDataRole.UserRole
FILE_FILTER = "*.kzreq *.kzret *.kzres"


class CommentDialog:
    """Asks for the office's comment on a coordinator's note; tests patch ask()."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        answer, ok = QInputDialog.getMultiLineText(parent, title, label, text)
        return answer if ok else None


class CoordinatorMail(QObject):
    """The window's inbox of the coordinator's files (menu File) and the notes' comments."""

    def __init__(self, window: RespondentDesk) -> None:
        super().__init__(window)
        self.w = window
        self.results_dialog: ResultsDialog | None = None
        lst = window.ui.problemsList
        lst.currentItemChanged.connect(lambda *_: self._update_comment_button())
        lst.customContextMenuRequested.connect(self._problem_menu)
        window.ui.commentButton.clicked.connect(lambda: self.comment_note())
        window.ui.actionReceiveFile.triggered.connect(lambda: self.receive_file())
        window.ui.actionResults.triggered.connect(lambda: self.show_results())
        window.setAcceptDrops(True)
        window.installEventFilter(self)  # a file dropped on the window comes here

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
            if len(urls) != 1:  # one file at a time
                return False
            event.acceptProposedAction()
            if kind == QEvent.Type.Drop:  # after the drop: no dialog inside the drag
                path = urls[0].toLocalFile()
                QTimer.singleShot(0, lambda: self.receive_file(path))
            return True
        return super().eventFilter(watched, event)

    def returned_state(self, status: str) -> str:
        """The year's state as the header says it while coordinator's notes are open ("" when
        none are)."""
        report = self.w.report
        if status != DRAFT or report is None or not any(
                p.code == ProblemCode.RETURNED_BY_COORDINATOR for p in report.problems):
            return ""
        return self.tr("returned for correction")

    @property
    def mail(self) -> OfficeMail:
        return OfficeMail(self.w.ws, self.w.annex)

    # --- taking a file in ------------------------------------------------------------------------
    def receive_file(self, path: str | None = None) -> Received | None:
        """Takes in a request, a return or the results, recognised by their content; a refusal
        is shown with its reason, the first request of a new coordinator key asks for the
        phone check of its fingerprint."""
        title = self.tr("A file from the coordinator")
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.w, title, "", self.tr("The coordinator's files (%1);;All files (*)")
                .replace("%1", FILE_FILTER))
            if not path:
                return None
        if not self.w.flush():  # a return changes the year's state: the edits go first
            return None
        try:
            received = self.mail.receive_file(path)
        except FileRefusedError as exc:
            if exc.reason is not ImportReason.COORDINATOR_CHANGED:
                QMessageBox.warning(self.w, title, exc.message(self.w.lang))
                return None
            answer = QMessageBox.question(
                self.w, title,
                exc.message(self.w.lang) + "\n\n" + self.tr(
                    "Accept the new coordinator only after comparing the fingerprint with "
                    "them by phone. Accept it?"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            try:
                received = self.mail.receive_file(path, accept_new_coordinator=True)
            except ServiceError as again:
                QMessageBox.warning(self.w, title, again.message(self.w.lang))
                return None
        except ServiceError as exc:
            QMessageBox.warning(self.w, title, exc.message(self.w.lang))
            return None
        self._taken(received)
        return received

    def _taken(self, received: Received) -> None:
        year = received.years[1]
        bar = self.w.statusBar()
        if received.kind == "request" and received.request is not None:
            info = received.request.request
            self.w.load_years(select=info.reporting_year)
            bar.showMessage(self.tr("Request for %1 imported; the answers are due by %2.")
                            .replace("%1", str(info.reporting_year))
                            .replace("%2", info.deadline.strftime("%d.%m.%Y")))
        elif received.kind == "return":
            self.w.load_years(select=year)
            self.w.ui.problemsDock.show()
            self.w.ui.problemsDock.raise_()
            text = (self.tr("This return was received before; nothing changed.")
                    if received.already else self.tr(
                        "The coordinator returned the answers for %1 for correction with %2 "
                        "note(s): they are listed in the Problems panel on their fields. "
                        "Correct the fields or answer the notes, then export version %3.")
                    .replace("%1", str(year)).replace("%2", str(received.notes))
                    .replace("%3", str(received.version)))
            bar.showMessage(text)
            QMessageBox.information(self.w, self.tr("Return for correction"), text)
        else:
            bar.showMessage(self.tr("Results of the assessment for %1–%2 received.")
                            .replace("%1", str(received.years[0])).replace("%2", str(year)))
            self.show_results(received.doc_id)

    # --- the notes -------------------------------------------------------------------------------
    def selected_note_field(self) -> str | None:
        """The field of the coordinator's note selected in the Problems panel, if one is."""
        item = self.w.ui.problemsList.currentItem()
        if item is None or item.data(ROLE_CODE) != ProblemCode.RETURNED_BY_COORDINATOR.value:
            return None
        return str(item.data(ROLE)) or None

    def _update_comment_button(self) -> None:
        self.w.ui.commentButton.setEnabled(self.selected_note_field() is not None)

    def _problem_menu(self, pos: object) -> None:
        lst = self.w.ui.problemsList
        item = lst.itemAt(pos)
        if item is None:
            return
        lst.setCurrentItem(item)
        if self.selected_note_field() is None:
            return
        menu = QMenu(lst)
        menu.addAction(self.tr("Answer the coordinator's note…"), lambda: self.comment_note())
        menu.exec(lst.viewport().mapToGlobal(pos))

    def comment_note(self, field_id: str | None = None, text: str | None = None) -> bool:
        """Answers the coordinator's open note on a field with a comment (sent with the next
        version); the note then leaves the Problems panel."""
        year = self.w.year
        field_id = field_id or self.selected_note_field()
        if year is None or field_id is None:
            return False
        title = self.tr("Answer the coordinator's note")
        if text is None:
            notes = [n for n in self.w.service.returned_notes(year)
                     if n.field_id == field_id and n.open]
            field = self.w.annex.field(field_id).text.get(self.w.lang)
            asked = "\n".join(n.note for n in notes)
            text = CommentDialog.ask(self.w, title, self.tr(
                "%1\n\nThe coordinator's note: %2\n\nYour comment (it is sent with the next "
                "version of the answers):").replace("%1", field).replace("%2", asked))
            if text is None:
                return False
        try:
            self.mail.comment(year, field_id, text, user=current_user())
        except ServiceError as exc:
            QMessageBox.warning(self.w, title, exc.message(self.w.lang))
            return False
        self.w.refresh()
        self.w.statusBar().showMessage(self.tr("Comment saved; it is sent with the next version."))
        return True

    # --- the results -----------------------------------------------------------------------------
    def show_results(self, results_id: str = "") -> ResultsDialog:
        """The results received (non-modal; shown again if already open)."""
        if self.results_dialog is None:
            self.results_dialog = ResultsDialog(self.mail, self.w.annex, self.w.lang,
                                                self._own_kinds(), self.w)
        self.results_dialog.lang = self.w.lang
        self.results_dialog.fill(results_id)
        self.results_dialog.show()
        self.results_dialog.raise_()
        return self.results_dialog

    def _own_kinds(self) -> tuple[str, ...]:
        profile = self.w.ws.profile()
        return tuple(profile.kinds) if profile else ()


class ResultsDialog(QDialog):
    """The results of the assessment received: the office's own kind's risk profile first, the
    recommendations, the other kinds; the published report saved and opened."""

    def __init__(self, mail: OfficeMail, annex: Annex, lang: str, kinds: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResultsDialog()
        self.ui.setupUi(self)
        self.mail, self.annex, self.lang, self.kinds = mail, annex, lang, kinds
        self.doc: ResultsDoc | None = None
        self._infos: list[ResultsInfo] = []
        self.ui.pdfLangCombo.addItem("Қазақша", "kk")
        self.ui.pdfLangCombo.addItem("Русский", "ru")
        self.ui.pdfLangCombo.setCurrentIndex(0 if lang == "kk" else 1)
        self.ui.resultsList.currentRowChanged.connect(self._show)
        self.ui.savePdfButton.clicked.connect(lambda: self.save_pdf())
        self.ui.resultsSplitter.setSizes([260, 720])

    def fill(self, select: str = "") -> None:
        self._infos = self.mail.results()
        lst = self.ui.resultsList
        lst.blockSignals(True)
        lst.clear()
        for info in self._infos:
            name = info.coordinator.name_kk if self.lang == "kk" else info.coordinator.name_ru
            item = QListWidgetItem(f"{info.first_year}–{info.last_year}\n{name}\n"
                                   + info.received_at.strftime("%d.%m.%Y"))
            item.setData(ROLE, info.results_id)
            lst.addItem(item)
        lst.blockSignals(False)
        ids = [i.results_id for i in self._infos]
        row = ids.index(select) if select in ids else (0 if ids else -1)
        lst.setCurrentRow(row)
        self._show(row)

    def _show(self, row: int) -> None:
        ui = self.ui
        if row < 0 or row >= len(self._infos):
            self.doc = None
            ui.headerLabel.setText(self.tr("No results of the assessment have been received yet."))
            ui.resultsText.clear()
            ui.savePdfButton.setEnabled(False)
            return
        info = self._infos[row]
        try:
            self.doc = self.mail.results_doc(info.results_id)
        except ServiceError as exc:
            self.doc = None
            ui.headerLabel.setText(exc.message(self.lang))
            ui.resultsText.clear()
            ui.savePdfButton.setEnabled(False)
            return
        ui.savePdfButton.setEnabled(True)
        lang = self.lang
        header = self.tr("Risk assessment for %1–%2, sent %3.").replace(
            "%1", str(info.first_year)).replace("%2", str(info.last_year)).replace(
            "%3", info.created_at.strftime("%d.%m.%Y"))
        if info.meeting_date is not None:
            header += " " + self.tr("Meeting of the commission: %1.").replace(
                "%1", info.meeting_date.strftime("%d.%m.%Y"))
        if info.decision:
            header += " " + self.tr("Decision: %1").replace("%1", info.decision)
        ui.headerLabel.setText(header)
        ui.resultsText.setHtml(self._html(self.doc, lang))

    def _html(self, doc: ResultsDoc, lang: str) -> str:
        def paras(text: str) -> str:
            return "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()) or "<p>—</p>"

        risk_area, measures = self.tr("Risk area"), self.tr("Measures to minimise the risk")
        recommendations = self.tr("Recommendations")
        own = [p for p in doc.profiles if p.kind in self.kinds]
        others = [p for p in doc.profiles if p.kind not in self.kinds]
        out = []
        for p in own + others:
            name = (self.annex.kind(p.kind).name.get(lang)
                    if p.kind in {k.id for k in self.annex.kinds} else p.kind)
            mark = " " + self.tr("(your kind)") if p in own else ""
            out.append(f"<h3>{html.escape(name)}{html.escape(mark)}</h3>")
            out.append(f"<h4>{html.escape(risk_area)}</h4>{paras(p.risk_area[lang])}")
            out.append(f"<h4>{html.escape(measures)}</h4>"
                       f"{paras(p.measures[lang])}")
            if p in own:  # the recommendations right after the office's own profile
                out.append(f"<h3>{html.escape(recommendations)}</h3>"
                           f"{paras(doc.recommendations[lang])}")
        if not own:
            out.insert(0, f"<h3>{html.escape(recommendations)}</h3>"
                          f"{paras(doc.recommendations[lang])}")
        return "".join(out)

    def save_pdf(self, path: str | None = None, *, open_it: bool = True) -> Path | None:
        """Writes the published report in the chosen language and opens it."""
        if self.doc is None or self.doc.pdfs is None:
            return None
        lang = self.ui.pdfLangCombo.currentData() or self.lang
        if path is None:
            suggested = f"kzth-results-{self.doc.first_year}-{self.doc.last_year}-{lang}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the published report"),
                                                  suggested, "PDF (*.pdf)")
            if not path:
                return None
        target = Path(path)
        try:
            write_file(target, self.doc.pdfs[lang])
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Save the published report"),
                                exc.message(self.lang))
            return None
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
