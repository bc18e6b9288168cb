"""Whether a folder is on a network file system, where SQLite's locks and WAL are unreliable.

SQLite's write-ahead log needs shared memory (the ``-shm`` file) that every program opening
the database maps; over SMB, NFS and the like that does not work across machines, and their
byte-range locks are often broken too (https://www.sqlite.org/wal.html and
https://www.sqlite.org/howtocorrupt.html). The program still opens such a workspace, but
says so once.

- Windows: a UNC path (``\\\\server\\share``) or a drive whose type is DRIVE_REMOTE (a mapped
  network drive), by ``GetDriveTypeW``.
- Linux: the file system type of the longest mount point containing the folder, from
  ``/proc/mounts`` (:func:`mount_fs_type` parses the text; it is a pure function).
- Other systems (macOS): not detected; :func:`network_file_system` answers None.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath

# file system types (as /proc/mounts names them) whose files live on another machine
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "ncpfs", "afs", "coda", "9p",
    "ceph", "glusterfs", "lustre", "davfs", "vboxsf", "vmhgfs",
    "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs",
    "fuse.vmhgfs-fuse",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: a network drive
UNC = "unc"  # the "type" of a UNC path on Windows
REMOTE_DRIVE = "remote drive"  # the "type" of a mapped network drive


def _unescape(field: str) -> str:
    r"""A /proc/mounts field with its octal escapes (``\040`` a space, ``\011`` a tab …) undone."""
    out, i = [], 0
    while i < len(field):
        code = field[i + 1:i + 4]
        if field[i] == "\\" and len(code) == 3 and all(c in "01234567" for c in code):
            out.append(chr(int(code, 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def mount_fs_type(mounts: str, path: str) -> str | None:
    """The file system type of the mount holding the absolute POSIX ``path``, from the text
    of ``/proc/mounts``: the longest mount point that is ``path`` or one of its parents wins
    (a later line wins a tie: it is mounted over the earlier). None if no line matches."""
    target = PurePosixPath(path)
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = PurePosixPath(_unescape(parts[1]))
        if point != target and point not in target.parents:
            continue
        depth = len(point.parts)
        if best is None or depth >= best[0]:
            best = (depth, parts[2])
    return None if best is None else best[1]


def is_network_fs_type(fs_type: str) -> bool:
    return fs_type in NETWORK_FS_TYPES or fs_type.startswith(("nfs", "smb"))


def is_unc(path: str) -> bool:
    r"""``\\server\share\…`` (or ``//server/share``, or ``\\?\UNC\server\share``), not the
    local device paths ``\\?\C:\…`` and ``\\.\…``."""
    p = path.replace("/", "\\")
    if p.upper().startswith("\\\\?\\UNC\\"):
        return True
    if not p.startswith("\\\\") or p.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    server = p[2:].split("\\", 1)[0]
    return bool(server)


def _windows_drive_remote(path: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive, _ = os.path.splitdrive(path)
    if not drive:
        return False
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.GetDriveTypeW.argtypes = [ctypes.c_wchar_p]
    kernel32.GetDriveTypeW.restype = ctypes.c_uint
    return int(kernel32.GetDriveTypeW(drive + "\\")) == DRIVE_REMOTE


def network_file_system(folder: Path, *, platform: str | None = None,
                        mounts_file: Path = Path("/proc/mounts")) -> str | None:
    """The kind of network file system ``folder`` is on (``"cifs"``, ``"nfs4"``, ``"unc"``,
    ``"remote drive"`` …), or None when it is local or this cannot tell."""
    platform = sys.platform if platform is None else platform
    text = str(folder)
    if platform == "win32":
        if is_unc(text):
            return UNC
        try:
            resolved = str(Path(text).resolve())  # a mapped drive stays a drive letter
        except OSError:
            resolved = text
        if is_unc(resolved):
            return UNC
        if sys.platform == "win32" and _windows_drive_remote(resolved):  # pragma: no cover
            return REMOTE_DRIVE
        return None
    if platform.startswith("linux"):
        try:
            mounts = mounts_file.read_text(encoding="utf-8", errors="surrogateescape")
        except OSError:
            return None
        try:
            resolved = os.path.realpath(folder)
        except OSError:
            resolved = os.path.abspath(folder)
        fs_type = mount_fs_type(mounts, resolved)
        if fs_type is not None and is_network_fs_type(fs_type):
            return fs_type
        return None
    return None


__all__ = ["NETWORK_FS_TYPES", "is_network_fs_type", "is_unc", "mount_fs_type",
           "network_file_system"]
