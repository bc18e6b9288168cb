"""Data requests (``.kzreq``) as a workspace holds them: issued by the coordinator, imported by a
respondent; both sides read them through these plain records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kzth_desktop.exchange import crypto, formats
from kzth_desktop.storage.models import DataRequest as RequestRow


@dataclass(frozen=True, slots=True)
class RequestInfo:
    """A data request, issued or imported."""

    request_id: str
    reporting_year: int
    issued_on: dt.date
    deadline: dt.date
    annex_version: str
    coordinator_name_kk: str
    coordinator_name_ru: str
    signing_fingerprint: str  # the coordinator's Ed25519 key (SHA-256 hex)
    encryption_fingerprint: str  # the coordinator's X25519 key
    expected: tuple[tuple[str, str], ...] = ()
    direction: str = ""  # issued | imported | "" (not stored)

    @property
    def display_fingerprint(self) -> str:
        return crypto.display_fingerprint(self.signing_fingerprint)


def request_info(doc: formats.RequestDoc, direction: str = "") -> RequestInfo:
    return RequestInfo(
        doc.request_id, doc.reporting_year, doc.issued_on, doc.deadline, doc.annex_version,
        doc.coordinator.name_kk, doc.coordinator.name_ru, doc.signing_fingerprint,
        doc.encryption_fingerprint, doc.expected, direction,
    )


def info_of_row(row: RequestRow) -> RequestInfo:
    expected = formats.read_request(row.data).expected if row.data else ()
    return RequestInfo(
        row.request_id, row.reporting_year, row.issued_on, row.deadline, row.annex_version,
        row.coordinator_name_kk, row.coordinator_name_ru, row.signing_fingerprint,
        row.encryption_fingerprint, expected, row.direction,
    )


def request_row(doc: formats.RequestDoc, data: bytes, direction: str) -> RequestRow:
    return RequestRow(
        request_id=doc.request_id, direction=direction, reporting_year=doc.reporting_year,
        issued_on=doc.issued_on, deadline=doc.deadline, annex_version=doc.annex_version,
        coordinator_name_kk=doc.coordinator.name_kk,
        coordinator_name_ru=doc.coordinator.name_ru, signing_key=doc.signing_key,
        signing_fingerprint=doc.signing_fingerprint, encryption_key=doc.encryption_key,
        encryption_fingerprint=doc.encryption_fingerprint, data=data,
    )
