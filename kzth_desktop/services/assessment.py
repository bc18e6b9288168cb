"""The risk assessment (rules 10-19): the expert group's data, the ranking, the analysis and
the report, over a coordinator workspace.

One assessment covers a *period* of reporting years (rule 3: three). Everything the expert
group enters belongs to its period: the method (weights and levels), the risks it adds, the
experts' scores and the justifications, the texts of the analysis headings, conclusions,
recommendations and risk profiles, and the sources cited. The population table (for rates per
100,000) belongs to the workspace, by region and year. Reads return plain frozen dataclasses;
a period nobody has written to yet reads as the defaults.

Texts are kept as the GUI gives them (HTML of a rich-text editor, or plain text); the report
keeps only what a printed paragraph can show (``reports.richtext``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kzth_desktop.annex.model import Annex, LocalizedText
from kzth_desktop.assessment.evidence import Analysis, analyse, analysis_headings
from kzth_desktop.assessment.method import DEFAULT_METHOD, Method, MethodError
from kzth_desktop.assessment.profiles import RiskProfile, risk_profiles
from kzth_desktop.assessment.ranking import (
    EXPERT_PREFIX,
    ExpertScore,
    HeatMap,
    RiskItem,
    RiskScore,
    Territory,
    default_register,
    heat_map,
    score_register,
)
from kzth_desktop.assessment.suppression import Edition, ProtectionError
from kzth_desktop.services.desk import Desk
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.files import write_file
from kzth_desktop.services.workspace import Workspace
from kzth_desktop.storage.models import EXPERT_ROLES, SOURCE_KINDS, utcnow
from kzth_desktop.storage.models import AssessmentPeriod as PeriodRow
from kzth_desktop.storage.models import AssessmentRisk as RiskRow
from kzth_desktop.storage.models import AssessmentText as TextRow
from kzth_desktop.storage.models import Ballot as BallotRow
from kzth_desktop.storage.models import CitedSource as SourceRow
from kzth_desktop.storage.models import Expert as ExpertRow
from kzth_desktop.storage.models import ExpertScoreRow as ScoreRow
from kzth_desktop.storage.models import Population as PopulationRow
from kzth_desktop.storage.models import RiskJustification as JustificationRow

MAX_YEARS = 3  # rule 3: an assessment every three years
LANGS = ("kk", "ru")
CONCLUSIONS, RECOMMENDATIONS = "conclusions", "recommendations"
PROFILE_PARTS = ("risk_area", "measures")


def analysis_section(number: int) -> str:
    """The text section of analysis heading ``number`` (1-9)."""
    return f"analysis:{number}"


def profile_section(kind: str, part: str) -> str:
    """The text section of a kind's risk profile: ``part`` is "risk_area" or "measures"."""
    return f"profile:{kind}:{part}"


# --- errors --------------------------------------------------------------------------------------


class AssessmentErrorCode(StrEnum):
    BAD_PERIOD = "bad_period"
    BAD_TERRITORY = "bad_territory"
    UNKNOWN_RISK = "unknown_risk"
    RISK_EXISTS = "risk_exists"
    BAD_RISK = "bad_risk"
    BAD_SCORE = "bad_score"
    METHOD_INVALID = "method_invalid"
    BAD_SECTION = "bad_section"
    BAD_LANG = "bad_lang"
    BAD_SOURCE = "bad_source"
    SOURCE_NOT_FOUND = "source_not_found"
    BAD_POPULATION = "bad_population"
    BAD_EDITION = "bad_edition"
    PUBLICATION_UNSAFE = "publication_unsafe"
    AUDIT_NOT_PDF = "audit_not_pdf"
    AUDIT_OTHER_EDITION = "audit_other_edition"
    BAD_APPROVAL = "bad_approval"


T = LocalizedText
MESSAGES: Mapping[AssessmentErrorCode, LocalizedText] = {
    AssessmentErrorCode.BAD_PERIOD: T(
        kk="бағалау кезеңі қатарынан 1-3 есепті жыл болуы керек, берілгені: {years}",
        ru="период оценки — от 1 до 3 последовательных отчетных лет, указано: {years}"),
    AssessmentErrorCode.BAD_TERRITORY: T(
        kk="аумақ танылмады: {territory} (KZ, өңір коды KZ-xx немесе abroad:XX)",
        ru="территория не распознана: {territory} (KZ, код региона KZ-xx или abroad:XX)"),
    AssessmentErrorCode.UNKNOWN_RISK: T(
        kk="тәуекелдер тізілімінде «{risk}» тәуекелі жоқ",
        ru="риска «{risk}» нет в реестре рисков"),
    AssessmentErrorCode.RISK_EXISTS: T(
        kk="«{risk}» тәуекелі тізілімде бұрыннан бар",
        ru="риск «{risk}» уже есть в реестре"),
    AssessmentErrorCode.BAD_RISK: T(
        kk="тәуекелге сәйкестендіргіш пен қазақ және орыс тіліндегі атауы қажет",
        ru="у риска должны быть идентификатор и название на казахском и русском языках"),
    AssessmentErrorCode.BAD_SCORE: T(
        kk="бағалау дұрыс емес: {detail}",
        ru="неверная оценка: {detail}"),
    AssessmentErrorCode.METHOD_INVALID: T(
        kk="әдістемені қолдануға болмайды (ескертулер: {count}):",
        ru="методику нельзя применить (замечаний: {count}):"),
    AssessmentErrorCode.BAD_SECTION: T(
        kk="бағалаудың мұндай бөлімі жоқ: {section}",
        ru="такого раздела оценки нет: {section}"),
    AssessmentErrorCode.BAD_LANG: T(
        kk="тіл kk немесе ru болуы керек: {lang}",
        ru="язык должен быть kk или ru: {lang}"),
    AssessmentErrorCode.BAD_SOURCE: T(
        kk="дереккөздің атауы толтырылуы керек, жылы 1900-2100 аралығында: {detail}",
        ru="у источника должно быть название, год — от 1900 до 2100: {detail}"),
    AssessmentErrorCode.SOURCE_NOT_FOUND: T(
        kk="№{id} дереккөз табылмады",
        ru="источник №{id} не найден"),
    AssessmentErrorCode.BAD_POPULATION: T(
        kk="халық саны дұрыс емес: {detail}",
        ru="неверная численность населения: {detail}"),
    AssessmentErrorCode.BAD_EDITION: T(
        kk="басылым published немесе restricted болуы керек: {edition}",
        ru="издание должно быть published или restricted: {edition}"),
    AssessmentErrorCode.PUBLICATION_UNSAFE: T(
        kk="жарияланатын басылым шағын сандарды ашып қояр еді, есеп жазылмады; кестелер: "
           "{tables}",
        ru="публикуемое издание раскрыло бы малые числа, отчет не записан; таблицы: {tables}"),
    AssessmentErrorCode.AUDIT_NOT_PDF: T(
        kk="{path} оқылатын PDF емес (файл бүлінген немесе басқа түрде)",
        ru="{path} — не читаемый PDF (файл поврежден или другого формата)"),
    AssessmentErrorCode.AUDIT_OTHER_EDITION: T(
        kk="{path} — осы жұмыс кеңістігінің {years} кезеңіне арналған {lang} тіліндегі "
           "жарияланатын басылымы емес: «{table}» кестесі онда есеп басып шығаратындай "
           "табылмады (басқа кезең, тіл немесе өзгертілген файл)",
        ru="{path} — не публикуемое издание этой рабочей области за {years} на языке {lang}: "
           "таблица «{table}» не найдена в нем в том виде, в каком ее печатает отчет (другой "
           "период, язык или измененный файл)"),
    AssessmentErrorCode.BAD_APPROVAL: T(
        kk="бекіту белгісінің деректері дұрыс емес: {detail}",
        ru="неверные данные грифа утверждения: {detail}"),
}


class AssessmentError(ServiceError):
    """A refused change to the assessment; ``code`` an :class:`AssessmentErrorCode`."""

    def __init__(self, code: AssessmentErrorCode, details: Sequence[str] = (),
                 details_kk: Sequence[str] | None = None, **params: Any) -> None:
        self.code = code  # type: ignore[assignment]
        self.params = params
        self._details = {"ru": list(details), "kk": list(details_kk or details)}
        Exception.__init__(self, self.message("ru"))

    def message(self, lang: str) -> str:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}")
        code = AssessmentErrorCode(self.code)
        return MESSAGES[code].get(lang).format_map({k: str(v) for k, v in self.params.items()})

    def details(self, lang: str) -> list[str]:
        return self._details.get(lang, [])


def _method_error(exc: MethodError) -> AssessmentError:
    return AssessmentError(AssessmentErrorCode.METHOD_INVALID,
                           [p.message("ru") for p in exc.problems],
                           [p.message("kk") for p in exc.problems], count=len(exc.problems))


# --- plain results -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """An assessment period as the expert group set it up."""

    first_year: int
    last_year: int
    edition: Edition
    method: Method
    method_is_default: bool

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(range(self.first_year, self.last_year + 1))

    @property
    def label(self) -> str:
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}-{self.last_year}"


@dataclass(frozen=True, slots=True)
class ExpertEntry:
    """A person of the expert group's register (rules 4-5, 16)."""

    id: int
    name: str
    organisation: str
    role: str  # "member" | "specialist" (EXPERT_ROLES)
    field: str
    contact: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "organisation": self.organisation,
                "role": self.role, "field": self.field, "contact": self.contact}


@dataclass(frozen=True, slots=True)
class Transmittal:
    """The covering letter of the results sent to the Commission's working body (rule 18)."""

    number: str = ""
    date: dt.date | None = None
    signatory: str = ""  # who signs: a name
    position: str = ""  # the signatory's position

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "date": self.date.isoformat() if self.date else None,
                "signatory": self.signatory, "position": self.position}


@dataclass(frozen=True, slots=True)
class Approval:
    """Who approves the report (issue 19): printed as the title page's approval block."""

    name: str = ""
    position: str = ""
    date: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "position": self.position,
                "date": self.date.isoformat() if self.date else None}


# --- what a report would miss (issue 19) ---------------------------------------------------------


class ReportGapCode(StrEnum):
    NO_TEXT = "no_text"  # a section without text in either language
    OTHER_LANGUAGE_ONLY = "other_language_only"  # written in the other language only
    PLACEHOLDER = "placeholder"  # a text still holds a mark to replace ("TODO", "[…]")
    NOT_SCORED = "not_scored"  # a risk ranked from the data only (consequences not assessed)
    NO_TRANSMITTAL_NUMBER = "no_transmittal_number"
    NO_TRANSMITTAL_DATE = "no_transmittal_date"
    NO_APPROVAL = "no_approval"
    NO_APPROVAL_DATE = "no_approval_date"


# marks an author leaves in a draft for what is still to write
PLACEHOLDERS = ("TODO", "XXX", "[…]", "[...]", "___", "<…>", "...?")

GAP_MESSAGES: Mapping[ReportGapCode, LocalizedText] = {
    ReportGapCode.NO_TEXT: T(
        kk="«{subject}»: сараптама тобының мәтіні ешбір тілде жоқ — есепте «мәтін "
           "енгізілмеген» деп тұрады",
        ru="«{subject}»: текста экспертной группы нет ни на одном языке — в отчете будет "
           "«текст не внесен»"),
    ReportGapCode.OTHER_LANGUAGE_ONLY: T(
        kk="«{subject}»: мәтін тек {other} бар — есеп оны аудармасыз, белгімен келтіреді",
        ru="«{subject}»: текст есть только {other} — отчет приведет его без перевода, с "
           "пометкой"),
    ReportGapCode.PLACEHOLDER: T(
        kk="«{subject}»: мәтінде толтырылмаған белгі қалған: «{detail}»",
        ru="«{subject}»: в тексте осталась незаполненная метка: «{detail}»"),
    ReportGapCode.NOT_SCORED: T(
        kk="«{subject}» тәуекелі: сарапшылар салдарын әлі бағаламаған — деректер бойынша "
           "сараланып, «Салдары әлі бағаланбаған» деп белгіленеді",
        ru="Риск «{subject}»: эксперты еще не оценили последствия — он ранжирован по данным "
           "и помечен «Последствия еще не оценены»"),
    ReportGapCode.NO_TRANSMITTAL_NUMBER: T(
        kk="Ілеспе хат: шығыс нөмірі енгізілмеген — қолмен толтыруға сызық басылады",
        ru="Сопроводительное письмо: не внесен исходящий номер — будет напечатана линия "
           "для заполнения от руки"),
    ReportGapCode.NO_TRANSMITTAL_DATE: T(
        kk="Ілеспе хат: күні енгізілмеген — қолмен толтыруға сызық басылады",
        ru="Сопроводительное письмо: не внесена дата — будет напечатана линия для "
           "заполнения от руки"),
    ReportGapCode.NO_APPROVAL: T(
        kk="Бекіту белгісі: есепті кім бекітетіні енгізілмеген — сызықтар басылады",
        ru="Гриф утверждения: не внесено, кто утверждает отчет — будут напечатаны линии"),
    ReportGapCode.NO_APPROVAL_DATE: T(
        kk="Бекіту белгісі: бекіту күні енгізілмеген — сызық басылады",
        ru="Гриф утверждения: не внесена дата утверждения — будет напечатана линия"),
}
LANG_IN: Mapping[str, LocalizedText] = {
    "kk": T(kk="қазақ тілінде", ru="на казахском языке"),
    "ru": T(kk="орыс тілінде", ru="на русском языке"),
}
PROFILE_PART_NAMES: Mapping[str, LocalizedText] = {
    "risk_area": T(kk="тәуекел саласы", ru="область риска"),
    "measures": T(kk="тәуекелдерді азайту жөніндегі шаралар", ru="меры по минимизации рисков"),
}
_NOBODY = LocalizedText(kk="", ru="")


@dataclass(frozen=True, slots=True)
class ReportGap:
    """Something the report of a language would print as missing or provisional; the user is
    warned before making it (the window, the CLI on stderr) and may go on."""

    code: ReportGapCode
    subject: LocalizedText = _NOBODY  # the section or the risk
    detail: str = ""
    other: str = ""  # OTHER_LANGUAGE_ONLY: the language the text is in
    section: str = ""  # the text section concerned, if any

    def message(self, lang: str) -> str:
        other = LANG_IN[self.other].get(lang) if self.other in LANG_IN else ""
        return GAP_MESSAGES[self.code].get(lang).format(
            subject=self.subject.get(lang), detail=self.detail, other=other)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code.value, "section": self.section, "detail": self.detail,
                "other": self.other, "message": {lang: self.message(lang) for lang in LANGS}}


@dataclass(frozen=True)
class PreparedReport:
    """What a report will print (an ``AssessmentContent``) and what it would miss: made off
    the interface thread, shown as warnings, then laid out by :meth:`AssessmentService.render`
    without gathering the data again."""

    content: Any
    lang: str
    gaps: tuple[ReportGap, ...]


@dataclass(frozen=True, slots=True)
class ScoreEntry:
    """One registered expert's stored score in one Delphi round."""

    expert: str  # the expert's name in the register
    risk_id: str
    territory: str
    likelihood: int
    impact: int
    comment: str
    entered_at: dt.datetime
    expert_id: int = 0
    round: int = 1

    def as_score(self) -> ExpertScore:
        return ExpertScore(self.expert, self.risk_id, self.territory, self.likelihood,
                           self.impact, self.comment)


@dataclass(frozen=True, slots=True)
class Justification:
    risk_id: str
    territory: str
    text: str


@dataclass(frozen=True, slots=True)
class CitedSourceEntry:
    """A source cited (rules 10, 15); ``position`` orders the printed list (1, 2, …)."""

    id: int
    position: int
    title: str
    author: str
    year: int | None
    reference: str
    kind: str = "international"  # rule 8 (SOURCE_KINDS)
    headings: tuple[int, ...] = ()  # the analysis headings (rule 14) that cite it


@dataclass(frozen=True, slots=True)
class PopulationFigure:
    region: str
    year: int
    population: int


# --- the service ---------------------------------------------------------------------------------


def period_years(years: Sequence[int]) -> tuple[int, int]:
    """``(first, last)`` of 1-3 consecutive years, or BAD_PERIOD."""
    ys = sorted(set(years))
    if not ys or len(ys) > MAX_YEARS or ys != list(range(ys[0], ys[-1] + 1)) or ys[0] < 1990:
        raise AssessmentError(AssessmentErrorCode.BAD_PERIOD,
                              years=", ".join(str(y) for y in years) or "—")
    return ys[0], ys[-1]


class AssessmentService:
    """The coordinator's assessment over a workspace (refused in a respondent workspace)."""

    def __init__(self, ws: Workspace, annex: Annex, desk: Desk | None = None) -> None:
        """``desk``: the submissions to assess, if the caller holds them already (the GUI's
        desk, a test's records); by default the workspace's imported submissions."""
        if ws.role != "coordinator":
            raise ServiceError(ErrorCode.WRONG_ROLE, needed="coordinator", role=ws.role)
        self.ws = ws
        self.annex = annex
        self._desk = desk

    # --- the submissions ---------------------------------------------------------------------
    @property
    def desk(self) -> Desk:
        """The imported submissions (validated once; :meth:`refresh` after an import)."""
        if self._desk is None:
            self._desk = Desk.from_workspace(self.ws, self.annex)
        return self._desk

    def refresh(self) -> None:
        self._desk = None

    # --- periods -----------------------------------------------------------------------------
    def _row(self, s: Session, years: Sequence[int], create: bool) -> PeriodRow | None:
        first, last = period_years(years)
        row = s.scalar(select(PeriodRow).where(PeriodRow.first_year == first,
                                               PeriodRow.last_year == last))
        if row is None and create:
            row = PeriodRow(first_year=first, last_year=last, edition=Edition.PUBLISHED.value)
            s.add(row)
            s.flush()
        return row

    def _write(self, years: Sequence[int], work: Callable[[Session, PeriodRow], Any]) -> Any:
        def run(s: Session) -> Any:
            row = self._row(s, years, create=True)
            assert row is not None
            row.updated_at = utcnow()
            return work(s, row)

        return self.ws.write(run)

    def _read(self, years: Sequence[int], work: Callable[[Session, PeriodRow], Any],
              default: Any) -> Any:
        def run(s: Session) -> Any:
            row = self._row(s, years, create=False)
            return default if row is None else work(s, row)

        return self.ws.read(run)

    def periods(self) -> list[Period]:
        """The periods the expert group has worked on, latest first."""
        return self.ws.read(lambda s: [_period_of(r) for r in s.scalars(
            select(PeriodRow).order_by(PeriodRow.first_year.desc()))])

    def period(self, years: Sequence[int]) -> Period:
        first, last = period_years(years)
        held = self._read(years, lambda s, row: _period_of(row), None)
        return held or Period(first, last, Edition.PUBLISHED, DEFAULT_METHOD, True)

    def set_edition(self, years: Sequence[int], edition: Edition | str) -> Period:
        try:
            chosen = Edition(edition)
        except ValueError:
            raise AssessmentError(AssessmentErrorCode.BAD_EDITION, edition=edition) from None

        def work(s: Session, row: PeriodRow) -> Period:
            row.edition = chosen.value
            return _period_of(row)

        result: Period = self._write(years, work)
        return result

    # --- the transmittal (rule 18) -----------------------------------------------------------
    def transmittal(self, years: Sequence[int]) -> Transmittal:
        def work(s: Session, row: PeriodRow) -> Transmittal:
            return _transmittal_of(row.transmittal_json)

        result: Transmittal = self._read(years, work, Transmittal())
        return result

    def set_transmittal(self, years: Sequence[int], number: str = "",
                        date: dt.date | str | None = None, signatory: str = "",
                        position: str = "") -> Transmittal:
        """The outgoing number, date and signatory of the letter that sends the results to
        the working body of the Interdepartmental Commission (rule 18); blanks are printed
        as lines to fill by hand."""
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date.strip()) if date.strip() else None
            except ValueError:
                raise ServiceError(ErrorCode.TRANSMITTAL_INVALID, detail=date) from None
        if date is not None and not 1990 <= date.year <= 2100:
            raise ServiceError(ErrorCode.TRANSMITTAL_INVALID, detail=date.isoformat())
        if len(number) > 60:
            raise ServiceError(ErrorCode.TRANSMITTAL_INVALID, detail=number[:60] + "…")
        value = Transmittal(number.strip(), date, " ".join(signatory.split()),
                            " ".join(position.split()))
        text = json.dumps(value.to_json(), ensure_ascii=False, sort_keys=True)

        def work(s: Session, row: PeriodRow) -> None:
            row.transmittal_json = text

        self._write(years, work)
        return value

    # --- the approval (issue 19) ------------------------------------------------------------
    def approval(self, years: Sequence[int]) -> Approval:
        def work(s: Session, row: PeriodRow) -> Approval:
            return _approval_of(row.approval_json)

        result: Approval = self._read(years, work, Approval())
        return result

    def set_approval(self, years: Sequence[int], name: str = "", position: str = "",
                     date: dt.date | str | None = None) -> Approval:
        """Who approves the report, the position and the date, printed as the approval
        block of the title page; blanks print as lines to fill by hand."""
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date.strip()) if date.strip() else None
            except ValueError:
                raise AssessmentError(AssessmentErrorCode.BAD_APPROVAL, detail=date) from None
        if date is not None and not 1990 <= date.year <= 2100:
            raise AssessmentError(AssessmentErrorCode.BAD_APPROVAL, detail=date.isoformat())
        name, position = " ".join(name.split()), " ".join(position.split())
        for value in (name, position):
            if len(value) > 200:
                raise AssessmentError(AssessmentErrorCode.BAD_APPROVAL,
                                      detail=value[:60] + "…")
        approval = Approval(name, position, date)
        text = json.dumps(approval.to_json(), ensure_ascii=False, sort_keys=True)

        def work(s: Session, row: PeriodRow) -> None:
            row.approval_json = text

        self._write(years, work)
        return approval

    # --- the method --------------------------------------------------------------------------
    def method(self, years: Sequence[int]) -> Method:
        return self.period(years).method

    def set_method(self, years: Sequence[int], method: Method | Mapping[str, Any]) -> Method:
        """Checks and stores the period's method (a Method or its JSON); METHOD_INVALID lists
        every problem, and nothing is stored."""
        try:
            checked = (method.checked() if isinstance(method, Method)
                       else Method.from_json(method))
        except MethodError as exc:
            raise _method_error(exc) from exc
        text = json.dumps(checked.to_json(), ensure_ascii=False, sort_keys=True)

        def work(s: Session, row: PeriodRow) -> None:
            row.method_json = text

        self._write(years, work)
        return checked

    def reset_method(self, years: Sequence[int]) -> Method:
        def work(s: Session, row: PeriodRow) -> None:
            row.method_json = None

        self._write(years, work)
        return DEFAULT_METHOD

    # --- the register ------------------------------------------------------------------------
    def expert_risks(self, years: Sequence[int]) -> list[RiskItem]:
        def work(s: Session, row: PeriodRow) -> list[RiskItem]:
            rows = s.scalars(select(RiskRow).where(RiskRow.period_id == row.id)
                             .order_by(RiskRow.id))
            return [RiskItem(EXPERT_PREFIX + r.slug, "expert", None,
                             LocalizedText(kk=r.name_kk, ru=r.name_ru)) for r in rows]

        result: list[RiskItem] = self._read(years, work, [])
        return result

    def register(self, years: Sequence[int]) -> tuple[RiskItem, ...]:
        """The annex's risks (block 1 q1-q2) and then those the expert group added."""
        return (*default_register(self.annex), *self.expert_risks(years))

    def add_risk(self, years: Sequence[int], slug: str, name_kk: str, name_ru: str) -> RiskItem:
        try:
            item = RiskItem.expert(slug, name_kk, name_ru)
        except ValueError:
            raise AssessmentError(AssessmentErrorCode.BAD_RISK) from None
        if any(r.id == item.id for r in self.register(years)):
            raise AssessmentError(AssessmentErrorCode.RISK_EXISTS, risk=item.id)

        def work(s: Session, row: PeriodRow) -> None:
            s.add(RiskRow(period_id=row.id, slug=item.id[len(EXPERT_PREFIX):],
                          name_kk=item.name.kk, name_ru=item.name.ru))

        self._write(years, work)
        return item

    def remove_risk(self, years: Sequence[int], risk_id: str) -> None:
        """Removes an added risk with its scores and justifications."""
        if not risk_id.startswith(EXPERT_PREFIX) or risk_id not in {
                r.id for r in self.expert_risks(years)}:
            raise AssessmentError(AssessmentErrorCode.UNKNOWN_RISK, risk=risk_id)

        def work(s: Session, row: PeriodRow) -> None:
            s.execute(delete(RiskRow).where(RiskRow.period_id == row.id,
                                            RiskRow.slug == risk_id[len(EXPERT_PREFIX):]))
            s.execute(delete(ScoreRow).where(ScoreRow.period_id == row.id,
                                             ScoreRow.risk_id == risk_id))
            s.execute(delete(JustificationRow).where(JustificationRow.period_id == row.id,
                                                     JustificationRow.risk_id == risk_id))

        self._write(years, work)

    def _check_risk(self, years: Sequence[int], risk_id: str) -> None:
        if risk_id not in {r.id for r in self.register(years)}:
            raise AssessmentError(AssessmentErrorCode.UNKNOWN_RISK, risk=risk_id)

    def territory(self, code: str) -> Territory:
        """A territory code checked against the annex (regions, countries)."""
        try:
            t = Territory(code.strip())
        except ValueError:
            raise AssessmentError(AssessmentErrorCode.BAD_TERRITORY, territory=code) from None
        if t.code.startswith("KZ-") and t.code not in {r.code for r in self.annex.regions}:
            raise AssessmentError(AssessmentErrorCode.BAD_TERRITORY, territory=code)
        countries = self.annex.category_set("country")
        if t.code.startswith("abroad:") and countries.get(t.code.split(":", 1)[1]) is None:
            raise AssessmentError(AssessmentErrorCode.BAD_TERRITORY, territory=code)
        return t

    # --- the expert group's register --------------------------------------------------------
    def experts(self) -> list[ExpertEntry]:
        """The register: members first, then specialists, each in the order entered."""
        rows = self.ws.read(lambda s: [_expert_of(r) for r in s.scalars(
            select(ExpertRow).order_by(ExpertRow.id))])
        return sorted(rows, key=lambda e: EXPERT_ROLES.index(e.role)
                      if e.role in EXPERT_ROLES else len(EXPERT_ROLES))

    def expert(self, who: int | str) -> ExpertEntry:
        """A registered person by register number (also as digits) or exact name."""
        wanted = str(who).strip()
        for e in self.experts():
            if str(e.id) == wanted or e.name == wanted:
                return e
        raise ServiceError(ErrorCode.EXPERT_NOT_FOUND, expert=wanted or "—")

    def add_expert(self, name: str, organisation: str, role: str = "member", field: str = "",
                   contact: str = "") -> ExpertEntry:
        """A member of the group or a specialist drawn in (rule 16), at the register's end."""
        name, organisation = " ".join(name.split()), organisation.strip()
        if not name:
            raise ServiceError(ErrorCode.EXPERT_NAME_REQUIRED)
        if not organisation:
            raise ServiceError(ErrorCode.EXPERT_ORG_REQUIRED, name=name)
        if role not in EXPERT_ROLES:
            raise ServiceError(ErrorCode.EXPERT_ROLE_UNKNOWN, role=role or "—")

        def work(s: Session) -> ExpertEntry:
            # SQLite's lower() knows ASCII only: compare Kazakh and Russian names here
            held = next((r for r in s.scalars(select(ExpertRow))
                         if r.name.casefold() == name.casefold()), None)
            if held is not None:
                raise ServiceError(ErrorCode.EXPERT_EXISTS, name=held.name, id=held.id)
            row = ExpertRow(name=name, organisation=organisation, role=role,
                            field=field.strip(), contact=contact.strip())
            s.add(row)
            s.flush()
            return _expert_of(row)

        result: ExpertEntry = self.ws.write(work)
        return result

    # --- expert scores -----------------------------------------------------------------------
    def expert_scores(self, years: Sequence[int], territory: str | None = None, *,
                      all_rounds: bool = False) -> list[ScoreEntry]:
        """The scores of the period: each expert's latest round per risk and territory (what
        the ranking uses), or every round's with ``all_rounds``."""
        def work(s: Session, row: PeriodRow) -> list[ScoreEntry]:
            q = (select(ScoreRow, ExpertRow.name).join(ExpertRow, ExpertRow.id
                                                        == ScoreRow.expert_id)
                 .where(ScoreRow.period_id == row.id))
            if territory is not None:
                q = q.where(ScoreRow.territory == territory)
            q = q.order_by(ScoreRow.territory, ScoreRow.risk_id, ExpertRow.name,
                           ScoreRow.round)
            out: dict[tuple[int, str, str, int], ScoreEntry] = {}
            for r, name in s.execute(q):
                entry = ScoreEntry(name, r.risk_id, r.territory, r.likelihood, r.impact,
                                   r.comment, r.entered_at, r.expert_id, r.round)
                key = (r.expert_id, r.risk_id, r.territory, r.round if all_rounds else 0)
                out[key] = entry  # ordered by round: the latest stays
            return list(out.values())

        result: list[ScoreEntry] = self._read(years, work, [])
        return result

    def current_round(self, years: Sequence[int]) -> int:
        """The Delphi round under way: the latest with a ballot issued or a score, else 1."""
        def work(s: Session, row: PeriodRow) -> int:
            scored = s.scalar(select(func.max(ScoreRow.round))
                              .where(ScoreRow.period_id == row.id)) or 0
            issued = s.scalar(select(func.max(BallotRow.round))
                              .where(BallotRow.period_id == row.id)) or 0
            return max(1, scored, issued)

        result: int = self._read(years, work, 1)
        return result

    def set_score(self, years: Sequence[int], expert: int | str, risk_id: str,
                  territory: str, likelihood: int, impact: int, comment: str = "",
                  round: int | None = None) -> ScoreEntry:
        """A registered expert's score of a risk on a territory in a Delphi round (default:
        the round under way); a second score in the same round replaces the first."""
        where = self.territory(territory).code
        self._check_risk(years, risk_id)
        person = self.expert(expert)
        try:
            ExpertScore(person.name, risk_id, where, likelihood, impact, comment)
        except (ValueError, TypeError) as exc:
            raise AssessmentError(AssessmentErrorCode.BAD_SCORE, detail=str(exc)) from None
        chosen = self.current_round(years) if round is None else round
        if not isinstance(chosen, int) or isinstance(chosen, bool) or chosen < 1:
            raise ServiceError(ErrorCode.ROUND_INVALID, round=chosen)
        now = utcnow()

        def work(s: Session, row: PeriodRow) -> ScoreEntry:
            held = s.scalar(select(ScoreRow).where(
                ScoreRow.period_id == row.id, ScoreRow.expert_id == person.id,
                ScoreRow.risk_id == risk_id, ScoreRow.territory == where,
                ScoreRow.round == chosen))
            if held is None:
                held = ScoreRow(period_id=row.id, expert_id=person.id, risk_id=risk_id,
                                territory=where, round=chosen)
                s.add(held)
            held.likelihood, held.impact, held.comment = likelihood, impact, comment.strip()
            held.entered_at = now
            return ScoreEntry(person.name, risk_id, where, likelihood, impact, held.comment,
                              now, person.id, chosen)

        result: ScoreEntry = self._write(years, work)
        return result

    def remove_score(self, years: Sequence[int], expert: int | str, risk_id: str,
                     territory: str) -> bool:
        """Removes an expert's scores of a risk on a territory, every round."""
        person = self.expert(expert)

        def work(s: Session, row: PeriodRow) -> bool:
            done = s.execute(delete(ScoreRow).where(
                ScoreRow.period_id == row.id, ScoreRow.expert_id == person.id,
                ScoreRow.risk_id == risk_id, ScoreRow.territory == territory))
            return bool(getattr(done, "rowcount", 0))

        result: bool = self._write(years, work)
        return result

    # --- justifications ----------------------------------------------------------------------
    def justifications(self, years: Sequence[int], territory: str | None = None
                       ) -> list[Justification]:
        def work(s: Session, row: PeriodRow) -> list[Justification]:
            q = select(JustificationRow).where(JustificationRow.period_id == row.id)
            if territory is not None:
                q = q.where(JustificationRow.territory == territory)
            return [Justification(r.risk_id, r.territory, r.text)
                    for r in s.scalars(q.order_by(JustificationRow.risk_id))]

        result: list[Justification] = self._read(years, work, [])
        return result

    def set_justification(self, years: Sequence[int], risk_id: str, territory: str,
                          text: str, author: int | str | None = None) -> None:
        """The group's reason for a risk's score; an empty text removes it. ``author``: the
        registered person who wrote it (register number or name)."""
        where = self.territory(territory).code
        self._check_risk(years, risk_id)
        author_id = self.expert(author).id if author is not None else None

        def work(s: Session, row: PeriodRow) -> None:
            held = s.scalar(select(JustificationRow).where(
                JustificationRow.period_id == row.id, JustificationRow.risk_id == risk_id,
                JustificationRow.territory == where))
            if not text.strip():
                if held is not None:
                    s.delete(held)
                return
            if held is None:
                held = JustificationRow(period_id=row.id, risk_id=risk_id, territory=where)
                s.add(held)
            held.text = text.strip()
            held.updated_at = utcnow()
            if author_id is not None:
                held.author_id = author_id

        self._write(years, work)

    # --- the ranking -------------------------------------------------------------------------
    def scores(self, years: Sequence[int], territory: str = "KZ") -> list[RiskScore]:
        """The register scored and ranked on ``territory`` over the period (rule 13.3)."""
        where = self.territory(territory)
        period = self.period(years)
        return score_register(
            self.annex, self.desk.records(period.years), period.years,
            [e.as_score() for e in self.expert_scores(years, where.code)], period.method,
            where, register=self.register(years),
            justifications={j.risk_id: j.text for j in self.justifications(years, where.code)})

    def heat_map(self, years: Sequence[int], territory: str = "KZ") -> HeatMap:
        return heat_map(self.scores(years, territory))

    # --- texts -------------------------------------------------------------------------------
    def _check_section(self, section: str, lang: str) -> None:
        if lang not in LANGS:
            raise AssessmentError(AssessmentErrorCode.BAD_LANG, lang=lang)
        ok = section in (CONCLUSIONS, RECOMMENDATIONS) or section in {
            analysis_section(h.number) for h in analysis_headings()}
        if not ok and section.startswith("profile:"):
            parts = section.split(":")
            known = {k.id for k in self.annex.kinds}
            ok = (len(parts) == 3 and parts[2] in PROFILE_PARTS and bool(parts[1])
                  and all(k in known for k in parts[1].split("+")))
        if not ok:
            raise AssessmentError(AssessmentErrorCode.BAD_SECTION, section=section)

    def text(self, years: Sequence[int], section: str, lang: str) -> str:
        """A section's text (HTML or plain) in ``lang``; "" if not written."""
        self._check_section(section, lang)

        def work(s: Session, row: PeriodRow) -> str:
            held = s.scalar(select(TextRow.html).where(
                TextRow.period_id == row.id, TextRow.section == section, TextRow.lang == lang))
            return held or ""

        result: str = self._read(years, work, "")
        return result

    def set_text(self, years: Sequence[int], section: str, lang: str, html: str,
                 author: int | str | None = None) -> None:
        """Stores a section's text as given (an empty text removes it); ``author``: the
        registered person who wrote it (register number or name)."""
        self._check_section(section, lang)
        author_id = self.expert(author).id if author is not None else None

        def work(s: Session, row: PeriodRow) -> None:
            held = s.scalar(select(TextRow).where(
                TextRow.period_id == row.id, TextRow.section == section, TextRow.lang == lang))
            if not html.strip():
                if held is not None:
                    s.delete(held)
                return
            if held is None:
                held = TextRow(period_id=row.id, section=section, lang=lang)
                s.add(held)
            held.html = html
            held.updated_at = utcnow()
            if author_id is not None:
                held.author_id = author_id

        self._write(years, work)

    def texts(self, years: Sequence[int], lang: str) -> dict[str, str]:
        """Every written section's text in ``lang``."""
        if lang not in LANGS:
            raise AssessmentError(AssessmentErrorCode.BAD_LANG, lang=lang)

        def work(s: Session, row: PeriodRow) -> dict[str, str]:
            rows = s.execute(select(TextRow.section, TextRow.html).where(
                TextRow.period_id == row.id, TextRow.lang == lang))
            return {section: html for section, html in rows}

        result: dict[str, str] = self._read(years, work, {})
        return result

    # --- sources cited -----------------------------------------------------------------------
    def sources(self, years: Sequence[int]) -> list[CitedSourceEntry]:
        def work(s: Session, row: PeriodRow) -> list[CitedSourceEntry]:
            rows = s.scalars(select(SourceRow).where(SourceRow.period_id == row.id)
                             .order_by(SourceRow.position, SourceRow.id))
            return [_source_of(r) for r in rows]

        result: list[CitedSourceEntry] = self._read(years, work, [])
        return result

    @staticmethod
    def _check_source(title: str, year: int | None, kind: str = "international",
                      headings: Sequence[int] = ()) -> list[int]:
        if not title.strip():
            raise AssessmentError(AssessmentErrorCode.BAD_SOURCE, detail="—")
        if year is not None and not 1900 <= year <= 2100:
            raise AssessmentError(AssessmentErrorCode.BAD_SOURCE, detail=str(year))
        if kind not in SOURCE_KINDS:
            raise ServiceError(ErrorCode.SOURCE_KIND_UNKNOWN, kind=kind or "—",
                               kinds="|".join(SOURCE_KINDS))
        numbers = {h.number for h in analysis_headings()}
        for h in headings:
            if isinstance(h, bool) or h not in numbers:
                raise ServiceError(ErrorCode.SOURCE_HEADING_UNKNOWN, heading=h)
        return sorted(set(headings))

    def add_source(self, years: Sequence[int], title: str, author: str = "",
                   year: int | None = None, reference: str = "", kind: str = "international",
                   headings: Sequence[int] = ()) -> CitedSourceEntry:
        """A source at the end of the list: ``kind`` one of rule 8's (SOURCE_KINDS),
        ``headings`` the analysis headings (1-9) under which it is cited (rule 15)."""
        cited = self._check_source(title, year, kind, headings)

        def work(s: Session, row: PeriodRow) -> CitedSourceEntry:
            last = s.scalar(select(func.max(SourceRow.position))
                            .where(SourceRow.period_id == row.id)) or 0
            src = SourceRow(period_id=row.id, position=last + 1, title=title.strip(),
                            author=author.strip(), year=year, reference=reference.strip(),
                            kind=kind, headings=cited)
            s.add(src)
            s.flush()
            return _source_of(src)

        result: CitedSourceEntry = self._write(years, work)
        return result

    def update_source(self, years: Sequence[int], source_id: int, title: str, author: str = "",
                      year: int | None = None, reference: str = "", kind: str | None = None,
                      headings: Sequence[int] | None = None) -> CitedSourceEntry:
        """Changes a source; ``kind`` and ``headings`` stay as they were unless given."""
        cited = self._check_source(title, year, kind or "international", headings or ())

        def work(s: Session, row: PeriodRow) -> CitedSourceEntry:
            src = s.get(SourceRow, source_id)
            if src is None or src.period_id != row.id:
                raise AssessmentError(AssessmentErrorCode.SOURCE_NOT_FOUND, id=source_id)
            src.title, src.author, src.year = title.strip(), author.strip(), year
            src.reference = reference.strip()
            if kind is not None:
                src.kind = kind
            if headings is not None:
                src.headings = cited
            return _source_of(src)

        result: CitedSourceEntry = self._write(years, work)
        return result

    def remove_source(self, years: Sequence[int], source_id: int) -> None:
        def work(s: Session, row: PeriodRow) -> None:
            src = s.get(SourceRow, source_id)
            if src is None or src.period_id != row.id:
                raise AssessmentError(AssessmentErrorCode.SOURCE_NOT_FOUND, id=source_id)
            s.delete(src)
            s.flush()
            _renumber(s, row.id)

        self._write(years, work)

    def move_source(self, years: Sequence[int], source_id: int, position: int) -> None:
        """Moves a source to ``position`` (1 = first) in the printed list."""
        def work(s: Session, row: PeriodRow) -> None:
            rows = list(s.scalars(select(SourceRow).where(SourceRow.period_id == row.id)
                                  .order_by(SourceRow.position, SourceRow.id)))
            moving = next((r for r in rows if r.id == source_id), None)
            if moving is None:
                raise AssessmentError(AssessmentErrorCode.SOURCE_NOT_FOUND, id=source_id)
            rows.remove(moving)
            rows.insert(max(0, min(position - 1, len(rows))), moving)
            for i, r in enumerate(rows, start=1):
                r.position = i

        self._write(years, work)

    # --- population --------------------------------------------------------------------------
    def population(self) -> list[PopulationFigure]:
        rows = self.ws.read(lambda s: [(r.region, r.year, r.population) for r in s.scalars(
            select(PopulationRow).order_by(PopulationRow.region, PopulationRow.year))])
        return [PopulationFigure(*r) for r in rows]

    def population_table(self) -> dict[tuple[str, int], int]:
        return {(p.region, p.year): p.population for p in self.population()}

    def set_population(self, region: str, year: int, population: int | None) -> None:
        """A region's population in a year; None removes the figure."""
        if region not in {r.code for r in self.annex.regions}:
            raise AssessmentError(AssessmentErrorCode.BAD_POPULATION, detail=region)
        if not isinstance(year, int) or not 1990 <= year <= 2100:
            raise AssessmentError(AssessmentErrorCode.BAD_POPULATION, detail=str(year))
        if population is not None and (not isinstance(population, int)
                                       or isinstance(population, bool) or population <= 0):
            raise AssessmentError(AssessmentErrorCode.BAD_POPULATION, detail=str(population))

        def work(s: Session) -> None:
            held = s.scalar(select(PopulationRow).where(PopulationRow.region == region,
                                                        PopulationRow.year == year))
            if population is None:
                if held is not None:
                    s.delete(held)
                return
            if held is None:
                held = PopulationRow(region=region, year=year)
                s.add(held)
            held.population = population
            held.updated_at = utcnow()

        self.ws.write(work)

    # --- the analysis, the profiles, the report ----------------------------------------------
    def analysis(self, years: Sequence[int]) -> Analysis:
        """Rule 14's nine headings with the evidence of the period's submissions."""
        period = self.period(years)
        return analyse(self.annex, self.desk.aggregate(period.years), period.years,
                       self.population_table(), self.desk.records(period.years))

    def profiles(self, years: Sequence[int]) -> list[RiskProfile]:
        """The risk profiles of potential victims per kind (rules 2.5, 17.4), without texts
        (the texts are sections ``profile_section(kind, part)`` in each language)."""
        period = self.period(years)
        return risk_profiles(self.annex, self.desk.records(period.years), period.years)

    def _content(self, years: Sequence[int], lang: str, edition: Edition | str | None,
                 prepared_on: dt.date | None = None) -> Any:
        """What the report of ``years`` holds (an ``AssessmentContent``)."""
        from kzth_desktop.reports.assessment import (
            ApprovalRef,
            AssessmentContent,
            CitedRef,
            GroupMember,
            ReportingYear,
            TransmittalRef,
        )

        if lang not in LANGS:
            raise AssessmentError(AssessmentErrorCode.BAD_LANG, lang=lang)
        period = self.period(years)
        if edition is not None:
            try:
                chosen = Edition(edition)
            except ValueError:
                raise AssessmentError(AssessmentErrorCode.BAD_EDITION,
                                      edition=edition) from None
        else:
            chosen = period.edition
        return AssessmentContent(
            years=period.years, edition=chosen, method=period.method,
            register=tuple(self.scores(period.years)), analysis=self.analysis(period.years),
            profiles=tuple(self.profiles(period.years)), texts=self.texts(period.years, lang),
            sources=tuple(CitedRef(s.title, s.author, s.year, s.reference, s.kind, s.headings)
                          for s in self.sources(period.years)),
            group=tuple(GroupMember(e.name, e.organisation, e.role, e.field)
                        for e in self.experts()),
            transmittal=TransmittalRef(*_transmittal_fields(self.transmittal(period.years))),
            organisation=_organisation(self.ws),
            prepared_on=prepared_on or dt.date.today(),
            other_texts=self.texts(period.years, "ru" if lang == "kk" else "kk"),
            approval=ApprovalRef(*_approval_fields(self.approval(period.years))),
            reporting=tuple(ReportingYear(y, *self._reporting(y)) for y in period.years),
        )

    def _reporting(self, year: int) -> tuple[int, int]:
        """(expected respondents, those that reported) of ``year``'s completeness, counting
        the submissions the report uses (one out of bounds is left out of both)."""
        counts = self.desk.completeness(year, with_skipped=False).counts()
        reported = sum(counts.get(k, 0) for k in ("on_time", "late", "received"))
        return counts.get("expected", 0), reported

    def prepare_report(self, years: Sequence[int], lang: str,
                       edition: Edition | str | None = None, *,
                       prepared_on: dt.date | None = None) -> PreparedReport:
        """What the report of ``years`` in ``lang`` will print and what it would miss (the
        warnings shown before it is made); :meth:`render` lays it out."""
        content = self._content(years, lang, edition, prepared_on)
        return PreparedReport(content, lang, tuple(report_gaps(content, lang)))

    def render(self, prepared: PreparedReport) -> bytes:
        """The PDF of a prepared report (PUBLICATION_UNSAFE if the published edition would
        give a small count away)."""
        from kzth_desktop.reports.assessment import assessment_pdf

        lang = prepared.lang
        try:
            return assessment_pdf(self.annex, prepared.content, lang)
        except ProtectionError as exc:
            names = []
            for e in exc.exposures:
                label = exc.labels.get(e.table)
                name = label.get(lang) if label is not None else e.table
                if name not in names:
                    names.append(name)
            raise AssessmentError(AssessmentErrorCode.PUBLICATION_UNSAFE,
                                  tables="; ".join(names)) from exc

    def report_gaps(self, years: Sequence[int], lang: str) -> list[ReportGap]:
        """What the report of ``years`` in ``lang`` would print as missing or provisional."""
        return list(self.prepare_report(years, lang).gaps)

    def report(self, years: Sequence[int], lang: str, edition: Edition | str | None = None,
               *, prepared_on: dt.date | None = None) -> bytes:
        """The assessment (rule 17) as a PDF in ``lang``; the period's edition unless given."""
        return self.render(self.prepare_report(years, lang, edition, prepared_on=prepared_on))

    def audit_report(self, path: str | Path, years: Sequence[int], lang: str) -> Any:
        """The published edition of ``years`` in ``lang`` at ``path``, attacked as a reader
        with the file alone would (:mod:`kzth_desktop.reports.readback`): a ``PdfAudit``."""
        from kzth_desktop.reports.assessment import printed_figures
        from kzth_desktop.reports.readback import NotAPdfError, NotThisEditionError, audit_pdf

        content = self._content(years, lang, Edition.PUBLISHED)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ServiceError(ErrorCode.FILE_UNREADABLE, path=str(path),
                               detail=exc.strerror or str(exc)) from exc
        tables, printed = printed_figures(self.annex, content, lang)
        try:
            return audit_pdf(data, tables, printed)
        except NotAPdfError as exc:
            raise AssessmentError(AssessmentErrorCode.AUDIT_NOT_PDF, path=str(path)) from exc
        except NotThisEditionError as exc:
            label = tables.publication.labels().get(exc.table)
            raise AssessmentError(
                AssessmentErrorCode.AUDIT_OTHER_EDITION, path=str(path),
                years="–".join(str(y) for y in sorted({content.years[0], content.years[-1]})),
                lang=lang,
                table=label.get(lang) if label is not None else exc.table) from exc

    def write_report(self, path: str | Path, years: Sequence[int], lang: str,
                     edition: Edition | str | None = None,
                     prepared: PreparedReport | None = None) -> Path:
        """:meth:`report` written to ``path`` (replaced whole: no half-written file);
        ``prepared``: the report already prepared (its gaps shown)."""
        data = self.render(prepared or self.prepare_report(years, lang, edition))
        target = Path(path)
        write_file(target, data)  # FILE_IN_USE when the old one is open in Acrobat
        return target


def report_gaps(content: Any, lang: str) -> list[ReportGap]:
    """What a report's ``content`` in ``lang`` would print as missing or provisional: every
    expert text section without text in ``lang`` (none at all, or only in the other language),
    every placeholder left in a text, every risk ranked from the data only, and the blanks of
    the transmittal and the approval — in the order the report prints them."""
    from kzth_desktop.assessment.evidence import assessment_parts
    from kzth_desktop.reports import richtext

    other = "ru" if lang == "kk" else "kk"
    parts = {p.number: p.title for p in assessment_parts()}

    def cap(text: LocalizedText, prefix: str = "") -> LocalizedText:
        return LocalizedText(kk=prefix + text.kk[:1].upper() + text.kk[1:],
                             ru=prefix + text.ru[:1].upper() + text.ru[1:])

    sections: list[tuple[str, LocalizedText]] = [
        (analysis_section(h.number), LocalizedText(
            kk=f"2.{h.number}. {h.display('kk')}", ru=f"2.{h.number}. {h.display('ru')}"))
        for h in analysis_headings()]
    sections.append((CONCLUSIONS, cap(parts[2], "4. ")))
    sections.append((RECOMMENDATIONS, cap(parts[3], "5. ")))
    for n, prof in enumerate(content.profiles, start=1):
        names = {lg: " + ".join(k.get(lg) for k in prof.kind_names) or prof.kind
                 for lg in LANGS}
        for part in PROFILE_PARTS:
            label = PROFILE_PART_NAMES[part]
            sections.append((profile_section(prof.kind, part), LocalizedText(
                kk=f"6.{n}. {names['kk']} — {label.kk}",
                ru=f"6.{n}. {names['ru']} — {label.ru}")))
    gaps: list[ReportGap] = []
    for section, subject in sections:
        own = content.texts.get(section, "")
        theirs = content.other_texts.get(section, "")
        if richtext.blocks(own):
            text = richtext.plain(own)
        elif richtext.blocks(theirs):
            gaps.append(ReportGap(ReportGapCode.OTHER_LANGUAGE_ONLY, subject, other=other,
                                  section=section))
            text = richtext.plain(theirs)
        else:
            gaps.append(ReportGap(ReportGapCode.NO_TEXT, subject, section=section))
            continue
        for mark in PLACEHOLDERS:
            if mark in text:
                gaps.append(ReportGap(ReportGapCode.PLACEHOLDER, subject, detail=mark,
                                      section=section))
                break
    for score in content.register:
        if score.from_data_only:
            gaps.append(ReportGap(ReportGapCode.NOT_SCORED, score.risk.name,
                                  detail=score.risk.id))
    tr = content.transmittal
    if tr is None or not tr.number:
        gaps.append(ReportGap(ReportGapCode.NO_TRANSMITTAL_NUMBER))
    if tr is None or tr.date is None:
        gaps.append(ReportGap(ReportGapCode.NO_TRANSMITTAL_DATE))
    ap = content.approval
    if ap is None or not ap.name:
        gaps.append(ReportGap(ReportGapCode.NO_APPROVAL))
    if ap is None or ap.date is None:
        gaps.append(ReportGap(ReportGapCode.NO_APPROVAL_DATE))
    return gaps


def _period_of(row: PeriodRow) -> Period:
    method = DEFAULT_METHOD
    if row.method_json:
        method = Method.from_json(json.loads(row.method_json))
    return Period(row.first_year, row.last_year, Edition(row.edition), method,
                  row.method_json is None)


def _source_of(row: SourceRow) -> CitedSourceEntry:
    return CitedSourceEntry(row.id, row.position, row.title, row.author, row.year,
                            row.reference, row.kind or "international",
                            tuple(int(h) for h in row.headings or ()))


def _transmittal_fields(t: Transmittal) -> tuple[str, dt.date | None, str, str]:
    return t.number, t.date, t.signatory, t.position


def _approval_fields(a: Approval) -> tuple[str, str, dt.date | None]:
    return a.name, a.position, a.date


def _approval_of(text: str | None) -> Approval:
    if not text:
        return Approval()
    data = json.loads(text)
    date = data.get("date")
    return Approval(data.get("name", ""), data.get("position", ""),
                    dt.date.fromisoformat(date) if date else None)


def _transmittal_of(text: str | None) -> Transmittal:
    if not text:
        return Transmittal()
    data = json.loads(text)
    date = data.get("date")
    return Transmittal(data.get("number", ""), dt.date.fromisoformat(date) if date else None,
                       data.get("signatory", ""), data.get("position", ""))


def _expert_of(row: ExpertRow) -> ExpertEntry:
    return ExpertEntry(row.id, row.name, row.organisation, row.role, row.field, row.contact)


def _renumber(s: Session, period_id: int) -> None:
    rows = s.scalars(select(SourceRow).where(SourceRow.period_id == period_id)
                     .order_by(SourceRow.position, SourceRow.id))
    for i, r in enumerate(rows, start=1):
        r.position = i


def _organisation(ws: Workspace) -> LocalizedText | None:
    profile = ws.profile()
    if profile is None:
        return None
    return LocalizedText(kk=profile.name_kk, ru=profile.name_ru)


__all__ = [
    "CONCLUSIONS",
    "Approval",
    "PreparedReport",
    "ReportGap",
    "ReportGapCode",
    "report_gaps",
    "RECOMMENDATIONS",
    "AssessmentError",
    "AssessmentErrorCode",
    "AssessmentService",
    "CitedSourceEntry",
    "ExpertEntry",
    "Justification",
    "Period",
    "PopulationFigure",
    "ScoreEntry",
    "Transmittal",
    "analysis_section",
    "period_years",
    "profile_section",
]
