"""A synthetic national campaign for training, screenshots, tests and benchmarks (``kzth demo``).

:func:`build_demo` writes, under one folder::

    coordinator/                 the coordinator's workspace, every bundle imported
    respondents/<region>-<kind>/ one respondent workspace per organisation
    outbox/registrations/        the respondents' .kzkey files
    outbox/<year>/               the year's request (.kzreq) and the bundles as they travelled,
                                 a damaged copy and a file sent twice included
    README.txt                   what is where, and the passphrase of every workspace

Everything goes through the real services: the coordinator issues a request per year, each
respondent imports it, fills in the answers, validates, marks ready and exports; the
coordinator approves the registrations and imports the year's files in the order they arrived.

Deterministic for a seed: answers, names, languages, who is late, missing or sends twice come
from ``random.Random`` instances seeded with the seed and the respondent (so a respondent's
answers do not depend on how many regions are built). Keys, signatures, ciphertexts and hence
the bundles' bytes differ from run to run, by nature; what they contain does not.

Time: the coordinator imports each file on the date it "arrives" (derived from the reporting
years): the coordination service is given a clock that reads that date, so receipts, imports,
supersessions and approvals are dated as in a real campaign — the files themselves, and the
respondents' audit trails, carry the time the demo was built. That is how the late
submissions are late (after the request's deadline, 28 February of the next year) and the
others on time.

Keys: every workspace's keys are sealed under :data:`DEMO_PASSPHRASE` in the stored format
(scrypt N=2¹⁷); to build ~170 workspaces in seconds rather than minutes, the scrypt
derivations of one run are shared (one salt per run, each derivation done once) — see
:func:`shared_key_derivation`. Meant for a process of its own (the CLI), not beside other work.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from types import MappingProxyType
from typing import Any

from kzth_desktop.analysis.records import DEFAULT_EXPECTED_KINDS
from kzth_desktop.annex.model import Annex, Field, FieldType
from kzth_desktop.demo import texts
from kzth_desktop.exchange import crypto, formats
from kzth_desktop.exchange.reasons import ImportResult
from kzth_desktop.services.bundle_export import ExchangeService, org_info, write_file
from kzth_desktop.services.bundle_import import ImportOutcome, ImportReport
from kzth_desktop.services.coordination import CoordinationService
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.workspace import OrgProfile, Workspace

DEMO_PASSPHRASE = "demo-passphrase"
DEFAULT_SEED = 1
BASE_YEAR = 2020  # trends are counted from here, so any window of years continues them
NATIONAL_SCALE = 8.0  # a ministry's own cases, against ~1 for an average region
# monthly calculation index (tenge): compensation from the victims' fund is counted in it
MCI = {2020: 2778, 2021: 2917, 2022: 3063, 2023: 3450, 2024: 3692, 2025: 3932, 2026: 4325}
USER = "demo"

Pair = tuple[str, str]


def default_years(today: dt.date | None = None) -> list[int]:
    """The three reporting years before the current one."""
    year = (today or dt.date.today()).year
    return [year - 3, year - 2, year - 1]


# --- who answers -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoRespondent:
    """One organisation of the demo campaign."""

    key: str  # folder name: "KZ-10-akimat", "KZ-71-mission-ru"
    region: str
    kinds: tuple[str, ...]
    name_kk: str
    name_ru: str
    lang: str  # the language its free texts are written in
    national: bool = False

    def profile(self) -> OrgProfile:
        slug = self.key.lower().replace("_", "-")
        return OrgProfile(self.name_kk, self.name_ru, self.region, self.kinds,
                          contact_person="Демо", phone="+7 700 000 00 00",
                          email=f"{slug}@demo.kzth.kz")


@dataclass(frozen=True, slots=True)
class YearPlan:
    """What happens in one reporting year besides everyone sending on time."""

    year: int
    issued_on: dt.date
    deadline: dt.date
    missing: tuple[str, ...] = ()  # never send (one of them sends an invalid bundle)
    late: tuple[str, ...] = ()  # arrive after the deadline
    resend: str | None = None  # exports twice: the second version supersedes the first
    damaged: str | None = None  # a copy of its bundle with a flipped byte also arrives
    duplicate: str | None = None  # its very file arrives a second time
    invalid: str | None = None  # sends a bundle whose answers do not validate
    unregistered: bool = False  # the unregistered body sends a bundle (quarantined)


@dataclass(frozen=True, slots=True)
class DemoPlan:
    seed: int
    years: tuple[int, ...]
    respondents: tuple[DemoRespondent, ...]
    unregistered: DemoRespondent
    plans: Mapping[int, YearPlan]

    @property
    def expected(self) -> tuple[tuple[str, str], ...]:
        """The request's expected (region, kind) cells: the regional respondents."""
        return tuple((r.region, r.kinds[0]) for r in self.respondents if not r.national)

    def regional(self) -> list[DemoRespondent]:
        return [r for r in self.respondents if not r.national]


def _rng(seed: int, *parts: object) -> Random:
    return Random("|".join([str(seed), *map(str, parts)]))


def demo_respondents(annex: Annex, seed: int, regions: int | None = None,
                     national: bool = True) -> list[DemoRespondent]:
    """The regional kinds for the first ``regions`` regions of the annex, then the national
    bodies. Each writes in Kazakh or Russian (the region's mix decides, by the seed)."""
    known = {k.id for k in annex.kinds}
    chosen = list(annex.regions)[: regions if regions is not None else None]
    out = []
    for n, region in enumerate(chosen):
        traits = texts.REGION_TRAITS[region.code]
        names = {"kk": region.name.kk, "ru": region.name.ru, "kk_gen": region.name.kk + "ның",
                 "ru_gen": traits.ru_genitive, "ru_dat": traits.ru_dative,
                 "ngo": texts.NGO_NAMES[n % len(texts.NGO_NAMES)]}
        for kind in DEFAULT_EXPECTED_KINDS:
            if kind not in known:
                continue
            kk, ru = texts.REGIONAL_NAMES[kind]
            key = f"{region.code}-{kind}"
            lang = "kk" if _rng(seed, "lang", key).random() < traits.kk_share else "ru"
            out.append(DemoRespondent(key, region.code, (kind,), kk.format(**names),
                                      ru.format(**names), lang))
    if national:
        for key, kind, region_code, kk, ru in texts.NATIONAL_BODIES:
            if kind not in known:
                continue
            lang = "kk" if _rng(seed, "lang", key).random() < 0.4 else "ru"
            out.append(DemoRespondent(f"{region_code}-{key}", region_code, (kind,), kk, ru,
                                      lang, national=True))
    return out


def plan_demo(annex: Annex, years: Sequence[int], seed: int = DEFAULT_SEED,
              regions: int | None = None, national: bool = True) -> DemoPlan:
    """Who answers, and per year who is late, missing, sends twice or sends broken files."""
    years = tuple(sorted(set(years)))
    if not years:
        raise ValueError("no reporting years")
    respondents = demo_respondents(annex, seed, regions, national)
    regional = [r.key for r in respondents if not r.national]
    if not regional:
        raise ValueError("no regional respondents")
    n = len(regional)
    plans: dict[int, YearPlan] = {}
    latest = years[-1]
    for year in years:
        rng = _rng(seed, "plan", year)
        pool = list(regional)
        rng.shuffle(pool)
        n_missing = max(1, round(n * 0.025)) if year == latest else 0
        n_late = max(1, round(n * 0.04))
        missing, pool = pool[:n_missing], pool[n_missing:]
        late, pool = pool[:n_late], pool[n_late:]
        specials = pool[:3] + [None] * 3
        plans[year] = YearPlan(
            year=year, issued_on=dt.date(year + 1, 1, 15), deadline=dt.date(year + 1, 2, 28),
            missing=tuple(sorted(missing)), late=tuple(sorted(late)), resend=specials[0],
            damaged=specials[1], duplicate=specials[2],
            invalid=missing[0] if missing else None, unregistered=year == latest,
        )
    key, kind, region, kk, ru = texts.UNREGISTERED
    unregistered = DemoRespondent(f"{region}-{key}", region, (kind,), kk, ru, "ru",
                                  national=True)
    return DemoPlan(seed, years, tuple(respondents), unregistered, plans)


# --- what they answer --------------------------------------------------------------------------


def _poisson(rng: Random, lam: float) -> int:
    if lam <= 0:
        return 0
    if lam > 40:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _binom(rng: Random, n: int, p: float) -> int:
    return sum(1 for _ in range(n) if rng.random() < p)


def _weighted(rng: Random, pairs: Sequence[tuple[str, float]]) -> str:
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


# block 1: how often "yes", before the kind's and the region's leanings
YES_SHARE: Mapping[str, float] = {
    "b1.q1.1": 0.25, "b1.q1.2": 0.40, "b1.q1.3": 0.55, "b1.q1.4": 0.45, "b1.q1.5": 0.65,
    "b1.q1.6": 0.50, "b1.q1.7": 0.45, "b1.q1.8": 0.30, "b1.q2.1": 0.70, "b1.q2.2": 0.60,
    "b1.q3.1": 0.35, "b1.q3.2": 0.50, "b1.q3.3": 0.65, "b1.q3.4": 0.50, "b1.q3.5": 0.60,
    "b1.q3.6": 0.75, "b1.q3.7": 0.70, "b1.q3.8": 0.40,
}
KIND_LEANING: Mapping[str, Mapping[str, float]] = {
    "police": {"b1.q1.1": 1.7, "b1.q1.3": 1.2, "b1.q1.5": 0.7, "b1.q3.1": 1.6},
    "ngo": {"b1.q1.5": 1.4, "b1.q1.8": 2.0, "b1.q1.3": 1.3, "b1.q3.5": 1.4, "b1.q1.7": 1.3},
    "akimat": {"b1.q1.5": 0.7, "b1.q1.7": 0.6, "b1.q3.3": 1.2, "b1.q1.8": 0.5},
    "labour_inspection": {"b1.q2.1": 1.25, "b1.q1.2": 1.4, "b1.q1.6": 1.2},
    "health_org": {"b1.q1.6": 1.5, "b1.q1.7": 0.8, "b1.q1.1": 0.6},
    "education_ssp": {"b1.q2.2": 1.35, "b1.q1.6": 1.3, "b1.q1.5": 1.2},
    "child_protection": {"b1.q2.2": 1.4, "b1.q1.6": 1.3, "b1.q1.4": 1.2},
    "social_services": {"b1.q1.5": 1.35, "b1.q1.2": 1.25, "b1.q1.3": 1.2},
    "border_service": {"b1.q2.1": 1.2, "b1.q1.3": 1.3},
    "foreign_mission": {"b1.q1.3": 1.4, "b1.q2.1": 1.2, "b1.q1.7": 1.3},
}
NATIONAL_LEANING: Mapping[str, float] = {"b1.q1.1": 0.6, "b1.q1.8": 0.4, "b1.q1.4": 1.1,
                                          "b1.q1.5": 0.8}
STAFF: Mapping[str, int] = {
    "police": 18, "akimat": 8, "labour_inspection": 10, "social_services": 6, "health_org": 12,
    "education_ssp": 7, "child_protection": 6, "ngo": 5,
}
# exploitation of victims (weights in BASE_YEAR) and their yearly trend
EXPLOITATION: tuple[tuple[str, float, float], ...] = (
    ("labour", 0.50, 1.10), ("sexual", 0.38, 0.95), ("begging", 0.06, 1.0),
    ("other", 0.03, 1.0), ("organs", 0.004, 1.0), ("newborn_sale", 0.006, 1.0),
    ("unknown", 0.01, 1.0),
)
MINOR_EXPLOITATION: tuple[tuple[str, float], ...] = (
    ("sexual", 0.40), ("labour", 0.30), ("begging", 0.22), ("other", 0.05), ("unknown", 0.03),
)


# who hands internet resources to the Ministry of Culture and Information to check (b12.q4)
SUBJECTS_REPORTING: tuple[tuple[str, float], ...] = (
    ("police", 0.45), ("interior_ministry", 0.15), ("akimat", 0.1), ("ngo", 0.15),
    ("education_ministry", 0.05), ("other_subject", 0.07), ("unknown", 0.03),
)


class _Answers:
    """The answers of one respondent for one year."""

    def __init__(self, annex: Annex, r: DemoRespondent, year: int, seed: int) -> None:
        self.annex, self.r, self.year = annex, r, year
        self.rng = _rng(seed, "answers", r.key, year)
        self.persona = _rng(seed, "persona", r.key)  # the same leanings every year
        self.lang = 0 if r.lang == "kk" else 1
        self.kind = r.kinds[0]
        traits = texts.REGION_TRAITS[r.region]
        self.traits = traits
        self.scale = NATIONAL_SCALE if r.national else traits.population / 1000 * traits.exposure
        t = year - BASE_YEAR
        self.growth = 1.03 ** t
        self.mix = [(e, w * trend ** t) for e, w, trend in EXPLOITATION]
        self.victim_trend = sum(w for _, w in self.mix) / sum(w for _, w, _ in EXPLOITATION)
        self.labour_trend = 1.10 ** t
        self.no_data_share = self.persona.uniform(0.0, 0.06)
        self.yes_latent = {q: self.persona.random() for q in sorted(YES_SHARE)}
        self.values: dict[str, Any] = {}

    # --- helpers -------------------------------------------------------------------------
    def text(self, bank: Sequence[Pair]) -> str:
        return self.rng.choice(list(bank))[self.lang]

    def items(self, bank: Sequence[Pair], lo: int = 1, hi: int = 3) -> list[str]:
        k = min(len(bank), self.rng.randint(lo, hi))
        return [p[self.lang] for p in self.rng.sample(list(bank), k)]

    def count(self, mean: float) -> int:
        return _poisson(self.rng, mean)

    def money(self, amount: float) -> float:
        return float(round(max(0.0, amount), -3))

    def period(self) -> dict[str, str]:
        return {"from": f"{self.year}-01-01", "to": f"{self.year}-12-31"}

    def none_given(self) -> dict[str, str]:
        """ "No data" for a list that has nothing to name (none counted): rule 9's reason."""
        return {"no_data": texts.NO_CASES[self.lang]}

    def names(self, count: int, bank: Sequence[Pair], lo: int = 1,
              hi: int = 3) -> list[str] | dict[str, str]:
        """Items of ``bank`` when something was counted, else "no data" (zero_implies_empty)."""
        return self.items(bank, lo, hi) if count else self.none_given()

    def trained(self, q: str, count: int) -> None:
        """b1.q8 / b7.q2: employees trained, in the country and abroad (each <= trained)."""
        v = self.values
        v[f"{q}.trained"] = count
        v[f"{q}.in_country"] = _binom(self.rng, count, 0.9)
        v[f"{q}.abroad"] = count - v[f"{q}.in_country"]
        v[f"{q}.topics"] = self.names(count, texts.TOPICS)
        v[f"{q}.period"] = self.period()

    def victims_level(self, base: float) -> int:
        return self.count(base * self.scale * self.victim_trend)

    # --- people and tables -------------------------------------------------------------------
    def person(self, *, minor: bool = False, abroad: bool = False,
               foreign: float = 0.2) -> dict[str, str]:
        rng = self.rng
        expl = _weighted(rng, MINOR_EXPLOITATION if minor else self.mix)
        if abroad:
            cit = "KZ" if rng.random() < 0.96 else "UZ"
        elif rng.random() < foreign:
            cit = _weighted(rng, texts.FOREIGN_CITIZENSHIP[self.traits.neighbours])
        else:
            cit = "KZ"
        p_female = {"sexual": 0.95, "labour": 0.30, "begging": 0.50,
                    "newborn_sale": 0.9}.get(expl, 0.5)
        sex = "unknown" if rng.random() < 0.01 else ("f" if rng.random() < p_female else "m")
        adult = _weighted(rng, (("18-25", 0.34), ("26-45", 0.46), ("45-60", 0.14),
                                ("60+", 0.03), ("unknown", 0.03)))
        if minor:
            status = _weighted(rng, (("student", 0.6), ("without_parental_care", 0.2),
                                     ("unemployed", 0.1), ("other", 0.07), ("unknown", 0.03)))
        elif cit != "KZ" or abroad:
            status = _weighted(rng, (("labour_migrant", 0.75), ("unemployed", 0.15),
                                     ("employed", 0.05), ("unknown", 0.05)))
        else:
            status = _weighted(rng, (("unemployed", 0.42), ("employed", 0.18),
                                     ("self_employed", 0.1), ("student", 0.1),
                                     ("homeless", 0.08), ("labour_migrant", 0.05),
                                     ("pensioner", 0.02), ("other", 0.03), ("unknown", 0.02)))
        regions = sorted(texts.REGION_TRAITS)
        return {
            "exploitation": expl, "citizenship": cit, "sex": sex,
            "age_with_minors": "under_18" if minor else adult, "age_adult": adult,
            "age_minor": _weighted(rng, (("0-13", 0.22), ("14-15", 0.36), ("16-17", 0.40),
                                         ("unknown", 0.02))),
            "nationality": _weighted(rng, texts.NATIONALITY_OF.get(cit, (("other", 1.0),))),
            "social_status": status,
            "family_status": _weighted(rng, (("single", 0.55), ("married", 0.2),
                                             ("divorced", 0.14), ("widowed", 0.03),
                                             ("other", 0.02), ("unknown", 0.06))),
            "disability": _weighted(rng, (("no", 0.9), ("yes", 0.06), ("unknown", 0.04))),
            "residence": self.r.region if rng.random() < 0.78 else rng.choice(regions),
            "coercion_place": (self.r.region if rng.random() < 0.6 else
                               _weighted(rng, (("KZ-75", 0.4), ("KZ-71", 0.25),
                                               ("abroad", 0.2), ("unknown", 0.15)))),
            "legal_representatives": _weighted(rng, (("both_parents", 0.45),
                                                     ("one_parent", 0.35), ("guardian", 0.1),
                                                     ("none", 0.07), ("unknown", 0.03))),
        }

    def table(self, fid: str, people: Sequence[Mapping[str, str]]) -> dict[str, Any]:
        """Anonymous groups: the people counted by the table's dimensions."""
        fld = self.annex.field(fid)
        dims = fld.dimensions
        counts: Counter[tuple[str, ...]] = Counter()
        for p in people:
            key = []
            for d in dims:
                value = p.get(d.categories.id, p.get(d.id, "unknown"))
                if value not in d.categories and value != "unknown":
                    value = "unknown"
                key.append(value)
            counts[tuple(key)] += 1
        rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return {"rows": [{**{d.id: v for d, v in zip(dims, key, strict=True)}, "count": c}
                         for key, c in rows]}

    def people(self, n: int, *, minors: int = 0, **kw: Any) -> list[dict[str, str]]:
        out = [self.person(minor=True, **kw) for _ in range(minors)]
        out += [self.person(**kw) for _ in range(n - minors)]
        for p in out:  # the country set's dimension is named "citizenship"
            p["country"] = p["citizenship"]
        return out

    # --- the blocks ----------------------------------------------------------------------------
    def b1(self) -> None:
        v, rng, kind = self.values, self.rng, self.kind
        leaning = dict(KIND_LEANING.get(kind, {}))
        if self.r.national:
            leaning = {q: leaning.get(q, 1.0) * NATIONAL_LEANING.get(q, 1.0)
                       for q in set(leaning) | set(NATIONAL_LEANING)}
        for q in sorted(YES_SHARE):
            p = YES_SHARE[q] * leaning.get(q, 1.0)
            if q == "b1.q2.1":
                p *= math.sqrt(self.traits.exposure) * 1.02 ** (self.year - BASE_YEAR)
            u = self.yes_latent[q] if rng.random() > 0.15 else rng.random()
            if u < min(p, 0.95):
                v[q] = {"answer": "yes", "details": self.text(texts.YES_DETAILS[q])}
            else:
                v[q] = {"answer": "no", "details": ""}
        q4 = _weighted(self.persona, (("b1.q4.1", 0.55), ("b1.q4.2", 0.3),
                                      ("b1.q4.3", 0.3 if not self.r.national else 0.02)))
        for q in ("b1.q4.1", "b1.q4.2", "b1.q4.3"):
            v[q] = ({"answer": "yes", "details": self.text(texts.YES_DETAILS[q])} if q == q4
                    else {"answer": "no", "details": ""})
        for fid in ("b1.q1.9", "b1.q2.3", "b1.q3.9"):
            v[fid] = self.text(texts.TEXTS[fid][:2] if rng.random() < 0.7 else texts.TEXTS[fid][2:])
        for fid in ("b1.q5.1", "b1.q6.1", "b1.q10.1"):
            v[fid] = self.text(texts.TEXTS[fid])
        v["b1.q7.1"] = self.items(texts.ORGANISATIONS)
        staff = STAFF.get(kind, 25)
        self.trained("b1.q8", self.count(staff * (1.5 if self.r.national else 1.0)))
        v["b1.q8.where"] = self.text(texts.TEXTS["b1.q8.where"])
        base = 40 if self.r.national else 12 * math.sqrt(self.scale)
        v["b1.q9.publications"] = self.count(base * self.growth)
        v["b1.q9.programmes"] = self.count(base / 6)

    def b2(self) -> None:
        v = self.values
        crimes = self.victims_level(3.0)
        v["b2.q1.period"] = self.period()
        v["b2.q1.crimes"] = crimes
        v["b2.q1.by_form"] = self.table("b2.q1.by_form", [
            {"exploitation": _weighted(self.rng, self.mix)} for _ in range(crimes)])
        v["b2.q1.from_subjects"] = _binom(self.rng, crimes, 0.3)
        v["b2.q1.regions"] = self.text(texts.TEXTS["b2.q1.regions"])
        v["b2.q2.1"] = self.count(0.4 * self.scale)
        v["b2.q3.1"] = self.text(texts.TEXTS["b2.q3.1"])
        v["b2.q4.received"] = self.count(0.3 * self.scale)
        v["b2.q4.sent"] = self.count(0.2 * self.scale)
        v["b2.q5.detained"] = self.count(0.8 * self.scale)
        v["b2.q5.measures"] = self.text(texts.TEXTS["b2.q5.measures"])
        v["b2.q6.to_court"] = _binom(self.rng, crimes, 0.6)
        v["b2.q6.convicted"] = _binom(self.rng, v["b2.q6.to_court"], 0.8)
        v["b2.q6.reasons"] = self.text(texts.TEXTS["b2.q6.reasons"])
        legal = self.count(0.15 * self.scale)
        v["b2.q7.cases"] = legal
        v["b2.q7.confiscated"] = self.money(legal * self.rng.uniform(2e6, 15e6))
        n = self.victims_level(4.0)
        people = self.people(n, minors=_binom(self.rng, n, 0.12), foreign=0.2)
        v["b2.q8.victims"] = self.table("b2.q8.victims", people)
        for fid, share in (("b2.q9.victims", 0.55), ("b2.q10.victims", 0.25),
                           ("b2.q11.victims", 0.3), ("b2.q12.victims", 0.2)):
            subset = [p for p in people if self.rng.random() < share]
            v[fid] = self.table(fid, subset)
            if fid == "b2.q12.victims":
                mci = MCI.get(self.year, 4000)
                v["b2.q12.amount"] = float(len(subset) * 30 * mci)
        for part in ("investigation", "public_order", "detention", "migration", "minors"):
            fid = f"b2.q13.{part}"
            v[fid] = self.text(texts.TEXTS[fid])

    def _received(self, block: str, base: float, *, minors: bool = False,
                  identified_share: float = 0.65, assisted_share: float = 0.3) -> None:
        """Blocks 3, 6 and 16: received = identified + not identified; the table = identified."""
        v, rng = self.values, self.rng
        received = self.victims_level(base)
        identified = _binom(rng, received, identified_share)
        v[f"{block}.q1.period"] = self.period()
        v[f"{block}.q1.referred_by"] = self.names(received, texts.SUBJECTS)
        v[f"{block}.q1.received"] = received
        v[f"{block}.q1.identified"] = identified
        v[f"{block}.q1.not_identified"] = received - identified
        v[f"{block}.q1.assisted"] = _binom(rng, identified, assisted_share)
        v[f"{block}.q1.referred_police"] = _binom(rng, identified, 0.6)
        people = self.people(identified, minors=identified if minors else 0, foreign=0.2)
        v[f"{block}.q1.victims"] = self.table(f"{block}.q1.victims", people)

    def b3(self) -> None:
        self._received("b3", 3.5 if self.kind != "akimat" else 4.5, assisted_share=0.8)

    def b4(self) -> None:
        v = self.values
        v["b4.q1.period"] = self.period()
        inspections = self.count(120 * self.scale * self.growth)
        v["b4.q1.inspections"] = inspections
        v["b4.q1.forced_labour"] = (self.count(1.2 * self.scale * self.labour_trend)
                                    if inspections else 0)
        v["b4.q1.measures_inspections"] = self.text(texts.TEXTS["b4.q1.measures_inspections"])
        mobile = self.count(0.5 * self.scale * self.labour_trend)
        v["b4.q1.forced_labour_mobile"] = mobile
        v["b4.q1.measures_mobile"] = (self.text(texts.TEXTS["b4.q1.measures_mobile"]) if mobile
                                      else texts.NO_CASES[self.lang])
        minors = self.count(0.6 * self.scale)
        v["b4.q2.minors"] = minors
        v["b4.q2.work_types"] = self.names(minors, texts.WORK_TYPES, 1, 2)
        v["b4.q2.measures"] = (self.text(texts.TEXTS["b4.q2.measures"]) if minors
                               else texts.NO_CASES[self.lang])
        people = self.people(minors, minors=minors, foreign=0.1)
        v["b4.q2.minors_table"] = self.table("b4.q2.minors_table", people)

    def b5(self) -> None:
        v = self.values
        v["b5.q1.period"] = self.period()
        agencies = self.count(12 * self.scale)
        v["b5.q1.agencies"] = agencies
        v["b5.q1.emigrated"] = self.count(250 * self.scale * self.growth) if agencies else 0

    def b6(self) -> None:
        self._received("b6", 1.2, minors=True, identified_share=0.6, assisted_share=0.85)

    def b7(self) -> None:
        v = self.values
        v["b7.q1.children"] = self.count(40 * self.scale)
        v["b7.q1.measures"] = self.text(texts.TEXTS["b7.q1.measures"])
        self.trained("b7.q2", self.count(15))
        v["b7.q2.where"] = self.text(texts.TEXTS["b7.q2.where"])

    def b8(self) -> None:
        v = self.values
        v["b8.q1.programmes"] = self.count(300 * self.growth)
        v["b8.q1.topics"] = self.names(v["b8.q1.programmes"], texts.TOPICS, 2, 4)
        v["b8.q1.period"] = self.period()

    def b9(self) -> None:
        v, rng = self.values, self.rng
        received = self.victims_level(1.5)
        minors = _binom(rng, received, 0.15)
        treated = received - _binom(rng, received, 0.1)
        treated_minors = min(minors - _binom(rng, minors, 0.1), treated)
        v["b9.q1.period"] = self.period()
        v["b9.q1.referred_by"] = self.names(received, texts.SUBJECTS)
        v["b9.q1.received"] = received
        v["b9.q1.received_minors"] = minors
        v["b9.q1.treated"] = treated
        v["b9.q1.treated_minors"] = treated_minors
        v["b9.q1.referred_police"] = _binom(rng, received, 0.5)
        v["b9.q1.victims"] = self.table("b9.q1.victims",
                                        self.people(received, minors=minors, foreign=0.15))
        for part in ("sexual", "labour", "begging", "organs"):
            fid = f"b9.q2.{part}"
            v[fid] = self.text(texts.TEXTS[fid])

    def b10(self) -> None:
        v = self.values
        v["b10.q1.reports"] = self.count(25)
        v["b10.q1.measures"] = self.text(texts.TEXTS["b10.q1.measures"])
        v["b10.q2.abandoned"] = self.count(150 / self.growth)
        v["b10.q2.measures"] = self.text(texts.TEXTS["b10.q2.measures"])

    def b11(self) -> None:
        v, rng = self.values, self.rng
        applied = self.count((8 if self.kind == "foreign_mission" else 30) * self.victim_trend)
        v["b11.q1.period"] = self.period()
        v["b11.q1.referred_by"] = self.items(texts.SUBJECTS)
        v["b11.q1.measures"] = self.text(texts.TEXTS["b11.q1.measures"])
        v["b11.q1.applied"] = applied
        v["b11.q1.returned"] = _binom(rng, applied, 0.7)
        v["b11.q1.referred_police"] = _binom(rng, applied, 0.5)
        v["b11.q1.victims"] = self.table("b11.q1.victims", self.people(applied, abroad=True))
        v["b11.q2.1"] = self.count(40 if self.kind == "foreign_mission" else 150)
        v["b11.q3.1"] = self.count(1)
        v["b11.q4.requests"] = self.count(40)
        v["b11.q4.measures"] = self.text(texts.TEXTS["b11.q4.measures"])
        v["b11.q5.complaints"] = self.count(1)
        v["b11.q5.measures"] = self.text(texts.TEXTS["b11.q5.measures"])
        v["b11.q6.1"] = self.count(20 * self.growth)

    def b12(self) -> None:
        v = self.values
        v["b12.q1.period"] = self.period()
        v["b12.q1.newborns"] = self.count(3)
        v["b12.q1.organs"] = self.count(2)
        v["b12.q1.prostitution"] = self.count(60 * self.growth)
        v["b12.q2.1"] = self.count(40)
        v["b12.q3.1"] = self.text(texts.TEXTS["b12.q3.1"])
        v["b12.q4.1"] = self.count(120 * self.growth)
        v["b12.q4.by_subject"] = self.table("b12.q4.by_subject", [
            {"subject_kind": _weighted(self.rng, SUBJECTS_REPORTING)}
            for _ in range(v["b12.q4.1"])])
        orders = self.count(3)
        v["b12.q5.orders"] = orders
        v["b12.q5.amount"] = self.money(orders * self.rng.uniform(8e6, 25e6))
        v["b12.q5.directions"] = self.names(orders, texts.DIRECTIONS)

    def b13(self) -> None:
        self.values["b13.q1.1"] = self.count(2)

    def b14(self) -> None:
        v = self.values
        v["b14.q1.period"] = self.period()
        v["b14.q1.meetings"] = 1 + self.count(2.5)
        v["b14.q1.agenda"] = self.items(texts.AGENDA, 2, 4)
        v["b14.q2.complaints"] = self.count(6 * self.scale)
        v["b14.q2.measures"] = self.text(texts.TEXTS["b14.q2.measures"])
        v["b14.q2.referred_police"] = self.count(2 * self.scale)
        v["b14.q3.publications"] = self.count(60 * math.sqrt(self.scale) * self.growth)
        v["b14.q3.programmes"] = self.count(8)
        orders = 1 + self.count(1.5)
        v["b14.q4.orders"] = orders
        v["b14.q4.amount"] = self.money(orders * self.rng.uniform(4e6, 12e6))
        v["b14.q4.directions"] = self.items(texts.DIRECTIONS)
        v["b14.q5.1"] = self.count(0.8 * self.scale)

    def b15(self) -> None:
        v, rng = self.values, self.rng
        applied = self.count(25 * self.victim_trend)
        v["b15.q1.period"] = self.period()
        v["b15.q1.reported_by"] = self.items(texts.SUBJECTS)
        v["b15.q1.measures"] = self.text(texts.TEXTS["b15.q1.measures"])
        v["b15.q1.applied"] = applied
        v["b15.q1.referred_police"] = _binom(rng, applied, 0.6)
        v["b15.q1.victims"] = self.table("b15.q1.victims", self.people(applied, foreign=0.6))
        v["b15.q2.1"] = self.text(texts.TEXTS["b15.q2.1"])
        v["b15.q3.requests"] = self.count(30)
        v["b15.q3.joint_events"] = self.count(6)
        v["b15.q3.campaigns"] = self.count(10 * self.growth)

    def b16(self) -> None:
        self._received("b16", 4.0, identified_share=0.7, assisted_share=0.85)
        v, rng = self.values, self.rng
        identified = v["b16.q1.identified"]
        v["b16.q1.recognised"] = _binom(rng, v["b16.q1.assisted"], 0.5)
        v["b16.q1.referred_medical"] = _binom(rng, identified, 0.4)
        v["b16.q2.1"] = self.count(0.6 * self.scale)
        v["b16.q3.1"] = self.count(0.5 * self.scale)
        v["b16.q4.1"] = self.text(texts.TEXTS["b16.q4.1"])
        v["b16.q5.1"] = self.text(texts.TEXTS["b16.q5.1"])

    # --- the whole submission ------------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        fields = self.annex.fields_for_kinds(list(self.r.kinds))
        for block in dict.fromkeys(f.id.split(".")[0] for f in fields):
            getattr(self, block)()
        out: dict[str, Any] = {}
        for f in fields:
            value = self.values.get(f.id)
            if value is None:
                value = self.fallback(f)
            if f.type is not FieldType.PERIOD and self.rng.random() < self.no_data_share:
                value = {"no_data": self.text(texts.NO_DATA_REASONS)}
            out[f.id] = value
        return out

    def fallback(self, f: Field) -> Any:
        """A field no block story names (a later annex version): a plain plausible value."""
        return FALLBACK_VALUES[f.type](self)


# a plain plausible value of each field type, for a field no block story names
FALLBACK_VALUES: Mapping[FieldType, Callable[[_Answers], Any]] = MappingProxyType({
    FieldType.YES_NO: lambda a: {"answer": "no", "details": ""},
    FieldType.TEXT: lambda a: a.text(texts.MEASURES),
    FieldType.COUNT: lambda a: a.count(3),
    FieldType.MONEY: lambda a: 0.0,
    FieldType.PERIOD: lambda a: a.period(),
    FieldType.LIST: lambda a: a.items(texts.SUBJECTS),
    FieldType.VICTIMS: lambda a: {"rows": []},
})


def demo_answers(annex: Annex, respondent: DemoRespondent, year: int,
                 seed: int = DEFAULT_SEED) -> dict[str, Any]:
    """The canonical answers of ``respondent`` for ``year`` (valid for its kinds)."""
    return _Answers(annex, respondent, year, seed).build()


# --- the keys of one run -----------------------------------------------------------------------


@contextmanager
def shared_key_derivation() -> Iterator[None]:
    """Within the block, each scrypt derivation is done once: new keys sealed under the same
    passphrase share one salt, and unlocking them again finds the derived key in memory.

    The sealed keys are in the ordinary stored format (same scrypt cost); only the salt is
    shared between the demo's workspaces, whose passphrase is public anyway.
    """
    cls = crypto.PassphraseKey
    original = cls.__dict__["derive"]
    derive_once = original.__get__(None, cls)
    cache: dict[tuple[str, crypto.ScryptParams, bytes | None], crypto.PassphraseKey] = {}

    def derive(_cls: type, passphrase: str, params: crypto.ScryptParams | None = None,
               salt: bytes | None = None) -> crypto.PassphraseKey:
        params = params or crypto.SCRYPT
        key = cache.get((passphrase, params, salt))
        if key is None:
            key = derive_once(passphrase, params, salt)
            cache[(passphrase, params, salt)] = key
            cache[(passphrase, params, key.salt)] = key
        return key

    cls.derive = classmethod(derive)  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        cls.derive = original  # type: ignore[method-assign]


# --- the build ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What :func:`build_demo` made."""

    out: Path
    seed: int
    years: tuple[int, ...]
    workspaces: int  # the coordinator's included
    respondents: int
    bundles: int  # files in the outboxes
    counts: Mapping[str, int]  # import results over all years
    by_year: Mapping[int, Mapping[str, int]]
    rejected: Mapping[str, int]  # reason -> count
    missing: Mapping[int, tuple[str, ...]]
    late: Mapping[int, tuple[str, ...]]
    seconds: float
    timings: Mapping[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "out": str(self.out), "seed": self.seed, "years": list(self.years),
            "passphrase": DEMO_PASSPHRASE, "workspaces": self.workspaces,
            "respondents": self.respondents, "bundles": self.bundles,
            "counts": dict(self.counts),
            "by_year": {str(y): dict(c) for y, c in self.by_year.items()},
            "rejected": dict(self.rejected),
            "missing": {str(y): list(k) for y, k in self.missing.items()},
            "late": {str(y): list(k) for y, k in self.late.items()},
            "seconds": round(self.seconds, 1),
            "timings": {k: round(v, 2) for k, v in self.timings.items()},
        }


class DemoFolderNotEmptyError(Exception):
    """The output folder exists and holds files (the demo never overwrites anything)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(str(path))


@dataclass
class _Arrival:
    when: dt.datetime
    path: Path
    key: str  # the respondent's


Progress = Callable[[str, int, int], None]


def _at(day: dt.date, rng: Random) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(rng.randint(9, 17), rng.randint(0, 59),
                                            rng.randint(0, 59)))


def build_demo(out: Path | str, years: Sequence[int] | None = None, seed: int = DEFAULT_SEED,
               regions: int | None = None, *, annex: Annex | None = None,
               national: bool = True, progress: Progress | None = None) -> DemoSummary:
    """Builds the demo campaign under ``out`` (absent or empty) and imports it all."""
    from kzth_desktop.annex import load_default_annex

    started = time.perf_counter()
    annex = annex or load_default_annex()
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise DemoFolderNotEmptyError(out)
    plan = plan_demo(annex, years or default_years(), seed, regions, national)
    timings: dict[str, float] = {}
    with shared_key_derivation():
        summary = _Build(annex, plan, out, progress, timings).run()
    return DemoSummary(out=out, seed=seed, years=plan.years, seconds=time.perf_counter()
                       - started, timings=timings, **summary)


class _Build:
    def __init__(self, annex: Annex, plan: DemoPlan, out: Path, progress: Progress | None,
                 timings: dict[str, float]) -> None:
        self.annex, self.plan, self.out = annex, plan, out
        self.progress = progress or (lambda stage, done, total: None)
        self.timings = timings
        self.arrivals: dict[int, list[_Arrival]] = {y: [] for y in plan.years}

    def _tick(self, name: str, since: float) -> float:
        now = time.perf_counter()
        self.timings[name] = self.timings.get(name, 0.0) + now - since
        return now

    def run(self) -> dict[str, Any]:
        plan, out, pw = self.plan, self.out, DEMO_PASSPHRASE
        t = time.perf_counter()
        out.mkdir(parents=True, exist_ok=True)
        co_name_kk, co_name_ru = texts.COORDINATOR
        co = Workspace.create(out / "coordinator", "coordinator",
                              OrgProfile(co_name_kk, co_name_ru, "KZ-71"), annex=self.annex,
                              passphrase=pw)
        try:
            now = [dt.datetime.combine(plan.plans[plan.years[0]].issued_on, dt.time(9))]
            coord = CoordinationService(co, self.annex, clock=lambda: now[0])
            requests = {}
            for year in plan.years:
                yp = plan.plans[year]
                issued = coord.create_request(year, pw, deadline=yp.deadline,
                                              issued_on=yp.issued_on, expected=plan.expected)
                requests[year] = issued.data
                write_file(out / "outbox" / str(year) / f"request-{year}.kzreq", issued.data)
            recipient = KeyService(co).key("encryption").public_key
            t = self._tick("coordinator", t)

            everyone = [*plan.respondents, plan.unregistered]
            registrations: list[tuple[DemoRespondent, bytes]] = []
            for n, r in enumerate(everyone, 1):
                self.progress("respondents", n - 1, len(everyone))
                data = self._respondent(r, requests, recipient)
                if r is not plan.unregistered:
                    registrations.append((r, data))
            self.progress("respondents", len(everyone), len(everyone))
            t = self._tick("respondents", t)

            first = plan.plans[plan.years[0]]
            now[0] = dt.datetime.combine(first.issued_on + dt.timedelta(days=1), dt.time(10))
            for r, data in registrations:  # approved the day after the first request
                coord.add_signer(data, name=f"{r.key}.kzkey")
            t = self._tick("signers", t)
            reports: dict[int, ImportReport] = {}
            for n, year in enumerate(plan.years):
                self.progress("import", n, len(plan.years))
                self._copies(year)
                outcomes: list[ImportOutcome] = []
                for a in sorted(self.arrivals[year], key=lambda a: (a.when, a.path.name)):
                    now[0] = a.when  # each file imported on the day it arrives
                    outcomes.extend(coord.import_paths([a.path], pw).outcomes)
                reports[year] = ImportReport(tuple(outcomes))
            self.progress("import", len(plan.years), len(plan.years))
            t = self._tick("import", t)
        finally:
            co.close()
        (out / "README.txt").write_text(readme_text(plan), encoding="utf-8")
        return self._summary(reports)

    # --- one respondent, all years -----------------------------------------------------------
    def _respondent(self, r: DemoRespondent, requests: Mapping[int, bytes],
                    recipient: bytes) -> bytes:
        plan, pw = self.plan, DEMO_PASSPHRASE
        ws = Workspace.create(self.out / "respondents" / r.key, "respondent", r.profile(),
                              annex=self.annex, passphrase=pw)
        try:
            ex = ExchangeService(ws, self.annex)
            svc = ex.respondent
            registration = ex.registration(pw)
            write_file(self.out / "outbox" / "registrations" / f"{r.key}.kzkey", registration)
            for year in plan.years:
                yp = plan.plans[year]
                if r is plan.unregistered and not yp.unregistered:
                    continue
                if r.key in yp.missing and r.key != yp.invalid:
                    continue
                ex.import_request(requests[year])
                answers = demo_answers(self.annex, r, year, plan.seed)
                rng = _rng(plan.seed, "timing", r.key, year)
                if r.key == yp.invalid:
                    self._invalid(ws, ex, r, year, answers, recipient, rng)
                    continue
                svc.import_answers({"reporting_year": year, "answers": answers}, user=USER)
                report = svc.validate(year)
                if not report.ok:  # pragma: no cover - a bug of this module
                    raise AssertionError(f"{r.key} {year}: {report.problems[:3]}")
                svc.mark_ready(year, user=USER)
                outbox = self.out / "outbox" / str(year)
                first = ex.export_bundle(year, outbox, pw, user=USER)
                when = self._when(r, yp, rng)
                self.arrivals[year].append(_Arrival(when, first.path, r.key))
                if r.key == yp.resend:  # a correction a week later: version 2
                    svc.reopen(year, user=USER)
                    fid = "b1.q9.publications"
                    old = svc.answers(year).get(fid)
                    svc.save_answer(year, fid, (old if isinstance(old, int) else 0)
                                    + rng.randint(1, 5), user=USER)
                    svc.mark_ready(year, user=USER)
                    second = ex.export_bundle(year, outbox, pw, user=USER)
                    self.arrivals[year].append(_Arrival(when + dt.timedelta(days=7),
                                                        second.path, r.key))
            return registration
        finally:
            ws.close()

    def _when(self, r: DemoRespondent, yp: YearPlan, rng: Random) -> dt.datetime:
        if r.key in yp.late:
            return _at(yp.deadline + dt.timedelta(days=rng.randint(3, 40)), rng)
        window = (yp.deadline - yp.issued_on).days - 8  # a week's margin for a correction
        return _at(yp.issued_on + dt.timedelta(days=rng.randint(3, window)), rng)

    def _invalid(self, ws: Workspace, ex: ExchangeService, r: DemoRespondent, year: int,
                 answers: dict[str, Any], recipient: bytes, rng: Random) -> None:
        """An unfinished draft sent by other means than the program (one field left empty):
        the bundle is signed and sealed properly, and refused for its answers."""
        fields = list(answers)
        dropped = fields[-1]
        draft = {k: v for k, v in answers.items() if k != dropped}
        ex.respondent.import_answers({"reporting_year": year, "answers": draft}, user=USER)
        profile = ws.profile()
        assert profile is not None
        key = ex.keys.signing_key(DEMO_PASSPHRASE)
        request_id = next(q.request_id for q in ex.requests() if q.reporting_year == year)
        data = formats.build_bundle(
            sender=org_info(profile), signing_key=key, recipient_key=recipient,
            request_id=request_id, reporting_year=year, version=1,
            annex_version=self.annex.version.stamp, answers=draft,
            audit_summary={"changes": len(draft), "exports": 1, "users": [USER]},
        )
        fp = crypto.fingerprint(crypto.public_raw(key))
        path = self.out / "outbox" / str(year) / f"kzth-{year}-{r.region}-{fp[:8]}-v1.kzth"
        write_file(path, data)
        yp = self.plan.plans[year]
        self.arrivals[year].append(_Arrival(self._when(r, yp, rng), path, r.key))

    # --- the copies that should not be there ----------------------------------------------------
    def _copies(self, year: int) -> None:
        yp = self.plan.plans[year]
        for key, suffix, damage in ((yp.damaged, "usb-copy", True),
                                    (yp.duplicate, "resent", False)):
            if key is None:
                continue
            original = next((a for a in self.arrivals[year] if a.key == key), None)
            if original is None:
                continue
            data = bytearray(original.path.read_bytes())
            if damage:
                data[len(data) // 2] ^= 0x20
            copy = original.path.with_name(f"{original.path.stem}-{suffix}.kzth")
            write_file(copy, bytes(data))
            self.arrivals[year].append(_Arrival(original.when + dt.timedelta(days=2), copy,
                                                key))

    def _summary(self, reports: Mapping[int, ImportReport]) -> dict[str, Any]:
        counts: Counter[str] = Counter({r.value: 0 for r in ImportResult})
        by_year: dict[int, dict[str, int]] = {}
        rejected: Counter[str] = Counter()
        for year, report in reports.items():
            c = {r.value: len(report.of(r)) for r in ImportResult}
            by_year[year] = c
            counts.update(c)
            for o in report.of(ImportResult.REJECTED):
                rejected[o.reason.value if o.reason else "?"] += 1
        plan = self.plan
        return {
            "workspaces": len(plan.respondents) + 2,
            "respondents": len(plan.respondents) + 1,
            "bundles": sum(len(a) for a in self.arrivals.values()),
            "counts": dict(counts), "by_year": by_year, "rejected": dict(sorted(rejected.items())),
            "missing": {y: plan.plans[y].missing for y in plan.years},
            "late": {y: plan.plans[y].late for y in plan.years},
        }


def readme_text(plan: DemoPlan) -> str:
    years = ", ".join(map(str, plan.years))
    lines = [
        "KZTH Desktop - demo campaign. Synthetic data: every number and text is invented;",
        "the organisations are named after real kinds of body, none of them answered.",
        "",
        f"Seed {plan.seed}; reporting years {years}; {len(plan.respondents)} respondents "
        f"({len(plan.regional())} regional) and one unregistered body.",
        "",
        f"Passphrase of every workspace: {DEMO_PASSPHRASE}",
        f"  export KZTH_PASSPHRASE={DEMO_PASSPHRASE}",
        "",
        "coordinator/                 the coordinator's workspace, every bundle imported:",
        "    kzth --workspace coordinator completeness --year Y",
        "    kzth --workspace coordinator aggregate --year Y",
        "    kzth --workspace coordinator report xlsx --years Y1-Y3 --out demo.xlsx",
        "    kzth-desktop --workspace coordinator",
        "respondents/<region>-<kind>/ one respondent workspace per organisation",
        "outbox/registrations/        the respondents' registration files (.kzkey)",
        "outbox/<year>/               the year's request (.kzreq) and the bundles (.kzth)",
        "",
        "What happened, per year (request issued 15 January, deadline 28 February of the",
        "following year; the coordinator's records are dated accordingly):",
    ]
    for year in plan.years:
        yp = plan.plans[year]
        lines.append(f"  {year}:")
        if yp.late:
            lines.append(f"    late (after {yp.deadline}): {', '.join(yp.late)}")
        if yp.missing:
            lines.append(f"    missing (never sent a valid bundle): {', '.join(yp.missing)}")
        if yp.invalid:
            lines.append(f"    invalid bundle (an answer left empty), refused: {yp.invalid}")
        if yp.resend:
            lines.append(f"    sent twice, version 2 supersedes version 1: {yp.resend}")
        if yp.damaged:
            lines.append(f"    a damaged copy (one byte changed), refused: {yp.damaged}")
        if yp.duplicate:
            lines.append(f"    the same file sent again (duplicate): {yp.duplicate}")
        if yp.unregistered:
            lines.append(f"    a bundle from an unregistered key, in quarantine: "
                         f"{plan.unregistered.key}")
    lines += [
        "",
        "The same seed gives the same answers and the same outcomes; the files' bytes differ",
        "from run to run (keys, signatures and encryption are random by nature).",
        "",
    ]
    return "\n".join(lines)


__all__ = [
    "DEFAULT_SEED",
    "DEMO_PASSPHRASE",
    "DemoFolderNotEmptyError",
    "DemoPlan",
    "DemoRespondent",
    "DemoSummary",
    "YearPlan",
    "build_demo",
    "default_years",
    "demo_answers",
    "demo_respondents",
    "plan_demo",
    "readme_text",
    "shared_key_derivation",
]
