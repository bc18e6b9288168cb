"""The workspace: one folder (``workspace.sqlite`` plus room for keys) or any database URL.

Opening a workspace checks it first (``PRAGMA quick_check`` on a read-only connection, then
the schema), migrates it to this program's schema, after a backup copy if an upgrade is
needed; a workspace written by a newer release is refused and left as it is, and so is a
damaged one (WORKSPACE_DAMAGED: restore the backup). Failures of the storage itself — a full
disk, a database locked by another program past the busy timeout, a damaged file — reach the
callers of :meth:`Workspace.write` and :meth:`Workspace.read` as ServiceErrors with their own
codes (DISK_FULL, WORKSPACE_BUSY, WORKSPACE_DAMAGED, STORAGE_FAILED), never as SQLAlchemy
exceptions; an IntegrityError (a conflict some caller resolves) passes through unchanged.
The workspace's files are readable by their owner only (0600, folders 0700, on POSIX).
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session

from kzth_desktop import __version__
from kzth_desktop.services.errors import ErrorCode, ProfileError, ServiceError
from kzth_desktop.services.keypairs import new_key_rows
from kzth_desktop.storage import (
    BUSY,
    DAMAGED,
    FULL,
    MigrationResult,
    StorageError,
    WorkspaceTooNewError,
    check_sqlite_file,
    create_private_file,
    current_revision,
    failure_kind,
    make_engine,
    make_private,
    migrate,
    missing_tables,
    read_session,
    write_session,
)
from kzth_desktop.storage.location import network_file_system
from kzth_desktop.storage.models import ROLES, Organisation, WorkspaceInfo, utcnow

if TYPE_CHECKING:
    from kzth_desktop.annex.model import Annex

DB_FILE = "workspace.sqlite"
BACKUP_DIR = "backups"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OrgProfile:
    """The organisation a workspace belongs to."""

    name_kk: str
    name_ru: str
    region: str = ""  # ISO 3166-2:KZ code
    kinds: tuple[str, ...] = ()  # respondent kinds of the annex
    contact_person: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class WorkspaceLocation:
    url: str
    folder: Path | None  # None when the workspace is a database URL

    @classmethod
    def of(cls, path_or_url: str | Path) -> WorkspaceLocation:
        text = str(path_or_url)
        if isinstance(path_or_url, str) and "://" in text:
            return cls(text, None)
        folder = Path(path_or_url).expanduser().absolute()
        return cls(f"sqlite:///{folder / DB_FILE}", folder)

    @property
    def db_file(self) -> Path | None:
        return self.folder / DB_FILE if self.folder is not None else None

    def describe(self) -> str:
        """The folder, or the URL without its password (for messages and titles)."""
        if self.folder is not None:
            return str(self.folder)
        return make_url(self.url).render_as_string(hide_password=True)


def current_user() -> str:
    """The login name recorded in audit trails; "" where the system has none (containers)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def check_profile(profile: OrgProfile, role: str, annex: Annex | None) -> OrgProfile:
    """The profile tidied (spaces stripped), or ProfileError listing every problem."""
    tidy = OrgProfile(
        name_kk=profile.name_kk.strip(),
        name_ru=profile.name_ru.strip(),
        region=profile.region.strip(),
        kinds=tuple(dict.fromkeys(k.strip() for k in profile.kinds if k.strip())),
        contact_person=profile.contact_person.strip(),
        phone=profile.phone.strip(),
        email=profile.email.strip(),
    )
    errors: list[ServiceError] = []
    for lang, name in (("kk", tidy.name_kk), ("ru", tidy.name_ru)):
        if not name:
            errors.append(ServiceError(ErrorCode.NAME_REQUIRED, lang=lang))
    if tidy.region or tidy.kinds:
        if annex is None:
            from kzth_desktop.annex import load_default_annex

            annex = load_default_annex()
        regions = {r.code for r in annex.regions}
        kinds = {k.id for k in annex.kinds}
        if tidy.region and tidy.region not in regions:
            errors.append(ServiceError(ErrorCode.UNKNOWN_REGION, region=tidy.region))
        errors.extend(
            ServiceError(ErrorCode.UNKNOWN_KIND, kind=k) for k in tidy.kinds if k not in kinds
        )
    if role == "respondent":
        if not tidy.region:
            errors.append(ServiceError(ErrorCode.REGION_REQUIRED))
        if not tidy.kinds:
            errors.append(ServiceError(ErrorCode.KIND_REQUIRED))
    if tidy.email and not _EMAIL.match(tidy.email):
        errors.append(ServiceError(ErrorCode.BAD_EMAIL, email=tidy.email))
    if errors:
        raise ProfileError(errors)
    return tidy


@dataclass
class Workspace:
    """An open workspace. Use :meth:`create` or :meth:`open`; :meth:`close` when done."""

    location: WorkspaceLocation
    engine: Engine
    role: str
    annex: Annex | None = None
    migration: MigrationResult | None = None  # what opening did to the schema
    _closed: bool = field(default=False, repr=False)

    # --- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls, path: str | Path, role: str, profile: OrgProfile | None = None, *,
        annex: Annex | None = None, passphrase: str | None = None,
    ) -> Workspace:
        """A new workspace for ``role`` at ``path`` (a folder, or a SQLAlchemy URL).

        With a ``passphrase`` its key pairs are made now, sealed under it; without one they
        are made on first need (``KeyService.ensure_keys``, e.g. by the registration export).
        """
        if role not in ROLES:
            raise ServiceError(ErrorCode.UNKNOWN_ROLE, role=role)
        loc = WorkspaceLocation.of(path)
        if profile is not None:
            profile = check_profile(profile, role, annex)
        key_rows = []
        if passphrase is not None:
            key_rows = new_key_rows(role, passphrase)
        if loc.folder is not None:
            db_file = loc.db_file
            assert db_file is not None
            if db_file.exists():
                raise ServiceError(ErrorCode.WORKSPACE_EXISTS, path=loc.describe())
            try:
                _private_folder(loc.folder)
                create_private_file(db_file)
            except FileExistsError:
                raise ServiceError(ErrorCode.WORKSPACE_EXISTS, path=loc.describe()) from None
            except OSError as exc:
                mapped = _storage_error(exc, loc)
                if mapped is None:
                    raise
                raise mapped from exc
        engine = _engine(loc)
        try:
            try:
                exists = loc.folder is None and _has_info(engine)
            except SADatabaseError as exc:  # no server there, wrong password, no such database
                raise ServiceError(ErrorCode.WORKSPACE_BROKEN, detail=str(exc.orig)) from exc
            if exists:
                raise ServiceError(ErrorCode.WORKSPACE_EXISTS, path=loc.describe())
            result = _migrate(loc, engine)
            with _storage_errors(loc), write_session(engine) as s:
                s.add(WorkspaceInfo(id=1, role=role, app_version=__version__))
                if profile is not None:
                    s.add(_org_row(profile))
                s.add_all(key_rows)
        except BaseException:
            engine.dispose()
            raise
        _log_opened("created", loc, role, result)
        return cls(loc, engine, role, annex, result)

    @classmethod
    def open(cls, path: str | Path, *, annex: Annex | None = None) -> Workspace:
        """An existing workspace, migrated to this program's schema (backup first)."""
        loc = WorkspaceLocation.of(path)
        db_file = loc.db_file
        if db_file is not None:
            if not db_file.is_file():
                raise ServiceError(ErrorCode.WORKSPACE_NOT_FOUND, path=loc.describe())
            _check_file(loc, db_file)  # before anything may write to it
            _make_workspace_private(loc)
        engine = _engine(loc)
        try:
            try:
                if current_revision(engine) is None:
                    raise ServiceError(ErrorCode.WORKSPACE_NOT_FOUND, path=loc.describe())
            except SADatabaseError as exc:
                raise _storage_error(exc, loc, database=db_file is not None) or ServiceError(
                    ErrorCode.WORKSPACE_BROKEN, detail=str(exc.orig)) from exc
            result = _migrate(loc, engine)
            with _storage_errors(loc):
                missing = missing_tables(engine)
                if missing:
                    raise ServiceError(ErrorCode.WORKSPACE_DAMAGED, path=loc.describe(),
                                       detail="missing tables: " + ", ".join(missing))
                with read_session(engine) as s:
                    info = s.get(WorkspaceInfo, 1)
                    if info is None:
                        raise ServiceError(ErrorCode.WORKSPACE_NOT_FOUND, path=loc.describe())
                    role = info.role
        except BaseException:
            engine.dispose()
            raise
        if db_file is not None:
            _make_workspace_private(loc)  # the -wal and -shm files SQLite has made by now
        _log_opened("opened", loc, role, result)
        return cls(loc, engine, role, annex, result)

    def close(self) -> None:
        if not self._closed:
            self.engine.dispose()
            self._closed = True

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- units of work (used by the services) -------------------------------------------------
    def write(self, work: Callable[[Session], T], *, busy_ms: int | None = None) -> T:
        """Runs ``work`` in one short write transaction (committed, or rolled back on error).

        Returns only once the transaction is committed (durable: synchronous FULL). A failure
        of the storage is a ServiceError (DISK_FULL, WORKSPACE_BUSY, WORKSPACE_DAMAGED,
        STORAGE_FAILED) and nothing of ``work`` is stored. ``busy_ms``: how long to wait for
        another program's write lock (default: the 10 s busy timeout)."""
        with _storage_errors(self.location), write_session(self.engine, busy_ms=busy_ms) as s:
            return work(s)

    def read(self, work: Callable[[Session], T]) -> T:
        with _storage_errors(self.location), read_session(self.engine) as s:
            return work(s)

    # --- profile -------------------------------------------------------------------------------
    @property
    def folder(self) -> Path | None:
        return self.location.folder

    def network_notice(self) -> ServiceError | None:
        """NETWORK_WORKSPACE (a warning to show, not to raise) when the workspace's SQLite
        file sits on a network share, where its locks and WAL are unreliable; else None
        (a local folder, or a database server)."""
        if self.folder is None:
            return None
        fs = network_file_system(self.folder)
        if fs is None:
            return None
        return ServiceError(ErrorCode.NETWORK_WORKSPACE, path=self.location.describe(), fs=fs)

    def profile(self) -> OrgProfile | None:
        def work(s: Session) -> OrgProfile | None:
            row = s.get(Organisation, 1)
            return None if row is None else _profile_of(row)

        return self.read(work)

    def set_profile(self, profile: OrgProfile) -> OrgProfile:
        tidy = check_profile(profile, self.role, self.annex)

        def work(s: Session) -> None:
            row = s.get(Organisation, 1)
            if row is None:
                s.add(_org_row(tidy))
                return
            row.name_kk, row.name_ru, row.region = tidy.name_kk, tidy.name_ru, tidy.region
            row.kinds = list(tidy.kinds)
            row.contact_person, row.phone, row.email = (
                tidy.contact_person, tidy.phone, tidy.email
            )
            row.updated_at = utcnow()

        self.write(work)
        return tidy


def _log_opened(how: str, loc: WorkspaceLocation, role: str,
                migration: MigrationResult | None) -> None:
    """Where the workspace is (a folder, or which kind of database: never its password), its
    role, and what opening did to its schema."""
    kind = ("folder" if loc.folder is not None
            else f"database {make_url(loc.url).get_backend_name()}")
    schema = "-"
    if migration is not None:
        schema = (f"{migration.from_revision or 'new'} -> {migration.to_revision}"
                  if migration.upgraded else f"{migration.to_revision} (up to date)")
        if migration.backup is not None:
            schema += f", backup {migration.backup}"
    log.info("workspace %s: %s %s; role %s; schema %s", how, kind, loc.describe(), role, schema)


def _storage_error(exc: BaseException, loc: WorkspaceLocation, *,
                   database: bool = True) -> ServiceError | None:
    """The ServiceError a failure of the storage means, or None if ``exc`` is not one.
    ``database=False``: a server that cannot be reached is the caller's to word."""
    kind = failure_kind(exc)
    if kind is None:
        return None
    orig = getattr(exc, "orig", None) or exc
    detail = str(orig) or type(orig).__name__
    if kind == FULL:
        return ServiceError(ErrorCode.DISK_FULL, path=loc.describe())
    if kind == BUSY:
        return ServiceError(ErrorCode.WORKSPACE_BUSY, path=loc.describe())
    if kind == DAMAGED:
        return ServiceError(ErrorCode.WORKSPACE_DAMAGED, path=loc.describe(), detail=detail)
    if not database:
        return None
    return ServiceError(ErrorCode.STORAGE_FAILED, path=loc.describe(), detail=detail)


@contextmanager
def _storage_errors(loc: WorkspaceLocation) -> Iterator[None]:
    try:
        yield
    except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
        mapped = _storage_error(exc, loc)
        if mapped is None:
            raise
        raise mapped from exc


def _check_file(loc: WorkspaceLocation, db_file: Path) -> None:
    try:
        check_sqlite_file(db_file)
    except StorageError as exc:
        detail = str(exc)
        if exc.code == BUSY:
            raise ServiceError(ErrorCode.WORKSPACE_BUSY, path=loc.describe()) from exc
        if exc.code == DAMAGED:
            raise ServiceError(ErrorCode.WORKSPACE_DAMAGED, path=loc.describe(),
                               detail=detail) from exc
        raise ServiceError(ErrorCode.STORAGE_FAILED, path=loc.describe(), detail=detail) from exc


def _private_folder(folder: Path) -> None:
    """Creates ``folder`` (and its parents) if needed; a folder made here gets mode 0700."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    for made in missing:
        make_private(made)


def _make_workspace_private(loc: WorkspaceLocation) -> None:
    """The database file, its -wal and -shm, and the key and backup folders: owner only."""
    db_file = loc.db_file
    if db_file is None:
        return
    for path in (db_file, db_file.with_name(db_file.name + "-wal"),
                 db_file.with_name(db_file.name + "-shm")):
        if path.exists():
            make_private(path)


def _engine(loc: WorkspaceLocation) -> Engine:
    try:
        return make_engine(loc.url)
    except ImportError as exc:  # a database URL whose driver is not installed
        raise ServiceError(
            ErrorCode.WORKSPACE_BROKEN,
            detail=f"{exc} (the database driver: pip install \"kzth-desktop[pg]\")",
        ) from exc
    except ArgumentError as exc:  # not a database URL SQLAlchemy knows
        raise ServiceError(ErrorCode.WORKSPACE_BROKEN, detail=str(exc)) from exc


def _has_info(engine: Engine) -> bool:
    if current_revision(engine) is None:
        return False
    with read_session(engine) as s:
        return s.scalar(select(WorkspaceInfo.id).limit(1)) is not None


def _migrate(loc: WorkspaceLocation, engine: Engine) -> MigrationResult:
    backup_to = loc.folder / BACKUP_DIR if loc.folder is not None else None
    try:
        return migrate(engine, backup_to=backup_to)
    except WorkspaceTooNewError as exc:
        raise ServiceError(ErrorCode.WORKSPACE_TOO_NEW, **exc.params) from exc
    except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
        mapped = _storage_error(exc, loc, database=False)
        if mapped is not None:
            raise mapped from exc
        raise ServiceError(ErrorCode.WORKSPACE_BROKEN, detail=str(exc)) from exc
    except StorageError as exc:
        # the failed step was rolled back; the workspace stays at its last good revision
        raise ServiceError(ErrorCode.WORKSPACE_BROKEN, detail=str(exc)) from exc


def _org_row(p: OrgProfile) -> Organisation:
    return Organisation(
        id=1, name_kk=p.name_kk, name_ru=p.name_ru, region=p.region, kinds=list(p.kinds),
        contact_person=p.contact_person, phone=p.phone, email=p.email,
    )


def _profile_of(row: Organisation) -> OrgProfile:
    return OrgProfile(
        name_kk=row.name_kk, name_ru=row.name_ru, region=row.region,
        kinds=tuple(row.kinds or ()), contact_person=row.contact_person, phone=row.phone,
        email=row.email,
    )
