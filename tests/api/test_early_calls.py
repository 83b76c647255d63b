"""Reads sent early (``ApiClient.send_early``): on their way before anyone asks, asked once.

Against the sandbox on loopback; a ``hold`` fault keeps an answer back for as long as a test
needs, so "sent before it was asked for" and "waited for, not sent again" are shown without
sleeps.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from desktop_app.api import early
from desktop_app.api.client import ApiClient
from desktop_app.api.errors import Forbidden
from desktop_app.core.errors import Cancelled
from desktop_app.sandbox import Fault, Sandbox
from tests.support.tokens import MintingProvider
from tests.support.transport import quick

READ = ("account.manage", "setup.read")
ACCOUNT = "GET /account/v1/accounts/current"
PROPERTIES = "GET /inventory/v1/properties"
WAIT_S = 10


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


def _client(sb: Sandbox, scopes: tuple[str, ...] = READ) -> ApiClient:
    provider = MintingProvider(lambda: sb.mint_access_token(scopes))
    return ApiClient(sb.api_url, provider, quick(), identity_url=sb.identity_url)


def _sent_early_with_the_account_held(sb: Sandbox) -> tuple[Fault, ApiClient]:
    """A client whose early reads were sent, the account's answer held back at apaleo."""
    held = sb.faults.add(Fault("hold", path="/account/v1/accounts/current", count=1))
    api = _client(sb)
    api.send_early()
    assert held.arrived.wait(WAIT_S)  # on its way before anyone asked for it
    return held, api


def test_the_first_reads_leave_at_once_and_are_asked_for_once(sandbox: Sandbox) -> None:
    held, api = _sent_early_with_the_account_held(sandbox)
    answers: list[object] = []
    asking = threading.Thread(target=lambda: answers.append(api.current_account()))
    asking.start()
    held.release.set()
    asking.join(WAIT_S)
    assert [a.code for a in answers] == ["DEMO"]  # type: ignore[attr-defined]
    assert sorted(p.id for p in api.properties()) == ["AMS", "BER", "LON", "MUC", "PAR", "VIE"]
    assert sandbox.stats.requests[ACCOUNT] == 1
    assert sandbox.stats.requests[PROPERTIES] == 1  # one page of six: the early one
    # taken once: asking again asks apaleo
    api.current_account()
    assert sandbox.stats.requests[ACCOUNT] == 2
    api.close()


def test_a_failed_early_read_fails_its_caller_as_its_own_call_would(sandbox: Sandbox) -> None:
    sandbox.faults.add(Fault("status", path="/account/v1/accounts/current", status=403, count=1))
    api = _client(sandbox)
    api.send_early()
    with pytest.raises(Forbidden) as raised:
        api.current_account()
    assert raised.value.endpoint == ACCOUNT
    assert sandbox.stats.requests[ACCOUNT] == 1  # not asked again: the early answer was final
    api.close()


def test_a_caller_waiting_for_an_early_read_can_cancel(sandbox: Sandbox) -> None:
    held, api = _sent_early_with_the_account_held(sandbox)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        api.current_account(cancel=cancel)
    held.release.set()
    api.close()


def test_an_early_read_nobody_took_in_time_is_not_used(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(early, "MAX_AGE_S", -1.0)  # every early answer is already too old
    api = _client(sandbox)
    api.send_early()
    assert api.current_account().code == "DEMO"
    # asked again: the early read (whose answer was too old to use) may reach the server after
    # the second one, so wait for both to have arrived before counting
    deadline = time.monotonic() + 10
    while sandbox.stats.requests[ACCOUNT] < 2 and time.monotonic() < deadline:
        time.sleep(0.005)
    assert sandbox.stats.requests[ACCOUNT] == 2
    api.close()


def test_closing_the_client_drops_the_early_reads(sandbox: Sandbox) -> None:
    held, api = _sent_early_with_the_account_held(sandbox)
    api.close()
    held.release.set()
    assert len(api._early) == 0
