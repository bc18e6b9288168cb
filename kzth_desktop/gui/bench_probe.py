"""The benchmark's measurements of the interface, each in a process of its own (offscreen).

``python -m kzth_desktop.gui.bench_probe TASK '{"arg": …}'``:

- start-up: the application itself, with ``KZTH_BENCH_SHOWN`` set, prints :data:`SHOWN_LINE`
  once its first window is painted, then quits (:func:`report_first_paint`, called by
  :mod:`kzth_desktop.gui.app`); the parent times it from process start to that line, against a
  bare PySide6 window doing the same (``kzth_desktop.bench.runner.BARE_WINDOW``).
- ``form``: a block's form shown in the respondent's main window, from the click (the window's
  ``show_block``) to the end of its first paint; with the floor of the same number of plain
  label + line-edit rows shown the same way.
- ``autosave``: one pending edit written by the window's autosave (``MainWindow.flush``), timed
  to the end of the transaction that puts it on disk, and to the end of the whole flush
  (re-validation and marks included); with the floor of a bare SQLite INSERT + COMMIT.

Each task prints one JSON object on its last line, with the process's peak memory
(``peak_mb``, see :func:`kzth_desktop.bench.workloads.peak_mb`).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

SHOWN_LINE = "kzth-bench-shown"
SHOWN_ENV = "KZTH_BENCH_SHOWN"
WINDOW_SIZE = (1200, 800)
MODULES_ENV, MODULES_LINE = "KZTH_BENCH_MODULES", "kzth-bench-modules"
# what the first paint of a window does not need (loaded on the first workbook, PDF, print)
HEAVY_MODULES = ("openpyxl", "numpy", "reportlab", "pypdfium2", "alembic")


# --- first paint ---------------------------------------------------------------------------------


class _PaintWatch(QObject):
    """Notes when a widget receives its first paint event."""

    def __init__(self, widget: QWidget, then: Callable[[], None] | None = None) -> None:
        super().__init__(widget)
        self.painted = False
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.painted and event.type() == QEvent.Type.Paint:
            self.painted = True
            if self._then is not None:
                # the rest of this paint pass (the children) runs before a 0 ms timer fires
                QTimer.singleShot(0, self._then)
        return False


def report_first_paint(app: QApplication, window: QWidget) -> None:
    """Prints :data:`SHOWN_LINE` once ``window`` has been painted the first time, then quits
    (the hook behind ``KZTH_BENCH_SHOWN``)."""

    def shown() -> None:
        from kzth_desktop.bench.workloads import peak_mb

        sys.stdout.write(f"{SHOWN_LINE} {peak_mb() or ''}\n")
        if os.environ.get(MODULES_ENV):  # which heavy modules the start path loaded
            heavy = [m for m in HEAVY_MODULES if m in sys.modules]
            sys.stdout.write(f"{MODULES_LINE} {json.dumps(heavy)}\n")
        sys.stdout.flush()
        app.quit()

    _PaintWatch(window, shown)


def wait_painted(widget: QWidget, timeout: float = 10.0) -> None:
    """Runs the event loop until ``widget`` has been painted once (and its paint pass done)."""
    watch = _PaintWatch(widget)
    app = QApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + timeout
    while not watch.painted:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if time.perf_counter() > deadline:
            raise TimeoutError("the widget was never painted")
    app.processEvents()  # the rest of the paint pass, as a user would wait for it
    watch.deleteLater()


def _app() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    return app


# --- the respondent's window ---------------------------------------------------------------------


def _window(workspace: Path, settings: Path) -> Any:
    """The respondent's main window on ``workspace``, shown and painted."""
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.gui.context import AppContext
    from kzth_desktop.gui.i18n import Language
    from kzth_desktop.gui.settings import Settings
    from kzth_desktop.services.workspace import Workspace

    app = _app()
    ctx = AppContext(app, load_default_annex(), Settings(settings), Language(app, "ru"))
    ws = Workspace.open(workspace, annex=ctx.annex)
    window = ctx.window_for(ws)
    window.resize(*WINDOW_SIZE)
    window.show()
    wait_painted(window)
    return window


def _copy(workspace: str, into: Path) -> Path:
    return Path(shutil.copytree(workspace, into / "workspace"))


def _reopened(workspace: Path) -> int:
    """The workspace's latest year, back in draft (a copy of an exported demo workspace)."""
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.services.respondent import RespondentService
    from kzth_desktop.services.workspace import Workspace

    annex = load_default_annex()
    ws = Workspace.open(workspace, annex=annex)
    try:
        svc = RespondentService(ws, annex)
        year = svc.campaigns()[-1].year
        if svc.campaign(year).status != "draft":
            svc.reopen(year, user="bench")
        return year
    finally:
        ws.close()


def _show_in(window: Any, form: QWidget) -> float:
    """Seconds to put ``form`` in the window's form area and see it painted."""
    area = window.ui.formArea
    started = time.perf_counter()
    area.takeWidget()
    area.setWidget(form)
    wait_painted(form)
    return time.perf_counter() - started


def _floor_form(n_fields: int) -> QWidget:
    """``n_fields`` rows of a plain label over a line edit: Qt's own cost of a form this long."""
    form = QWidget()
    lay = QVBoxLayout(form)
    for i in range(n_fields):
        label = QLabel(f"{i + 1}. Поле")
        label.setWordWrap(True)
        lay.addWidget(label)
        lay.addWidget(QLineEdit())
    lay.addStretch(1)
    return form


def _form(args: Mapping[str, Any]) -> dict[str, Any]:
    """``blocks``: shown one after the other, each built afresh (the time of a first click);
    ``synthetic``: instead, one form made of those blocks' questions together (a block of
    100+ fields, which the annex does not have), filled with ``answers``."""
    from kzth_desktop.gui.formgen import BlockForm

    with tempfile.TemporaryDirectory(prefix="kzth-bench-") as tmp:
        workspace = _copy(args["workspace"], Path(tmp))
        window = _window(workspace, Path(tmp) / "settings.ini")
        annex = window.annex
        blocks = list(args["blocks"])
        fields = sum(len(list(annex.block(b).fields())) for b in blocks)
        repeats = int(args.get("repeats", 1))
        runs: list[float] = []
        for _ in range(repeats):
            seconds = 0.0
            if args.get("synthetic"):
                questions = tuple(q for b in blocks for q in annex.block(b).questions)
                block = replace(annex.block(blocks[0]), questions=questions)
                answers = args.get("answers") or {}
                started = time.perf_counter()
                form = BlockForm(annex, block, window.lang, reporting_year=window.year)
                form.set_values(answers)
                seconds = time.perf_counter() - started + _show_in(window, form)
            else:
                for block_id in blocks:
                    # a block not shown yet: drop the window's cached form of it, if any
                    window._forms.pop(block_id, None)
                    started = time.perf_counter()
                    window.show_block(block_id)
                    wait_painted(window.form(block_id))
                    seconds += time.perf_counter() - started
            runs.append(seconds)
        floors = []
        for _ in range(repeats):
            started = time.perf_counter()
            floor_form = _floor_form(fields)
            floors.append(time.perf_counter() - started + _show_in(window, floor_form))
        window.ws.close()
    return {"seconds": runs[0], "runs": runs, "floor": floors[0], "floor_runs": floors,
            "fields": fields}


def _autosave(args: Mapping[str, Any]) -> dict[str, Any]:
    """An edit typed in the window, then the autosave firing (``flush``): seconds until the
    edit's transaction is committed (on disk: WAL, synchronous FULL), and until ``flush``
    returns; ``edits`` times, the median reported."""
    from kzth_desktop.bench.workloads import sqlite_commit_floor

    with tempfile.TemporaryDirectory(prefix="kzth-bench-") as tmp:
        workspace = _copy(args["workspace"], Path(tmp))
        _reopened(workspace)
        window = _window(workspace, Path(tmp) / "settings.ini")
        field_id = args.get("field", "b1.q9.publications")
        block_id = field_id.split(".")[0]
        window.show_block(block_id)
        _app().processEvents()
        service = window.service
        original = service.save_draft
        committed: list[float] = []

        def timed_save(*a: Any, **kw: Any) -> bool:
            result: bool = original(*a, **kw)
            committed.append(time.perf_counter())
            return result

        service.save_draft = timed_save
        on_disk: list[float] = []
        total: list[float] = []
        app = _app()
        for i in range(int(args.get("edits", 15))):
            # what typing does: the form emits the edit, the window queues it, the timer starts
            window.form(block_id).answerEdited.emit(field_id, 100 + i)
            committed.clear()
            started = time.perf_counter()
            window.flush()  # the autosave timer's timeout
            done = time.perf_counter()
            app.processEvents()
            on_disk.append(committed[0] - started)
            total.append(done - started)
        service.save_draft = original
        stored = service.answers(window.year).get(field_id)
        window.ws.close()
        floor = sqlite_commit_floor(Path(tmp))
    return {"seconds": statistics.median(on_disk), "max": max(on_disk),
            "flush": statistics.median(total), "flush_max": max(total),
            "floor": statistics.median(floor), "floor_max": max(floor),
            "stored": stored}


TASKS: Mapping[str, Callable[[Mapping[str, Any]], dict[str, Any] | None]] = {
    "form": _form,
    "autosave": _autosave,
}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    task, args = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    result = TASKS[task](args)
    if result is not None:
        from kzth_desktop.bench.workloads import peak_mb

        result["pid"] = os.getpid()
        result["peak_mb"] = peak_mb()
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
