"""The window under server faults and hostile answers; keyring failures; sign-out mid-flight."""

from __future__ import annotations

import threading
from collections.abc import Callable

import keyring
import keyring.backend
import keyring.errors
import pytest
from pytestqt.qtbot import QtBot

from desktop_app.auth.secret_store import SecretStore
from desktop_app.sandbox import Fault, Sandbox
from desktop_app.ui.app import Controller
from desktop_app.ui.main_window import MainWindow
from tests.support import waits
from tests.support.keyring_entries import stored
from tests.support.signin import sign_in
from tests.support.visible_texts import shown_facts
from tests.ui.conftest import save_profile

WAIT = 60_000


@pytest.mark.slow
def test_ten_thousand_properties_through_twenty_percent_faults(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    faults = [
        Fault("status", path="/inventory/v1/properties", status=500, rate=0.1),
        Fault("status", path="/inventory/v1/properties", status=503, rate=0.1),
        Fault("retry_after", path="/inventory/v1/properties", retry_after_s=1, count=2),
        Fault("drop", path="/inventory/v1/properties", rate=0.05),
        Fault("delay", path="/inventory/v1/properties", delay_s=0.05, rate=0.1),
    ]
    window, sb = open_window(property_count=10_000, faults=faults, max_retries=12)
    beats: list[int] = []
    window.properties.model.rowsInserted.connect(lambda *_a: beats.append(1))
    waits.until(
        qtbot,
        window.properties.busy,
        lambda: window.properties.model.rowCount() == 10_000 and not window.busy.isVisible(),
        WAIT,
    )
    ids = [p.id for p in window.properties.model.properties]
    assert len(set(ids)) == len(ids) == 10_000  # every property exactly once
    assert sum(sb.faults.injected.values()) > 10
    assert len(beats) >= 20  # arrived page by page while the window kept handling events
    requests_made = sb.stats.requests["GET /inventory/v1/properties"]
    print(
        f"10,000 properties: {requests_made} page requests, faults {dict(sb.faults.injected)}, lost 0"
    )


def test_malformed_answer_is_named_not_a_traceback(
    qtbot: QtBot, open_window: Callable[..., tuple[MainWindow, Sandbox]]
) -> None:
    window, _sb = open_window(faults=[Fault("malformed", path="/inventory/v1/properties")])
    bar = window.message_bar
    waits.until(qtbot, window.properties.error, bar.isVisible, WAIT)
    assert bar.headline.text() == "apaleo sent an answer the app could not read"
    assert "GET" not in bar.body.text()  # plain words; what exactly went wrong in the details
    facts = shown_facts(bar)
    assert facts["Call"] == "GET /inventory/v1/properties"
    assert "not valid JSON" in facts["What happened"]
    assert "Traceback" not in bar.body.text() + " ".join(facts.values())


class BrokenKeyring(keyring.backend.KeyringBackend):
    """A keyring that reads but fails to write, as a locked or failing store does mid-write.

    A seam: the real Secret Service cannot be made to fail half-way on demand here.
    """

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the collection is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("the collection is locked")


def test_keyring_failing_mid_write_keeps_the_session_in_memory(tmp_path: object) -> None:
    previous = keyring.get_keyring()
    broken = BrokenKeyring()
    keyring.set_keyring(broken)
    try:
        with Sandbox(any_loopback_port=True) as sb:
            profile = sb.profile("broken-keyring", redirect_port=0)
            store = SecretStore(profile)
            assert store.is_persistent  # it looked fine until the write
            from desktop_app.auth.session import AuthSession

            session = AuthSession(profile, store, client_secret=sb.client_secret_for(profile))
            tokens = sign_in(sb, session)
            assert session.signed_in
            assert session.refresh_state.state == "memory"
            assert store.problem is not None
            assert "could not save your sign-in" in store.problem
            assert str(tokens.refresh_token) not in store.problem
            assert store.get_refresh_token("DEMO") == tokens.refresh_token  # memory, this run only
            assert broken.values == {}  # nothing written anywhere
            session.refresh()  # rotation keeps working in memory
            session.close()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.keyring
def test_sign_out_during_calls_in_flight(
    qtbot: QtBot,
    make_controller: Callable[..., Controller],
) -> None:
    with Sandbox(any_loopback_port=True, property_count=3000) as sb:
        sb.faults.add(Fault("delay", path="/inventory/v1/properties", delay_s=0.2))
        profile = save_profile(sb)
        controller = make_controller()
        with qtbot.waitSignal(controller.session_ready, timeout=WAIT):
            controller.start()
        assert controller.session is not None
        with qtbot.waitSignal(controller.main_window_shown, timeout=WAIT):
            sign_in(sb, controller.session)
            controller._signed_in(controller.session.tokens)
        main = controller.main
        assert main is not None
        waits.until(qtbot, main.properties.busy, lambda: main.properties.model.rowCount() > 0, WAIT)
        assert controller.pool.active_count() > 0  # pages still coming
        controller.sign_out()
        qtbot.waitUntil(lambda: controller.pool.active_count() == 0, timeout=WAIT)
        assert controller.main is None
        assert stored(profile, "refresh-token:DEMO") is None
        assert sb.stats.revocations == 1
        # reads sent early for a window that is gone end on their own (their answers dropped)
        qtbot.waitUntil(
            lambda: not any(t.name == "early-call" for t in threading.enumerate()), timeout=WAIT
        )
        # The app's threads, not the sandbox's: its server keeps a thread per kept-alive
        # connection (process_request_thread), however many the connection pools hold open.
        app_threads = [
            t.name for t in threading.enumerate() if "process_request_thread" not in t.name
        ]
        assert len(app_threads) < 20, sorted(app_threads)
