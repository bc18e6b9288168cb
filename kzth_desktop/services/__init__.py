"""Use cases over a workspace; they own the transactions and return plain frozen dataclasses."""

from __future__ import annotations

from kzth_desktop.services.bundle_export import BundleExport, ExchangeService, RequestImported
from kzth_desktop.services.bundle_import import ImportOutcome, ImportReport
from kzth_desktop.services.coordination import (
    CoordinationService,
    HeldSubmission,
    Receipt,
    RegistrationPreview,
    SignerAdded,
    SignerInfo,
)
from kzth_desktop.services.errors import (
    AnswersError,
    ErrorCode,
    FileRefusedError,
    NotValidError,
    ProfileError,
    ServiceError,
)
from kzth_desktop.services.keys import KeyService, OwnKey
from kzth_desktop.services.requests import RequestInfo
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
    "BundleExport",
    "Campaign",
    "CoordinationService",
    "ErrorCode",
    "ExchangeService",
    "FileRefusedError",
    "HeldSubmission",
    "ImportOutcome",
    "ImportReport",
    "ImportResult",
    "KeyService",
    "NotValidError",
    "OwnKey",
    "OrgProfile",
    "ProfileError",
    "Receipt",
    "RegistrationPreview",
    "RequestImported",
    "RequestInfo",
    "RespondentService",
    "ServiceError",
    "SignerAdded",
    "SignerInfo",
    "StatusSummary",
    "Workspace",
    "YearStatus",
    "parse_answers_file",
]
