"""What IT staff need for a support request: Help → Open the log folder in both windows, in
kk and ru, opening the folder (made if missing); the error dialog names the log folder, opens
it, and the error with its traceback is in the log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from kzth_desktop import logfile
from kzth_desktop.gui import crash, support
from kzth_desktop.gui.context import AppContext
from kzth_desktop.gui.coordinator.window import CoordinatorWindow
from kzth_desktop.gui.i18n import Language
from kzth_desktop.gui.main_window import MainWindow
from kzth_desktop.gui.settings import Settings
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import OrgProfile, Workspace

AKIMAT = OrgProfile("Алматы облысының әкімдігі", "Акимат Алматинской области", "KZ-19",
                    ("akimat",))
TEXTS = {"ru": ("&Справка", "Открыть папку &журнала"),
         "kk": ("&Анықтама", "&Журнал қалтасын ашу")}


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders handed to the system's file manager (none is really opened)."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(support.QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs" / "not yet made"
    monkeypatch.setenv("KZTH_LOG_DIR", str(folder))
    return folder


@pytest.fixture
def ctx(tmp_path: Path, annex):
    app = QApplication.instance()
    language = Language(app, "ru")
    yield AppContext(app, annex, Settings(tmp_path / "settings.ini"), language)
    language.set("ru")


@pytest.fixture(params=["respondent", "coordinator"])
def window(request, qtbot, ctx, tmp_path, annex):
    if request.param == "respondent":
        ws = Workspace.create(tmp_path / "ws", "respondent", AKIMAT, annex=annex)
        RespondentService(ws, annex).add_campaign(2025)
        win: QMainWindow = MainWindow(ctx, ws)
    else:
        ws = Workspace.create(tmp_path / "ws", "coordinator", OrgProfile("Ү", "К"), annex=annex)
        win = CoordinatorWindow(ctx, ws)
    qtbot.addWidget(win)
    yield win
    ws.close()


def help_menu(win: QMainWindow) -> QMenu:
    return win.ui.menuHelp


def test_help_opens_the_log_folder_in_both_windows_and_languages(window, ctx, log_dir, opened):
    action = window.ui.actionOpenLogFolder
    assert action in help_menu(window).actions()
    for lang in ("ru", "kk"):
        ctx.language.set(lang)
        assert (help_menu(window).title(), action.text()) == TEXTS[lang]
    assert not log_dir.exists()
    action.trigger()
    assert opened == [str(log_dir)] and log_dir.is_dir()  # made first, then opened


def test_the_folder_opened_is_the_one_logged_to(tmp_path, opened, qtbot):
    path = logfile.configure(logfile.GUI_LOG, folder=tmp_path / "in use")
    assert support.open_log_folder() == tmp_path / "in use" == path.parent
    assert opened == [str(tmp_path / "in use")]


def test_when_nothing_can_open_it_a_message_gives_the_path(monkeypatch, log_dir, qtbot):
    monkeypatch.setattr(support.QDesktopServices, "openUrl", lambda url: False)
    said: list[str] = []
    monkeypatch.setattr(support.QMessageBox, "information",
                        lambda parent, title, text: said.append(f"{title}|{text}"))
    language = Language(QApplication.instance(), "kk")
    try:
        support.open_log_folder()
    finally:
        language.set("ru")
    assert said == [f"Журнал қалтасы|Бағдарлама журналының файлдары мына қалтада:\n{log_dir}"]


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize(("lang", "said"), [
    ("ru", "Подробности записаны и в журнал программы, в этой папке:"),
    ("kk", "Толығы бағдарлама журналына да жазылды, мына қалтада:"),
])
def test_the_error_dialog_names_the_log_folder_and_the_log_has_the_traceback(
        tmp_path, qtbot, opened, monkeypatch, lang, said):
    folder = tmp_path / "logs"
    path = logfile.configure(logfile.GUI_LOG, folder=folder)
    assert path is not None
    shown: list[crash.ErrorDialog] = []

    def show(details: str) -> None:
        dialog = crash.ErrorDialog(details)
        qtbot.addWidget(dialog)
        shown.append(dialog)

    language = Language(QApplication.instance(), lang)
    hooks = crash.install_exception_hooks(show)
    try:
        try:
            raise LookupError("the slot lost its year")
        except LookupError as exc:
            hooks.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        hooks.uninstall()
        language.set("ru")
    dialog = shown[0]
    assert dialog.log_note.text() == f"{said}\n{folder}"
    dialog.log_button.click()
    assert opened == [str(folder)]
    text = path.read_text(encoding="utf-8")
    assert " ERROR " in text and "kzth_desktop.gui.crash: unexpected error" in text
    assert "Traceback (most recent call last):" in text
    assert "LookupError: the slot lost its year" in text


def test_the_error_dialog_says_so_when_there_is_no_log(qtbot, log_dir):
    logfile.unconfigure()
    Language(QApplication.instance(), "ru")
    dialog = crash.ErrorDialog("details")
    qtbot.addWidget(dialog)
    assert dialog.log_note.text() == (
        "Журнал программы записать не удалось: скопируйте подробности. Его папка:\n"
        f"{log_dir}")
