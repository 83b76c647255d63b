"""The sign-in window's states: an unreachable server, the address kept in view, Enter, Try again.

The system browser is reached through ``QDesktopServices``; here a URL handler registered with
``QDesktopServices.setUrlHandler`` stands in for it (Qt's own hook for that: the offscreen
platform has no browser to start), and records what the app asked it to open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.app import Controller
from tests.support import waits
from tests.support.signin import keep_sign_in
from tests.support.url_handlers import UrlRecorder, recording
from tests.ui.conftest import ready, save_profile

WAIT_MS = 20_000


@pytest.fixture
def browser() -> Iterator[UrlRecorder]:
    with recording("http", "https") as stand_in:
        yield stand_in


@pytest.mark.keyring
def test_an_unreachable_identity_server_is_reported_at_once_not_after_a_countdown(
    qtbot: QtBot, make_controller: Callable[..., Controller], browser: UrlRecorder
) -> None:
    sb = Sandbox(any_loopback_port=True).start()
    save_profile(sb)
    controller = make_controller()
    ready(qtbot, controller)
    sb.stop()  # apaleo's identity server is down (its port refuses connections)
    controller.signin.start_sign_in()
    waits.error(qtbot, controller.signin, WAIT_MS)
    assert "could not be reached" in controller.signin.error_label.text().lower()
    assert browser.opened == []  # the browser was never sent to a server that is not there
    assert controller.signin.time_left.text() == ""  # no countdown
    assert controller.signin.sign_in_button.isEnabled()


@pytest.mark.keyring
def test_an_unreachable_server_is_reported_even_with_a_kept_discovery_document(
    qtbot: QtBot, make_controller: Callable[..., Controller], browser: UrlRecorder
) -> None:
    sb = Sandbox(any_loopback_port=True).start()
    profile = save_profile(sb)
    first = make_controller()
    ready(qtbot, first)
    first.signin.start_sign_in()  # discovery fetched and kept on disk
    qtbot.waitUntil(lambda: bool(browser.opened), timeout=WAIT_MS)
    first.signin.cancel()
    sb.stop()
    second = make_controller(profile=profile.name)
    ready(qtbot, second)
    second.signin.start_sign_in()
    waits.error(qtbot, second.signin, WAIT_MS)
    assert "could not be reached" in second.signin.error_label.text().lower()
    assert len(browser.opened) == 1


@pytest.mark.keyring
def test_after_the_browser_opened_the_address_stays_with_copy_and_open_again(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller], browser: UrlRecorder
) -> None:
    save_profile(sandbox)
    controller = make_controller()
    ready(qtbot, controller)
    window = controller.signin
    window.activateWindow()
    window.sign_in_button.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # Enter starts the sign-in
    qtbot.waitUntil(lambda: bool(browser.opened), timeout=WAIT_MS)
    address = browser.opened[0]
    assert window.url_field.text() == address
    assert window.url_field.isVisible()
    assert window.copy_button.isVisible()
    assert window.reopen_button.isVisible()
    assert "Your browser opened" in window.url_hint.text()
    window.reopen_button.click()
    assert browser.opened == [address, address]
    window.cancel()


@pytest.mark.keyring
def test_a_saved_client_credentials_connection_offers_try_again_when_apaleo_is_down(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    save_profile(sandbox, mode="client_credentials")
    down = sandbox.faults.add(Fault("status", path="/connect/token", status=503))
    controller = make_controller()
    ready(qtbot, controller, timeout_ms=60_000)
    window = controller.signin
    assert window.error_label.isVisible()
    assert not window.retry_button.isHidden()
    assert down.hits >= 1
    sandbox.faults.clear()  # apaleo is back
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS):
        window.retry_button.click()  # the saved connection, no new sign-in
    assert sandbox.stats.token_requests.get("client_credentials", 0) >= 1


@pytest.mark.keyring
def test_a_kept_sign_in_needs_no_try_again_in_the_sign_in_window(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    """A kept user sign-in opens the window without the network (its Retry lives there)."""
    from desktop_app.core.config import ProfileStore

    profile = save_profile(sandbox)
    keep_sign_in(sandbox, profile, ProfileStore())
    sandbox.stop()
    controller = make_controller(profile=profile.name)
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS):
        controller.start()
    assert controller.signin.retry_button.isHidden()
