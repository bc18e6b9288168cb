"""The container of the three file formats: a small, canonical, uncompressed zip.

Any zip tool opens it (to look at the manifest), but this program accepts only the exact bytes
its own writer produces from the entries: fixed entry names in a fixed order, stored
(uncompressed), no extra fields, comments, encryption or data descriptors, a fixed date.
Reading is strict and bounded: the file size is checked first; the central directory is read
by :mod:`zipfile` and every entry's name, method and *declared* size are checked before any
data is read; then the file is rebuilt from its entries and must be byte-identical. Since
nothing is compressed there is nothing to decompress, so no zip bomb can expand; the
ciphertext would not compress anyway.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from typing import Any

from kzth_desktop.exchange.reasons import ImportReason

MAX_FILE_SIZE = 16 * 1024 * 1024
_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01
_DOS_TIME = 0
_VERSION = 20  # 2.0: stored entries
_MADE_BY = (3 << 8) | _VERSION  # Unix
_EXTERNAL_ATTR = (0o100644 << 16)


class ContainerError(Exception):
    """The file is not an acceptable container; ``reason`` and ``params`` say why."""

    def __init__(self, reason: ImportReason, **params: Any) -> None:
        self.reason = reason
        self.params = params
        super().__init__(f"{reason}: {params}")


def write_container(entries: Sequence[tuple[str, bytes]]) -> bytes:
    """The canonical zip of ``entries`` (name, data), in that order."""
    out = bytearray()
    central = bytearray()
    for name, data in entries:
        raw_name = name.encode("ascii")
        crc = zlib.crc32(data)
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, _VERSION, 0, 0, _DOS_TIME, _DOS_DATE,
                           crc, len(data), len(data), len(raw_name), 0)
        out += raw_name + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, _MADE_BY, _VERSION, 0, 0,
                               _DOS_TIME, _DOS_DATE, crc, len(data), len(data), len(raw_name),
                               0, 0, 0, 0, _EXTERNAL_ATTR, offset)
        central += raw_name
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central),
                       cd_offset, 0)
    return bytes(out)


def _unsafe(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return (
        name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":")
        or any(p in ("..", ".") for p in parts) or "\x00" in name
    )


def read_container(data: bytes, expected: Sequence[tuple[str, int]],
                   max_size: int = MAX_FILE_SIZE) -> Mapping[str, bytes]:
    """The entries of a container holding exactly ``expected`` (name, size limit) entries.

    Raises :class:`ContainerError` with the first reason found, in the order: file size,
    zip structure, unsafe names, wrong set of entries, declared sizes, canonical form.
    """
    if len(data) > max_size:
        raise ContainerError(ImportReason.FILE_TOO_LARGE, size=len(data), limit=max_size)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
            NotImplementedError, struct.error) as exc:
        raise ContainerError(ImportReason.CONTAINER_MALFORMED, detail=str(exc)) from None
    with zf:
        infos = zf.infolist()
        limits = dict(expected)
        names = [i.orig_filename for i in infos]
        for name in names:
            if _unsafe(name):
                raise ContainerError(ImportReason.CONTAINER_UNSAFE_PATH, name=name)
        if len(names) > 64 or sorted(names) != sorted(limits):
            raise ContainerError(ImportReason.CONTAINER_ENTRIES,
                                 expected=", ".join(n for n, _ in expected),
                                 found=", ".join(names[:20]) or "—")
        for info in infos:
            limit = limits[info.orig_filename]
            declared = max(info.file_size, info.compress_size)
            if declared > limit:
                raise ContainerError(ImportReason.CONTAINER_ENTRY_TOO_LARGE,
                                     name=info.orig_filename, size=declared, limit=limit)
        for info in infos:
            if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1 \
                    or info.compress_size != info.file_size:
                raise ContainerError(ImportReason.CONTAINER_NONCANONICAL,
                                     detail=f"{info.orig_filename}: compressed or encrypted")
        entries: dict[str, bytes] = {}
        try:
            for name, _ in expected:
                with zf.open(name) as f:
                    content = f.read(limits[name] + 1)
                if len(content) > limits[name]:
                    raise ContainerError(ImportReason.CONTAINER_ENTRY_TOO_LARGE, name=name,
                                         size=len(content), limit=limits[name])
                entries[name] = content
        except ContainerError:
            raise
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError,
                RuntimeError, struct.error, zlib.error) as exc:
            raise ContainerError(ImportReason.CONTAINER_MALFORMED, detail=str(exc)) from None
    if write_container([(name, entries[name]) for name, _ in expected]) != data:
        raise ContainerError(ImportReason.CONTAINER_NONCANONICAL, detail="layout")
    return entries
