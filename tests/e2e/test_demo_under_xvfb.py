"""The whole app as a user starts it: ``apaleo-inspector --demo`` on a real X server (Xvfb),
from the source tree, or the frozen bundle or installed package named by ``INSPECTOR_APP``;
the system browser reached through Qt's real route (``QDesktopServices.openUrl`` -> xdg-open ->
the default browser from ``mimeapps.list``). The default browser registered here is a relay that
hands the address to the test, which completes the consent in real headless Chromium.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from selenium import webdriver

from tests.support.chromium import consent_in_browser

RELAY = """#!/bin/sh
printf '%s\\n' "$1" >> "{log}"
"""
DESKTOP = """[Desktop Entry]
Type=Application
Name=Test browser relay
Exec={relay} %u
MimeType=x-scheme-handler/http;x-scheme-handler/https;
NoDisplay=true
"""


def register_relay_browser(root: Path) -> tuple[dict[str, str], Path]:
    """A private XDG config in which the default web browser is the relay; returns env and log."""
    log = root / "browser.log"
    relay = root / "relay.sh"
    relay.write_text(RELAY.format(log=log), encoding="utf-8")
    relay.chmod(0o755)
    applications = root / "data" / "applications"
    applications.mkdir(parents=True)
    (applications / "inspector-relay.desktop").write_text(
        DESKTOP.format(relay=relay), encoding="utf-8"
    )
    config = root / "config"
    config.mkdir()
    (config / "mimeapps.list").write_text(
        "[Default Applications]\n"
        "x-scheme-handler/http=inspector-relay.desktop\n"
        "x-scheme-handler/https=inspector-relay.desktop\n",
        encoding="utf-8",
    )
    env = {
        "XDG_DATA_HOME": str(root / "data"),
        "XDG_CONFIG_HOME": str(config),
        "APALEO_INSPECTOR_CONFIG_DIR": str(root / "inspector"),
    }
    return env, log


@pytest.mark.browser
@pytest.mark.slow
def test_demo_sign_in_through_the_system_browser(
    tmp_path: Path, chromium: webdriver.Chrome
) -> None:
    extra, log = register_relay_browser(tmp_path)
    # INSPECTOR_APP: the frozen bundle or the installed package (packaging/check_*.sh set it)
    app_command = (
        [os.environ["INSPECTOR_APP"]]
        if os.environ.get("INSPECTOR_APP")
        else [sys.executable, "-m", "desktop_app"]
    )
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CURRENT_DESKTOP", "DISPLAY")}
    env.update(extra, QT_QPA_PLATFORM="xcb", APALEO_INSPECTOR_PROBE="properties-loaded")
    app = subprocess.Popen(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x800x24",
            *app_command,
            "--demo",
            "--sign-in",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and log.read_text(encoding="utf-8").strip()):
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the app never opened the system browser"
            time.sleep(0.1)
        url = log.read_text(encoding="utf-8").split()[0]
        assert "/connect/authorize?" in url
        assert "code_challenge_method=S256" in url
        consent_in_browser(chromium, url)
        _out, err = app.communicate(timeout=60)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    assert "PROBE properties-loaded" in err
    assert "You are signed in" in chromium.page_source
