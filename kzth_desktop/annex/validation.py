"""Consistency rules as data, and whole-submission validation (the problems: problems.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any, ClassVar

from kzth_desktop.annex.model import NUMERIC_TYPES, Annex, FieldType
from kzth_desktop.annex.problems import Problem, ProblemCode, make_problem
from kzth_desktop.annex.values import (
    SHOWN_TEXT,
    YES,
    bound_problems,
    check_value,
    is_empty,
    is_no_data,
    numeric_value,
    victims_count_where,
    victims_total,
)

DEFAULT_RULES = "annex/rules.json"
RULES_FORMAT = 1


# --- consistency rules -------------------------------------------------------------------------


class RulesDefinitionError(ValueError):
    """The rules file is broken or names fields the annex lacks; ``problems`` lists them all."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("consistency rules are invalid:\n  " + "\n  ".join(problems))


Number = int | float
NumberOf = Callable[[str], Number | None]  # a field's value as a number, or None to skip
TableOf = Callable[[str], Mapping[str, Any] | None]  # a valid victims value, or None to skip
AnswerOf = Callable[[str], object]  # a valid answer that is not "no data", or None to skip


@dataclass(frozen=True, slots=True)
class Facts:
    """What a rule may read of a submission: valid answers only, "no data" and unanswered
    fields read as None (the rule is then skipped), and the reporting year if known."""

    number: NumberOf
    table: TableOf
    answer: AnswerOf
    year: int | None = None

    def quantity(self, annex: Annex, fid: str) -> Number | None:
        """A count or money field's number, or the people counted in a victims table."""
        if annex.field(fid).type is FieldType.VICTIMS:
            rows = self.table(fid)
            return None if rows is None else victims_total(rows)
        return self.number(fid)


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

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        total = facts.number(self.total)
        values = [facts.number(p) for p in self.parts]
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

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        left, right = facts.number(self.left), facts.number(self.right)
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

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        rows, total = facts.table(self.table), facts.number(self.total)
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

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        rows, total = facts.table(self.table), facts.number(self.total)
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


@dataclass(frozen=True, slots=True)
class AtMostOneYesRule:
    """Of the yes/no ``fields`` (mutually exclusive statements) at most one is "yes"."""

    kind: ClassVar[str] = "at_most_one_yes"
    id: str
    fields: tuple[str, ...]

    def field_ids(self) -> tuple[str, ...]:
        return self.fields

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        yes = [fid for fid in self.fields if _answer_is_yes(facts.answer(fid))]
        if len(yes) <= 1:
            return None
        return make_problem(
            ProblemCode.RULE_AT_MOST_ONE_YES, yes[-1], annex, rule=self.id,
            others=tuple(yes[:-1]),
        )


def _answer_is_yes(value: object) -> bool:
    return isinstance(value, Mapping) and value.get("answer") == YES


@dataclass(frozen=True, slots=True)
class ZeroImpliesZeroRule:
    """When the count ``when`` is 0, each numeric field of ``then`` is 0 as well."""

    kind: ClassVar[str] = "zero_implies_zero"
    id: str
    when: str
    then: tuple[str, ...]

    def field_ids(self) -> tuple[str, ...]:
        return (self.when, *self.then)

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        if facts.number(self.when) != 0:
            return None
        for fid in self.then:
            value = facts.quantity(annex, fid)
            if value is not None and value != 0:
                return make_problem(
                    ProblemCode.RULE_ZERO_IMPLIES_ZERO, fid, annex, rule=self.id,
                    when=self.when, value=value,
                )
        return None


@dataclass(frozen=True, slots=True)
class ZeroImpliesEmptyRule:
    """When the count ``when`` is 0, the lists or texts of ``then`` name nothing: the
    respondent marks them "no data" and says why (rule 9), an empty list being unanswered."""

    kind: ClassVar[str] = "zero_implies_empty"
    id: str
    when: str
    then: tuple[str, ...]

    def field_ids(self) -> tuple[str, ...]:
        return (self.when, *self.then)

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        if facts.number(self.when) != 0:
            return None
        for fid in self.then:
            if facts.answer(fid) is not None:  # a list or text given: something is named
                return make_problem(
                    ProblemCode.RULE_ZERO_IMPLIES_EMPTY, fid, annex, rule=self.id,
                    when=self.when,
                )
        return None


@dataclass(frozen=True, slots=True)
class IffPositiveRule:
    """``left`` is more than zero exactly when ``right`` is (a count, an amount or the people
    of a victims table on either side)."""

    kind: ClassVar[str] = "iff_positive"
    id: str
    left: str
    right: str

    def field_ids(self) -> tuple[str, ...]:
        return (self.left, self.right)

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        left, right = facts.quantity(annex, self.left), facts.quantity(annex, self.right)
        if left is None or right is None or (left > 0) == (right > 0):
            return None
        return make_problem(
            ProblemCode.RULE_IFF_POSITIVE, self.left, annex, rule=self.id, left=self.left,
            left_value=left, right=self.right, right_value=right,
        )


@dataclass(frozen=True, slots=True)
class PeriodWithinYearRule:
    """The period ``period`` lies inside the reporting year (data is collected yearly,
    rule 3); skipped where the year is not known."""

    kind: ClassVar[str] = "period_within_year"
    id: str
    period: str

    def field_ids(self) -> tuple[str, ...]:
        return (self.period,)

    def check(self, annex: Annex, facts: Facts) -> Problem | None:
        value = facts.answer(self.period)
        if facts.year is None or not isinstance(value, Mapping):
            return None
        start, stop = str(value.get("from", "")), str(value.get("to", ""))
        year = f"{facts.year:04d}"
        if start[:4] == year and stop[:4] == year:
            return None
        return make_problem(
            ProblemCode.RULE_PERIOD_IN_YEAR, self.period, annex, rule=self.id, start=start,
            stop=stop, year=str(facts.year),
        )


Rule = (SumRule | LeRule | TableTotalRule | TableFilterTotalRule | AtMostOneYesRule
        | ZeroImpliesZeroRule | ZeroImpliesEmptyRule | IffPositiveRule | PeriodWithinYearRule)


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
    keys = (*spec.fields, *spec.other_keys)
    extra = set(raw) - {"id", "kind", *keys}
    missing = [k for k in keys if k not in raw]
    if extra or missing:
        fail(f"{where}: keys {sorted(missing)} missing, {sorted(extra)} unknown")
        return None
    ok = True

    def need_field(fid: Any, types: frozenset[FieldType]) -> None:
        nonlocal ok
        if not isinstance(fid, str) or not annex.has_field(fid):
            fail(f"{where}: names field {fid!r}, which does not exist in the annex")
            ok = False
        elif annex.field(fid).type not in types:
            wanted = _WANTED.get(types) or " or ".join(sorted(t.value for t in types))
            fail(f"{where}: field {fid!r} is {annex.field(fid).type.value}, {wanted} expected")
            ok = False

    values: dict[str, Any] = {}
    for key, types in spec.fields.items():
        if key in spec.lists:
            ids = raw[key]
            if not isinstance(ids, list) or not ids:
                fail(f"{where}: {key!r} must list field ids")
                ok = False
                continue
            values[key] = tuple(ids)
        else:
            ids = [raw[key]]
            values[key] = raw[key]
        for fid in ids:
            need_field(fid, types)
    if not ok:
        return None
    if spec.finish is not None:
        return spec.finish(annex, rid, raw, values, lambda m: fail(f"{where}: {m}"))
    rule: Rule = spec.rule(rid, **values)
    return rule


def _finish_table_filter(annex: Annex, rid: str, raw: Mapping[str, Any],
                         values: Mapping[str, Any], fail: Callable[[str], None]) -> Rule | None:
    dim = annex.field(raw["table"]).dimension(raw["dimension"])
    if dim is None:
        fail(f"table {raw['table']!r} has no dimension {raw['dimension']!r}")
        return None
    if raw["category"] not in dim.categories:
        fail(f"dimension {dim.id!r} has no category {raw['category']!r}")
        return None
    return TableFilterTotalRule(rid, raw["table"], dim.id, raw["category"], raw["total"])


_NUMBERS = NUMERIC_TYPES
_QUANTITIES = NUMERIC_TYPES | {FieldType.VICTIMS}  # a number, or the people of a table
_TABLE = frozenset({FieldType.VICTIMS})
_COUNT = frozenset({FieldType.COUNT})
_NAMES = frozenset({FieldType.LIST, FieldType.TEXT})
_YES_NO = frozenset({FieldType.YES_NO})
_PERIOD = frozenset({FieldType.PERIOD})
# how a loader refusal names what a key may point at
_WANTED: Mapping[frozenset[FieldType], str] = {
    _NUMBERS: "a count or money field", _QUANTITIES: "a count, money or victims field",
    _TABLE: "a victims table", _COUNT: "a count field", _NAMES: "a list or text field",
    _YES_NO: "a yes/no field", _PERIOD: "a period field",
}


@dataclass(frozen=True)
class RuleKind:
    """One row of the rule-kind table: the class that checks it, the field types each of its
    keys may name (the keys of ``lists`` name a list of fields), keys that name no field, and
    where needed a ``finish`` that builds the rule from keys beyond fields."""

    rule: type[Rule]
    fields: Mapping[str, frozenset[FieldType]]
    lists: frozenset[str] = frozenset()
    other_keys: tuple[str, ...] = ()
    finish: Callable[[Annex, str, Mapping[str, Any], Mapping[str, Any], Callable[[str], None]],
                     Rule | None] | None = None


# rule kind -> how it is read and checked; one row a kind (tests/unit/test_type_tables.py)
RULE_KINDS: Mapping[str, RuleKind] = MappingProxyType({
    "sum": RuleKind(SumRule, {"total": _NUMBERS, "parts": _NUMBERS}, frozenset({"parts"})),
    "le": RuleKind(LeRule, {"left": _NUMBERS, "right": _NUMBERS}),
    "table_total": RuleKind(TableTotalRule, {"table": _TABLE, "total": _NUMBERS}),
    "table_filter_total": RuleKind(
        TableFilterTotalRule, {"table": _TABLE, "total": _NUMBERS},
        other_keys=("dimension", "category"), finish=_finish_table_filter,
    ),
    "at_most_one_yes": RuleKind(AtMostOneYesRule,
                                {"fields": _YES_NO},
                                frozenset({"fields"})),
    "zero_implies_zero": RuleKind(ZeroImpliesZeroRule, {"when": _COUNT, "then": _QUANTITIES},
                                  frozenset({"then"})),
    "zero_implies_empty": RuleKind(ZeroImpliesEmptyRule, {"when": _COUNT, "then": _NAMES},
                                   frozenset({"then"})),
    "iff_positive": RuleKind(IffPositiveRule, {"left": _QUANTITIES, "right": _QUANTITIES}),
    "period_within_year": RuleKind(PeriodWithinYearRule,
                                   {"period": _PERIOD}),
})


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
            shown = fid if len(fid) <= SHOWN_TEXT else fid[: SHOWN_TEXT - 1] + "…"
            out.append(make_problem(ProblemCode.UNKNOWN_FIELD, shown, annex))
        elif allowed is not None and fid not in allowed:
            out.append(make_problem(ProblemCode.FIELD_NOT_FOR_KINDS, fid, annex))
    return out


def answers_limit(annex: Annex) -> int:
    """The most answers an answers object may hold: the annex's fields twice over and a
    hundred, so that unknown ids are still named one by one, but a million are not read."""
    return 2 * sum(1 for _ in annex.fields()) + 100


def _unreadable(annex: Annex, answers: object) -> list[Problem]:
    """The bounds of the answers as a whole: an object of field ids, not too many of them."""
    if not isinstance(answers, Mapping):
        return [make_problem(ProblemCode.ANSWERS_UNREADABLE, None, annex,
                             detail=type(answers).__name__)]
    size = answers_limit(annex)
    if len(answers) > size:
        return [make_problem(ProblemCode.TOO_MANY_ANSWERS, None, annex, count=len(answers),
                             limit=size)]
    return []


def answer_bound_problems(annex: Annex, answers: object) -> list[Problem]:
    """The bounds of the value types (``values.BOUNDS``) that ``answers`` break; [] if none.

    Any object is taken: answers that are not an object of field ids are ANSWERS_UNREADABLE,
    more than :func:`answers_limit` are TOO_MANY_ANSWERS; unknown fields are left to
    the validation. The one check of the form, ``answers import``, the coordinator's import
    and the coordinator's desk, so that no value too big to count ever reaches a sum.
    """
    whole = _unreadable(annex, answers)
    if whole:
        return whole
    assert isinstance(answers, Mapping)
    problems: list[Problem] = []
    for fld in annex.fields():
        if fld.id in answers:
            problems.extend(bound_problems(fld, answers[fld.id]))
    return problems


def check_answers(annex: Annex, answers: Mapping[str, object]) -> list[Problem]:
    """Value checks of the answers given, and unknown fields; no completeness, no rules.

    Meant for imports: an answers file may hold only part of a questionnaire.
    """

    whole = _unreadable(annex, answers)
    if whole:
        return whole
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
    reporting_year: int | None = None,
) -> ValidationReport:
    """Validates a whole submission of an organisation of ``kind_ids`` (rule 9 and rule 13.1).

    Only the blocks of those kinds count. Every field there must be answered or marked
    "no data" with a reason; each value must fit its field; answers outside those blocks are
    refused; the consistency rules (``rules``, default: the shipped ``rules.json``) are checked
    wherever all their fields hold valid answers other than "no data" (the periods against
    ``reporting_year`` when it is given).
    """

    if rules is None:
        rules = shipped_rules(annex)
    blocks = annex.blocks_for_kinds(list(kind_ids))
    whole = _unreadable(annex, answers)
    if whole:  # nothing in them is read
        return ValidationReport(tuple(whole), (), {b.id: 0.0 for b in blocks}, 0.0)
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

    def answer(fid: str) -> object:
        value = valid.get(fid)
        return None if value is None or is_no_data(value) else value

    facts = Facts(number, table, answer, reporting_year)
    for rule in rules:
        if all(fid in allowed for fid in rule.field_ids()):
            found_rule = rule.check(annex, facts)
            if found_rule is not None:
                problems.append(found_rule)
    return ValidationReport(tuple(problems), tuple(unanswered), by_block, overall)
