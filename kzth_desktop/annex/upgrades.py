"""What answers of an earlier definition of the annex become in this one (the upgrade maps).

Each revision of the definition that removes field ids ships a map from the one before it
(``resources/annex/upgrades/r<N>-r<N+1>.json``). A field id the new revision lacks is either
*renamed* (the value is carried over one to one) or *merged* (one answer stood for several that
the new revision asks apart: the value is kept, shown on its question as the earlier answer,
and the new fields are flagged for the respondent to split it). Fields the new revision adds
beside ones it kept are listed too, so that what an earlier answer cannot hold is known.

Stored answers are never rewritten by reading them: :meth:`Upgrades.read` gives a new mapping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kzth_desktop.annex.model import Annex, FieldType, LocalizedText
from kzth_desktop.annex.problems import Problem, ProblemCode, group_digits, make_problem
from kzth_desktop.annex.values import bound_problems, check_value, is_empty, is_no_data

UPGRADES_DIR = "annex/upgrades"
UPGRADE_FORMAT = 1
RENAMED, MERGED = "renamed", "merged"
_FILE_NAME = re.compile(r"^r(\d+)-r(\d+)\.json$")

# how a file or a submission made with an earlier definition is labelled ({revision}: 1, 2…)
EARLIER_DEFINITION = LocalizedText(
    kk="сауалнаманың бұрынғы редакциясы: r{revision}",
    ru="прежняя редакция опросника: r{revision}",
)
# the earlier answer as the form shows it under its question
EARLIER_ANSWER_NOTE = LocalizedText(
    kk="Сауалнаманың бұрынғы редакциясындағы (r{revision}) жауап: «{earlier}». "
    "Оны төмендегі жаңа жолдарға бөліп көрсетіңіз.",
    ru="Ответ по прежней редакции опросника (r{revision}): «{earlier}». "
    "Распределите его по новым строкам ниже.",
)


def earlier_definition(revision: int, lang: str) -> str:
    return EARLIER_DEFINITION.get(lang).format(revision=revision)


class UpgradeDefinitionError(ValueError):
    """An upgrade map is broken or does not fit the annex; ``problems`` lists them all."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("annex upgrade maps are invalid:\n  " + "\n  ".join(problems))


@dataclass(frozen=True, slots=True)
class FieldChange:
    """What became of one field id of the earlier revision."""

    old_id: str
    type: FieldType
    change: str  # RENAMED | MERGED
    question_id: str  # the question of the new revision the value belongs to
    into: tuple[str, ...]  # renamed: the one new id; merged: the fields to split it into
    sum_of_parts: bool = False  # merged: the earlier value is the sum of the new fields


@dataclass(frozen=True, slots=True)
class AddedFields:
    question_id: str
    beside: str  # the field kept that the earlier answers hold
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UpgradeStep:
    """The map from revision ``from_revision`` to ``from_revision + 1``."""

    from_revision: int
    to_revision: int
    changes: tuple[FieldChange, ...]
    added: tuple[AddedFields, ...] = ()

    def change(self, old_id: str) -> FieldChange | None:
        for c in self.changes:
            if c.old_id == old_id:
                return c
        return None

    def new_fields(self) -> tuple[str, ...]:
        """The ids the earlier revision's answers cannot hold (merged targets and added)."""
        out: list[str] = []
        for c in self.changes:
            if c.change == MERGED:
                out.extend(c.into)
        for a in self.added:
            out.extend(a.fields)
        return tuple(dict.fromkeys(out))


@dataclass(frozen=True, slots=True)
class EarlierAnswer:
    """A value of an earlier revision kept on its question, to be split by the respondent."""

    field_id: str  # the earlier revision's id
    question_id: str
    revision: int  # the revision the value was given in
    value: Any  # its canonical JSON value, as it was given
    split_into: tuple[str, ...]
    sum_of_parts: bool = False

    def shown(self) -> str:
        """The value as a message shows it ("1 234" for a count)."""
        return shown_value(self.value)

    def note(self, lang: str) -> str:
        """The line the form shows under the question (kk or ru)."""
        return EARLIER_ANSWER_NOTE.get(lang).format(revision=self.revision, earlier=self.shown())


@dataclass(frozen=True, slots=True)
class UpgradedAnswers:
    """Answers read through the maps: the new revision's ids, and what had to be kept aside."""

    answers: dict[str, Any]
    earlier: tuple[EarlierAnswer, ...]
    revision: int  # the revision the answers were given in


def shown_value(value: Any) -> str:
    if is_no_data(value):
        return f"— ({value.get('no_data', '')})"
    if isinstance(value, int) and not isinstance(value, bool):
        return group_digits(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class Upgrades:
    """The chain of upgrade maps up to the annex's own revision."""

    def __init__(self, annex: Annex, steps: Sequence[UpgradeStep]) -> None:
        self.annex = annex
        self.steps = tuple(sorted(steps, key=lambda s: s.from_revision))
        _check_chain(annex, self.steps)

    @property
    def revision(self) -> int:
        return self.annex.version.revision

    def stamp(self, revision: int) -> str:
        """The ``annex_version`` that what revision ``revision`` made carries."""
        vid = self.annex.version.id
        return vid if revision == 1 else f"{vid}.r{revision}"

    def revision_of(self, stamp: str) -> int | None:
        """The revision whose files carry ``stamp``, if it is this one or one the maps lead
        from; None for a stamp this program does not know (another order, a later revision)."""
        for revision in range(1, self.revision + 1):
            if stamp == self.stamp(revision) and self._readable_from(revision):
                return revision
        return None

    def _readable_from(self, revision: int) -> bool:
        froms = {s.from_revision for s in self.steps}
        return all(r in froms for r in range(revision, self.revision))

    def earlier_id(self, field_id: str) -> tuple[int, FieldChange] | None:
        """The revision and change of ``field_id`` if it is an id an earlier definition had
        and this one no longer has (``b2.q4.1`` -> received and sent)."""
        if self.annex.has_field(field_id):
            return None
        for step in self.steps:
            c = step.change(field_id)
            if c is not None:
                return step.from_revision, c
        return None

    def steps_from(self, revision: int) -> tuple[UpgradeStep, ...]:
        return tuple(s for s in self.steps if s.from_revision >= revision)

    def new_since(self, revision: int) -> frozenset[str]:
        """Field ids that answers of ``revision`` cannot hold (still in this revision)."""
        out = {fid for s in self.steps_from(revision) for fid in s.new_fields()}
        return frozenset(fid for fid in out if self.annex.has_field(fid))

    def read(self, answers: Mapping[str, Any], revision: int) -> UpgradedAnswers:
        """``answers`` of ``revision`` in this revision's ids (a new mapping, in the order
        given): renamed ids carried over, merged values kept aside as earlier answers."""
        current: dict[str, Any] = dict(answers)
        earlier: list[EarlierAnswer] = []
        for step in self.steps_from(revision):
            nxt: dict[str, Any] = {}
            for fid, value in current.items():
                c = step.change(fid)
                if c is None:
                    nxt.setdefault(fid, value)
                elif c.change == RENAMED and is_empty(current.get(c.into[0])):
                    nxt[c.into[0]] = value
                elif not is_empty(value):
                    # merged, or renamed onto a field already answered: nothing is lost
                    earlier.append(EarlierAnswer(fid, c.question_id, step.from_revision, value,
                                                 c.into, c.sum_of_parts))
            current = nxt
        return UpgradedAnswers(current, tuple(earlier), revision)

    def earlier_problems(self, earlier: Sequence[EarlierAnswer]) -> list[Problem]:
        """Bound and shape problems of the earlier values (as the field they split into)."""
        problems: list[Problem] = []
        for e in earlier:
            target = next((fid for fid in e.split_into if self.annex.has_field(fid)), None)
            if target is None:
                continue
            fld = self.annex.field(target)
            found = bound_problems(fld, e.value) or check_value(fld, e.value)
            problems.extend(make_problem(p.code, e.field_id, None, **p.params_dict())
                            for p in found)
        return problems


def split_problems(annex: Annex, answers: Mapping[str, Any],
                   earlier: Sequence[EarlierAnswer]) -> list[Problem]:
    """SPLIT_REQUIRED on each new field of a merged earlier answer that is still empty (a
    value or "no data" with its reason puts it right)."""
    problems: list[Problem] = []
    for e in earlier:
        for fid in e.split_into:
            if annex.has_field(fid) and is_empty(answers.get(fid)):
                problems.append(make_problem(
                    ProblemCode.SPLIT_REQUIRED, fid, annex, earlier=e.shown(),
                    earlier_field=e.field_id, revision=e.revision))
    return problems


# --- loading -------------------------------------------------------------------------------------


def parse_step(data: Mapping[str, Any], where: str = "upgrade") -> UpgradeStep:
    """One map as written (no check against an annex: :class:`Upgrades` does that)."""
    problems: list[str] = []

    def fail(msg: str) -> None:
        problems.append(f"{where}: {msg}")

    if data.get("format") != UPGRADE_FORMAT:
        fail(f"format must be {UPGRADE_FORMAT}, got {data.get('format')!r}")
    src = (data.get("from") or {}).get("revision")
    dst = (data.get("to") or {}).get("revision")
    if not isinstance(src, int) or not isinstance(dst, int) or dst != src + 1:
        fail(f"from/to revisions must be N and N+1, got {src!r} -> {dst!r}")
        src, dst = 0, 1
    changes: list[FieldChange] = []
    for i, raw in enumerate(data.get("fields") or []):
        at = f"fields[{i}]"
        change = raw.get("change")
        into = tuple(str(x) for x in raw.get("into") or ())
        if change not in (RENAMED, MERGED):
            fail(f"{at}: change must be {RENAMED!r} or {MERGED!r}, got {change!r}")
            continue
        if change == RENAMED and len(into) != 1 or change == MERGED and len(into) < 2:
            fail(f"{at}: {change} needs {'one' if change == RENAMED else 'two or more'} "
                 f"new ids in 'into', got {list(into)}")
            continue
        try:
            ftype = FieldType(raw.get("type"))
        except ValueError:
            fail(f"{at}: unknown type {raw.get('type')!r}")
            continue
        changes.append(FieldChange(str(raw.get("id")), ftype, change, str(raw.get("question")),
                                   into, bool(raw.get("sum_of_parts", False))))
    added = [AddedFields(str(a.get("question")), str(a.get("beside")),
                         tuple(str(x) for x in a.get("fields") or ()))
             for a in data.get("added") or []]
    ids = [c.old_id for c in changes]
    for dup in sorted({x for x in ids if ids.count(x) > 1}):
        fail(f"field {dup} listed twice")
    if problems:
        raise UpgradeDefinitionError(problems)
    return UpgradeStep(src, dst, tuple(changes), tuple(added))


def load_step(path: Path) -> UpgradeStep:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UpgradeDefinitionError([f"{path.name}: {exc}"]) from exc
    step = parse_step(data, path.name)
    m = _FILE_NAME.match(path.name)
    if m is None or (int(m.group(1)), int(m.group(2))) != (step.from_revision, step.to_revision):
        raise UpgradeDefinitionError([f"{path.name}: the name must be "
                                      f"r{step.from_revision}-r{step.to_revision}.json"])
    return step


def shipped_step(from_revision: int) -> UpgradeStep:
    """The shipped map from ``from_revision`` to the next (a migration reads its own step)."""
    from kzth_desktop.paths import resource

    return load_step(resource(UPGRADES_DIR, f"r{from_revision}-r{from_revision + 1}.json"))


def load_upgrades(annex: Annex, folder: Path | None = None) -> Upgrades:
    """The maps in ``folder`` (default: the shipped ones) up to ``annex``'s revision."""
    if folder is None:
        from kzth_desktop.paths import resource

        folder = resource(UPGRADES_DIR)
    paths = sorted(folder.glob("r*-r*.json")) if folder.is_dir() else []
    steps = [load_step(p) for p in paths]
    return Upgrades(annex, [s for s in steps if s.to_revision <= annex.version.revision])


_shipped: dict[int, tuple[Annex, Upgrades]] = {}


def shipped_upgrades(annex: Annex) -> Upgrades:
    """The shipped maps checked against ``annex`` once (cached per annex object)."""
    held = _shipped.get(id(annex))
    if held is None or held[0] is not annex:
        held = (annex, load_upgrades(annex))
        _shipped[id(annex)] = held
    return held[1]


def _check_chain(annex: Annex, steps: Sequence[UpgradeStep]) -> None:
    problems: list[str] = []
    froms = [s.from_revision for s in steps]
    if len(set(froms)) != len(froms):
        problems.append(f"two maps from the same revision: {froms}")
    last = steps[-1] if steps else None
    for step in steps:
        where = f"r{step.from_revision}-r{step.to_revision}"
        final = step is last and step.to_revision == annex.version.revision
        for c in step.changes:
            if annex.has_field(c.old_id) and final:
                problems.append(f"{where}: {c.old_id} is still a field of the annex")
            for fid in c.into:
                if final and not annex.has_field(fid):
                    problems.append(f"{where}: {c.old_id} -> {fid}, which the annex lacks")
                elif final and annex.field(fid).type is not c.type:
                    problems.append(f"{where}: {c.old_id} ({c.type.value}) -> {fid} "
                                    f"({annex.field(fid).type.value})")
                elif final and annex.field(fid).question_id != c.question_id:
                    problems.append(f"{where}: {fid} is not on question {c.question_id}")
        for a in step.added:
            for fid in (a.beside, *a.fields):
                if final and not annex.has_field(fid):
                    problems.append(f"{where}: added field {fid}, which the annex lacks")
    if problems:
        raise UpgradeDefinitionError(problems)
