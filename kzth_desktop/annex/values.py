"""Canonical answer values (DESIGN §3): one read-only table of checkers, one row a field type."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from kzth_desktop.annex.model import Field, FieldType
from kzth_desktop.annex.problems import Problem, ProblemCode

NO_DATA = "no_data"
YES, NO = "yes", "no"
UNKNOWN_CATEGORY = "unknown"  # valid in every dimension of a victims table
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


SHOWN_TEXT = 80  # a text quoted in a problem (a wrong key, category or date) is cut to this


def shown_text(text: str, limit: int = SHOWN_TEXT) -> str:
    """A text as a problem quotes it: at most ``limit`` characters, cut with "…"."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown_number(value: int | float) -> int | float | str:
    """A number as a problem quotes it; a huge one in scientific notation (``1.000E+100``)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    return value if abs(value) < 10**15 else f"{Decimal(value):.3E}"


def _problem(fld: Field, code: ProblemCode, **params: Any) -> Problem:
    shown = {k: shown_text(v) if isinstance(v, str) else v for k, v in params.items()}
    return Problem(code, fld.id, fld.question_id or None, fld.block_id or None,
                   tuple(shown.items()))


def _wrong_type(fld: Field) -> list[Problem]:
    return [_problem(fld, ProblemCode.WRONG_TYPE, expected=fld.type.value)]


def _extra_keys(fld: Field, value: Mapping[str, Any], allowed: set[str]) -> list[Problem]:
    return [_problem(fld, ProblemCode.UNKNOWN_KEY, key=str(k))
            for k in value if k not in allowed]


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)  # type: ignore[arg-type]


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


# --- one checker and one normalizer a type ------------------------------------------------------
# A checker gets a value that is neither empty (is_empty) nor "no data"; it returns problems.


def _check_yes_no(fld: Field, value: object) -> list[Problem]:
    if not isinstance(value, Mapping):
        return _wrong_type(fld)
    problems = _extra_keys(fld, value, {"answer", "details"})
    answer, details = value.get("answer"), value.get("details", "")
    if not isinstance(details, str):
        return [*problems, *_wrong_type(fld)]
    if answer not in (YES, NO):
        problems.append(_problem(fld, ProblemCode.NOT_YES_NO))
    elif answer == YES and not details.strip():
        problems.append(_problem(fld, ProblemCode.DETAILS_REQUIRED))
    return problems


def _normalize_yes_no(fld: Field, value: object) -> object:
    if isinstance(value, Mapping) and isinstance(value.get("details", ""), str):
        return {"answer": value.get("answer"), "details": value.get("details", "").strip()}
    return value


def _check_text(fld: Field, value: object) -> list[Problem]:
    return [] if isinstance(value, str) and value.strip() else _wrong_type(fld)


def _normalize_text(fld: Field, value: object) -> object:
    return _strip(value)


def _check_count(fld: Field, value: object) -> list[Problem]:
    if _is_int(value):
        return [] if value >= 0 else [_problem(fld, ProblemCode.NEGATIVE, value=value)]  # type: ignore[operator]
    if _is_number(value):  # a float, even 3.0, is not a count
        return [_problem(fld, ProblemCode.NOT_INTEGER, value=value)]
    return _wrong_type(fld)


def _normalize_same(fld: Field, value: object) -> object:
    return value


def _decimal(value: int | float) -> Decimal:
    return Decimal(value) if isinstance(value, int) else Decimal(repr(value))


def _check_money(fld: Field, value: object) -> list[Problem]:
    if not _is_number(value):
        return _wrong_type(fld)
    assert isinstance(value, int | float)
    if value < 0:
        return [_problem(fld, ProblemCode.NEGATIVE, value=value)]
    try:
        exponent = _decimal(value).normalize().as_tuple().exponent
    except InvalidOperation:  # pragma: no cover - finite numbers always convert
        return _wrong_type(fld)
    if isinstance(exponent, int) and exponent < -2:
        return [_problem(fld, ProblemCode.TOO_MANY_DECIMALS, value=value)]
    return []


def _normalize_money(fld: Field, value: object) -> object:
    if _is_number(value) and not bound_problems(fld, value) and not _check_money(fld, value):
        return float(round(_decimal(value), 2))  # type: ignore[arg-type]
    return value


def _parse_date(text: object) -> date | None:
    if not isinstance(text, str) or not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _check_period(fld: Field, value: object) -> list[Problem]:
    if not isinstance(value, Mapping):
        return _wrong_type(fld)
    problems = _extra_keys(fld, value, {"from", "to"})
    start, stop = _parse_date(value.get("from")), _parse_date(value.get("to"))
    for end, parsed in (("from", start), ("to", stop)):
        if parsed is None:
            raw = value.get(end)
            problems.append(_problem(fld, ProblemCode.BAD_DATE, end=end,
                                     value=raw if isinstance(raw, str) else repr(raw)))
    if start is not None and stop is not None and start > stop:
        problems.append(_problem(fld, ProblemCode.PERIOD_REVERSED,
                                 start=value["from"], stop=value["to"]))
    return problems


def _normalize_period(fld: Field, value: object) -> object:
    if isinstance(value, Mapping) and set(value) <= {"from", "to"}:
        return {"from": _strip(value.get("from")), "to": _strip(value.get("to"))}
    return value


def _check_list(fld: Field, value: object) -> list[Problem]:
    if not isinstance(value, list):
        return _wrong_type(fld)
    problems = []
    for i, item in enumerate(value, start=1):
        if not isinstance(item, str):
            problems.append(_problem(fld, ProblemCode.BAD_ITEM, item=i))
        elif not item.strip():
            problems.append(_problem(fld, ProblemCode.EMPTY_ITEM, item=i))
    return problems


def _normalize_list(fld: Field, value: object) -> object:
    if isinstance(value, list):
        return [_strip(item) for item in value]
    return value


def _check_victims(fld: Field, value: object) -> list[Problem]:
    if not isinstance(value, Mapping) or not isinstance(value.get("rows"), list):
        return _wrong_type(fld)
    problems = _extra_keys(fld, value, {"rows"})
    dims = {d.id: d for d in fld.dimensions}
    for n, row in enumerate(value["rows"], start=1):
        if not isinstance(row, Mapping):
            problems.append(_problem(fld, ProblemCode.BAD_ROW, row=n))
            continue
        for key in row:
            if key != "count" and key not in dims:
                problems.append(_problem(fld, ProblemCode.UNKNOWN_DIMENSION, row=n,
                                         dimension=str(key)))
        for dim_id, dim in dims.items():
            if dim_id not in row:
                problems.append(_problem(fld, ProblemCode.MISSING_DIMENSION, row=n,
                                         dimension=dim_id))
                continue
            category = row[dim_id]
            if category != UNKNOWN_CATEGORY and category not in dim.categories:
                problems.append(_problem(fld, ProblemCode.UNKNOWN_CATEGORY, row=n,
                                         dimension=dim_id, category=str(category)))
        count = row.get("count")
        if not isinstance(count, int) or isinstance(count, bool) or count < 1:
            shown = count if _is_int(count) or isinstance(count, float | str) else repr(count)
            problems.append(_problem(fld, ProblemCode.BAD_ROW_COUNT, row=n, value=shown))
    return problems


def _normalize_victims(fld: Field, value: object) -> object:
    if isinstance(value, Mapping) and isinstance(value.get("rows"), list):
        rows = [
            {k: _strip(v) for k, v in row.items()} if isinstance(row, Mapping) else row
            for row in value["rows"]
        ]
        return {"rows": rows}
    return value


# --- bounds: how big a value of each type may be -------------------------------------------------
# One definition, read by the form, `answers import`, the coordinator's import (exchange/verdict)
# and the coordinator's desk (a held submission out of bounds is skipped and reported).
#
# COUNT_MAX, 10^8: every count of the annex is of people, cases, events, publications or
# organisations of one office in one year; the largest that can be real (citizens who left to
# work abroad, block 5) is bounded by the population of Kazakhstan, about 20 million, so 10^8
# leaves five times that. A victims table row counts people and has the same bound.
# MONEY_MAX, 10^13 tenge (10 trillion): more than a third of the whole republican budget, far
# above any confiscated sum or state social order; with 2 decimals it is 10^15 tiyn, below
# 2^53, so one amount is exact to the tiyn in a double (JSON readers, the workbook).
# TEXT_MAX, 10,000 characters: about four printed pages; the longest demo answer has 426.
# The same bound holds for a yes/no description and a "no data" reason.
# LIST_MAX 500 items (a list of countries has at most 249; of partners, topics, agenda items,
# far fewer), each at most ITEM_MAX 1,000 characters (a name or a topic, not an essay).
# ROWS_MAX 10,000 rows in a victims table: one row per victim would still cover more victims
# than the country identifies in many years; real tables group them in a few dozen rows.
COUNT_MAX = 10**8
MONEY_MAX = 10**13
MONEY_DECIMALS = 2
TEXT_MAX = 10_000
LIST_MAX = 500
ITEM_MAX = 1_000
ROWS_MAX = 10_000
REASON_MAX = TEXT_MAX


@dataclass(frozen=True, slots=True)
class Bounds:
    """The limits of one field type's values (None: no such limit for the type), and the
    check that reads them. The check takes any value and names only what breaks a limit; the
    shape of the value is the type's own check (:data:`VALUE_TYPES`)."""

    check: Callable[[Field, object, Bounds], list[Problem]]
    maximum: int | None = None  # the largest number (of a count, an amount, a row's count)
    decimals: int | None = None  # places after the decimal point
    text: int | None = None  # the longest text, in characters (of an answer or an item)
    items: int | None = None  # the most items of a list or rows of a table


def _too_long(fld: Field, text: object, limit: int | None, code: ProblemCode,
              **params: Any) -> list[Problem]:
    if isinstance(text, str) and limit is not None and len(text) > limit:
        return [_problem(fld, code, length=len(text), limit=limit, **params)]
    return []


def _number_bounds(fld: Field, value: object, b: Bounds) -> list[Problem]:
    if isinstance(value, float) and not math.isfinite(value):
        return [_problem(fld, ProblemCode.NOT_FINITE, value=repr(value))]
    if (_is_int(value) or isinstance(value, float)) and b.maximum is not None \
            and value > b.maximum:  # type: ignore[operator]
        return [_problem(fld, ProblemCode.TOO_LARGE, value=shown_number(value),  # type: ignore[arg-type]
                         limit=b.maximum)]
    return []


def _text_bounds(fld: Field, value: object, b: Bounds) -> list[Problem]:
    return _too_long(fld, value, b.text, ProblemCode.TEXT_TOO_LONG)


def _yes_no_bounds(fld: Field, value: object, b: Bounds) -> list[Problem]:
    if not isinstance(value, Mapping):
        return []
    return _too_long(fld, value.get("details"), b.text, ProblemCode.TEXT_TOO_LONG)


def _no_bounds(fld: Field, value: object, b: Bounds) -> list[Problem]:
    return []


def _list_bounds(fld: Field, value: object, b: Bounds) -> list[Problem]:
    if not isinstance(value, list):
        return []
    if b.items is not None and len(value) > b.items:
        return [_problem(fld, ProblemCode.TOO_MANY_ITEMS, count=len(value), limit=b.items)]
    out: list[Problem] = []
    for i, item in enumerate(value, start=1):
        out.extend(_too_long(fld, item, b.text, ProblemCode.ITEM_TOO_LONG, item=i))
    return out


def _victims_bounds(fld: Field, value: object, b: Bounds) -> list[Problem]:
    rows = value.get("rows") if isinstance(value, Mapping) else None
    if not isinstance(rows, list):
        return []
    if b.items is not None and len(rows) > b.items:
        return [_problem(fld, ProblemCode.TOO_MANY_ROWS, count=len(rows), limit=b.items)]
    out: list[Problem] = []
    for n, row in enumerate(rows, start=1):
        count = row.get("count") if isinstance(row, Mapping) else None
        if isinstance(count, float) and not math.isfinite(count):
            out.append(_problem(fld, ProblemCode.NOT_FINITE, value=repr(count)))
        elif (_is_int(count) or isinstance(count, float)) and b.maximum is not None \
                and count > b.maximum:  # type: ignore[operator]
            out.append(_problem(fld, ProblemCode.ROW_COUNT_TOO_LARGE, row=n,
                                value=shown_number(count), limit=b.maximum))  # type: ignore[arg-type]
    return out


# The bounds table: one row a field type, next to VALUE_TYPES (docs/bounds in the README).
BOUNDS: Mapping[FieldType, Bounds] = MappingProxyType({
    FieldType.YES_NO: Bounds(_yes_no_bounds, text=TEXT_MAX),
    FieldType.TEXT: Bounds(_text_bounds, text=TEXT_MAX),
    FieldType.COUNT: Bounds(_number_bounds, maximum=COUNT_MAX, decimals=0),
    FieldType.MONEY: Bounds(_number_bounds, maximum=MONEY_MAX, decimals=MONEY_DECIMALS),
    FieldType.PERIOD: Bounds(_no_bounds),  # two ISO dates: the shape check bounds them
    FieldType.LIST: Bounds(_list_bounds, text=ITEM_MAX, items=LIST_MAX),
    FieldType.VICTIMS: Bounds(_victims_bounds, maximum=COUNT_MAX, items=ROWS_MAX),
})

# the problem codes that say a value breaks a bound (a held submission with one is skipped)
BOUND_CODES = frozenset({
    ProblemCode.NOT_FINITE, ProblemCode.TOO_LARGE, ProblemCode.TEXT_TOO_LONG,
    ProblemCode.REASON_TOO_LONG, ProblemCode.TOO_MANY_ITEMS, ProblemCode.ITEM_TOO_LONG,
    ProblemCode.TOO_MANY_ROWS, ProblemCode.ROW_COUNT_TOO_LARGE, ProblemCode.TOO_MANY_ANSWERS,
    ProblemCode.ANSWERS_UNREADABLE,
})


@dataclass(frozen=True, slots=True)
class ValueType:
    """How the canonical value of one field type is checked and tidied, and whether it is a
    number (the consistency rules and the sums take only those)."""

    check: Callable[[Field, object], list[Problem]]
    normalize: Callable[[Field, object], object]
    numeric: bool = False


# The table (pyxform style): adding a field type means one row here.
VALUE_TYPES: Mapping[FieldType, ValueType] = MappingProxyType({
    FieldType.YES_NO: ValueType(_check_yes_no, _normalize_yes_no),
    FieldType.TEXT: ValueType(_check_text, _normalize_text),
    FieldType.COUNT: ValueType(_check_count, _normalize_same, numeric=True),
    FieldType.MONEY: ValueType(_check_money, _normalize_money, numeric=True),
    FieldType.PERIOD: ValueType(_check_period, _normalize_period),
    FieldType.LIST: ValueType(_check_list, _normalize_list),
    FieldType.VICTIMS: ValueType(_check_victims, _normalize_victims),
})


# --- public API ---------------------------------------------------------------------------------


def is_no_data(value: object) -> bool:
    """True for a "no data" answer ``{"no_data": reason}`` (rule 9), with or without a reason."""
    return isinstance(value, Mapping) and NO_DATA in value


def no_data_reason(value: object) -> str | None:
    """The stated reason of a "no data" answer, or None if it is not one or has no reason."""
    if not is_no_data(value):
        return None
    assert isinstance(value, Mapping)
    reason = value[NO_DATA]
    return reason.strip() or None if isinstance(reason, str) else None


def is_empty(value: object) -> bool:
    """Nothing entered: None, blank text, an empty list or object, or an object of blanks.

    ``{"rows": []}`` (a victims table with no rows = zero victims) is an answer, not empty;
    ``{"no_data": ""}`` is an attempt at "no data" (its missing reason is a problem of its own).
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return not value
    if isinstance(value, Mapping):
        if NO_DATA in value:
            return False
        return all(v is None or (isinstance(v, str) and not v.strip()) for v in value.values())
    return False


def check_value(field: Field, value: object) -> list[Problem]:
    """The problems of one answer to ``field``; an empty list means the answer is acceptable.

    An empty value gives UNANSWERED; a value that breaks a bound (:data:`BOUNDS`) gives only
    those problems; "no data" needs a non-empty reason and nothing else.
    """
    if is_empty(value):
        return [_problem(field, ProblemCode.UNANSWERED)]
    bound = bound_problems(field, value)
    if bound:  # nothing else is looked at in a value too big to read safely
        return bound
    if is_no_data(value):
        assert isinstance(value, Mapping)
        problems = _extra_keys(field, value, {NO_DATA})
        if no_data_reason(value) is None:
            problems.append(_problem(field, ProblemCode.NO_DATA_REASON_REQUIRED))
        return problems
    return VALUE_TYPES[field.type].check(field, value)


def bound_problems(field: Field, value: object) -> list[Problem]:
    """The bounds (:data:`BOUNDS`) that one answer to ``field`` breaks; [] if none.

    Takes any value, of any shape: a "no data" answer is held to the reason's length.
    """
    if is_no_data(value):
        assert isinstance(value, Mapping)
        return _too_long(field, value[NO_DATA], REASON_MAX, ProblemCode.REASON_TOO_LONG)
    bounds = BOUNDS[field.type]
    return bounds.check(field, value, bounds)


def is_complete(field: Field, value: object) -> bool:
    """Answered acceptably or marked "no data" with a reason (what completeness counts)."""
    return not check_value(field, value)


def normalize(field: Field, value: object) -> object:
    """The tidy canonical form: text stripped, money rounded to 2 places, yes/no with details.

    Never raises; a value that does not have the type's shape is returned unchanged.
    """
    if is_no_data(value):
        assert isinstance(value, Mapping)
        reason = value[NO_DATA]
        return {NO_DATA: reason.strip() if isinstance(reason, str) else reason}
    return VALUE_TYPES[field.type].normalize(field, value)


def numeric_value(field: Field, value: object) -> int | float | None:
    """A count or money answer as a number; None for no data, other types, wrong values or
    values out of bounds."""
    value_type = VALUE_TYPES[field.type]
    if not value_type.numeric or not _is_number(value):
        return None
    if bound_problems(field, value) or value_type.check(field, value):
        return None
    assert isinstance(value, int | float)
    return value


def _rows(value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, Mapping) or not isinstance(value.get("rows"), list):
        return []
    return [r for r in value["rows"] if isinstance(r, Mapping) and _is_int(r.get("count"))]


def victims_total(value: object) -> int:
    """How many victims a victims table counts (0 for no data or no rows)."""
    return sum(int(r["count"]) for r in _rows(value))


def victims_count_where(value: object, dimension: str, category: str) -> int:
    """How many victims of the table have ``category`` in ``dimension``."""
    return sum(int(r["count"]) for r in _rows(value) if r.get(dimension) == category)


def victims_marginals(field: Field, value: object) -> dict[str, dict[str, int]]:
    """Totals per category of each dimension of the field: ``{dim: {category: count}}``.

    Every dimension of the field is a key (empty for no rows); only categories that occur
    are listed. Each dimension's totals add up to ``victims_total(value)``.
    """
    out: dict[str, dict[str, int]] = {d.id: {} for d in field.dimensions}
    for row in _rows(value):
        for dim_id, totals in out.items():
            category = str(row.get(dim_id, UNKNOWN_CATEGORY))
            totals[category] = totals.get(category, 0) + int(row["count"])
    return out
