"""Real headless Chromium for the browser side of sign-in (Debian ``chromium`` + ``chromium-driver``).

Flags: headless, no sandbox (we run as root in CI), and no background networking, since this
machine's closed network otherwise makes Chromium retry Google's hosts at every start.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1100,900",
)


def chromium_available() -> bool:
    """Whether the Debian Chromium and its driver are installed."""
    return shutil.which(CHROMIUM) is not None and shutil.which(CHROMEDRIVER) is not None


@contextmanager
def chromium_driver(accept_languages: str | None = None) -> Iterator[webdriver.Chrome]:
    """A fresh headless Chromium with an empty profile, quit afterwards.

    *accept_languages* ("de-DE,de") is the browser's language setting, sent as Accept-Language.
    """
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    if accept_languages:
        options.add_experimental_option("prefs", {"intl.accept_languages": accept_languages})
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def consent_in_browser(
    driver: webdriver.Chrome, url: str, *, user: str = "u-admin", allow: bool = True
) -> None:
    """Open the sandbox's sign-in page at *url*, pick *user* and press Allow (or Deny).

    The redirect that follows goes to the client's loopback listener; that is what the test
    checks, not this page.
    """
    from selenium.webdriver.common.by import By

    driver.get(url)
    driver.find_element(By.ID, f"user-{user}").click()
    driver.find_element(By.ID, "allow" if allow else "deny").click()
