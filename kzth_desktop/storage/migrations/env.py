"""Alembic environment: run by ``kzth_desktop.storage.db.migrate`` on a connection it passes."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from kzth_desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: object) -> None:
    is_sqlite = connection.dialect.name == "sqlite"  # type: ignore[attr-defined]
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=is_sqlite,  # SQLite alters tables by copying them
        transaction_per_migration=True,  # each step commits on its own
        # our SQLite engine emits BEGIN itself, so DDL is transactional there too
        transactional_ddl=True if is_sqlite else None,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    # the Alembic command line, for developers: alembic -x url=sqlite:///path upgrade head
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass the database as: alembic -x url=<SQLAlchemy URL> ...")
    from kzth_desktop.storage.db import make_engine

    engine = make_engine(url, foreign_keys=False) if url.startswith("sqlite") else create_engine(
        url
    )
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
        conn.commit()


if context.is_offline_mode():
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite://")
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
