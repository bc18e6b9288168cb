"""The storage layer on a temporary SQLite file (and PostgreSQL, when a server is given):
pragmas, transactions, constraints."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import StaticPool

from kzth_desktop.storage import (
    head_revision,
    make_engine,
    migrate,
    read_session,
    sqlite_file,
    write_session,
)
from kzth_desktop.storage.db import BUSY, failure_kind
from kzth_desktop.storage.models import Answer, AuditEntry, Campaign, Submission


@pytest.fixture
def engine(tmp_path: Path, backend):
    url = backend.url(tmp_path)
    migrate(url)
    eng = make_engine(url)
    yield eng
    eng.dispose()


def _campaign(year: int = 2025) -> Campaign:
    c = Campaign(year=year, deadline=dt.date(2026, 1, 31))
    c.submission = Submission(status="draft", version=1)
    return c


def test_sqlite_pragmas(engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite only")
    with engine.connect() as conn:
        pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                  for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")}
    assert pragma == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                      "busy_timeout": 10_000}


def test_foreign_keys_are_enforced(engine) -> None:
    with pytest.raises(IntegrityError), write_session(engine) as s:
        s.add(Answer(submission_id=999, field_id="b2.q1.crimes", value_json="1"))
    with read_session(engine) as s:
        assert s.scalars(select(Answer)).all() == []


def test_deleting_a_campaign_deletes_its_submission_answers_and_audit(engine) -> None:
    with write_session(engine) as s:
        c = _campaign()
        s.add(c)
        s.flush()
        assert c.submission is not None
        sid = c.submission.id
        s.add(Answer(submission_id=sid, field_id="b2.q1.crimes", value_json="3"))
        s.add(AuditEntry(submission_id=sid, action="set", field_id="b2.q1.crimes",
                         old_json=None, new_json="3"))
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM campaign WHERE year = 2025"))
    with engine.connect() as conn:
        counts = [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                  for t in ("submission", "answer", "audit_entry")]
    assert counts == [0, 0, 0]


def test_one_submission_per_year_and_one_answer_per_field(engine) -> None:
    with write_session(engine) as s:
        s.add(_campaign())
    with pytest.raises(IntegrityError), write_session(engine) as s:
        s.add(_campaign())
    with write_session(engine) as s:
        sid = s.scalar(select(Submission.id))
        s.add(Answer(submission_id=sid, field_id="b2.q1.crimes", value_json="1"))
    with pytest.raises(IntegrityError), write_session(engine) as s:
        s.add(Answer(submission_id=sid, field_id="b2.q1.crimes", value_json="2"))
    with read_session(engine) as s:
        assert s.scalars(select(Answer.value_json)).all() == ["1"]
        assert s.scalars(select(Campaign.year)).all() == [2025]


def test_write_session_rolls_back_on_error(engine) -> None:
    with pytest.raises(RuntimeError), write_session(engine) as s:
        s.add(_campaign(2024))
        s.flush()
        raise RuntimeError("boom")
    with read_session(engine) as s:
        assert s.scalars(select(Campaign)).all() == []


def test_two_write_transactions_follow_one_another(engine) -> None:
    """Every write transaction takes the one write lock (BEGIN IMMEDIATE on SQLite, an advisory
    lock on PostgreSQL): a second desk waits for its busy timeout and is then told the database
    is busy, not handed a snapshot that misses the first one's work (issue 20)."""
    other = make_engine(engine.url)
    try:
        with write_session(engine) as s:
            s.add(_campaign(2024))
            s.flush()
            with pytest.raises(OperationalError) as exc, write_session(other, busy_ms=200) as s2:
                s2.add(_campaign(2025))
            assert failure_kind(exc.value) == BUSY
        with write_session(other, busy_ms=200) as s2:  # free again once the first has committed
            assert s2.scalars(select(Campaign.year)).all() == [2024]
    finally:
        other.dispose()


def test_ddl_is_transactional(engine) -> None:
    """The engine emits BEGIN itself, so schema changes roll back too (migration steps)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE scratch (x INTEGER)")
        conn.rollback()
    assert not inspect(engine).has_table("scratch")


def test_any_sqlalchemy_url_in_memory() -> None:
    eng = make_engine("sqlite://", poolclass=StaticPool)
    result = migrate(eng)
    assert result.to_revision == head_revision()
    with write_session(eng) as s:
        s.add(_campaign(2030))
    with read_session(eng) as s:
        assert s.scalars(select(Campaign.year)).all() == [2030]
    eng.dispose()


def test_sqlite_file_of_urls(tmp_path: Path) -> None:
    assert sqlite_file(f"sqlite:///{tmp_path}/a.sqlite") == tmp_path / "a.sqlite"
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("postgresql+psycopg://u@h/db") is None


def test_a_database_url_that_cannot_be_used_is_refused_with_its_reason(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kzth_desktop.services import ErrorCode, OrgProfile, ServiceError, Workspace

    # nothing listens on port 1: the server's absence is a message, not a traceback
    nowhere = "postgresql+psycopg://kzth:secret@127.0.0.1:1/kzth?connect_timeout=2"
    for attempt in (lambda: Workspace.open(nowhere),
                    lambda: Workspace.create(nowhere, "coordinator", OrgProfile("К", "К"))):
        with pytest.raises(ServiceError) as exc:
            attempt()
        assert exc.value.code is ErrorCode.WORKSPACE_BROKEN
        assert "127.0.0.1" in exc.value.message("ru") and "secret" not in exc.value.message("ru")
    with pytest.raises(ServiceError) as exc:
        Workspace.open("nosuchdb://x/y")
    assert exc.value.code is ErrorCode.WORKSPACE_BROKEN
    # the driver not installed: the message says which extra brings it
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(ServiceError) as exc:
        Workspace.open("postgresql://kzth@127.0.0.1:1/kzth")
    assert "kzth-desktop[pg]" in exc.value.message("kk")
