"""What the assessment reads from a submission: any object with region, kinds, year, answers.

``kzth_desktop.analysis.records.SubmissionRecord`` fits this protocol; the assessment does not
import it, so that it depends on nothing but the annex.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from kzth_desktop.annex.model import Annex


class Record(Protocol):
    """One organisation's submission for one reporting year (canonical answer values).

    Optional attributes read with ``getattr``: ``org_key`` (the organisation across years;
    without it every record is its own respondent) and ``version`` (the newest is kept).
    """

    @property
    def region(self) -> str: ...

    @property
    def kinds(self) -> Sequence[str]: ...

    @property
    def year(self) -> int: ...

    @property
    def answers(self) -> Mapping[str, object]: ...


def respondent_key(record: Record) -> object:
    """Who sent the record: its ``org_key`` if it has one, else the record itself."""
    key = getattr(record, "org_key", None)
    return key if key is not None else id(record)


def newest(records: Iterable[Record], years: Sequence[int]) -> list[Record]:
    """The records of ``years``, one per organisation and year: the highest ``version``."""
    wanted = set(years)
    best: dict[tuple[object, int], Record] = {}
    for rec in records:
        if rec.year not in wanted:
            continue
        key = (respondent_key(rec), rec.year)
        held = best.get(key)
        if held is None or getattr(rec, "version", 0) > getattr(held, "version", 0):
            best[key] = rec
    return list(best.values())


def kinds_answering(annex: Annex, record: Record, block_id: str) -> tuple[str, ...]:
    """Those of the record's kinds (known to the annex) whose questionnaire has the block."""
    known = {k.id: k for k in annex.kinds}
    return tuple(k for k in record.kinds if k in known and block_id in known[k].blocks)


def kind_key(annex: Annex, record: Record, block_id: str) -> str:
    """Under which kind the record's answers in a block are reported.

    The convention of the coordinator's aggregation: one kind reports as itself; an
    organisation registered with several kinds that answer the block reports under those
    kinds joined with "+" (``akimat+social_services``), never split or guessed apart.
    """
    return "+".join(kinds_answering(annex, record, block_id))
