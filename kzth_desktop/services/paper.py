"""Offices on paper: keyed entry and independent double keying at the coordinator (issue 18).

An office without a computer for it fills the printed blank questionnaire; the coordinator
keys the filled form. As census offices do (CSPro's verify mode, Epi Info's double data
entry), two operators key the same form independently; the fields they keyed differently are
listed and resolved one by one against the paper; only then is the form a submission.

Design (README, "Offices on paper"):

- **Tables** (migration 0010): ``paper_office`` (name kk/ru, region, kinds, and the same
  organisation key as its bundles would have, :func:`coordination.org_key`), ``paper_form``
  (an office's form of a year: ``mode`` double or single, and the submission it became),
  ``paper_keying`` (keyer, keyed_at, answers, number 1 or 2) and ``paper_resolution`` (field,
  value, keyer, at).
- **Validation**: each keying is held to what a bundle is held to at import
  (:func:`validate_submission` for the office's kinds, the bounds first): every field of its
  blocks answered or "no data" with its reason, values of the right shape, the consistency
  rules. A blank on the paper is keyed as "no data" with the reason. A resolution's value is
  checked by :func:`check_value`; the last one also checks the whole resolved form again (two
  keyings each consistent may mix into an inconsistent form), and is refused naming the fields
  while it is not. Refusals are :class:`AnswersError` (each problem names its field, kk/ru).
- **Double keying**: the second keying must be by another operator (names compared without
  case or extra spaces); a third keying is refused. The differences are the fields whose
  canonical values differ. **Single keying** (``single=True`` at the first keying, the
  ministry's decision) makes the form a submission at once, recorded as "single".
- **A verified form is a held submission**: one ``imported_submission`` row with
  ``source = "paper"``, no signer and no received file, its keyers, and in ``audit_summary``
  the keyings (who, when), the resolutions (field, both keyings' values, the value read, who,
  when) and the mode; the events (keyed, resolved, verified) are ``submission_event`` rows with
  their own dates. So every reader (aggregate, completeness, quality, analysis, report,
  workbook) counts it unchanged, and the index of 0009 (one current submission per office and
  year) holds it too. Before that, the form counts nowhere; completeness shows it "keyed, to
  verify" (:class:`KeyedForm`).
- **Bundles and paper**: a later bundle of the same office (same organisation key) supersedes
  the paper submission the usual way (a paper version never blocks a bundle,
  ``bundle_import._hold``). The other way round is refused: a form is not keyed, nor made a
  submission, while the office holds a current electronic submission for the year
  (PAPER_BUNDLE_HELD) — the signed answer is the office's own word; there is no option to
  override it (withdraw the bundle first if the paper is what counts).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kzth_desktop.analysis.completeness import KeyedForm
from kzth_desktop.annex.model import Annex, FieldType
from kzth_desktop.annex.validation import Rule, answer_bound_problems, validate_submission
from kzth_desktop.annex.values import check_value, is_empty, normalize
from kzth_desktop.exchange import formats
from kzth_desktop.services.bundle_import import CURRENT
from kzth_desktop.services.coordination import org_key
from kzth_desktop.services.errors import AnswersError, ErrorCode, ServiceError
from kzth_desktop.services.respondent import _check_year, dump_value
from kzth_desktop.services.workspace import OrgProfile, Workspace, check_profile, current_user
from kzth_desktop.storage.models import ImportedSubmission as HeldRow
from kzth_desktop.storage.models import PaperForm as FormRow
from kzth_desktop.storage.models import PaperKeying as KeyingRow
from kzth_desktop.storage.models import PaperOffice as OfficeRow
from kzth_desktop.storage.models import PaperResolution as ResolutionRow
from kzth_desktop.storage.models import SubmissionEvent as EventRow
from kzth_desktop.storage.models import utcnow

PAPER, BUNDLE = "paper", "bundle"
DOUBLE, SINGLE = "double", "single"
KEYING, TO_VERIFY, SUBMITTED = "keying", "to_verify", "submitted"


@dataclass(frozen=True, slots=True)
class PaperOffice:
    id: int
    organisation: formats.OrgInfo
    org_key: str
    registered_at: dt.datetime

    def name(self, lang: str) -> str:
        return self.organisation.name_kk if lang == "kk" else self.organisation.name_ru

    def to_json(self) -> dict[str, Any]:
        o = self.organisation
        return {"office": self.id, "name_kk": o.name_kk, "name_ru": o.name_ru,
                "region": o.region, "kinds": list(o.kinds),
                "registered_at": self.registered_at.isoformat()}


@dataclass(frozen=True, slots=True)
class Keying:
    number: int
    keyer: str
    keyed_at: dt.datetime
    answers: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A field the two keyings differ on (a value None: that keying left it out)."""

    field_id: str
    first: Any
    second: Any
    resolved: bool = False
    value: Any = None
    keyer: str = ""
    at: dt.datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field_id, "first": self.first, "second": self.second,
                "resolved": self.resolved, "value": self.value if self.resolved else None,
                "keyer": self.keyer or None, "at": self.at.isoformat() if self.at else None}


@dataclass(frozen=True, slots=True)
class PaperFormState:
    """An office's paper form of a year as it stands."""

    office: PaperOffice
    year: int
    mode: str  # DOUBLE | SINGLE
    keyings: tuple[Keying, ...]
    discrepancies: tuple[Discrepancy, ...] = ()
    submission_id: int | None = None  # the held submission it became
    submitted_at: dt.datetime | None = None

    @property
    def state(self) -> str:
        return SUBMITTED if self.submission_id is not None else (
            TO_VERIFY if len(self.keyings) >= 2 else KEYING)

    @property
    def open(self) -> tuple[Discrepancy, ...]:
        return tuple(d for d in self.discrepancies if not d.resolved)

    @property
    def keyers(self) -> tuple[str, ...]:
        return tuple(k.keyer for k in self.keyings)

    def to_json(self) -> dict[str, Any]:
        return {"office": self.office.id, "year": self.year, "mode": self.mode,
                "state": self.state, "keyers": list(self.keyers),
                "keyings": [{"number": k.number, "keyer": k.keyer,
                             "keyed_at": k.keyed_at.isoformat()} for k in self.keyings],
                "discrepancies": [d.to_json() for d in self.discrepancies],
                "open": len(self.open), "submission": self.submission_id,
                "submitted_at": self.submitted_at.isoformat() if self.submitted_at else None}


@dataclass(frozen=True, slots=True)
class KeyingMade:
    form: PaperFormState
    number: int
    submitted: bool = field(default=False)


def same_keyer(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _office(row: OfficeRow) -> PaperOffice:
    return PaperOffice(row.id, formats.OrgInfo(row.name_kk, row.name_ru, row.region,
                                               tuple(row.kinds or ())),
                       row.org_key, row.registered_at)


def differences(first: Mapping[str, Any], second: Mapping[str, Any],
                order: Sequence[str] = ()) -> list[str]:
    """The field ids whose values differ between two keyings (annex order first)."""
    ids = list(dict.fromkeys([*order, *first, *second]))
    return [fid for fid in ids if (fid in first or fid in second)
            and (fid not in first or fid not in second
                 or _canon(first[fid]) != _canon(second[fid]))]


class PaperService:
    """Keyed entry of paper forms (coordinator). Each method is one unit of work."""

    def __init__(self, ws: Workspace, annex: Annex, rules: Sequence[Rule] | None = None, *,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        if ws.role != "coordinator":
            raise ServiceError(ErrorCode.WRONG_ROLE, needed="coordinator", role=ws.role)
        self.ws = ws
        self.annex = annex
        self.rules = rules
        self.clock = clock
        if ws.annex is None:
            ws.annex = annex
        self._order = [f.id for f in annex.fields()]

    # --- offices -------------------------------------------------------------------------------
    def register_office(self, name_kk: str, name_ru: str, region: str, kinds: Sequence[str], *,
                        user: str | None = None) -> PaperOffice:
        """The office answering on paper, registered once (checked like a respondent's
        profile: names, a known region, known kinds). Registering it again gives the same
        office; with other kinds it is refused (PAPER_OFFICE_KINDS)."""
        tidy = check_profile(OrgProfile(name_kk, name_ru, region, tuple(kinds)), "respondent",
                             self.annex)
        org = formats.OrgInfo(" ".join(tidy.name_kk.split()), " ".join(tidy.name_ru.split()),
                              tidy.region, tidy.kinds)
        key = org_key(org)
        who = current_user() if user is None else user

        def work(s: Session) -> PaperOffice:
            row = s.scalar(select(OfficeRow).where(OfficeRow.org_key == key))
            if row is not None:
                if sorted(row.kinds or ()) != sorted(org.kinds):
                    raise ServiceError(ErrorCode.PAPER_OFFICE_KINDS, org=row.name_ru,
                                       kinds=", ".join(row.kinds or ()), office=row.id)
                return _office(row)
            row = OfficeRow(org_key=key, name_kk=org.name_kk, name_ru=org.name_ru,
                            region=org.region, kinds=list(org.kinds),
                            registered_at=self.clock(), registered_by=who)
            s.add(row)
            s.flush()
            return _office(row)

        return self.ws.write(work)

    def offices(self) -> list[PaperOffice]:
        return self.ws.read(lambda s: [_office(r) for r in s.scalars(
            select(OfficeRow).order_by(OfficeRow.region, OfficeRow.name_ru, OfficeRow.id))])

    def office(self, office_id: int) -> PaperOffice:
        def work(s: Session) -> PaperOffice | None:
            row = s.get(OfficeRow, office_id)
            return None if row is None else _office(row)

        found = self.ws.read(work)
        if found is None:
            raise ServiceError(ErrorCode.PAPER_OFFICE_NOT_FOUND, office=office_id)
        return found

    # --- keying --------------------------------------------------------------------------------
    def check_keying(self, office: PaperOffice, year: int,
                     answers: Mapping[str, Any]) -> list[Any]:
        """The problems of a keying, as the import of a bundle would find them."""
        bound = answer_bound_problems(self.annex, answers)
        if bound:
            return bound
        report = validate_submission(self.annex, list(office.organisation.kinds), answers,
                                     self.rules, reporting_year=year)
        return list(report.problems)

    def enter_file(self, year: int, office_id: int, data: Mapping[str, Any], keyer: str, *,
                   single: bool = False) -> KeyingMade:
        """A keying from an answers file ``{"reporting_year": Y, "answers": {...}}``."""
        if not isinstance(data, Mapping):
            raise ServiceError(ErrorCode.FILE_SHAPE, detail=type(data).__name__)
        extra = sorted(set(data) - {"reporting_year", "answers"})
        if extra:
            raise ServiceError(ErrorCode.FILE_SHAPE, detail=", ".join(map(str, extra)))
        file_year, answers = data.get("reporting_year"), data.get("answers")
        if not isinstance(file_year, int) or isinstance(file_year, bool):
            raise ServiceError(ErrorCode.FILE_SHAPE, detail=f"reporting_year = {file_year!r}")
        if not isinstance(answers, Mapping):
            raise ServiceError(ErrorCode.FILE_SHAPE,
                               detail=f"answers = {type(answers).__name__}")
        if file_year != year:
            raise ServiceError(ErrorCode.PAPER_YEAR_DIFFERS, year=year, file_year=file_year)
        return self.enter(year, office_id, answers, keyer, single=single)

    def enter(self, year: int, office_id: int, answers: Mapping[str, Any], keyer: str, *,
              single: bool = False) -> KeyingMade:
        """Stores one operator's keying of the office's form of ``year``: the first, or the
        second by another operator (then the differences are listed; none: the form is a
        submission at once). ``single`` at the first keying: single keying, a submission at
        once. Refused, with nothing stored, on any problem of the answers."""
        year = _check_year(year)
        who = " ".join(keyer.split())
        if not who:
            raise ServiceError(ErrorCode.PAPER_KEYER_REQUIRED)
        office = self.office(office_id)
        # who may key it is said before what is wrong in the answers (checked again below)
        def may(s: Session) -> None:
            self._no_bundle(s, office, year)
            self._may_key(s, office, year, who, single)

        self.ws.read(may)
        clean = {str(k): v for k, v in answers.items() if not is_empty(v)}
        problems = self.check_keying(office, year, clean)
        if problems:
            raise AnswersError(self.annex, problems, year=year)
        ordered = {fid: normalize(self.annex.field(fid), clean[fid])
                   for fid in self._order if fid in clean}

        def work(s: Session) -> tuple[int, bool]:
            self._no_bundle(s, office, year)
            form = s.scalar(select(FormRow).where(FormRow.office_id == office.id,
                                                  FormRow.reporting_year == year))
            if form is None:
                form = FormRow(office_id=office.id, reporting_year=year,
                               mode=SINGLE if single else DOUBLE, created_at=self.clock())
                s.add(form)
                s.flush()
            keyings = self._may_key(s, office, year, who, single)
            wanted = 1 if form.mode == SINGLE else 2
            number = len(keyings) + 1
            s.add(KeyingRow(form_id=form.id, number=number, keyer=who, keyed_at=self.clock(),
                            answers_json=dump_value(ordered)))
            s.flush()
            done = False
            if number == wanted:
                state = self._state(s, form)
                if not state.open:
                    self._submit(s, form, state)
                    done = True
            return number, done

        number, done = self.ws.write(work)
        return KeyingMade(self.form(year, office.id), number, done)

    # --- differences ---------------------------------------------------------------------------
    def form(self, year: int, office_id: int) -> PaperFormState:
        office = self.office(office_id)

        def work(s: Session) -> PaperFormState:
            row = s.scalar(select(FormRow).where(FormRow.office_id == office.id,
                                                 FormRow.reporting_year == year))
            if row is None:
                raise ServiceError(ErrorCode.PAPER_FORM_NOT_FOUND, year=year, office=office.id)
            return self._state(s, row)

        return self.ws.read(work)

    def forms(self, year: int | None = None) -> list[PaperFormState]:
        def work(s: Session) -> list[PaperFormState]:
            query = select(FormRow).order_by(FormRow.reporting_year, FormRow.office_id)
            if year is not None:
                query = query.where(FormRow.reporting_year == year)
            return [self._state(s, r) for r in s.scalars(query)]

        return self.ws.read(work)

    def discrepancies(self, year: int, office_id: int) -> PaperFormState:
        """The form with its differences; refused before its second keying."""
        state = self.form(year, office_id)
        if state.mode == DOUBLE and len(state.keyings) < 2:
            raise ServiceError(ErrorCode.PAPER_NOT_KEYED_TWICE, year=year, office=office_id)
        return state

    def parse_value(self, field_id: str, text: str) -> Any:
        """A value given on the command line: canonical JSON (``12``, ``{"answer": …}``,
        ``{"no_data": "…"}``), or for a text field the text itself."""
        if not self.annex.has_field(field_id):
            raise ServiceError(ErrorCode.PAPER_FIELD_UNKNOWN, field=field_id[:80])
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            return text
        if self.annex.field(field_id).type is FieldType.TEXT and not isinstance(value, str) \
                and not (isinstance(value, Mapping) and "no_data" in value):
            return text
        return value

    def resolve(self, year: int, office_id: int, field_id: str, value: Any,
                keyer: str) -> PaperFormState:
        """The value read on the paper for one difference (a difference resolved again is
        replaced). When it is the last one, the resolved form is validated whole and becomes
        a submission; while it does not validate, the resolution is refused."""
        who = " ".join(keyer.split())
        if not who:
            raise ServiceError(ErrorCode.PAPER_KEYER_REQUIRED)
        if not self.annex.has_field(field_id):
            raise ServiceError(ErrorCode.PAPER_FIELD_UNKNOWN, field=field_id[:80])
        fld = self.annex.field(field_id)
        state = self.discrepancies(year, office_id)
        if state.submission_id is not None:
            raise ServiceError(ErrorCode.PAPER_SUBMITTED, year=year, office=office_id)
        if field_id not in {d.field_id for d in state.discrepancies}:
            raise ServiceError(ErrorCode.PAPER_NOT_A_DISCREPANCY, field=field_id)
        problems = check_value(fld, value)
        if problems:
            raise AnswersError(self.annex, problems, year=year)
        canonical = normalize(fld, value)

        def work(s: Session) -> None:
            form = s.scalar(select(FormRow).where(FormRow.office_id == office_id,
                                                  FormRow.reporting_year == year))
            assert form is not None
            if form.imported_submission_id is not None:
                raise ServiceError(ErrorCode.PAPER_SUBMITTED, year=year, office=office_id)
            row = s.scalar(select(ResolutionRow).where(ResolutionRow.form_id == form.id,
                                                       ResolutionRow.field_id == field_id))
            if row is None:
                row = ResolutionRow(form_id=form.id, field_id=field_id)
                s.add(row)
            row.value_json, row.keyer, row.at = dump_value(canonical), who, self.clock()
            s.flush()
            now = self._state(s, form)
            if now.open:
                return
            merged = self._merged(now)
            found = self.check_keying(now.office, year, merged)
            if found:  # rolled back: the resolution is not kept
                raise AnswersError(self.annex, found, year=year)
            self._submit(s, form, now)

        self.ws.write(work)
        return self.form(year, office_id)

    # --- inside a transaction ------------------------------------------------------------------
    def _may_key(self, s: Session, office: PaperOffice, year: int, who: str,
                 single: bool) -> list[KeyingRow]:
        """The form's keyings so far, if ``who`` may key it now; else why not."""
        form = s.scalar(select(FormRow).where(FormRow.office_id == office.id,
                                              FormRow.reporting_year == year))
        if form is None:
            return []
        keyings = list(s.scalars(select(KeyingRow).where(KeyingRow.form_id == form.id)
                                 .order_by(KeyingRow.number)))
        if form.imported_submission_id is not None:
            raise ServiceError(ErrorCode.PAPER_SUBMITTED, year=year, office=office.id)
        if len(keyings) >= (1 if form.mode == SINGLE else 2):
            raise ServiceError(ErrorCode.PAPER_KEYED_ENOUGH, year=year, count=len(keyings))
        if single and form.mode != SINGLE:
            raise ServiceError(ErrorCode.PAPER_MODE_DIFFERS, year=year)
        for k in keyings:
            if same_keyer(k.keyer, who):
                raise ServiceError(ErrorCode.PAPER_SAME_KEYER, keyer=k.keyer, year=year)
        return keyings

    def _no_bundle(self, s: Session, office: PaperOffice, year: int) -> None:
        held = s.scalar(select(HeldRow).where(HeldRow.org_key == office.org_key,
                                              HeldRow.reporting_year == year,
                                              HeldRow.status == CURRENT,
                                              HeldRow.source != PAPER))
        if held is not None:
            raise ServiceError(ErrorCode.PAPER_BUNDLE_HELD, org=held.name_ru, year=year,
                               version=held.version)

    def _state(self, s: Session, form: FormRow) -> PaperFormState:
        office = s.get(OfficeRow, form.office_id)
        assert office is not None
        keyings = tuple(Keying(k.number, k.keyer, k.keyed_at, json.loads(k.answers_json))
                        for k in s.scalars(select(KeyingRow).where(KeyingRow.form_id == form.id)
                                           .order_by(KeyingRow.number)))
        found: tuple[Discrepancy, ...] = ()
        if len(keyings) >= 2:
            a, b = keyings[0].answers, keyings[1].answers
            resolved = {r.field_id: r for r in s.scalars(
                select(ResolutionRow).where(ResolutionRow.form_id == form.id))}
            found = tuple(
                Discrepancy(fid, a.get(fid), b.get(fid), fid in resolved,
                            json.loads(resolved[fid].value_json) if fid in resolved else None,
                            resolved[fid].keyer if fid in resolved else "",
                            resolved[fid].at if fid in resolved else None)
                for fid in differences(a, b, self._order))
        return PaperFormState(_office(office), form.reporting_year, form.mode, keyings, found,
                              form.imported_submission_id, form.submitted_at)

    def _merged(self, state: PaperFormState) -> dict[str, Any]:
        answers = dict(state.keyings[0].answers)
        for d in state.discrepancies:
            if d.resolved:
                answers[d.field_id] = d.value
        return {fid: answers[fid] for fid in self._order if fid in answers
                and not is_empty(answers[fid])}

    def _submit(self, s: Session, form: FormRow, state: PaperFormState) -> None:
        """The verified form becomes the office's current submission of the year."""
        office = state.office
        self._no_bundle(s, office, state.year)
        now = self.clock()
        answers = self._merged(state)
        version = 1 + int(s.scalar(select(func.max(HeldRow.version)).where(
            HeldRow.org_key == office.org_key, HeldRow.reporting_year == state.year)) or 0)
        for old in s.scalars(select(HeldRow).where(  # an earlier paper version, if any
                HeldRow.org_key == office.org_key, HeldRow.reporting_year == state.year,
                HeldRow.status == CURRENT)):
            old.status, old.superseded_at = "superseded", now
        s.flush()
        keyings = [{"number": k.number, "keyer": k.keyer, "keyed_at": k.keyed_at.isoformat()}
                   for k in state.keyings]
        resolutions = [{"field": d.field_id, "first": d.first, "second": d.second,
                        "value": d.value, "keyer": d.keyer,
                        "at": d.at.isoformat() if d.at else None} for d in state.discrepancies]
        o = office.organisation
        row = HeldRow(
            signer_id=None, received_file_id=None, org_key=office.org_key, name_kk=o.name_kk,
            name_ru=o.name_ru, region=o.region, kinds=list(o.kinds),
            reporting_year=state.year, version=version,
            annex_version=self.annex.version.stamp,
            created_at=state.keyings[-1].keyed_at, imported_at=now, status=CURRENT,
            answers_json=dump_value(answers),
            audit_summary={"source": PAPER, "mode": state.mode, "keyings": keyings,
                           "resolutions": resolutions, "verified_at": now.isoformat()},
            source=PAPER, keyers=list(state.keyers))
        s.add(row)
        s.flush()
        for k in state.keyings:
            s.add(EventRow(imported_submission_id=row.id, at=k.keyed_at, user=k.keyer,
                           action="keyed", reason=f"keying {k.number} ({state.mode})"))
        for d in state.discrepancies:
            s.add(EventRow(imported_submission_id=row.id, at=d.at or now, user=d.keyer,
                           action="resolved", reason=f"{d.field_id} = {dump_value(d.value)}"))
        s.add(EventRow(imported_submission_id=row.id, at=now, user=state.keyers[-1],
                       action="verified", reason="entered from paper"))
        form.imported_submission_id, form.submitted_at = row.id, now


def keyed_forms(ws: Workspace, annex: Annex) -> list[KeyedForm]:
    """The paper forms keyed but not yet a submission (completeness: "keyed, to verify")."""
    if ws.role != "coordinator":
        return []
    out = []
    for f in PaperService(ws, annex).forms():
        if f.submission_id is not None:
            continue
        o = f.office.organisation
        out.append(KeyedForm(f.office.org_key, o.name_kk, o.name_ru, o.region, tuple(o.kinds),
                             f.year, len(f.keyings), len(f.open), f.keyers))
    return out


def paper_cells(ws: Workspace, annex: Annex) -> list[tuple[str, str]]:
    """The (region, kind) of every office registered on paper: expected like any other."""
    if ws.role != "coordinator":
        return []
    return [(o.organisation.region, k) for o in PaperService(ws, annex).offices()
            for k in o.organisation.kinds]


__all__ = ["BUNDLE", "DOUBLE", "PAPER", "SINGLE", "Discrepancy", "KeyingMade", "PaperFormState",
           "PaperOffice", "PaperService", "keyed_forms", "paper_cells"]
