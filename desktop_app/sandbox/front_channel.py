"""The identity server's browser side: discovery, keys, authorize, consent and end session.

What a browser meets: exact redirect-URI matching (a loopback port wildcard only when a test asks
for one), RFC 9207's ``iss``, the consent page, and apaleo's words for what went wrong.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Mapping
from urllib.parse import urlencode, urlsplit

import jwt

from desktop_app.core.scopes import OIDC_SCOPES
from desktop_app.sandbox.authority import TokenAuthority
from desktop_app.sandbox.grants import (
    ALL_SCOPES,
    SESSION_COOKIE,
    ClientInfo,
    CodeRecord,
    cookie,
    remember,
)
from desktop_app.sandbox.http import Request, Response
from desktop_app.sandbox.pages import consent_page, error_page, language_of, page, words
from desktop_app.sandbox.users import DemoUser


class FrontChannel(TokenAuthority):
    """The endpoints a browser is sent to."""

    def discovery(self, request: Request) -> Response:
        """The OpenID Connect discovery document."""
        base = self.issuer
        return Response.json(
            {
                "issuer": base,
                "jwks_uri": f"{base}/.well-known/openid-configuration/jwks",
                "authorization_endpoint": f"{base}/connect/authorize",
                "token_endpoint": f"{base}/connect/token",
                "userinfo_endpoint": f"{base}/connect/userinfo",
                **(
                    {"end_session_endpoint": f"{base}/connect/endsession"}
                    if self.end_session_supported
                    else {}
                ),
                "revocation_endpoint": f"{base}/connect/revocation",
                "introspection_endpoint": f"{base}/connect/introspect",
                "scopes_supported": list(ALL_SCOPES),
                "claims_supported": ["sub", "name", "preferred_username", "account_code", "role"],
                "grant_types_supported": [
                    "authorization_code",
                    "refresh_token",
                    "client_credentials",
                ],
                "response_types_supported": ["code"],
                "response_modes_supported": ["query"],
                "subject_types_supported": ["public"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_basic",
                    "client_secret_post",
                ],
                "code_challenge_methods_supported": ["S256"],
                "authorization_response_iss_parameter_supported": True,
                "request_parameter_supported": False,
            }
        )

    def jwks(self, request: Request) -> Response:
        """The public signing keys."""
        return Response.json(self.key.jwks())

    # -------------------------------------------------------- authorization
    def _redirect_uri_ok(self, client: ClientInfo, uri: str) -> bool:
        if uri in client.redirect_uris:
            return True
        if not client.allow_any_loopback_port:
            return False
        parts = urlsplit(uri)
        loopback = parts.hostname in ("127.0.0.1", "localhost")
        if parts.scheme != "http" or not loopback or parts.query or parts.fragment:
            return False
        # any port, but the registered host name and path
        registered_paths = {
            urlsplit(r).path for r in client.redirect_uris if urlsplit(r).hostname == parts.hostname
        }
        return parts.path in registered_paths and parts.port is not None

    def _error_redirect(self, params: Mapping[str, str], error: str, description: str) -> Response:
        query = {"error": error, "error_description": description, "iss": self.issuer}
        if params.get("state"):
            query["state"] = params["state"]
        return Response.redirect(f"{params['redirect_uri']}?{urlencode(query)}")

    def _to_error_page(self, error: str, title: str, text: str) -> Response:
        """Send the browser to the error page, as apaleo's identity server does.

        Never back to an address it does not know; the page names the error code, as apaleo's.
        """
        error_id = secrets.token_urlsafe(12)
        with self._lock:
            self.error_pages[error_id] = (error, title, text)
        return Response.redirect(f"{self.issuer}/home/error?errorId={error_id}")

    def error(self, request: Request) -> Response:
        """``/home/error``: what went wrong, and the error code (unknown ids: a generic page)."""
        with self._lock:
            error, title, text = self.error_pages.get(
                request.arg("errorId") or "",
                ("", "Something went wrong", "Sorry! We could not process your request."),
            )
        return error_page(title, text, 400, language_of(request), code=error)

    def authorize(self, request: Request) -> Response:
        """Check the request, then show the sign-in and consent page."""
        params = {k: v[0] for k, v in request.query.items() if v}
        client = self.clients.get(params.get("client_id", ""))
        if client is None or "authorization_code" not in client.grant_types:
            return self._to_error_page(
                "unauthorized_client", "Unknown client", "This application is not registered."
            )
        redirect_uri = params.get("redirect_uri", "")
        if not self._redirect_uri_ok(client, redirect_uri):
            return self._to_error_page(
                "unauthorized_client",
                "Invalid redirect address",
                "The address this application wants to return to is not registered for it.",
            )
        if params.get("response_type") != "code":
            return self._error_redirect(
                params, "unsupported_response_type", "Only response_type=code is supported."
            )
        scope = tuple(dict.fromkeys(params.get("scope", "").split()))
        if client.fine_grained:
            # API scopes are ignored: permissions come from the registration and the hotel
            scope = tuple(s for s in scope if s in OIDC_SCOPES)
            params = {**params, "scope": " ".join(scope)}
        unknown = [s for s in scope if s not in client.scopes]
        if not scope or unknown:
            return self._error_redirect(
                params, "invalid_scope", f"Scope not allowed: {' '.join(unknown) or '(none)'}"
            )
        if not params.get("code_challenge"):
            return self._error_redirect(params, "invalid_request", "code challenge required")
        if params.get("code_challenge_method") != "S256":
            return self._error_redirect(
                params, "invalid_request", "Transform algorithm not supported (use S256)"
            )
        remember(params.get("state"), params.get("nonce"), params.get("code_challenge"))
        prompt = set(params.get("prompt", "").split())
        signed_in_as = self.browser_sessions.get(cookie(request, SESSION_COOKIE) or "")
        user = self.users.get(signed_in_as or "")
        if user is not None and user.active and not prompt & {"login", "consent"}:
            # The browser is still signed in and consent was given before: straight back.
            return self._issue_code(params, user, cookie(request, SESSION_COOKIE) or "")
        if "none" in prompt:
            return self._error_redirect(params, "login_required", "The user is not signed in.")
        consent_id = secrets.token_urlsafe(16)
        with self._lock:
            now = self.clock()
            self._consents = {k: v for k, v in self._consents.items() if v[0] > now}
            self._consents[consent_id] = (now + 600, params)
        lang = language_of(request)
        response = Response.html(
            consent_page(
                client,
                scope,
                list(self.users.values()),
                consent_id,
                self.account_properties if client.fine_grained else [],
                lang,
            )
        )
        response.headers["Content-Language"] = lang
        return response

    def consent(self, request: Request) -> Response:
        """The consent form's answer: redirect with a code, or with ``access_denied``."""
        form = {k: v[0] for k, v in request.form().items() if v}
        with self._lock:
            entry = self._consents.pop(form.get("consent_id", ""), None)
        if entry is None or entry[0] <= self.clock():
            return error_page(
                "This sign-in has expired",
                "Start the sign-in again from the application.",
                400,
                language_of(request),
            )
        params = entry[1]
        if form.get("decision") != "allow":
            return self._error_redirect(params, "access_denied", "The user denied the request.")
        user = self.users.get(form.get("user", ""))
        if user is None or not user.active:
            return error_page(
                "Unknown user", "Pick one of the demo users.", 400, language_of(request)
            )
        client = self.clients[params["client_id"]]
        if client.fine_grained:
            known = {pid for pid, _ in self.account_properties}
            chosen = frozenset(p for p in request.form().get("property", []) if p in known)
            if not chosen:
                return error_page(
                    "Choose a property",
                    "Allow the app to see at least one property.",
                    400,
                    language_of(request),
                )
            with self._lock:
                self.property_grants[(client.client_id, user.sub)] = chosen
        browser_session = secrets.token_urlsafe(24)
        with self._lock:
            self.browser_sessions[browser_session] = user.sub
        return self._issue_code(params, user, browser_session)

    def _issue_code(self, params: Mapping[str, str], user: DemoUser, browser: str) -> Response:
        """Redirect back with a code, and keep the browser signed in (a session cookie)."""
        code = secrets.token_urlsafe(32)
        remember(code)
        session_id = secrets.token_hex(8)
        scope = tuple(dict.fromkeys(params["scope"].split()))
        with self._lock:
            self._codes[code] = CodeRecord(
                client_id=params["client_id"],
                redirect_uri=params["redirect_uri"],
                scope=scope,
                sub=user.sub,
                nonce=params.get("nonce"),
                challenge=params["code_challenge"],
                expires_at=self.clock() + self.code_ttl,
                auth_time=int(self.clock()),
                session_id=session_id,
                consent_prompted="consent" in params.get("prompt", "").split(),
            )
        query = {
            "code": code,
            "scope": " ".join(scope),
            "state": params.get("state", ""),
            "session_state": f"{secrets.token_urlsafe(16)}.{session_id}",
            "iss": self.issuer,
        }
        if not params.get("state"):
            del query["state"]
        response = Response.redirect(f"{params['redirect_uri']}?{urlencode(query)}")
        response.headers["Set-Cookie"] = (
            f"{SESSION_COOKIE}={browser}; Path=/; HttpOnly; SameSite=Lax"
        )
        return response

    def endsession(self, request: Request) -> Response:
        """RP-initiated logout: end the browser session, then back to a registered address."""
        browser = cookie(request, SESSION_COOKIE)
        with self._lock:
            self.browser_sessions.pop(browser or "", None)
        hint = request.arg("id_token_hint")
        client = None
        if hint:
            try:
                claims = jwt.decode(
                    hint,
                    self.key.public_key,
                    algorithms=["RS256"],
                    issuer=self.issuer,
                    options={"verify_exp": False, "verify_aud": False},
                )
                client = self.clients.get(str(claims.get("aud", "")))
            except jwt.PyJWTError:
                return error_page(
                    "Sign-out failed", "The id_token_hint is not valid.", 400, language_of(request)
                )
        target = request.arg("post_logout_redirect_uri")
        lang = language_of(request)
        response: Response
        if target and client is not None and self._post_logout_ok(client, target):
            state = request.arg("state")
            response = Response.redirect(
                target + (f"?{urlencode({'state': state})}" if state else "")
            )
        else:
            response = Response.html(
                page(
                    "Signed out",
                    html.escape(words("You are signed out of the apaleo sandbox.", lang)),
                    lang,
                )
            )
            response.headers["Content-Language"] = lang
        response.headers["Set-Cookie"] = f"{SESSION_COOKIE}=; Path=/; Max-Age=0"
        return response

    def _post_logout_ok(self, client: ClientInfo, uri: str) -> bool:
        if uri in client.post_logout_redirect_uris:
            return True
        parts = urlsplit(uri)
        return (
            client.allow_any_loopback_port
            and parts.scheme == "http"
            and parts.hostname in ("127.0.0.1", "localhost")
            and parts.port is not None
            and parts.path in {urlsplit(r).path for r in client.post_logout_redirect_uris}
        )

    # ------------------------------------------------------ token endpoints
