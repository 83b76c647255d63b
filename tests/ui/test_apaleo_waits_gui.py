"""The inspector while apaleo makes it wait or refuses: the countdown for the rate limit, and
the support reference (apaleo-tracking-id) of an error, with Copy. Real widgets, the sandbox.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.main_window import MainWindow

WAIT_MS = 20_000


def test_the_rate_limit_is_counted_down_in_the_status_bar(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(property_count=1000, rate_limit=(3, 2.0))
    qtbot.waitUntil(
        lambda: "apaleo's rate limit: continuing in" in window.statusBar().currentMessage(),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 1000, timeout=60_000)  # and it goes on


def test_an_api_error_offers_apaleos_support_reference(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(faults=[Fault("status", path="/inventory/v1/properties", status=400)])
    qtbot.waitUntil(window.support_reference.isVisible, timeout=WAIT_MS)
    reference = window.support_reference.reference
    assert len(reference) == 32
    assert reference in window.support_reference.label.text()
    assert reference in window.properties_note.text()  # in the error's words too
    window.support_reference.copy_button.click()
    assert QGuiApplication.clipboard().text() == reference
