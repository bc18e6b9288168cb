"""Long work off the interface thread: result, progress, cancel, errors."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QWidget

from kzth_desktop.gui.work import BackgroundOp, Progress


def test_work_runs_off_the_interface_thread_and_reports(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    main = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["thread"] = threading.get_ident()
        for i in range(5):
            progress.update(i + 1, 5, f"file {i}")
        return 42

    results: list[object] = []
    op = BackgroundOp(parent, "Import", work, on_done=results.append, show_progress=False)
    with qtbot.waitSignal(op.done, timeout=5000):
        op.start()
    assert results == [42]
    assert seen["thread"] != main


def test_cancel_stops_the_work(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    processed: list[int] = []

    def work(progress: Progress) -> str:
        for i in range(1000):
            progress.check()
            processed.append(i)
            time.sleep(0.002)
        return "finished"

    results: list[object] = []
    op = BackgroundOp(parent, "Import", work, on_done=results.append, show_progress=False)
    with qtbot.waitSignal(op.done, timeout=5000) as blocker:
        op.start()
        time.sleep(0.02)
        op.progress.cancel()
    assert blocker.args == [None]
    assert results == [] and 0 < len(processed) < 1000


def test_an_error_reaches_the_handler(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def work(progress: Progress) -> None:
        raise ValueError("broken file")

    op = BackgroundOp(parent, "Import", work, on_error=errors.append, show_progress=False)
    with qtbot.waitSignal(op.done, timeout=5000):
        op.start()
    assert [str(e) for e in errors] == ["broken file"]
