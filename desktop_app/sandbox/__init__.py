"""An embedded apaleo: identity server and API on loopback, for ``--demo``, tests and benchmarks.

No Qt here. Start it in-process (``with Sandbox() as sb: ...``) or standalone with
``python -m desktop_app.sandbox``.
"""

from __future__ import annotations

import re
import secrets
import time
from types import TracebackType
from typing import Any
from urllib.parse import urljoin

import requests

from desktop_app.core.config import Profile
from desktop_app.core.scopes import OIDC_SCOPES
from desktop_app.sandbox.api import ApiApp
from desktop_app.sandbox.data import AccountData, demo_account, generated_account
from desktop_app.sandbox.faults import Fault, FaultInjector, Stats
from desktop_app.sandbox.identity import ClientInfo, IdentityServer, remember
from desktop_app.sandbox.keys import SigningKey
from desktop_app.sandbox.plays import FAILURES, Plays
from desktop_app.sandbox.ratelimit import RateLimiter
from desktop_app.sandbox.server import SandboxServer
from desktop_app.sandbox.users import DemoUser, demo_users

__all__ = ["FAILURES", "ClientInfo", "DemoUser", "Fault", "Sandbox"]

CONNECT_CLIENT_ID = "inspector-connect"
FINE_CLIENT_ID = "inspector-fine"
SIMPLE_CLIENT_ID = "inspector-simple"
#: What the sandbox's scope and simple clients are registered for (asking for more fails with
#: ``invalid_scope``, as at apaleo). ``account.manage`` is a write scope; the app never needs it.
REGISTERED_SCOPES = (
    "account.manage",
    "accounts.read",
    "setup.read",
    "units.read",
    "unitgroups.read",
    "identity:account-users.read",
)
#: The fine-grained client's registered permissions (read-only).
FINE_PERMISSIONS = ("setup.read", "units.read", "unitgroups.read", "identity:account-users.read")


class Sandbox:
    """Both apaleo hosts on 127.0.0.1, with a demo account (or *property_count* generated ones)."""

    def __init__(
        self,
        *,
        identity_port: int = 0,
        api_port: int = 0,
        access_token_ttl: float = 3600,
        refresh_token_ttl: float = 30 * 86400,
        rotate_refresh_tokens: bool = True,
        code_ttl: float = 300,
        property_count: int | None = None,
        seed: int = 0,
        redirect_port: int = 47833,
        redirect_host: str = "127.0.0.1",
        any_loopback_port: bool = False,
        rate_limit: tuple[int, float] | None = (200, 60.0),
        retry_after_on_429: bool = False,
        clock_offset_s: float = 0.0,
        scope_in_token_response: bool = True,
        refresh_token_needs_consent_prompt: bool = False,
        end_session_supported: bool = True,
    ) -> None:
        """Both servers, not yet started.

        Like apaleo, redirect URIs match exactly (``http://<redirect_host>:<redirect_port>/callback``,
        127.0.0.1 unless a test registers ``localhost`` as some servers only accept);
        *any_loopback_port* accepts any port there (tests that bind a free port). *rate_limit*
        is (requests, seconds) per client on the APIs, apaleo's development-account 200 a
        minute by default (None: off); *retry_after_on_429* adds ``Retry-After`` to its 429s.
        *clock_offset_s* sets the sandbox's clock off this computer's (tokens and the ``Date``
        header follow it); the other three imitate identity servers that omit ``scope`` from
        token responses, issue refresh tokens only after ``prompt=consent``, or offer no
        ``end_session_endpoint``.
        """
        self.data: AccountData = (
            demo_account() if property_count is None else generated_account(property_count, seed)
        )
        account_code = str(self.data.account["code"])
        self.users: list[DemoUser] = demo_users(
            account_code, [str(p["id"]) for p in self.data.properties][:20]
        )
        self.default_user = self.users[0]
        self.redirect_port = redirect_port
        self.redirect_host = redirect_host
        redirect = f"http://{redirect_host}:{redirect_port}"
        connect = {
            "grant_types": frozenset({"authorization_code", "refresh_token"}),
            "redirect_uris": (f"{redirect}/callback",),
            "allow_any_loopback_port": any_loopback_port,
            "post_logout_redirect_uris": (f"{redirect}/signed-out",),
            "account_code": account_code,
        }
        #: A scope client: the authorize request's API scopes are what it gets.
        self.connect_client = ClientInfo(
            client_id=CONNECT_CLIENT_ID,
            client_secret=secrets.token_urlsafe(24),
            name="apaleo Inspector",
            scopes=(*OIDC_SCOPES, *REGISTERED_SCOPES),
            **connect,  # type: ignore[arg-type]
        )
        #: A fine-grained client (apaleo's recommended kind): permissions from its registration,
        #: properties chosen by the hotel on the consent page.
        self.fine_client = ClientInfo(
            client_id=FINE_CLIENT_ID,
            client_secret=secrets.token_urlsafe(24),
            name="apaleo Inspector (fine-grained)",
            scopes=OIDC_SCOPES,
            fine_grained=True,
            permissions=FINE_PERMISSIONS,
            **connect,  # type: ignore[arg-type]
        )
        #: A simple client (custom app): client credentials, no user.
        self.simple_client = ClientInfo(
            client_id=SIMPLE_CLIENT_ID,
            client_secret=secrets.token_urlsafe(24),
            name="apaleo Inspector (simple client)",
            grant_types=frozenset({"client_credentials"}),
            scopes=REGISTERED_SCOPES,
            account_code=account_code,
        )
        self.clients = (self.connect_client, self.fine_client, self.simple_client)
        remember(*(c.client_secret for c in self.clients))
        self.clock_offset_s = clock_offset_s
        self.stats = Stats()
        self.faults = FaultInjector(seed)
        self.key = SigningKey()
        self.identity = IdentityServer(
            key=self.key,
            clients={c.client_id: c for c in self.clients},
            users={u.sub: u for u in self.users},
            stats=self.stats,
            access_token_ttl=access_token_ttl,
            refresh_token_ttl=refresh_token_ttl,
            code_ttl=code_ttl,
            rotate_refresh_tokens=rotate_refresh_tokens,
            clock=self.clock,
            scope_in_token_response=scope_in_token_response,
            refresh_token_needs_consent_prompt=refresh_token_needs_consent_prompt,
            end_session_supported=end_session_supported,
        )
        self.limiter = (
            RateLimiter(
                rate_limit[0], rate_limit[1], retry_after=retry_after_on_429, clock=self.clock
            )
            if rate_limit
            else None
        )
        self._identity_server = SandboxServer(
            "identity",
            self.identity.routes(),
            port=identity_port,
            faults=self.faults,
            stats=self.stats,
            clock=self.clock,
            limiter=self.limiter,
            limited_prefix="/api/",  # the identity API, not the sign-in endpoints
        )
        self.identity.issuer = self._identity_server.url
        self.identity.account_properties = [
            (str(p["id"]), str(next(iter(p["name"].values()), p["id"])))
            for p in self.data.properties
            if not p.get("isArchived")
        ]
        self.api = ApiApp(self.data, self.identity.access_for_token)
        self._api_server = SandboxServer(
            "api",
            self.api.routes(),
            port=api_port,
            faults=self.faults,
            stats=self.stats,
            clock=self.clock,
            limiter=self.limiter,
        )
        self.identity_url = self._identity_server.url
        self.api_url = self._api_server.url
        self._started = False
        #: The failures it can play for the doctor's checks (:mod:`.plays`).
        self.plays = Plays(self)

    def clock(self) -> float:
        """The sandbox's time: this computer's, moved by ``clock_offset_s``."""
        return time.time() + self.clock_offset_s

    # ------------------------------------------------------------ lifecycle
    def start(self) -> Sandbox:
        """Start both servers (idempotent)."""
        if not self._started:
            self._identity_server.start()
            self._api_server.start()
            self._started = True
        return self

    def stop(self) -> None:
        """Stop both servers and free their ports."""
        self._identity_server.stop()
        self._api_server.stop()
        self._started = False

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -------------------------------------------------------------- helpers
    def profile(
        self,
        name: str = "sandbox",
        mode: str = "authorization_code",
        *,
        fine_grained: bool = False,
        **overrides: Any,
    ) -> Profile:
        """A profile pointing at this sandbox (its secret is :meth:`client_secret_for`).

        The scope client by default; *fine_grained* for the fine-grained one; the simple client
        for ``client_credentials``. The redirect port is the one registered for the sandbox.
        """
        client = (
            self.simple_client
            if mode == "client_credentials"
            else self.fine_client
            if fine_grained
            else self.connect_client
        )
        values: dict[str, Any] = {
            "name": name,
            "client_id": client.client_id,
            "identity_url": self.identity_url,
            "api_url": self.api_url,
            "mode": mode,
            "redirect_port": self.redirect_port,
            "redirect_host": self.redirect_host,
        }
        if mode == "client_credentials":
            values["client_auth"] = "client_secret_basic"
        values.update(overrides)
        return Profile(**values).validate()

    def client_secret_for(self, profile: Profile) -> str:
        """The secret of the client *profile* uses (as registered before any play)."""
        for client in self.clients:
            if client.client_id == profile.client_id:
                return client.client_secret
        raise KeyError(profile.client_id)

    def approve(
        self,
        authorize_url: str,
        *,
        user: str | None = None,
        allow: bool = True,
        properties: list[str] | None = None,
    ) -> str:
        """Do the sign-in and consent over HTTP, as a browser would; return the redirect address.

        For a fine-grained client, *properties* are the ones the hotel allows (None: every one
        the page offers). The redirect itself is not followed: the caller delivers it to its
        loopback listener.
        """
        with requests.Session() as http:
            http.trust_env = False  # the browser's own traffic: no proxy from the environment
            page = http.get(authorize_url, timeout=10, allow_redirects=False)
            if page.status_code == 302:
                return str(page.headers["Location"])
            page.raise_for_status()
            marker = 'name="consent_id" value="'
            start = page.text.index(marker) + len(marker)
            consent_id = page.text[start : page.text.index('"', start)]
            offered = re.findall(r'name="property" id="property-[^"]*" value="([^"]*)"', page.text)
            answer = http.post(
                urljoin(self.identity_url, "/connect/authorize"),
                data={
                    "consent_id": consent_id,
                    "user": user or self.default_user.sub,
                    "decision": "allow" if allow else "deny",
                    "property": offered if properties is None else properties,
                },
                timeout=10,
                allow_redirects=False,
            )
        if answer.status_code != 302:
            raise RuntimeError(f"consent was not accepted (HTTP {answer.status_code})")
        return str(answer.headers["Location"])

    def mint_access_token(
        self,
        scopes: tuple[str, ...] = ("account.manage", "setup.read", "units.read"),
        *,
        sub: str | None = "u-admin",
        client_id: str = CONNECT_CLIENT_ID,
        ttl: float | None = None,
    ) -> str:
        """An access token as the identity server issues it, without a sign-in."""
        client = self.identity.clients[client_id]
        return self.identity.mint_access_token(client, tuple(scopes), sub, ttl)

    def deactivate_user(self, sub: str) -> None:
        """The user loses access to the account; refreshes are refused from now on."""
        self.identity.deactivate_user(sub)

    def revoke_tokens_for(self, sub: str | None = None, client_id: str | None = None) -> int:
        """Revoke the refresh tokens of a user and/or client, as an admin would in apaleo."""
        return self.identity.revoke_tokens_for(sub, client_id)
