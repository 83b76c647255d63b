"""A keyring that fails and recovers: the real Secret Service, locked and unlocked under the app.

One failure must not make the store memory-only for good; sign-out always tries the delete and
says when it failed; the words name the real cause.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop_app.auth.errors import SignInRequired
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.core.config import Profile
from desktop_app.sandbox import Sandbox
from tests.support.keyring_entries import stored
from tests.support.keyring_lock import lock_keyring, unlock_keyring
from tests.support.signin import sign_in

pytestmark = [
    pytest.mark.keyring,
    # keyring's SecretService backend opens a D-Bus connection in get_preferred_collection and
    # does not close it when the collection stays locked (it raises KeyringLocked first): a
    # library leak the app cannot reach, reported by the garbage collector at random later.
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture(autouse=True)
def _unlocked_afterwards() -> Iterator[None]:
    yield
    unlock_keyring()
    gc.collect()  # the leaked connections are reported here, under this module's filter


def _stored(profile: Profile) -> str | None:
    return stored(profile, "refresh-token:DEMO")


def _restart(sb: Sandbox, profile: Profile) -> AuthSession:
    return AuthSession(
        profile.with_changes(last_account="DEMO"),
        SecretStore(profile),
        client_secret=sb.client_secret_for(profile),
    )


def test_a_locked_keyring_is_named_and_recovery_is_used(
    sandbox: Sandbox, session: AuthSession, profile: Profile
) -> None:
    sign_in(sandbox, session)
    lock_keyring()
    in_memory = session.refresh()  # the rotated token cannot be saved
    assert session.refresh_state.to_json()["state"] == "memory"
    problem = session.store.problem or ""
    assert "locked" in problem
    assert "may be locked" not in problem  # the cause, not a guess
    unlock_keyring()
    saved = session.refresh()  # the next write tries the real keyring again, and succeeds
    assert saved.refresh_token != in_memory.refresh_token
    assert session.refresh_state.state == "keyring"
    assert _stored(profile) == saved.refresh_token


def test_sign_out_after_a_failed_write_still_deletes_the_old_entry(
    sandbox: Sandbox, session: AuthSession, profile: Profile
) -> None:
    first = sign_in(sandbox, session)
    lock_keyring()
    session.refresh()  # not saved: the keyring still holds the first token
    unlock_keyring()
    assert _stored(profile) == first.refresh_token
    result = session.sign_out()
    assert result.local_problem is None
    assert _stored(profile) is None  # deleted, although a write had failed before
    restarted = _restart(sandbox, profile)
    assert restarted.try_silent_sign_in() is False  # the next start does not sign in silently
    restarted.close()


def test_a_failed_local_delete_is_reported(
    sandbox: Sandbox, session: AuthSession, profile: Profile
) -> None:
    tokens = sign_in(sandbox, session)
    lock_keyring()
    result = session.sign_out()
    assert result.local_problem is not None
    assert "locked" in result.local_problem
    assert "still in the keyring" in result.message
    assert result.revoked  # apaleo withdrew it, so the leftover entry is useless ...
    assert "can no longer be used" in result.message
    unlock_keyring()
    assert _stored(profile) == tokens.refresh_token
    # the app remembers the sign-out in the profile (prompt_login), so the next start neither
    # uses the access token left in the keyring nor signs in without a password
    restarted = _restart(sandbox, profile.with_changes(prompt_login=True))
    with pytest.raises(SignInRequired):  # ... and the next start finds it refused
        restarted.try_silent_sign_in()
    assert _stored(profile) is None
    restarted.close()
