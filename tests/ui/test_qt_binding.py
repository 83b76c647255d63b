"""The Qt binding itself: PySide6 6.12.0 drops a reference to None on every void call under
Python 3.11, so a long session crashes at exit ("none_dealloc"). Pinned away; this keeps it so."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -50  # a leak-free binding stays near 0
