"""The sandbox's identity server: apaleo's ``/connect/*`` endpoints on loopback.

Written out rather than built on oauthlib's server classes because the behaviour under test is
exactly the part those classes leave to the integrator (consent page, exact redirect matching with
loopback ports, RFC 9207 ``iss``, refresh-token rotation with reuse refusal, apaleo's words for a
deactivated user), and a test double must make every branch visible. Tokens are signed with pyjwt.

Longer than most files here on purpose: consents, codes, refresh tokens, browser sessions and
grants are one state under one lock, and each endpoint moves it. The pages live in ``pages.py``,
the users in ``users.py``, the rate limit in ``ratelimit.py``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlencode, urlsplit

import jwt

from desktop_app.core.scopes import OIDC_SCOPES, PERMISSIONS_MARKER, SCOPE_MEANINGS
from desktop_app.sandbox.faults import Stats
from desktop_app.sandbox.http import Request, Response, Route
from desktop_app.sandbox.keys import SigningKey
from desktop_app.sandbox.pages import consent_page, error_page, language_of, page, words
from desktop_app.sandbox.users import DemoUser

API_AUDIENCE = "api"
#: Every secret value any sandbox in this process saw or handed out (codes, tokens, verifiers,
#: states, nonces, client secrets): what the test suite's leak scan looks for afterwards.
SEEN_SECRETS: set[str] = set()


def remember(*values: str | None) -> None:
    """Add values to :data:`SEEN_SECRETS` (short ones would only give false alarms)."""
    SEEN_SECRETS.update(v for v in values if v and len(v) >= 12)


ALL_SCOPES = tuple(SCOPE_MEANINGS)


@dataclass(frozen=True)
class ClientInfo:
    """A registered client: a "connect" client (code flow) or a "simple" one (client credentials)."""

    client_id: str
    client_secret: str = field(repr=False)
    name: str
    grant_types: frozenset[str]
    redirect_uris: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ALL_SCOPES
    #: Accept ``http://127.0.0.1:<any port><registered path>`` (RFC 8252 7.3). apaleo matches
    #: redirect URIs exactly, so this is off unless a test needs a free port.
    allow_any_loopback_port: bool = False
    post_logout_redirect_uris: tuple[str, ...] = ()
    account_code: str = "DEMO"
    #: A fine-grained client (apaleo's recommended kind): API scopes in the authorize request
    #: are ignored; what it may do is *permissions*, set at registration, and which properties
    #: it may see is chosen by the hotel when it connects (the consent page here).
    fine_grained: bool = False
    permissions: tuple[str, ...] = ()

    @property
    def is_connect_client(self) -> bool:
        """A client users sign in to (authorization code), rather than a simple client."""
        return "authorization_code" in self.grant_types


#: Either lets a client list the account's users.
USERS_PERMISSIONS = ("identity:account-users.read", "identity:account-users.manage")


@dataclass(frozen=True)
class Access:
    """What one access token may do: its permissions, and the properties it may see."""

    client_id: str
    sub: str | None
    account_code: str | None
    permissions: frozenset[str]
    #: None: every property of the account.
    properties: frozenset[str] | None = None


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    scope: tuple[str, ...]
    sub: str
    nonce: str | None
    challenge: str
    expires_at: float
    auth_time: int
    session_id: str
    used: bool = False
    refresh_tokens: list[str] = field(default_factory=list)
    #: The authorization request carried ``prompt=consent``.
    consent_prompted: bool = False


@dataclass
class _Refresh:
    client_id: str
    sub: str
    scope: tuple[str, ...]
    expires_at: float
    auth_time: int
    session_id: str
    nonce: str | None = None
    used: bool = False
    revoked: bool = False


class OAuthProblem(Exception):
    """An RFC 6749 error answer from the token, revocation or userinfo endpoint."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error, self.description, self.status = error, description, status


class IdentityServer:
    """State and handlers of the identity server. ``issuer`` is set once the server has a port."""

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
        #: Browser sessions (cookie value → user), as a real identity server keeps them.
        self.browser_sessions: dict[str, str] = {}
        #: Fine-grained clients: the properties the hotel let each (client, user) see.
        self.property_grants: dict[tuple[str, str], frozenset[str]] = {}
        #: Every property of the account (the consent page offers them to fine-grained clients).
        self.account_properties: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._consents: dict[str, tuple[float, dict[str, str]]] = {}
        self._codes: dict[str, _Code] = {}
        self._refresh: dict[str, _Refresh] = {}
        self._revoked_jti: set[str] = set()

    # ----------------------------------------------------------------- routes
    def routes(self) -> list[Route]:
        """The endpoints, at apaleo's paths."""
        return [
            ("GET", "/.well-known/openid-configuration", self.discovery),
            ("GET", "/.well-known/openid-configuration/jwks", self.jwks),
            ("GET", "/connect/authorize", self.authorize),
            ("POST", "/connect/authorize", self.consent),
            ("POST", "/connect/token", self._oauth(self.token)),
            ("POST", "/connect/revocation", self._oauth(self.revocation)),
            ("GET", "/connect/userinfo", self._oauth(self.userinfo)),
            ("POST", "/connect/userinfo", self._oauth(self.userinfo)),
            ("GET", "/connect/endsession", self.endsession),
            # apaleo's identity API (users, roles) lives on the identity host
            ("GET", "/api/v1/users", self.users_api),
        ]

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

    def authorize(self, request: Request) -> Response:
        """Check the request, then show the sign-in and consent page."""
        params = {k: v[0] for k, v in request.query.items() if v}
        client = self.clients.get(params.get("client_id", ""))
        if client is None or "authorization_code" not in client.grant_types:
            return error_page(
                "Unknown client", "This application is not registered.", 400, language_of(request)
            )
        redirect_uri = params.get("redirect_uri", "")
        if not self._redirect_uri_ok(client, redirect_uri):
            return error_page(
                "Invalid redirect address",
                "The address this application wants to return to is not registered for it.",
                400,
                language_of(request),
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
        signed_in_as = self.browser_sessions.get(_cookie(request, SESSION_COOKIE) or "")
        user = self.users.get(signed_in_as or "")
        if user is not None and user.active and not prompt & {"login", "consent"}:
            # The browser is still signed in and consent was given before: straight back.
            return self._issue_code(params, user, _cookie(request, SESSION_COOKIE) or "")
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
            self._codes[code] = _Code(
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
        browser = _cookie(request, SESSION_COOKIE)
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
                self._refresh[refresh] = _Refresh(
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
                id_claims.update(_profile_claims(user))
            if nonce:
                id_claims["nonce"] = nonce
            if session_id:
                id_claims["sid"] = session_id
            at_digest = hashlib.sha256(payload["access_token"].encode("ascii")).digest()
            id_claims["at_hash"] = base64.urlsafe_b64encode(at_digest[:16]).rstrip(b"=").decode()
            payload["id_token"] = self.key.sign(id_claims, typ="JWT")
        remember(payload["access_token"], payload.get("refresh_token"), payload.get("id_token"))
        return payload

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

    def userinfo(self, request: Request) -> Response:
        """Claims about the signed-in user, for an access token with ``openid``."""
        token = request.bearer_token
        if not token:
            raise OAuthProblem("invalid_token", "A bearer access token is required.", 401)
        claims = self.verify_access_token(token)
        assert claims is not None
        if "openid" not in claims.get("scope", []) or "sub" not in claims:
            raise OAuthProblem("insufficient_scope", "The token lacks the openid scope.", 403)
        user = self.users[claims["sub"]]
        info: dict[str, Any] = {
            "sub": user.sub,
            "account_code": user.account_code,
            "role": user.role,
        }
        if "profile" in claims.get("scope", []):
            info.update(_profile_claims(user))
        return Response.json(info, headers={"Cache-Control": "no-store"})

    # ------------------------------------------------------------- access
    def access_for_token(self, token: str) -> Access | None:
        """What *token* may do at the APIs; None when it is not a valid token of ours."""
        claims = self.verify_access_token(token, raise_problem=False)
        if claims is None:
            return None
        client = self.clients.get(str(claims.get("client_id", "")))
        if client is None:
            return None
        sub = claims.get("sub")
        account = claims.get("account_code")
        if client.fine_grained:
            properties = self.property_grants.get((client.client_id, str(sub)), frozenset())
            return Access(
                client.client_id,
                str(sub) if sub else None,
                str(account) if account else None,
                frozenset(client.permissions),
                properties,
            )
        granted = claims.get("scope")
        permissions = (
            frozenset(str(s) for s in granted)
            if isinstance(granted, list)
            else frozenset(str(granted or "").split())
        )
        return Access(
            client.client_id,
            str(sub) if sub else None,
            str(account) if account else None,
            permissions,
        )

    def users_api(self, request: Request) -> Response:
        """Apaleo's identity API ``GET /api/v1/users``: the people with access to the account.

        401 and 403 come with empty bodies, as apaleo's do; an empty list is a 204.
        """
        token = request.bearer_token
        access = self.access_for_token(token) if token else None
        if access is None:
            return Response.empty(401, {"WWW-Authenticate": 'Bearer error="invalid_token"'})
        if not access.permissions & set(USERS_PERMISSIONS) or not access.account_code:
            return Response.empty(403)
        wanted_properties = {
            p.strip() for raw in request.query.get("propertyIds", []) for p in raw.split(",")
        } - {""}
        email = (request.arg("email") or "").strip().lower()
        users = [
            u.as_identity_user()
            for u in self.users.values()
            if u.account_code == access.account_code
            and (not email or u.email.lower() == email)
            and (not wanted_properties or {pid for pid, _ in u.properties} & wanted_properties)
        ]
        if not users:
            return Response.empty(204)
        return Response.json({"users": users})

    # --------------------------------------------------------- test helpers
    def mint_access_token(
        self, client: ClientInfo, scopes: tuple[str, ...], sub: str | None, ttl: float | None
    ) -> str:
        """An access token as the token endpoint would issue it (tests, benchmarks)."""
        saved = self.access_token_ttl
        try:
            if ttl is not None:
                self.access_token_ttl = ttl
            with self._lock:
                return str(
                    self._issue(client, sub, scopes, auth_time=None, session_id=None, nonce=None)[
                        "access_token"
                    ]
                )
        finally:
            self.access_token_ttl = saved

    def deactivate_user(self, sub: str) -> None:
        """The user loses access; their next refresh is refused with apaleo's words."""
        self.users[sub] = self.users[sub].deactivated()

    def revoke_tokens_for(self, sub: str | None = None, client_id: str | None = None) -> int:
        """Revoke every refresh token of a user and/or client; returns how many."""
        count = 0
        with self._lock:
            for record in self._refresh.values():
                if (
                    (sub is None or record.sub == sub)
                    and (client_id is None or record.client_id == client_id)
                    and not record.revoked
                ):
                    record.revoked = True
                    count += 1
        return count


SESSION_COOKIE = "sandbox.session"


def _profile_claims(user: DemoUser) -> dict[str, str]:
    """Apaleo's profile claims: ``name`` is the e-mail address, ``preferred_username`` the name."""
    return {"name": user.email, "preferred_username": user.name}


def _cookie(request: Request, name: str) -> str | None:
    """One cookie's value from the request's Cookie header."""
    for part in (request.header("cookie") or "").split(";"):
        key, _, value = part.strip().partition("=")
        if key == name and value:
            return value
    return None
