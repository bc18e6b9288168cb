"""Problems with bilingual messages, consistency rules as data, and whole-submission validation."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar

from kzth_desktop.annex.model import LANGUAGES, NUMERIC_TYPES, Annex, FieldType, LocalizedText

# values.py builds Problems, so it imports this module; this module imports values.py
# inside the functions that need it (a module-level import both ways would be circular).

DEFAULT_RULES = "annex/rules.json"
RULES_FORMAT = 1
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
    # where an answer belongs
    UNKNOWN_FIELD = "unknown_field"
    FIELD_NOT_FOR_KINDS = "field_not_for_kinds"
    # consistency rules (resources/annex/rules.json)
    RULE_SUM = "rule_sum"
    RULE_LE = "rule_le"
    RULE_TABLE_TOTAL = "rule_table_total"
    RULE_TABLE_FILTER_TOTAL = "rule_table_filter_total"


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
    ProblemCode.UNKNOWN_FIELD: LocalizedText(
        kk="сауалнамада мұндай өріс жоқ",
        ru="такого поля нет в опроснике",
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
_FIELD_PARAMS = frozenset({"total", "left", "right", "table"})


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


def format_number(value: object) -> str:
    """A number as a message shows it: integers plainly, money without float noise."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    return str(value)


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
            elif key == "expected" and isinstance(value, str):
                shown[key] = TYPE_NAMES[FieldType(value)].get(lang)
            elif key == "end" and isinstance(value, str):
                shown[key] = _PERIOD_ENDS[value].get(lang)
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


# --- consistency rules -------------------------------------------------------------------------


class RulesDefinitionError(ValueError):
    """The rules file is broken or names fields the annex lacks; ``problems`` lists them all."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("consistency rules are invalid:\n  " + "\n  ".join(problems))


Number = int | float
NumberOf = Callable[[str], Number | None]  # a field's value as a number, or None to skip
TableOf = Callable[[str], Mapping[str, Any] | None]  # a valid victims value, or None to skip


def _sum(values: Iterable[Number]) -> Number:
    """Exact sum: integers stay integers, money is added as decimals (no float noise)."""
    values = list(values)
    if all(isinstance(v, int) for v in values):
        return sum(values)
    return float(sum((Decimal(repr(v)) if isinstance(v, float) else Decimal(v)) for v in values))


def _equal(a: Number, b: Number) -> bool:
    return Decimal(repr(a) if isinstance(a, float) else a) == Decimal(
        repr(b) if isinstance(b, float) else b
    )


@dataclass(frozen=True, slots=True)
class SumRule:
    """``total`` equals the sum of ``parts``."""

    kind: ClassVar[str] = "sum"
    id: str
    total: str
    parts: tuple[str, ...]

    def field_ids(self) -> tuple[str, ...]:
        return (self.total, *self.parts)

    def check(self, annex: Annex, number: NumberOf, table: TableOf) -> Problem | None:
        total = number(self.total)
        values = [number(p) for p in self.parts]
        if total is None or any(v is None for v in values):
            return None
        got = _sum(v for v in values if v is not None)
        if _equal(total, got):
            return None
        return make_problem(
            ProblemCode.RULE_SUM, self.total, annex, rule=self.id, total=self.total,
            total_value=total, parts=self.parts, parts_values=tuple(values), parts_sum=got,
        )


@dataclass(frozen=True, slots=True)
class LeRule:
    """``left`` is not greater than ``right``."""

    kind: ClassVar[str] = "le"
    id: str
    left: str
    right: str

    def field_ids(self) -> tuple[str, ...]:
        return (self.left, self.right)

    def check(self, annex: Annex, number: NumberOf, table: TableOf) -> Problem | None:
        left, right = number(self.left), number(self.right)
        if left is None or right is None or left <= right:
            return None
        return make_problem(
            ProblemCode.RULE_LE, self.left, annex, rule=self.id, left=self.left,
            left_value=left, right=self.right, right_value=right,
        )


@dataclass(frozen=True, slots=True)
class TableTotalRule:
    """The victims counted in ``table`` add up to ``total``."""

    kind: ClassVar[str] = "table_total"
    id: str
    table: str
    total: str

    def field_ids(self) -> tuple[str, ...]:
        return (self.table, self.total)

    def check(self, annex: Annex, number: NumberOf, table: TableOf) -> Problem | None:
        from kzth_desktop.annex.values import victims_total

        rows, total = table(self.table), number(self.total)
        if rows is None or total is None:
            return None
        got = victims_total(rows)
        if _equal(got, total):
            return None
        return make_problem(
            ProblemCode.RULE_TABLE_TOTAL, self.table, annex, rule=self.id, table=self.table,
            table_total=got, total=self.total, total_value=total,
        )


@dataclass(frozen=True, slots=True)
class TableFilterTotalRule:
    """The victims in ``table`` whose ``dimension`` is ``category`` add up to ``total``."""

    kind: ClassVar[str] = "table_filter_total"
    id: str
    table: str
    dimension: str
    category: str
    total: str

    def field_ids(self) -> tuple[str, ...]:
        return (self.table, self.total)

    def check(self, annex: Annex, number: NumberOf, table: TableOf) -> Problem | None:
        from kzth_desktop.annex.values import victims_count_where

        rows, total = table(self.table), number(self.total)
        if rows is None or total is None:
            return None
        got = victims_count_where(rows, self.dimension, self.category)
        if _equal(got, total):
            return None
        return make_problem(
            ProblemCode.RULE_TABLE_FILTER_TOTAL, self.table, annex, rule=self.id,
            table=self.table, dimension=self.dimension, category=self.category,
            table_total=got, total=self.total, total_value=total,
        )


Rule = SumRule | LeRule | TableTotalRule | TableFilterTotalRule


def _read_rule(annex: Annex, raw: Any, where: str, fail: Callable[[str], None]) -> Rule | None:
    """One rule from its JSON object, checked against the annex (fields exist, types fit)."""
    if not isinstance(raw, Mapping):
        fail(f"{where}: a rule must be an object")
        return None
    kind, rid = raw.get("kind"), raw.get("id")
    where = f"{where} ({rid})" if isinstance(rid, str) else where
    if not isinstance(rid, str) or not rid:
        fail(f"{where}: rule id missing")
        return None
    spec = RULE_KINDS.get(kind) if isinstance(kind, str) else None
    if spec is None:
        fail(f"{where}: unknown rule kind {kind!r}")
        return None
    keys, numeric_keys, table_keys = spec
    extra = set(raw) - {"id", "kind", *keys}
    missing = [k for k in keys if k not in raw]
    if extra or missing:
        fail(f"{where}: keys {sorted(missing)} missing, {sorted(extra)} unknown")
        return None
    ok = True

    def need_field(fid: Any, types: frozenset[FieldType], what: str) -> None:
        nonlocal ok
        if not isinstance(fid, str) or not annex.has_field(fid):
            fail(f"{where}: names field {fid!r}, which does not exist in the annex")
            ok = False
        elif annex.field(fid).type not in types:
            fail(f"{where}: field {fid!r} is {annex.field(fid).type.value}, {what} expected")
            ok = False

    for key in numeric_keys:
        ids = raw[key] if key == "parts" else [raw[key]]
        if not isinstance(ids, list) or not ids:
            fail(f"{where}: {key!r} must list field ids")
            ok = False
            continue
        for fid in ids:
            need_field(fid, NUMERIC_TYPES, "a count or money field")
    for key in table_keys:
        need_field(raw[key], frozenset({FieldType.VICTIMS}), "a victims table")
    if not ok:
        return None
    if kind == "sum":
        return SumRule(rid, raw["total"], tuple(raw["parts"]))
    if kind == "le":
        return LeRule(rid, raw["left"], raw["right"])
    if kind == "table_total":
        return TableTotalRule(rid, raw["table"], raw["total"])
    dim = annex.field(raw["table"]).dimension(raw["dimension"])
    if dim is None:
        fail(f"{where}: table {raw['table']!r} has no dimension {raw['dimension']!r}")
        return None
    if raw["category"] not in dim.categories:
        fail(f"{where}: dimension {dim.id!r} has no category {raw['category']!r}")
        return None
    return TableFilterTotalRule(rid, raw["table"], dim.id, raw["category"], raw["total"])


# rule kind -> (its keys, keys naming numeric fields, keys naming victims tables); one row a kind
RULE_KINDS: Mapping[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "sum": (("total", "parts"), ("total", "parts"), ()),
    "le": (("left", "right"), ("left", "right"), ()),
    "table_total": (("table", "total"), ("total",), ("table",)),
    "table_filter_total": (
        ("table", "dimension", "category", "total"), ("total",), ("table",)
    ),
}


def build_rules(annex: Annex, data: Any) -> tuple[Rule, ...]:
    """Checks rules given as plain data against the annex; raises with every problem found."""
    fails: list[str] = []
    if not isinstance(data, Mapping) or data.get("format") != RULES_FORMAT:
        raise RulesDefinitionError([f"format: expected an object with format {RULES_FORMAT}"])
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list):
        raise RulesDefinitionError(["rules: must be a list"])
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_rules):
        rule = _read_rule(annex, raw, f"rules[{i}]", fails.append)
        if rule is None:
            continue
        if rule.id in seen:
            fails.append(f"rules[{i}]: duplicate rule id {rule.id!r}")
        seen.add(rule.id)
        rules.append(rule)
    if fails:
        raise RulesDefinitionError(fails)
    return tuple(rules)


def load_rules(annex: Annex | None = None, path: Path | None = None) -> tuple[Rule, ...]:
    """The consistency rules file (default: the shipped one) checked against the annex."""
    if annex is None:
        from kzth_desktop.annex.loader import load_default_annex

        annex = load_default_annex()
    if path is None:
        from kzth_desktop.paths import resource

        path = resource(DEFAULT_RULES)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RulesDefinitionError([f"{path}: cannot be read: {exc}"]) from exc
    return build_rules(annex, data)


_shipped_rules: dict[int, tuple[Annex, tuple[Rule, ...]]] = {}


def shipped_rules(annex: Annex) -> tuple[Rule, ...]:
    """The shipped rules checked against ``annex`` once (cached per annex object)."""
    held = _shipped_rules.get(id(annex))
    if held is None or held[0] is not annex:
        held = (annex, load_rules(annex))
        _shipped_rules[id(annex)] = held
    return held[1]


# --- whole submissions -------------------------------------------------------------------------


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating one submission against the annex and the rules."""

    problems: tuple[Problem, ...]
    unanswered: tuple[str, ...]  # field ids with nothing entered, in annex order
    completeness_by_block: dict[str, float] = field(default_factory=dict)  # block id -> 0..100
    overall: float = 100.0  # share of all the kinds' fields complete, 0..100

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_for(self, field_id: str) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.field_id == field_id)

    def codes(self) -> tuple[ProblemCode, ...]:
        return tuple(p.code for p in self.problems)

    def to_json(self, annex: Annex, lang: str) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "overall": self.overall,
            "completeness_by_block": dict(self.completeness_by_block),
            "unanswered": list(self.unanswered),
            "problems": [p.to_json(annex, lang) for p in self.problems],
        }


def _where_problems(annex: Annex, answers: Mapping[str, object], allowed: set[str] | None
                    ) -> list[Problem]:
    """UNKNOWN_FIELD / FIELD_NOT_FOR_KINDS for answers that do not belong, sorted by id."""
    out: list[Problem] = []
    for key in sorted(answers, key=str):
        fid = str(key)
        if not isinstance(key, str) or not annex.has_field(fid):
            out.append(make_problem(ProblemCode.UNKNOWN_FIELD, fid, annex))
        elif allowed is not None and fid not in allowed:
            out.append(make_problem(ProblemCode.FIELD_NOT_FOR_KINDS, fid, annex))
    return out


def check_answers(annex: Annex, answers: Mapping[str, object]) -> list[Problem]:
    """Value checks of the answers given, and unknown fields; no completeness, no rules.

    Meant for imports: an answers file may hold only part of a questionnaire.
    """
    from kzth_desktop.annex.values import check_value, is_empty

    problems = _where_problems(annex, answers, None)
    for fld in annex.fields():
        if fld.id in answers and not is_empty(answers[fld.id]):
            problems.extend(check_value(fld, answers[fld.id]))
    return problems


def validate_submission(
    annex: Annex,
    kind_ids: Sequence[str],
    answers: Mapping[str, object],
    rules: Sequence[Rule] | None = None,
) -> ValidationReport:
    """Validates a whole submission of an organisation of ``kind_ids`` (rule 9 and rule 13.1).

    Only the blocks of those kinds count. Every field there must be answered or marked
    "no data" with a reason; each value must fit its field; answers outside those blocks are
    refused; the consistency rules (``rules``, default: the shipped ``rules.json``) are checked
    wherever all their fields hold valid numbers.
    """
    from kzth_desktop.annex.values import check_value, is_empty, is_no_data, numeric_value

    if rules is None:
        rules = shipped_rules(annex)
    blocks = annex.blocks_for_kinds(list(kind_ids))
    allowed = {f.id for b in blocks for f in b.fields()}
    problems = _where_problems(annex, answers, allowed)
    unanswered: list[str] = []
    valid: dict[str, object] = {}  # field id -> valid answer (value or no data)
    by_block: dict[str, float] = {}
    complete_total = fields_total = 0
    for block in blocks:
        complete = count = 0
        for fld in block.fields():
            count += 1
            value = answers.get(fld.id)
            if is_empty(value):
                unanswered.append(fld.id)
                problems.append(make_problem(ProblemCode.UNANSWERED, fld.id, annex))
                continue
            found = check_value(fld, value)
            if found:
                problems.extend(found)
            else:
                valid[fld.id] = value
                complete += 1
        by_block[block.id] = 100.0 * complete / count if count else 100.0
        complete_total += complete
        fields_total += count
    overall = 100.0 * complete_total / fields_total if fields_total else 100.0

    def number(fid: str) -> Number | None:
        value = valid.get(fid)
        if value is None or is_no_data(value):
            return None
        return numeric_value(annex.field(fid), value)

    def table(fid: str) -> Mapping[str, Any] | None:
        value = valid.get(fid)
        if value is None or is_no_data(value) or not isinstance(value, Mapping):
            return None
        return value

    for rule in rules:
        if all(fid in allowed for fid in rule.field_ids()):
            found_rule = rule.check(annex, number, table)
            if found_rule is not None:
                problems.append(found_rule)
    return ValidationReport(tuple(problems), tuple(unanswered), by_block, overall)
