"""Writes tests/fixtures/workspace_r0001/: a respondent workspace at schema revision 0001.

The test of migrations opens a copy of it with the current code and checks that it upgrades
with its data intact. Run it again only to rebuild that fixture (the data below is fixed):

    python scripts/make_fixture_workspace.py
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

from kzth_desktop.storage import migrate

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "tests" / "fixtures" / "workspace_r0001"
REVISION = "0001"

ANSWERS = {
    "b1.q1.1": {"answer": "yes", "details": "Пробелы в законодательстве — «пример»"},
    "b2.q1.period": {"from": "2024-01-01", "to": "2024-12-31"},
    "b2.q1.crimes": 12,
    "b2.q2.1": {"no_data": "учёт не ведётся"},
    "b2.q3.1": "Мошенничество; незаконная миграция",
}


def build(target: Path = TARGET) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    db = target / "workspace.sqlite"
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    migrate(f"sqlite:///{db}", revision=REVISION)
    con = sqlite3.connect(str(db))
    try:
        with con:
            con.execute(
                "INSERT INTO workspace_info (id, role, created_at, app_version) "
                "VALUES (1, 'respondent', '2025-01-10 09:00:00.000000', '0.0.1')"
            )
            con.execute(
                "INSERT INTO organisation (id, name_kk, name_ru, region, kinds, contact_person, "
                "phone, email, updated_at) VALUES (1, ?, ?, 'KZ-79', ?, ?, ?, ?, ?)",
                ("Шымкент қаласы полиция департаменті", "Департамент полиции города Шымкент",
                 json.dumps(["police"]), "Сейткали А.", "+7 7252 00 00 00", "dp@example.kz",
                 "2025-01-10 09:00:00.000000"),
            )
            con.execute(
                "INSERT INTO campaign (id, year, deadline, source, created_at) "
                "VALUES (1, 2024, '2025-01-31', 'manual', '2025-01-10 09:01:00.000000')"
            )
            con.execute(
                "INSERT INTO submission (id, campaign_id, status, version, updated_at) "
                "VALUES (1, 1, 'draft', 1, '2025-01-10 09:05:00.000000')"
            )
            for i, (fid, value) in enumerate(ANSWERS.items(), start=1):
                con.execute(
                    "INSERT INTO answer (id, submission_id, field_id, value_json, updated_at) "
                    "VALUES (?, 1, ?, ?, '2025-01-10 09:05:00.000000')",
                    (i, fid, json.dumps(value, ensure_ascii=False, separators=(",", ":"))),
                )
        # one self-contained file in the repository: no -wal / -shm beside it
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("VACUUM")
    finally:
        con.close()
    return db


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
