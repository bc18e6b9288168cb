"""An unexpected error raised in a slot or a thread is a kk/ru dialog with "copy details"."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from kzth_desktop.gui import crash
from kzth_desktop.gui.i18n import Language


@pytest.fixture
def hooks():
    installed = crash.install_exception_hooks()
    yield installed
    installed.uninstall()


@pytest.fixture
def shown(monkeypatch):
    """The dialogs shown: each is built, "copy details" clicked, then closed."""
    dialogs: list[crash.ErrorDialog] = []

    def exec_(self):
        dialogs.append(self)
        self.copy_button.click()
        return 0

    monkeypatch.setattr(crash.ErrorDialog, "exec", exec_)
    return dialogs


class BoomError(RuntimeError):
    pass


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize(("lang", "title", "said"), [
    ("ru", "Непредвиденная ошибка", "что вы ввели и сохранили, остаётся в рабочей папке"),
    ("kk", "Күтпеген қате", "жұмыс кеңістігінде қалады"),
])
def test_an_error_in_a_slot_shows_the_dialog_and_copies_the_traceback(
        qtbot, hooks, shown, capsys, lang, title, said):
    language = Language(QApplication.instance(), lang)
    button = QPushButton("go")
    qtbot.addWidget(button)

    def slot() -> None:
        raise BoomError("the slot failed")

    button.clicked.connect(slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.windowTitle() == title and said in dialog.message.text()
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "BoomError: the slot failed" in copied and "in slot" in copied
    assert "BoomError: the slot failed" in capsys.readouterr().err  # still on stderr too
    language.set("ru")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_thread_is_shown_on_the_interface_thread(qtbot, hooks, shown):
    def work() -> None:
        raise BoomError("the worker failed")

    worker = threading.Thread(target=work, name="worker-7")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=2000)
    assert "thread worker-7" in shown[0].details and "the worker failed" in shown[0].details


def test_uninstall_puts_the_previous_hooks_back():
    import sys

    before = (sys.excepthook, threading.excepthook)
    installed = crash.install_exception_hooks()
    assert sys.excepthook == installed.excepthook
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
