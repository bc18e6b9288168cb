"""The questionnaire of the Rules' annex as typed, immutable objects (built by ``loader``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

LANGUAGES = ("kk", "ru")


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """A text in Kazakh and Russian."""

    kk: str
    ru: str

    def get(self, lang: str) -> str:
        if lang == "kk":
            return self.kk
        if lang == "ru":
            return self.ru
        raise ValueError(f"unknown language {lang!r}")

    def to_json(self) -> dict[str, str]:
        return {"kk": self.kk, "ru": self.ru}


class FieldType(StrEnum):
    """The kinds of answer a field takes; each has one canonical JSON value (DESIGN §3)."""

    YES_NO = "yes_no"  # {"answer": "yes"|"no", "details": "..."}
    TEXT = "text"  # "..."
    COUNT = "count"  # 12
    MONEY = "money"  # 1500000.00 (tenge)
    PERIOD = "period"  # {"from": "2025-01-01", "to": "2025-12-31"}
    LIST = "list"  # ["...", "..."]
    VICTIMS = "victims"  # {"rows": [{"<dimension>": "<category>", ..., "count": 3}]}


NUMERIC_TYPES = frozenset({FieldType.COUNT, FieldType.MONEY})


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: LocalizedText


@dataclass(frozen=True, slots=True)
class CategorySet:
    """A closed list of categories of one victim-table dimension."""

    id: str
    label: LocalizedText
    categories: tuple[Category, ...]
    rationale: str = ""

    def __hash__(self) -> int:
        # by id alone (equal sets have equal ids): the generated hash walked every category,
        # and the forms' caches keyed by a set of 250 countries paid it on every look-up
        return hash(self.id)

    def ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.categories)

    def get(self, category_id: str) -> Category | None:
        for c in self.categories:
            if c.id == category_id:
                return c
        return None

    def __contains__(self, category_id: object) -> bool:
        return any(c.id == category_id for c in self.categories)


@dataclass(frozen=True, slots=True)
class Dimension:
    """A column of a victim table: which attribute, its label as the block words it, its values."""

    id: str
    label: LocalizedText
    categories: CategorySet
    group: LocalizedText | None = None  # a heading shared by neighbouring columns


@dataclass(frozen=True, slots=True)
class Field:
    id: str
    type: FieldType
    text: LocalizedText
    hint: LocalizedText | None = None  # "Yes / No (if yes, describe)" as the annex writes it
    group: LocalizedText | None = None  # a lead line shared by consecutive fields
    dimensions: tuple[Dimension, ...] = ()
    question_id: str = ""
    block_id: str = ""

    def dimension(self, dim_id: str) -> Dimension | None:
        for d in self.dimensions:
            if d.id == dim_id:
                return d
        return None


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    number: int
    text: LocalizedText | None
    note: LocalizedText | None
    fields: tuple[Field, ...]
    note_label: LocalizedText | None = None  # "Ескерту." / "Примечание."
    block_id: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    id: str
    number: int
    title: LocalizedText | None  # block 1 has a title ("General questions"); others addressees
    addressees: tuple[LocalizedText, ...]
    questions: tuple[Question, ...]

    def fields(self) -> Iterator[Field]:
        for q in self.questions:
            yield from q.fields

    def heading(self, lang: str) -> str:
        if self.title is not None:
            return self.title.get(lang)
        return " / ".join(a.get(lang) for a in self.addressees[:1])

    def short_heading(self, lang: str) -> str:
        """The block's most specific line: its title, else the last addressee line (the
        subjects themselves, after the ministry), without the annex's parentheses."""
        if self.title is not None:
            return self.title.get(lang)
        if not self.addressees:
            return ""
        return self.addressees[-1].get(lang).strip().removeprefix("(").removesuffix(")")


@dataclass(frozen=True, slots=True)
class RespondentKind:
    id: str
    name: LocalizedText
    blocks: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # ISO 3166-2:KZ, e.g. "KZ-10"
    name: LocalizedText
    kind: str  # "oblast" | "city"


@dataclass(frozen=True, slots=True)
class AnnexVersion:
    id: str  # the legal order the definition implements; the same for every revision
    order: LocalizedText
    registered: str  # ISO date of state registration
    registration_number: str
    revision: int = 1  # the definition's own number: a new one when its fields change

    @property
    def stamp(self) -> str:
        """What bundles, requests and held submissions carry as their ``annex_version``: the
        order id for the first definition (so that what it made keeps its stamp), the order id
        and ``.r<revision>`` after it."""
        return self.id if self.revision == 1 else f"{self.id}.r{self.revision}"


@dataclass(frozen=True, slots=True)
class SourceGap:
    """A text of the definition that the shipped legal text lacks (declared, never silent)."""

    text_of: str  # the id whose text is affected
    lang: str
    note: str


@dataclass(frozen=True)
class Annex:
    """The whole questionnaire definition, with lookups by id."""

    version: AnnexVersion
    title: LocalizedText
    rules_title: LocalizedText
    caption: LocalizedText
    columns: tuple[LocalizedText, LocalizedText]
    blocks: tuple[Block, ...]
    kinds: tuple[RespondentKind, ...]
    regions: tuple[Region, ...]
    category_sets: tuple[CategorySet, ...]
    source_gaps: tuple[SourceGap, ...] = ()
    _fields: dict[str, Field] = field(default_factory=dict, repr=False, compare=False)
    _questions: dict[str, Question] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for b in self.blocks:
            for q in b.questions:
                self._questions[q.id] = q
                for f in q.fields:
                    self._fields[f.id] = f

    # lookups -------------------------------------------------------------------------------
    def block(self, block_id: str) -> Block:
        for b in self.blocks:
            if b.id == block_id:
                return b
        raise KeyError(block_id)

    def question(self, question_id: str) -> Question:
        return self._questions[question_id]

    def field(self, field_id: str) -> Field:
        return self._fields[field_id]

    def has_field(self, field_id: str) -> bool:
        return field_id in self._fields

    def fields(self) -> Iterator[Field]:
        for b in self.blocks:
            yield from b.fields()

    def kind(self, kind_id: str) -> RespondentKind:
        for k in self.kinds:
            if k.id == kind_id:
                return k
        raise KeyError(kind_id)

    def region(self, code: str) -> Region:
        for r in self.regions:
            if r.code == code:
                return r
        raise KeyError(code)

    def category_set(self, set_id: str) -> CategorySet:
        for s in self.category_sets:
            if s.id == set_id:
                return s
        raise KeyError(set_id)

    def blocks_for_kinds(self, kind_ids: tuple[str, ...] | list[str]) -> tuple[Block, ...]:
        """The blocks an organisation of these kinds answers, in annex order."""
        wanted: set[str] = set()
        for kid in kind_ids:
            wanted.update(self.kind(kid).blocks)
        return tuple(b for b in self.blocks if b.id in wanted)

    def fields_for_kinds(self, kind_ids: tuple[str, ...] | list[str]) -> tuple[Field, ...]:
        return tuple(f for b in self.blocks_for_kinds(kind_ids) for f in b.fields())
