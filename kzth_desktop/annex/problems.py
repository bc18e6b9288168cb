"""Problems with an answer or a submission: codes, bilingual messages, and where they are."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from kzth_desktop.annex import numbers
from kzth_desktop.annex.model import LANGUAGES, Annex, FieldType, LocalizedText

SHORT_TEXT = 60  # a field's annex text is shortened to this many characters in messages

ParamValue = str | int | float | None | tuple[Any, ...]


class ProblemCode(StrEnum):
    """Why an answer or a submission is not acceptable; each code has a kk and a ru message."""

    # completeness (rule 9)
    UNANSWERED = "unanswered"
    NO_DATA_REASON_REQUIRED = "no_data_reason_required"
    # the shape of a value
    WRONG_TYPE = "wrong_type"
    UNKNOWN_KEY = "unknown_key"
    NOT_YES_NO = "not_yes_no"
    DETAILS_REQUIRED = "details_required"
    NEGATIVE = "negative"
    NOT_INTEGER = "not_integer"
    TOO_MANY_DECIMALS = "too_many_decimals"
    BAD_DATE = "bad_date"
    PERIOD_REVERSED = "period_reversed"
    EMPTY_ITEM = "empty_item"
    BAD_ITEM = "bad_item"
    BAD_ROW = "bad_row"
    UNKNOWN_DIMENSION = "unknown_dimension"
    MISSING_DIMENSION = "missing_dimension"
    UNKNOWN_CATEGORY = "unknown_category"
    BAD_ROW_COUNT = "bad_row_count"
    # the bounds of a value type (values.BOUNDS)
    NOT_FINITE = "not_finite"
    TOO_LARGE = "too_large"
    TEXT_TOO_LONG = "text_too_long"
    REASON_TOO_LONG = "reason_too_long"
    TOO_MANY_ITEMS = "too_many_items"
    ITEM_TOO_LONG = "item_too_long"
    TOO_MANY_ROWS = "too_many_rows"
    ROW_COUNT_TOO_LARGE = "row_count_too_large"
    TOO_MANY_ANSWERS = "too_many_answers"
    ANSWERS_UNREADABLE = "answers_unreadable"
    # where an answer belongs
    UNKNOWN_FIELD = "unknown_field"
    EARLIER_FIELD = "earlier_field"  # an id of an earlier definition of the annex
    FIELD_NOT_FOR_KINDS = "field_not_for_kinds"
    # consistency rules (resources/annex/rules.json)
    RULE_SUM = "rule_sum"
    RULE_LE = "rule_le"
    RULE_TABLE_TOTAL = "rule_table_total"
    RULE_TABLE_FILTER_TOTAL = "rule_table_filter_total"
    # a note of the coordinator's return for correction, open at the office (issue 17)
    RETURNED_BY_COORDINATOR = "returned_by_coordinator"
    # an answer of an earlier definition that this one asks apart (annex/upgrades.py)
    SPLIT_REQUIRED = "split_required"
    RULE_AT_MOST_ONE_YES = "rule_at_most_one_yes"
    RULE_ZERO_IMPLIES_ZERO = "rule_zero_implies_zero"
    RULE_ZERO_IMPLIES_EMPTY = "rule_zero_implies_empty"
    RULE_IFF_POSITIVE = "rule_iff_positive"
    RULE_PERIOD_IN_YEAR = "rule_period_in_year"


# the codes of broken consistency rules: the values themselves are valid (counted, saved)
RULE_CODES = frozenset({
    ProblemCode.RULE_SUM, ProblemCode.RULE_LE, ProblemCode.RULE_TABLE_TOTAL,
    ProblemCode.RULE_TABLE_FILTER_TOTAL, ProblemCode.RULE_AT_MOST_ONE_YES,
    ProblemCode.RULE_ZERO_IMPLIES_ZERO, ProblemCode.RULE_ZERO_IMPLIES_EMPTY,
    ProblemCode.RULE_IFF_POSITIVE, ProblemCode.RULE_PERIOD_IN_YEAR,
})


# Message bodies; the place (block, question, field) is put in front of them by Problem.message.
# Placeholders are filled from Problem.params after _display() turns ids into annex text.
MESSAGES: Mapping[ProblemCode, LocalizedText] = {
    ProblemCode.UNANSWERED: LocalizedText(
        kk="жауап берілмеген; деректер болмаса, «деректер жоқ» деп белгілеп, себебін көрсетіңіз",
        ru="нет ответа; если данных нет, отметьте «нет данных» и укажите причину",
    ),
    ProblemCode.NO_DATA_REASON_REQUIRED: LocalizedText(
        kk="«деректер жоқ» деп белгіленген, бірақ себебі көрсетілмеген",
        ru="отмечено «нет данных», но не указана причина",
    ),
    ProblemCode.WRONG_TYPE: LocalizedText(
        kk="мәннің түрі қате, қажеті: {expected}",
        ru="значение неверного вида, нужно: {expected}",
    ),
    ProblemCode.UNKNOWN_KEY: LocalizedText(
        kk="артық «{key}» элементі",
        ru="лишний элемент «{key}»",
    ),
    ProblemCode.NOT_YES_NO: LocalizedText(
        kk="жауап «иә» немесе «жоқ» болуы керек",
        ru="ответ должен быть «да» или «нет»",
    ),
    ProblemCode.DETAILS_REQUIRED: LocalizedText(
        kk="«иә» деп жауап берілгенде сипаттама қажет",
        ru="при ответе «да» нужно описание",
    ),
    ProblemCode.NEGATIVE: LocalizedText(
        kk="мән теріс болмауы керек: {value}",
        ru="значение не может быть отрицательным: {value}",
    ),
    ProblemCode.NOT_INTEGER: LocalizedText(
        kk="бүтін сан қажет, ал {value} көрсетілген",
        ru="нужно целое число, а указано {value}",
    ),
    ProblemCode.TOO_MANY_DECIMALS: LocalizedText(
        kk="сомада үтірден кейін екі таңбадан артық болмауы керек: {value}",
        ru="в сумме допускается не больше двух знаков после запятой: {value}",
    ),
    ProblemCode.BAD_DATE: LocalizedText(
        kk="кезеңнің {end} күні қате: «{value}», ЖЖЖЖ-АА-КК пішімі қажет",
        ru="неверная дата {end} периода: «{value}», нужен формат ГГГГ-ММ-ДД",
    ),
    ProblemCode.PERIOD_REVERSED: LocalizedText(
        kk="кезеңнің басталу күні ({start}) аяқталу күнінен ({stop}) кейін тұр",
        ru="начало периода ({start}) позже его окончания ({stop})",
    ),
    ProblemCode.EMPTY_ITEM: LocalizedText(
        kk="тізімнің {item}-тармағы бос",
        ru="пункт {item} списка пуст",
    ),
    ProblemCode.BAD_ITEM: LocalizedText(
        kk="тізімнің {item}-тармағы мәтін болуы керек",
        ru="пункт {item} списка должен быть текстом",
    ),
    ProblemCode.BAD_ROW: LocalizedText(
        kk="кестенің {row}-жолы қате толтырылған",
        ru="строка {row} таблицы заполнена неверно",
    ),
    ProblemCode.UNKNOWN_DIMENSION: LocalizedText(
        kk="{row}-жол: кестеде «{dimension}» деген баған жоқ",
        ru="строка {row}: в таблице нет графы «{dimension}»",
    ),
    ProblemCode.MISSING_DIMENSION: LocalizedText(
        kk="{row}-жол: «{dimension}» бағаны толтырылмаған (белгісіз болса, «{unknown}» таңдаңыз)",
        ru="строка {row}: не заполнена графа «{dimension}» (если неизвестно, выберите «{unknown}»)",
    ),
    ProblemCode.UNKNOWN_CATEGORY: LocalizedText(
        kk="{row}-жол: «{dimension}» бағанында «{category}» деген мән жоқ",
        ru="строка {row}: в графе «{dimension}» нет значения «{category}»",
    ),
    ProblemCode.BAD_ROW_COUNT: LocalizedText(
        kk="{row}-жол: адам саны 1-ден кем емес бүтін сан болуы керек ({value} көрсетілген)",
        ru="строка {row}: число лиц должно быть целым, не меньше 1 (указано {value})",
    ),
    ProblemCode.NOT_FINITE: LocalizedText(
        kk="мән ақырлы сан болуы керек, ал {value} көрсетілген",
        ru="значение должно быть конечным числом, а указано {value}",
    ),
    ProblemCode.TOO_LARGE: LocalizedText(
        kk="мәні {value} рұқсат етілген ең үлкен мәннен ({limit}) асып кетті",
        ru="значение {value} больше допустимого максимума ({limit})",
    ),
    ProblemCode.TEXT_TOO_LONG: LocalizedText(
        kk="мәтін тым ұзын: {length} таңба, ең көбі {limit} таңба рұқсат етіледі",
        ru="текст слишком длинный: {length} знаков, допускается не более {limit}",
    ),
    ProblemCode.REASON_TOO_LONG: LocalizedText(
        kk="«деректер жоқ» себебі тым ұзын: {length} таңба, ең көбі {limit} таңба рұқсат етіледі",
        ru="причина «нет данных» слишком длинная: {length} знаков, допускается не более {limit}",
    ),
    ProblemCode.TOO_MANY_ITEMS: LocalizedText(
        kk="тізімде {count} тармақ бар, ең көбі {limit} тармақ рұқсат етіледі",
        ru="в списке {count} пунктов, допускается не более {limit}",
    ),
    ProblemCode.ITEM_TOO_LONG: LocalizedText(
        kk="тізімнің {item}-тармағы тым ұзын: {length} таңба, ең көбі {limit} таңба "
        "рұқсат етіледі",
        ru="пункт {item} списка слишком длинный: {length} знаков, допускается не более {limit}",
    ),
    ProblemCode.TOO_MANY_ROWS: LocalizedText(
        kk="кестеде {count} жол бар, ең көбі {limit} жол рұқсат етіледі",
        ru="в таблице {count} строк, допускается не более {limit}",
    ),
    ProblemCode.ROW_COUNT_TOO_LARGE: LocalizedText(
        kk="{row}-жол: адам саны {value} рұқсат етілген ең үлкен мәннен ({limit}) асып кетті",
        ru="строка {row}: число лиц {value} больше допустимого максимума ({limit})",
    ),
    ProblemCode.TOO_MANY_ANSWERS: LocalizedText(
        kk="жауаптарда {count} өріс бар, ал сауалнамада барлығы {limit} өріс",
        ru="в ответах {count} полей, а в опроснике всего {limit}",
    ),
    ProblemCode.ANSWERS_UNREADABLE: LocalizedText(
        kk="жауаптарды оқу мүмкін емес ({detail})",
        ru="ответы не читаются ({detail})",
    ),
    ProblemCode.UNKNOWN_FIELD: LocalizedText(
        kk="сауалнамада мұндай өріс жоқ",
        ru="такого поля нет в опроснике",
    ),
    ProblemCode.EARLIER_FIELD: LocalizedText(
        kk="бұл өріс сауалнаманың бұрынғы редакциясында (r{revision}) болған; енді оның "
        "орнына {block}-блоктың {question}-сұрағында мына өрістер сұралады: {into}; жауапты "
        "солардың әрқайсысына бөлек жазыңыз",
        ru="это поле прежней редакции опросника (r{revision}); теперь вместо него в блоке "
        "{block}, вопросе {question} спрашиваются поля: {into}; запишите ответ в каждое из "
        "них отдельно",
    ),
    ProblemCode.FIELD_NOT_FOR_KINDS: LocalizedText(
        kk="бұл блок сіздің ұйым түріңізге қатысты емес",
        ru="этот блок не относится к виду вашей организации",
    ),
    ProblemCode.RULE_SUM: LocalizedText(
        kk="мәні ({total_value}) мына қосындыға тең болуы керек: {parts} = {parts_sum}",
        ru="значение ({total_value}) должно равняться сумме: {parts} = {parts_sum}",
    ),
    ProblemCode.RULE_LE: LocalizedText(
        kk="мәні ({left_value}) «{right}» ({right_value}) мәнінен артық болмауы керек",
        ru="значение ({left_value}) не может быть больше, чем «{right}» ({right_value})",
    ),
    ProblemCode.RULE_TABLE_TOTAL: LocalizedText(
        kk="кестедегі адамдар саны ({table_total}) «{total}» ({total_value}) мәніне тең емес",
        ru="число лиц в таблице ({table_total}) не равно «{total}» ({total_value})",
    ),
    ProblemCode.RULE_TABLE_FILTER_TOTAL: LocalizedText(
        kk="кестеде «{dimension}» бағанында «{category}» көрсетілген адамдар саны "
        "({table_total}) «{total}» ({total_value}) мәніне тең емес",
        ru="число лиц в таблице, у которых в графе «{dimension}» указано «{category}» "
        "({table_total}), не равно «{total}» ({total_value})",
    ),
    ProblemCode.RETURNED_BY_COORDINATOR: LocalizedText(
        kk="үйлестіруші бұл жауапты түзетуге қайтарды: «{note}»; жауапты өзгертіңіз немесе "
        "түсініктеме жазыңыз",
        ru="координатор вернул этот ответ на доработку: «{note}»; измените ответ или "
        "ответьте комментарием",
    ),
    ProblemCode.SPLIT_REQUIRED: LocalizedText(
        kk="сауалнаманың бұрынғы редакциясында (r{revision}) бұл сұраққа бір ғана жауап "
        "берілген: «{earlier}»; оны жаңа жолдарға бөліп көрсетіңіз, ал бөлу мүмкін болмаса, "
        "«деректер жоқ» деп белгілеп, себебін жазыңыз",
        ru="в прежней редакции опросника (r{revision}) на этот вопрос дан один ответ: "
        "«{earlier}»; распределите его по новым строкам, а если это невозможно, отметьте "
        "«нет данных» и укажите причину",
    ),
    ProblemCode.RULE_AT_MOST_ONE_YES: LocalizedText(
        kk="«иә» жауабы мұнда да, {others} өрісінде де берілген; бұл тұжырымдар бірін-бірі "
        "жоққа шығарады, «иә» тек біреуінде болуы мүмкін",
        ru="ответ «да» дан и здесь, и в поле {others}; эти утверждения исключают друг друга, "
        "«да» возможно только в одном из них",
    ),
    ProblemCode.RULE_ZERO_IMPLIES_ZERO: LocalizedText(
        kk="«{when}» өрісінде 0 көрсетілгендіктен, мұндағы мән ({value}) де 0 болуы керек",
        ru="в поле «{when}» указано 0, поэтому и здесь значение ({value}) должно быть 0",
    ),
    ProblemCode.RULE_ZERO_IMPLIES_EMPTY: LocalizedText(
        kk="«{when}» өрісінде 0 көрсетілгендіктен, мұнда ештеңе аталмауы керек: «деректер "
        "жоқ» деп белгілеп, себебін көрсетіңіз",
        ru="в поле «{when}» указано 0, поэтому здесь нечего перечислять: отметьте «нет данных» "
        "и укажите причину",
    ),
    ProblemCode.RULE_IFF_POSITIVE: LocalizedText(
        kk="мұндағы мән ({left_value}) мен «{right}» ({right_value}) екеуі де нөлден үлкен "
        "немесе екеуі де нөлге тең болуы керек",
        ru="значение здесь ({left_value}) и «{right}» ({right_value}) должны быть либо оба "
        "больше нуля, либо оба равны нулю",
    ),
    ProblemCode.RULE_PERIOD_IN_YEAR: LocalizedText(
        kk="кезең ({start} — {stop}) {year} есепті жылының шегінен шығып тұр",
        ru="период ({start} — {stop}) выходит за пределы отчётного {year} года",
    ),
}

# what WRONG_TYPE says is expected, by field type
TYPE_NAMES: Mapping[FieldType, LocalizedText] = {
    FieldType.YES_NO: LocalizedText("«иә» немесе «жоқ» және сипаттама", "«да» или «нет» с описанием"),
    FieldType.TEXT: LocalizedText("мәтін", "текст"),
    FieldType.COUNT: LocalizedText("бүтін сан", "целое число"),
    FieldType.MONEY: LocalizedText("теңгемен сома", "сумма в тенге"),
    FieldType.PERIOD: LocalizedText(
        "кезең (басталу және аяқталу күні)", "период (даты начала и окончания)"
    ),
    FieldType.LIST: LocalizedText("тізім", "список"),
    FieldType.VICTIMS: LocalizedText("құрбандар кестесі", "таблица жертв"),
}

_PERIOD_ENDS: Mapping[str, LocalizedText] = {
    "from": LocalizedText("басталу", "начала"),
    "to": LocalizedText("аяқталу", "окончания"),
}

# the place a message is about: block number, question number, field text
_PLACE = LocalizedText(
    kk="{block}-блок, {question}-сұрақ, «{field}» өрісі: ",
    ru="Блок {block}, вопрос {question}, поле «{field}»: ",
)
_PLACE_UNKNOWN = LocalizedText(kk="«{field}» өрісі: ", ru="Поле «{field}»: ")
_FIELD_PARAMS = frozenset({"total", "left", "right", "table", "when"})
_FIELD_LIST_PARAMS = frozenset({"others", "into"})  # field ids shown as «text», «text»
_GROUPED_PARAMS = frozenset({"limit", "length", "count"})  # sizes, shown as "10 000"


def short_text(text: str, limit: int = SHORT_TEXT) -> str:
    """A field's text on one line, without its trailing colon, cut to ``limit`` with "…"."""
    one_line = " ".join(text.split()).rstrip(" :")
    if len(one_line) <= limit:
        return one_line
    cut = one_line[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:—-") + "…"


def _field_name(annex: Annex, field_id: str, lang: str) -> str:
    if annex.has_field(field_id):
        return short_text(annex.field(field_id).text.get(lang))
    return field_id


def group_digits(value: int) -> str:
    """An integer as kk and ru write it, thousands apart: ``100 000 000`` (no-break spaces)."""
    return numbers.integer(value)


def format_number(value: object) -> str:
    """A number as a message shows it, by the kk/ru convention (``1 500 000,5``); money
    without float noise."""
    return numbers.number(value)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a submission, as a code and data; ``message`` words it for a person.

    ``params`` is a tuple of (name, value) pairs so that a Problem stays hashable; values are
    JSON-friendly (str, int, float, None, tuples of those).
    """

    code: ProblemCode
    field_id: str | None
    question_id: str | None
    block_id: str | None
    params: tuple[tuple[str, ParamValue], ...] = ()

    def param(self, name: str, default: ParamValue = None) -> ParamValue:
        for key, value in self.params:
            if key == name:
                return value
        return default

    def params_dict(self) -> dict[str, ParamValue]:
        return dict(self.params)

    def place(self, annex: Annex, lang: str) -> str:
        """Where the problem is, e.g. "Блок 3, вопрос 1, поле «…»: "."""
        if self.field_id is None:
            return ""
        if self.block_id and self.question_id and annex.has_field(self.field_id):
            return _PLACE.get(lang).format(
                block=annex.block(self.block_id).number,
                question=annex.question(self.question_id).number,
                field=_field_name(annex, self.field_id, lang),
            )
        return _PLACE_UNKNOWN.get(lang).format(field=self.field_id)

    def message(self, annex: Annex, lang: str) -> str:
        """The problem in Kazakh (``"kk"``) or Russian (``"ru"``), naming block, question, field."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        body = MESSAGES[self.code].get(lang).format_map(self._display(annex, lang))
        return self.place(annex, lang) + body

    def to_json(self, annex: Annex, lang: str) -> dict[str, Any]:
        return {
            "code": self.code.value,
            "field": self.field_id,
            "question": self.question_id,
            "block": self.block_id,
            "params": {k: _jsonable(v) for k, v in self.params},
            "message": self.message(annex, lang),
        }

    def _display(self, annex: Annex, lang: str) -> dict[str, str]:
        """The params as the message shows them: field ids → annex text, codes → words."""
        fld = (
            annex.field(self.field_id)
            if self.field_id is not None and annex.has_field(self.field_id)
            else None
        )
        shown: dict[str, str] = {}
        for key, value in self.params:
            if key in _FIELD_PARAMS and isinstance(value, str):
                shown[key] = _field_name(annex, value, lang)
            elif key in _FIELD_LIST_PARAMS and isinstance(value, tuple):
                shown[key] = ", ".join(f"«{_field_name(annex, str(v), lang)}»" for v in value)
            elif key == "expected" and isinstance(value, str):
                shown[key] = TYPE_NAMES[FieldType(value)].get(lang)
            elif key == "end" and isinstance(value, str):
                shown[key] = _PERIOD_ENDS[value].get(lang)
            elif key in _GROUPED_PARAMS and isinstance(value, int) \
                    and not isinstance(value, bool):
                shown[key] = group_digits(value)
            else:
                shown[key] = format_number(value) if value is not None else "—"
        if self.code is ProblemCode.RULE_SUM:
            parts = self.param("parts", ())
            values = self.param("parts_values", ())
            parts = parts if isinstance(parts, tuple) else ()
            values = values if isinstance(values, tuple) else ()
            shown["parts"] = " + ".join(
                f"«{_field_name(annex, str(p), lang)}» ({format_number(v)})"
                for p, v in zip(parts, values, strict=False)
            )
        dim_id = self.param("dimension")
        dim = fld.dimension(dim_id) if fld is not None and isinstance(dim_id, str) else None
        if dim is not None:
            shown["dimension"] = short_text(dim.label.get(lang))
            unknown = dim.categories.get("unknown")
            shown["unknown"] = unknown.label.get(lang) if unknown else "unknown"
            category = self.param("category")
            cat = dim.categories.get(category) if isinstance(category, str) else None
            if cat is not None:
                shown["category"] = cat.label.get(lang)
        shown.setdefault("unknown", "—")
        return shown


def _jsonable(value: ParamValue) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


def make_problem(
    code: ProblemCode, field_id: str | None, annex: Annex | None = None, **params: ParamValue
) -> Problem:
    """A Problem about ``field_id``; its question and block come from the annex or the id."""
    question_id = block_id = None
    if field_id is not None:
        if annex is not None and annex.has_field(field_id):
            fld = annex.field(field_id)
            question_id, block_id = fld.question_id, fld.block_id
        elif annex is None:
            pieces = field_id.split(".")
            if len(pieces) >= 3:
                block_id, question_id = pieces[0], ".".join(pieces[:2])
    return Problem(code, field_id, question_id, block_id, tuple(params.items()))
