"""Settings edits the profile the window is signed in with: the window follows at once.

Real widgets (offscreen), the sandbox on loopback and the Secret Service keyring. Before, the
window went on with the old grant (the Users tab still loaded after its scope was removed) and
the old server, until a sign-out.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.core.config import ProfileStore
from desktop_app.sandbox import Sandbox
from desktop_app.ui.app import Controller
from desktop_app.ui.main_window import MainWindow
from tests.support.keyring_entries import app_items, stored
from tests.support.signin import keep_sign_in
from tests.ui.conftest import save_profile

WAIT_MS = 20_000
pytestmark = pytest.mark.keyring


def _signed_in_window(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> tuple[Controller, MainWindow]:
    keep_sign_in(sandbox, save_profile(sandbox), ProfileStore())
    controller = make_controller()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        controller.start()
    return controller, shown.args[0]


def test_removing_a_scope_in_settings_ends_the_sign_in_and_says_why(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    controller, _main = _signed_in_window(qtbot, sandbox, make_controller)
    profile = controller.profile
    assert profile is not None
    dialog = controller.settings_dialog()
    dialog.form.preset.setCurrentText("Account and properties only (no extra scope)")
    sandbox.stats.reset()
    with qtbot.waitSignal(dialog.profile_changed, timeout=WAIT_MS):
        assert dialog.save()
    with qtbot.waitSignal(controller.session_ready, timeout=WAIT_MS):
        dialog.accept()  # Close: the window follows the edit
    assert controller.main is None  # the old grant is not shown (nor used) any more
    assert controller.signin.isVisible()
    assert "now asks for different access" in controller.signin.error_label.text()
    assert sandbox.stats.revocations == 1  # the old grant was revoked where it was issued
    assert stored(profile, "refresh-token:DEMO") is None


def test_removing_the_current_profile_in_settings_leaves_nothing(
    qtbot: QtBot,
    sandbox: Sandbox,
    make_controller: Callable[..., Controller],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller, _main = _signed_in_window(qtbot, sandbox, make_controller)
    profile = controller.profile
    assert profile is not None
    assert stored(profile, "access-token:DEMO") is not None
    dialog = controller.settings_dialog()
    # The one seam: the "Remove?" question is answered Yes (a modal box has no one to click it).
    monkeypatch.setattr(dialog, "confirm", lambda _title, _text: True)
    with qtbot.waitSignal(dialog.profile_removed, timeout=WAIT_MS):
        dialog.remove_button.click()
    dialog.accept()
    assert controller.main is None
    assert controller.session is None
    assert [e for e in app_items() if e[0] == profile.keyring_service] == []
