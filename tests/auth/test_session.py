"""AuthSession against the real sandbox: sign-in, keyring, silent sign-in, refresh, sign-out, failures.

The keyring tests use the real Secret Service (the suite runs under scripts/with-real-parts.sh);
the "no keyring" tests use keyring's own fail backend, which is what such a machine has.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import replace
from pathlib import Path

import jwt
import pytest
import requests

from desktop_app.api.identity import IdentityClient
from desktop_app.auth.errors import (
    CallbackError,
    IdTokenError,
    OAuthError,
    PortInUseError,
    SignInCancelled,
    SignInRequired,
    SignInTimeout,
)
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.auth.signin import SignInStage
from desktop_app.core.config import Profile
from desktop_app.core.errors import NetworkError
from desktop_app.sandbox import Fault, Sandbox
from tests.support.keyring_entries import store, stored
from tests.support.signin import deliver, sign_in
from tests.support.transport import quick


def _new_session(sb: Sandbox, profile: Profile) -> AuthSession:
    return AuthSession(
        profile,
        SecretStore(profile),
        client_secret=sb.client_secret_for(profile),
        transport=quick(),
    )


def _assert_nothing_leaked(text: str, *secrets: str | None) -> None:
    for secret in secrets:
        if secret:
            assert secret not in text


@pytest.mark.keyring
def test_sign_in_stores_refresh_token_in_the_os_keyring(
    sandbox: Sandbox, session: AuthSession, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert session.store.is_persistent, (
        f"expected the Secret Service keyring: {session.store.problem}"
    )
    stages: list[SignInStage] = []
    attempt = session.begin_sign_in()
    callback = sandbox.approve(attempt.authorization_url)
    thread = threading.Thread(target=lambda: deliver(callback, attempt))
    thread.start()
    tokens = attempt.wait(threading.Event(), 15, on_stage=stages.append)
    thread.join()
    assert stages == [
        SignInStage.WAITING_FOR_BROWSER,
        SignInStage.EXCHANGING_CODE,
        SignInStage.VERIFYING,
        SignInStage.DONE,
    ]
    assert tokens.id_token_verified
    assert session.account_code == "DEMO"
    kept = stored(session.profile, "refresh-token:DEMO")
    assert kept == tokens.refresh_token
    assert session.grant.missing == ()
    assert "setup.read" in session.grant.granted
    _assert_nothing_leaked(caplog.text, tokens.access_token, tokens.refresh_token, tokens.id_token)
    _assert_nothing_leaked(repr(tokens), tokens.access_token, tokens.refresh_token)


@pytest.mark.keyring
def test_restart_signs_in_silently_with_rotation(
    sandbox: Sandbox, session: AuthSession, profile: Profile
) -> None:
    first = sign_in(sandbox, session)
    # within the access token's lifetime: signed in from the keyring, no request at all
    quick = _new_session(sandbox, profile.with_changes(last_account="DEMO"))
    assert quick.try_silent_sign_in() is True
    assert quick.tokens is not None
    assert quick.tokens.access_token == first.access_token
    assert quick.tokens.id_token_verified  # the claims verified at sign-in were kept
    assert sandbox.stats.token_requests == {"authorization_code": 1}
    quick.close()
    # once it has expired: one refresh, rotated
    import json

    cached = json.loads(str(stored(profile, "access-token:DEMO")))
    cached["expires_at"] = time.time() - 1  # expired since
    store(profile, "access-token:DEMO", json.dumps(cached))
    restarted = _new_session(sandbox, profile.with_changes(last_account="DEMO"))
    assert restarted.try_silent_sign_in() is True
    assert restarted.signed_in
    rotated = restarted.tokens
    assert rotated is not None
    assert rotated.refresh_token != first.refresh_token
    # the rotated token replaced the stored one before the new access token was handed out
    assert stored(profile, "refresh-token:DEMO") == rotated.refresh_token
    assert sandbox.stats.token_requests == {"authorization_code": 1, "refresh_token": 1}
    restarted.close()


def test_no_stored_token_means_no_silent_sign_in(sandbox: Sandbox, profile: Profile) -> None:
    session = _new_session(sandbox, profile.with_changes(last_account="NOPE"))
    assert session.try_silent_sign_in() is False
    assert sandbox.stats.token_requests == {}


@pytest.mark.parametrize("how", ["revoked", "deactivated", "reused"])
def test_invalid_grant_deletes_the_token_and_asks_to_sign_in(
    sandbox: Sandbox, session: AuthSession, profile: Profile, how: str
) -> None:
    first = sign_in(sandbox, session)
    heard: list[str] = []
    session.sign_in_required.add(heard.append)
    if how == "revoked":
        sandbox.revoke_tokens_for(sub="u-admin")
    elif how == "deactivated":
        sandbox.deactivate_user("u-admin")
    else:
        session.refresh()  # rotates; the first token is now spent
        # memory and keyring both hold the spent token (a token that was replayed elsewhere)
        session._tokens = first
        store(profile, "refresh-token:DEMO", str(first.refresh_token))
    with pytest.raises(SignInRequired) as caught:
        session.refresh()
    assert "sign in again" in caught.value.message.lower()
    if how == "deactivated":
        assert "User u-admin has no access to ACCOUNT DEMO" in caught.value.message
    assert not session.signed_in
    assert session.store.get_refresh_token("DEMO") is None
    assert len(heard) == 1
    with pytest.raises(SignInRequired):
        session.access_token()
    assert len(heard) == 1  # told once
    _assert_nothing_leaked(caught.value.message, first.refresh_token)


def test_server_errors_on_refresh_are_not_replayed_and_do_not_sign_out(
    sandbox: Sandbox, session: AuthSession
) -> None:
    first = sign_in(sandbox, session)
    sandbox.stats.reset()
    sandbox.faults.add(Fault("status", path="/connect/token", status=503, count=1))
    with pytest.raises(NetworkError) as caught:
        session.refresh()
    assert "HTTP 503" in caught.value.message
    # a 5xx may come after the server rotated the token: never replayed automatically
    assert sandbox.stats.requests["POST /connect/token"] == 1
    assert session.signed_in  # still signed in; nothing deleted
    assert session.store.get_refresh_token("DEMO") == first.refresh_token
    renewed = session.refresh()  # the admin's next try goes through
    assert renewed.refresh_token != first.refresh_token
    sandbox.faults.add(Fault("drop", path="/connect/token"))
    sandbox.stats.reset()
    with pytest.raises(NetworkError):
        session.refresh()
    assert sandbox.stats.requests["POST /connect/token"] == 1
    assert session.signed_in


def test_client_credentials_are_retried_after_server_errors(sandbox: Sandbox) -> None:
    profile = sandbox.profile("cc-retry", mode="client_credentials")
    session = AuthSession(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=sandbox.client_secret_for(profile),
        transport=quick(),
    )
    sandbox.faults.add(Fault("status", path="/connect/token", status=503, count=2))
    session.sign_in_client_credentials()  # nothing is spent: safe to send again
    assert sandbox.stats.requests["POST /connect/token"] == 3
    session.close()


def test_single_flight_refresh_at_expiry(sandbox: Sandbox, session: AuthSession) -> None:
    sign_in(sandbox, session)
    tokens = session.tokens
    assert tokens is not None
    session._tokens = replace(tokens, expires_at=time.time() + 1, issued_at=time.time() - 600)
    sandbox.stats.reset()
    barrier = threading.Barrier(50)
    results: list[str] = []

    def call() -> None:
        barrier.wait()
        results.append(session.access_token())

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(results) == 50
    assert len(set(results)) == 1
    assert sandbox.stats.token_requests == {"refresh_token": 1}


def test_no_token_calls_within_a_lifetime(sandbox: Sandbox, session: AuthSession) -> None:
    sign_in(sandbox, session)
    sandbox.stats.reset()
    tokens = {session.access_token() for _ in range(1000)}
    assert len(tokens) == 1
    assert sandbox.stats.token_requests == {}


def test_token_rejected_refreshes_once(sandbox: Sandbox, session: AuthSession) -> None:
    first = sign_in(sandbox, session)
    sandbox.stats.reset()
    new = session.token_rejected(first.access_token)
    assert new != first.access_token
    assert session.token_rejected(first.access_token) == new  # someone already refreshed
    assert sandbox.stats.token_requests == {"refresh_token": 1}


def test_sign_out_revokes_and_forgets(sandbox: Sandbox, session: AuthSession) -> None:
    tokens = sign_in(sandbox, session)
    result = session.sign_out()
    assert result.revoked
    assert sandbox.stats.revocations == 1
    assert not session.signed_in
    assert session.store.get_refresh_token("DEMO") is None
    answer = requests.post(
        f"{sandbox.identity_url}/connect/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens.refresh_token,
            "client_id": "inspector-connect",
            "client_secret": sandbox.connect_client.client_secret,
        },
        timeout=5,
    )
    assert answer.json()["error"] == "invalid_grant"


def test_sign_out_says_when_revocation_failed(sandbox: Sandbox, session: AuthSession) -> None:
    sign_in(sandbox, session)
    sandbox.faults.add(Fault("status", path="/connect/revocation", status=503))
    result = session.sign_out()
    assert not result.revoked
    assert "could not be told" in result.message
    assert session.store.get_refresh_token("DEMO") is None


def test_client_credentials(sandbox: Sandbox) -> None:
    profile = sandbox.profile("simple-test", mode="client_credentials")
    session = _new_session(sandbox, profile)
    tokens = session.sign_in_client_credentials()
    assert tokens.refresh_token is None
    assert "setup.read" in tokens.scope
    assert IdentityClient(session, session.transport).userinfo() == {}
    # a new token when the old one expires, never a refresh grant
    session._tokens = replace(tokens, expires_at=time.time() - 1)
    assert session.access_token() != tokens.access_token
    assert sandbox.stats.token_requests == {"client_credentials": 2}
    fault = sandbox.faults.add(Fault("status", path="/connect/token", status=503, count=1))
    session._tokens = replace(tokens, expires_at=time.time() - 1)
    session.access_token()  # the 503 (answered before the endpoint counts it) is retried
    assert fault.hits == 1
    assert sandbox.stats.token_requests == {"client_credentials": 3}  # the 503, then through
    session.close()


@pytest.mark.parametrize("auth", ["client_secret_post", "client_secret_basic"])
def test_client_credentials_with_either_client_authentication(sandbox: Sandbox, auth: str) -> None:
    """apaleo takes the id and secret in the body or as Basic; both must carry the client id."""
    profile = sandbox.profile(f"simple-{auth}", mode="client_credentials", client_auth=auth)
    session = _new_session(sandbox, profile)
    assert session.sign_in_client_credentials().access_token
    assert sandbox.stats.token_requests == {"client_credentials": 1}
    session.close()


def test_wrong_client_secret_is_explained(sandbox: Sandbox, profile: Profile) -> None:
    session = AuthSession(profile, SecretStore(profile), client_secret="wrong-secret")
    with pytest.raises(OAuthError) as caught:
        sign_in(sandbox, session)
    assert "client id and secret" in caught.value.message
    assert "wrong-secret" not in caught.value.message


def test_denied_consent(sandbox: Sandbox, session: AuthSession) -> None:
    with pytest.raises(OAuthError) as caught:
        sign_in(sandbox, session, allow=False)
    assert caught.value.error == "access_denied"
    assert "declined" in caught.value.message


def test_wrong_state_is_answered_and_ignored(sandbox: Sandbox, session: AuthSession) -> None:
    attempt = session.begin_sign_in()
    callback = sandbox.approve(attempt.authorization_url)
    forged = callback.replace("state=", "state=forged")
    stray = requests.get(f"{attempt.redirect_uri}?{forged.split('?', 1)[1]}", timeout=5)
    assert stray.status_code == 400
    assert (
        requests.get(
            attempt.redirect_uri.replace("/callback", "/favicon.ico"), timeout=5
        ).status_code
        == 404
    )
    assert requests.post(attempt.redirect_uri, timeout=5).status_code == 405
    thread = threading.Thread(target=lambda: deliver(callback, attempt))
    thread.start()
    tokens = attempt.wait(threading.Event(), 15)  # the wait went on; the real answer completes it
    thread.join()
    assert tokens.access_token
    assert sandbox.stats.token_requests == {"authorization_code": 1}


def test_wrong_issuer_is_rejected(sandbox: Sandbox, session: AuthSession) -> None:
    attempt = session.begin_sign_in()
    callback = sandbox.approve(attempt.authorization_url)
    evil = callback.replace("iss=", "iss=https%3A%2F%2Fevil.example&x=")
    thread = threading.Thread(target=lambda: deliver(evil, attempt))
    thread.start()
    with pytest.raises(CallbackError, match="expected apaleo identity server"):
        attempt.wait(threading.Event(), 15)
    thread.join()
    assert sandbox.stats.token_requests == {}


def test_busy_port_names_the_port(sandbox: Sandbox, profile: Profile) -> None:
    import socket

    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        session = _new_session(sandbox, profile.with_changes(redirect_port=port))
        with pytest.raises(PortInUseError) as caught:
            session.begin_sign_in()
    assert f"Port {port}" in caught.value.message
    assert "redirect port" in caught.value.message


def test_timeout_and_cancel(sandbox: Sandbox, session: AuthSession) -> None:
    attempt = session.begin_sign_in()
    with pytest.raises(SignInTimeout, match="Nothing came back"):
        attempt.wait(threading.Event(), 0.3)
    attempt = session.begin_sign_in()
    cancel = threading.Event()
    threading.Timer(0.2, cancel.set).start()
    with pytest.raises(SignInCancelled):
        attempt.wait(cancel, 30)
    # the listener is closed after either
    with pytest.raises(requests.ConnectionError):
        requests.get(attempt.redirect_uri, timeout=2)


def test_old_attempt_state_does_not_complete_a_new_one(
    sandbox: Sandbox, session: AuthSession
) -> None:
    old = session.begin_sign_in()
    old_callback = sandbox.approve(old.authorization_url)
    old.close()
    new = session.begin_sign_in()
    stale = requests.get(f"{new.redirect_uri}?{old_callback.split('?', 1)[1]}", timeout=5)
    assert stale.status_code == 400
    with pytest.raises(SignInTimeout):
        new.wait(threading.Event(), 0.3)


def _tamper(token: str) -> str:
    head, _body, sig = token.split(".")
    claims = jwt.decode(token, options={"verify_signature": False})
    claims["sub"] = "u-someone-else"
    forged_body = jwt.utils.base64url_encode(jwt.api_jws.json.dumps(claims).encode()).decode()
    return f"{head}.{forged_body}.{sig}"


@pytest.mark.parametrize(
    "attack", ["tampered", "wrong_audience", "expired", "wrong_key", "wrong_nonce", "alg_none"]
)
def test_bad_id_tokens_are_rejected(sandbox: Sandbox, session: AuthSession, attack: str) -> None:
    original_sign = sandbox.key.sign

    def hostile_sign(claims: dict[str, object], *, typ: str = "at+jwt") -> str:
        if typ != "JWT":
            return original_sign(claims, typ=typ)
        claims = dict(claims)
        if attack == "wrong_audience":
            claims["aud"] = "another-app"
        elif attack == "expired":
            claims["exp"] = int(time.time()) - 3600
        elif attack == "wrong_nonce":
            claims["nonce"] = "not-the-nonce"
        elif attack == "wrong_key":
            from desktop_app.sandbox.keys import SigningKey

            other = SigningKey()
            return jwt.encode(
                claims, other._private, algorithm="RS256", headers={"kid": sandbox.key.kid}
            )
        elif attack == "alg_none":
            return jwt.encode(claims, "", algorithm="none")
        token = original_sign(claims, typ=typ)
        return _tamper(token) if attack == "tampered" else token

    sandbox.key.sign = hostile_sign  # type: ignore[method-assign]
    with pytest.raises(IdTokenError):
        sign_in(sandbox, session)
    assert not session.signed_in
    assert session.store.get_refresh_token("DEMO") is None


def test_keyring_unavailable_keeps_the_session_in_memory(
    sandbox: Sandbox, profile: Profile, memory_keyring: None, tmp_path: object
) -> None:
    store = SecretStore(profile)
    assert not store.is_persistent
    assert store.problem is not None
    assert "No system keyring" in store.problem
    session = AuthSession(profile, store, client_secret=sandbox.client_secret_for(profile))
    tokens = sign_in(sandbox, session)
    assert session.signed_in
    assert store.get_refresh_token("DEMO") == tokens.refresh_token  # memory only, this run
    assert SecretStore(profile).get_refresh_token("DEMO") is None  # nothing persisted


def test_discovery_falls_back_to_apaleo_paths(
    sandbox: Sandbox, profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.auth import discovery

    # a config folder of its own: an earlier test's sandbox on the same port may have kept a
    # discovery document on disk, and that one would be used instead of asking
    monkeypatch.setenv("APALEO_INSPECTOR_CONFIG_DIR", str(tmp_path / "config"))
    discovery._cache.clear()
    sandbox.faults.add(
        Fault("status", path="/.well-known/openid-configuration", status=404, count=1)
    )
    session = _new_session(sandbox, profile)
    endpoints = session.endpoints()
    assert not endpoints.discovered
    assert endpoints.token_endpoint == f"{sandbox.identity_url}/connect/token"
    assert not endpoints.iss_parameter_supported
    tokens = sign_in(sandbox, session)  # still works on the documented paths
    assert tokens.id_token_verified
    discovery._cache.clear()


@pytest.mark.parametrize("error", ["invalid_request", "invalid_grant", "unsupported_grant_type"])
def test_a_refresh_token_refused_with_any_oauth_400_is_not_tried_again(
    sandbox: Sandbox, session: AuthSession, profile: Profile, error: str
) -> None:
    first = sign_in(sandbox, session)
    sandbox.identity.refuse_refresh_with = error  # as apaleo after a permission change
    with pytest.raises(SignInRequired) as caught:
        session.refresh()
    assert "The client's permissions changed" in caught.value.message  # the server's words
    assert stored(profile, "refresh-token:DEMO") is None
    restarted = _new_session(sandbox, profile.with_changes(last_account="DEMO"))
    sandbox.stats.reset()
    assert restarted.try_silent_sign_in() is False  # not retried at every start
    assert sandbox.stats.token_requests == {}
    restarted.close()
    _assert_nothing_leaked(caught.value.message, first.refresh_token)


def test_a_connect_clients_own_token_names_no_account(sandbox: Sandbox) -> None:
    claims = jwt.decode(
        sandbox.mint_access_token(("setup.read",), sub=None),
        options={"verify_signature": False},
    )
    assert "sub" not in claims
    assert "account_code" not in claims  # apaleo: no account on a connect client's own token
    simple = jwt.decode(
        sandbox.mint_access_token(("setup.read",), sub=None, client_id="inspector-simple"),
        options={"verify_signature": False},
    )
    assert simple["account_code"] == "DEMO"
    profile = sandbox.profile("cc-account", mode="client_credentials")
    session = _new_session(sandbox, profile)
    session.sign_in_client_credentials()
    assert session.account_code == "DEMO"  # a simple client's account, never "default"
    session.close()
