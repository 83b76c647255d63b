"""The identity server's user endpoint (OpenID Connect ``userinfo``): who is signed in.

Asked only where an id_token came back (an OpenID sign-in); where userinfo refuses the token,
the verified id_token's claims stand in, so the header still names the user.
"""

from __future__ import annotations

from typing import Any

from desktop_app.api.bearer import with_one_renewal
from desktop_app.auth.errors import AuthError
from desktop_app.auth.session import AuthSession
from desktop_app.core.i18n import said
from desktop_app.net.transport import Transport

#: The id_token claims that stand in for userinfo's answer.
_STAND_IN_CLAIMS = ("sub", "name", "preferred_username", "email", "account_code", "role")


class IdentityClient:
    """The signed-in user of one session, as its identity server describes them."""

    def __init__(self, session: AuthSession, transport: Transport) -> None:
        self._session = session
        self._transport = transport

    def userinfo(self) -> dict[str, Any]:
        """The user's claims (empty for a simple client, which has no user)."""
        tokens = self._session.tokens
        if tokens is None or not tokens.has_identity:
            return {}
        fallback = {
            k: v for k, v in (tokens.id_token_claims or {}).items() if k in _STAND_IN_CLAIMS
        }
        url = self._session.endpoints().userinfo_endpoint
        if url is None:
            return fallback
        transport = self._transport
        http, timeout = transport.http, transport.timeout
        answer = with_one_renewal(
            self._session,
            lambda token: transport.read(
                lambda: http.get(
                    url,
                    headers={"Authorization": f"Bearer {token()}"},
                    timeout=timeout,
                    allow_redirects=False,
                ),
                what=said("Errors", "apaleo's sign-in service"),
                cancel=self._session.cancel_event,
            ),
            lambda response: response.status_code,
        )
        if answer.status_code in (401, 403):
            return fallback
        if answer.status_code != 200:
            raise AuthError(
                said(
                    "Errors", "Your user details could not be loaded (HTTP {status_code})."
                ).format(status_code=answer.status_code)
            )
        try:
            info = answer.json()
        except ValueError:
            raise AuthError(
                said("Errors", "The identity server's user details were not readable.")
            ) from None
        return dict(info) if isinstance(info, dict) else fallback


__all__ = ["IdentityClient"]
