# ruff: noqa: F811 - the fixtures imported from test_bundle_import are parameters here
"""A hostile run through the public command line (issue 15): a few hundred mutated, forged,
oversized and extreme inputs, imported with ``kzth bundle import --json``: nothing is wrongly
accepted, no output holds a traceback, every regular file received is in the store, the JSON is
valid and the exit status is the documented one (1: some file rejected)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kzth_desktop.cli.main import main
from kzth_desktop.exchange import formats
from kzth_desktop.exchange.container import MAX_FILE_SIZE
from kzth_desktop.exchange.reasons import ImportReason

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_bundle_import import (  # noqa: E402,F401
    NGO,
    PW,
    YEAR,
    World,
    _bundle,
    approved,
    stored,
    world,
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _variants(w: World, good: bytes, rng: random.Random) -> dict[str, bytes]:
    v: dict[str, bytes] = {}
    for n in range(180):  # bit flips anywhere
        data = bytearray(good)
        pos = rng.randrange(len(data))
        data[pos] ^= 1 << rng.randrange(8)
        v[f"flip-{n}"] = bytes(data)
    for n in range(60):  # truncations and garbage
        v[f"trunc-{n}"] = good[:rng.randrange(len(good))]
        v[f"junk-{n}"] = rng.randbytes(rng.randrange(1, 4096))
    office = w.police
    rid = formats.read_request(w.request).request_id
    v["other-org"] = _bundle(w, office, sender=formats.OrgInfo(NGO.name_kk, NGO.name_ru,
                                                               NGO.region, NGO.kinds))
    v["other-region"] = _bundle(w, office, sender=formats.OrgInfo(
        "Шымкент қ. ПД", "ДП г. Шымкент", "KZ-75", ("police",)))
    for year in (2000, 2024, 2031, 2100):
        v[f"year-{year}"] = _bundle(w, office, reporting_year=year, request_id=rid)
    v["no-request"] = _bundle(w, office, request_id=None)
    v["forged-request"] = _bundle(w, office, request_id="00000000-0000-4000-8000-000000000000")
    thief = type("Thief", (), {"signing_key": Ed25519PrivateKey.generate(),
                               "respondent": office.respondent})()
    v["wrong-key"] = _bundle(w, thief)  # unknown signer: quarantined, never accepted
    v["wrong-key-no-request"] = _bundle(w, thief, request_id=None)
    for key in ("victim_name", "users_free"):
        summary = {"victim_name": "Айгерим"} if key == "victim_name" else {"users": ["a\x00"]}
        v[f"audit-{key}"] = _bundle(w, office, audit_summary=summary)
    v["huge-count"] = _bundle(w, office, audit_summary={"changes": 10**100})
    answers = dict(office.respondent.answers(YEAR))
    answers["b2.q1.crimes"] = 10**100
    v["huge-answer"] = _bundle(w, office, answers=answers)
    real = formats.dump_json

    def inf_dump(data: Any) -> bytes:
        out = real(data)
        return out.replace(b'"changes":7', b'"changes":1e999') if "answers" in data else out

    formats.dump_json = inf_dump  # type: ignore[assignment]
    try:
        v["non-finite"] = _bundle(w, office, audit_summary={"changes": 7})
    finally:
        formats.dump_json = real  # type: ignore[assignment]
    return v


def test_hostile_inputs_through_the_cli(approved: tuple[World, bytes], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    w, good = approved
    if w.coordinator.ws.folder is None:
        pytest.skip("the command line runs on a folder workspace")
    monkeypatch.setenv("KZTH_PASSPHRASE", PW)
    ws = str(w.coordinator.ws.folder)
    rng = random.Random(15)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files: dict[str, bytes] = {"good": good, **_variants(w, good, rng)}
    for name, data in files.items():
        (inbox / f"{name}.kzth").write_bytes(data)
    with open(inbox / "zz-oversized.kzth", "wb") as f:  # one file over the limit
        f.truncate(MAX_FILE_SIZE + 1)
    specials = []
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.kzth")
        specials.append(str(tmp_path / "pipe.kzth"))
    (tmp_path / "folder.kzth").mkdir()
    assert len(files) >= 300

    code, out, err = _run(capsys, "--workspace", ws, "bundle", "import", str(inbox),
                          *specials, "--json")
    assert "Traceback" not in out + err
    assert code == 1  # documented: 1 when any file is rejected
    report = json.loads(out)
    accepted = [Path(o["file"]).stem for o in report["accepted"] + report["superseded"]]
    assert accepted == ["good"], accepted
    assert all(Path(o["file"]).stem.startswith("wrong-key") for o in report["quarantined"])
    reasons = {r["reason"] for r in report["rejected"]}
    assert reasons <= {r.value for r in ImportReason}
    assert ImportReason.INTERNAL_ERROR.value not in reasons
    for expected in ("identity_mismatch", "unknown_request", "file_too_large",
                     "payload_malformed", "not_regular_file"):
        assert expected in reasons, expected
    by_stem = {Path(r["file"]).stem: r["reason"] for r in report["rejected"]}
    assert by_stem["other-org"] == by_stem["other-region"] == "identity_mismatch"
    assert by_stem["no-request"] == by_stem["year-2031"] == "unknown_request"
    assert by_stem["non-finite"] == "payload_malformed"
    assert by_stem["zz-oversized"] == "file_too_large"
    assert by_stem.get("pipe", "not_regular_file") == "not_regular_file"
    # every regular file handed in is in the store, the oversized one included
    held = stored(w.coordinator)
    for path in inbox.iterdir():
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest in held, path.name
    # a directory given as a file
    code, out, err = _run(capsys, "--workspace", ws, "bundle", "import",
                          str(tmp_path / "folder.kzth"), "--json")
    assert code == 0 and json.loads(out) == {k: [] for k in json.loads(out)}
    # the same batch again: duplicates (the FIFO and the oversized file aside), nothing new
    code, out, err = _run(capsys, "--workspace", ws, "bundle", "import", str(inbox), "--json")
    again = json.loads(out)
    assert again["accepted"] == again["superseded"] == []
    assert "Traceback" not in out + err
    # what is held prints as valid JSON and the aggregates do not fail
    for argv in (("submissions", "--json"), ("submissions", "--all", "--json"),
                 ("aggregate", "--year", str(YEAR), "--json")):
        code, out, err = _run(capsys, "--workspace", ws, *argv)
        assert code == 0 and "Traceback" not in out + err, argv
        assert "NaN" not in out and "Infinity" not in out, argv
        json.loads(out)
    code, out, _ = _run(capsys, "--workspace", ws, "submissions", "--json")
    assert [s["version"] for s in json.loads(out)["submissions"]] == [1]
