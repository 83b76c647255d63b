"""The Scopes tab in German: the state first, nothing behind a scroll bar, nothing cut off."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Sandbox
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models import ScopesModel
from tests.support import waits
from tests.support.language import in_language

WAIT = 20_000


@pytest.mark.parametrize("code", ["de", "en"])
def test_the_scopes_tab_shows_the_state_first_and_wraps_its_texts(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]], code: str
) -> None:
    with in_language(code):
        window, _sb = open_window()
        window.resize(1000, 700)  # a window on a 1024x768 screen
        window.tabs.setCurrentWidget(window.scopes)
        tab = window.scopes
        waits.until(qtbot, window.events.tokens_changed, lambda: tab.model.rowCount() > 0, WAIT)
        QApplication.processEvents()
        table = tab.table
        header = table.horizontalHeader()
        assert header.logicalIndex(0) == ScopesModel.COL_GRANTED  # the state comes first
        assert not table.horizontalScrollBar().isVisible()
        assert header.length() <= table.viewport().width()
        metrics = table.fontMetrics()
        for row in range(tab.proxy.rowCount()):
            for column in (ScopesModel.COL_MEANING, ScopesModel.COL_IN_APP):
                text = str(tab.proxy.index(row, column).data())
                width = header.sectionSize(column) - 8  # the cell's margins
                needed = metrics.boundingRect(
                    QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
                ).height()
                assert table.rowHeight(row) >= needed, (code, row, text)
