"""apaleo's data is shown as the characters it is, never rendered: labels, tooltips, item tooltips.

HTML goes in through every field the sandbox serves that the window shows (the account's name,
a property's name and company, a user's name, and an error's text), then every widget, tooltip
and table cell of the window is walked for rich text that was not escaped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Sandbox
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.signin_window import SignInWindow
from desktop_app.ui.workers import WorkerPool
from tests.support import waits
from tests.ui.conftest import loaded

WAIT = 20_000
HOSTILE = '<img src="file:///etc/hostname"><h1>Call support</h1>'


def _hostile(sb: Sandbox) -> None:
    sb.data.account["name"] = f"{HOSTILE} Group"
    first = sb.data.properties[0]
    first["name"] = {"en": f"{HOSTILE} Hotel", "de": f"{HOSTILE} Hotel"}
    first["companyName"] = HOSTILE
    sb.users[1] = dataclasses.replace(sb.users[1], first_name=HOSTILE, last_name="<b>x</b>")


def _rendered(text: str) -> bool:
    """Whether Qt would render *text* with the hostile tags as tags (not as characters)."""
    return bool(text) and GuiQt.mightBeRichText(text) and ("<img" in text or "<h1" in text)


def _walk(root: QWidget) -> list[str]:
    """Every place under *root* where server data would be rendered as rich text."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if _rendered(widget.toolTip()):
            found.append(f"tooltip of {type(widget).__name__} {widget.objectName()}")
        if (
            isinstance(widget, QLabel)
            and widget.textFormat() != Qt.TextFormat.PlainText
            and _rendered(widget.text())
        ):
            found.append(f"label {widget.objectName()}: {widget.text()[:40]}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    index = model.index(row, col, QModelIndex())
                    tip = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and _rendered(tip):
                        found.append(f"cell tooltip {type(model).__name__} {row},{col}")
                    shown = index.data(Qt.ItemDataRole.DisplayRole)
                    delegate = widget.itemDelegateForIndex(index)
                    tip_for = getattr(delegate, "tooltip_text", None)
                    if isinstance(shown, str) and tip_for is not None and _rendered(tip_for(shown)):
                        found.append(f"elided-cell tooltip {row},{col}")
    return found


@pytest.mark.keyring
def test_html_in_apaleo_data_is_never_rendered(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(before_start=_hostile)
    loaded(qtbot, window)
    waits.until(
        qtbot, window.header.busy, lambda: HOSTILE in window.header.account_title.full_text(), WAIT
    )
    window.tabs.setCurrentWidget(window.users)
    waits.until(qtbot, window.users.busy, lambda: window.users.model.rowCount() == 3, WAIT)
    window.properties.table.selectRow(0)
    qtbot.waitUntil(lambda: HOSTILE in "".join(_texts(window)), timeout=WAIT)
    window.resize(400, 500)  # elided names get their full text as a tooltip
    QApplication.processEvents()
    assert _walk(window) == []


def _texts(window: QWidget) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel)]


def test_an_error_text_with_html_is_shown_as_text(qtbot: QtBot) -> None:
    signin = SignInWindow(WorkerPool())
    qtbot.addWidget(signin)
    signin.show()
    signin.show_error(f"apaleo said: {HOSTILE}", retry=True)
    assert _walk(signin) == []
