"""Guards against a Qt binding that corrupts Python objects (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_leave_none_refcount_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    # on 3.12+ None is immortal and the count is meaningless; 3.11 must see no loss at all
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) >= before
