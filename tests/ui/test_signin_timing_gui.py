"""The sign-in window against awkward timing: Cancel while the browser is being opened, a new
sign-in right after, and what sign-out leaves behind for the next person at the PC.

Real widgets (offscreen), the sandbox with answers held back, the Secret Service keyring, real
headless Chromium on the browser side.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from selenium import webdriver

from desktop_app.core.config import ProfileStore
from desktop_app.net.loopback_server import free_port
from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.app import Controller
from desktop_app.ui.main_window import MainWindow
from tests.support import waits
from tests.support.chromium import consent_in_browser
from tests.ui.conftest import ready, save_profile

WAIT_MS = 20_000


@pytest.mark.browser
@pytest.mark.keyring
def test_cancel_while_opening_the_browser_then_sign_in_at_once(
    qtbot: QtBot,
    sandbox: Sandbox,
    chromium: webdriver.Chrome,
    make_controller: Callable[..., Controller],
) -> None:
    port = free_port()
    save_profile(sandbox, redirect_port=port)
    controller = make_controller()
    ready(qtbot, controller)
    window = controller.signin
    # the first attempt is stuck on discovery while "Opening your browser…" shows
    hold = sandbox.faults.add(Fault("hold", path="/.well-known/openid-configuration", count=1))
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    assert hold.arrived.wait(10)
    assert window.stage_label.text() == "Opening your browser…"
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert window.error_label.text() == "Sign-in cancelled."
    hold.release.set()  # the abandoned attempt binds the port now ...
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)  # ... and again at once
    waits.address(qtbot, window, WAIT_MS)
    url = window.url_field.text()
    assert f"127.0.0.1%3A{port}%2Fcallback" in url
    assert not window.error_label.isVisible(), window.error_label.text()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS):
        consent_in_browser(chromium, url)
    # only one listener ever answered: the abandoned one was closed, not left open
    assert controller.session is not None
    assert len(controller.session._attempts) == 0


@pytest.mark.browser
@pytest.mark.keyring
def test_sign_out_ends_the_browser_session_and_asks_for_a_password_next_time(
    qtbot: QtBot,
    sandbox: Sandbox,
    chromium: webdriver.Chrome,
    make_controller: Callable[..., Controller],
) -> None:
    profile = save_profile(sandbox)
    controller = make_controller()
    ready(qtbot, controller)
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(controller.signin.sign_in_button, Qt.MouseButton.LeftButton)
        waits.address(qtbot, controller.signin, WAIT_MS)
        consent_in_browser(chromium, controller.signin.url_field.text())
    main: MainWindow = shown.args[0]
    assert sandbox.identity.browser_sessions
    with qtbot.waitSignal(controller.signed_out, timeout=WAIT_MS):
        main.sign_out_requested.emit()
    assert controller.signin.isVisible()
    assert not controller.signin.progress.isVisible()
    # offscreen Qt cannot open a browser; the controller kept the address it would have opened
    url = controller.signout_browser_url
    assert url
    assert "id_token_hint=" in url
    chromium.get(url)
    qtbot.waitUntil(lambda: "You are signed out" in chromium.title, timeout=WAIT_MS)
    assert sandbox.identity.browser_sessions == {}
    # the next sign-in asks for the password, even after a restart of the app
    assert ProfileStore().get(profile.name).prompt_login
    controller.shutdown()
    controller.signin.close()
    again = make_controller()
    ready(qtbot, again)
    qtbot.mouseClick(again.signin.sign_in_button, Qt.MouseButton.LeftButton)
    waits.address(qtbot, again.signin, WAIT_MS)
    assert "prompt=login" in again.signin.url_field.text()
    with qtbot.waitSignal(again.main_window_shown, timeout=WAIT_MS):
        consent_in_browser(chromium, again.signin.url_field.text())
    assert not ProfileStore().get(profile.name).prompt_login  # a password was asked for


def test_the_window_says_when_the_sign_in_will_not_be_kept(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(refresh_token_needs_consent_prompt=True)
    waits.until(qtbot, window.header.busy, window.header.keep_warning.isVisible, WAIT_MS)
    assert "will not be kept" in window.header.keep_warning.text()
    assert "Ask for consent at every sign-in" in window.header.keep_warning.text()
    assert window.token.saved_sign_in.text() == window.ctx.session.refresh_state.words  # Token tab


@pytest.mark.browser
def test_the_demo_offers_a_fine_grained_client_whose_hotel_picks_properties(
    qtbot: QtBot, chromium: webdriver.Chrome, make_controller: Callable[..., Controller]
) -> None:
    from selenium.webdriver.common.by import By

    controller = make_controller(demo=True)
    with qtbot.waitSignal(controller.session_ready, timeout=WAIT_MS):
        controller.start()
    names = [
        controller.signin.profile_box.itemText(i)
        for i in range(controller.signin.profile_box.count())
    ]
    assert names == ["Demo (sandbox)", "Demo (fine-grained client)"]
    with qtbot.waitSignal(controller.session_ready, timeout=WAIT_MS):
        controller.use_profile_named("Demo (fine-grained client)")
    qtbot.mouseClick(controller.signin.sign_in_button, Qt.MouseButton.LeftButton)
    waits.address(qtbot, controller.signin, WAIT_MS)
    chromium.get(controller.signin.url_field.text())
    boxes = chromium.find_elements(By.NAME, "property")
    assert len(boxes) >= 2  # the hotel chooses what the app may see
    boxes[0].click()  # leave the first one out
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        chromium.find_element(By.ID, "allow").click()
    main: MainWindow = shown.args[0]
    waits.until(
        qtbot,
        main.properties.busy,
        lambda: main.properties.model.rowCount() == len(boxes) - 1,
        WAIT_MS,
    )
    assert "fine-grained" in main.scopes.summary.text()
    assert "profile's scopes" not in main.scopes.summary.text()
    # the fix lies with apaleo's registration and the hotel, not with this app's settings
    assert "registration in apaleo" in main.scopes.advice.text()
    assert main.scopes.sign_in_again.isHidden()
    assert main.scopes.edit_connection.isHidden()
