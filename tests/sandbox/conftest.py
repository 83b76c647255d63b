from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop_app.sandbox import Sandbox


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(redirect_port=47833) as sb:
        yield sb
