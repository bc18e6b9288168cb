"""Engines, sessions and migrations of a workspace database.

SQLite gets WAL, foreign keys, a busy timeout and real transactions (DDL included) through
connection events; any other SQLAlchemy URL (PostgreSQL through psycopg 3:
``postgresql+psycopg://user:password@host/db``) is used as it is, its connections checked before
use. Migrations are Alembic scripts shipped inside this package and run by the program itself:
no alembic.ini to find.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"
BUSY_TIMEOUT_MS = 10_000


class StorageError(Exception):
    """A workspace database cannot be used; ``code`` says why, ``params`` the details."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


class WorkspaceTooNewError(StorageError):
    """The database was written by a newer release (its revision is unknown to this code)."""

    def __init__(self, revision: str, head: str) -> None:
        super().__init__(
            "workspace_too_new",
            f"the workspace has schema revision {revision!r}, newer than this program's "
            f"{head!r}; open it with a newer release of KZTH Desktop",
            revision=revision,
            head=head,
        )


# --- what a failure of the database means ---------------------------------------------------------

FULL, BUSY, DAMAGED, IO = "full", "busy", "damaged", "io"
SQLITE_HEADER = b"SQLite format 3\x00"
# PostgreSQL's SQLSTATEs for "another desk holds the lock past the timeout" (lock_not_available,
# deadlock_detected, serialization_failure) and for a full disk (disk_full)
PG_BUSY_STATES = frozenset({"55P03", "40P01", "40001"})
PG_FULL_STATES = frozenset({"53100"})


def failure_kind(exc: BaseException) -> str | None:
    """What a storage exception means for the user: FULL (no space left), BUSY (another
    program holds the write lock past the busy timeout), DAMAGED (not a database, or a
    corrupt one), IO (any other failure to read or write), or None when ``exc`` is not a
    failure of the storage itself (an IntegrityError is a conflict the caller handles, a
    program error is a program error)."""
    if isinstance(exc, IntegrityError):
        return None
    orig: BaseException = exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc
    if isinstance(orig, sqlite3.IntegrityError):
        return None
    if isinstance(orig, sqlite3.Error):
        name = getattr(orig, "sqlite_errorname", "") or ""
        text_ = str(orig).lower()
        if name.startswith("SQLITE_FULL") or "disk is full" in text_:
            return FULL
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text_:
            return BUSY
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text_ \
                or "not a database" in text_:
            return DAMAGED
        return IO
    if isinstance(orig, OSError):
        return FULL if orig.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) else IO
    if isinstance(exc, DBAPIError):  # a server's operational error (PostgreSQL)
        sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
        if sqlstate in PG_BUSY_STATES:
            return BUSY
        if sqlstate in PG_FULL_STATES:
            return FULL
        return IO
    return None


def check_sqlite_file(path: Path) -> None:
    """Checks a workspace file before anything opens it for writing; reads, never writes.

    Refused with a StorageError coded ``damaged`` when the file is not a SQLite database
    (its header) or ``PRAGMA quick_check`` finds damage (pages overwritten, truncated), and
    ``busy`` when it cannot be read for a lock. A read-only connection does the check, so a
    damaged file is left exactly as it is for the backup to be restored.
    """
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StorageError(IO, exc.strerror or str(exc)) from exc
    if header != SQLITE_HEADER:
        raise StorageError(DAMAGED, "not a SQLite database")
    con: sqlite3.Connection | None = None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                              timeout=BUSY_TIMEOUT_MS / 1000)
        rows = con.execute("PRAGMA quick_check").fetchall()
    except sqlite3.Error as exc:
        raise StorageError(failure_kind(exc) or IO, str(exc)) from exc
    finally:
        if con is not None:
            con.close()
    problems = [str(r[0]) for r in rows if r and r[0] != "ok"]
    if problems:
        raise StorageError(DAMAGED, "; ".join(problems[:3]))


def missing_tables(engine: Engine) -> list[str]:
    """The tables of this program's schema the database lacks (a damaged or foreign file)."""
    from kzth_desktop.storage.models import Base

    with engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
    return sorted(set(Base.metadata.tables) - present)


def make_private(path: Path) -> None:
    """Readable by its owner only: 0600 for a file, 0700 for a folder (POSIX; no-op elsewhere).
    A file that is gone meanwhile, or one on a file system without modes, is left alone."""
    if os.name != "posix":
        return
    with suppress(OSError):
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


def create_private_file(path: Path) -> None:
    """An empty file with mode 0600 (POSIX), so that SQLite, which gives its -wal and -shm
    files the database file's mode, never makes any of them readable by others."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_file(url: URL | str) -> Path | None:
    """The file of a file-backed SQLite URL, else None (memory databases, other backends)."""
    url = make_url(url)
    if not _is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    if url.database.startswith("file:"):
        return None
    return Path(url.database)


def database_url(url: URL | str) -> URL:
    """``url`` as SQLAlchemy takes it; a bare ``postgresql://`` means the psycopg 3 driver."""
    url = make_url(url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def make_engine(url: URL | str, *, foreign_keys: bool = True, **kwargs: Any) -> Engine:
    """An engine for ``url``; for SQLite: WAL, foreign keys, busy timeout, transactional DDL.

    Python's sqlite3 module opens transactions only before DML and commits DDL on its own;
    the events below switch that off and emit BEGIN themselves (the SQLAlchemy recipe), so a
    migration step or a saved answer is one real transaction. A connection whose execution
    options carry ``sqlite_begin="IMMEDIATE"`` takes the write lock at once (no deadlock
    between two writers upgrading their read locks).
    """
    url = database_url(url)
    if not _is_sqlite(url):
        # a server may have closed an idle connection (restart, network): test before use
        kwargs.setdefault("pool_pre_ping", True)
        return create_engine(url, **kwargs)
    engine = create_engine(url, **kwargs)
    on_file = sqlite_file(url) is not None

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _record.info["busy_ms"] = BUSY_TIMEOUT_MS
        if on_file:
            cur.execute("PRAGMA journal_mode = WAL")
            # FULL: each commit is synced to the WAL, so a returned save survives even a crash
            cur.execute("PRAGMA synchronous = FULL")
        cur.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        busy = int(options.get("sqlite_busy_ms") or BUSY_TIMEOUT_MS)
        info = conn.connection.info
        if info.get("busy_ms") != busy:  # a transaction that waits less (the form's autosave)
            conn.exec_driver_sql(f"PRAGMA busy_timeout = {busy}")
            info["busy_ms"] = busy
        mode = options.get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def write_session(engine: Engine, *, busy_ms: int | None = None) -> Iterator[Session]:
    """One short write transaction: commits when the block ends, rolls back on an exception.
    ``busy_ms``: how long it waits for another writer's lock (SQLite; default
    BUSY_TIMEOUT_MS), shorter for a caller that must not freeze (the window's autosave)."""
    write_engine = engine.execution_options(sqlite_begin="IMMEDIATE", sqlite_busy_ms=busy_ms)
    with Session(write_engine, expire_on_commit=False) as session, session.begin():
        if not _is_sqlite(engine.url):
            _server_write_lock(session, busy_ms)
        yield session


# the key of the one advisory lock every write transaction takes on a database server
WRITE_LOCK_KEY = 0x4B5A_5448  # "KZTH"


def _server_write_lock(session: Session, busy_ms: int | None) -> None:
    """What ``BEGIN IMMEDIATE`` is to SQLite, on PostgreSQL: the transaction first takes one
    advisory lock held until it ends, so two desks' write transactions follow one another.
    Under READ COMMITTED each later statement then sees what the other desk committed: the
    duplicate and version checks of an import cannot both pass for two "current" rows
    (issue 20). It waits as long as SQLite's busy timeout, then fails like a locked database."""
    wait = int(busy_ms or BUSY_TIMEOUT_MS)
    session.execute(text(f"SET LOCAL lock_timeout = {wait}"))
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK_KEY})


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
        session.rollback()


# --- migrations --------------------------------------------------------------------------------


def alembic_config(connection: Any = None) -> Any:
    """An Alembic Config pointing at the migrations inside the package (no ini file)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


_REVISION_LINE = re.compile(
    r"""^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|'([^']*)'|None)\s*$""",
    re.MULTILINE)


def plain_head_revision() -> str | None:
    """The newest shipped revision, read from the scripts' ``revision`` / ``down_revision``
    lines as text, without importing Alembic (a quarter of a second at every start-up,
    DESIGN §8); None when the scripts do not read plainly as one chain (Alembic decides)."""
    chain: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        try:
            text_ = path.read_text(encoding="utf-8")
        except OSError:
            return None
        values = {m.group(1): m.group(2) or m.group(3) for m in _REVISION_LINE.finditer(text_)}
        if "revision" not in values or "down_revision" not in values or not values["revision"]:
            return None
        chain[values["revision"]] = values["down_revision"]
    heads = set(chain) - {down for down in chain.values() if down}
    if len(heads) != 1 or sum(down is None for down in chain.values()) != 1:
        return None
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty (unversioned) one."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise StorageError("several_heads", f"the workspace has several revisions: {rows}")
    return rows[0] if rows else None


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None  # the copy made before upgrading, if one was made

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def backup_sqlite(source: Path, folder: Path, revision: str | None) -> Path:
    """A consistent copy of a SQLite file (WAL content included) into ``folder``."""
    if not folder.exists():
        folder.mkdir(parents=True, exist_ok=True)
        make_private(folder)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{source.stem}-r{revision or 'none'}-{stamp}{source.suffix or '.sqlite'}"
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{source.stem}-r{revision or 'none'}-{stamp}-{n}.sqlite")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    make_private(target)
    return target


def migrate(
    engine_or_url: Engine | URL | str,
    *,
    backup_to: Path | str | None = None,
    revision: str = "head",
) -> MigrationResult:
    """Brings the database to ``revision`` (default: the newest this code knows).

    An empty database is created by migrating from nothing. Before upgrading a database that
    already has a schema, a file-backed SQLite database is copied into ``backup_to`` (when
    given). A database whose revision this code does not know (a newer release wrote it) is
    refused with :class:`WorkspaceTooNewError` and left untouched. Each migration step runs
    in its own transaction; SQLite runs them with foreign keys off (table rebuilds of batch
    mode) and checks them afterwards.
    """
    given = engine_or_url if isinstance(engine_or_url, Engine) else None
    if given is not None and revision == "head":
        # the usual case, a workspace already up to date, settled without importing Alembic
        plain = plain_head_revision()
        if plain is not None and current_revision(given) == plain:
            return MigrationResult(plain, plain, None)
    url = given.url if given is not None else make_url(engine_or_url)  # type: ignore[arg-type]
    head = head_revision()
    target = head if revision == "head" else revision
    # migrations run on an engine of their own: SQLite needs foreign keys off for batch mode
    # (an in-memory database exists only in the engine given, so that one is used)
    if given is not None and (not _is_sqlite(url) or sqlite_file(url) is None):
        engine = given
    elif _is_sqlite(url):
        engine = make_engine(url, foreign_keys=False)
    else:
        engine = make_engine(url)
    try:
        with _schema_lock(engine, url):
            return _upgrade(engine, url, target, head, backup_to)
    finally:
        if engine is not given:
            engine.dispose()


# the key of the advisory lock a desk holds while it upgrades a server's schema
SCHEMA_LOCK_KEY = WRITE_LOCK_KEY + 1
SCHEMA_LOCK_WAIT_MS = 300_000  # another desk's upgrade is waited for this long


@contextmanager
def _schema_lock(engine: Engine, url: URL) -> Iterator[None]:
    """On a database server, one desk at a time upgrades the schema: two desks started at
    once on an older schema would otherwise both run the same steps, and one would fail with
    a raw SQL error ("column already exists"). The lock is a session advisory lock on a
    connection of its own; the second desk waits, then finds the schema up to date."""
    if _is_sqlite(url):
        yield
        return
    with engine.connect() as conn:
        conn.execute(text(f"SET lock_timeout = {SCHEMA_LOCK_WAIT_MS}"))
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": SCHEMA_LOCK_KEY})
            conn.execute(text("RESET lock_timeout"))
            conn.commit()


def _upgrade(engine: Engine, url: URL, target: str, head: str,
             backup_to: Path | str | None) -> MigrationResult:
    from alembic import command

    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise WorkspaceTooNewError(current, head)
    if current == target:
        return MigrationResult(current, target, None)
    backup = None
    db_file = sqlite_file(url)
    if current is not None and backup_to is not None and db_file is not None:
        backup = backup_sqlite(db_file, Path(backup_to), current)
    with engine.connect() as conn:
        config = alembic_config(conn)
        command.upgrade(config, target)
        if _is_sqlite(url):
            bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if bad:
                raise StorageError(
                    "foreign_keys_broken", f"foreign keys broken after migration: {bad}"
                )
        conn.commit()
    return MigrationResult(current, target, backup)
