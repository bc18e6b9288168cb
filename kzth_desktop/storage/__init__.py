"""Workspace storage: SQLAlchemy 2 models, engines and sessions, Alembic migrations."""

from __future__ import annotations

from kzth_desktop.storage.db import (
    MigrationResult,
    StorageError,
    WorkspaceTooNewError,
    current_revision,
    head_revision,
    make_engine,
    migrate,
    read_session,
    sqlite_file,
    write_session,
)

__all__ = [
    "MigrationResult",
    "StorageError",
    "WorkspaceTooNewError",
    "current_revision",
    "head_revision",
    "make_engine",
    "migrate",
    "read_session",
    "sqlite_file",
    "write_session",
]
