"""The benchmark's set of bundles: thousands of valid submissions without thousands of workspaces.

A respondent workspace costs a scrypt derivation (0.5 s, 128 MiB) to make; 2,000 of them would
take longer than the benchmark itself. The set is therefore made directly with the exchange
formats: the demo campaign's organisations, repeated as district offices (``… (2)``, ``… (3)``)
until there are enough, each with an Ed25519 key held in memory only, answering three years
with the demo generator's answers (valid for their kinds), a few sending a correction
(version 2). A coordinator workspace is made once with every key approved through
:meth:`CoordinationService.add_signer` from registrations built by :mod:`exchange.formats`;
each import run starts from a copy of it (:func:`copy_workspace`).

Files are numbered in the order they are imported; the first *n* of them are a smaller
campaign of the same mix (organisations, kinds, years), so runs of 500, 1,000 and 2,000 files
compare like with like.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kzth_desktop.annex.model import Annex
from kzth_desktop.demo.campaign import DemoRespondent, demo_answers, demo_respondents
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.workspace import OrgProfile, Workspace

PASSPHRASE = "bench-passphrase"
SEED = 9
CORRECTION_EVERY = 40  # one organisation in 40 sends a second version of its latest year
MANIFEST = "benchset.json"


@dataclass(frozen=True, slots=True)
class BenchSet:
    """A folder holding ``files/`` (the bundles, in import order) and ``coordinator/``."""

    folder: Path
    years: tuple[int, ...]
    organisations: int

    @property
    def files_dir(self) -> Path:
        return self.folder / "files"

    @property
    def coordinator(self) -> Path:
        return self.folder / "coordinator"

    def files(self, n: int | None = None) -> list[Path]:
        found = sorted(self.files_dir.glob("*.kzth"))
        return found if n is None else found[:n]

    @classmethod
    def load(cls, folder: Path) -> BenchSet | None:
        try:
            data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return cls(folder, tuple(data["years"]), int(data["organisations"]))


def _organisations(annex: Annex, count: int) -> list[DemoRespondent]:
    """The demo campaign's organisations, then the same again as numbered district offices."""
    base = demo_respondents(annex, SEED)
    out: list[DemoRespondent] = []
    copy = 1
    while len(out) < count:
        for r in base:
            if len(out) == count:
                break
            if copy == 1:
                out.append(r)
            else:
                out.append(replace(r, key=f"{r.key}-{copy}", name_kk=f"{r.name_kk} ({copy})",
                                   name_ru=f"{r.name_ru} ({copy})"))
        copy += 1
    return out


def build_bench_set(folder: Path, n_files: int, years: Sequence[int], annex: Annex) -> BenchSet:
    """Writes ``n_files`` bundles (and the coordinator that approved their keys) to ``folder``."""
    years = tuple(sorted(years))
    per_org = len(years)
    n_orgs = max(1, -(-n_files // per_org))
    orgs = _organisations(annex, n_orgs)
    folder.mkdir(parents=True, exist_ok=True)
    files = folder / "files"
    files.mkdir(exist_ok=True)

    co = Workspace.create(folder / "coordinator", "coordinator",
                         OrgProfile("Бенчмарк үйлестірушісі", "Координатор бенчмарка", "KZ-71"),
                         annex=annex, passphrase=PASSPHRASE)
    try:
        coord = CoordinationService(co, annex)
        request_ids = {
            y: formats.read_request(coord.create_request(
                y, PASSPHRASE, issued_on=dt.date(y + 1, 1, 15),
                deadline=dt.date(y + 1, 2, 28)).data).request_id
            for y in years
        }
        recipient = KeyService(co).key("encryption").public_key
        made = 0
        for i, r in enumerate(orgs):
            key = crypto.new_signing_key()
            public = crypto.public_raw(key)
            org = formats.OrgInfo(r.name_kk, r.name_ru, r.region, r.kinds, "Бенчмарк",
                                  "+7 700 000 00 00", f"bench{i}@example.kz")
            registration = formats.build_registration(
                formats.RegistrationDoc(org, public, dt.datetime(years[0] + 1, 1, 10)), key)
            coord.add_signer(registration, name=f"{r.key}.kzkey")
            versions = [(y, 1) for y in years]
            if i % CORRECTION_EVERY == CORRECTION_EVERY - 1:
                versions.append((years[-1], 2))
            for year, version in versions:
                if made == n_files:
                    break
                answers: dict[str, Any] = demo_answers(annex, r, year, SEED)
                if version == 2:
                    fid = "b1.q9.publications"
                    old = answers.get(fid)
                    answers[fid] = (old if isinstance(old, int) else 0) + 1
                data = formats.build_bundle(
                    sender=org, signing_key=key, recipient_key=recipient,
                    request_id=request_ids[year], reporting_year=year, version=version,
                    annex_version=annex.version.stamp, answers=answers,
                    audit_summary={"changes": len(answers), "exports": version,
                                   "users": ["bench"]},
                    created_at=dt.datetime(year + 1, 2, 1 + version, 10),
                )
                made += 1
                (files / f"{made:05d}-{year}-{r.key}-v{version}.kzth").write_bytes(data)
            if made == n_files:
                break
    finally:
        co.close()
    (folder / MANIFEST).write_text(json.dumps(
        {"files": n_files, "years": list(years), "organisations": len(orgs)}), encoding="utf-8")
    return BenchSet(folder, years, len(orgs))


def copy_workspace(source: Path, target: Path) -> Path:
    """A copy of a closed folder workspace (its database and received files)."""
    shutil.copytree(source, target)
    return target


__all__ = ["PASSPHRASE", "BenchSet", "build_bench_set", "copy_workspace"]
