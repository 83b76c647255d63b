from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    # Third-party clients here bind a free port: accept any loopback port (apaleo matches
    # exactly; tests/sandbox/test_identity.py pins that default with a sandbox of its own).
    with Sandbox(redirect_port=47833, any_loopback_port=True) as sb:
        yield sb
