"""Use cases over a workspace; they own the transactions and return plain frozen dataclasses."""

from __future__ import annotations

from kzth_desktop.services.errors import AnswersError, ErrorCode, ProfileError, ServiceError
from kzth_desktop.services.respondent import (
    AuditEntry,
    Campaign,
    ImportResult,
    RespondentService,
    StatusSummary,
    YearStatus,
    parse_answers_file,
)
from kzth_desktop.services.workspace import OrgProfile, Workspace

__all__ = [
    "AnswersError",
    "AuditEntry",
    "Campaign",
    "ErrorCode",
    "ImportResult",
    "OrgProfile",
    "ProfileError",
    "RespondentService",
    "ServiceError",
    "StatusSummary",
    "Workspace",
    "YearStatus",
    "parse_answers_file",
]
