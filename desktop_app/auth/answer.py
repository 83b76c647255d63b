"""A token answer checked before it is kept: an access token present, a new id_token verified.

The id_token (OpenID Connect Core §3.1.3.7) is verified against the identity server's keys,
fetched once per session (and kept on disk for the next start unless the profile is a demo).
A refresh that brings no new id_token keeps the verified one it replaces.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from desktop_app.auth.discovery import Endpoints
from desktop_app.auth.errors import OAuthError
from desktop_app.auth.tokens import TokenSet
from desktop_app.core.config import Profile
from desktop_app.core.i18n import said
from desktop_app.net.transport import Transport

if TYPE_CHECKING:  # PyJWT loads only when an id_token arrives
    from desktop_app.auth.idtoken import JwksCache
    from desktop_app.auth.token_endpoint import TokenAnswer


class AnswerCheck:
    """Turns a token endpoint's answer into verified :class:`TokenSet` for one profile."""

    def __init__(
        self, profile: Profile, transport: Transport, endpoints: Callable[[], Endpoints]
    ) -> None:
        self._profile = profile
        self._transport = transport
        self._endpoints = endpoints
        self._jwks: JwksCache | None = None

    def tokens(
        self,
        answer: TokenAnswer,
        *,
        nonce: str | None,
        previous: TokenSet | None,
        requested: tuple[str, ...] | None = None,
    ) -> TokenSet:
        """The tokens of *answer*; raises :class:`OAuthError` or an id_token error when not fit."""
        try:
            tokens = TokenSet.from_response(
                answer.payload, now=answer.received_at, previous=previous, requested=requested
            )
        except ValueError:
            raise OAuthError(
                "invalid_response", said("Errors", "The token answer had no access token.")
            ) from None
        if tokens.id_token and tokens.id_token != (previous.id_token if previous else None):
            endpoints = self._endpoints()
            if endpoints.jwks_uri is None:
                return tokens
            from desktop_app.auth.idtoken import JwksCache, verify_id_token

            if self._jwks is None:
                self._jwks = JwksCache(
                    endpoints.jwks_uri, self._transport, keep=not self._profile.ephemeral
                )
            claims = verify_id_token(
                tokens.id_token,
                keys=self._jwks,
                issuer=endpoints.issuer,
                client_id=self._profile.client_id,
                nonce=nonce,
                now=self._transport.clock(),
                clock_offset=answer.clock_offset,
                previous=previous.id_token_claims if previous else None,
            )
            tokens = replace(tokens, id_token_claims=claims)
        elif previous is not None and previous.id_token_claims is not None:
            tokens = replace(
                tokens, id_token=previous.id_token, id_token_claims=previous.id_token_claims
            )
        return tokens


__all__ = ["AnswerCheck"]
