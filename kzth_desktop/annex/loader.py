"""Reads the annex definition file, checks it whole, and builds the immutable model.

Like pyxform: the file is read into plain dicts, every problem is collected (not only the
first), and only a definition without problems becomes an ``Annex``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from kzth_desktop.annex.model import (
    LANGUAGES,
    Annex,
    AnnexVersion,
    Block,
    Category,
    CategorySet,
    Dimension,
    Field,
    FieldType,
    LocalizedText,
    Question,
    Region,
    RespondentKind,
    SourceGap,
)

DEFAULT_ANNEX = "annex/annex.json"
COUNTRY_SOURCE = "iso3166-1"  # every country, names from pycountry
REGION_SOURCE = "regions"  # the regions of this definition
KIND_SOURCE = "kinds"  # the kinds of subject of this definition
# categories every dimension must offer, so that "unknown" is always a valid answer
REQUIRED_CATEGORIES = ("unknown",)


class AnnexDefinitionError(ValueError):
    """The definition file is broken; ``problems`` lists every problem found, with its place."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("annex definition is invalid:\n  " + "\n  ".join(problems))


class _Reader:
    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, what: str) -> None:
        self.problems.append(f"{where}: {what}")

    def text(self, raw: Any, where: str, *, required: bool = True) -> LocalizedText | None:
        if raw is None:
            if required:
                self.fail(where, "text missing")
            return None
        if not isinstance(raw, Mapping):
            self.fail(where, "text must be an object with 'kk' and 'ru'")
            return None
        values = {}
        for lang in LANGUAGES:
            value = raw.get(lang)
            if not isinstance(value, str) or not value.strip():
                self.fail(where, f"text missing in language {lang!r}")
                value = ""
            values[lang] = value
        extra = set(raw) - set(LANGUAGES)
        if extra:
            self.fail(where, f"unknown language(s) {sorted(extra)}")
        return LocalizedText(**values)


def _category_sets(r: _Reader, raw: Any, raw_regions: Any,
                   raw_kinds: Any = None) -> dict[str, CategorySet]:
    from kzth_desktop.annex.countries import country_categories

    sets: dict[str, CategorySet] = {}
    if not isinstance(raw, Mapping):
        r.fail("category_sets", "must be an object")
        return sets
    for set_id, spec in raw.items():
        where = f"category_sets.{set_id}"
        label = r.text(spec.get("label"), where + ".label") or LocalizedText(set_id, set_id)
        cats: list[Category] = []
        if spec.get("source") == COUNTRY_SOURCE:
            cats.extend(country_categories())
        elif spec.get("source") == REGION_SOURCE:
            for reg in raw_regions or []:
                name = r.text(reg.get("name"), f"{where}.{reg.get('code')}")
                if name is not None:
                    cats.append(Category(str(reg.get("code")), name))
        elif spec.get("source") == KIND_SOURCE:
            for kind in raw_kinds or []:
                name = r.text(kind.get("name"), f"{where}.{kind.get('id')}")
                if name is not None:
                    cats.append(Category(str(kind.get("id")), name))
        elif "source" in spec:
            r.fail(where, f"unknown source {spec['source']!r}")
        for i, c in enumerate(spec.get("categories", [])):
            cid = c.get("id")
            if not isinstance(cid, str) or not cid:
                r.fail(f"{where}[{i}]", "category id missing")
                continue
            text = r.text({k: v for k, v in c.items() if k in LANGUAGES}, f"{where}.{cid}")
            cats.append(Category(cid, text or LocalizedText(cid, cid)))
        ids = [c.id for c in cats]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            r.fail(where, f"duplicate category ids {dupes}")
        for need in REQUIRED_CATEGORIES:
            if need not in ids:
                r.fail(where, f"category {need!r} missing")
        sets[set_id] = CategorySet(set_id, label, tuple(cats), spec.get("rationale", ""))
    return sets


def _field(
    r: _Reader, raw: Mapping[str, Any], question: Mapping[str, Any], qid: str, bid: str,
    sets: Mapping[str, CategorySet], single: bool,
) -> Field | None:
    fid = raw.get("id")
    if not isinstance(fid, str) or not fid.startswith(qid + "."):
        r.fail(f"{qid}.fields", f"field id {fid!r} must start with {qid + '.'!r}")
        return None
    try:
        ftype = FieldType(str(raw.get("type")))
    except ValueError:
        r.fail(fid, f"unknown field type {raw.get('type')!r}")
        return None
    # a question with a single field may let the field take the question's own text
    raw_text = raw.get("text")
    if raw_text is None and single and question.get("text") is not None:
        raw_text = question.get("text")
    text = r.text(raw_text, fid + ".text")
    hint = r.text(raw.get("hint"), fid + ".hint", required=False)
    group = r.text(raw.get("group"), fid + ".group", required=False)
    if ftype is FieldType.YES_NO and hint is None:
        r.fail(fid, "a yes/no field needs its 'hint' (Yes / No, if yes describe)")
    dims: list[Dimension] = []
    raw_dims = raw.get("dimensions", [])
    if ftype is FieldType.VICTIMS and not raw_dims:
        r.fail(fid, "a victims table needs dimensions")
    if ftype is not FieldType.VICTIMS and raw_dims:
        r.fail(fid, "only a victims table has dimensions")
    seen_dims: set[str] = set()
    for d in raw_dims:
        did = d.get("id")
        if did in seen_dims or did == "count":
            r.fail(fid, f"dimension id {did!r} repeated or reserved")
        seen_dims.add(did)
        cset = sets.get(d.get("categories", ""))
        if cset is None:
            r.fail(f"{fid}.{did}", f"unknown category set {d.get('categories')!r}")
            continue
        label = r.text(d.get("label"), f"{fid}.{did}.label") or cset.label
        dgroup = r.text(d.get("group"), f"{fid}.{did}.group", required=False)
        dims.append(Dimension(did, label, cset, dgroup))
    if text is None:
        return None
    return Field(fid, ftype, text, hint, group, tuple(dims), qid, bid)


def build_annex(data: Mapping[str, Any]) -> Annex:
    """Checks a definition given as plain data and returns the model, or raises."""
    r = _Reader()
    if data.get("format") != 1:
        r.fail("format", f"unsupported definition format {data.get('format')!r}")
    v = data.get("version", {})
    version = AnnexVersion(
        id=str(v.get("id", "")),
        order=r.text(v.get("order"), "version.order") or LocalizedText("", ""),
        registered=str(v.get("registered", "")),
        registration_number=str(v.get("registration_number", "")),
        revision=v.get("revision", 1) if isinstance(v.get("revision", 1), int) else 0,
    )
    if not version.id:
        r.fail("version.id", "missing")
    if isinstance(version.revision, bool) or version.revision < 1:
        r.fail("version.revision", f"must be a whole number from 1: {v.get('revision')!r}")
    title = r.text(data.get("title"), "title")
    rules_title = r.text(data.get("rules_title"), "rules_title")
    caption = r.text(data.get("caption"), "caption")
    cols = data.get("columns", [])
    columns = tuple(r.text(c, f"columns[{i}]") for i, c in enumerate(cols))
    if len(columns) != 2:
        r.fail("columns", "two column headings expected")

    sets = _category_sets(r, data.get("category_sets", {}), data.get("regions", []),
                          data.get("kinds", []))

    seen_ids: set[str] = set()

    def unique(ident: str, where: str) -> None:
        if ident in seen_ids:
            r.fail(where, f"duplicate id {ident!r}")
        seen_ids.add(ident)

    blocks: list[Block] = []
    for bi, b in enumerate(data.get("blocks", [])):
        number = b.get("number")
        bid = b.get("id")
        if bid != f"b{number}":
            r.fail(f"blocks[{bi}]", f"block id {bid!r} does not match its number {number!r}")
            continue
        unique(bid, bid)
        btitle = r.text(b.get("title"), bid + ".title", required=False)
        addressees = tuple(
            t for i, a in enumerate(b.get("addressees", []))
            if (t := r.text(a, f"{bid}.addressees[{i}]")) is not None
        )
        if btitle is None and not addressees:
            r.fail(bid, "a block needs a title or addressee lines")
        questions: list[Question] = []
        for qi, q in enumerate(b.get("questions", [])):
            qnum = q.get("number")
            qid = q.get("id")
            if qid != f"{bid}.q{qnum}":
                r.fail(f"{bid}.questions[{qi}]", f"question id {qid!r} does not match {qnum!r}")
                continue
            unique(qid, qid)
            qtext = r.text(q.get("text"), qid + ".text", required=False)
            note = r.text(q.get("note"), qid + ".note", required=False)
            note_label = r.text(q.get("note_label"), qid + ".note_label", required=note is not None)
            raw_fields = q.get("fields", [])
            if not raw_fields:
                r.fail(qid, "a question needs at least one field")
            fields: list[Field] = []
            for f in raw_fields:
                fld = _field(r, f, q, qid, bid, sets, single=len(raw_fields) == 1)
                if fld is not None:
                    unique(fld.id, fld.id)
                    fields.append(fld)
            questions.append(Question(qid, qnum, qtext, note, tuple(fields), note_label, bid))
        blocks.append(Block(bid, number, btitle, addressees, tuple(questions)))

    block_ids = {b.id for b in blocks}
    kinds: list[RespondentKind] = []
    kind_ids: set[str] = set()
    for i, k in enumerate(data.get("kinds", [])):
        kid = k.get("id")
        if not kid or kid in kind_ids:
            r.fail(f"kinds[{i}]", f"kind id {kid!r} missing or repeated")
        kind_ids.add(kid)
        kblocks = tuple(k.get("blocks", []))
        for kb in kblocks:
            if kb not in block_ids:
                r.fail(f"kinds.{kid}", f"names block {kb!r}, which does not exist")
        if not kblocks:
            r.fail(f"kinds.{kid}", "answers no block")
        name = r.text(k.get("name"), f"kinds.{kid}.name")
        if name is not None:
            kinds.append(RespondentKind(kid, name, kblocks))

    regions: list[Region] = []
    for i, reg in enumerate(data.get("regions", [])):
        code = reg.get("code", "")
        if not (isinstance(code, str) and code.startswith("KZ-")):
            r.fail(f"regions[{i}]", f"not an ISO 3166-2:KZ code: {code!r}")
            continue
        unique("region:" + code, f"regions.{code}")
        name = r.text(reg.get("name"), f"regions.{code}.name")
        if reg.get("kind") not in ("oblast", "city"):
            r.fail(f"regions.{code}", "kind must be 'oblast' or 'city'")
        if name is not None:
            regions.append(Region(code, name, reg.get("kind", "")))

    gaps: list[SourceGap] = []
    for i, g in enumerate(data.get("source_gaps", [])):
        if g.get("text_of") not in seen_ids or g.get("lang") not in LANGUAGES or not g.get("note"):
            r.fail(f"source_gaps[{i}]", "needs an existing id, a language and a note")
            continue
        gaps.append(SourceGap(g["text_of"], g["lang"], g["note"]))

    if r.problems:
        raise AnnexDefinitionError(r.problems)
    assert title and rules_title and caption
    return Annex(
        version=version,
        title=title,
        rules_title=rules_title,
        caption=caption,
        columns=(columns[0], columns[1]),  # type: ignore[arg-type]
        blocks=tuple(blocks),
        kinds=tuple(kinds),
        regions=tuple(regions),
        category_sets=tuple(sets.values()),
        source_gaps=tuple(gaps),
    )


def load_annex(path: Path) -> Annex:
    """Loads a definition file; a file that is not JSON is refused like a broken definition."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnnexDefinitionError([f"{path}: cannot be read: {exc}"]) from exc
    if not isinstance(data, Mapping):
        raise AnnexDefinitionError([f"{path}: the definition must be a JSON object"])
    return build_annex(data)


@cache
def load_default_annex() -> Annex:
    """The annex shipped with the program (order No. 849 / No. 410)."""
    from kzth_desktop.paths import resource

    return load_annex(resource(DEFAULT_ANNEX))
