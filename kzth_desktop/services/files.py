"""Files written outside the database (bundles, registrations, answers files): whole or not
at all, readable by their owner only, and a failure is a message naming the folder.

A file is written to a temporary name beside its target (``mkstemp``: mode 0600), synced,
renamed over the target, and the folder is synced too (POSIX), so that after a crash the
target holds either the old bytes or all the new ones. When anything fails the temporary
file is removed and the error says which folder and how much space the file needs
(TARGET_FULL, TARGET_NOT_WRITABLE, TARGET_FAILED).

On Windows a file that another program holds open (a workbook in Excel, a PDF in Acrobat)
cannot be replaced: the rename fails with ERROR_SHARING_VIOLATION or ERROR_ACCESS_DENIED.
That is FILE_IN_USE, naming the file: close it and try again; the old file is untouched.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from contextlib import suppress
from pathlib import Path

from kzth_desktop.services.errors import ErrorCode, ServiceError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_NOT_WRITABLE = {errno.EROFS, errno.EACCES, errno.EPERM}
# Windows system error codes (winerror): the file is open in another program
ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
log = logging.getLogger(__name__)


def size_text(n: int) -> str:
    """``1 234 567``: digits grouped by a no-break space (the kk/ru convention)."""
    return f"{n:,}".replace(",", "\u00a0")


def target_error(exc: OSError, folder: Path, needed: int) -> ServiceError:
    """The ServiceError an OSError of writing into ``folder`` means."""
    if exc.errno in _FULL:
        return ServiceError(ErrorCode.TARGET_FULL, folder=str(folder), needed=size_text(needed))
    if exc.errno in _NOT_WRITABLE:
        return ServiceError(ErrorCode.TARGET_NOT_WRITABLE, folder=str(folder))
    return ServiceError(ErrorCode.TARGET_FAILED, folder=str(folder),
                        detail=exc.strerror or str(exc))


def held_open(exc: OSError, *, target_exists: bool) -> bool:
    """Whether a failed rename onto an existing file means another program holds it open.

    Windows says so with ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION; Excel and Acrobat
    often make it ERROR_ACCESS_DENIED, which is taken to mean the same when the target
    exists (the temporary file beside it was just created, so the folder is writable).
    Other systems have no such locks (``winerror`` is only set on Windows).
    """
    code = getattr(exc, "winerror", None)
    if code in (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION):
        return True
    return code == ERROR_ACCESS_DENIED and target_exists


def fsync_folder(folder: Path) -> None:
    """Makes a rename in ``folder`` durable (POSIX; Windows has no directory handles for it).
    File systems that cannot sync a directory (EINVAL: some FUSE and network mounts) are let
    be: the file itself is synced already."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def write_file(path: Path, data: bytes) -> None:
    """Writes ``data`` to ``path`` whole or not at all (see the module's docstring).

    Raises ServiceError (TARGET_FULL / TARGET_NOT_WRITABLE / TARGET_FAILED, or FILE_IN_USE
    when another program holds the target open) with no temporary file left behind; the
    target, if it existed, is unchanged then.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise target_error(exc, folder, len(data)) from exc
    tmp = Path(tmp_name)
    renamed = False
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        try:
            os.replace(tmp, path)
        except OSError as exc:
            if held_open(exc, target_exists=path.exists()):
                raise ServiceError(ErrorCode.FILE_IN_USE, path=str(path)) from exc
            raise
        renamed = True
        fsync_folder(folder)
    except OSError as exc:
        if not renamed:
            with suppress(OSError):
                tmp.unlink()
        raise target_error(exc, folder, len(data)) from exc
    except BaseException:  # FILE_IN_USE, KeyboardInterrupt
        if not renamed:
            with suppress(OSError):
                tmp.unlink()
        raise
    log.info("file written: %s (%s bytes)", path, len(data))
