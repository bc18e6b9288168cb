"""Workspace storage: SQLAlchemy 2 models, engines and sessions, Alembic migrations."""

from __future__ import annotations

from kzth_desktop.storage.db import (
    BUSY,
    DAMAGED,
    FULL,
    IO,
    MigrationResult,
    StorageError,
    WorkspaceTooNewError,
    check_sqlite_file,
    create_private_file,
    current_revision,
    failure_kind,
    head_revision,
    make_engine,
    make_private,
    migrate,
    missing_tables,
    read_session,
    sqlite_file,
    write_session,
)

__all__ = [
    "BUSY",
    "DAMAGED",
    "FULL",
    "IO",
    "MigrationResult",
    "StorageError",
    "WorkspaceTooNewError",
    "check_sqlite_file",
    "create_private_file",
    "current_revision",
    "failure_kind",
    "head_revision",
    "make_engine",
    "make_private",
    "migrate",
    "missing_tables",
    "read_session",
    "sqlite_file",
    "write_session",
]
