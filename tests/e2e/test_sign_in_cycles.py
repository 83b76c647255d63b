"""Sign-in again and again on one fixed redirect port, through real Chromium: in one process,
and in a new process each time (the command line). Every callback connection leaves a TIME_WAIT
behind on the port; none may turn into "port in use". Then the shared front-desk PC: sign-out
ends apaleo's browser session, so the next person must sign in themselves.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import keyring
import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from desktop_app.auth.errors import SignInCancelled
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.auth.signin import SignInAttempt
from desktop_app.core.config import ProfileStore
from desktop_app.net.loopback_server import free_port
from desktop_app.sandbox import Sandbox

pytestmark = [pytest.mark.browser, pytest.mark.keyring, pytest.mark.slow]

CYCLES = 20


def _title(driver: webdriver.Chrome, text: str) -> None:
    WebDriverWait(driver, 20).until(lambda d: text in d.title)


def _title_any(driver: webdriver.Chrome, *texts: str) -> None:
    WebDriverWait(driver, 20).until(lambda d: any(t in d.title for t in texts))


def _consent(driver: webdriver.Chrome, url: str) -> None:
    """The sandbox's sign-in page: pick the admin, Allow."""
    driver.get(url)
    _title(driver, "Sign in to apaleo")
    driver.find_element(By.ID, "user-u-admin").click()
    driver.find_element(By.ID, "allow").click()


def _browser_sign_in(driver: webdriver.Chrome, attempt: SignInAttempt) -> None:
    outcome: list[object] = []
    waiter = threading.Thread(target=lambda: outcome.append(attempt.wait(threading.Event(), 30)))
    waiter.start()
    _consent(driver, attempt.authorization_url)
    waiter.join(30)
    assert outcome, "the sign-in did not complete"
    _title(driver, "You are signed in")  # said only now that the app holds the tokens


def test_twenty_cycles_in_one_process_on_one_port(chromium: webdriver.Chrome) -> None:
    port = free_port()
    with Sandbox(any_loopback_port=True) as sb:
        profile = sb.profile(f"cycles-{uuid.uuid4().hex[:6]}", redirect_port=port)
        session = AuthSession(
            profile,
            SecretStore(profile),
            client_secret=sb.client_secret_for(profile),
        )
        for cycle in range(CYCLES):
            attempt = session.begin_sign_in()  # raises PortInUseError if TIME_WAIT blocks it
            assert attempt.redirect_uri == f"http://127.0.0.1:{port}/callback"
            _browser_sign_in(chromium, attempt)
            result = session.sign_out()
            assert result.revoked, f"cycle {cycle}"
            # the browser goes to apaleo's end-session page and back to our signed-out page,
            # which listens on the same port (another TIME_WAIT behind it)
            assert result.end_session_url
            chromium.get(result.end_session_url)
            _title(chromium, "You are signed out")
        # a Cancel while the attempt is still being set up frees the port too
        cancel = threading.Event()
        cancel.set()
        with pytest.raises(SignInCancelled):
            session.begin_sign_in(cancel)
        attempt = session.begin_sign_in()
        _browser_sign_in(chromium, attempt)
        session.close()


def test_twenty_cycles_each_in_a_new_process(chromium: webdriver.Chrome, tmp_path: Path) -> None:
    port = free_port()
    with Sandbox(any_loopback_port=True) as sb:
        profile = sb.profile(f"procs-{uuid.uuid4().hex[:6]}", redirect_port=port)
        env = {**os.environ, "APALEO_INSPECTOR_CONFIG_DIR": str(tmp_path / "config")}
        store = ProfileStore(tmp_path / "config")
        store.put(profile, make_current=True)
        SecretStore(profile).set_client_secret(sb.client_secret_for(profile))
        for cycle in range(CYCLES):
            process = subprocess.Popen(
                [sys.executable, "-m", "desktop_app", "inspect", "--json", "--no-browser"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            try:
                assert process.stderr is not None
                url = ""
                for line in process.stderr:
                    if line.startswith("http://"):
                        url = line.strip()
                        break
                assert url, f"cycle {cycle}: no sign-in address ({process.stderr.read()})"
                # the browser is still signed in to apaleo from the cycle before (no sign-out
                # between processes here): apaleo may send it straight back
                chromium.get(url)
                _title_any(chromium, "Sign in to apaleo", "You are signed in")
                if "Sign in to apaleo" in chromium.title:
                    chromium.find_element(By.ID, "allow").click()
                out, err = process.communicate(timeout=60)
            finally:
                if process.poll() is None:
                    process.kill()
                    process.communicate()
            assert process.returncode == 0, f"cycle {cycle}: {err}"
            report = json.loads(out)
            assert report["refresh_token"]["state"] == "keyring"
            _title(chromium, "You are signed in")
            # forget the saved sign-in, so the next process signs in through the browser again
            keyring.delete_password(profile.keyring_service, "refresh-token:DEMO")
        SecretStore(profile).delete_client_secret()


def _without_prompt(url: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "prompt"]
    return urlunsplit(parts._replace(query=urlencode(query)))


@pytest.mark.parametrize("end_session", [True, False])
def test_the_next_person_at_the_pc_must_sign_in_themselves(
    chromium: webdriver.Chrome, end_session: bool
) -> None:
    with Sandbox(any_loopback_port=True, end_session_supported=end_session) as sb:
        profile = sb.profile(f"frontdesk-{uuid.uuid4().hex[:6]}", redirect_port=0)
        session = AuthSession(
            profile,
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(profile),
        )
        attempt = session.begin_sign_in()
        assert "prompt=" not in attempt.authorization_url
        _browser_sign_in(chromium, attempt)
        assert sb.identity.browser_sessions  # the browser is signed in to apaleo
        result = session.sign_out()
        if end_session:
            assert result.end_session_url
            chromium.get(result.end_session_url)
            _title(chromium, "You are signed out")
            assert sb.identity.browser_sessions == {}  # apaleo's browser session ended
        else:
            assert result.end_session_url is None  # the server offers no way to end it
            assert sb.identity.browser_sessions  # still signed in in the browser ...
        # ... either way, the next sign-in asks for the password (prompt=login)
        attempt = session.begin_sign_in()
        assert "prompt=login" in attempt.authorization_url
        chromium.get(attempt.authorization_url)
        _title(chromium, "Sign in to apaleo")  # the sign-in page, not a silent redirect
        attempt.close()
        if not end_session:
            # without prompt=login, the same browser would have been let straight through:
            # apaleo hands out a code for the previous admin without showing any page
            codes = len(sb.identity._codes)
            with contextlib.suppress(WebDriverException):  # the redirect meets a closed port
                chromium.get(_without_prompt(attempt.authorization_url))
            assert len(sb.identity._codes) > codes  # (Chromium may retry the refused redirect)
        session.close()


def test_localhost_redirect_for_servers_that_register_only_that_name(
    chromium: webdriver.Chrome,
) -> None:
    port = free_port()
    with Sandbox(redirect_host="localhost", redirect_port=port) as sb:
        profile = sb.profile(f"localhost-{uuid.uuid4().hex[:6]}")
        assert profile.redirect_host == "localhost"
        session = AuthSession(
            profile,
            SecretStore(profile, memory_only=True),
            client_secret=sb.client_secret_for(profile),
        )
        attempt = session.begin_sign_in()
        assert attempt.redirect_uri == f"http://localhost:{port}/callback"
        _browser_sign_in(chromium, attempt)  # Chromium resolves localhost itself (::1 or v4)
        assert session.signed_in
        # the 127.0.0.1 form of the same address is not registered: apaleo-style exact match
        wrong = session.profile.with_changes(redirect_host="127.0.0.1")
        other = AuthSession(
            wrong,
            SecretStore(wrong, memory_only=True),
            client_secret=sb.client_secret_for(wrong),
        )
        attempt = other.begin_sign_in()
        chromium.get(attempt.authorization_url)
        _title(chromium, "Invalid redirect address")
        attempt.close()
        other.close()
        session.close()
