"""The discovery document and signing keys kept between starts: a restart's renewal is one request.

Through the real parts: the sandbox's identity server on loopback, the Secret Service keyring,
files in a private config folder.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.auth import discovery, metadata_cache
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.core.config import Profile
from desktop_app.sandbox import Sandbox
from desktop_app.sandbox.keys import SigningKey
from tests.support.signin import expire_kept_access_token, sign_in

DISCOVERY = "GET /.well-known/openid-configuration"
JWKS = "GET /.well-known/openid-configuration/jwks"


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("APALEO_INSPECTOR_CONFIG_DIR", str(tmp_path / "config"))
    discovery._cache.clear()  # a new process: nothing in memory
    yield
    discovery._cache.clear()


def _restart(sandbox: Sandbox, profile: Profile) -> AuthSession:
    """A new process's session for *profile*: only what disk and keyring kept."""
    discovery._cache.clear()
    return AuthSession(
        profile.with_changes(last_account="DEMO"),
        SecretStore(profile),
        client_secret=sandbox.client_secret_for(profile),
    )


def test_a_restart_renews_with_the_refresh_request_alone(
    sandbox: Sandbox, profile: Profile
) -> None:
    first = _restart(sandbox, profile)
    sign_in(sandbox, first)
    first.close()
    expire_kept_access_token(profile)
    restarted = _restart(sandbox, profile)
    assert restarted.restore()
    assert restarted.restoring
    sandbox.stats.reset()
    restarted.access_token()
    assert sandbox.stats.token_requests == {"refresh_token": 1}
    assert sandbox.stats.requests[DISCOVERY] == 0
    assert sandbox.stats.requests[JWKS] == 0
    tokens = restarted.tokens
    assert tokens is not None
    assert tokens.id_token_verified  # verified against the kept keys
    restarted.close()


def test_rotated_signing_keys_are_fetched_again(sandbox: Sandbox, profile: Profile) -> None:
    first = _restart(sandbox, profile)
    sign_in(sandbox, first)
    first.close()
    sandbox.identity.key = SigningKey()  # apaleo rotated its keys since the last start
    expire_kept_access_token(profile)
    restarted = _restart(sandbox, profile)
    assert restarted.restore()
    sandbox.stats.reset()
    restarted.access_token()
    assert sandbox.stats.requests[JWKS] == 1  # the kept set lacked the new kid
    tokens = restarted.tokens
    assert tokens is not None
    assert tokens.id_token_verified
    restarted.close()


def test_a_kept_document_is_checked_like_a_fetched_one(sandbox: Sandbox, profile: Profile) -> None:
    base = sandbox.identity_url
    doc = discovery.discover(base, _restart(sandbox, profile).transport, keep=True)
    assert doc.discovered
    # someone changed the kept file to send tokens elsewhere
    path = next(metadata_cache.cache_dir().glob("discovery-*.json"))
    record = json.loads(path.read_text())
    record["document"]["issuer"] = "https://elsewhere.example"
    path.write_text(json.dumps(record))
    discovery._cache.clear()
    sandbox.stats.reset()
    again = discovery.discover(base, _restart(sandbox, profile).transport, keep=True)
    assert again.issuer == doc.issuer
    assert sandbox.stats.requests[DISCOVERY] == 1  # the bad file was dropped and fetched anew


def test_kept_documents_expire_and_bad_files_read_as_nothing(tmp_path: Path) -> None:
    url = "https://identity.apaleo.com"
    metadata_cache.save("discovery", url, {"issuer": url}, now=1000.0)
    assert metadata_cache.load("discovery", url, now=lambda: 1000.0 + 60) == ({"issuer": url}, True)
    day = 24 * 3600.0
    assert metadata_cache.load("discovery", url, now=lambda: 1000.0 + day) == (
        {"issuer": url},
        False,
    )
    assert metadata_cache.load("discovery", url, now=lambda: 1000.0 + 31 * day) is None
    assert metadata_cache.load("discovery", url, now=lambda: 1000.0 - 60) is None  # clock set back
    assert metadata_cache.load("discovery", "https://other.example", now=lambda: 1000.0) is None
    path = next(metadata_cache.cache_dir().glob("discovery-*.json"))
    path.write_text("{not json")
    assert metadata_cache.load("discovery", url, now=lambda: 1000.0) is None


def test_an_ephemeral_profile_keeps_nothing_on_disk(sandbox: Sandbox, profile: Profile) -> None:
    profile = profile.with_changes(ephemeral=True)
    session = AuthSession(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=sandbox.client_secret_for(profile),
    )
    sign_in(sandbox, session)
    session.close()
    assert not metadata_cache.cache_dir().exists()


def test_a_stale_document_is_used_and_fetched_again_in_the_background(
    sandbox: Sandbox, profile: Profile
) -> None:
    import time

    base = sandbox.identity_url
    fetched = discovery.discover(base, _restart(sandbox, profile).transport, keep=True)
    path = next(metadata_cache.cache_dir().glob("discovery-*.json"))
    record = json.loads(path.read_text())
    record["fetched_at"] = time.time() - 2 * 24 * 3600  # the last start was two days ago
    path.write_text(json.dumps(record))
    discovery._cache.clear()
    sandbox.stats.reset()
    used = discovery.discover(base, _restart(sandbox, profile).transport, keep=True)
    assert used == fetched  # at once, from the kept file
    deadline = time.monotonic() + 10
    while sandbox.stats.requests[DISCOVERY] == 0 and time.monotonic() < deadline:
        time.sleep(0.01)  # polling a condition set by a daemon thread the test cannot join
    assert sandbox.stats.requests[DISCOVERY] == 1
    while json.loads(path.read_text())["fetched_at"] < time.time() - 60:
        assert time.monotonic() < deadline
        time.sleep(0.01)
