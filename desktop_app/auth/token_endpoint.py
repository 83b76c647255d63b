"""The token endpoint and its siblings: code exchange, refresh, client credentials, revocation.

One client-authentication path for all four (the profile's HTTP Basic header or body fields).
oauthlib builds the form bodies and reads the answers; the requests go through the app's own
session, so that no process-wide switch (``OAUTHLIB_INSECURE_TRANSPORT``) is needed: every URL
here already passed :func:`desktop_app.core.config.require_secure_url`. Redirects are never followed
(a 307 would re-send the client secret and the refresh token to another host), and a code
exchange or a refresh is never replayed once it may have reached the server
(:data:`desktop_app.net.retry.SPENDS`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote_plus

import requests
from oauthlib.oauth2 import BackendApplicationClient, OAuth2Error, WebApplicationClient
from requests.auth import HTTPBasicAuth

from desktop_app.auth.errors import OAuthError
from desktop_app.core.apaleo_errors import Step
from desktop_app.core.config import Profile
from desktop_app.core.errors import NetworkError
from desktop_app.core.i18n import said
from desktop_app.core.log import remember_secret
from desktop_app.net.retry import RetryPolicy, http_time
from desktop_app.net.transport import Transport

SERVICE = said("Errors", "apaleo's sign-in service")


@dataclass(frozen=True)
class TokenAnswer:
    """A successful token response, and when it arrived by this computer's and the server's clock."""

    payload: dict[str, Any]
    received_at: float
    #: The server's ``Date`` header as epoch seconds, when it sent one (tells how far off our clock is).
    server_time: float | None = None

    @property
    def clock_offset(self) -> float | None:
        """Seconds this computer's clock is behind the server's (negative: ahead)."""
        return None if self.server_time is None else self.server_time - self.received_at


class TokenEndpoint:
    """Talks to one identity server's token and revocation endpoints for one client.

    Args:
        profile: the client id and how it authenticates.
        secret: the client secret (None only for a profile without one).
        transport: the session, timeouts, retry policies and clock to send with.
    """

    def __init__(
        self,
        profile: Profile,
        secret: str | None,
        transport: Transport,
    ) -> None:
        self._profile = profile
        self._secret = secret
        self._transport = transport
        self._clock = transport.clock
        remember_secret(secret)

    # ------------------------------------------------------ client auth
    def _auth(self) -> tuple[HTTPBasicAuth | None, dict[str, str]]:
        """The profile's client authentication: a Basic header, or body fields.

        RFC 6749 §2.3.1: the id and secret are form-encoded before they go into the header.
        """
        client_id = self._profile.client_id
        if self._profile.client_auth == "client_secret_basic" and self._secret:
            return HTTPBasicAuth(quote_plus(client_id), quote_plus(self._secret)), {}
        fields = {"client_id": client_id}
        if self._secret:
            fields["client_secret"] = self._secret
        return None, fields

    # ---------------------------------------------------------- requests
    def _post(
        self, url: str, body: str, policy: RetryPolicy, cancel: threading.Event | None
    ) -> requests.Response:
        auth, _ = self._auth()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/json",
        }
        http, timeout = self._transport.http, self._transport.timeout
        return self._transport.send(
            policy,
            lambda: http.post(
                url,
                data=body,
                headers=headers,
                auth=auth,
                timeout=timeout,
                allow_redirects=False,
            ),
            what=SERVICE,
            cancel=cancel,
        )

    def _answer(self, response: requests.Response, step: Step) -> TokenAnswer:
        """Read a token response: an error in words (apaleo's rule for *step*), or the payload."""
        status = response.status_code
        received = self._clock()
        if 300 <= status < 400:
            raise OAuthError(
                "invalid_response",
                said(
                    "Errors",
                    "The sign-in service sent the request elsewhere (HTTP {status}). The app does not follow such redirects, since they would carry the app's secret to another address. Check the identity server address in the profile.",
                ).format(status=status),
                status=status,
            )
        if status >= 500 or status == 429:
            raise NetworkError(
                said(
                    "Errors",
                    "{service} answered with an error (HTTP {status}). Nothing was changed; try again in a moment.",
                ).format(service=SERVICE, status=status)
            )
        content_type = response.headers.get("Content-Type", "")
        if "json" not in content_type:
            raise OAuthError(
                "invalid_response",
                said(
                    "Errors",
                    "The sign-in service sent an answer that is not a token response (HTTP {status}).",
                ).format(status=status),
                status=status,
            )
        try:
            from oauthlib.oauth2.rfc6749.parameters import parse_token_response

            # scope=None: a narrower grant than asked is normal (the Scopes view shows it).
            token = parse_token_response(response.text, scope=None)
        except OAuth2Error as exc:
            raise OAuthError(exc.error, exc.description, status=status, step=step) from None
        except ValueError:
            raise OAuthError(
                "invalid_response",
                said("Errors", "The sign-in service's answer could not be read."),
                status=status,
            ) from None
        payload = dict(token)
        remember_secret(
            *(
                payload.get(k) if isinstance(payload.get(k), str) else None
                for k in ("access_token", "refresh_token", "id_token")
            )
        )
        return TokenAnswer(payload, received, http_time(response.headers.get("Date")))

    # ------------------------------------------------------------ grants
    def exchange_code(
        self,
        url: str,
        code: str,
        *,
        redirect_uri: str,
        code_verifier: str,
        cancel: threading.Event | None = None,
    ) -> TokenAnswer:
        """Authorization code + PKCE verifier → tokens (never replayed once it may have arrived)."""
        remember_secret(code, code_verifier)
        _, fields = self._auth()
        body = WebApplicationClient(self._profile.client_id).prepare_request_body(
            code=code,
            redirect_uri=redirect_uri,
            code_verifier=code_verifier,
            include_client_id=True,
            **{k: v for k, v in fields.items() if k != "client_id"},
        )
        return self._answer(self._post(url, body, self._transport.spends, cancel), "code")

    def refresh(
        self, url: str, refresh_token: str, *, cancel: threading.Event | None = None
    ) -> TokenAnswer:
        """A refresh token → new tokens. No scope: a refresh keeps the grant as it is."""
        remember_secret(refresh_token)
        _, fields = self._auth()
        body = WebApplicationClient(self._profile.client_id).prepare_refresh_body(
            refresh_token=refresh_token, **fields
        )
        return self._answer(self._post(url, body, self._transport.spends, cancel), "refresh")

    def client_credentials(
        self, url: str, scopes: tuple[str, ...], *, cancel: threading.Event | None = None
    ) -> TokenAnswer:
        """A simple client's token (no user): safe to repeat, so transient failures are retried."""
        _, fields = self._auth()
        # In the body only with client_secret_post (oauthlib drops a client_id passed in the
        # fields unless asked to include it); with Basic the header carries it.
        body = BackendApplicationClient(self._profile.client_id).prepare_request_body(
            scope=" ".join(scopes) or None,
            include_client_id="client_id" in fields,
            **{k: v for k, v in fields.items() if k != "client_id"},
        )
        return self._answer(
            self._post(url, body, self._transport.reads, cancel), "client_credentials"
        )

    def revoke(self, url: str, token: str, hint: str) -> str | None:
        """RFC 7009 revocation; None when it worked, else the reason in a few words."""
        _, fields = self._auth()
        from urllib.parse import urlencode

        body = urlencode({"token": token, "token_type_hint": hint, **fields})
        try:
            answer = self._post(url, body, self._transport.reads, None)
        except NetworkError as exc:
            return exc.message
        if answer.status_code == 200:
            return None
        return f"HTTP {answer.status_code}"

    def introspect(
        self, url: str, token: str, hint: str, *, cancel: threading.Event | None = None
    ) -> dict[str, Any] | None:
        """RFC 7662: what the server says of *token*, without using it; None if it will not say.

        A server may keep introspection to its resource servers (401/403/400 to a client): then
        None, and the caller judges by what it holds. Raises :class:`NetworkError` when there
        is no answer.
        """
        _, fields = self._auth()
        from urllib.parse import urlencode

        body = urlencode({"token": token, "token_type_hint": hint, **fields})
        answer = self._post(url, body, self._transport.reads, cancel)
        if answer.status_code != 200:
            return None
        try:
            data = answer.json()
        except ValueError:
            return None
        return data if isinstance(data, dict) and isinstance(data.get("active"), bool) else None
