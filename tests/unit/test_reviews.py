"""Reviewers' marks on quality findings: kept beside the values, never changing them."""

from __future__ import annotations

import pytest

from kzth_desktop.annex import load_default_annex
from kzth_desktop.services.errors import ErrorCode, ServiceError
from kzth_desktop.services.reviews import ReviewService, ReviewStatus
from kzth_desktop.services.workspace import OrgProfile, Workspace

ANNEX = load_default_annex()
FINDING = "outlier_regions:2025:KZ-10|akimat:b14.q1.meetings"


@pytest.fixture
def ws(tmp_path):
    w = Workspace.create(tmp_path / "c", "coordinator", OrgProfile("Топ", "Группа"), annex=ANNEX)
    yield w
    w.close()


def test_a_review_is_stored_changed_and_reopened(ws):
    svc = ReviewService(ws)
    assert svc.review(FINDING).status is ReviewStatus.OPEN
    r = svc.set_review(FINDING, "plausible", "  Өңірлік комиссия 12 рет жиналды, хаттамалар бар ",
                       reviewer="Ахметова")
    assert (r.status, r.comment, r.reviewer) == (
        ReviewStatus.PLAUSIBLE, "Өңірлік комиссия 12 рет жиналды, хаттамалар бар", "Ахметова")
    svc.set_review(FINDING, ReviewStatus.TO_CORRECT, "Запрошена новая версия")
    assert svc.reviews()[FINDING].status is ReviewStatus.TO_CORRECT
    assert len(svc.reviews()) == 1
    svc.set_review(FINDING, "open", "")
    assert svc.reviews() == {}


def test_a_mark_needs_a_comment(ws):
    with pytest.raises(ServiceError) as exc:
        ReviewService(ws).set_review(FINDING, "plausible", "   ")
    assert exc.value.code is ErrorCode.REVIEW_COMMENT_REQUIRED
    assert "комментари" in exc.value.message("ru")
    assert ReviewService(ws).reviews() == {}


def test_only_a_coordinator_reviews(tmp_path):
    w = Workspace.create(tmp_path / "r", "respondent",
                         OrgProfile("Әкімдік", "Акимат", "KZ-10", ("akimat",)), annex=ANNEX)
    with pytest.raises(ServiceError) as exc:
        ReviewService(w)
    assert exc.value.code is ErrorCode.WRONG_ROLE
    w.close()
