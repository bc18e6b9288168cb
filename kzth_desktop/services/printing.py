"""Printing: blank questionnaire copies and filled copies of a submission, as PDF bytes.

The GUI sends the bytes to a printer or saves them (``gui/printing.py``); the CLI writes them
to a file. The layout is ``reports.questionnaire``'s; this module gathers what it shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kzth_desktop.annex.model import Annex, LocalizedText
from kzth_desktop.annex.values import is_complete
from kzth_desktop.exchange import crypto
from kzth_desktop.reports.questionnaire import (
    LANGS,
    SubmissionCopy,
    blank_questionnaire,
    filled_questionnaire,
)
from kzth_desktop.services.coordination import HeldSubmission
from kzth_desktop.services.errors import STATUS_NAMES, ErrorCode, ServiceError
from kzth_desktop.services.files import write_file
from kzth_desktop.services.keys import KeyService
from kzth_desktop.services.respondent import RespondentService
from kzth_desktop.services.workspace import OrgProfile, Workspace

__all__ = [
    "LANGS",
    "blank_copy",
    "filled_copy",
    "held_copy",
    "submission_copy",
    "write_pdf",
]


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r} (kk, ru or both)")
    return lang


def blank_copy(annex: Annex, kind_ids: Sequence[str], lang: str,
               organisation: OrgProfile | None = None) -> bytes:
    """A blank copy of the blocks organisations of ``kind_ids`` answer, in ``lang``
    ("kk", "ru" or "both"), its author ``organisation`` (the workspace's, if any). An unknown
    kind is refused (UNKNOWN_KIND)."""
    _check_lang(lang)
    known = {k.id for k in annex.kinds}
    for k in kind_ids:
        if k not in known:
            raise ServiceError(ErrorCode.UNKNOWN_KIND, kind=k)
    if not kind_ids:
        raise ServiceError(ErrorCode.KIND_REQUIRED)
    author = (LocalizedText(kk=organisation.name_kk, ru=organisation.name_ru)
              if organisation is not None else None)
    return blank_questionnaire(annex, list(dict.fromkeys(kind_ids)), lang, author)


def submission_copy(
    annex: Annex,
    profile: OrgProfile,
    year: int,
    answers: Mapping[str, Any],
    lang: str,
    *,
    version: int,
    status: str | None = None,
    fingerprint: str | None = None,
    printed_on: dt.date | None = None,
    keyers: Sequence[str] | None = None,
) -> bytes:
    """A filled copy of any submission: the respondent's own, or one the coordinator imported
    (its organisation's profile, answers and version come from the bundle).

    ``fingerprint`` is the fingerprint of the key that signs the bundle, as it is shown to
    people (groups); None prints "—" (no key yet). ``keyers`` given: the submission was
    entered from a paper form by those operators, printed instead of a fingerprint.
    """
    _check_lang(lang)
    fields = annex.fields_for_kinds(list(profile.kinds)) if profile.kinds else ()
    complete = sum(1 for f in fields if is_complete(f, answers.get(f.id)))
    total = len(fields)
    region: LocalizedText | None = None
    if profile.region:
        try:
            region = annex.region(profile.region).name
        except KeyError:
            region = None
    contact = ", ".join(x for x in (profile.contact_person, profile.phone, profile.email) if x)
    copy = SubmissionCopy(
        organisation=LocalizedText(kk=profile.name_kk, ru=profile.name_ru),
        kinds=tuple(profile.kinds),
        year=year,
        answers=dict(answers),
        version=version,
        completeness=100.0 * complete / total if total else 100.0,
        answered=complete,
        total=total,
        region=region,
        region_code=profile.region,
        contact=contact,
        keyers=tuple(keyers) if keyers is not None else None,
        status=STATUS_NAMES.get(status) if status else None,
        fingerprint=fingerprint,
        printed_on=printed_on or dt.date.today(),
    )
    return filled_questionnaire(annex, copy, lang)


def filled_copy(
    ws: Workspace,
    annex: Annex,
    year: int,
    lang: str,
    *,
    bundle_version: int | None = None,
    fingerprint: str | None = None,
    printed_on: dt.date | None = None,
) -> bytes:
    """The filled copy of this respondent workspace's submission for ``year``.

    The version printed is ``bundle_version`` when the copy goes with an exported bundle,
    else the submission's own version number (the one its next bundle carries). The
    fingerprint is that of the workspace's signing key (the one the coordinator registered),
    read without the passphrase unless given; the line shows "—" only when no key exists yet.
    """
    service = RespondentService(ws, annex)
    campaign = service.campaign(year)  # NO_CAMPAIGN first
    profile = ws.profile()
    if profile is None:
        raise ServiceError(ErrorCode.PROFILE_MISSING)
    if fingerprint is None:
        try:
            fingerprint = KeyService(ws).key("signing").display
        except ServiceError as exc:
            if exc.code is not ErrorCode.NO_KEYS:
                raise
    return submission_copy(
        annex, profile, year, service.answers(year), lang,
        version=bundle_version if bundle_version is not None else campaign.version,
        status=campaign.status, fingerprint=fingerprint, printed_on=printed_on,
    )


def held_copy(annex: Annex, held: HeldSubmission, lang: str, *,
              printed_on: dt.date | None = None) -> bytes:
    """The coordinator's copy of an imported submission: its organisation as the bundle
    carries it, its version and the fingerprint of the key that signed it — or, entered from
    a paper form (issue 18), no key but the operators who keyed it."""
    org = held.organisation
    profile = OrgProfile(name_kk=org.name_kk, name_ru=org.name_ru, region=org.region,
                         kinds=tuple(org.kinds), contact_person=org.contact_person,
                         phone=org.phone, email=org.email)
    return submission_copy(
        annex, profile, held.reporting_year, held.answers, lang, version=held.version,
        fingerprint=None if held.from_paper
        else crypto.display_fingerprint(held.signer_fingerprint),
        printed_on=printed_on, keyers=held.keyers if held.from_paper else None,
    )


def write_pdf(data: bytes, path: str | Path) -> Path:
    """Writes a PDF whole or not at all (:func:`~kzth_desktop.services.files.write_file`).

    A failure is a ServiceError naming the folder (TARGET_FULL, TARGET_NOT_WRITABLE,
    TARGET_FAILED) or the file another program holds open (FILE_IN_USE).
    """
    target = Path(path)
    write_file(target, data)
    return target
