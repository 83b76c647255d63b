"""A start with a saved sign-in whose access token expired: the window paints first, then renews.

Real widgets (offscreen), the sandbox on loopback and the Secret Service keyring. The token
endpoint's answer is held back (a ``hold`` fault) to see the window in between, without sleeps.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.core.config import Profile, ProfileStore
from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui import runtime
from desktop_app.ui.app import Controller
from desktop_app.ui.main_window import MainWindow
from desktop_app.words.inspector import renewing
from tests.support import other_copy, waits
from tests.support.keyring_entries import stored
from tests.support.signin import expire_kept_access_token, keep_sign_in
from tests.ui.conftest import save_profile

WAIT_MS = 20_000
pytestmark = pytest.mark.keyring


def _saved_with_expired_token(sb: Sandbox) -> Profile:
    """A profile signed in before (refresh token kept), whose kept access token has expired."""
    profile = keep_sign_in(sb, save_profile(sb), ProfileStore())
    expire_kept_access_token(profile, str(profile.last_account))
    return profile


def test_the_window_paints_before_the_renewal_and_one_refresh_serves_every_call(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    _saved_with_expired_token(sandbox)
    held = sandbox.faults.add(Fault("hold", path="/connect/token"))
    sandbox.stats.reset()
    controller = make_controller()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        controller.start()
    main: MainWindow = shown.args[0]
    assert held.arrived.wait(10)  # the refresh is under way, its answer held back
    assert main.isVisible()
    assert not controller.signin.isVisible()
    assert main.header.expiry_label.text() == renewing()
    assert main.scopes.summary.text() == renewing()
    assert main.token.raw_token.text() == ""
    assert main.properties.model.rowCount() == 0
    held.release.set()
    waits.until(qtbot, main.properties.busy, lambda: main.properties.model.rowCount() == 6, WAIT_MS)
    session = controller.session
    assert session is not None
    qtbot.waitUntil(lambda: not session.restoring, timeout=WAIT_MS)
    tokens = session.tokens
    assert tokens is not None
    waits.until(
        qtbot, main.token.busy, lambda: main.token.raw_token.text() == tokens.access_token, WAIT_MS
    )
    assert main.scopes.summary.text() != renewing()
    assert "valid for" in main.header.expiry_label.text()
    # properties, account, user details and users all waited for the same single refresh
    assert sandbox.stats.token_requests == {"refresh_token": 1}
    assert sandbox.stats.requests["GET /connect/authorize"] == 0


def test_a_refused_renewal_goes_back_to_the_sign_in_window_with_the_reason(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    profile = _saved_with_expired_token(sandbox)
    assert sandbox.revoke_tokens_for(client_id=profile.client_id) >= 1  # an admin revoked it
    controller = make_controller()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS):
        controller.start()
    waits.error(qtbot, controller.signin, WAIT_MS)
    assert controller.main is None
    assert controller.signin.isVisible()
    assert "sign in again" in controller.signin.error_label.text().lower()
    assert controller.signin.sign_in_button.isEnabled()
    # the refused token is gone from the keyring; the next start does not try it again
    assert stored(profile, "refresh-token:DEMO") is None


def test_apaleo_down_at_the_renewal_keeps_the_window_and_retry_uses_the_kept_sign_in(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    profile = _saved_with_expired_token(sandbox)
    down = sandbox.faults.add(Fault("status", path="/connect/token", status=503))
    controller = make_controller()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        controller.start()
    main: MainWindow = shown.args[0]
    bar = main.message_bar
    waits.until(qtbot, main.properties.error, bar.isVisible, WAIT_MS)
    assert bar.body.text().startswith("The app could not load")
    assert bar.retry_button.isVisible()  # retries every load that failed, the properties' too
    waits.until(  # the lifetime is said again at each tick of the window's clock
        qtbot,
        main.lifetime_clock.timeout,
        lambda: "could not be renewed yet" in main.header.expiry_label.text(),
        WAIT_MS,
    )
    assert down.hits >= 1
    # nothing was thrown away: the refresh token is still kept, and Retry uses it
    assert stored(profile, "refresh-token:DEMO") is not None
    sandbox.faults.clear()
    sandbox.stats.reset()
    qtbot.mouseClick(bar.retry_button, Qt.MouseButton.LeftButton)
    waits.until(qtbot, main.properties.busy, lambda: main.properties.model.rowCount() == 6, WAIT_MS)
    assert sandbox.stats.token_requests == {"refresh_token": 1}
    assert sandbox.stats.requests["GET /connect/authorize"] == 0
    assert controller.main is main


def test_the_window_opens_while_another_copy_holds_the_renewal(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    """The renewal's request normally leaves before the window is built; when another copy of
    the app is renewing the same sign-in (its answer held back here), this start must neither
    wait for it with nothing on screen nor spend the token the other copy is rotating."""
    profile = _saved_with_expired_token(sandbox)
    sandbox.stats.reset()
    held = sandbox.faults.add(Fault("hold", path="/connect/token", count=1))
    other = other_copy.start(sandbox, profile)
    try:
        assert held.arrived.wait(30)  # the other copy renews, holding the renewal lock
        controller = make_controller()
        with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
            controller.start()
        main: MainWindow = shown.args[0]
        session = controller.session
        assert session is not None
        assert session.restoring  # opened while its renewal still waits for the other copy
        assert main.header.expiry_label.text() == renewing()
    finally:
        held.release.set()
        out, err = other.communicate(timeout=60)
    assert out.strip() == "signed-in", err
    waits.until(qtbot, main.properties.busy, lambda: main.properties.model.rowCount() == 6, WAIT_MS)
    assert not session.restoring
    assert controller.main is main  # renewed with the other copy's token: no sign-in asked
    assert sandbox.stats.requests["GET /connect/authorize"] == 0


def test_a_saved_sign_in_sends_the_first_reads_early_and_each_once(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    """The account and the first page are sent as the window starts being built; the window's
    own calls take those answers rather than asking apaleo a second time."""
    keep_sign_in(sandbox, save_profile(sandbox), ProfileStore())
    sandbox.stats.reset()
    controller = make_controller()
    with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
        controller.start()
    main: MainWindow = shown.args[0]
    waits.until(qtbot, main.properties.busy, lambda: main.properties.model.rowCount() == 6, WAIT_MS)
    waits.until(qtbot, main.header.busy, lambda: main.header.account_code == "DEMO", WAIT_MS)
    assert sandbox.stats.requests["GET /account/v1/accounts/current"] == 1
    assert sandbox.stats.requests["GET /inventory/v1/properties"] == 1
    assert sandbox.stats.token_requests == {}  # the kept access token was still valid
    assert len(main.ctx.api._early) == 0  # both taken: the window asked for exactly those


def test_a_start_held_collector_runs_again_once_the_inspector_painted(
    qtbot: QtBot, sandbox: Sandbox, make_controller: Callable[..., Controller]
) -> None:
    """The app's entry holds the cyclic collector off through the start (``python -m``, checked
    in tests/ui/test_first_paint.py); a saved sign-in's start ends when the inspector paints."""
    keep_sign_in(sandbox, save_profile(sandbox), ProfileStore())
    held = sandbox.faults.add(Fault("hold", path="/inventory/v1/properties"))
    runtime.hold_collector()
    try:
        assert not gc.isenabled()
        controller = make_controller()
        with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT_MS) as shown:
            controller.start()
        main: MainWindow = shown.args[0]
        qtbot.waitUntil(gc.isenabled, timeout=WAIT_MS)  # painted: the rows need not be in
        assert main.properties.model.rowCount() == 0
        assert gc.get_freeze_count() > 0
        held.release.set()
        waits.until(
            qtbot, main.properties.busy, lambda: main.properties.model.rowCount() == 6, WAIT_MS
        )
    finally:
        held.release.set()
        runtime.release_collector()
        gc.unfreeze()
