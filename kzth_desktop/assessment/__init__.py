"""The risk assessment's computations (rules 13.3, 17): ranking, victim profiles, suppression.

Qt-free and storage-free: it reads the annex and plain submission records, and returns plain
values that the reports and the GUI print.
"""

from __future__ import annotations

from kzth_desktop.assessment.method import (
    DEFAULT_METHOD,
    Anchor,
    Level,
    LevelId,
    Method,
    MethodError,
    MethodProblem,
    MethodProblemCode,
)
from kzth_desktop.assessment.profiles import (
    CrossTab,
    DimensionSummary,
    ProfileSection,
    ProfileText,
    RiskProfile,
    risk_profiles,
)
from kzth_desktop.assessment.ranking import (
    ExpertScore,
    Flag,
    RiskItem,
    RiskScore,
    Territory,
    default_register,
    heat_map,
    score_register,
)
from kzth_desktop.assessment.records import Record
from kzth_desktop.assessment.suppression import (
    Edition,
    Mark,
    SuppressedTable,
    render,
    suppress,
)

__all__ = [
    "DEFAULT_METHOD",
    "Anchor",
    "CrossTab",
    "DimensionSummary",
    "Edition",
    "ExpertScore",
    "Flag",
    "Level",
    "LevelId",
    "Mark",
    "Method",
    "MethodError",
    "MethodProblem",
    "MethodProblemCode",
    "ProfileSection",
    "ProfileText",
    "Record",
    "RiskItem",
    "RiskProfile",
    "RiskScore",
    "SuppressedTable",
    "Territory",
    "default_register",
    "heat_map",
    "render",
    "risk_profiles",
    "score_register",
    "suppress",
]
