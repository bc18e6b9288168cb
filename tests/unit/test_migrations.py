"""Alembic migrations run from inside the package: empty → head (SQLite, and PostgreSQL when a
server is given), 0001 → head with data kept (SQLite workspace files)."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from kzth_desktop.annex import load_default_annex
from kzth_desktop.services import ErrorCode, OrgProfile, RespondentService, ServiceError, Workspace
from kzth_desktop.storage import (
    WorkspaceTooNewError,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)
from kzth_desktop.storage.models import Base

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
R0001 = FIXTURES / "workspace_r0001"
# what scripts/make_fixture_workspace.py put into the 0001 fixture
R0001_ANSWERS = {
    "b1.q1.1": {"answer": "yes", "details": "Пробелы в законодательстве — «пример»"},
    "b2.q1.period": {"from": "2024-01-01", "to": "2024-12-31"},
    "b2.q1.crimes": 12,
    "b2.q2.1": {"no_data": "учёт не ведётся"},
    "b2.q3.1": "Мошенничество; незаконная миграция",
}
ANNEX = load_default_annex()


def sql(db: Path, query: str, *params: object) -> list[tuple]:
    con = sqlite3.connect(str(db))
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


def tables(db: Path) -> set[str]:
    return {r[0] for r in sql(db, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


HEAD = "0012_i19_texts"
EXCHANGE_TABLES = {"own_key", "data_request", "signer", "received_file", "received_blob",
                   "imported_submission"}
ASSESSMENT_TABLES = {"assessment_period", "assessment_risk", "expert_score",
                     "risk_justification", "assessment_text", "cited_source", "population"}


def test_revisions_are_a_line_0001_to_0005() -> None:
    assert head_revision() == HEAD


def test_empty_to_head_matches_the_models(tmp_path: Path, backend) -> None:
    url = backend.url(tmp_path, "new.sqlite")
    result = migrate(url, backup_to=tmp_path / "backups")
    assert (result.from_revision, result.to_revision, result.backup) == (None, HEAD, None)
    assert not (tmp_path / "backups").exists()  # nothing to back up in a new database
    engine = make_engine(url)
    names = set(inspect(engine).get_table_names())
    assert names == set(Base.metadata.tables) | {"alembic_version"}
    assert names >= {"workspace_info", "organisation", "campaign", "submission", "answer",
                     "audit_entry"} | EXCHANGE_TABLES
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, Base.metadata) == []
    assert current_revision(engine) == HEAD
    engine.dispose()
    # running it again is a no-op
    again = migrate(url)
    assert (again.from_revision, again.to_revision, again.upgraded) == (HEAD, HEAD, False)


def test_a_workspace_at_a_database_url(tmp_path: Path, backend) -> None:
    """Created, opened again, and refused untouched once a newer release has written it."""
    url = backend.url(tmp_path, "url.sqlite")
    Workspace.create(url, "coordinator", OrgProfile("Топ", "Группа"), annex=ANNEX).close()
    with Workspace.open(url, annex=ANNEX) as ws:
        assert (ws.folder, ws.role, ws.profile().name_ru) == (None, "coordinator", "Группа")
        assert ws.migration is not None and not ws.migration.upgraded
    with pytest.raises(ServiceError) as exc:
        Workspace.create(url, "coordinator", OrgProfile("Топ", "Группа"), annex=ANNEX)
    assert exc.value.code is ErrorCode.WORKSPACE_EXISTS
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(ServiceError) as exc:
        Workspace.open(url, annex=ANNEX)
    assert exc.value.code is ErrorCode.WORKSPACE_TOO_NEW
    assert current_revision(engine) == "0099"
    engine.dispose()


def test_0001_to_head_keeps_data_written_at_0001(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    migrate(f"sqlite:///{db}", revision="0001")
    assert "audit_entry" not in tables(db)
    con = sqlite3.connect(str(db))
    with con:
        con.execute("INSERT INTO campaign VALUES (1, 2023, NULL, 'manual', '2024-01-01')")
        con.execute("INSERT INTO submission VALUES (1, 1, 'ready', 3, '2024-01-01')")
        con.execute("INSERT INTO answer VALUES (1, 1, 'b2.q1.crimes', '41', '2024-01-01')")
    con.close()
    result = migrate(f"sqlite:///{db}", backup_to=tmp_path / "bk")
    assert (result.from_revision, result.to_revision) == ("0001", HEAD)
    assert sql(db, "SELECT field_id, value_json, updated_by FROM answer") == [
        ("b2.q1.crimes", "41", "")]
    assert sql(db, "SELECT status, version FROM submission") == [("ready", 3)]
    assert sql(db, "SELECT count(*) FROM audit_entry") == [(0,)]
    assert result.backup is not None and result.backup.parent == tmp_path / "bk"
    assert sql(result.backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert sql(result.backup, "SELECT value_json FROM answer") == [("41",)]


def test_committed_fixture_is_at_0001() -> None:
    db = R0001 / "workspace.sqlite"
    assert sql(db, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert "audit_entry" not in tables(db)


def test_opening_an_0001_workspace_upgrades_it_after_a_backup(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    shutil.copytree(R0001, folder)
    before = digest(folder / "workspace.sqlite")
    with Workspace.open(folder, annex=ANNEX) as ws:
        assert ws.migration is not None
        assert (ws.migration.from_revision, ws.migration.to_revision) == ("0001", HEAD)
        backup = ws.migration.backup
        assert backup is not None and backup.parent == folder / "backups"
        assert ws.role == "respondent"
        assert ws.profile() == OrgProfile(
            "Шымкент қаласы полиция департаменті", "Департамент полиции города Шымкент",
            "KZ-79", ("police",), "Сейткали А.", "+7 7252 00 00 00", "dp@example.kz",
        )
        svc = RespondentService(ws, ANNEX)
        (c,) = svc.campaigns()
        assert (c.year, c.deadline.isoformat(), c.status, c.version) == (
            2024, "2025-01-31", "draft", 1)
        assert svc.answers(2024) == R0001_ANSWERS
        assert svc.audit(2024) == []
        # the upgraded workspace works: a change leaves an audit row
        svc.save_answer(2024, "b2.q1.crimes", 13, user="after-upgrade")
        (entry,) = svc.audit(2024)
        assert (entry.field_id, entry.old, entry.new, entry.user) == (
            "b2.q1.crimes", 12, 13, "after-upgrade")
    # the backup is the workspace as it was: same revision, same answers
    assert sql(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert {f: json.loads(v) for f, v in sql(backup, "SELECT field_id, value_json FROM answer")
            } == R0001_ANSWERS
    assert digest(R0001 / "workspace.sqlite") == before  # the committed fixture is untouched
    # opened again: already at head, no second backup
    with Workspace.open(folder, annex=ANNEX) as ws:
        assert ws.migration is not None and not ws.migration.upgraded
        assert ws.migration.backup is None
    assert len(list((folder / "backups").iterdir())) == 1


def test_workspace_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    Workspace.create(folder, "respondent", OrgProfile("А", "А", "KZ-79", ("police",)),
                     annex=ANNEX).close()
    db = folder / "workspace.sqlite"
    con = sqlite3.connect(str(db))
    with con:
        con.execute("UPDATE alembic_version SET version_num = '0099'")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = digest(db)
    with pytest.raises(ServiceError) as exc:
        Workspace.open(folder, annex=ANNEX)
    assert exc.value.code is ErrorCode.WORKSPACE_TOO_NEW
    assert exc.value.params == {"revision": "0099", "head": HEAD}
    assert "0099" in exc.value.message("ru") and "0099" in exc.value.message("kk")
    assert digest(db) == before
    assert not (folder / "backups").exists()
    with pytest.raises(WorkspaceTooNewError):
        migrate(f"sqlite:///{db}")


def test_a_failing_step_is_rolled_back_whole(tmp_path: Path) -> None:
    """Each step is one transaction: 0002 failing half-way leaves the database at 0001."""
    folder = tmp_path / "ws"
    shutil.copytree(R0001, folder)
    db = folder / "workspace.sqlite"
    con = sqlite3.connect(str(db))
    with con:  # 0002 creates audit_entry, then fails creating this index name a second time
        con.execute("CREATE INDEX ix_audit_entry_submission_id ON answer (field_id)")
    con.close()
    with pytest.raises(ServiceError) as exc:
        Workspace.open(folder, annex=ANNEX)
    assert exc.value.code is ErrorCode.WORKSPACE_BROKEN
    assert "ix_audit_entry_submission_id" in exc.value.message("ru")
    assert sql(db, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert "audit_entry" not in tables(db)  # created by the failed step, rolled back with it
    columns = [r[1] for r in sql(db, "PRAGMA table_info(answer)")]
    assert "updated_by" not in columns
    assert {f: json.loads(v) for f, v in sql(db, "SELECT field_id, value_json FROM answer")
            } == R0001_ANSWERS
    assert len(list((folder / "backups").iterdir())) == 1  # the copy made before trying


def test_0002_to_0003_adds_the_exchange_tables_and_keeps_answers(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    migrate(f"sqlite:///{db}", revision="0002")
    assert not EXCHANGE_TABLES & tables(db)
    con = sqlite3.connect(str(db))
    with con:
        con.execute("INSERT INTO campaign VALUES (1, 2024, '2025-01-31', 'manual', '2024-01-01')")
        con.execute("INSERT INTO submission VALUES (1, 1, 'exported', 2, '2024-01-01')")
        con.execute("INSERT INTO answer VALUES (1, 1, 'b2.q1.crimes', '7', '2024-01-01', 'u')")
    con.close()
    result = migrate(f"sqlite:///{db}", revision="0003", backup_to=tmp_path / "bk")
    assert (result.from_revision, result.to_revision) == ("0002", "0003")
    assert tables(db) >= EXCHANGE_TABLES
    assert sql(db, "SELECT field_id, value_json, updated_by FROM answer") == [
        ("b2.q1.crimes", "7", "u")]
    assert sql(db, "SELECT status, version FROM submission") == [("exported", 2)]
    for table in EXCHANGE_TABLES:
        assert sql(db, f"SELECT count(*) FROM {table}") == [(0,)]
    assert result.backup is not None
    assert sql(result.backup, "SELECT version_num FROM alembic_version") == [("0002",)]


def test_0003_to_0004_adds_the_assessment_tables_and_keeps_imports(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    migrate(f"sqlite:///{db}", revision="0003")
    assert not ASSESSMENT_TABLES & tables(db)
    con = sqlite3.connect(str(db))
    with con:
        con.execute("INSERT INTO workspace_info VALUES (1, 'coordinator', '2025-01-01', '0.1')")
        con.execute("INSERT INTO signer VALUES (1, 'f1', x'00', 'KZ-10|A', 'А', 'А', 'KZ-10', "
                    "'[\"akimat\"]', '', '', '', '2025-01-01', '2025-01-01', NULL, '')")
        con.execute("INSERT INTO received_file VALUES (1, 'ab', 'a.kzth', 3, 'bundle', "
                    "'2025-01-01', 'accepted', NULL, '{}', 'f1', NULL)")
        con.execute("INSERT INTO imported_submission VALUES (1, 1, 1, 'KZ-10|A', 'А', 'А', "
                    "'KZ-10', '[\"akimat\"]', 2024, 2, 'v', '2025-01-01', '2025-01-02', "
                    "'current', NULL, '{\"b2.q1.crimes\": 5}', '{}')")
    con.close()
    result = migrate(f"sqlite:///{db}", backup_to=tmp_path / "bk", revision="0004")
    assert (result.from_revision, result.to_revision) == ("0003", "0004")
    assert tables(db) >= ASSESSMENT_TABLES
    assert sql(db, "SELECT org_key, reporting_year, version, answers_json "
                   "FROM imported_submission") == [
        ("KZ-10|A", 2024, 2, '{"b2.q1.crimes": 5}')]
    for table in ASSESSMENT_TABLES:
        assert sql(db, f"SELECT count(*) FROM {table}") == [(0,)]
    # the new tables take the assessment's data, and a period's rows go with it
    con = sqlite3.connect(str(db))
    con.execute("PRAGMA foreign_keys = ON")
    with con:
        con.execute("INSERT INTO assessment_period VALUES (1, 2022, 2024, NULL, 'published', "
                    "'2025-01-01', '2025-01-01')")
        con.execute("INSERT INTO expert_score VALUES (1, 1, 'Эксперт', 'b1.q1.1', 'KZ', 4, 3, "
                    "'', '2025-01-01')")
        con.execute("INSERT INTO population VALUES (1, 'KZ-10', 2024, 600000, '2025-01-01')")
        con.execute("DELETE FROM assessment_period")
    con.close()
    assert sql(db, "SELECT count(*) FROM expert_score") == [(0,)]
    assert sql(db, "SELECT population FROM population") == [(600000,)]
    assert result.backup is not None
    assert sql(result.backup, "SELECT version_num FROM alembic_version") == [("0003",)]


def test_0004_to_0005_adds_finding_reviews(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    migrate(f"sqlite:///{db}", revision="0004")
    con = sqlite3.connect(str(db))
    with con:
        con.execute("INSERT INTO workspace_info VALUES (1, 'coordinator', '2025-01-01', '0.1')")
        con.execute("INSERT INTO population VALUES (1, 'KZ-10', 2024, 600000, '2025-01-01')")
    con.close()
    assert "finding_review" not in tables(db)
    result = migrate(f"sqlite:///{db}", backup_to=tmp_path / "bk")
    assert (result.from_revision, result.to_revision) == ("0004", HEAD)
    assert "finding_review" in tables(db)
    assert sql(db, "SELECT population FROM population") == [(600000,)]
    assert sql(db, "SELECT role FROM workspace_info") == [("coordinator",)]


def test_0009_puts_right_two_current_rows_left_by_the_desk_race(tmp_path: Path) -> None:
    """Two desks of the second release could leave two "current" versions of one office
    (issue 20); 0009 keeps the highest current, supersedes the others, deletes nothing,
    and from then on the database refuses a second current row."""
    db = tmp_path / "c.sqlite"
    migrate(f"sqlite:///{db}", revision="0008_i17_loop")
    con = sqlite3.connect(str(db))
    with con:
        con.execute("INSERT INTO signer (id, fingerprint, public_key, org_key, name_kk, name_ru, "
                    "region, kinds, contact_person, phone, email, registered_at, approved_at, "
                    "registration_sha256) VALUES (1, 'f', x'00', 'k', 'a', 'b', 'KZ-79', '[]', "
                    "'', '', '', '2026-01-01', '2026-01-01', '')")
        for n in range(1, 5):
            con.execute("INSERT INTO received_file (id, sha256, name, size, kind, received_at, "
                        "result, params) VALUES (?, ?, 'x.kzth', 1, 'bundle', '2026-01-02', "
                        "'accepted', '{}')", (n, f"{n:064x}"))
        for n, (org, version, status) in enumerate([
                ("police|KZ-79", 3, "current"), ("police|KZ-79", 4, "current"),
                ("police|KZ-79", 2, "superseded"), ("ngo|KZ-75", 1, "current")], start=1):
            con.execute(
                "INSERT INTO imported_submission (id, signer_id, received_file_id, org_key, "
                "name_kk, name_ru, region, kinds, reporting_year, version, annex_version, "
                "created_at, imported_at, status, answers_json, audit_summary, suspect, "
                "withdrawn_reason, corrections) VALUES (?, 1, ?, ?, 'a', 'b', 'KZ-79', '[]', "
                "2025, ?, 'x', '2026-01-01', '2026-01-02', ?, '{}', '{}', 0, '', '[]')",
                (n, n, org, version, status))
    con.close()
    migrate(f"sqlite:///{db}")
    rows = sql(db, "SELECT org_key, version, status, superseded_at IS NOT NULL "
                   "FROM imported_submission ORDER BY id")
    assert rows == [("police|KZ-79", 3, "superseded", 1), ("police|KZ-79", 4, "current", 0),
                    ("police|KZ-79", 2, "superseded", 0), ("ngo|KZ-75", 1, "current", 0)]
    con = sqlite3.connect(str(db))
    try:
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            con.execute("UPDATE imported_submission SET status = 'current' WHERE id = 1")
        con.execute("UPDATE imported_submission SET status = 'withdrawn' WHERE id = 1")
    finally:
        con.close()
