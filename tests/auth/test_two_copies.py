"""Two copies of the app on one profile, as two real processes sharing the real keyring.

Each copy rotates the refresh token when it refreshes; the other must neither replay the old one
nor delete the entry the first one just stored.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from desktop_app.auth import metadata_cache
from desktop_app.auth.session import AuthSession
from desktop_app.core.config import Profile
from desktop_app.sandbox import Fault, Sandbox
from tests.support import other_copy
from tests.support.keyring_entries import store, stored
from tests.support.signin import sign_in

pytestmark = pytest.mark.keyring


def _until(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    """Poll *condition* until it holds (True) or *timeout* passes (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _stored(profile: Profile) -> str | None:
    return stored(profile, "refresh-token:DEMO")


def test_a_copy_that_rotated_does_not_cost_the_other_its_sign_in(
    sandbox: Sandbox, session: AuthSession, profile: Profile
) -> None:
    first = sign_in(sandbox, session)  # copy A
    other = other_copy.start(sandbox, profile)  # copy B starts and rotates the token
    out, err = other.communicate(timeout=60)
    assert other.returncode == 0, (out, err)
    assert out.strip() == "signed-in"
    rotated_by_b = _stored(profile)
    assert rotated_by_b not in (None, first.refresh_token)
    # A still holds the old token; its refresh must use B's, not replay its own
    sandbox.stats.reset()
    renewed = session.refresh()
    assert sandbox.stats.token_requests == {"refresh_token": 1}  # no invalid_grant detour
    assert session.signed_in
    assert _stored(profile) == renewed.refresh_token
    # and B, started again, still signs in silently with what A stored
    again = other_copy.start(sandbox, profile)
    out, err = again.communicate(timeout=60)
    assert out.strip() == "signed-in", err


def test_two_copies_refreshing_at_once_take_turns(
    sandbox: Sandbox, session: AuthSession, profile: Profile
) -> None:
    sign_in(sandbox, session)
    # A's refresh is held at the server while B starts and wants to refresh too
    hold = sandbox.faults.add(Fault("hold", path="/connect/token", count=1))
    outcome: list[object] = []
    a = threading.Thread(target=lambda: outcome.append(session.refresh()))
    a.start()
    assert hold.arrived.wait(10)
    discovery, token = "GET /.well-known/openid-configuration", "POST /connect/token"
    seen, tokens_seen = sandbox.stats.requests[discovery], sandbox.stats.requests[token]
    # B fetches the discovery document just before its refresh only if none is kept: drop it,
    # so that request marks the moment B is about to refresh
    metadata_cache.forget("discovery", sandbox.identity_url)
    other = other_copy.start(sandbox, profile)
    assert _until(lambda: sandbox.stats.requests[discovery] > seen)  # B is about to refresh
    # ... and must wait for A: no second token request while A's is in flight (bounded check)
    assert not _until(lambda: sandbox.stats.requests[token] > tokens_seen, timeout=1.5)
    hold.release.set()
    a.join(15)
    out, err = other.communicate(timeout=60)
    assert out.strip() == "signed-in", err  # B used the token A stored, after A
    assert outcome  # A renewed too
    # one refresh each: no invalid_grant detour, which a refresh with A's spent token would cost
    assert sandbox.stats.requests[token] == tokens_seen + 1
    # neither copy's refresh was refused, and the keyring holds a token that works
    assert "invalid_grant" not in err
    restarted = AuthSession(
        profile.with_changes(last_account="DEMO"),
        session.store,
        client_secret=sandbox.client_secret_for(profile),
    )
    assert restarted.try_silent_sign_in()
    restarted.close()


def test_invalid_grant_retries_once_with_a_newer_token_and_deletes_only_the_failed_one(
    sandbox: Sandbox, session: AuthSession, profile: Profile
) -> None:
    first = sign_in(sandbox, session)
    # another copy (an older version without the lock) rotates between our read and our request
    hold = sandbox.faults.add(Fault("hold", path="/connect/token", count=1))
    outcome: list[object] = []
    a = threading.Thread(target=lambda: outcome.append(session.refresh()))
    a.start()
    assert hold.arrived.wait(10)
    rotated = sandbox.identity._grant_refresh(  # what the other copy's refresh did meanwhile
        sandbox.connect_client, {"refresh_token": str(first.refresh_token)}
    )["refresh_token"]
    store(profile, "refresh-token:DEMO", rotated)
    hold.release.set()
    a.join(15)
    assert outcome, "the refresh failed although a newer token was in the keyring"
    assert session.signed_in
    assert _stored(profile) not in (None, first.refresh_token, rotated)
