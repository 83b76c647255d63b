"""The identity server's back channel: the token and revocation endpoints.

Client authentication (Basic or body), the three grants (authorization code with PKCE,
refresh with rotation and reuse refusal, client credentials), and RFC 7009 revocation.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from desktop_app.core.scopes import PERMISSIONS_MARKER
from desktop_app.sandbox.authority import TokenAuthority
from desktop_app.sandbox.grants import (
    ClientInfo,
    OAuthProblem,
    remember,
)
from desktop_app.sandbox.http import Request, Response


class BackChannel(TokenAuthority):
    """The endpoints a client calls directly."""

    def _oauth(self, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def wrapped(request: Request) -> Response:
            try:
                return handler(request)
            except OAuthProblem as problem:
                headers = {"Cache-Control": "no-store", "Pragma": "no-cache"}
                if problem.status == 401:
                    headers["WWW-Authenticate"] = (
                        'Bearer error="invalid_token"'
                        if problem.error == "invalid_token"
                        else 'Basic realm="apaleo sandbox"'
                    )
                return Response.json(
                    {"error": problem.error, "error_description": problem.description},
                    problem.status,
                    headers,
                )

        return wrapped

    def _form(self, request: Request) -> dict[str, str]:
        content_type = (request.header("content-type") or "").split(";")[0].strip().lower()
        if content_type != "application/x-www-form-urlencoded":
            raise OAuthProblem(
                "invalid_request",
                "The request must be form-encoded (application/x-www-form-urlencoded).",
            )
        form = request.form()
        if any(len(v) > 1 for v in form.values()):
            raise OAuthProblem("invalid_request", "A parameter was sent more than once.")
        return {k: v[0] for k, v in form.items()}

    def _client(self, request: Request, form: dict[str, str]) -> ClientInfo:
        header = request.header("authorization") or ""
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "basic":
            if "client_secret" in form:
                raise OAuthProblem("invalid_request", "Use one client authentication method only.")
            try:
                decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
                raw_id, _, raw_secret = decoded.partition(":")
                client_id, secret = (
                    unquote(raw_id.replace("+", " ")),
                    unquote(raw_secret.replace("+", " ")),
                )
            except (ValueError, UnicodeDecodeError):
                raise OAuthProblem("invalid_client", "Malformed Basic credentials.", 401) from None
        else:
            client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        client = self.clients.get(client_id)
        if client is None or not hmac.compare_digest(
            secret.encode("utf-8"), client.client_secret.encode("utf-8")
        ):
            raise OAuthProblem("invalid_client", "Client authentication failed.", 401)
        if self.clock() < self.inactive_until.get(client_id, 0.0):
            raise OAuthProblem("invalid_client", "Client authentication failed.", 401)
        return client

    def token(self, request: Request) -> Response:
        """``/connect/token``: authorization_code, refresh_token and client_credentials."""
        form = self._form(request)
        remember(form.get("code_verifier"), form.get("client_secret"), form.get("refresh_token"))
        grant_type = form.get("grant_type", "")
        self.stats.count_token_request(grant_type or "(none)")
        client = self._client(request, form)
        if grant_type not in client.grant_types:
            if grant_type in ("authorization_code", "refresh_token", "client_credentials"):
                raise OAuthProblem("unauthorized_client", f"This client may not use {grant_type}.")
            raise OAuthProblem("unsupported_grant_type", f"Unsupported grant type '{grant_type}'.")
        if grant_type == "authorization_code":
            payload = self._grant_code(client, form)
        elif grant_type == "refresh_token":
            payload = self._grant_refresh(client, form)
        else:
            payload = self._grant_client_credentials(client, form)
        return Response.json(payload, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    def _grant_code(self, client: ClientInfo, form: dict[str, str]) -> dict[str, Any]:
        with self._lock:
            code = self._codes.get(form.get("code", ""))
            if code is None or code.client_id != client.client_id:
                raise OAuthProblem("invalid_grant", "The authorization code is invalid.")
            if code.used:
                # A replayed code: refuse, and withdraw what it already gave (RFC 6749 4.1.2).
                for token in code.refresh_tokens:
                    self._refresh[token].revoked = True
                raise OAuthProblem("invalid_grant", "The authorization code was already used.")
            code.used = True
            if code.expires_at <= self.clock():
                raise OAuthProblem("invalid_grant", "The authorization code has expired.")
            if form.get("redirect_uri") != code.redirect_uri:
                raise OAuthProblem("invalid_grant", "The redirect_uri does not match.")
            verifier = form.get("code_verifier", "")
            if not verifier:
                raise OAuthProblem("invalid_grant", "code_verifier is missing.")
            digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
            expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
            if not hmac.compare_digest(expected, code.challenge):
                raise OAuthProblem(
                    "invalid_grant", "The code_verifier does not match the challenge."
                )
            payload = self._issue(
                client,
                code.sub,
                code.scope,
                auth_time=code.auth_time,
                session_id=code.session_id,
                nonce=code.nonce,
                offline=not self.refresh_token_needs_consent_prompt or code.consent_prompted,
            )
            if "refresh_token" in payload:
                code.refresh_tokens.append(payload["refresh_token"])
            return payload

    def _grant_refresh(self, client: ClientInfo, form: dict[str, str]) -> dict[str, Any]:
        with self._lock:
            token = form.get("refresh_token", "")
            if self.refuse_refresh_with:
                raise OAuthProblem(
                    self.refuse_refresh_with, "The client's permissions changed; sign in again."
                )
            record = self._refresh.get(token)
            if record is None or record.client_id != client.client_id or record.revoked:
                raise OAuthProblem("invalid_grant", "The refresh token is invalid or was revoked.")
            if record.used:
                raise OAuthProblem("invalid_grant", "The refresh token was already used.")
            if record.expires_at <= self.clock():
                raise OAuthProblem("invalid_grant", "The refresh token has expired.")
            user = self.users.get(record.sub)
            if user is None or not user.active:
                raise OAuthProblem(
                    "invalid_grant",
                    f"User {record.sub} has no access to ACCOUNT {client.account_code}",
                )
            scope = record.scope
            if form.get("scope"):
                asked = tuple(dict.fromkeys(form["scope"].split()))
                if not set(asked) <= set(record.scope):
                    raise OAuthProblem("invalid_scope", "A refresh cannot add scopes.")
                scope = asked
            if self.rotate_refresh_tokens:
                record.used = True
            payload = self._issue(
                client,
                record.sub,
                scope,
                auth_time=record.auth_time,
                session_id=record.session_id,
                nonce=None,
                reuse_refresh=None if self.rotate_refresh_tokens else token,
            )
            return payload

    def _grant_client_credentials(self, client: ClientInfo, form: dict[str, str]) -> dict[str, Any]:
        asked = tuple(dict.fromkeys(form.get("scope", "").split())) or tuple(
            s for s in client.scopes if s not in ("openid", "profile", "offline_access")
        )
        bad = [s for s in asked if s not in client.scopes or s in ("openid", "offline_access")]
        if bad:
            raise OAuthProblem("invalid_scope", f"Scope not allowed: {' '.join(bad)}")
        with self._lock:
            return self._issue(client, None, asked, auth_time=None, session_id=None, nonce=None)

    def introspection(self, request: Request) -> Response:
        """RFC 7662 for a client's own tokens: whether one is active, without using it up.

        Only the token's own client learns anything; any other token (unknown, used, revoked,
        expired, another client's, a user who lost access) is ``{"active": false}``.
        """
        form = self._form(request)
        client = self._client(request, form)
        token = form.get("token", "")
        if not token:
            raise OAuthProblem("invalid_request", "The token parameter is missing.")
        inactive = Response.json({"active": False}, headers={"Cache-Control": "no-store"})
        with self._lock:
            record = self._refresh.get(token)
            if record is not None:
                user = self.users.get(record.sub)
                alive = (
                    record.client_id == client.client_id
                    and not record.revoked
                    and not record.used
                    and record.expires_at > self.clock()
                    and not self.refuse_refresh_with
                    and user is not None
                    and user.active
                )
                if not alive:
                    return inactive
                granted = (
                    (PERMISSIONS_MARKER, *record.scope) if client.fine_grained else record.scope
                )
                answer = {
                    "active": True,
                    "token_type": "refresh_token",
                    "client_id": client.client_id,
                    "sub": record.sub,
                    "scope": " ".join(granted),
                    "exp": int(record.expires_at),
                    "iss": self.issuer,
                }
                return Response.json(answer, headers={"Cache-Control": "no-store"})
        claims = self.verify_access_token(token, raise_problem=False)
        if claims is None or claims.get("client_id") != client.client_id:
            return inactive
        scope = claims.get("scope")
        return Response.json(
            {
                "active": True,
                "token_type": "access_token",
                "client_id": client.client_id,
                "sub": claims.get("sub"),
                "scope": " ".join(scope) if isinstance(scope, list) else str(scope or ""),
                "exp": claims.get("exp"),
                "iss": self.issuer,
            },
            headers={"Cache-Control": "no-store"},
        )

    def revocation(self, request: Request) -> Response:
        """RFC 7009: revoke a refresh token (or an access token's ``jti``); 200 even if unknown."""
        form = self._form(request)
        client = self._client(request, form)
        self.stats.count_revocation()
        token = form.get("token", "")
        if not token:
            raise OAuthProblem("invalid_request", "The token parameter is missing.")
        hint = form.get("token_type_hint")
        if hint not in (None, "refresh_token", "access_token"):
            raise OAuthProblem("unsupported_token_type", f"Unsupported token type '{hint}'.")
        with self._lock:
            record = self._refresh.get(token)
            if record is not None and record.client_id == client.client_id:
                record.revoked = True
            else:
                claims = self.verify_access_token(token, raise_problem=False)
                if claims and claims.get("client_id") == client.client_id:
                    self._revoked_jti.add(str(claims.get("jti")))
        return Response.empty(200, {"Cache-Control": "no-store"})
