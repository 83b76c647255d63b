"""A profile edited, renamed, narrowed or removed after a sign-in: what the keyring keeps for it
never reaches another server, and nothing of it is left behind.

Real parts throughout: two sandboxes as two identity servers (each records every credential it
receives and every token it issues), the Secret Service keyring, the profiles file.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from desktop_app.auth import metadata_cache
from desktop_app.auth.errors import SignInRequired
from desktop_app.auth.forget import forget
from desktop_app.auth.lifecycle import ProfileChange, apply_change
from desktop_app.auth.migration import migrate
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.connection import open_session
from desktop_app.core.config import Profile, ProfileStore, lock_path
from desktop_app.sandbox import Sandbox
from tests.support.keyring_entries import app_items, stored
from tests.support.signin import sign_in

pytestmark = pytest.mark.keyring


@pytest.fixture
def home() -> Iterator[Sandbox]:
    with Sandbox(any_loopback_port=True) as sb:
        yield sb


@pytest.fixture
def elsewhere() -> Iterator[Sandbox]:
    with Sandbox(any_loopback_port=True) as sb:
        yield sb


@pytest.fixture
def profiles(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path)


def _signed_in(sb: Sandbox, profiles: ProfileStore) -> Profile:
    """A profile signed in at *sb* as the app does it: secret and tokens in the keyring."""
    profile = sb.profile(f"hotel-{uuid.uuid4().hex[:6]}", redirect_port=0)
    SecretStore(profile).set_client_secret(sb.client_secret_for(profile))
    session = AuthSession(profile, SecretStore(profile))
    try:
        sign_in(sb, session)
        profile = profile.with_changes(last_account=session.account_code)
    finally:
        session.close()
    profiles.put(profile)
    assert stored(profile, "access-token:DEMO") is not None
    return profile


def _start(profile: Profile) -> tuple[AuthSession, bool | Exception]:
    """The next start of the app with *profile*: a silent sign-in, then an API-like call."""
    session = AuthSession(profile, SecretStore(profile))
    try:
        outcome: bool | Exception = session.try_silent_sign_in()
        if outcome:
            session.access_token()
    except Exception as exc:  # noqa: BLE001 - the test reads what came out
        outcome = exc
    return session, outcome


def _leaked_to(target: Sandbox, source: Sandbox) -> set[str]:
    """What *target* received that *source* issued or registered."""
    own = source.stats.issued | {c.client_secret for c in source.clients}
    return target.stats.received & own


def test_a_new_identity_server_never_receives_the_old_tokens_or_secret(
    home: Sandbox, elsewhere: Sandbox, profiles: ProfileStore
) -> None:
    profile = _signed_in(home, profiles)
    # edited in the file as an older version or a hand edit would: no clean-up at all
    moved = profile.with_changes(identity_url=elsewhere.identity_url, api_url=elsewhere.api_url)
    profiles.replace(profile.name, moved)
    session, outcome = _start(moved)
    session.close()
    assert isinstance(outcome, SignInRequired)
    assert "identity server or client id changed" in str(outcome)
    assert _leaked_to(elsewhere, home) == set()
    # and what was kept for the old server is gone, not waiting to be sent
    assert keyring.get_password(moved.keyring_service, "refresh-token:DEMO") is None
    assert keyring.get_password(moved.keyring_service, "access-token:DEMO") is None
    assert keyring.get_password(moved.keyring_service, "client-secret") is None
    # a sign-in at the new server asks for its own secret first, sending nothing
    fresh = AuthSession(moved, SecretStore(moved))
    with pytest.raises(Exception, match=r"registered for another identity server|No client secret"):
        fresh.begin_sign_in()
    fresh.close()
    assert _leaked_to(elsewhere, home) == set()


def test_an_edit_of_the_identity_server_ends_the_sign_in_at_the_old_one(
    home: Sandbox, elsewhere: Sandbox, profiles: ProfileStore
) -> None:
    profile = _signed_in(home, profiles)
    moved = profile.with_changes(identity_url=elsewhere.identity_url, api_url=elsewhere.api_url)
    report = apply_change(ProfileChange(profile, moved), open_session=open_session)
    assert report.ended is not None
    assert report.secret_dropped
    assert home.stats.revocations == 1  # revoked where it was issued, with the old secret
    assert _leaked_to(elsewhere, home) == set()
    assert [e for e in app_items() if e[0] == moved.keyring_service] == []


def test_a_new_client_id_drops_the_secret_and_the_sign_in(
    home: Sandbox, profiles: ProfileStore
) -> None:
    profile = _signed_in(home, profiles)
    other = profile.with_changes(client_id=home.fine_client.client_id)
    profiles.replace(profile.name, other)
    home.stats.reset()
    session, outcome = _start(other)
    session.close()
    assert isinstance(outcome, SignInRequired)
    assert home.stats.token_requests == {}  # the old refresh token was not tried for the new id
    assert keyring.get_password(other.keyring_service, "client-secret") is None


def test_a_new_api_address_drops_only_the_cached_access_token(
    home: Sandbox, elsewhere: Sandbox, profiles: ProfileStore
) -> None:
    profile = _signed_in(home, profiles)
    cached = json.loads(str(stored(profile, "access-token:DEMO")))["access_token"]
    moved = profile.with_changes(api_url=elsewhere.api_url)
    profiles.replace(profile.name, moved)
    home.stats.reset()
    session, outcome = _start(moved)
    try:
        assert outcome is True  # still signed in: same identity server and client
        assert home.stats.token_requests == {"refresh_token": 1}  # a new token, not the cached one
        assert session.tokens is not None
        assert session.tokens.access_token != cached
    finally:
        session.close()
    assert cached not in elsewhere.stats.received


def test_a_narrower_set_of_scopes_asks_for_a_new_sign_in(
    home: Sandbox, profiles: ProfileStore
) -> None:
    profile = _signed_in(home, profiles)
    narrower = profile.with_changes(scopes=("setup.read",))
    profiles.replace(profile.name, narrower)
    home.stats.reset()
    session, outcome = _start(narrower)
    session.close()
    assert isinstance(outcome, SignInRequired)
    assert "now asks for different access" in str(outcome)
    assert home.stats.token_requests == {}  # the old grant is not renewed
    assert stored(narrower, "refresh-token:DEMO") is None


def test_a_rename_keeps_the_sign_in(home: Sandbox, profiles: ProfileStore) -> None:
    profile = _signed_in(home, profiles)
    renamed = profile.with_changes(name="Front desk")
    profiles.replace(profile.name, renamed)
    assert not ProfileChange(profile, renamed).matters
    session, outcome = _start(ProfileStore(profiles.path.parent).get("Front desk"))
    session.close()
    assert outcome is True


def test_forget_leaves_no_entry_and_no_file(home: Sandbox, profiles: ProfileStore) -> None:
    profile = _signed_in(home, profiles)
    session, _ = _start(profile)  # a renewal takes the profile lock: its file exists
    session.refresh()
    session.close()
    assert lock_path(profile).exists()
    keep = _signed_in(home, profiles)
    report = forget(profiles, [profile.name])
    assert report.problems == []
    assert [e for e in app_items() if e[0] == profile.keyring_service] == []
    assert not lock_path(profile).exists()
    assert stored(keep, "refresh-token:DEMO") is not None  # the other profile's stay
    # the identity server's metadata stays while a profile uses it, and goes with the last one
    assert metadata_cache.load("discovery", home.identity_url) is not None
    forget(profiles, [keep.name], everything=True)
    assert app_items() == []
    assert metadata_cache.load("discovery", home.identity_url) is None


def test_forget_all_finds_orphans(home: Sandbox, profiles: ProfileStore) -> None:
    keyring.set_password("apaleo-inspector/a-name-from-long-ago", "refresh-token:X", "orphan")
    keyring.set_password("apaleo-inspector/0123abcd", "access-token:X", "orphan")
    _signed_in(home, profiles)
    report = forget(profiles, [p.name for p in profiles.profiles], everything=True)
    assert report.problems == []
    assert app_items() == []


def _legacy(profile: Profile, tmp: Path, values: dict[str, str]) -> Profile:
    """*profile* as a version before ids wrote it: in the file by name, entries under the name."""
    data = profile.to_json()
    data.pop("id")
    (tmp / "profiles.json").write_text(
        json.dumps({"version": 1, "current": profile.name, "profiles": [data]}), encoding="utf-8"
    )
    for key, value in values.items():
        keyring.set_password(f"apaleo-inspector/{profile.name}", key, value)
    old = ProfileStore(tmp).get(profile.name)
    assert old.legacy_service == f"apaleo-inspector/{profile.name}"
    return old


def _raw_entries(profile: Profile) -> dict[str, str]:
    """The profile's entries as the old version stored them (unsealed)."""
    store = SecretStore(profile)
    return {
        "client-secret": str(store.get_client_secret()),
        "refresh-token:DEMO": str(store.get_refresh_token("DEMO")),
        "access-token:DEMO": str(store.get_access_cache("DEMO")),
    }


def _as_an_older_version_left_it(
    profile: Profile, profiles: ProfileStore, tmp: Path, **edited: str
) -> Profile:
    """*profile*'s sign-in and secret as an older version kept them, the profile then *edited*."""
    raw = _raw_entries(profile)
    forget(profiles, [profile.name])
    legacy_dir = tmp / "legacy"
    legacy_dir.mkdir()
    return _legacy(profile.with_changes(**edited), legacy_dir, raw)


def test_old_entries_with_a_proven_binding_move_without_a_new_sign_in(
    home: Sandbox, profiles: ProfileStore, tmp_path: Path
) -> None:
    old = _as_an_older_version_left_it(_signed_in(home, profiles), profiles, tmp_path)
    moved = migrate(old)
    assert moved.legacy_service is None
    assert [e for e in app_items() if e[0] == old.legacy_service] == []
    home.stats.reset()
    session, outcome = _start(moved)
    session.close()
    assert outcome is True
    assert home.stats.token_requests == {}  # the cached access token was still good


def test_old_entries_for_another_server_are_not_carried_over(
    home: Sandbox, elsewhere: Sandbox, profiles: ProfileStore, tmp_path: Path
) -> None:
    # the old version's profile had been edited to the other server after the sign-in
    old = _as_an_older_version_left_it(
        _signed_in(home, profiles),
        profiles,
        tmp_path,
        identity_url=elsewhere.identity_url,
        api_url=elsewhere.api_url,
    )
    moved = migrate(old)
    assert [e for e in app_items() if e[0] in (moved.keyring_service, old.legacy_service)] == []
    session, outcome = _start(moved)
    session.close()
    assert outcome is False  # nothing kept: a new sign-in, and the new secret asked for
    assert _leaked_to(elsewhere, home) == set()
