"""Reviews of quality findings (rule 13.1): as DHIS2 does, a value that looks wrong is kept as
sent; the coordinator marks the finding as plausible or to be corrected by the office, with a
comment, and the mark follows the finding (its id is stable across imports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from kzth_desktop.annex.model import LocalizedText
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.workspace import Workspace
from kzth_desktop.storage.models import FindingReview, utcnow


class ReviewStatus(StrEnum):
    OPEN = "open"  # not looked at yet (no row is stored for it)
    PLAUSIBLE = "plausible"  # checked: the value stands
    TO_CORRECT = "to_correct"  # the office is asked to correct and send a new version


REVIEW_NAMES: dict[ReviewStatus, LocalizedText] = {
    ReviewStatus.OPEN: LocalizedText(kk="қаралмаған", ru="не рассмотрено"),
    ReviewStatus.PLAUSIBLE: LocalizedText(kk="расталды: мән дұрыс", ru="проверено: значение верно"),
    ReviewStatus.TO_CORRECT: LocalizedText(kk="түзету сұралды", ru="запрошено исправление"),
}


@dataclass(frozen=True, slots=True)
class Review:
    finding_id: str
    status: ReviewStatus
    comment: str
    reviewer: str
    updated_at: dt.datetime | None


class ReviewService:
    def __init__(self, ws: Workspace) -> None:
        if ws.role != "coordinator":
            raise ServiceError(ErrorCode.WRONG_ROLE, needed="coordinator", role=ws.role)
        self.ws = ws

    def reviews(self) -> dict[str, Review]:
        def work(s: Session) -> dict[str, Review]:
            return {r.finding_id: _review(r) for r in s.scalars(select(FindingReview))}

        return self.ws.read(work)

    def review(self, finding_id: str) -> Review:
        return self.reviews().get(finding_id) or Review(finding_id, ReviewStatus.OPEN, "", "",
                                                        None)

    def set_review(self, finding_id: str, status: ReviewStatus | str, comment: str,
                   reviewer: str = "") -> Review:
        """Stores the reviewer's mark; a comment is required unless the finding is reopened."""
        status = ReviewStatus(status)
        comment = comment.strip()
        if not finding_id:
            raise ValueError("a finding id is required")
        if status is not ReviewStatus.OPEN and not comment:
            raise ServiceError(ErrorCode.REVIEW_COMMENT_REQUIRED)

        def work(s: Session) -> Review:
            row = s.scalar(select(FindingReview).where(FindingReview.finding_id == finding_id))
            if status is ReviewStatus.OPEN:
                if row is not None:
                    s.delete(row)
                return Review(finding_id, status, "", reviewer, None)
            if row is None:
                row = FindingReview(finding_id=finding_id)
                s.add(row)
            row.status, row.comment, row.reviewer = status.value, comment, reviewer
            row.updated_at = utcnow()
            s.flush()
            return _review(row)

        return self.ws.write(work)


def _review(row: FindingReview) -> Review:
    return Review(row.finding_id, ReviewStatus(row.status), row.comment, row.reviewer,
                  row.updated_at)
