"""Shared test settings: key sealing with a cheap scrypt cost (the real one takes ~0.5 s), and
the database backends the storage and coordinator tests run on (SQLite always, PostgreSQL when
``KZTH_TEST_PG_URL`` names a server, as ``.ci/run`` arranges)."""

from __future__ import annotations

import itertools
import os
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from kzth_desktop.exchange import crypto

FAST_SCRYPT = crypto.ScryptParams(n=2**10, r=8, p=1)
PG_URL_ENV = "KZTH_TEST_PG_URL"  # e.g. postgresql+psycopg://kzth:pw@127.0.0.1:5432/kzth


@pytest.fixture(autouse=True, scope="session")
def _fast_key_sealing() -> None:
    crypto.SCRYPT = FAST_SCRYPT


@pytest.fixture(autouse=True)
def _log_in_tmp(tmp_path_factory: pytest.TempPathFactory,
                monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A program's log file (``kzth``/``kzth-desktop`` main()) goes to a folder of the test's
    own, never to the user's, and is closed after the test: nothing leaks into the next."""
    from kzth_desktop import logfile

    monkeypatch.setenv("KZTH_LOG_DIR", str(tmp_path_factory.mktemp("logs")))
    yield
    logfile.unconfigure()


class Backend:
    """Where the tests put a workspace's database.

    ``sqlite``: the workspace folder's own file, as users have it. ``postgresql``: a schema of
    its own in the server's database for every workspace (the URL sets ``search_path``), so
    each test starts from nothing; the schemas are dropped when the module's tests are done.
    """

    _numbers = itertools.count(1)

    def __init__(self, name: str, server_url: str | None = None) -> None:
        self.name = name
        self.server_url = server_url
        self._run = uuid.uuid4().hex[:8]
        self._schemas: list[str] = []
        self._admin = None
        if server_url is not None:
            from sqlalchemy import create_engine
            from sqlalchemy.pool import NullPool

            self._admin = create_engine(server_url, isolation_level="AUTOCOMMIT",
                                        poolclass=NullPool)

    def __repr__(self) -> str:
        return f"Backend({self.name})"

    @property
    def is_sqlite(self) -> bool:
        return self.server_url is None

    def workspace(self, folder: Path) -> Path | str:
        """What ``Workspace.create``/``kzth --workspace`` take: the folder, or a fresh URL."""
        return folder if self.server_url is None else self.fresh_url()

    def url(self, folder: Path, name: str = "ws.sqlite") -> str:
        """A database URL: a SQLite file in ``folder``, or a fresh PostgreSQL schema."""
        return f"sqlite:///{folder / name}" if self.server_url is None else self.fresh_url()

    def fresh_url(self) -> str:
        from sqlalchemy.engine import make_url

        assert self._admin is not None and self.server_url is not None
        schema = f"kzth_test_{self._run}_{next(self._numbers)}"
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        self._schemas.append(schema)
        url = make_url(self.server_url).update_query_dict(
            {"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    def drop_schemas(self) -> None:
        if self._admin is None:
            return
        with self._admin.connect() as conn:
            conn.exec_driver_sql("SET lock_timeout = '10s'")
            for schema in self._schemas:
                try:
                    conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
                except Exception as exc:  # a workspace left open mid-transaction
                    warnings.warn(f"schema {schema} not dropped: {exc}", stacklevel=1)
        self._schemas.clear()

    def close(self) -> None:
        self.drop_schemas()
        if self._admin is not None:
            self._admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """The storage and coordinator tests run once per database backend (module by module)."""
    if request.param == "sqlite":
        yield Backend("sqlite")
        return
    server = os.environ.get(PG_URL_ENV)
    if not server:
        pytest.skip(f"no PostgreSQL server: {PG_URL_ENV} is not set")
    b = Backend("postgresql", server)
    try:
        yield b
    finally:
        b.close()
