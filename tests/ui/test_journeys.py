"""Journeys, not screens: whole stories across windows, with state carried from step to step.

First start → the guide → its test (a real sign-in in Chromium) → the inspector → every tab →
Settings → an edit and a second connection → sign out → the other connection → a restart with
the saved profiles → an error and its fix. After every step :func:`check_step` holds the rules
an admin counts on (nothing larger than the screen, nothing cut off, the focus on a control, no
dialog out of turn).

This module runs in the suite's own screen and language; ``test_journeys_on_screens.py`` runs it
again on a 1024x768 screen and on a 2560x1440 one at 200 %, in English and German
(``JOURNEY_LANGUAGE``).
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot
from selenium import webdriver

from desktop_app.core.config import ProfileStore
from desktop_app.core.i18n import translate
from desktop_app.sandbox import CONNECT_CLIENT_ID, SIMPLE_CLIENT_ID, Fault, Sandbox
from desktop_app.ui.app import Controller
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.setup_pages import USER
from tests.support import waits
from tests.support.chromium import consent_in_browser
from tests.support.journey import check_step
from tests.support.language import in_language

WAIT = 30_000
LANGUAGE = os.environ.get("JOURNEY_LANGUAGE", "en")


def _every_tab(qtbot: QtBot, main: MainWindow, story: str) -> None:
    for index in range(main.tabs.count()):
        main.tabs.setCurrentIndex(index)
        tab = main.tabs.currentWidget()
        busy = getattr(tab, "busy", None)
        if busy is not None and main.ctx.pool.active_count():
            with qtbot.waitSignal(main.ctx.pool.drained, timeout=WAIT, raising=False):
                pass
        check_step(f"{story}: tab {main.tabs.tabText(index)!r}")


@pytest.mark.browser
@pytest.mark.keyring
def test_an_admins_day(
    qtbot: QtBot, make_controller: Callable[..., Controller], chromium: webdriver.Chrome
) -> None:
    with in_language(LANGUAGE), Sandbox(redirect_port=47833) as sb:
        # the first start: nothing saved, the guide opens by itself
        controller = make_controller(no_browser=True)
        controller.start()
        qtbot.waitUntil(lambda: controller.setup is not None and controller.setup.isVisible())
        wizard = controller.setup
        assert wizard is not None
        check_step("the first start opens the guide", dialogs=[wizard])
        wizard.kind_page.buttons[USER].setChecked(True)
        wizard.next()
        check_step("the guide: registering the app", dialogs=[wizard])
        wizard.next()
        form = wizard.credentials_page.form
        form.name.setText("Berlin")
        form.client_id.setText(CONNECT_CLIENT_ID)
        form.secret.setText(sb.connect_client.client_secret)
        form.identity_url.setText(sb.identity_url)
        form.api_url.setText(sb.api_url)
        check_step("the guide: id and secret typed", dialogs=[wizard])
        wizard.next()
        check_step("the guide: the test page", dialogs=[wizard])
        with qtbot.waitSignal(wizard.flow.waiting, timeout=WAIT):
            wizard.test_page.test_button.click()
        check_step("the guide: waiting for the browser", dialogs=[wizard])
        assert wizard.flow.url is not None
        with qtbot.waitSignal(wizard.test_finished, timeout=WAIT) as tested:
            consent_in_browser(chromium, wizard.flow.url)
        assert tested.args == [True]
        check_step("the guide: tested", dialogs=[wizard])
        with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT) as shown:
            wizard.accept()
        main: MainWindow = shown.args[0]
        waits.loaded(qtbot, main)
        check_step("the inspector")
        _every_tab(qtbot, main, "browsing")

        # Settings: opened over the saved profile, it asks nothing; an edit, a second profile
        dialog = controller.settings_dialog()
        dialog.show()
        check_step("Settings opens", dialogs=[dialog])
        assert not dialog.is_dirty()
        dialog.form.timeout.setValue(240)
        assert dialog.save()
        check_step("Settings: an edit saved", dialogs=[dialog])
        dialog._start_new()
        dialog.form.name.setText("Vienna app")
        dialog.form.mode.setCurrentIndex(dialog.form.mode.findData("client_credentials"))
        dialog.form.client_id.setText(SIMPLE_CLIENT_ID)
        dialog.form.identity_url.setText(sb.identity_url)
        dialog.form.api_url.setText(sb.api_url)
        dialog.form.secret.setText(sb.simple_client.client_secret)
        assert dialog.save()
        updating = translate("Settings", "Saved. Updating the system keyring…")
        waits.until(qtbot, dialog.pool.drained, lambda: dialog.message.text() != updating, WAIT)
        assert not dialog.message.text().startswith(updating)  # the secret is in the keyring
        check_step("Settings: a second connection saved", dialogs=[dialog])
        # the edited connection is opened again from its kept sign-in: no browser, no question
        with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT) as shown:
            dialog.accept()
        main = shown.args[0]
        waits.loaded(qtbot, main)
        check_step("Settings closed")

        # sign out, then the other connection
        with qtbot.waitSignal(controller.signed_out, timeout=WAIT):
            main.sign_out_requested.emit()
        check_step("signed out")
        with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT) as shown:
            controller.use_profile_named("Vienna app")
        other: MainWindow = shown.args[0]
        waits.loaded(qtbot, other)
        check_step("the other connection")
        _every_tab(qtbot, other, "the other connection")

        # a restart: the saved profiles, the last one used, without asking anything
        controller.shutdown()
        other.close()
        restarted = make_controller(no_browser=True)
        with qtbot.waitSignal(restarted.main_window_shown, timeout=WAIT) as shown:
            restarted.start()
        again: MainWindow = shown.args[0]
        waits.loaded(qtbot, again)
        assert again.ctx.profile.name == "Vienna app"
        assert [p.name for p in ProfileStore().profiles] == ["Berlin", "Vienna app"]
        check_step("the restart")

        # an error and its fix: apaleo fails, the bar says so once, Retry mends it
        sb.faults.add(Fault("status", path="/inventory/v1/properties", status=503))
        bar = again.message_bar
        again.reload()
        waits.until(qtbot, again.properties.error, bar.isVisible, WAIT)
        check_step("an error")
        assert bar.retry_button.hasFocus()
        sb.faults.clear()
        bar.retry_button.click()
        waits.loaded(qtbot, again)
        assert not bar.isVisible()
        check_step("the error mended")
