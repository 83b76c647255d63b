"""The GUI sign-in, end to end: real widgets (offscreen), the sandbox, the Secret Service keyring
and real headless Chromium on the browser side.

The offscreen Qt platform has no platform services, so ``QDesktopServices.openUrl`` fails there and
the window shows the sign-in address with a Copy button: the test takes the address from that
field, as an admin would, and hands it to Chromium. The system-browser route itself (xdg-open)
is exercised under Xvfb in tests/e2e/test_demo_under_xvfb.py.
"""

from __future__ import annotations

from collections.abc import Callable

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from selenium import webdriver

from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.app import Controller
from desktop_app.ui.main_window import MainWindow
from tests.support import waits
from tests.support.chromium import consent_in_browser
from tests.support.keyring_entries import stored
from tests.ui.conftest import ready, save_profile

WAIT_MS = 20_000


def _url_shown(qtbot: QtBot, controller: Controller) -> str:
    waits.address(qtbot, controller.signin, WAIT_MS)
    return controller.signin.url_field.text()


def _sign_in_with_browser(
    qtbot: QtBot, controller: Controller, chromium: webdriver.Chrome, *, allow: bool = True
) -> None:
    qtbot.mouseClick(controller.signin.sign_in_button, Qt.MouseButton.LeftButton)
    url = _url_shown(qtbot, controller)
    assert controller.signin.copy_button.isVisible()
    consent_in_browser(chromium, url, allow=allow)


def _visible_texts(widget: object) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    assert isinstance(widget, QWidget)
    parts = [w.text() for w in widget.findChildren(QLabel)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton)]
    parts += [
        w.text()
        for w in widget.findChildren(QLineEdit)
        if w.echoMode() == QLineEdit.EchoMode.Normal and w.objectName() != "rawToken"
    ]
    return "\n".join(parts)


@pytest.mark.browser
@pytest.mark.keyring
def test_full_sign_in_keyring_restart_and_sign_out(
    qtbot: QtBot,
    sandbox: Sandbox,
    chromium: webdriver.Chrome,
    make_controller: Callable[..., Controller],
) -> None:
    profile = save_profile(sandbox)
    controller = make_controller()
    ready(qtbot, controller)
    assert controller.signin.isVisible()
    assert controller.signin.warning_label.isHidden(), controller.signin.warning_label.text()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        _sign_in_with_browser(qtbot, controller, chromium)
    main: MainWindow = shown.args[0]
    assert "You are signed in" in chromium.page_source
    waits.until(qtbot, main.properties.busy, lambda: main.properties.model.rowCount() == 6, WAIT_MS)
    session = controller.session
    assert session is not None
    tokens = session.tokens
    assert tokens is not None
    # the refresh token landed in the real Secret Service keyring
    assert stored(profile, "refresh-token:DEMO") == tokens.refresh_token
    # nothing secret in any visible text of either window
    for window in (main, controller.signin):
        text = _visible_texts(window)
        for secret in (tokens.access_token, tokens.refresh_token, tokens.id_token):
            assert secret
            assert secret not in text

    # a restart: a new controller signs in silently, no browser
    controller.shutdown()
    main.close()
    controller.signin.close()
    sandbox.stats.reset()
    again = make_controller()
    with qtbot.waitSignal(again.main_window_shown, timeout=WAIT_MS) as shown_again:
        again.start()
    # the access token kept in the keyring is still valid: no token request at all
    assert sandbox.stats.token_requests == {}
    assert sandbox.stats.requests["GET /connect/authorize"] == 0
    kept = again.session.tokens if again.session else None
    assert kept is not None
    assert kept.access_token == tokens.access_token
    assert kept.refresh_token == tokens.refresh_token
    assert stored(profile, "access-token:DEMO") is not None

    # sign out: revoked at the server, gone from the keyring, back to the sign-in window
    second: MainWindow = shown_again.args[0]
    with qtbot.waitSignal(again.signed_out, timeout=WAIT_MS):
        second.sign_out_requested.emit()
    assert sandbox.stats.revocations == 1
    assert again.signin.isVisible()
    assert not again.signin.progress.isVisible()
    assert stored(profile, "refresh-token:DEMO") is None
    assert stored(profile, "access-token:DEMO") is None
    assert "withdrawn" in again.signin.stage_label.text()


@pytest.mark.browser
def test_denied_consent_is_explained(
    qtbot: QtBot,
    sandbox: Sandbox,
    chromium: webdriver.Chrome,
    make_controller: Callable[..., Controller],
) -> None:
    save_profile(sandbox)
    controller = make_controller()
    ready(qtbot, controller)
    _sign_in_with_browser(qtbot, controller, chromium, allow=False)
    waits.error(qtbot, controller.signin, WAIT_MS)
    assert "declined" in controller.signin.error_label.text()
    assert controller.main is None
    assert controller.signin.sign_in_button.isEnabled()


def test_busy_port_is_named(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    import socket

    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        save_profile(sandbox, redirect_port=port)
        controller = make_controller()
        ready(qtbot, controller)
        qtbot.mouseClick(controller.signin.sign_in_button, Qt.MouseButton.LeftButton)
        waits.error(qtbot, controller.signin, WAIT_MS)
    assert f"Port {port}" in controller.signin.error_label.text()


def test_timeout_cancel_and_copy(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    save_profile(sandbox, sign_in_timeout_s=1)
    controller = make_controller()
    ready(qtbot, controller)
    qtbot.mouseClick(controller.signin.sign_in_button, Qt.MouseButton.LeftButton)
    url = _url_shown(qtbot, controller)
    qtbot.mouseClick(controller.signin.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == url
    assert controller.signin.time_left.text().startswith("Time left to sign in: 0:0")
    waits.error(qtbot, controller.signin, WAIT_MS)
    assert "Nothing came back from the browser" in controller.signin.error_label.text()
    assert not controller.signin.url_field.isVisible()
    # and Cancel during a wait
    controller.session.profile = controller.session.profile.with_changes(sign_in_timeout_s=300)  # type: ignore[union-attr]
    qtbot.mouseClick(controller.signin.sign_in_button, Qt.MouseButton.LeftButton)
    _url_shown(qtbot, controller)
    qtbot.mouseClick(controller.signin.cancel_button, Qt.MouseButton.LeftButton)
    assert controller.signin.error_label.text() == "Sign-in cancelled."
    assert controller.signin.sign_in_button.isEnabled()


def test_keyring_unavailable_warns_and_keeps_the_session_in_memory(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    save_profile(sandbox, mode="client_credentials")  # secret stored while the keyring works
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        controller = make_controller()
        ready(qtbot, controller)
        assert controller.signin.warning_label.isVisible()
        assert "No system keyring" in controller.signin.warning_label.text()
        # without the keyring there is no stored secret either: the window says what to do
        qtbot.mouseClick(controller.signin.sign_in_button, Qt.MouseButton.LeftButton)
        waits.error(qtbot, controller.signin, WAIT_MS)
        assert "No client secret is stored" in controller.signin.error_label.text()
    finally:
        keyring.set_keyring(previous)


def test_client_credentials_connect_and_token_endpoint_outage(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    save_profile(sandbox, mode="client_credentials")
    sandbox.faults.add(Fault("status", path="/connect/token", status=500))
    controller = make_controller()
    ready(
        qtbot, controller
    )  # the silent attempt failed: shown in words, not signed out of anything
    assert "HTTP 500" in controller.signin.error_label.text()
    assert controller.signin.sign_in_button.text() == "Connect"
    sandbox.faults.clear()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(controller.signin.sign_in_button, Qt.MouseButton.LeftButton)
    main: MainWindow = shown.args[0]
    waits.until(qtbot, main.properties.busy, lambda: main.properties.model.rowCount() == 6, WAIT_MS)
    waits.until(
        qtbot, main.header.busy, lambda: "no user" in main.header.user_label.text(), WAIT_MS
    )


def test_revoked_session_returns_to_sign_in_with_the_servers_words(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    from tests.support.signin import sign_in

    profile = save_profile(sandbox)
    controller = make_controller()
    ready(qtbot, controller)
    assert controller.session is not None
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS):
        sign_in(sandbox, controller.session)
        controller._signed_in(controller.session.tokens)
    sandbox.deactivate_user("u-admin")
    main = controller.main
    assert main is not None
    with qtbot.waitSignal(controller.sign_in_required, timeout=WAIT_MS):
        main.token.refresh_now()
    waits.error(qtbot, controller.signin, WAIT_MS)
    assert controller.signin.isVisible()
    assert "User u-admin has no access to ACCOUNT DEMO" in controller.signin.error_label.text()
    assert stored(profile, "refresh-token:DEMO") is None


def test_profile_switch_geometry_and_last_profile_remembered(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    from PySide6.QtCore import QSettings

    first = save_profile(sandbox, mode="client_credentials")
    second = save_profile(sandbox, mode="client_credentials")
    controller = make_controller()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        controller.start()  # client credentials with a stored secret: connects silently
    main: MainWindow = shown.args[0]
    assert main.windowTitle().endswith(second.name)  # the current profile (the last saved)
    switch = [a for a in main.switch_menu.actions() if a.text() == first.name]
    assert switch
    assert switch[0].isEnabled()
    main.resize(1111, 777)
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as switched:
        switch[0].trigger()
    assert switched.args[0].windowTitle().endswith(first.name)
    settings = QSettings()
    assert settings.value("last_profile") == first.name
    geometry = settings.value("main/geometry")
    assert geometry is not None
    assert not geometry.isEmpty()
    stored = "\n".join(f"{k}={settings.value(k)}" for k in settings.allKeys())
    assert sandbox.simple_client.client_secret not in stored
