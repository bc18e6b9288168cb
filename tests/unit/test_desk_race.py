"""Issue 20: several coordinator desks on one PostgreSQL database. Two desks import, in lock
step, version 3 and version 4 of the same offices (each desk having read what was held before
either imported, as a batch does): every office ends with exactly one current submission, the
newer one; the same bytes seen by both desks are one acceptance and one duplicate. Run once as
shipped and once with the write lock taken away, to show that the database's own rule (the
partial unique index of migration 0009) holds even then."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kzth_desktop.annex import load_default_annex
from kzth_desktop.exchange import formats
from kzth_desktop.services import (
    CoordinationService,
    ExchangeService,
    OrgProfile,
    RespondentService,
    Workspace,
)
from kzth_desktop.services.keys import KeyService
from kzth_desktop.storage.models import ImportedSubmission

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from sample_answers import sample_answers  # noqa: E402

ANNEX = load_default_annex()
PW = "correct horse battery"
YEAR = 2025
ROOT = Path(__file__).resolve().parents[2]
REGIONS = ("KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33")

# one desk: opens the coordinator's database, reads what is held (the batch's snapshot), then
# imports its files one by one, each only once the other desk is ready for the same step
DESK = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from kzth_desktop.exchange import crypto
    crypto.SCRYPT = crypto.ScryptParams(n=2**10, r=8, p=1)
    from kzth_desktop.annex import load_default_annex
    from kzth_desktop.services import CoordinationService, Workspace
    url, me, other, gate, lock = sys.argv[1:6]
    files = sys.argv[6:]
    if lock == "off":  # the test of the database's own rule: no write lock at all
        import kzth_desktop.storage.db as db
        db._server_write_lock = lambda session, busy_ms: None
    annex = load_default_annex()
    ws = Workspace.open(url, annex=annex)
    batch = CoordinationService(ws, annex)._batch("correct horse battery")
    gate = Path(gate)
    out = []
    for n, name in enumerate(files):
        (gate / f"{me}-{n}").touch()
        deadline = time.monotonic() + 60
        while not (gate / f"{other}-{n}").exists():
            if time.monotonic() > deadline:
                raise SystemExit("the other desk never came")
            time.sleep(0.001)
        o = batch.import_bytes(Path(name).name, Path(name).read_bytes())
        out.append([Path(name).name, o.result.value, o.reason.value if o.reason else None])
    ws.close()
    print(json.dumps(out))
""")


@pytest.fixture
def server(backend: Any) -> Any:
    """The test server's backend (tests/conftest.py); the desks share a database server."""
    if backend.is_sqlite:
        pytest.skip("several desks share a database server")
    return backend


def _offices(root: Path, request: bytes, regions: tuple[str, ...] = REGIONS,
             tag: str = "ДП") -> list[tuple[OrgProfile, Workspace]]:
    made = []
    for n, region in enumerate(regions):
        profile = OrgProfile(f"{n}-{tag}", f"{tag} №{n}", region, ("police",))
        ws = Workspace.create(root / f"office-{n}", "respondent", profile, annex=ANNEX,
                              passphrase=PW)
        ExchangeService(ws, ANNEX).import_request(request)
        RespondentService(ws, ANNEX).import_answers(
            {"reporting_year": YEAR, "answers": sample_answers(ANNEX, ["police"])})
        made.append((profile, ws))
    return made


def _bundle(office: tuple[OrgProfile, Workspace], coordinator: CoordinationService,
            request: bytes, version: int) -> bytes:
    profile, ws = office
    return formats.build_bundle(
        sender=formats.OrgInfo(profile.name_kk, profile.name_ru, profile.region,
                               profile.kinds),
        signing_key=KeyService(ws).signing_key(PW),
        recipient_key=KeyService(coordinator.ws).key("encryption").public_key,
        request_id=formats.read_request(request).request_id, reporting_year=YEAR,
        version=version, annex_version=ANNEX.version.stamp,
        answers=RespondentService(ws, ANNEX).answers(YEAR))


def _desk(url: str, me: str, other: str, gate: Path, lock: str,
          files: list[Path]) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", DESK, url, me, other, str(gate), lock,
                             *map(str, files)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
@pytest.mark.parametrize("lock", ["on", "off"])
def test_two_desks_in_lock_step_leave_one_current_submission_per_office(
        server: Any, tmp_path: Path, lock: str) -> None:
    url = server.fresh_url()
    coordinator = CoordinationService(
        Workspace.create(url, "coordinator", OrgProfile("Үйлестіруші", "Координатор"),
                         annex=ANNEX, passphrase=PW), ANNEX)
    request = coordinator.create_request(YEAR, PW, issued_on=dt.date(2026, 1, 10)).data
    offices = _offices(tmp_path, request)
    files: dict[int, list[Path]] = {3: [], 4: []}
    for n, office in enumerate(offices):
        coordinator.add_signer(ExchangeService(office[1], ANNEX).registration(PW))
        for version in (3, 4):
            f = tmp_path / f"office-{n}-v{version}.kzth"
            f.write_bytes(_bundle(office, coordinator, request, version))
            files[version].append(f)
    same = tmp_path / "same-bytes.kzth"  # one more office's v1, handed to both desks
    twin = _offices(tmp_path / "twin", request, ("KZ-35",), "Двойник")[0]
    same.write_bytes(_bundle(twin, coordinator, request, 1))
    coordinator.add_signer(ExchangeService(twin[1], ANNEX).registration(PW))
    for _, ws in [*offices, twin]:
        ws.close()

    gate = tmp_path / "gate"
    gate.mkdir()
    desks = [_desk(url, "a", "b", gate, lock, [*files[3], same]),
             _desk(url, "b", "a", gate, lock, [*files[4], same])]
    results = []
    for desk in desks:
        out, err = desk.communicate(timeout=300)
        assert desk.returncode == 0, err
        results.append(json.loads(out))

    rows = coordinator.ws.read(lambda s: [(r.org_key, r.version, r.status) for r in s.scalars(
        select(ImportedSubmission).where(ImportedSubmission.reporting_year == YEAR))])
    current = Counter(org for org, _, status in rows if status == "current")
    assert len(current) == len(REGIONS) + 1 and set(current.values()) == {1}, rows
    assert sorted(v for org, v, status in rows if status == "current") == [1] + [4] * len(  # noqa: E501
        REGIONS), results
    # no file was refused for a reason of ours: each v3 either came first (then superseded
    # by v4) or came second and is older than what is held
    outcomes = Counter((r[1], r[2]) for desk in results for r in desk[:-1])
    assert set(outcomes) <= {("accepted", None), ("superseded", None),
                             ("rejected", "not_newer")}, outcomes
    assert outcomes[("rejected", "not_newer")] + outcomes[("superseded", None)] == len(REGIONS)
    # the same bytes: accepted on one desk, a duplicate on the other, whichever came first
    assert sorted(desk[-1][1] for desk in results) == ["accepted", "duplicate"]
    coordinator.ws.close()


@pytest.mark.parametrize("start", ["0006_i15_accept", None])
def test_two_desks_starting_on_an_older_schema_at_once(server: Any, start: str | None
                                                       ) -> None:
    """Both desks upgrade the same database at the same moment (from an older revision, or
    from nothing): one waits for the other's upgrade and finds the schema up to date."""
    import threading

    from kzth_desktop.storage.db import current_revision, head_revision, make_engine, migrate

    url = server.fresh_url()
    if start is not None:
        migrate(url, revision=start)
    go = threading.Barrier(2)
    results: list[object] = []

    def desk() -> None:
        go.wait()
        try:
            results.append(migrate(url).to_revision)
        except Exception as exc:  # noqa: BLE001 - the failure is the test's finding
            results.append(exc)

    threads = [threading.Thread(target=desk, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert results == [head_revision(), head_revision()]
    engine = make_engine(url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
