"""Real networks: a TLS-inspecting proxy whose root is only in the OS trust store, environment
proxies that must never see loopback traffic, and servers that redirect secrets elsewhere.

"The OS trust store" on Linux is OpenSSL's default CA file, which ``SSL_CERT_FILE`` points at:
the tests put the proxy's root there (or leave it out), as an admin or IT would install it.
"""

from __future__ import annotations

import http.server
import threading
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from desktop_app.api.client import ApiClient
from desktop_app.auth import session as session_module
from desktop_app.auth.discovery import discover
from desktop_app.auth.errors import OAuthError
from desktop_app.auth.secret_store import SecretStore
from desktop_app.auth.session import AuthSession
from desktop_app.core.config import Profile
from desktop_app.core.errors import InspectorError, TlsError
from desktop_app.net.http import new_session
from desktop_app.net.loopback_server import LoopbackHTTPServer
from desktop_app.net.transport import Transport
from desktop_app.sandbox import Sandbox
from tests.support.signin import deliver, sign_in
from tests.support.tls_proxy import (
    HOST,
    SYSTEM_BUNDLE,
    InspectingProxy,
    trust,
)

_trust = trust


def test_a_root_only_in_the_os_trust_store_is_trusted(
    proxy: InspectingProxy,
    pki: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert SYSTEM_BUNDLE.exists(), "ca-certificates must be installed"
    _trust(monkeypatch, tmp_path, pki[0])
    http = new_session()
    endpoints = discover(f"https://{HOST}", Transport(http=http), refresh=True)
    assert endpoints.discovered  # the real document, through the proxy, not the fallback
    assert endpoints.token_endpoint == f"https://{HOST}/connect/token"
    assert proxy.connects == [f"{HOST}:443"]
    # requests on its own (certifi's bundle) would have refused the same proxy
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(f"https://{HOST}/.well-known/openid-configuration", timeout=10)
    http.close()


def test_an_untrusted_inspecting_proxy_is_named_and_not_retried(
    proxy: InspectingProxy, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _trust(monkeypatch, tmp_path)  # the firewall's root is not installed
    http = new_session()
    with pytest.raises(TlsError) as caught:
        discover(
            f"https://{HOST}", Transport(http=http), refresh=True
        )  # no silent fallback to /connect paths
    words = caught.value.message
    assert "certificate" in words
    assert "proxy or firewall" in words
    assert "could not be reached" not in words
    assert not caught.value.retryable
    assert proxy.connects == [f"{HOST}:443"]  # tried once: TLS errors are not retried
    http.close()


@pytest.mark.keyring
def test_loopback_never_goes_through_the_proxy(
    proxy: InspectingProxy, sandbox: Sandbox, profile: Profile
) -> None:
    session = AuthSession(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=sandbox.client_secret_for(profile),
    )
    sign_in(sandbox, session)
    assert session.signed_in
    session.sign_out()
    assert proxy.connects == []
    assert proxy.plain == []  # discovery, token, JWKS, revocation: all straight to 127.0.0.1
    session.close()


class _Redirector:
    """Answers every request with a 307 to *target*; *target* records what reaches it."""

    def __init__(self) -> None:
        self.reached: list[str] = []
        reached = self.reached

        class Target(http.server.BaseHTTPRequestHandler):
            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                reached.append(f"{self.command} {self.path} {self.rfile.read(length)!r}")
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = _record  # noqa: N815 - http.server's names

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._target = LoopbackHTTPServer(0, Target)
        target_url = f"http://127.0.0.1:{self._target.port}"

        class Redirect(http.server.BaseHTTPRequestHandler):
            def _redirect(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.send_response(307)
                self.send_header("Location", f"{target_url}{self.path}")
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = _redirect  # noqa: N815 - http.server's names

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._redirect = LoopbackHTTPServer(0, Redirect)
        self.url = f"http://127.0.0.1:{self._redirect.port}"
        self._threads = [
            threading.Thread(target=s.serve_forever, daemon=True)
            for s in (self._target, self._redirect)
        ]
        for thread in self._threads:
            thread.start()

    def close(self) -> None:
        for server in (self._target, self._redirect):
            server.shutdown()
            server.server_close()


def test_token_discovery_and_revocation_requests_never_follow_redirects(
    sandbox: Sandbox, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    redirector = _Redirector()
    try:
        with pytest.raises(InspectorError, match="redirected"):
            discover(redirector.url, Transport(), refresh=True)
        secret = sandbox.client_secret_for(profile)
        session = AuthSession(profile, SecretStore(profile, memory_only=True), client_secret=secret)
        real = session.endpoints()
        hostile = replace(
            real,
            token_endpoint=f"{redirector.url}/connect/token",
            revocation_endpoint=f"{redirector.url}/connect/revocation",
        )
        # a discovery document whose endpoints redirect (the sign-in fetches it afresh)
        monkeypatch.setattr(session_module, "discover", lambda *_a, **_k: hostile)
        session._endpoints = hostile
        attempt = session.begin_sign_in()
        callback = sandbox.approve(attempt.authorization_url)
        outcome: list[object] = []

        def wait() -> None:
            try:
                outcome.append(attempt.wait(threading.Event(), 15))
            except OAuthError as exc:
                outcome.append(exc)

        waiter = threading.Thread(target=wait)
        waiter.start()
        page = deliver(callback, attempt)
        waiter.join(15)
        assert isinstance(outcome[0], OAuthError)
        assert "does not follow such redirects" in outcome[0].message
        assert "did not complete" in page.text
        assert (
            session.client.endpoint().revoke(
                f"{redirector.url}/connect/revocation", "a-refresh-token-value", "refresh_token"
            )
            == "HTTP 307"
        )
        assert redirector.reached == []  # the secret, the code, the token went nowhere else
        session.close()
    finally:
        redirector.close()


def test_a_requests_ca_bundle_adds_to_the_os_trust_store(
    proxy: InspectingProxy,
    pki: tuple[Path, Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _trust(monkeypatch, tmp_path)  # the OS store lacks the proxy's root ...
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(pki[0]))  # ... an admin's bundle has it
    http = new_session()
    assert discover(f"https://{HOST}", Transport(http=http), refresh=True).discovered
    http.close()


def test_a_netrc_entry_for_the_host_never_replaces_the_apps_credentials(
    sandbox: Sandbox, profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """requests adds ~/.netrc credentials to any request without its own ``auth``: they would
    replace the Bearer token on API calls and add a second client authentication to the token
    request (which apaleo refuses). An admin's netrc (for curl, say) must change nothing."""
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password for-curl\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    session = AuthSession(
        profile,
        SecretStore(profile, memory_only=True),
        client_secret=sandbox.client_secret_for(profile),
    )
    try:
        sign_in(sandbox, session)  # client_secret_post: a Basic header beside it is refused
        api = ApiClient(
            profile.api_url, session, session.transport, identity_url=profile.identity_url
        )
        assert api.current_account().code == session.account_code
        session.refresh()
        assert api.properties()
        assert session.sign_out().revoked
    finally:
        session.close()
