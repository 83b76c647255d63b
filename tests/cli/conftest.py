"""The command line's tests: a sandbox whose registered redirect port is a free one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.net.loopback_server import free_port
from desktop_app.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    # apaleo matches redirect URIs exactly: the profile uses the port registered for the client
    with Sandbox(redirect_port=free_port()) as sb:
        yield sb


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """The environment of a command run: this machine's, with a private config folder."""
    values = dict(os.environ)
    values["APALEO_INSPECTOR_CONFIG_DIR"] = str(tmp_path / "config")
    return values
