"""Root test configuration: headless Qt is chosen here, before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No stray dbus-launch from Qt: use the bus the test script started, or none at all.
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")

from collections.abc import Iterator

import pytest
from selenium import webdriver

from tests.support.chromium import chromium_available, chromium_driver


@pytest.fixture
def chromium() -> Iterator[webdriver.Chrome]:
    """Real headless Chromium (fails, never skips, if it is missing: the set-up script installs it)."""
    assert chromium_available(), "chromium and chromium-driver must be installed (scripts/setup.sh)"
    with chromium_driver() as driver:
        yield driver
