"""The coordinator's desk, Qt-free and storage-free: completeness, quality, aggregation.

Everything here works on plain :class:`SubmissionRecord` values (the coordinator's imported
submissions, however they were stored), validated once each through a :class:`SubmissionSet`.
"""

from __future__ import annotations

from kzth_desktop.analysis.aggregate import (
    Aggregation,
    ListAggregate,
    NumericAggregate,
    TextAnswer,
    VictimGroup,
    VictimsAggregate,
    YearAggregate,
    YesNoAggregate,
    YesNoCounts,
    aggregate,
    aggregate_year,
)
from kzth_desktop.analysis.completeness import (
    CellStatus,
    CompletenessCell,
    CompletenessMatrix,
    KeyedForm,
    Reminder,
    SubmissionSummary,
    completeness_matrix,
)
from kzth_desktop.analysis.quality import (
    Finding,
    FindingCode,
    NoDataGroup,
    QualityOptions,
    QualityReport,
    Severity,
    quality_report,
)
from kzth_desktop.analysis.records import (
    DEFAULT_EXPECTED_KINDS,
    ExpectedRespondent,
    SkippedSubmission,
    SubmissionRecord,
    SubmissionSet,
    default_expected,
)

__all__ = [
    "DEFAULT_EXPECTED_KINDS",
    "Aggregation",
    "CellStatus",
    "CompletenessCell",
    "CompletenessMatrix",
    "ExpectedRespondent",
    "Finding",
    "FindingCode",
    "KeyedForm",
    "ListAggregate",
    "NoDataGroup",
    "NumericAggregate",
    "QualityOptions",
    "QualityReport",
    "Reminder",
    "Severity",
    "SkippedSubmission",
    "SubmissionRecord",
    "SubmissionSet",
    "SubmissionSummary",
    "TextAnswer",
    "VictimGroup",
    "VictimsAggregate",
    "YearAggregate",
    "YesNoAggregate",
    "YesNoCounts",
    "aggregate",
    "aggregate_year",
    "completeness_matrix",
    "default_expected",
    "quality_report",
]
