"""A client nobody here wrote (Authlib) completes every flow against the sandbox.

The consent page is driven by real headless Chromium; the redirect lands on a real loopback
listener registered through the connect client's any-loopback-port rule.
"""

from __future__ import annotations

import secrets

import pytest
import requests
from authlib.integrations.base_client.errors import OAuthError
from authlib.integrations.requests_client import OAuth2Session
from selenium import webdriver

from desktop_app.sandbox import Sandbox
from tests.support.chromium import consent_in_browser
from tests.support.listener import CallbackRecorder
from tests.support.oauth import query_of


@pytest.fixture(autouse=True)
def _plain_http_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    # Authlib refuses http:// unless told; the sandbox is plain HTTP on 127.0.0.1.
    monkeypatch.setenv("AUTHLIB_INSECURE_TRANSPORT", "1")


def _discover(sb: Sandbox) -> dict[str, str]:
    answer = requests.get(f"{sb.identity_url}/.well-known/openid-configuration", timeout=5)
    return dict(answer.json())


@pytest.mark.browser
def test_authlib_code_pkce_refresh_rotation_and_revocation(
    sandbox: Sandbox, chromium: webdriver.Chrome
) -> None:
    meta = _discover(sandbox)
    client = sandbox.connect_client
    with (
        CallbackRecorder() as listener,
        OAuth2Session(
            client.client_id,
            client.client_secret,
            scope="openid profile offline_access setup.read",
            redirect_uri=listener.redirect_uri,
            code_challenge_method="S256",
            token_endpoint_auth_method="client_secret_post",
        ) as session,
    ):
        verifier = secrets.token_urlsafe(48)
        url, state = session.create_authorization_url(
            meta["authorization_endpoint"], code_verifier=verifier, nonce="n-123"
        )
        consent_in_browser(chromium, url, user="u-frontdesk")
        callback = listener.next_url()
        assert query_of(callback)["state"] == state
        token = session.fetch_token(
            meta["token_endpoint"], authorization_response=callback, code_verifier=verifier
        )
        assert token["token_type"] == "Bearer"
        assert token["refresh_token"]
        assert token["id_token"]
        userinfo = session.get(meta["userinfo_endpoint"], timeout=5).json()
        assert userinfo["sub"] == "u-frontdesk"

        first_refresh = token["refresh_token"]
        renewed = session.refresh_token(meta["token_endpoint"], refresh_token=first_refresh)
        assert renewed["refresh_token"] != first_refresh
        with pytest.raises(OAuthError, match="invalid_grant"):
            session.refresh_token(meta["token_endpoint"], refresh_token=first_refresh)

        revoked = session.revoke_token(
            meta["revocation_endpoint"],
            token=renewed["refresh_token"],
            token_type_hint="refresh_token",
        )
        assert revoked.status_code == 200
        with pytest.raises(OAuthError, match="invalid_grant"):
            session.refresh_token(meta["token_endpoint"], refresh_token=renewed["refresh_token"])
    assert sandbox.stats.token_requests == {"authorization_code": 1, "refresh_token": 3}
    assert sandbox.stats.revocations == 1


@pytest.mark.browser
def test_authlib_sees_a_denied_consent(sandbox: Sandbox, chromium: webdriver.Chrome) -> None:
    meta = _discover(sandbox)
    with (
        CallbackRecorder() as listener,
        OAuth2Session(
            sandbox.connect_client.client_id,
            scope="openid setup.read",
            redirect_uri=listener.redirect_uri,
            code_challenge_method="S256",
        ) as session,
    ):
        url, state = session.create_authorization_url(
            meta["authorization_endpoint"], code_verifier=secrets.token_urlsafe(48)
        )
        consent_in_browser(chromium, url, allow=False)
        params = query_of(listener.next_url())
    assert params["error"] == "access_denied"
    assert params["state"] == state
    assert "code" not in params


def test_authlib_client_credentials(sandbox: Sandbox) -> None:
    meta = _discover(sandbox)
    client = sandbox.simple_client
    with OAuth2Session(
        client.client_id, client.client_secret, token_endpoint_auth_method="client_secret_basic"
    ) as session:
        token = session.fetch_token(
            meta["token_endpoint"], grant_type="client_credentials", scope="setup.read"
        )
        assert "refresh_token" not in token
        answer = session.get(f"{sandbox.api_url}/inventory/v1/properties", timeout=5)
    assert answer.status_code == 200
    assert answer.json()["count"] == 5
