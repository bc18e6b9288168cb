"""The annex of the Rules (the questionnaire) as data: model, loader, values, validation."""

from __future__ import annotations

from kzth_desktop.annex.loader import AnnexDefinitionError, load_annex, load_default_annex
from kzth_desktop.annex.model import (
    Annex,
    Block,
    Category,
    CategorySet,
    Dimension,
    Field,
    FieldType,
    LocalizedText,
    Question,
    Region,
    RespondentKind,
)

__all__ = [
    "Annex",
    "AnnexDefinitionError",
    "Block",
    "Category",
    "CategorySet",
    "Dimension",
    "Field",
    "FieldType",
    "LocalizedText",
    "Question",
    "Region",
    "RespondentKind",
    "load_annex",
    "load_default_annex",
]
