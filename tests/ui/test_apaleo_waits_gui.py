"""The inspector while apaleo makes it wait or refuses: the countdown for the rate limit, and
the support reference (apaleo-tracking-id) of an error, with Copy. Real widgets, the sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_app.api.client import ApiClient
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.config import ProfileStore
from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.main_window import AppContext, MainWindow
from desktop_app.ui.workers import WorkerPool
from tests.support.signin import sign_in

WAIT_MS = 20_000


@pytest.fixture
def window_on(qtbot: QtBot) -> Iterator[object]:
    opened: list[tuple[MainWindow, WorkerPool, Sandbox]] = []

    def open_(sb: Sandbox) -> MainWindow:
        profile = sb.profile("waits", redirect_port=0, ephemeral=True)
        session = AuthSession(
            profile,
            SecretStore(profile.keyring_service, memory_only=True),
            client_secret=sb.client_secret_for(profile),
        )
        sign_in(sb, session)
        pool = WorkerPool()
        api = ApiClient(profile.api_url, session, identity_url=profile.identity_url)
        window = MainWindow(AppContext(profile, session, api, ProfileStore(), pool, QSettings()))
        qtbot.addWidget(window)
        window.show()
        opened.append((window, pool, sb))
        return window

    yield open_
    for window, pool, sb in opened:
        window.close()
        assert pool.stop_all(5000)
        sb.stop()


def test_the_rate_limit_is_counted_down_in_the_status_bar(qtbot: QtBot, window_on: object) -> None:
    sb = Sandbox(any_loopback_port=True, property_count=1000, rate_limit=(3, 2.0)).start()
    window: MainWindow = window_on(sb)  # type: ignore[operator]
    qtbot.waitUntil(
        lambda: "apaleo's rate limit: continuing in" in window.statusBar().currentMessage(),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 1000, timeout=60_000)  # and it goes on


def test_an_api_error_offers_apaleos_support_reference(qtbot: QtBot, window_on: object) -> None:
    sb = Sandbox(any_loopback_port=True).start()
    sb.faults.add(Fault("status", path="/inventory/v1/properties", status=400))
    window: MainWindow = window_on(sb)  # type: ignore[operator]
    qtbot.waitUntil(window.support_reference.isVisible, timeout=WAIT_MS)
    reference = window.support_reference.reference
    assert len(reference) == 32
    assert reference in window.support_reference.label.text()
    assert reference in window.properties_note.text()  # in the error's words too
    window.support_reference.copy_button.click()
    assert QGuiApplication.clipboard().text() == reference
