"""The log file IT staff attach to a support request: rotating, UTF-8, in the user data folder.

Each program has a file of its own in :func:`kzth_desktop.paths.log_dir` (``$KZTH_LOG_DIR``
if set): ``kzth-desktop.log`` for the window, ``kzth.log`` for the command line, so that the
two never rotate one file (Windows refuses to rename a file another process holds open). A file
grows to 1 MB, then becomes ``….log.1`` (five kept). Each line: ISO time, level, process id,
logger name, message.

What is logged is what happened — bundles imported and their outcome, requests, registrations
and files written, workspaces opened, unexpected errors with their traceback — never a
passphrase, a key, an answer or anything about a victim (the services log codes, file names and
digest prefixes only).

Logging never writes to the console, and never stops the program: a log that cannot be opened
(a read-only profile, a full disk) is no log, a record that cannot be written is dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
import platform
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kzth_desktop import __version__
from kzth_desktop.paths import log_dir

GUI_LOG = "kzth-desktop.log"
CLI_LOG = "kzth.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"

log = logging.getLogger(__name__)


class IsoFormatter(logging.Formatter):
    """Times as ISO 8601 with the local offset (``2026-01-10T09:30:12.345+05:00``)."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        stamp = dt.datetime.fromtimestamp(record.created).astimezone()
        return stamp.isoformat(timespec="milliseconds")


class LogFile(RotatingFileHandler):
    """A rotating log file that never raises and never prints: a record that cannot be written
    (the disk full, a rotation another process prevents) is dropped."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        pass


def ours_or_warning(record: logging.LogRecord) -> bool:
    """Our INFO lines; of the libraries (Alembic's each migration step, …) warnings only."""
    return record.levelno >= logging.WARNING or record.name.split(".", 1)[0] == "kzth_desktop"


class _Installed:
    handler: logging.Handler | None = None
    path: Path | None = None
    root_level: int | None = None


def configure(file_name: str, *, folder: Path | None = None, max_bytes: int = MAX_BYTES,
              backup_count: int = BACKUP_COUNT) -> Path | None:
    """Starts this process's log file ``file_name`` in ``folder`` (default :func:`log_dir`),
    replacing one started before; returns its path, or None when it cannot be opened (then
    nothing is logged anywhere: Python's fallback to stderr is silenced too)."""
    unconfigure()
    root = logging.getLogger()
    path: Path | None = None
    handler: logging.Handler
    try:
        where = folder if folder is not None else log_dir()
        where.mkdir(parents=True, exist_ok=True)
        path = where / file_name
        handler = LogFile(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
    except (OSError, ValueError):  # read-only, full, a file where the folder should be
        path = None
        handler = logging.NullHandler()
    handler.setLevel(logging.INFO)
    handler.addFilter(ours_or_warning)
    handler.setFormatter(IsoFormatter(FORMAT))
    root.addHandler(handler)
    _Installed.handler, _Installed.path, _Installed.root_level = handler, path, root.level
    if root.level > logging.INFO:  # WARNING unless someone chose otherwise
        root.setLevel(logging.INFO)
    if path is not None:
        log.info("%s %s started (Python %s, %s)", Path(file_name).stem, __version__,
                 platform.python_version(), platform.platform(terse=True))
    return path


def unconfigure() -> None:
    """Closes the log file :func:`configure` started (tests; a second ``main()`` in one
    process) and puts the root logger's level back."""
    handler = _Installed.handler
    if handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(handler)
    handler.close()
    if _Installed.root_level is not None:
        root.setLevel(_Installed.root_level)
    _Installed.handler = _Installed.path = _Installed.root_level = None


def current_log() -> Path | None:
    """The file this process logs to, or None (not started, or it could not be opened)."""
    return _Installed.path


def log_folder() -> Path:
    """The folder of the log files: the one in use, else where they would be."""
    path = current_log()
    return path.parent if path is not None else log_dir()
