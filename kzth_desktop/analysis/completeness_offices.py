"""The offices behind the completeness matrix (issue 19): who is late or missing, how to reach
them (the contact of their registration), and the refused files that explain a missing one.

The matrix counts region × kind cells; a reminder goes to an office. An expected cell with
nothing is matched to the offices registered for it (a key approved from a registration file,
which carries the contact person, phone and e-mail, or an office registered on paper); a file
received from such an office and not accepted (refused, or waiting in quarantine) is put
beside it: "file refused: <reason>" tells the coordinator why the office is missing although
it did send something.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from kzth_desktop.analysis.completeness import CellStatus, CompletenessMatrix
from kzth_desktop.annex.model import LocalizedText


@dataclass(frozen=True, slots=True)
class OfficeContact:
    """An office the coordinator knows, with the contact its registration gave."""

    org_key: str
    name_kk: str
    name_ru: str
    region: str
    kinds: tuple[str, ...]
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    on_paper: bool = False  # registered on paper: no key, no contact given
    fingerprints: tuple[str, ...] = ()  # of its registered keys (hex)

    def name(self, lang: str) -> str:
        return self.name_kk if lang == "kk" else self.name_ru

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_person or self.phone or self.email)


@dataclass(frozen=True, slots=True)
class RefusedFile:
    """A bundle received and not accepted: refused, or in quarantine (an unknown key), with
    whom and which year it names (from its manifest, else from its file name; "" and None
    when neither can be read)."""

    receipt_id: int
    file_name: str
    quarantined: bool
    reason: LocalizedText
    received_at: datetime | None
    year: int | None
    region: str = ""
    kinds: tuple[str, ...] = ()
    org_key: str = ""
    fingerprint: str = ""  # hex, or the first characters of it read from the file name

    def matches(self, office: OfficeContact) -> bool:
        if self.org_key and self.org_key == office.org_key:
            return True
        return bool(self.fingerprint) and any(fp.startswith(self.fingerprint)
                                              for fp in office.fingerprints)


@dataclass(frozen=True, slots=True)
class LateOffice:
    """An office that is late (it sent after the deadline: LATE), missing (nothing, the
    deadline passed: MISSING) or still awaited (PENDING), with its contact; ``office`` is None
    when no office is registered for an expected cell."""

    region: str
    kinds: tuple[str, ...]
    status: CellStatus
    deadline: date | None
    days_late: int | None  # after the deadline: when it arrived, or until ``as_of``
    office: OfficeContact | None
    refused: tuple[RefusedFile, ...] = ()
    received_at: datetime | None = None

    @property
    def overdue(self) -> bool:
        return self.status in (CellStatus.LATE, CellStatus.MISSING)


def _for_cell(region: str, kind: str, offices: Iterable[OfficeContact]) -> list[OfficeContact]:
    return [o for o in offices if o.region == region and kind in o.kinds]


def late_offices(matrix: CompletenessMatrix, offices: Iterable[OfficeContact],
                 refused: Iterable[RefusedFile] = ()) -> tuple[LateOffice, ...]:
    """The late submissions, then the missing and awaited offices (one row per office
    registered for a reminder's cell, one row without an office when none is), in region
    and kind order; refused files of the year beside the missing office they came from."""
    known = list(offices)
    by_key = {o.org_key: o for o in known}
    files = [f for f in refused if f.year in (None, matrix.year)]
    out: list[LateOffice] = []
    for s in matrix.submissions:
        if s.status is CellStatus.LATE and s.expected:
            out.append(LateOffice(s.region, s.kinds, CellStatus.LATE, matrix.deadline,
                                  s.days_late, by_key.get(s.org_key), (), s.received_at))
    arrived = {s.org_key for s in matrix.submissions}
    for r in matrix.reminders:
        status = CellStatus.MISSING if r.overdue else CellStatus.PENDING
        cell_files = [f for f in files if f.region == r.region and r.kind in f.kinds]
        rows = [o for o in _for_cell(r.region, r.kind, known) if o.org_key not in arrived]
        if not rows:
            out.append(LateOffice(r.region, (r.kind,), status, matrix.deadline,
                                  r.days_overdue, None, tuple(cell_files)))
            continue
        for office in rows:
            mine = [f for f in cell_files if f.matches(office)
                    or (not f.org_key and not f.fingerprint)]
            if len(rows) == 1:  # the only office of the cell: whatever names the cell is its
                mine = cell_files
            out.append(LateOffice(r.region, (r.kind,), status, matrix.deadline,
                                  r.days_overdue, office, tuple(mine)))
    return tuple(out)


__all__ = ["LateOffice", "OfficeContact", "RefusedFile", "late_offices"]
