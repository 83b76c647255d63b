"""The inspector while apaleo makes it wait or refuses: the countdown for the rate limit, and
the support reference (apaleo-tracking-id) of an error, with Copy. Real widgets, the sandbox.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.main_window import MainWindow
from tests.support import waits
from tests.support.visible_texts import shown_facts

WAIT_MS = 20_000


def test_the_rate_limit_is_counted_down_in_the_status_bar(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(property_count=1000, rate_limit=(3, 2.0))
    qtbot.waitUntil(
        lambda: "apaleo's rate limit: continuing in" in window.statusBar().currentMessage(),
        timeout=WAIT_MS,
    )
    waits.until(
        qtbot, window.properties.busy, lambda: window.properties.model.rowCount() == 1000, 60_000
    )  # and it goes on


def test_an_api_error_offers_apaleos_support_reference(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, sb = open_window(faults=[Fault("status", path="/inventory/v1/properties", status=400)])
    bar = window.message_bar
    waits.until(qtbot, window.properties.error, bar.isVisible, WAIT_MS)
    assert bar.words is not None
    reference = bar.words.reference
    assert reference is not None
    assert len(reference) == 32
    assert bar.headline.text() == "apaleo rejected the app's request"
    assert "load the properties" in bar.body.text()
    assert not window.properties.status.isVisible()  # one message, in the bar only
    assert not bar.details.isVisible()  # the facts for support are one click away
    bar.details_button.click()
    assert bar.details.isVisible()
    facts = shown_facts(bar)
    assert facts["Call"] == "GET /inventory/v1/properties"
    assert facts["HTTP status"] == "400"
    assert facts["apaleo support reference"] == reference
    assert bar.copy_reference is not None
    bar.copy_reference.click()
    assert QGuiApplication.clipboard().text() == reference
    # Retry is offered; once apaleo answers again it loads, and the bar goes away
    assert bar.retry_button.isVisible()
    sb.faults.clear()
    bar.retry_button.click()
    assert not bar.isVisible()
    waits.until(
        qtbot, window.properties.busy, lambda: window.properties.model.rowCount() == 6, WAIT_MS
    )
    assert not window.properties.status.isVisible()
