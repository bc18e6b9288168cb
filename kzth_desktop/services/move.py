"""A workspace moved to another place: a folder's SQLite file to a PostgreSQL database (so that
a second desk can work on the same campaign), or a database back to a folder.

Everything is copied: every table of the schema row by row with its ids, and the files
received (a folder keeps them in ``received/``, a database in ``received_blob``). The target
must be empty; its schema is made by the same migrations as a new workspace's. Then the copy
is verified: the number of rows and a SHA-256 digest of each table's rows (read back through
the same column types, so that SQLite's and PostgreSQL's storage of dates, JSON and yes/no
compare as values), and every received file by its own digest. A copy that differs, or a
failure on the way, removes what was made at the target; the source is only read.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, func, inspect, select, text
from sqlalchemy.engine import make_url

from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.received import RECEIVED_DIR, sha256_hex
from kzth_desktop.services.workspace import (
    DB_FILE,
    Workspace,
    WorkspaceLocation,
    _engine,
    _has_info,
    _migrate,
    _private_folder,
    _storage_errors,
)
from kzth_desktop.storage.db import (
    VERSION_TABLE,
    create_private_file,
    current_revision,
    make_private,
    read_session,
    write_session,
)
from kzth_desktop.storage.models import Base, ReceivedBlob

CHUNK = 500  # rows inserted per statement
BLOB_TABLE: Table = ReceivedBlob.__table__  # type: ignore[assignment]
BLOB = BLOB_TABLE.name
Progress = Callable[[int, int], object]


@dataclass(frozen=True, slots=True)
class MoveReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    digests: dict[str, str] = field(default_factory=dict)  # table -> SHA-256 of its rows
    received: int = 0  # files received, copied and checked by their digest

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "rows": self.rows,
                "digests": self.digests, "received": self.received, "verified": True}


def move_workspace(source: Workspace, target: str | Path, *,
                   progress: Progress | None = None) -> MoveReport:
    """Copies ``source`` to ``target`` (an empty or missing folder, or an empty database URL)
    and verifies the copy; the source is left as it is (close it and open the target to go
    on there). Raises ServiceError: MOVE_SAME_PLACE, MOVE_TARGET_NOT_EMPTY,
    MOVE_VERIFY_FAILED (the target removed), or a storage error of the target."""
    dst = WorkspaceLocation.of(target)
    if _same_place(source.location, dst):
        raise ServiceError(ErrorCode.MOVE_SAME_PLACE, target=dst.describe())
    made_folder = _prepare(dst)
    try:
        engine = _engine(dst)
    except BaseException:
        _remove_made(dst, made_folder)
        raise
    try:  # refused before anything is written there: a database in use is never touched
        with _storage_errors(dst):
            if dst.folder is None and current_revision(engine) is not None and (
                    _has_info(engine) or _has_rows(engine)):
                raise ServiceError(ErrorCode.MOVE_TARGET_NOT_EMPTY, target=dst.describe())
    except BaseException:
        engine.dispose()
        raise
    try:
        _migrate(dst, engine)
        tables = list(Base.metadata.sorted_tables)
        steps = len(tables) + 1
        with _storage_errors(dst), read_session(source.engine) as src, \
                write_session(engine) as out:
            for n, table in enumerate(tables, 1):
                if table.name == BLOB and dst.folder is not None:
                    continue  # a folder keeps received files as files (below)
                for chunk in _chunks(src.execute(select(table).order_by(
                        *table.primary_key.columns)).mappings()):
                    out.execute(table.insert(), chunk)
                if progress is not None:
                    progress(n, steps)
            if source.folder is not None and dst.folder is None:
                for digest, data in _folder_files(source.folder):
                    out.execute(BLOB_TABLE.insert(),
                                [{"sha256": digest, "data": data}])
            if engine.dialect.name == "postgresql":
                _restart_sequences(out.connection(), tables)
        received = _copy_received_to_folder(source, dst)
        report = _verify(source, engine, dst, tables, received)
        if progress is not None:
            progress(steps, steps)
        return report
    except BaseException:
        _undo(engine, dst, made_folder)
        raise
    finally:
        engine.dispose()


# --- the target ----------------------------------------------------------------------------------


def _same_place(a: WorkspaceLocation, b: WorkspaceLocation) -> bool:
    if a.folder is not None and b.folder is not None:
        return a.folder.resolve() == b.folder.resolve()
    if a.folder is None and b.folder is None:
        return make_url(a.url) == make_url(b.url)
    return False


def _prepare(dst: WorkspaceLocation) -> bool:
    """Makes the target folder (True if it was made here); refuses one that holds anything."""
    if dst.folder is None:
        return False
    existed = dst.folder.exists()
    if existed and (not dst.folder.is_dir() or any(dst.folder.iterdir())):
        raise ServiceError(ErrorCode.MOVE_TARGET_NOT_EMPTY, target=dst.describe())
    with _storage_errors(dst):
        _private_folder(dst.folder)
        create_private_file(dst.folder / DB_FILE)
    return not existed


def _has_rows(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        return any(conn.execute(select(func.count()).select_from(t)).scalar()
                   for t in Base.metadata.sorted_tables if t.name in names)


def _remove_made(dst: WorkspaceLocation, made_folder: bool) -> None:
    """The target folder as it was: removed if made here, else emptied (it was empty)."""
    if dst.folder is None:
        return
    if made_folder:
        shutil.rmtree(dst.folder, ignore_errors=True)
        return
    for child in dst.folder.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _undo(engine: Engine, dst: WorkspaceLocation, made_folder: bool) -> None:
    """Removes what the move made at the target (the source was only read; the target was
    checked empty before anything was written there)."""
    engine.dispose()
    if dst.folder is not None:
        _remove_made(dst, made_folder)
        return
    try:
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.execute(text(f"DROP TABLE IF EXISTS {VERSION_TABLE}"))
    except Exception:  # noqa: BLE001 - the move's own error is the one to report
        pass


def _chunks(rows: Any) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(dict(row))
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _restart_sequences(conn: Any, tables: list[Table]) -> None:
    """Rows were inserted with their ids: each id sequence goes on after the highest one."""
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or pk[0].type.python_type is not int:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                           {"t": table.name, "c": pk[0].name}).scalar()
        if seq:
            conn.execute(text(f"SELECT setval('{seq}', COALESCE((SELECT MAX({pk[0].name}) "
                              f"FROM {table.name}), 0) + 1, false)"))


# --- received files ------------------------------------------------------------------------------


def _folder_files(folder: Path) -> Iterator[tuple[str, bytes]]:
    """The received files of a folder workspace, each checked against its name (its digest)."""
    received = folder / RECEIVED_DIR
    if not received.is_dir():
        return
    for path in sorted(received.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue  # a temporary file of an interrupted import
        data = path.read_bytes()
        if sha256_hex(data) != path.name:
            raise ServiceError(ErrorCode.MOVE_VERIFY_FAILED,
                               detail=f"{RECEIVED_DIR}/{path.name}: sha256")
        yield path.name, data


def _source_files(source: Workspace) -> dict[str, bytes]:
    if source.folder is not None:
        return dict(_folder_files(source.folder))
    return source.read(lambda s: {b.sha256: b.data for b in s.scalars(select(ReceivedBlob))})


def _copy_received_to_folder(source: Workspace, dst: WorkspaceLocation) -> int:
    if dst.folder is None:
        return 0
    files = _source_files(source)
    if not files:
        return 0
    folder = dst.folder / RECEIVED_DIR
    folder.mkdir(exist_ok=True)
    make_private(folder)
    for digest, data in files.items():
        path = folder / digest
        with open(path, "wb") as f:
            f.write(data)
        make_private(path)
    return len(files)


# --- verification --------------------------------------------------------------------------------


def _value(v: Any) -> Any:
    if isinstance(v, bytes | bytearray | memoryview):
        return {"bytes": hashlib.sha256(bytes(v)).hexdigest()}
    if isinstance(v, dict | list):
        return json.dumps(v, sort_keys=True, ensure_ascii=False)
    return v if isinstance(v, int | float | str | bool) or v is None else str(v)


def table_digests(engine: Engine, tables: list[Table]) -> tuple[dict[str, int], dict[str, str]]:
    """Rows and SHA-256 of each table's rows in primary-key order (values as Python reads
    them through the column types)."""
    rows: dict[str, int] = {}
    digests: dict[str, str] = {}
    with read_session(engine) as s:
        for table in tables:
            if table.name == BLOB:
                continue  # compared file by file
            h = hashlib.sha256()
            n = 0
            for row in s.execute(select(table).order_by(*table.primary_key.columns)).mappings():
                h.update(json.dumps({k: _value(v) for k, v in row.items()}, sort_keys=True,
                                    ensure_ascii=False, default=str).encode("utf-8"))
                n += 1
            rows[table.name], digests[table.name] = n, h.hexdigest()
    return rows, digests


def _verify(source: Workspace, engine: Engine, dst: WorkspaceLocation, tables: list[Table],
            received: int) -> MoveReport:
    src_rows, src_digests = table_digests(source.engine, tables)
    dst_rows, dst_digests = table_digests(engine, tables)
    for name in src_rows:
        if (src_rows[name], src_digests[name]) != (dst_rows.get(name), dst_digests.get(name)):
            raise ServiceError(ErrorCode.MOVE_VERIFY_FAILED,
                               detail=f"{name}: {src_rows[name]} / {dst_rows.get(name)}")
    wanted = {d: sha256_hex(b) for d, b in _source_files(source).items()}
    if dst.folder is not None:
        got = {p.name: sha256_hex(p.read_bytes())
               for p in (dst.folder / RECEIVED_DIR).glob("*") if p.is_file()} \
            if (dst.folder / RECEIVED_DIR).is_dir() else {}
    else:
        with read_session(engine) as s:
            got = {b.sha256: sha256_hex(b.data) for b in s.scalars(select(ReceivedBlob))}
    if got != wanted or any(k != v for k, v in got.items()):
        raise ServiceError(ErrorCode.MOVE_VERIFY_FAILED,
                           detail=f"{RECEIVED_DIR}: {len(wanted)} / {len(got)}")
    return MoveReport(source.location.describe(), dst.describe(), src_rows, src_digests,
                      len(wanted) or received)


__all__ = ["MoveReport", "move_workspace", "table_digests"]
