"""The doctor's tests: a sandbox, and connections to it as the window and the CLI build them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.auth.secret_store import SecretStore
from desktop_app.connection import Connection, open_connection
from desktop_app.core.config import Profile
from desktop_app.net.loopback_server import free_port
from desktop_app.sandbox import Sandbox
from tests.support.signin import sign_in

Connect = Callable[..., Connection]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    # apaleo matches redirect URIs exactly: the profile uses the port registered for the client
    with Sandbox(redirect_port=free_port()) as sb:
        yield sb


@pytest.fixture
def connect(sandbox: Sandbox) -> Iterator[Connect]:
    """``connect(signed_in=True, mode=..., secret=..., **profile changes)``: a connection."""
    made: list[Connection] = []

    def make(
        *,
        signed_in: bool = True,
        mode: str = "authorization_code",
        secret: str | None = None,
        profile: Profile | None = None,
        **changes: Any,
    ) -> Connection:
        chosen = profile or sandbox.profile("doctor", mode=mode, **changes)
        connection = open_connection(
            chosen,
            SecretStore(chosen, memory_only=True),
            client_secret=secret or sandbox.client_secret_for(chosen),
        )
        made.append(connection)
        if signed_in and chosen.mode == "authorization_code":
            sign_in(sandbox, connection.session)
        return connection

    yield make
    for connection in made:
        connection.close()
