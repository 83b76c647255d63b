"""The guided setup of a first connection, against the sandbox (and real Chromium for a sign-in)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from selenium import webdriver

from desktop_app.core.config import ProfileStore
from desktop_app.sandbox import CONNECT_CLIENT_ID, SIMPLE_CLIENT_ID, Sandbox
from desktop_app.ui.app import Controller
from desktop_app.ui.setup_pages import APP, USER, redirect_uri
from desktop_app.ui.setup_wizard import SetupWizard
from tests.support import waits
from tests.support.chromium import consent_in_browser
from tests.support.keyring_entries import stored

WAIT_MS = 20_000


def _wizard_of(qtbot: QtBot, controller: Controller) -> SetupWizard:
    qtbot.waitUntil(
        lambda: controller.setup is not None and controller.setup.isVisible(), timeout=WAIT_MS
    )
    assert controller.setup is not None
    return controller.setup


def _fill(wizard: SetupWizard, sb: Sandbox, kind: str, client_id: str, secret: str) -> None:
    wizard.kind_page.buttons[kind].setChecked(True)
    wizard.next()  # registration
    wizard.next()  # credentials
    page = wizard.credentials_page
    page.form.name.setText("Berlin")
    page.form.client_id.setText(client_id)
    page.form.secret.setText(secret)
    page.form.identity_url.setText(sb.identity_url)
    page.form.api_url.setText(sb.api_url)
    wizard.next()  # test
    assert wizard.currentPage() is wizard.test_page


def test_the_first_start_opens_the_setup_and_explains_both_kinds(
    qtbot: QtBot, make_controller: Callable[..., Controller]
) -> None:
    controller = make_controller()
    controller.start()  # no profile at all: a first start
    wizard = _wizard_of(qtbot, controller)
    texts = " ".join(b.text() for b in wizard.kind_page.buttons.values())
    assert "connect client" in texts
    assert "custom app" in texts
    wizard.next()
    page = wizard.register_page
    assert "My store apps" in page.steps.text()
    assert page.uri.text() == redirect_uri() == "http://127.0.0.1:47833/callback"
    assert page.copy.isVisible()
    page.copy.click()
    assert QGuiApplication.clipboard().text() == redirect_uri()
    wizard.back()
    wizard.kind_page.buttons[APP].setChecked(True)
    wizard.next()
    assert "Connected apps" in page.steps.text()
    assert not page.uri.isVisible()  # a custom app has no redirect URI
    wizard.next()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()  # id and secret first
    wizard.reject()


@pytest.mark.keyring
def test_a_custom_app_is_tested_saved_and_opens_the_inspector_without_another_request(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    controller = make_controller()
    controller.start()
    wizard = _wizard_of(qtbot, controller)
    _fill(wizard, sandbox, APP, SIMPLE_CLIENT_ID, sandbox.simple_client.client_secret)
    with qtbot.waitSignal(wizard.test_finished, timeout=WAIT_MS) as finished:
        wizard.test_page.test_button.click()
    assert finished.args == [True]
    assert "✓" in wizard.test_page.result.text(), wizard.test_page.result.text()
    assert "sign-in service answered" in wizard.test_page.result.text()
    assert "accepted the client id and secret" in wizard.test_page.result.text()
    assert sandbox.stats.token_requests == {"client_credentials": 1}
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS):
        wizard.accept()
    assert sandbox.stats.token_requests == {"client_credentials": 1}  # the tested token serves
    profile = ProfileStore().get("Berlin")
    assert profile.mode == "client_credentials"
    qtbot.waitUntil(
        lambda: stored(profile, "client-secret") is not None,
        timeout=WAIT_MS,
    )
    assert stored(profile, "client-secret") == (sandbox.simple_client.client_secret)


@pytest.mark.keyring
def test_a_wrong_secret_fails_the_test_in_words(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    controller = make_controller()
    controller.start()
    wizard = _wizard_of(qtbot, controller)
    _fill(wizard, sandbox, APP, SIMPLE_CLIENT_ID, "not-the-secret")
    with qtbot.waitSignal(wizard.test_finished, timeout=WAIT_MS) as finished:
        wizard.test_page.test_button.click()
    assert finished.args == [False]
    assert "failed" in wizard.test_page.result.text()
    assert "client id and secret" in wizard.test_page.result.text()
    assert wizard.connection is None
    assert wizard.test_page.test_button.isEnabled()
    wizard.reject()


@pytest.mark.browser
@pytest.mark.keyring
def test_a_connect_client_is_tested_with_a_real_sign_in_that_is_kept(
    qtbot: QtBot,
    make_controller: Callable[..., Controller],
    chromium: webdriver.Chrome,
) -> None:
    # the default redirect URI, exactly as the wizard tells the admin to register it
    with Sandbox(redirect_port=47833) as sandbox:
        controller = make_controller(no_browser=True)
        controller.start()
        wizard = _wizard_of(qtbot, controller)
        _fill(wizard, sandbox, USER, CONNECT_CLIENT_ID, sandbox.connect_client.client_secret)
        with qtbot.waitSignal(wizard.flow.waiting, timeout=WAIT_MS) as waiting:
            wizard.test_page.test_button.click()
        address = wizard.test_page.address
        assert address.isVisible()
        assert address.text() == waiting.args[0]
        with qtbot.waitSignal(wizard.test_finished, timeout=WAIT_MS) as finished:
            consent_in_browser(chromium, address.text())
        assert finished.args == [True]
        assert "✓" in wizard.test_page.result.text()
        assert "account DEMO" in wizard.test_page.result.text()
        with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS):
            wizard.accept()
        assert sandbox.stats.requests["GET /connect/authorize"] == 1  # no second sign-in
        main = controller.main
        assert main is not None
        waits.until(
            qtbot, main.properties.busy, lambda: main.properties.model.rowCount() == 6, WAIT_MS
        )
        profile = ProfileStore().get("Berlin")
        session = controller.session
        assert session is not None
        assert session.refresh_state.kept  # the tested sign-in is the kept one
        assert stored(profile, "refresh-token:DEMO") is not None


@pytest.mark.keyring
def test_a_test_waiting_for_the_browser_can_always_be_ended_and_says_what_to_register(
    qtbot: QtBot, make_controller: Callable[..., Controller]
) -> None:
    """The browser shows the server's error (an unregistered redirect URI), not the app: the
    page says which URI to register, and Stop, Back and Cancel each end the wait at once."""
    with Sandbox(any_loopback_port=False, redirect_port=47999) as sandbox:  # not the guide's
        controller = make_controller(no_browser=True)
        controller.start()
        wizard = _wizard_of(qtbot, controller)
        _fill(wizard, sandbox, USER, CONNECT_CLIENT_ID, sandbox.connect_client.client_secret)
        page = wizard.test_page
        with qtbot.waitSignal(wizard.flow.waiting, timeout=WAIT_MS):
            page.test_button.click()
        assert page.stop_button.isVisible()
        assert not page.test_button.isEnabled()
        assert page.help.isVisible()
        assert page.uri.text() == redirect_uri() == "http://127.0.0.1:47833/callback"
        page.copy_uri.click()
        assert QGuiApplication.clipboard().text() == redirect_uri()
        assert page.reopen.isVisible()
        # Stop: the wait ends, the listener's port is free for the next test at once
        with qtbot.waitSignal(wizard.test_finished, timeout=WAIT_MS) as finished:
            page.stop_button.click()
        assert finished.args == [False]
        assert not wizard.flow.busy
        assert page.test_button.isEnabled()
        assert not page.stop_button.isVisible()
        assert not page.help.isVisible()
        assert "stopped" in page.result.text()
        # a second test, ended by Back
        with qtbot.waitSignal(wizard.flow.waiting, timeout=WAIT_MS):
            page.test_button.click()
        with qtbot.waitSignal(wizard.test_finished, timeout=WAIT_MS):
            wizard.back()
        assert not wizard.flow.busy
        # and a third, ended by the guide's Cancel
        wizard.next()
        assert wizard.currentPage() is page
        with qtbot.waitSignal(wizard.flow.waiting, timeout=WAIT_MS):
            page.test_button.click()
        with qtbot.assertNotEmitted(wizard.flow.succeeded):
            wizard.reject()
        assert not wizard.flow.busy
        assert wizard.connection is None


@pytest.mark.keyring
def test_after_a_good_test_enter_finishes(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    from PySide6.QtWidgets import QPushButton, QWizard

    controller = make_controller()
    controller.start()
    wizard = _wizard_of(qtbot, controller)
    _fill(wizard, sandbox, APP, SIMPLE_CLIENT_ID, sandbox.simple_client.client_secret)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert isinstance(finish, QPushButton)
    assert not finish.isDefault()
    with qtbot.waitSignal(wizard.test_finished, timeout=WAIT_MS) as finished:
        wizard.test_page.test_button.click()
    assert finished.args == [True]
    assert finish.isDefault()
    assert finish.hasFocus()
    wizard.reject()
