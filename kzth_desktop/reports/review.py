"""The reviewer's decision on a held submission as the workbook shows it (no openpyxl here:
the coordinator's desk holds these from the start, the workbook is written only on demand)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """The reviewer's decision on one held submission (issue 17), as the sheet shows it."""

    year: int
    region: str
    name_kk: str
    name_ru: str
    version: int
    status: str  # current | superseded | withdrawn
    review: str  # accepted | returned | corrected
    by: str
    at: datetime | None
    why: str
    notes: tuple[tuple[str, str], ...] = ()  # (field id, the coordinator's note)
    corrections: tuple[tuple[str, str, bool], ...] = ()  # (field id, comment, changed)
    changed: tuple[str, ...] = ()  # fields whose value differs from the version corrected
