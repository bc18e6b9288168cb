"""GUI tests run offscreen with pytest-qt (one QApplication for the session)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from kzth_desktop.annex import Annex, load_default_annex  # noqa: E402


@pytest.fixture(scope="session")
def annex() -> Annex:
    return load_default_annex()
