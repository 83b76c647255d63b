"""Identity-server answers have a size cap: a huge one is refused in words, never read whole.

The sandbox streams 100 MB without a length (so nothing can be refused unread) on each endpoint
in turn; the app must stop reading at its cap and say what happened. Python's own allocation
tracing (tracemalloc) measures what the call held at its peak.
"""

from __future__ import annotations

import threading
import tracemalloc
from collections.abc import Callable, Iterator

import pytest

from desktop_app.api.identity import IdentityClient
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.core.config import Profile
from desktop_app.core.errors import InspectorError
from desktop_app.sandbox import Fault, Sandbox
from tests.support.signin import sign_in
from tests.support.transport import quick

BIG = 100 * 1024 * 1024
#: What reading any capped answer may hold at its peak (the cap is 1 MB).
PEAK_LIMIT = 8 * 1024 * 1024


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(any_loopback_port=True) as sb:
        yield sb


def _session(sb: Sandbox, profile: Profile) -> AuthSession:
    return AuthSession(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=sb.client_secret_for(profile),
        transport=quick(),
    )


def _refused(call: Callable[[], object]) -> tuple[str, int]:
    """(the error's words, the peak bytes held) of *call*, which must fail."""
    tracemalloc.start()
    try:
        with pytest.raises(InspectorError) as caught:
            call()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return caught.value.message, peak


def _huge(sb: Sandbox, path: str) -> None:
    sb.faults.clear()
    sb.faults.add(Fault("huge", path=path, server="identity", exact=True, size=BIG))


@pytest.mark.parametrize(
    "path",
    [
        "/.well-known/openid-configuration",
        "/.well-known/openid-configuration/jwks",
        "/connect/token",
        "/connect/userinfo",
        "/connect/revocation",
    ],
)
def test_a_huge_identity_answer_is_refused_unread(sandbox: Sandbox, path: str) -> None:
    profile = sandbox.profile("capped", redirect_port=0, ephemeral=True)
    session = _session(sandbox, profile)
    try:
        if path == "/.well-known/openid-configuration":
            _huge(sandbox, path)
            words, peak = _refused(lambda: session.endpoints())
        elif path == "/.well-known/openid-configuration/jwks":
            _huge(sandbox, path)
            words, peak = _refused(lambda: sign_in(sandbox, session))
        elif path == "/connect/token":
            sign_in(sandbox, session)
            _huge(sandbox, path)
            words, peak = _refused(session.refresh)
        elif path == "/connect/userinfo":
            sign_in(sandbox, session)
            _huge(sandbox, path)
            words, peak = _refused(IdentityClient(session, session.transport).userinfo)
        else:
            sign_in(sandbox, session)
            _huge(sandbox, path)
            result = session.sign_out()
            assert not result.revoked
            assert "far larger" in str(result.message)
            return
    finally:
        session.close()
    assert "far larger than any it should send" in words, words
    assert peak < PEAK_LIMIT, f"held {peak / 1e6:.1f} MB reading a capped answer"


def test_the_users_api_is_capped_too(sandbox: Sandbox) -> None:
    from desktop_app.api.client import ApiClient

    profile = sandbox.profile("users", redirect_port=0, ephemeral=True)
    session = _session(sandbox, profile)
    try:
        sign_in(sandbox, session)
        api = ApiClient(profile.api_url, session, identity_url=profile.identity_url)
        _huge(sandbox, "/api/v1/users")
        words, _ = _refused(lambda: api.users(cancel=threading.Event()))
        assert "too large" in words
    finally:
        session.close()
