"""The command line's tests: a sandbox whose registered redirect port is a free one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.net.loopback_server import free_port
from desktop_app.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    # apaleo matches redirect URIs exactly: the profile uses the port registered for the client
    with Sandbox(redirect_port=free_port()) as sb:
        yield sb
