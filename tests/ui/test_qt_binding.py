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


def test_pyside_no_longer_reads_each_imported_modules_source() -> None:
    """PYSIDE-2029's hook reads every module imported after PySide6 (~35 ms of a start).

    Importing ``desktop_app.ui`` replaces it; a PySide6 whose hook moved makes this fail, so the
    start-up cost cannot come back unnoticed.
    """
    import importlib
    import inspect

    import desktop_app.ui

    assert desktop_app.ui.skip_feature_scan() is True
    feature = sys.modules["shibokensupport.feature"]
    read: list[object] = []
    original = inspect.getsource

    def spy(obj: object) -> str:
        read.append(obj)
        return original(obj)  # type: ignore[arg-type]

    inspect.getsource = spy  # type: ignore[assignment]
    try:
        sys.modules.pop("colorsys", None)
        importlib.import_module("colorsys")  # a module no test has imported yet
    finally:
        inspect.getsource = original
    assert feature._mod_uses_pyside.__module__ == "desktop_app.ui"
    assert read == []
