from __future__ import annotations

import uuid
from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import fail

from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.core.config import Profile
from desktop_app.sandbox import Sandbox
from tests.support.transport import quick


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(any_loopback_port=True, access_token_ttl=600) as sb:
        yield sb


@pytest.fixture
def profile(sandbox: Sandbox) -> Profile:
    # A unique profile name per test: its own keyring service, nothing shared between tests.
    return sandbox.profile(f"test-{uuid.uuid4().hex[:8]}", redirect_port=0)


@pytest.fixture
def memory_keyring() -> Iterator[None]:
    """keyring's own 'fail' backend: what a machine without any OS keyring has."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def session(sandbox: Sandbox, profile: Profile) -> Iterator[AuthSession]:
    s = AuthSession(
        profile,
        SecretStore(profile),
        client_secret=sandbox.client_secret_for(profile),
        transport=quick(),
    )
    yield s
    s.close()
