"""The identity server's state under one lock, and what every side of it does with tokens.

Issue them (:meth:`TokenAuthority._issue`) and check an access token
(:meth:`TokenAuthority.verify_access_token`).

The channels (:mod:`.front_channel`, :mod:`.back_channel`) and the resource side
(:mod:`.resource_side`) each move this state; :class:`~desktop_app.sandbox.identity.IdentityServer`
is all of them at once.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import jwt

from desktop_app.core.scopes import OIDC_SCOPES, PERMISSIONS_MARKER
from desktop_app.sandbox.faults import Stats
from desktop_app.sandbox.grants import (
    API_AUDIENCE,
    ClientInfo,
    CodeRecord,
    OAuthProblem,
    RefreshRecord,
    profile_claims,
    remember,
)
from desktop_app.sandbox.keys import SigningKey
from desktop_app.sandbox.users import DemoUser


class TokenAuthority:
    """State of the identity server. ``issuer`` is set once the server has a port."""

    def __init__(
        self,
        *,
        key: SigningKey,
        clients: Mapping[str, ClientInfo],
        users: Mapping[str, DemoUser],
        stats: Stats,
        access_token_ttl: float = 3600,
        refresh_token_ttl: float = 30 * 86400,
        code_ttl: float = 300,
        rotate_refresh_tokens: bool = True,
        clock: Callable[[], float] = time.time,
        scope_in_token_response: bool = True,
        refresh_token_needs_consent_prompt: bool = False,
        end_session_supported: bool = True,
    ) -> None:
        self.key = key
        self.clients = dict(clients)
        self.users = dict(users)
        self.stats = stats
        self.access_token_ttl = access_token_ttl
        self.refresh_token_ttl = refresh_token_ttl
        self.code_ttl = code_ttl
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self.clock = clock
        #: Some servers leave ``scope`` out of token responses (RFC 6749 §5.1 allows it).
        self.scope_in_token_response = scope_in_token_response
        #: Some servers issue a refresh token only with explicit consent (OIDC Core §11).
        self.refresh_token_needs_consent_prompt = refresh_token_needs_consent_prompt
        self.end_session_supported = end_session_supported
        self.issuer = ""
        #: Refuse every refresh with this OAuth error (apaleo may answer ``invalid_request``
        #: once a client's scopes or permissions changed); None: refreshes work.
        self.refuse_refresh_with: str | None = None
        #: The error page's errors by id (``/home/error?errorId=``).
        self.error_pages: dict[str, tuple[str, str, str]] = {}
        #: Clients registered a moment ago: ``invalid_client`` until this time (apaleo's
        #: registrations take effect minutes after they are saved).
        self.inactive_until: dict[str, float] = {}
        #: Browser sessions (cookie value → user), as a real identity server keeps them.
        self.browser_sessions: dict[str, str] = {}
        #: Fine-grained clients: the properties the hotel let each (client, user) see.
        self.property_grants: dict[tuple[str, str], frozenset[str]] = {}
        #: Every property of the account (the consent page offers them to fine-grained clients).
        self.account_properties: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._consents: dict[str, tuple[float, dict[str, str]]] = {}
        self._codes: dict[str, CodeRecord] = {}
        self._refresh: dict[str, RefreshRecord] = {}
        self._revoked_jti: set[str] = set()

    def _issue(
        self,
        client: ClientInfo,
        sub: str | None,
        scope: tuple[str, ...],
        *,
        auth_time: int | None,
        session_id: str | None,
        nonce: str | None,
        reuse_refresh: str | None = None,
        offline: bool = True,
    ) -> dict[str, Any]:
        now = int(self.clock())
        ttl = int(self.access_token_ttl)
        # A fine-grained client's grant is its permissions, marked as such, plus the OIDC scopes.
        granted = (PERMISSIONS_MARKER, *scope) if client.fine_grained else scope
        claims: dict[str, Any] = {
            "iss": self.issuer,
            "nbf": now,
            "iat": now,
            "exp": now + ttl,
            "aud": [API_AUDIENCE, f"{self.issuer}/resources"],
            "client_id": client.client_id,
            # A server that leaves ``scope`` out of its answers here lists only API scopes.
            "scope": list(granted)
            if self.scope_in_token_response
            else [s for s in granted if s not in OIDC_SCOPES],
            "jti": secrets.token_hex(16),
        }
        if sub is not None:
            user = self.users[sub]
            claims.update(sub=sub, account_code=user.account_code, auth_time=auth_time, idp="local")
            if session_id:
                claims["sid"] = session_id
        elif not client.is_connect_client:
            # a simple client belongs to one account; a connect client's own token names none
            claims["account_code"] = client.account_code
        payload: dict[str, Any] = {
            "access_token": self.key.sign(claims),
            "expires_in": ttl,
            "token_type": "Bearer",
        }
        if self.scope_in_token_response:
            payload["scope"] = " ".join(granted)
        if sub is not None and "offline_access" in scope and offline:
            if reuse_refresh is not None:
                payload["refresh_token"] = reuse_refresh
            else:
                refresh = secrets.token_urlsafe(32)
                self._refresh[refresh] = RefreshRecord(
                    client_id=client.client_id,
                    sub=sub,
                    scope=scope,
                    expires_at=self.clock() + self.refresh_token_ttl,
                    auth_time=auth_time or now,
                    session_id=session_id or "",
                )
                payload["refresh_token"] = refresh
        if sub is not None and "openid" in scope:
            user = self.users[sub]
            id_claims: dict[str, Any] = {
                "iss": self.issuer,
                "aud": client.client_id,
                "iat": now,
                "nbf": now,
                "exp": now + 300,
                "sub": sub,
                "auth_time": auth_time,
                "idp": "local",
                "amr": ["pwd"],
                "account_code": user.account_code,
            }
            if "profile" in scope:
                id_claims.update(profile_claims(user))
            if nonce:
                id_claims["nonce"] = nonce
            if session_id:
                id_claims["sid"] = session_id
            at_digest = hashlib.sha256(payload["access_token"].encode("ascii")).digest()
            id_claims["at_hash"] = base64.urlsafe_b64encode(at_digest[:16]).rstrip(b"=").decode()
            payload["id_token"] = self.key.sign(id_claims, typ="JWT")
        remember(payload["access_token"], payload.get("refresh_token"), payload.get("id_token"))
        return payload

    def verify_access_token(
        self, token: str, *, raise_problem: bool = True
    ) -> dict[str, Any] | None:
        """The claims of one of our own access tokens, or an ``invalid_token`` problem.

        Times are judged by the server's clock (``self.clock``), which tests may set off this
        computer's, as a real server's is.
        """
        try:
            claims = jwt.decode(
                token,
                self.key.public_key,
                algorithms=["RS256"],
                audience=API_AUDIENCE,
                issuer=self.issuer,
                options={"verify_exp": False, "verify_nbf": False, "verify_iat": False},
            )
            now = self.clock()
            if not float(claims.get("nbf", 0)) - 5 <= now < float(claims["exp"]) + 5:
                raise jwt.ExpiredSignatureError("outside its lifetime")
        except (jwt.PyJWTError, KeyError, TypeError, ValueError):
            if raise_problem:
                raise OAuthProblem(
                    "invalid_token", "The access token is invalid or expired.", 401
                ) from None
            return None
        if str(claims.get("jti")) in self._revoked_jti:
            if raise_problem:
                raise OAuthProblem("invalid_token", "The access token was revoked.", 401)
            return None
        return dict(claims)
