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


def _problem(fld: Field, code: ProblemCode, **params: Any) -> Problem:
    return Problem(code, fld.id, fld.question_id or None, fld.block_id or None,
                   tuple(params.items()))


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
    if _is_number(value) and not _check_money(fld, value):
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

    An empty value gives UNANSWERED; "no data" needs a non-empty reason and nothing else.
    """
    if is_empty(value):
        return [_problem(field, ProblemCode.UNANSWERED)]
    if is_no_data(value):
        assert isinstance(value, Mapping)
        problems = _extra_keys(field, value, {NO_DATA})
        if no_data_reason(value) is None:
            problems.append(_problem(field, ProblemCode.NO_DATA_REASON_REQUIRED))
        return problems
    return VALUE_TYPES[field.type].check(field, value)


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
    """A count or money answer as a number; None for no data, other types or wrong values."""
    value_type = VALUE_TYPES[field.type]
    if not value_type.numeric or not _is_number(value):
        return None
    if value_type.check(field, value):
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
