"""The ranking method as data (rule 13.3): weights, bands, level table and written anchors.

The coordinator can read and change every number here, and the assessment report prints them,
so nothing about how a risk gets its level is hidden in code. A changed method is checked by
``Method.problems()`` (codes with kk/ru messages) before it is used.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from typing import Any

from kzth_desktop.annex.model import LANGUAGES, LocalizedText

METHOD_FORMAT = "kzth-risk-method"
METHOD_VERSION = 1
SCALE = (1, 2, 3, 4, 5)  # likelihood and impact are both scored 1..5
MAX_SCORE = 25  # 5 x 5

T = LocalizedText


class LevelId(StrEnum):
    """The five levels of the published table, lowest first."""

    LOW = "low"
    MEDIUM_LOW = "medium_low"
    MEDIUM = "medium"
    MEDIUM_HIGH = "medium_high"
    HIGH = "high"


LEVEL_ORDER: tuple[LevelId, ...] = tuple(LevelId)

# What is printed instead of a level where the data cannot carry one.
TOO_LITTLE_EVIDENCE = T(kk="Дерек жеткіліксіз", ru="Недостаточно данных")
NOT_SCORED = T(kk="Салдары әлі бағаланбаған", ru="Последствия ещё не оценены")


@dataclass(frozen=True, slots=True)
class Level:
    """One row of the level table: scores ``low..high`` (inclusive) have this level."""

    id: LevelId
    low: int
    high: int
    label: LocalizedText

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id.value, "min": self.low, "max": self.high,
                "label": self.label.to_json()}


@dataclass(frozen=True, slots=True)
class Anchor:
    """The written meaning of one point (1..5) of the likelihood or the impact scale."""

    value: int
    label: LocalizedText  # one or two words, for the heat map's axes
    text: LocalizedText  # what an expert must see to give this score

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "label": self.label.to_json(), "text": self.text.to_json()}


# Score = likelihood x impact takes the values 1-6, 8-10, 12, 15, 16, 20, 25. The table gives
# each level a band of the 5 x 5 grid: Low 5 cells (1-3), Medium-Low 7 (4-6), Medium 5 (8-10),
# Medium-High 4 (12, 15), High 4 (16-25). 7, 11, 13, 14, ... cannot occur but are covered so
# that any boundaries the coordinator sets are checked the same way.
DEFAULT_LEVELS: tuple[Level, ...] = (
    Level(LevelId.LOW, 1, 3, T(kk="Төмен", ru="Низкий")),
    Level(LevelId.MEDIUM_LOW, 4, 6, T(kk="Орташадан төмен", ru="Ниже среднего")),
    Level(LevelId.MEDIUM, 7, 10, T(kk="Орташа", ru="Средний")),
    Level(LevelId.MEDIUM_HIGH, 11, 15, T(kk="Орташадан жоғары", ru="Выше среднего")),
    Level(LevelId.HIGH, 16, 25, T(kk="Жоғары", ru="Высокий")),
)

# Likelihood: how often the risk shows itself on the territory in the three-year period.
DEFAULT_LIKELIHOOD_ANCHORS: tuple[Anchor, ...] = (
    Anchor(1, T(kk="Сирек", ru="Редко"), T(
        kk="Кезең ішінде байқалмаған; тек ерекше жағдайларда болуы мүмкін.",
        ru="За период не отмечалось; возможно лишь в исключительных обстоятельствах.")),
    Anchor(2, T(kk="Екіталай", ru="Маловероятно"), T(
        kk="Кезең ішінде жекелеген жағдайлар немесе белгілер болған; болуы мүмкін, "
           "бірақ күтілмейді.",
        ru="За период отмечались единичные случаи или сигналы; может произойти, "
           "но не ожидается.")),
    Anchor(3, T(kk="Мүмкін", ru="Возможно"), T(
        kk="Кезең ішінде субъектілердің бір бөлігінде бірнеше рет байқалған; кез келген "
           "жылы болуы мүмкін.",
        ru="За период отмечалось несколько раз у части субъектов; может произойти "
           "в любой год.")),
    Anchor(4, T(kk="Ықтимал", ru="Вероятно"), T(
        kk="Көптеген субъектілерде жыл сайын байқалады; болмауынан гөрі болуы ықтималырақ.",
        ru="Отмечается ежегодно у многих субъектов; скорее произойдёт, чем нет.")),
    Anchor(5, T(kk="Дерлік сөзсіз", ru="Почти наверняка"), T(
        kk="Субъектілердің басым бөлігі тұрақты байқайды; кезеңнің әр жылында күтіледі.",
        ru="Постоянно отмечается большинством субъектов; ожидается в каждый год периода.")),
)

# Impact: what happens to (potential) victims, risk groups and the response if it does.
DEFAULT_IMPACT_ANCHORS: tuple[Anchor, ...] = (
    Anchor(1, T(kk="Елеусіз", ru="Незначительное"), T(
        kk="Құрбандарды анықтауға және олардың құқықтарын қорғауға әсер етпейді; "
           "ағымдағы жұмыс барысында жойылады.",
        ru="Не влияет на выявление жертв и защиту их прав; устраняется в ходе "
           "текущей работы.")),
    Anchor(2, T(kk="Шамалы", ru="Малое"), T(
        kk="Анықтауда немесе көмек көрсетуде жекелеген кідірістер; жекелеген ықтимал "
           "құрбандар; бір субъектінің күшімен жойылады.",
        ru="Отдельные задержки в выявлении или помощи; единичные потенциальные жертвы; "
           "устраняется силами одного субъекта.")),
    Anchor(3, T(kk="Орташа", ru="Умеренное"), T(
        kk="Құрбандардың бір бөлігі анықталмай немесе көмексіз қалады; бір өңірдегі "
           "тәуекел тобы қамтылады; бірнеше субъектінің шаралары қажет.",
        ru="Часть жертв остаётся невыявленной или без помощи; затронута группа риска "
           "в одном регионе; нужны меры нескольких субъектов.")),
    Anchor(4, T(kk="Елеулі", ru="Значительное"), T(
        kk="Көптеген адамдардың, оның ішінде кәмелетке толмағандардың өміріне, денсаулығына "
           "немесе құқықтарына жүйелі зиян; бірнеше өңір немесе шекара қамтылады; "
           "ведомствоаралық шаралар қажет.",
        ru="Систематический вред жизни, здоровью или правам многих людей, в том числе "
           "несовершеннолетних; затронуты несколько регионов или граница; нужны "
           "межведомственные меры.")),
    Anchor(5, T(kk="Ауыр", ru="Тяжёлое"), T(
        kk="Өмірге қауіп, ауыр зиян немесе жаппай қанау; ұйымдасқан, оның ішінде "
           "трансұлттық схемалар; салдары ұзақ және ұлттық деңгейдегі шешімдерді талап етеді.",
        ru="Угроза жизни, тяжкий вред или массовая эксплуатация; организованные, в том числе "
           "транснациональные схемы; последствия долгосрочны и требуют решений "
           "на национальном уровне.")),
)


class MethodProblemCode(StrEnum):
    """Why a changed method cannot be used; each code has a kk and a ru message."""

    BAD_FORMAT = "bad_format"
    BAD_WEIGHT = "bad_weight"
    BAD_BANDS = "bad_bands"
    BAD_LEVEL_IDS = "bad_level_ids"
    BAD_LEVEL_RANGE = "bad_level_range"
    LEVELS_GAP = "levels_gap"
    LEVELS_OVERLAP = "levels_overlap"
    LEVELS_NOT_COVERING = "levels_not_covering"
    BAD_MIN_RESPONDENTS = "bad_min_respondents"
    BAD_IQR_FLAG = "bad_iqr_flag"
    BAD_JUSTIFY_GAP = "bad_justify_gap"
    BAD_ANCHORS = "bad_anchors"
    EMPTY_TEXT = "empty_text"


MESSAGES: Mapping[MethodProblemCode, LocalizedText] = {
    MethodProblemCode.BAD_FORMAT: T(
        kk="Әдіс файлы танылмады: {detail}",
        ru="Файл методики не распознан: {detail}"),
    MethodProblemCode.BAD_WEIGHT: T(
        kk="Сарапшылар бағасының салмағы 0-ден 1-ге дейінгі сан болуы керек, берілгені: {value}",
        ru="Вес экспертной оценки должен быть числом от 0 до 1, указано: {value}"),
    MethodProblemCode.BAD_BANDS: T(
        kk="Үлес шекаралары 0-ден 100-ге дейін өсетін 4 сан болуы керек, берілгені: {value}",
        ru="Границы доли должны быть 4 возрастающими числами от 0 до 100, указано: {value}"),
    MethodProblemCode.BAD_LEVEL_IDS: T(
        kk="Деңгейлер кестесінде бес деңгей төменнен жоғарыға қарай болуы керек: {value}",
        ru="В таблице уровней должны быть пять уровней по возрастанию: {value}"),
    MethodProblemCode.BAD_LEVEL_RANGE: T(
        kk="«{level}» деңгейінің шекаралары дұрыс емес: {low}–{high}",
        ru="Неверные границы уровня «{level}»: {low}–{high}"),
    MethodProblemCode.LEVELS_GAP: T(
        kk="{low}–{high} балдары ешбір деңгейге кірмейді",
        ru="Баллы {low}–{high} не входят ни в один уровень"),
    MethodProblemCode.LEVELS_OVERLAP: T(
        kk="{low}–{high} балдары екі деңгейге кіреді",
        ru="Баллы {low}–{high} входят в два уровня"),
    MethodProblemCode.LEVELS_NOT_COVERING: T(
        kk="Деңгейлер 1-ден 25-ке дейінгі барлық балдарды қамтуы керек ({low}–{high} берілген)",
        ru="Уровни должны охватывать все баллы от 1 до 25 (указано {low}–{high})"),
    MethodProblemCode.BAD_MIN_RESPONDENTS: T(
        kk="Респонденттердің ең аз саны 1-ден кем емес бүтін сан болуы керек: {value}",
        ru="Минимальное число респондентов должно быть целым числом не меньше 1: {value}"),
    MethodProblemCode.BAD_IQR_FLAG: T(
        kk="Бағалардың шашырау шегі 0-ден 4-ке дейінгі сан болуы керек: {value}",
        ru="Порог разброса оценок должен быть числом от 0 до 4: {value}"),
    MethodProblemCode.BAD_JUSTIFY_GAP: T(
        kk="Негіздеме талап етілетін айырма 1-ден 4-ке дейінгі бүтін сан болуы керек: {value}",
        ru="Расхождение, требующее обоснования, должно быть целым числом от 1 до 4: {value}"),
    MethodProblemCode.BAD_ANCHORS: T(
        kk="«{scale}» шкаласының сипаттамалары 1-ден 5-ке дейінгі әр балға бір-бірден болуы "
           "керек",
        ru="Описания шкалы «{scale}» должны быть ровно по одному на каждый балл от 1 до 5"),
    MethodProblemCode.EMPTY_TEXT: T(
        kk="{where}: қазақ және орыс тіліндегі мәтін толтырылуы керек",
        ru="{where}: текст на казахском и русском языках должен быть заполнен"),
}


@dataclass(frozen=True, slots=True)
class MethodProblem:
    code: MethodProblemCode
    params: tuple[tuple[str, Any], ...] = ()

    def message(self, lang: str) -> str:
        return MESSAGES[self.code].get(lang).format(**dict(self.params))


class MethodError(ValueError):
    """A method that fails its checks; ``problems`` says why."""

    def __init__(self, problems: Sequence[MethodProblem]) -> None:
        super().__init__("; ".join(p.message("ru") for p in problems))
        self.problems = tuple(problems)


def _problem(code: MethodProblemCode, **params: Any) -> MethodProblem:
    return MethodProblem(code, tuple(params.items()))


def _is_real(value: object) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def exact(value: int | float | Fraction) -> Fraction:
    """A configured number as an exact fraction: 0.3 means 3/10, not the nearest binary float."""
    if isinstance(value, Fraction):
        return value
    return Fraction(value) if isinstance(value, int) else Fraction(repr(value))


@dataclass(frozen=True)
class Method:
    """How risks are scored and levelled; every number here is printed with the assessment.

    - ``expert_weight``: weight w of the experts' median likelihood E against the likelihood
      D read from the share of respondents; combined = round-half-up(w*E + (1-w)*D).
    - ``share_bands``: percentages b1 < b2 < b3 < b4; a share p gives data likelihood 1 if
      p < b1, 2 if b1 <= p < b2, ..., 5 if p >= b4 (defaults: <10, 10-25, 25-50, 50-75, >=75).
    - ``levels``: the published table score range -> level, covering 1..25 exactly.
    - ``min_respondents``: fewer competent respondents who answered -> "too little evidence".
    - ``iqr_flag``: an interquartile range of the experts' scores above this is a wide spread,
      flagged for another round.
    - ``justify_gap``: where E and D differ by this much or more, a written justification is
      required.
    """

    expert_weight: float = 0.5
    share_bands: tuple[float, ...] = (10, 25, 50, 75)
    levels: tuple[Level, ...] = DEFAULT_LEVELS
    min_respondents: int = 3
    iqr_flag: float = 1.0
    justify_gap: int = 2
    likelihood_anchors: tuple[Anchor, ...] = DEFAULT_LIKELIHOOD_ANCHORS
    impact_anchors: tuple[Anchor, ...] = DEFAULT_IMPACT_ANCHORS

    # --- using the method --------------------------------------------------------------------
    def data_likelihood(self, share: Fraction) -> int:
        """The likelihood 1..5 a share (0..1, exact) of respondents reporting a risk gives."""
        percent = share * 100
        return 1 + sum(1 for band in self.share_bands if percent >= exact(band))

    def level_of(self, score: int) -> Level:
        for level in self.levels:
            if level.low <= score <= level.high:
                return level
        raise ValueError(f"score {score} is outside the level table")

    def level(self, level_id: str) -> Level:
        for level in self.levels:
            if level.id == level_id:
                return level
        raise KeyError(level_id)

    @property
    def weight(self) -> Fraction:
        """``expert_weight`` as an exact fraction (what the computation uses)."""
        return exact(self.expert_weight)

    # --- checking a changed method -----------------------------------------------------------
    def problems(self) -> list[MethodProblem]:
        """Everything wrong with this method; an empty list means it can be used."""
        out: list[MethodProblem] = []
        w = self.expert_weight
        if not _is_real(w) or not 0 <= w <= 1:
            out.append(_problem(MethodProblemCode.BAD_WEIGHT, value=repr(w)))
        bands = self.share_bands
        if (len(bands) != 4 or not all(_is_real(b) for b in bands)
                or not all(0 < b <= 100 for b in bands)
                or any(a >= b for a, b in zip(bands, bands[1:], strict=False))):
            out.append(_problem(MethodProblemCode.BAD_BANDS,
                                value=", ".join(repr(b) for b in bands)))
        out.extend(_level_problems(self.levels))
        m = self.min_respondents
        if not isinstance(m, int) or isinstance(m, bool) or m < 1:
            out.append(_problem(MethodProblemCode.BAD_MIN_RESPONDENTS, value=repr(m)))
        if not _is_real(self.iqr_flag) or not 0 <= self.iqr_flag <= 4:
            out.append(_problem(MethodProblemCode.BAD_IQR_FLAG, value=repr(self.iqr_flag)))
        g = self.justify_gap
        if not isinstance(g, int) or isinstance(g, bool) or not 1 <= g <= 4:
            out.append(_problem(MethodProblemCode.BAD_JUSTIFY_GAP, value=repr(g)))
        for scale, anchors in (("likelihood", self.likelihood_anchors),
                               ("impact", self.impact_anchors)):
            if sorted(a.value for a in anchors) != list(SCALE):
                out.append(_problem(MethodProblemCode.BAD_ANCHORS, scale=scale))
            for a in anchors:
                if not _filled(a.label) or not _filled(a.text):
                    out.append(_problem(MethodProblemCode.EMPTY_TEXT,
                                        where=f"{scale} {a.value}"))
        for level in self.levels:
            if not _filled(level.label):
                out.append(_problem(MethodProblemCode.EMPTY_TEXT, where=str(level.id)))
        return out

    def checked(self) -> Method:
        """This method if it has no problems; raises MethodError otherwise."""
        problems = self.problems()
        if problems:
            raise MethodError(problems)
        return self

    # --- JSON ---------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": METHOD_FORMAT,
            "version": METHOD_VERSION,
            "expert_weight": self.expert_weight,
            "share_bands": list(self.share_bands),
            "levels": [level.to_json() for level in self.levels],
            "min_respondents": self.min_respondents,
            "iqr_flag": self.iqr_flag,
            "justify_gap": self.justify_gap,
            "likelihood_anchors": [a.to_json() for a in self.likelihood_anchors],
            "impact_anchors": [a.to_json() for a in self.impact_anchors],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Method:
        """A method from ``to_json``'s shape; missing keys take the defaults.

        Raises MethodError (BAD_FORMAT for a wrong shape, otherwise the method's problems).
        """
        try:
            if data.get("format", METHOD_FORMAT) != METHOD_FORMAT:
                raise ValueError(f"format {data.get('format')!r}")
            if data.get("version", METHOD_VERSION) != METHOD_VERSION:
                raise ValueError(f"version {data.get('version')!r}")
            defaults = cls()
            kwargs: dict[str, Any] = {}
            for key in ("expert_weight", "min_respondents", "iqr_flag", "justify_gap"):
                if key in data:
                    kwargs[key] = data[key]
            if "share_bands" in data:
                kwargs["share_bands"] = tuple(data["share_bands"])
            if "levels" in data:
                kwargs["levels"] = tuple(
                    Level(LevelId(lv["id"]), lv["min"], lv["max"], _text(lv["label"]))
                    for lv in data["levels"])
            for key in ("likelihood_anchors", "impact_anchors"):
                if key in data:
                    kwargs[key] = tuple(Anchor(a["value"], _text(a["label"]), _text(a["text"]))
                                        for a in data[key])
            unknown = set(data) - {"format", "version", *defaults.to_json()}
            if unknown:
                raise ValueError(f"unknown keys {sorted(unknown)}")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise MethodError([_problem(MethodProblemCode.BAD_FORMAT, detail=str(exc))]) from exc
        return cls(**kwargs).checked()


def _text(data: Mapping[str, Any]) -> LocalizedText:
    kk, ru = data["kk"], data["ru"]
    if not isinstance(kk, str) or not isinstance(ru, str):
        raise TypeError("texts must be strings")
    return LocalizedText(kk=kk, ru=ru)


def _filled(text: LocalizedText) -> bool:
    return all(isinstance(text.get(lang), str) and text.get(lang).strip() for lang in LANGUAGES)


def _level_problems(levels: tuple[Level, ...]) -> list[MethodProblem]:
    out: list[MethodProblem] = []
    ids = [lv.id for lv in levels]
    if ids != list(LEVEL_ORDER):
        out.append(_problem(MethodProblemCode.BAD_LEVEL_IDS, value=", ".join(map(str, ids))))
    ranges = []
    for lv in levels:
        ok = (isinstance(lv.low, int) and isinstance(lv.high, int)
              and not isinstance(lv.low, bool) and not isinstance(lv.high, bool)
              and 1 <= lv.low <= lv.high <= MAX_SCORE)
        if ok:
            ranges.append((lv.low, lv.high))
        else:
            out.append(_problem(MethodProblemCode.BAD_LEVEL_RANGE, level=str(lv.id),
                                low=repr(lv.low), high=repr(lv.high)))
    if out:
        return out
    # In the table's order each range must start right after the previous one ends.
    if ranges[0][0] != 1 or ranges[-1][1] != MAX_SCORE:
        out.append(_problem(MethodProblemCode.LEVELS_NOT_COVERING,
                            low=ranges[0][0], high=ranges[-1][1]))
    for (_, prev_high), (low, _) in zip(ranges, ranges[1:], strict=False):
        if low > prev_high + 1:
            out.append(_problem(MethodProblemCode.LEVELS_GAP, low=prev_high + 1, high=low - 1))
        elif low <= prev_high:
            out.append(_problem(MethodProblemCode.LEVELS_OVERLAP, low=low, high=prev_high))
    return out


DEFAULT_METHOD = Method()
