"""Sign-in outside the happy order of events: answers held back, sign-out racing a refresh, lost
answers, skewed clocks, servers that grant differently. Real sandbox, real Secret Service keyring.

Answers are held back with the sandbox's ``hold`` fault (the test decides when the server
answers), never with sleeps.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from typing import Any

import pytest

from desktop_app.api.identity import IdentityClient
from desktop_app.auth.errors import IdTokenError, SignedOut
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.core.config import Profile
from desktop_app.core.errors import NetworkError
from desktop_app.core.log import RedactingFilter
from desktop_app.sandbox import Fault, Sandbox
from tests.support.keyring_entries import store, stored
from tests.support.signin import deliver, sign_in
from tests.support.transport import quick


def _session(sb: Sandbox, profile: Profile, **transport: Any) -> AuthSession:
    """A session on the app's transport, pauses skipped; *transport* changes it (a timeout)."""
    return AuthSession(
        profile,
        SecretStore(profile),
        client_secret=sb.client_secret_for(profile),
        transport=quick(**transport),
    )


def _stored(profile: Profile) -> str | None:
    return stored(profile, "refresh-token:DEMO")


def _in_thread(call: object) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(call())  # type: ignore[operator]
        except Exception as exc:  # noqa: BLE001 - the test inspects it
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@pytest.mark.keyring
@pytest.mark.parametrize("held", ["request", "answer"])
def test_sign_out_wins_over_a_refresh_in_flight(
    sandbox: Sandbox, session: AuthSession, profile: Profile, held: str
) -> None:
    sign_in(sandbox, session)
    # "request": sign-out revokes the token before the server sees it; "answer": the server
    # rotated it and its answer (a new refresh token) lands after sign-out
    hold = sandbox.faults.add(
        Fault("hold", path="/connect/token", count=1, after_handling=held == "answer")
    )
    thread, outcome = _in_thread(session.refresh)
    assert hold.arrived.wait(10)  # the refresh is at the server; its answer is held back
    result = session.sign_out()
    assert result.revoked
    assert _stored(profile) is None
    hold.release.set()  # now the late answer lands
    thread.join(15)
    assert isinstance(outcome[0], SignedOut)
    assert not session.signed_in
    assert _stored(profile) is None  # the late refresh token was never stored
    # ... and it was revoked: no refresh token of this user is usable any more
    live = [r for r in sandbox.identity._refresh.values() if not (r.revoked or r.used)]
    assert live == []
    restarted = _session(sandbox, profile.with_changes(last_account="DEMO"))
    assert restarted.try_silent_sign_in() is False  # the next start does not sign in silently
    restarted.close()


@pytest.mark.keyring
def test_sign_out_wins_over_a_sign_in_in_flight(
    sandbox: Sandbox, session: AuthSession, profile: Profile
) -> None:
    attempt = session.begin_sign_in()
    callback = sandbox.approve(attempt.authorization_url)
    hold = sandbox.faults.add(Fault("hold", path="/connect/token", count=1, after_handling=True))
    thread, outcome = _in_thread(lambda: attempt.wait(threading.Event(), 15))
    page, page_answer = _in_thread(lambda: deliver(callback, attempt))
    assert hold.arrived.wait(10)  # the code exchange is at the server
    session.sign_out()
    hold.release.set()
    thread.join(15)
    page.join(15)
    assert isinstance(outcome[0], SignedOut)
    assert not session.signed_in
    assert _stored(profile) is None
    assert "You are signed in" not in page_answer[0].text  # type: ignore[attr-defined]


@pytest.mark.keyring
def test_a_lost_refresh_answer_is_not_replayed(sandbox: Sandbox, profile: Profile) -> None:
    session = _session(sandbox, profile, timeout=(5.0, 0.5))
    first = sign_in(sandbox, session)
    sandbox.stats.reset()
    hold = sandbox.faults.add(Fault("hold", path="/connect/token", count=1))
    with pytest.raises(NetworkError) as caught:
        session.refresh()  # the client gives up reading after 0.5 s
    hold.release.set()  # the server goes on, rotates, and answers into the void
    assert "did not answer in time" in caught.value.message
    assert sandbox.stats.requests["POST /connect/token"] == 1  # sent once, never replayed
    assert session.signed_in
    assert _stored(profile) == first.refresh_token  # not wiped
    session.close()


@pytest.mark.keyring
def test_no_refresh_token_is_said_and_the_old_one_deleted(profile: Profile) -> None:
    with Sandbox(any_loopback_port=True, refresh_token_needs_consent_prompt=True) as sb:
        profile = sb.profile(profile.name, redirect_port=0)
        # an older sign-in of the same account is in the keyring
        store(profile, "refresh-token:DEMO", "an-older-token-1234")
        session = _session(sb, profile.with_changes(last_account="DEMO"))
        attempt = session.begin_sign_in()
        assert "prompt=" not in attempt.authorization_url
        attempt.close()
        sign_in(sb, session)
        state = session.refresh_state
        assert state.state == "not_issued"
        assert "will not be kept" in state.words
        assert "Ask for consent at every sign-in" in state.words
        assert "offline_access" in session.grant.missing
        assert _stored(profile) is None  # the old entry cannot sign the next start in
        session.close()
        # with the profile option, prompt=consent is sent and the server issues one
        asking = _session(sb, profile.with_changes(prompt_consent=True))
        attempt = asking.begin_sign_in()
        assert "prompt=consent" in attempt.authorization_url
        attempt.close()
        tokens = sign_in(sb, asking)
        assert tokens.refresh_token
        assert asking.refresh_state.state == "keyring"
        assert _stored(profile) == tokens.refresh_token
        asking.close()


def test_the_browser_page_tells_the_truth(sandbox: Sandbox, profile: Profile) -> None:
    wrong = AuthSession(profile, SecretStore(profile, memory_only=True), client_secret="wrong")
    attempt = wrong.begin_sign_in()
    callback = sandbox.approve(attempt.authorization_url)
    thread, _ = _in_thread(lambda: attempt.wait(threading.Event(), 15))
    page = deliver(callback, attempt)
    thread.join(15)
    assert "You are signed in" not in page.text
    assert "did not complete" in page.text
    assert "client id and secret" in page.text  # the reason, in the browser too
    assert not wrong.signed_in
    wrong.close()
    right = AuthSession(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=sandbox.client_secret_for(profile),
    )
    attempt = right.begin_sign_in()
    callback = sandbox.approve(attempt.authorization_url)
    thread, _ = _in_thread(lambda: attempt.wait(threading.Event(), 15))
    page = deliver(callback, attempt)
    thread.join(15)
    assert "You are signed in" in page.text
    assert right.signed_in
    right.close()


@pytest.mark.parametrize("offset_s", [300, -300])
def test_a_clock_a_few_minutes_off_still_signs_in(profile: Profile, offset_s: int) -> None:
    # offset +300: the server is 5 minutes ahead, so this computer's clock is 5 minutes slow
    with Sandbox(any_loopback_port=True, clock_offset_s=offset_s) as sb:
        session = AuthSession(
            sb.profile(profile.name, redirect_port=0),
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(sb.profile(profile.name)),
        )
        tokens = sign_in(sb, session)
        assert tokens.id_token_verified
        session.close()


def test_a_clock_far_off_is_named(profile: Profile) -> None:
    with Sandbox(any_loopback_port=True, clock_offset_s=1800) as sb:
        session = AuthSession(
            sb.profile(profile.name, redirect_port=0),
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(sb.profile(profile.name)),
        )
        with pytest.raises(IdTokenError) as caught:
            sign_in(sb, session)
        assert "This computer's clock is about 30 min behind" in caught.value.message
        assert "ImmatureSignature" not in caught.value.message
        session.close()


def test_a_refreshed_id_token_must_name_the_same_user(
    sandbox: Sandbox, session: AuthSession
) -> None:
    tokens = sign_in(sandbox, session)
    claims = dict(tokens.id_token_claims or {})
    claims["sub"] = "someone-else"  # as if the first sign-in had been another user's
    session._tokens = replace(tokens, id_token_claims=claims)
    with pytest.raises(IdTokenError) as caught:
        session.refresh()
    assert "'sub' changed" in caught.value.message


def test_scopes_by_evidence_when_the_server_lists_only_api_scopes(profile: Profile) -> None:
    with Sandbox(any_loopback_port=True, scope_in_token_response=False) as sb:
        prof = sb.profile(profile.name, redirect_port=0)
        session = AuthSession(
            prof,
            SecretStore(prof, memory_only=True),
            client_secret=sb.client_secret_for(prof),
        )
        tokens = sign_in(sb, session)
        claims = tokens.access_claims or {}
        assert "openid" not in claims["scope"]  # the access token lists API scopes only
        assert session.grant.missing == ()
        for scope in ("openid", "profile", "offline_access"):
            assert scope in session.grant.granted
        # userinfo refuses the token: the verified id_token's claims give the user's name
        sb.faults.add(Fault("status", path="/connect/userinfo", status=403))
        info = IdentityClient(session, session.transport).userinfo()
        assert info["preferred_username"] == sb.default_user.name
        assert info["name"] == sb.default_user.email  # apaleo's name claim is the e-mail
        session.close()


def test_every_known_secret_is_masked_whatever_the_quoting(
    sandbox: Sandbox, session: AuthSession
) -> None:
    records: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler = Keep(logging.DEBUG)
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    library = logging.getLogger("requests_oauthlib")
    saved = library.level
    root.addHandler(handler)
    library.setLevel(logging.DEBUG)  # as with --debug and a library left at DEBUG
    try:
        tokens = sign_in(sandbox, session)
        opaque = tokens.refresh_token
        assert opaque
        assert opaque.count(".") == 0  # an opaque token: no JWT shape to spot
        library.debug("Obtained token %s.", {"refresh_token": opaque, "x": 1})
        library.debug("repr %r", dict(tokens=[opaque]))
        library.debug("plain %s", opaque)
    finally:
        root.removeHandler(handler)
        library.setLevel(saved)
    text = "\n".join(records)
    assert "Obtained token" in text
    for secret in (opaque, tokens.access_token, tokens.id_token):
        assert secret
        assert secret not in text
