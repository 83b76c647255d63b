"""The journey checks themselves: each rule fails when it is broken."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.support.journey import check_step


def _probe(qtbot: QtBot, text: str, width: int) -> tuple[QWidget, QLabel]:
    window = QWidget()
    window.setObjectName("probe")
    label = QLabel(text)
    QVBoxLayout(window).addWidget(label)
    qtbot.addWidget(window)
    window.setFixedWidth(width)
    window.show()
    window.activateWindow()
    label.setFocus()
    return window, label


def test_a_cut_off_label_without_a_tooltip_fails_and_with_one_passes(qtbot: QtBot) -> None:
    _shown, label = _probe(qtbot, "A sentence far too long for the narrow window it sits in", 80)
    with pytest.raises(AssertionError, match="cut off"):
        check_step("narrow")
    label.setToolTip(label.text())
    check_step("narrow, with the whole text as a tooltip")


def test_a_window_larger_than_the_screen_fails(qtbot: QtBot) -> None:
    window, _label = _probe(qtbot, "ok", 100)
    area = window.screen().availableGeometry()
    window.setFixedSize(area.width() + 200, 100)
    with pytest.raises(AssertionError, match="larger than the screen"):
        check_step("too wide")


def test_a_dialog_nobody_asked_for_fails(qtbot: QtBot) -> None:
    _probe(qtbot, "ok", 100)
    dialog = QDialog()
    QVBoxLayout(dialog).addWidget(QLabel("asked"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.setFocus()
    with pytest.raises(AssertionError, match="nobody asked for"):
        check_step("surprise")
    check_step("asked for", dialogs=[dialog])
