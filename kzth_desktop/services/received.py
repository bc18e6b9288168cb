"""The content-addressed store of received files: every file handed in, kept unchanged.

A folder workspace keeps them as ``<workspace>/received/<sha256>`` (written to a temporary
name, synced, then renamed, so a file is either whole or absent); a workspace that is only a
database URL keeps them in the ``received_blob`` table.
"""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kzth_desktop.services.workspace import Workspace
from kzth_desktop.storage import make_private
from kzth_desktop.storage.models import ReceivedBlob

RECEIVED_DIR = "received"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ReceivedStore:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.folder: Path | None = (
            ws.folder / RECEIVED_DIR if ws.folder is not None else None)

    def put(self, data: bytes) -> str:
        """Stores ``data`` (if not already there) and returns its SHA-256 (hex)."""
        digest = sha256_hex(data)
        if self.folder is None:
            def work(s: Session) -> None:
                if s.get(ReceivedBlob, digest) is None:
                    s.add(ReceivedBlob(sha256=digest, data=data))

            try:
                self.ws.write(work)
            except IntegrityError:
                # a shared database: someone else's import stored the same file meanwhile
                if self.ws.read(lambda s: s.get(ReceivedBlob, digest)) is None:
                    raise
            return digest
        target = self.folder / digest
        if target.is_file() and target.stat().st_size == len(data):
            return digest
        if not self.folder.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            make_private(self.folder)  # workspace files: readable by their owner only
        tmp = self.folder / f".{digest}.{os.getpid()}.{threading.get_ident()}.tmp"
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        return digest

    def put_stream(self, f: BinaryIO, chunk: int = 1 << 20) -> tuple[str, int]:
        """Stores the rest of an open file, read in chunks (a file too large to be read whole
        is still kept); returns its SHA-256 (hex) and size."""
        h = hashlib.sha256()
        size = 0
        if self.folder is None:
            parts = []
            while block := f.read(chunk):
                parts.append(block)
            data = b"".join(parts)
            return self.put(data), len(data)
        self.folder.mkdir(parents=True, exist_ok=True)
        tmp = self.folder / f".stream.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            with open(tmp, "wb") as out:
                while block := f.read(chunk):
                    h.update(block)
                    out.write(block)
                    size += len(block)
                out.flush()
                os.fsync(out.fileno())
            digest = h.hexdigest()
            os.replace(tmp, self.folder / digest)
        finally:
            tmp.unlink(missing_ok=True)
        return digest, size

    def get(self, digest: str) -> bytes:
        if self.folder is None:
            def work(s: Session) -> bytes | None:
                blob = s.get(ReceivedBlob, digest)
                return None if blob is None else blob.data

            data = self.ws.read(work)
            if data is None:
                raise KeyError(digest)
            return data
        try:
            return (self.folder / digest).read_bytes()
        except FileNotFoundError:
            raise KeyError(digest) from None

    def count(self) -> int:
        if self.folder is None:
            return self.ws.read(
                lambda s: int(s.scalar(select(func.count(ReceivedBlob.sha256))) or 0))
        if not self.folder.is_dir():
            return 0
        return sum(1 for p in self.folder.iterdir() if len(p.name) == 64)
