"""apaleo's fine-grained clients: API scopes ignored, permissions from the registration, the
properties chosen by the hotel when it connects the app. Judged by what the API answers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from desktop_app.api.client import ApiClient
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.sandbox import Sandbox
from desktop_app.words.access import scopes_summary
from tests.support.signin import deliver, sign_in


@pytest.fixture
def fine() -> Iterator[Sandbox]:
    with Sandbox(any_loopback_port=True) as sb:
        yield sb


def test_a_fine_grained_client_sees_what_the_hotel_allowed(fine: Sandbox) -> None:
    profile = fine.profile("fine", fine_grained=True, redirect_port=0)
    session = AuthSession(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=fine.client_secret_for(profile),
    )
    allowed = [str(p["id"]) for p in fine.data.properties if not p["isArchived"]][:2]
    attempt = session.begin_sign_in()
    assert "setup.read" in attempt.authorization_url  # asked for, and ignored by apaleo
    callback = fine.approve(attempt.authorization_url, properties=allowed)
    waiter = threading.Thread(target=lambda: attempt.wait(threading.Event(), 15))
    waiter.start()
    deliver(callback, attempt)
    waiter.join(15)
    assert session.signed_in
    assert session.grant.fine_grained
    assert "identity:permissions" in session.grant.granted
    assert session.grant.missing == ()  # API scopes are not "missing" for this kind
    summary = scopes_summary(
        session.grant.requested,
        session.grant.granted,
        session.grant.missing,
        session.grant.extra,
    )
    assert "fine-grained" in summary
    api = ApiClient(profile.api_url, session, identity_url=profile.identity_url)
    assert sorted(p.id for p in api.properties()) == sorted(allowed)  # only what the hotel chose
    assert api.unit_count(allowed[0]) > 0  # a permission from the registration
    assert {u.id for u in api.users()} == {"u-admin", "u-frontdesk", "u-accounting"}
    session.close()


def test_a_scope_client_gets_what_it_asked_for(fine: Sandbox) -> None:
    profile = fine.profile("scope", redirect_port=0)
    session = AuthSession(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=fine.client_secret_for(profile),
    )
    sign_in(fine, session)
    assert not session.grant.fine_grained
    api = ApiClient(profile.api_url, session, identity_url=profile.identity_url)
    assert len(api.properties()) == len(fine.data.properties)
    session.close()
