"""The results of the risk assessment brought to the subjects (rule 19, ``.kzres``): the
published edition in Kazakh and Russian, never the restricted one, the expert group's
recommendations and each kind of subject's own risk profile texts, signed with the
coordinator's key; the commission's meeting date and decision are recorded with it."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import logging
import re
import uuid
from collections.abc import Sequence

from kzth_desktop.assessment.suppression import Edition
from kzth_desktop.exchange import crypto, formats, notices
from kzth_desktop.services.assessment import (
    PROFILE_PARTS,
    RECOMMENDATIONS,
    AssessmentService,
    period_years,
    profile_section,
)
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.keys import KeyService, Unlocker
from kzth_desktop.services.workspace import Workspace, current_user
from kzth_desktop.storage.models import ResultsPackage as ResultsRow
from kzth_desktop.storage.models import utcnow

log = logging.getLogger(__name__)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class ResultsService:
    """The coordinator's results packages."""

    def __init__(self, assessment: AssessmentService) -> None:
        self.assessment = assessment
        self.ws: Workspace = assessment.ws
        self.annex = assessment.annex
        self.keys = KeyService(self.ws)

    # --- results to the subjects (rule 19) ----------------------------------------------------
    def export(self, years: Sequence[int], passphrase: str, *,
               meeting_date: dt.date | None = None, decision: str = "",
               user: str | None = None) -> tuple[str, bytes]:
        """The signed results package of the period: the published edition in kk and ru (only
        ever that edition), the recommendations and each kind's own risk profile texts."""
        first, last = period_years(years)
        span = list(range(first, last + 1))
        profile = self.ws.profile()
        if profile is None:
            raise ServiceError(ErrorCode.PROFILE_MISSING)
        key = self.keys.signing_key(Unlocker(passphrase))  # WRONG_PASSPHRASE before the work
        svc = self.assessment
        pdfs = {lang: svc.report(span, lang, Edition.PUBLISHED) for lang in notices.LANGS}
        recommendations = {lang: plain_text(svc.text(span, RECOMMENDATIONS, lang))
                           for lang in notices.LANGS}
        profiles = []
        for kind in self.annex.kinds:
            parts = {part: {lang: plain_text(svc.text(span, profile_section(kind.id, part),
                                                      lang)) for lang in notices.LANGS}
                     for part in PROFILE_PARTS}
            profiles.append(notices.KindProfile(kind.id, parts["risk_area"], parts["measures"]))
        doc = notices.ResultsDoc(
            results_id=str(uuid.uuid4()), first_year=first, last_year=last,
            created_at=utcnow().replace(microsecond=0),
            coordinator=formats.OrgInfo(profile.name_kk, profile.name_ru),
            signing_key=crypto.public_raw(key), recommendations=recommendations,
            profiles=tuple(profiles), meeting_date=meeting_date,
            decision=_one_line(decision)[:notices.NOTE_LIMIT])
        data = notices.build_results(doc, pdfs, key)
        who = current_user() if user is None else user
        self.ws.write(lambda s: s.add(ResultsRow(
            results_id=doc.results_id, first_year=first, last_year=last, at=doc.created_at,
            user=who, meeting_date=meeting_date, decision=doc.decision,
            sha256=hashlib.sha256(data).hexdigest())))
        log.info("results package made: %s–%s, id %s, sha256 %s", first, last,
                 doc.results_id, hashlib.sha256(data).hexdigest()[:12])
        return doc.results_id, data



_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<\s*(br|/p|/li|/h\d)\s*/?>", re.I)


def plain_text(markup: str) -> str:
    """The expert group's rich text (the editor's HTML subset) as plain paragraphs."""
    text = _BREAK.sub("\n", markup or "")
    text = html.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)



__all__ = ["ResultsService", "plain_text"]
